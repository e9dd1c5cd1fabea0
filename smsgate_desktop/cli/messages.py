"""The messages of `smsgate send` (and a plain broadcast): recipients from --to and --to-file,
one validated SmsMessage each."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime
from typing import TextIO

from ..protocol import SmsMessage
from ..protocol.schedule import ScheduleError, parse_local
from ..usecases.drafts import Draft, prepare
from .args import BadInput


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
    """One SmsMessage per distinct recipient, checked by the same rule as the window's
    (usecases.drafts.prepare, on the interface in use); BadInput lists every bad number
    with its place, or says what else is wrong."""
    if args.udh and args.type != "UDH":
        raise BadInput("--udh goes with --type UDH.")
    try:
        schedule = parse_local(args.at) if args.at else None
    except ScheduleError as exc:
        raise BadInput(f"--at: {exc}") from None
    draft = Draft(
        recipients="\n".join(numbers),
        sender=args.sender,
        text=args.text,
        sms_type=args.type,
        schedule=schedule,
        validity=args.validity or 0,
        delivery=args.delivery,
        notification=args.notify,
        reference=args.ref,
        udh=args.udh,
        dcs=args.dcs,
        gateway=args.gateway,
        network_code=args.network_code,
    )
    prepared = prepare(
        draft, region=args.region, zone=args.timezone, interface=args.interface, now=now
    )
    bad = [entry for entry in prepared.entries if entry.parts is None]
    if bad:
        raise BadInput(
            "\n".join(
                f"Recipient {entry.raw!r} (number {entry.line}) is not valid: {entry.error.reason}."
                for entry in bad
            )
        )
    if prepared.problem:
        hint = " (--type UTF)" if prepared.offer_utf else ""
        raise BadInput(f"{prepared.problem}{hint}")
    # One message per number given, in order, repeats included: the broadcast's plan counts
    # (and drops) the repeats, and a personalised text is matched to its number by position.
    given = sorted(
        (copy for entry in prepared.entries for copy in (entry, *entry.duplicates)),
        key=lambda entry: (entry.line, entry.column),
    )
    lines = [entry.line for entry in given]
    if len(set(lines)) != len(lines):
        line = next(line for line in lines if lines.count(line) > 1)
        raise BadInput(f"Recipient {numbers[line - 1]!r} (number {line}) holds several numbers.")
    base = prepared.messages[0]
    return [base.with_values(**entry.parts.as_fields()) for entry in given]
