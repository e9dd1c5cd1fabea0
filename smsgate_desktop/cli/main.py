"""The `smsgate` parser and entry point: every subcommand, its arguments checked before anything
is journalled or sent, and one exit status."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TextIO

from .. import __version__
from ..session import (
    GatewaySession,
)
from ..store import StorageError
from ..store.db import STORE_ENV
from . import broadcast, history, store
from .args import (
    EXIT_BAD_INPUT,
    EXIT_BROKEN_PIPE,
    EXIT_STORAGE,
    BadInput,
    Parser,
    build_session_config,
    connection_options,
    endpoints,
    message_options,
    no_wait_option,
    open_log,
    read_password,
    store_address,
)
from .messages import build_messages, recipients
from .output import protocol_logger
from .send import run_query, run_send, store_password


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="smsgate", description="Send SMS through an SMS GATE SERVER gateway.")
    parser.add_argument("--version", action="version", version=f"smsgate {__version__}")
    parser.add_argument(
        "--store",
        type=store_address,
        metavar="URL",
        help="the database to use: a file, or an office database's address "
        "postgresql://user@host/database (its password from the keyring, or PGPASSWORD, or "
        f"the URL). Default: ${STORE_ENV}, else the window's Office database setting, else "
        "this desktop's own file. Goes before the command: smsgate --store URL history",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    send = commands.add_parser("send", help="send one message to one or many recipients")
    connection_options(send)
    send.add_argument("--to", action="append", default=[], metavar="NUMBER")
    send.add_argument("--to-file", metavar="FILE", help="one number per line; - for stdin")
    send.add_argument("--sender", required=True)
    send.add_argument("--text", required=True)
    message_options(send)
    no_wait_option(send)

    for name, text in (("balance", "the account's credit"), ("status", "the account's status")):
        query = commands.add_parser(name, help=f"print {text}")
        connection_options(query)
        no_wait_option(query)

    password = commands.add_parser("password", help="store the account's password in the keyring")
    connection_options(password)
    broadcast.add_command(commands)
    history.add_command(commands)
    store.add_command(commands)
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    try:
        return _main(argv, stdin or sys.stdin)
    except BrokenPipeError:
        # The reader went away (`smsgate history | head`): as the Python docs advise, point
        # stdout at devnull so that the interpreter's final flush does not fail again.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except StorageError as exc:  # where no caller said more (opening the store, history)
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_STORAGE


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status when argparse has answered already (a
    refusal: 2, one line on stderr; --help, --version: 0)."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit as exc:  # returned, not raised: main() is called in-process too
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT


@contextmanager
def _store_chosen(location: str | None) -> Iterator[None]:
    """`--store` as SMSGATE_STORE for this run, so that one rule (store.db.store_location)
    decides for every command; the environment as it was afterwards, for callers of main()
    in-process (tests, a GUI helper)."""
    if location is None:
        yield
        return
    before = os.environ.get(STORE_ENV)
    os.environ[STORE_ENV] = location
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(STORE_ENV, None)
        else:
            os.environ[STORE_ENV] = before


def _store_refusal() -> str:
    """Why SMSGATE_STORE cannot be used ("" when it can, or is not set): checked as --store
    is, so a mistyped address is one sentence and exit 2, not a driver's traceback."""
    chosen = os.environ.get(STORE_ENV, "").strip()
    if not chosen:
        return ""
    try:
        store_address(chosen)
    except argparse.ArgumentTypeError as exc:
        return f"smsgate: {STORE_ENV}: {exc}"
    return ""


def _main(argv: Sequence[str] | None, stdin: TextIO) -> int:
    args = parse_arguments(argv)
    if isinstance(args, int):
        return args
    with _store_chosen(args.store):
        if refusal := _store_refusal():
            print(refusal, file=sys.stderr)
            return EXIT_BAD_INPUT
        return _run(args, stdin)


def _run(args: argparse.Namespace, stdin: TextIO) -> int:
    if args.command == "store":
        return store.run_store(args)
    if args.command == "broadcast":
        return broadcast.run_broadcast(args, stdin)
    if args.command == "history":
        return history.run_history(args)
    log = None
    try:
        primary, backup = endpoints(args)
        if args.command == "password":
            return store_password(args, stdin, primary.host)
        numbers = recipients(args, stdin) if args.command == "send" else []
        messages = build_messages(args, numbers, datetime.now().astimezone()) if numbers else []
        password = read_password(args, stdin, primary.host)
        log = open_log(args)
    except BadInput as exc:
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    session_config = build_session_config(args, password, primary, backup)
    try:
        observer = protocol_logger(log) if log else None
        with GatewaySession(session_config, observer) as session:
            if args.command == "send":
                return run_send(session, messages, args.json, wait=not args.no_wait)
            return run_query(session, args.command, args.json, wait=not args.no_wait)
    finally:
        if log:
            log.close()
