"""The messages of `smsgate send` (and a plain broadcast): recipients from --to and --to-file,
one validated SmsMessage each."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime
from typing import TextIO

from ..protocol import FieldError, SmsMessage, packet
from ..protocol.numbers import NumberError, split_number
from ..protocol.schedule import ScheduleError, parse_local, to_gateway_fields
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
