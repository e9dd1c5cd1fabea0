"""`smsgate`: send SMS and query an account from the command line, on GatewaySession.

Exit status (every command):
  0  all accepted (or: nothing to do)
  1  some rejected
  2  bad input, or a broadcast another window or command is sending: nothing was sent and no
     journal entry was made or changed
  3  connection or login failure
  4  some outcomes unknown (the line dropped after a message was written)
  5  the local journal could not be written (disk full, database locked by another program,
     data folder read-only); nothing further was sent; `smsgate broadcast --resume ID`
     continues once it can be written
  6  a broadcast paused by Ctrl+C (`--resume ID` continues)
  141  standard output was closed early (`smsgate history | head`), as a shell reports
     a command ended by SIGPIPE; the rest of the output is dropped silently

Every argument is checked before anything is written or sent: the checks are the `type=`
functions of the parser below (one per kind of value, shared by every subcommand) and
`check_credentials`, which asks the protocol's own encoders whether the account and
password can be sent. A refusal is one sentence on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Final, NoReturn, TextIO

from . import __version__, config
from .broadcast import BroadcastBusyError, BroadcastEngine, Progress
from .protocol import MAX_LINE, FieldError, Interface, SmsMessage, packet
from .protocol import ascii as full_ascii
from .protocol.connection import MAX_WINDOW
from .protocol.numbers import NumberError, RegionError, check_region, split_number
from .protocol.redact import visible
from .protocol.schedule import ScheduleError, parse_local, to_gateway_fields, zone_of
from .session import (
    DEFAULT_BACKUP,
    DEFAULT_PRIMARY,
    Endpoint,
    GatewaySession,
    Outcome,
    SendResult,
    SessionConfig,
    SessionError,
)
from .store import StorageError, journal, open_store

EXIT_OK, EXIT_REJECTED, EXIT_BAD_INPUT, EXIT_CONNECTION, EXIT_UNKNOWN = 0, 1, 2, 3, 4
EXIT_STORAGE: Final = 5
EXIT_PAUSED: Final = 6
EXIT_BROKEN_PIPE: Final = 128 + 13  # 128 + SIGPIPE, what a shell reports for `| head`
PASSWORD_ENV: Final = "SMSGATE_PASSWORD"

MAX_SECONDS: Final = 3600.0  # --connect-timeout and --reply-timeout: above 0, at most an hour
MIN_THROTTLE, MAX_THROTTLE = 0.1, 1000.0  # messages per second, as the window's spin box
MAX_ID: Final = 2**63 - 1  # the largest id SQLite stores
MAX_HOST: Final = 253  # characters of a DNS name


class BadInput(Exception):
    """Something on the command line cannot be sent; nothing was sent."""


# ---- argument checks: one `type=` per kind of value, used by every subcommand --------------


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose refusals are one line: "smsgate send: argument --x: why"."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def seconds(text: str) -> float:
    """A timeout: above 0 and at most MAX_SECONDS (an hour)."""
    value = _number(text)
    if not 0 < value <= MAX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"must be more than 0 and at most {MAX_SECONDS:g} seconds, not {text}"
        )
    return value


def throttle(text: str) -> float:
    """A rate cap: MIN_THROTTLE to MAX_THROTTLE messages per second."""
    value = _number(text)
    if not MIN_THROTTLE <= value <= MAX_THROTTLE:
        raise argparse.ArgumentTypeError(
            f"must be {MIN_THROTTLE:g} to {MAX_THROTTLE:g} messages per second, not {text}"
        )
    return value


def _integer(text: str, low: int, high: int, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{what} must be {low} to {high}, not {text[:40]}")
    return value


def send_window(text: str) -> int:
    return _integer(text, 1, MAX_WINDOW, "the send window")


def port(text: str) -> int:
    return _integer(text, 1, 65535, "a port")


def journal_id(text: str) -> int:
    """A broadcast's or single send's id, as `smsgate history` shows it."""
    return _integer(text, 1, MAX_ID, "an id")


def host(text: str) -> str:
    if not text or len(text) > MAX_HOST or not text.isprintable() or " " in text:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a host name or address")
    return text


def account(text: str) -> str:
    """An account the gateway's login can carry (the protocol's own check)."""
    try:
        full_ascii.account_line(text)
    except FieldError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def region(text: str) -> str:
    try:
        return check_region(text)
    except RegionError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def time_zone(text: str) -> str:
    try:
        zone_of(text)
    except ScheduleError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def log_file(text: str) -> str:
    """A file the protocol log can be appended to: in an existing folder, not a folder."""
    path = Path(text)
    if not text or path.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is a folder, not a file")
    if not path.absolute().parent.is_dir():
        raise argparse.ArgumentTypeError(f"the folder of {text!r} does not exist")
    return text


def check_credentials(account: str, password: str, interface: Interface) -> None:
    """BadInput unless the gateway's login can carry them: the protocol's encoders decide
    (control characters, CR LF, characters ISO-8859-15 lacks, the 4096-byte line)."""
    try:
        if interface is Interface.PACKET:
            packet.login_packet(account, password)
        else:
            full_ascii.account_line(account)
            full_ascii.password_line(password)
    except FieldError as exc:  # its text masks the password
        raise BadInput(f"This account and password cannot be sent to the gateway: {exc}.") from None


def open_log(args: argparse.Namespace) -> IO[str] | None:
    """The --log file opened for appending (None without --log); BadInput when it cannot be."""
    if not getattr(args, "log", None):
        return None
    try:
        return open(args.log, "a", encoding="utf-8")  # the caller closes it
    except OSError as exc:
        raise BadInput(f"Cannot write the protocol log to {args.log}: {exc.strerror}.") from None


# ---- arguments ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="smsgate", description="Send SMS through an SMS GATE SERVER gateway.")
    parser.add_argument("--version", action="version", version=f"smsgate {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    send = commands.add_parser("send", help="send one message to one or many recipients")
    _connection_options(send)
    send.add_argument("--to", action="append", default=[], metavar="NUMBER")
    send.add_argument("--to-file", metavar="FILE", help="one number per line; - for stdin")
    send.add_argument("--sender", required=True)
    send.add_argument("--text", required=True)
    message_options(send)

    for name, text in (("balance", "the account's credit"), ("status", "the account's status")):
        _connection_options(commands.add_parser(name, help=f"print {text}"))

    store = commands.add_parser("password", help="store the account's password in the keyring")
    _connection_options(store)
    from . import cli_broadcast  # `broadcast` and `history` (imported here: it imports us)

    cli_broadcast.add_commands(commands, _connection_options)
    return parser


def message_options(parser: argparse.ArgumentParser) -> None:
    """The options every message carries besides sender and text (send and broadcast)."""
    parser.add_argument(
        "--region", type=region, default="IT", help="country of national numbers (IT)"
    )
    parser.add_argument("--type", default="", metavar="SMSTYPE", help="FL UCS UTF UDH WBK WPS")
    parser.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help="schedule, in your local time")
    parser.add_argument(
        "--timezone", type=time_zone, default="Europe/Rome", help="the gateway's time zone"
    )
    parser.add_argument("--validity", default="", metavar="MINUTES")
    parser.add_argument("--delivery", action="store_true", help="ask for a delivery report")
    parser.add_argument("--notify", default="", metavar="EMAIL", help="notification e-mail")
    parser.add_argument("--ref", default="", help="your reference (SmsRef)")
    parser.add_argument("--dcs", default="")
    parser.add_argument("--udh", default="")
    parser.add_argument("--gateway", default="")
    parser.add_argument("--network-code", default="")


def _connection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection")
    group.add_argument("--account", type=account, required=True)
    group.add_argument("--host", type=host, help=f"gateway host (default {DEFAULT_PRIMARY.host})")
    group.add_argument("--port", type=port, default=27)
    group.add_argument(
        "--backup-host", type=host, help="second gateway host, tried when the first fails"
    )
    group.add_argument("--backup-port", type=port, default=27)
    group.add_argument("--interface", choices=[i.value for i in Interface], default="packet")
    group.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    for name, default in (("--connect-timeout", 10.0), ("--reply-timeout", 30.0)):
        group.add_argument(
            name,
            type=seconds,
            default=default,
            metavar="SECONDS",
            help=f"more than 0, at most {MAX_SECONDS:g} (default {default:g})",
        )
    group.add_argument(
        "--send-window",
        type=send_window,
        default=1,
        metavar="N",
        help=f"messages in flight before reading replies (1 = as the spec shows; up to "
        f"{MAX_WINDOW})",
    )
    group.add_argument(
        "--log", type=log_file, metavar="FILE", help="append the protocol log to this file"
    )
    group.add_argument("--json", action="store_true", help="one JSON object per line")


def endpoints(args: argparse.Namespace) -> tuple[Endpoint, Endpoint | None]:
    if args.host is None:  # the spec's gateway and its backup
        backup = Endpoint(args.backup_host, args.backup_port) if args.backup_host else None
        return DEFAULT_PRIMARY, backup or DEFAULT_BACKUP
    backup = Endpoint(args.backup_host, args.backup_port) if args.backup_host else None
    return Endpoint(args.host, args.port), backup


def build_session_config(
    args: argparse.Namespace, password: str, primary: Endpoint, backup: Endpoint | None
) -> SessionConfig:
    """The session settings the connection options ask for."""
    return SessionConfig(
        account=args.account,
        password=password,
        primary=primary,
        backup=backup,
        interface=Interface(args.interface),
        connect_timeout=args.connect_timeout,
        reply_timeout=args.reply_timeout,
        send_window=args.send_window,
    )


def read_password(args: argparse.Namespace, stdin: TextIO, host: str) -> str:
    """SMSGATE_PASSWORD, --password-stdin, or the keyring; never a command-line flag, which
    would leak into `ps` and the shell history."""
    if args.password_stdin:
        password = _read_line(stdin)
    else:
        password = os.environ.get(PASSWORD_ENV) or config.get_password(args.account, host) or ""
    if not password:
        raise BadInput(
            f"No password for account {args.account!r} on {host}: set {PASSWORD_ENV}, "
            "use --password-stdin, or store it with `smsgate password`."
        )
    check_credentials(args.account, password, Interface(args.interface))
    return password


def _read_line(stdin: TextIO) -> str:
    # Bounded: a password longer than a login line is refused anyway, and a stream without
    # a newline must not be read into memory whole.
    return stdin.readline(MAX_LINE + 2).rstrip("\r\n")


# ---- building the messages ------------------------------------------------------------------


def recipients(args: argparse.Namespace, stdin: TextIO) -> list[str]:
    numbers = list(args.to)
    if args.to_file:
        if args.to_file == "-":
            if args.password_stdin:
                raise BadInput("--to-file - and --password-stdin cannot both read stdin.")
            lines = stdin.read().splitlines()
        else:
            try:
                with open(args.to_file, encoding="utf-8-sig") as handle:
                    lines = handle.read().splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise BadInput(f"Cannot read {args.to_file}: {exc}") from None
        numbers += [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if not numbers:
        raise BadInput("No recipient: give --to NUMBER or --to-file FILE.")
    return numbers


def build_messages(
    args: argparse.Namespace, numbers: Sequence[str], now: datetime
) -> list[SmsMessage]:
    """One SmsMessage per recipient; BadInput lists every bad number or field at once."""
    base = SmsMessage(
        Sender=args.sender,
        TextMessage=args.text,
        SmsType=args.type,
        Gateway=args.gateway,
        NetworkCode=args.network_code,
        UDH=args.udh,
        Delivery="1" if args.delivery else "",
        Notification=_mailto(args.notify),
        SmsValidity=args.validity,
        SmsRef=args.ref,
        DCS=args.dcs,
    )
    if args.at:
        try:
            when = parse_local(args.at)
            base = base.with_values(**to_gateway_fields(when, now=now, zone=args.timezone))
        except ScheduleError as exc:
            raise BadInput(f"--at: {exc}") from None
    problems, messages = [], []
    for number in numbers:
        try:
            parts = split_number(number, args.region)
        except NumberError as exc:
            problems.append(str(exc))
            continue
        messages.append(
            base.with_values(
                CountryCode=parts.country_code,
                GsmCode=parts.gsm_code,
                PhoneNumber=parts.phone_number,
            )
        )
    if problems:
        raise BadInput("\n".join(problems))
    try:
        for message in messages:
            message.validate()
        packet.data_packet(messages[0])  # the 4096-byte limit, on the longest form (no elision)
    except FieldError as exc:
        hint = " (use --type UTF)" if exc.field == "TextMessage" and "UTF" in exc.reason else ""
        raise BadInput(f"{exc}{hint}") from None
    return messages


def _mailto(address: str) -> str:
    return address if not address or address.startswith("mailto:") else f"mailto:{address}"


# ---- output ---------------------------------------------------------------------------------


def format_result(result: SendResult, as_json: bool) -> str:
    error = result.error
    if as_json:
        return json.dumps(
            {
                "recipient": result.recipient,
                "outcome": result.outcome.value,
                "credit": result.credit,
                "code": error.code if error else None,
                "error": error.text if error else None,
                "reason": result.reason or None,
            },
            ensure_ascii=False,
        )
    if result.outcome is Outcome.ACCEPTED:
        return f"{result.recipient}\tOK\t{credit_text(result.credit)}"
    if result.outcome is Outcome.REJECTED:
        return f"{result.recipient}\tREJECTED\t{result.reason}"
    return f"{result.recipient}\tUNKNOWN\t{result.reason}"


def credit_text(credit: int | None) -> str:
    """ "credit 42", or "credit unknown" when the gateway's figure could not be read."""
    return "credit unknown" if credit is None else f"credit {credit}"


def protocol_logger(handle: IO[str]) -> Callable[[str, bytes, float], None]:
    def log(direction: str, line: bytes, when: float) -> None:
        stamp = datetime.fromtimestamp(when).isoformat(timespec="milliseconds")
        handle.write(f"{stamp} {direction} {visible(line)}\n")

    return log


# ---- commands -------------------------------------------------------------------------------


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
    if args.command in ("broadcast", "history"):
        from . import cli_broadcast

        return cli_broadcast.run(args, stdin)
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


def run_send(session: GatewaySession, messages: list[SmsMessage], as_json: bool) -> int:
    """Send through the journal (a single send in `smsgate history`; interrupted, it can be
    finished with `smsgate broadcast --resume ID`), printing each result as it comes."""
    outcomes: set[Outcome] = set()

    def show(progress: Progress) -> None:
        outcomes.add(progress.result.outcome)
        print(format_result(progress.result, as_json), flush=True)

    engine = BroadcastEngine(open_store())
    send_id = None
    try:
        send_id = engine.create_single(messages, session.config.account, "cli")
        report = engine.run(session, send_id, on_progress=show)
        if report.state == "interrupted":
            print(f"smsgate: {report.error}", file=sys.stderr)
            for row in journal.rows(engine.conn, send_id, [journal.PENDING]):
                print(_not_sent(row.recipient, report.error, as_json), flush=True)
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


def storage_failure(exc: StorageError, journal_id: int | None) -> str:
    """What exit 5 prints: what failed and where, and how to go on."""
    if journal_id is None:
        return f"smsgate: {exc} Nothing was sent."
    return (
        f"smsgate: {exc} Nothing further was sent; `smsgate broadcast --resume {journal_id}` "
        "continues once the journal can be written."
    )


def _not_sent(recipient: str, why: str, as_json: bool) -> str:
    if as_json:
        return json.dumps({"recipient": recipient, "outcome": "not-sent", "reason": why})
    return f"{recipient}\tNOT SENT\t{why}"


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
        password = _read_line(stdin)
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


if __name__ == "__main__":
    sys.exit(main())
