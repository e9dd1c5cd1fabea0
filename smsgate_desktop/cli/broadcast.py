"""`smsgate broadcast`: journalled broadcasts from the command line.

    smsgate broadcast (--csv FILE | --to-file FILE | --group NAME) --sender S
                      (--text T | --template T) [--yes]
    smsgate broadcast --resume ID [--resend-unknown]

A new broadcast prints a forecast on stderr (recipients after dedupe and opt-outs, credits
needed against the balance, estimated duration) and asks before sending unless --yes. Progress
goes to stderr, the final report to stdout. Ctrl+C pauses between two messages (a second one
stops at once; the message in flight, if any, is then `unknown`); --resume ID continues.

--template personalises the text (broadcast.templates): `{number}` and, with --csv, every
header of the CSV (`{Name}`, `{City}`, ...), with --group the contact's `{name}` and extra
fields. A recipient without a value for a placeholder is bad input: all of them are listed and
nothing is sent.

A broadcast's rows are touched only under its run lock (broadcast.run_lock): `--resume`
takes it before anything else (recovering rows left `sending`, asking about and requeuing
unknown ones, sending) and keeps it to the end, so a resume of a broadcast that another
window or command is sending is refused (exit 2) having changed nothing.

On an office database the account is taken before the gateway session opens, as for
`smsgate send` (send.take_account): another desktop using it makes this one say who, once,
and queue; Ctrl+C while queued ends it with nothing sent or changed (exit 130); --no-wait
ends it at once instead (exit 7). A resume takes the broadcast's run lock first (refused at
once when another desktop sends that very broadcast), then queues for the account.

Exit status as `smsgate send` (see the package's docstring): 0 all sent; 1 some failed;
2 bad input, or the broadcast is being sent elsewhere: nothing sent, nothing changed;
3 connection or login failure; 4 some outcomes unknown; 5 the local journal could not be
written, nothing further was sent, --resume ID continues; 6 paused (--resume ID continues);
7 the account is in use on another desktop and --no-wait was given; 130 Ctrl+C while queued
for the account: nothing sent.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Final, TextIO

from ..broadcast import (
    BroadcastBusyError,
    BroadcastEngine,
    Plan,
    Progress,
    Report,
    plan,
)
from ..broadcast.forecast import duration_text as _duration
from ..broadcast.forecast import forecast
from ..protocol import SmsMessage
from ..session import (
    GatewaySession,
    SessionError,
)
from ..store import BroadcastState, RowState, StorageError, contacts, journal, open_store
from ..store.account_lease import ACTIVITY_BROADCAST, ACTIVITY_PREPARE
from ..usecases.personalise import (
    MISSING,
    TEXT,
    Fields,
    PersonalisationError,
    contact_fields,
    personalise,
)
from ..usecases.recipients import RecipientsError, recipients_from_file
from .args import (
    EXIT_BAD_INPUT,
    EXIT_CONNECTION,
    EXIT_OK,
    EXIT_PAUSED,
    EXIT_REJECTED,
    EXIT_STORAGE,
    EXIT_UNKNOWN,
    MAX_THROTTLE,
    MIN_THROTTLE,
    BadInput,
    build_session_config,
    column_override,
    connection_options,
    endpoints,
    journal_id,
    message_options,
    no_wait_option,
    open_log,
    read_password,
    throttle,
)
from .messages import build_messages, recipients
from .output import protocol_logger, storage_failure
from .send import take_account

MAX_LISTED: Final = 20  # unusable rows listed one by one
PROGRESS_EVERY: Final = 0.25  # seconds between two progress lines


def add_command(commands: argparse._SubParsersAction) -> None:
    """Register `broadcast` on smsgate's subcommands."""
    broadcast = commands.add_parser(
        "broadcast", help="send one text to many recipients, journalled and resumable"
    )
    connection_options(broadcast)
    source = broadcast.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--csv",
        metavar="FILE",
        help="a CSV, XLSX or vCard file: the number column found by its header (Telefono, "
        "Cellulare, Phone...) or --map number=COLUMN; every column is a template field",
    )
    source.add_argument("--to-file", metavar="FILE", help="one number per line; - for stdin")
    source.add_argument("--group", metavar="NAME", help="the members of a contact group")
    source.add_argument("--resume", type=journal_id, metavar="ID", help="continue broadcast ID")
    broadcast.add_argument("--sender")
    broadcast.add_argument("--text")
    broadcast.add_argument(
        "--template", metavar="T", help="a personalised text: {number}, {name}, {CSV header}"
    )
    broadcast.add_argument("--yes", action="store_true", help="do not ask before sending")
    broadcast.add_argument(
        "--resend-unknown",
        action="store_true",
        help="with --resume: send again the messages whose outcome is unknown (the gateway "
        "may have accepted them: their recipients may get them twice)",
    )
    broadcast.add_argument(
        "--map",
        action="append",
        default=[],
        type=column_override,
        metavar="FIELD=COLUMN",
        help="with --csv: the column of number, name or groups, by its header (repeatable)",
    )
    broadcast.add_argument(
        "--skip-invalid",
        action="store_true",
        help="with --csv: send to the usable rows and list the others (otherwise any unusable "
        "row stops the broadcast before it starts)",
    )
    broadcast.add_argument(
        "--throttle",
        type=throttle,
        metavar="PER_SECOND",
        help=f"at most this many messages per second ({MIN_THROTTLE:g} to {MAX_THROTTLE:g}; "
        "default: as fast as the gateway answers)",
    )
    no_wait_option(broadcast)
    message_options(broadcast)
    broadcast.set_defaults(to=[])


def run_broadcast(args: argparse.Namespace, stdin: TextIO) -> int:
    engine = BroadcastEngine(open_store())
    log = None
    try:
        primary, backup = endpoints(args)
        new_plan = None if args.resume is not None else _new_plan(args, engine, stdin)
        if args.resume is not None:
            resumed = journal.get_broadcast(engine.conn, args.resume)
            if resumed is None:
                raise BadInput(f"There is no broadcast {args.resume} (see `smsgate history`).")
            if why := resumed.refuses(args.account):
                raise BadInput(f"{why[:-1]} (--account {resumed.made_for}).")
        password = read_password(args, stdin, primary.host)
        log = open_log(args)
    except BadInput as exc:
        engine.conn.close()
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    session_config = build_session_config(args, password, primary, backup)
    observer = protocol_logger(log) if log else None
    broadcast_id = args.resume
    try:
        if new_plan is not None:
            lease = take_account(args.account, ACTIVITY_PREPARE(), not args.no_wait)
            if isinstance(lease, int):
                return lease
            try:
                with GatewaySession(session_config, observer) as session:
                    broadcast_id = _confirm_and_create(args, engine, session, new_plan, stdin)
                    if broadcast_id is None:
                        return EXIT_OK
                    lease.set_activity(ACTIVITY_BROADCAST(id=broadcast_id))
                    return _send(args, engine, session, broadcast_id)
            finally:  # the session is closed: the account can go to the next desktop
                lease.release()
        # One hold of the run lock from the first look at the rows to the last message: a
        # second command refused here has changed nothing, and no other can slip in between.
        with engine.claim(broadcast_id):
            lease = take_account(
                args.account, ACTIVITY_BROADCAST(id=broadcast_id), not args.no_wait
            )
            if isinstance(lease, int):
                return lease
            try:
                if not _prepare_resume(args, engine, stdin):
                    return EXIT_OK
                with GatewaySession(session_config, observer) as session:
                    return _send(args, engine, session, broadcast_id)
            finally:  # the session is closed: the account can go to the next desktop
                lease.release()
    except SessionError as exc:
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_CONNECTION
    except BroadcastBusyError as exc:
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StorageError as exc:
        print(file=sys.stderr)  # after the progress line
        print(storage_failure(exc, broadcast_id), file=sys.stderr)
        return EXIT_STORAGE
    finally:
        engine.conn.close()
        if log:
            log.close()


def _new_plan(args: argparse.Namespace, engine: BroadcastEngine, stdin: TextIO) -> Plan:
    template = getattr(args, "template", None)
    if args.text and template:
        raise BadInput("--text and --template go one at a time.")
    if not args.sender or not (args.text or template):
        raise BadInput("A new broadcast needs --sender and --text (or --template).")
    if args.resend_unknown:
        raise BadInput("--resend-unknown goes with --resume ID.")
    fields: list[dict[str, str]] | None = None
    merged: list[str] = []  # numbers repeated in the file
    if args.csv:
        numbers, fields, merged = _file_recipients(args)
    elif args.group:
        members = contacts.group_members(engine.conn, args.group)
        if members is None:
            raise BadInput(f"There is no contact group {args.group!r}.")
        numbers = members
        if template:
            stored = {c.e164: c for c in contacts.all_contacts_with_groups(engine.conn)}
            fields = [contact_fields(stored.get(e164), e164) for e164 in members]
    else:
        numbers = recipients(args, stdin)
    if not numbers:
        raise BadInput("No recipient.")
    # a template is checked as the text (its length is checked again once personalised)
    draft = argparse.Namespace(**{**vars(args), "text": template or args.text})
    messages = build_messages(draft, numbers, datetime.now().astimezone())
    if template:
        by_number = dict(zip(numbers, fields or [], strict=False))
        messages = _personalise(
            messages, template, lambda m: by_number.get(m.recipient, {"number": m.recipient}), args
        )
    result = plan(messages, contacts.opted_out(engine.conn))
    if merged:
        result = Plan(result.messages, merged + result.duplicates, result.opted_out)
    if not result.messages:
        raise BadInput("Every recipient is on the opt-out list: nothing to send.")
    return result


def _file_recipients(
    args: argparse.Namespace,
) -> tuple[list[str], list[dict[str, str]], list[str]]:
    """The numbers of --csv (any contacts file), their template fields and the numbers the
    file repeats; BadInput listing every unusable row unless --skip-invalid."""
    try:
        found = recipients_from_file(args.csv, args.region, dict(args.map))
    except RecipientsError as exc:
        raise BadInput(str(exc)) from None
    for warning in found.warnings:
        print(f"smsgate: {args.csv}: {warning.message}", file=sys.stderr)
    if found.problems:
        listed = [f"  {problem.message}" for problem in found.problems[:MAX_LISTED]]
        if len(found.problems) > MAX_LISTED:
            listed.append(f"  … and {len(found.problems) - MAX_LISTED} more")
        what = f"{len(found.problems)} row(s) of {args.csv} cannot be used"
        if not args.skip_invalid:
            raise BadInput(
                f"{what}; nothing sent (--skip-invalid sends to the others):\n" + "\n".join(listed)
            )
        print(f"smsgate: {what}, skipped:\n" + "\n".join(listed), file=sys.stderr)
    numbers = [row.e164 for row in found.rows]
    return numbers, [row.fields for row in found.rows], [d.e164 for d in found.duplicates]


def _personalise(
    messages: list[SmsMessage], template: str, fields: Fields, args: argparse.Namespace
) -> list[SmsMessage]:
    """Each recipient's text (usecases.personalise, as the window does); BadInput naming
    every recipient that lacks a field, or the text that cannot be sent."""
    try:
        return personalise(messages, template, fields, args.interface)
    except PersonalisationError as exc:
        if exc.code == MISSING:
            shown = "\n  ".join(str(error) for error in exc.errors)
            raise BadInput(
                f"--template: {len(exc.errors)} recipient(s) lack a field, nothing sent:\n  {shown}"
            ) from None
        if exc.code == TEXT:
            raise BadInput(f"The text for {exc.recipient}: {exc.problem}") from None
        raise BadInput(f"--template: {exc}") from None


def _confirm_and_create(
    args: argparse.Namespace,
    engine: BroadcastEngine,
    session: GatewaySession,
    new_plan: Plan,
    stdin: TextIO,
) -> int | None:
    """Print the forecast, ask, journal the broadcast; its id, None when the answer is no."""
    session.open()
    started = time.perf_counter()
    balance = session.balance()
    round_trip = time.perf_counter() - started
    expected = forecast(new_plan, balance, round_trip, args.throttle)
    count = expected.credits
    err = sys.stderr
    print(f"Recipients       : {expected.recipients}", file=err)
    if expected.duplicates:
        print(f"  duplicates     : {expected.duplicates} dropped", file=err)
    if expected.opted_out:
        print(f"  opted out      : {expected.opted_out} dropped", file=err)
    print(f"Credits needed   : {count} (balance {balance})", file=err)
    if expected.shortfall:
        print(
            f"  WARNING: the balance is {expected.shortfall} short; the gateway will refuse the "
            "messages beyond it.",
            file=err,
        )
    print(f"Estimated time   : {_duration(expected.seconds or 0)}", file=err)
    if not args.yes and not _ask(f"Send {count} messages? [y/N] ", stdin):
        print("Nothing sent.", file=err)
        return None
    options = {
        "account": args.account,
        "host": _endpoint_text(args),
        "interface": args.interface,
        "source": _source(args),
        "duplicates": len(new_plan.duplicates),
        "opted_out": len(new_plan.opted_out),
    }
    if getattr(args, "template", None):
        options["template"] = args.template
    broadcast_id = engine.create(new_plan, options, account=args.account)
    print(f"Broadcast {broadcast_id} (resume with --resume {broadcast_id})", file=err, flush=True)
    return broadcast_id


def _prepare_resume(args: argparse.Namespace, engine: BroadcastEngine, stdin: TextIO) -> bool:
    """Requeue unknown rows when asked (after confirming); False when the answer is no.
    Called holding the broadcast's claim: nobody else changes its rows meanwhile."""
    broadcast_id = args.resume
    recovered = engine.recover_interrupted(broadcast_id)
    unknown = journal.counts(engine.conn, broadcast_id)[RowState.UNKNOWN]
    if recovered:
        print(f"{recovered} message(s) were cut off mid-send: outcome unknown.", file=sys.stderr)
    if args.resend_unknown and unknown:
        question = (
            f"{unknown} message(s) have an unknown outcome: the gateway may have accepted them, "
            "and their recipients would get them twice. Send them again? [y/N] "
        )
        if not args.yes and not _ask(question, stdin):
            print("Nothing sent.", file=sys.stderr)
            return False
        engine.resend_unknown(broadcast_id)
    print(f"Resuming broadcast {broadcast_id}", file=sys.stderr, flush=True)
    return True


def _send(
    args: argparse.Namespace, engine: BroadcastEngine, session: GatewaySession, broadcast_id: int
) -> int:
    pause = _PauseOnInterrupt()
    with pause:
        report = engine.run(
            session,
            broadcast_id,
            should_stop=pause.requested,
            on_progress=_progress_printer(),
            throttle=args.throttle,
        )
    print(file=sys.stderr)
    print(_format_report(report, args.json), flush=True)
    if report.error:
        print(f"smsgate: {report.error}", file=sys.stderr)
    if report.counts[RowState.UNKNOWN]:
        print(
            f"smsgate: {report.counts[RowState.UNKNOWN]} message(s) have an unknown outcome and "
            f"were not sent again; `smsgate history {broadcast_id}` lists them, "
            f"--resume {broadcast_id} --resend-unknown sends them again.",
            file=sys.stderr,
        )
    return exit_status(report)


def exit_status(report: Report) -> int:
    counts = report.counts
    if counts[RowState.UNKNOWN]:
        return EXIT_UNKNOWN
    if report.state == BroadcastState.INTERRUPTED:
        return EXIT_CONNECTION
    if report.state == BroadcastState.PAUSED:
        return EXIT_PAUSED
    return EXIT_REJECTED if counts[RowState.FAILED] else EXIT_OK


class _PauseOnInterrupt:
    """The first Ctrl+C asks the run to pause between two messages; the second interrupts."""

    def __init__(self) -> None:
        self._requested = False
        self._previous = None

    def requested(self) -> bool:
        return self._requested

    def _handle(self, signum: int, frame: object) -> None:
        if self._requested:
            raise KeyboardInterrupt
        self._requested = True
        print("\nPausing after the message in flight (Ctrl+C again to stop now)", file=sys.stderr)

    def __enter__(self) -> _PauseOnInterrupt:
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread: no pause by Ctrl+C
            self._previous = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def _progress_printer() -> Callable[[Progress], None]:
    last = 0.0
    tally = {RowState.SENT: 0, RowState.FAILED: 0, RowState.UNKNOWN: 0}

    def show(progress: Progress) -> None:
        nonlocal last
        tally[progress.state] += 1
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY or progress.done == progress.total:
            last = now
            print(
                f"\r{progress.done}/{progress.total}  this run: sent {tally[RowState.SENT]}, "
                f"failed {tally[RowState.FAILED]}, unknown {tally[RowState.UNKNOWN]}",
                end="",
                file=sys.stderr,
                flush=True,
            )

    return show


def _format_report(report: Report, as_json: bool) -> str:
    if as_json:
        return json.dumps(
            {"broadcast": report.broadcast_id, "state": report.state, **report.counts}
        )
    counts = ", ".join(f"{state} {number}" for state, number in report.counts.items() if number)
    return f"broadcast {report.broadcast_id}\t{report.state}\t{counts}"


def _ask(question: str, stdin: TextIO) -> bool:
    print(question, end="", file=sys.stderr, flush=True)
    return stdin.readline().strip().lower() in ("y", "yes")


def _source(args: argparse.Namespace) -> str:
    if args.csv:
        return f"csv:{args.csv}"
    if args.group:
        return f"group:{args.group}"
    return f"file:{args.to_file}"


def _endpoint_text(args: argparse.Namespace) -> str:
    primary, _ = endpoints(args)
    return str(primary)
