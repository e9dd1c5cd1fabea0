"""`smsgate send`, `balance`, `status` and `password`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Final, TextIO

from .. import config
from ..broadcast import BroadcastBusyError, BroadcastEngine, Progress
from ..protocol import Interface, SmsMessage
from ..session import (
    GatewaySession,
    Outcome,
    SessionError,
)
from ..store import BroadcastState, RowState, StorageError, journal, open_store
from .args import (
    EXIT_BAD_INPUT,
    EXIT_CONNECTION,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_STORAGE,
    EXIT_UNKNOWN,
    PASSWORD_ENV,
    BadInput,
    check_credentials,
    read_line,
)
from .output import format_result, not_sent, storage_failure

# Results written to a pipe or a file are flushed at most this often (and at the end): a
# flush per line was a write system call per message. A terminal gets every line at once.
FLUSH_EVERY: Final = 0.5  # seconds


def run_send(session: GatewaySession, messages: list[SmsMessage], as_json: bool) -> int:
    """Send through the journal (a single send in `smsgate history`; interrupted, it can be
    finished with `smsgate broadcast --resume ID`), printing each result as it comes."""
    outcomes: set[Outcome] = set()
    out = sys.stdout
    live = out.isatty()
    flushed = time.monotonic()

    def show(progress: Progress) -> None:
        nonlocal flushed
        result = progress.result
        outcomes.add(result.outcome)
        out.write(format_result(result, as_json) + "\n")
        if live:
            out.flush()
        elif (now := time.monotonic()) - flushed >= FLUSH_EVERY:
            out.flush()
            flushed = now

    engine = BroadcastEngine(open_store())
    send_id = None
    try:
        send_id = engine.create_single(messages, session.config.account, "cli")
        try:
            report = engine.run(session, send_id, on_progress=show)
        finally:  # the results before anything said on stderr (2>&1 keeps the order)
            out.flush()
        if report.state == BroadcastState.INTERRUPTED:
            print(f"smsgate: {report.error}", file=sys.stderr)
            for row in journal.rows(engine.conn, send_id, [RowState.PENDING]):
                print(not_sent(row.recipient, report.error, as_json), flush=True)
            print(
                f"smsgate: `smsgate broadcast --resume {send_id}` sends the rest.",
                file=sys.stderr,
            )
            return EXIT_UNKNOWN if Outcome.UNKNOWN in outcomes else EXIT_CONNECTION
    except StorageError as exc:
        print(storage_failure(exc, send_id), file=sys.stderr)
        return EXIT_STORAGE
    except BroadcastBusyError as exc:  # someone resumed it between create and run
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        engine.conn.close()
    if Outcome.UNKNOWN in outcomes:
        return EXIT_UNKNOWN
    return EXIT_REJECTED if Outcome.REJECTED in outcomes else EXIT_OK


def run_query(session: GatewaySession, command: str, as_json: bool) -> int:
    try:
        value = session.balance() if command == "balance" else session.status()
    except SessionError as exc:
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_CONNECTION
    print(json.dumps({command: value}) if as_json else value)
    return EXIT_OK


def store_password(args: argparse.Namespace, stdin: TextIO, host: str) -> int:
    if args.password_stdin or not stdin.isatty():
        password = read_line(stdin)
    else:
        import getpass

        password = getpass.getpass(f"Password for {args.account} on {host}: ")
    if not password:
        print("smsgate: empty password, nothing stored", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        check_credentials(args.account, password, Interface(args.interface))
    except BadInput as exc:
        print(f"smsgate: {exc} Nothing stored.", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        config.set_password(args.account, host, password)
    except config.KeyringUnavailable as exc:
        print(f"smsgate: {exc} Use {PASSWORD_ENV} instead.", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Password for {args.account} on {host} stored in the system keyring.")
    return EXIT_OK
