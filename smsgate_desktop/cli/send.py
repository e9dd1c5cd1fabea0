"""`smsgate send`, `balance`, `status` and `password`.

On an office database the account is taken first (store.account_lease): when another desktop
has it, the command says who once, queues, and starts when the account is free, rather than
meeting the gateway's -ERR 101. Ctrl+C while queued ends it with nothing sent (exit
EXIT_INTERRUPTED); with `wait=False` (`--no-wait`) an account in use ends it at once (exit
EXIT_ACCOUNT_BUSY). The account is given back once the session is closed, never before: the
next desktop logs in as soon as it has it.
"""

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
from ..store.account_lease import (
    ACTIVITY_CHECK,
    ACTIVITY_SEND,
    CANCELLED,
    AccountBusyError,
    AccountLease,
    Holder,
    queued_text,
)
from ..store.db import store_location
from .args import (
    EXIT_ACCOUNT_BUSY,
    EXIT_BAD_INPUT,
    EXIT_CONNECTION,
    EXIT_INTERRUPTED,
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


def take_account(account: str, activity: str, wait: bool = True) -> AccountLease | int:
    """The account's lease for this command (a no-op one off an office database), or the
    exit status when it ends here with nothing sent: in use and not `wait`, or Ctrl+C while
    queued. Queuing is said once, on stderr. StorageError when the office database fails."""
    lease = AccountLease(store_location(), account, activity)
    told = False

    def on_waiting(holder: Holder) -> None:
        nonlocal told
        if not told:  # once: a person reads it, a script's log keeps it
            told = True
            print(f"smsgate: {queued_text(holder)}", file=sys.stderr, flush=True)

    try:
        if not wait:
            lease.acquire()
        else:
            lease.wait(on_waiting=on_waiting)  # True: nothing here stops it but Ctrl+C
    except AccountBusyError as exc:
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_ACCOUNT_BUSY
    except KeyboardInterrupt:
        lease.close()
        print(f"\nsmsgate: {CANCELLED(account=account)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    return lease


def run_send(
    session: GatewaySession, messages: list[SmsMessage], as_json: bool, wait: bool = True
) -> int:
    """Send through the journal (a single send in `smsgate history`; interrupted, it can be
    finished with `smsgate broadcast --resume ID`), printing each result as it comes. The
    account is taken first (queuing while another desktop has it, unless not `wait`):
    nothing is journalled before."""
    lease = take_account(session.config.account, ACTIVITY_SEND(), wait)
    if isinstance(lease, int):
        return lease
    try:
        return _send(session, messages, as_json)
    finally:
        session.close()  # before the account is given back (see the module docstring)
        lease.release()


def _send(session: GatewaySession, messages: list[SmsMessage], as_json: bool) -> int:
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


def run_query(session: GatewaySession, command: str, as_json: bool, wait: bool = True) -> int:
    lease = take_account(session.config.account, ACTIVITY_CHECK(), wait)
    if isinstance(lease, int):
        return lease
    try:
        value = session.balance() if command == "balance" else session.status()
    except SessionError as exc:
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_CONNECTION
    finally:
        session.close()
        lease.release()
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
