"""The arguments of every `smsgate` command: the exit codes, the checks of each kind of value
(one `type=` function per kind, shared by every subcommand), the connection and message options,
the password and the session settings they make. A refusal is BadInput: one sentence, exit 2."""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path
from typing import IO, Final, NoReturn, TextIO

from .. import config
from ..protocol import MAX_LINE, FieldError, Interface, SmsGateError, packet
from ..protocol import ascii as full_ascii
from ..protocol.connection import MAX_WINDOW
from ..protocol.numbers import DEFAULT_REGION, RegionError, check_region
from ..protocol.schedule import GATEWAY_ZONE, ScheduleError, zone_of
from ..session import (
    DEFAULT_BACKUP,
    DEFAULT_PRIMARY,
    Endpoint,
    SessionConfig,
)
from ..store.postgres import BROKEN, display_url, is_office
from ..usecases.drafts import MAX_VALIDITY

EXIT_OK, EXIT_REJECTED, EXIT_BAD_INPUT, EXIT_CONNECTION, EXIT_UNKNOWN = 0, 1, 2, 3, 4


EXIT_STORAGE: Final = 5


EXIT_PAUSED: Final = 6


EXIT_ACCOUNT_BUSY: Final = 7  # --no-wait: the account is in use on another desktop; nothing sent


EXIT_INTERRUPTED: Final = 128 + 2  # Ctrl+C while queued for the account: nothing sent


EXIT_BROKEN_PIPE: Final = 128 + 13  # 128 + SIGPIPE, what a shell reports for `| head`


def no_wait_option(parser: argparse.ArgumentParser) -> None:
    """`--no-wait`, for every command that logs in to the gateway."""
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help="on an office database, when another desktop is using the account: stop at "
        f"once (exit {EXIT_ACCOUNT_BUSY}) instead of queuing until it is free",
    )


PASSWORD_ENV: Final = "SMSGATE_PASSWORD"


MAX_SECONDS: Final = 3600.0  # --connect-timeout and --reply-timeout: above 0, at most an hour


MIN_THROTTLE, MAX_THROTTLE = 0.1, 1000.0  # messages per second, as the window's spin box


MAX_ID: Final = 2**63 - 1  # the largest id SQLite stores


MAX_HOST: Final = 253  # characters of a DNS name


class BadInput(SmsGateError):
    """Something on the command line cannot be sent (the caller's mistake); nothing was sent."""


class Parser(argparse.ArgumentParser):
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


def validity(text: str) -> int:
    """How long the gateway keeps trying, in minutes (clarifications §9)."""
    return _integer(text, 1, MAX_VALIDITY, "a validity in minutes")


def column_override(text: str) -> tuple[str, str]:
    """`--map name=Ragione sociale`: (field, column header)."""
    field, sep, column = text.partition("=")
    if not sep or not field.strip() or not column.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not FIELD=COLUMN (e.g. name=Nome)")
    return field.strip().lower(), column.strip()


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


def store_address(text: str) -> str:
    """Where the store is (`--store`, SMSGATE_STORE): a file, or an office database's
    postgresql:// address that PostgreSQL's client can read; the refusal never repeats a
    password the address may hold."""
    text = text.strip()
    if not text:
        raise argparse.ArgumentTypeError("is empty: give a file or a postgresql:// address")
    if is_office(text):
        return office_address(text)
    path = Path(text)
    if text != ":memory:" and (path.is_dir() or not path.absolute().parent.is_dir()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a file in an existing folder")
    return text


def office_address(text: str) -> str:
    """An office database's postgresql:// address (`smsgate store copy --to`)."""
    text = text.strip()
    if not is_office(text):
        raise argparse.ArgumentTypeError(
            f"{text[:60]!r} is not an office database address (postgresql://user@host/database)"
        )
    shown = display_url(text)
    if shown.endswith(BROKEN):  # not even a URL: display_url shows none of it
        raise argparse.ArgumentTypeError(f"{shown!r} is not a readable address")
    import psycopg  # only here: a desktop without an office database never loads it
    from psycopg.conninfo import conninfo_to_dict

    try:
        conninfo_to_dict(text)
    except psycopg.Error as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise argparse.ArgumentTypeError(
            f"{shown!r} is not a readable address ({reason.replace(text, shown)})"
        ) from None
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


def message_options(parser: argparse.ArgumentParser) -> None:
    """The options every message carries besides sender and text (send and broadcast)."""
    parser.add_argument(
        "--region",
        type=region,
        default=DEFAULT_REGION,
        help=f"country of national numbers ({DEFAULT_REGION})",
    )
    parser.add_argument("--type", default="", metavar="SMSTYPE", help="FL UCS UTF UDH WBK WPS")
    parser.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help="schedule, in your local time")
    parser.add_argument(
        "--timezone",
        type=time_zone,
        default=GATEWAY_ZONE,
        help=f"the gateway's time zone ({GATEWAY_ZONE})",
    )
    parser.add_argument(
        "--validity", type=validity, default=0, metavar="MINUTES", help="1 to 10080"
    )
    parser.add_argument("--delivery", action="store_true", help="ask for a delivery report")
    parser.add_argument("--notify", default="", metavar="EMAIL", help="notification e-mail")
    parser.add_argument("--ref", default="", help="your reference (SmsRef)")
    parser.add_argument("--dcs", default="")
    parser.add_argument("--udh", default="")
    parser.add_argument("--gateway", default="")
    parser.add_argument("--network-code", default="")


def connection_options(parser: argparse.ArgumentParser) -> None:
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
        password = read_line(stdin)
    else:
        password = os.environ.get(PASSWORD_ENV) or config.get_password(args.account, host) or ""
    if not password:
        raise BadInput(
            f"No password for account {args.account!r} on {host}: set {PASSWORD_ENV}, "
            "use --password-stdin, or store it with `smsgate password`."
        )
    check_credentials(args.account, password, Interface(args.interface))
    return password


def read_line(stdin: TextIO) -> str:
    # Bounded: a password longer than a login line is refused anyway, and a stream without
    # a newline must not be read into memory whole.
    return stdin.readline(MAX_LINE + 2).rstrip("\r\n")
