"""What a send resolves to: the 20 values the gateway uses, or the first field that is wrong.

Shared by both interfaces: Full Ascii resolves the values the connection holds at
`SendSMS=OKSEND`, Packets resolve the 20 values of the packet. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ..protocol.fields import ELIDABLE, FIELD_NAMES, MANDATORY, SCHEDULE_FIELDS, format_problem
from ..protocol.schedule import ScheduleError, from_gateway_fields
from ..protocol.text import WIRE_ENCODING, wire_encoding

SCHEDULE: Final = "schedule"  # Refusal.field when the six date fields do not make a date


@dataclass(frozen=True, slots=True)
class Refusal:
    """The first wrong field in <Send Data> order, or SCHEDULE."""

    field: str


def resolve(
    values: Mapping[str, bytes], first: Mapping[str, bytes] | None
) -> dict[str, str] | Refusal:
    """The message to send, by field name, or why not.

    `values` holds the raw bytes of the 20 fields (missing = empty); `first` the raw bytes of
    the elidable fields of the first message accepted on the connection, if any. An empty
    Sender, CountryCode, GsmCode or TextMessage takes the first message's value (the spec's
    Note): its bytes, so an elided text is decoded by the SmsType of the message being sent,
    as the wire value it stands for would be. Before any message was accepted, an empty
    mandatory field is that field's error. Fields are checked in <Send Data> order so that the
    first wrong one wins (clarifications §10); the date fields are checked as a whole right
    after SmsAmPm, the last of them.
    """
    sms_type = values.get("SmsType", b"").decode(WIRE_ENCODING)
    resolved: dict[str, str] = {}
    for name in FIELD_NAMES:
        raw = values.get(name, b"")
        if raw == b"" and first is not None and name in ELIDABLE:
            raw = first[name]
        encoding = wire_encoding(sms_type) if name == "TextMessage" else WIRE_ENCODING
        try:
            value = raw.decode(encoding)
        except UnicodeDecodeError:  # only UTF-8 can fail
            return Refusal(name)
        if value == "" and name in MANDATORY:
            return Refusal(name)
        if value != "" and format_problem(name, value, strict=False) is not None:
            return Refusal(name)
        resolved[name] = value
        if name == SCHEDULE_FIELDS[-1] and not schedule_is_valid(resolved):
            return Refusal(SCHEDULE)
    return resolved


def schedule_is_valid(values: Mapping[str, str]) -> bool:
    """Whether the six date fields make a schedule.

    The spec gives the six fields and their formats but not how they combine, so the simulator
    decides: all six empty means "send now"; otherwise all six must be set and name a real
    wall-clock time on the gateway's clock (Europe/Rome, clarifications §15) — 31-02, 29-02-25
    or a time the clocks skip are not — else the send gets `-ERR 92 [Sms Date/Hour Not Valid]`.
    The year is 20yy, the hour is on a 12-hour clock (12 AM is midnight). A time in the past
    is not an error: the message goes out at once.
    """
    parts = [values.get(name, "") for name in SCHEDULE_FIELDS]
    if not any(parts):
        return True
    try:
        from_gateway_fields(values)
    except ScheduleError:
        return False
    return True
