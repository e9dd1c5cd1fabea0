"""The `smsgate` parser and entry point: every subcommand, its arguments checked before anything
is journalled or sent, and one exit status."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TextIO

from .. import __version__
from ..session import (
    GatewaySession,
)
from ..store import StorageError
from . import broadcast, history
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
    open_log,
    read_password,
)
from .messages import build_messages, recipients
from .output import protocol_logger
from .send import run_query, run_send, store_password


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="smsgate", description="Send SMS through an SMS GATE SERVER gateway.")
    parser.add_argument("--version", action="version", version=f"smsgate {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    send = commands.add_parser("send", help="send one message to one or many recipients")
    connection_options(send)
    send.add_argument("--to", action="append", default=[], metavar="NUMBER")
    send.add_argument("--to-file", metavar="FILE", help="one number per line; - for stdin")
    send.add_argument("--sender", required=True)
    send.add_argument("--text", required=True)
    message_options(send)

    for name, text in (("balance", "the account's credit"), ("status", "the account's status")):
        connection_options(commands.add_parser(name, help=f"print {text}"))

    store = commands.add_parser("password", help="store the account's password in the keyring")
    connection_options(store)
    broadcast.add_command(commands)
    history.add_command(commands)
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


def _main(argv: Sequence[str] | None, stdin: TextIO) -> int:
    args = parse_arguments(argv)
    if isinstance(args, int):
        return args
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
                return run_send(session, messages, args.json)
            return run_query(session, args.command, args.json)
    finally:
        if log:
            log.close()
