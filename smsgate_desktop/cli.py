"""`smsgate`: send SMS and query an account from the command line, on GatewaySession.

Exit status: 0 all accepted; 1 some rejected; 2 bad input, nothing sent; 3 connection or
login failure; 4 some outcomes unknown (the line dropped after a message was written).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import IO, Final, TextIO

from . import __version__, config
from .broadcast import BroadcastEngine, Progress
from .protocol import FieldError, Interface, SmsMessage, packet
from .protocol.numbers import NumberError, split_number
from .protocol.redact import visible
from .protocol.schedule import ScheduleError, parse_local, to_gateway_fields
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
from .store import journal, open_store

EXIT_OK, EXIT_REJECTED, EXIT_BAD_INPUT, EXIT_CONNECTION, EXIT_UNKNOWN = 0, 1, 2, 3, 4
PASSWORD_ENV: Final = "SMSGATE_PASSWORD"


class BadInput(Exception):
    """Something on the command line cannot be sent; nothing was sent."""


# ---- arguments ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smsgate", description="Send SMS through an SMS GATE SERVER gateway."
    )
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
    parser.add_argument("--region", default="IT", help="country of national numbers (IT)")
    parser.add_argument("--type", default="", metavar="SMSTYPE", help="FL UCS UTF UDH WBK WPS")
    parser.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help="schedule, in your local time")
    parser.add_argument("--timezone", default="Europe/Rome", help="the gateway's time zone")
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
    group.add_argument("--account", required=True)
    group.add_argument("--host", help=f"gateway host (default {DEFAULT_PRIMARY.host})")
    group.add_argument("--port", type=int, default=27)
    group.add_argument("--backup-host", help="second gateway host, tried when the first fails")
    group.add_argument("--backup-port", type=int, default=27)
    group.add_argument("--interface", choices=[i.value for i in Interface], default="packet")
    group.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    group.add_argument("--connect-timeout", type=float, default=10.0, metavar="SECONDS")
    group.add_argument("--reply-timeout", type=float, default=30.0, metavar="SECONDS")
    group.add_argument(
        "--send-window",
        type=int,
        default=1,
        metavar="N",
        help="messages in flight before reading replies (1 = as the spec shows; up to 64)",
    )
    group.add_argument("--log", metavar="FILE", help="write the protocol log here")
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
        password = stdin.readline().rstrip("\r\n")
    else:
        password = os.environ.get(PASSWORD_ENV) or config.get_password(args.account, host) or ""
    if not password:
        raise BadInput(
            f"No password for account {args.account!r} on {host}: set {PASSWORD_ENV}, "
            "use --password-stdin, or store it with `smsgate password`."
        )
    return password


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
        return f"{result.recipient}\tOK\tcredit {result.credit}"
    if result.outcome is Outcome.REJECTED:
        return f"{result.recipient}\tREJECTED\t{result.reason}"
    return f"{result.recipient}\tUNKNOWN\t{result.reason}"


def protocol_logger(handle: IO[str]) -> Callable[[str, bytes, float], None]:
    def log(direction: str, line: bytes, when: float) -> None:
        stamp = datetime.fromtimestamp(when).isoformat(timespec="milliseconds")
        handle.write(f"{stamp} {direction} {visible(line)}\n")

    return log


# ---- commands -------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    stdin = stdin or sys.stdin
    if args.command in ("broadcast", "history"):
        from . import cli_broadcast

        return cli_broadcast.run(args, stdin)
    try:
        primary, backup = endpoints(args)
        if not 1 <= args.send_window <= 64:
            raise BadInput(f"--send-window must be 1 to 64, not {args.send_window}.")
        if args.command == "password":
            return store_password(args, stdin, primary.host)
        numbers = recipients(args, stdin) if args.command == "send" else []
        messages = build_messages(args, numbers, datetime.now().astimezone()) if numbers else []
        password = read_password(args, stdin, primary.host)
    except BadInput as exc:
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    session_config = build_session_config(args, password, primary, backup)
    log = open(args.log, "a", encoding="utf-8") if args.log else None  # noqa: SIM115
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
    finally:
        engine.conn.close()
    if Outcome.UNKNOWN in outcomes:
        return EXIT_UNKNOWN
    return EXIT_REJECTED if Outcome.REJECTED in outcomes else EXIT_OK


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
        password = stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass(f"Password for {args.account} on {host}: ")
    if not password:
        print("smsgate: empty password, nothing stored", file=sys.stderr)
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
