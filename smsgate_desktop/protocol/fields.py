"""The 20 fields of a message, their wire formats and validation.

Formats are those of clarifications.md §9. The client validates every value before a single
byte is written (strict in what it sends); the simulator uses the same validators to decide
which `-ERR` code a value earns.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, fields
from typing import Final

from .errors import FieldError
from .phrases import Phrase, Template
from .text import WIRE_ENCODING, check_wire_text, encode_value, wire_encoding

# <Send Data> order (the packet layout, and the order in which errors are reported: §10).
FIELD_NAMES: Final = (
    "Sender",
    "CountryCode",
    "GsmCode",
    "PhoneNumber",
    "TextMessage",
    "SmsType",
    "SmsDay",
    "SmsMonth",
    "SmsYear",
    "SmsHour",
    "SmsMinute",
    "SmsAmPm",
    "Gateway",
    "NetworkCode",
    "UDH",
    "Delivery",
    "Notification",
    "SmsValidity",
    "SmsRef",
    "DCS",
)

# Mandatory for every message; all but PhoneNumber may be left empty after the first accepted
# message of a connection (the spec's Note), taking that message's value.
MANDATORY: Final = ("Sender", "CountryCode", "GsmCode", "PhoneNumber", "TextMessage")
ELIDABLE: Final = ("Sender", "CountryCode", "GsmCode", "TextMessage")
SCHEDULE_FIELDS: Final = ("SmsDay", "SmsMonth", "SmsYear", "SmsHour", "SmsMinute", "SmsAmPm")

SMS_TYPES: Final = ("", "FL", "UCS", "UTF", "UDH", "WBK", "WPS")

# The bytes that frame the protocol: a value carrying one would corrupt the stream.
FRAMING_CHARS: Final = {"\r": "CR", "\n": "LF"} | {chr(i): f"Chr({i})" for i in range(1, 7)}
# Every C0 control and DEL. The client refuses them all in every field: the spec's fields are
# printable text, and a NUL or ESC that reaches a handset or a gateway's database does harm
# no one meant (a template filled from a CSV cell once sent "hi a\x00b").
CONTROL_CHARS: Final = (
    {chr(i): f"Chr({i})" for i in range(32)}
    | FRAMING_CHARS
    | {"\x00": "NUL", "\t": "TAB", "\x1b": "ESC", "\x7f": "DEL"}
)
CONTROL_CHARACTER: Final = Template(
    "FieldFormats",
    "control-character",
    "contains the control character {name} at position {position}",
)
MANDATORY_EMPTY: Final = Template("FieldFormats", "mandatory-empty", "is mandatory and empty")
NOT_TEXT: Final = Template("FieldFormats", "not-text", "must be text")

# Why a value does not fit its field's format (the end of "The sender …").
COUNTRY_CODE_FORMAT: Final = Template(
    "FieldFormats", "country-code", "must be + followed by 1 to 4 digits, e.g. +39"
)
GSM_CODE_FORMAT: Final = Template("FieldFormats", "gsm-code", "must be 2 to 5 digits, e.g. 333")
PHONE_NUMBER_FORMAT: Final = Template("FieldFormats", "phone-number", "must be 3 to 12 digits")
SENDER_FORMAT: Final = Template(
    "FieldFormats",
    "sender",
    "must be 1 to 11 letters, digits or spaces, or + followed by up to 16 digits",
)
SMS_TYPE_FORMAT: Final = Template(
    "FieldFormats", "sms-type", "must be one of FL UCS UTF UDH WBK WPS"
)
DAY_FORMAT: Final = Template("FieldFormats", "day", "must be a day from 1 to 31")
MONTH_FORMAT: Final = Template("FieldFormats", "month", "must be a month from 1 to 12")
YEAR_FORMAT: Final = Template(
    "FieldFormats", "year", "must be a year from 00 to 99 (1 or 2 digits)"
)
HOUR_FORMAT: Final = Template("FieldFormats", "hour", "must be an hour from 1 to 12")
MINUTE_FORMAT: Final = Template("FieldFormats", "minute", "must be a minute from 0 to 59")
AM_PM_FORMAT: Final = Template("FieldFormats", "am-pm", "must be AM or PM")
UDH_FORMAT: Final = Template(
    "FieldFormats", "udh", "must be an even number of hex digits, at most 280"
)
DELIVERY_FORMAT: Final = Template("FieldFormats", "delivery", "must be 0 or 1")
NOTIFICATION_FORMAT: Final = Template(
    "FieldFormats", "notification", "must be mailto: followed by an e-mail address"
)
VALIDITY_FORMAT: Final = Template(
    "FieldFormats", "validity", "must be a number of minutes from 1 to 10080"
)
REFERENCE_FORMAT: Final = Template("FieldFormats", "reference", "must be 1 to 20 letters or digits")
DCS_FORMAT: Final = Template("FieldFormats", "dcs", "must be two hex digits")

_FORMATS: Final[dict[str, tuple[re.Pattern[str], Template]]] = {
    "CountryCode": (re.compile(r"\+[0-9]{1,4}"), COUNTRY_CODE_FORMAT),
    "GsmCode": (re.compile(r"[0-9]{2,5}"), GSM_CODE_FORMAT),
    "PhoneNumber": (re.compile(r"[0-9]{3,12}"), PHONE_NUMBER_FORMAT),
    "Sender": (re.compile(r"(?=.*[A-Za-z0-9])[A-Za-z0-9 ]{1,11}|\+[0-9]{1,16}"), SENDER_FORMAT),
    "SmsType": (re.compile(r"FL|UCS|UTF|UDH|WBK|WPS"), SMS_TYPE_FORMAT),
    "SmsDay": (re.compile(r"0?[1-9]|[12][0-9]|3[01]"), DAY_FORMAT),
    "SmsMonth": (re.compile(r"0?[1-9]|1[0-2]"), MONTH_FORMAT),
    "SmsYear": (re.compile(r"[0-9]{1,2}"), YEAR_FORMAT),
    "SmsHour": (re.compile(r"0?[1-9]|1[0-2]"), HOUR_FORMAT),
    "SmsMinute": (re.compile(r"[0-5]?[0-9]"), MINUTE_FORMAT),
    "SmsAmPm": (re.compile(r"AM|PM"), AM_PM_FORMAT),
    "UDH": (re.compile(r"(?:[0-9A-Fa-f]{2}){1,140}"), UDH_FORMAT),
    "Delivery": (re.compile(r"[01]"), DELIVERY_FORMAT),
    "Notification": (re.compile(r"mailto:[^@\s]+@[^@\s]+\.[^@\s]+"), NOTIFICATION_FORMAT),
    "SmsValidity": (re.compile(r"[1-9][0-9]{0,4}"), VALIDITY_FORMAT),
    "SmsRef": (re.compile(r"[A-Za-z0-9]{1,20}"), REFERENCE_FORMAT),
    "DCS": (re.compile(r"[0-9A-Fa-f]{2}"), DCS_FORMAT),
}


_FRAMING_RE: Final = re.compile("[\r\n\x01-\x06]")
_CONTROL_RE: Final = re.compile("[\x00-\x1f\x7f]")


def framing_problem(value: str) -> Phrase | None:
    """Why `value` cannot travel inside a line (CR, LF, Chr(1)..Chr(6)), or None when it can.
    What the gateway itself must refuse; the client refuses more (`control_problem`)."""
    return _first_match(_FRAMING_RE, value)


def control_problem(value: str) -> Phrase | None:
    """Why the client will not send `value`: any C0 control character or DEL, named with its
    position (1-based), or None."""
    return _first_match(_CONTROL_RE, value)


def _first_match(pattern: re.Pattern[str], value: str) -> Phrase | None:
    match = pattern.search(value)
    if match is None:
        return None
    return CONTROL_CHARACTER(name=CONTROL_CHARS[match.group()], position=match.start() + 1)


def format_problem(name: str, value: str, *, strict: bool = True) -> Phrase | None:
    """Why a non-empty `value` does not fit field `name`'s format, or None when it does.

    `strict` (the client) refuses every control character; the simulator passes False and
    refuses only what breaks the framing, as a gateway would, so that it stays lenient in
    what it accepts."""
    problem = control_problem(value) if strict else framing_problem(value)
    if problem:
        return problem
    rule = _FORMATS.get(name)
    if rule is None:  # Gateway, NetworkCode and TextMessage: any value that frames cleanly
        return None
    pattern, reason = rule
    if not pattern.fullmatch(value):
        return reason()
    if name == "SmsValidity" and int(value) > 10080:
        return reason()
    return None


def check_field(name: str, value: str) -> None:
    """Raise FieldError when a non-empty value does not fit its field."""
    if value == "":
        return
    problem = format_problem(name, value)
    if problem:
        raise FieldError(name, value, problem)


@functools.lru_cache(maxsize=1024)
def field_bytes(name: str, value: str, sms_type: str = "") -> bytes:
    """The wire bytes of one field value, validated first (FieldError otherwise).

    Cached because a broadcast repeats 19 of its 20 values message after message; `sms_type`
    matters for TextMessage only (callers pass "" for the others, for more cache hits).
    """
    if not isinstance(value, str):
        raise FieldError(name, repr(value), NOT_TEXT())
    check_field(name, value)
    if name == "TextMessage":
        check_wire_text(value, sms_type)
        return encode_value(value, wire_encoding(sms_type), name)
    return encode_value(value, WIRE_ENCODING, name)


@dataclass(frozen=True, slots=True)
class SmsMessage:
    """One SMS as the gateway sees it: the 20 wire values, "" meaning empty/default.

    `validate()` checks every field; the encoders call it, so an invalid message never
    produces bytes.
    """

    Sender: str = ""
    CountryCode: str = ""
    GsmCode: str = ""
    PhoneNumber: str = ""
    TextMessage: str = ""
    SmsType: str = ""
    SmsDay: str = ""
    SmsMonth: str = ""
    SmsYear: str = ""
    SmsHour: str = ""
    SmsMinute: str = ""
    SmsAmPm: str = ""
    Gateway: str = ""
    NetworkCode: str = ""
    UDH: str = ""
    Delivery: str = ""
    Notification: str = ""
    SmsValidity: str = ""
    SmsRef: str = ""
    DCS: str = ""

    def values(self) -> tuple[str, ...]:
        """The 20 values in <Send Data> order."""
        return _ALL_VALUES(self)

    def as_dict(self) -> dict[str, str]:
        return dict(zip(FIELD_NAMES, _ALL_VALUES(self), strict=True))

    @property
    def recipient(self) -> str:
        """The full international number, e.g. +393331234567."""
        return f"{self.CountryCode}{self.GsmCode}{self.PhoneNumber}"

    def with_values(self, **changes: str) -> SmsMessage:
        # Neither dataclasses.replace nor SmsMessage(**values): this runs once per recipient
        # of a broadcast, and filling the slots of a new instance directly (before anyone
        # can see it, so it is still immutable to all) is several times faster.
        values = list(_ALL_VALUES(self))
        indexes = _INDEXES
        try:
            for name, value in changes.items():
                values[indexes[name]] = value
        except KeyError:
            unknown = sorted(changes.keys() - indexes.keys())
            raise TypeError(f"SmsMessage has no field {', '.join(unknown)}") from None
        return _new_message(*values)

    def validate(self, *, mandatory: bool = True) -> None:
        """Raise FieldError for the first bad field in <Send Data> order.

        With `mandatory`, the five mandatory fields must be present (a standalone message);
        the encoders pass False for an elided message whose empties are deliberate.
        """
        self.encode(mandatory=mandatory)

    def encode(self, *, mandatory: bool = True) -> list[bytes]:
        """The 20 validated wire values in <Send Data> order (see `validate`)."""
        if mandatory and "" in _MANDATORY_VALUES(self):
            for name in MANDATORY:
                if getattr(self, name) == "":
                    raise FieldError(name, "", MANDATORY_EMPTY())
        sms_type = self.SmsType if isinstance(self.SmsType, str) else ""
        # The fast way: a broadcast repeats every value but the number (and perhaps the
        # text), so the other 19 are encoded once for all (the cache keys on the values).
        try:
            encoded = list(_encode_others(_OTHER_VALUES(self), sms_type))
            number = self.PhoneNumber
            # Digits only (ASCII [0-9], 3 to 12): valid as they stand, and their own bytes.
            if _NUMBER_FORMAT.fullmatch(number):
                encoded.insert(_NUMBER, number.encode("ascii"))
            else:
                encoded.insert(_NUMBER, field_bytes("PhoneNumber", number))
        except (FieldError, TypeError):
            pass  # one by one, in <Send Data> order: the first bad field is the one raised
        else:
            return encoded
        return [
            field_bytes(name, value, sms_type if name == "TextMessage" else "")
            for name, value in zip(FIELD_NAMES, _ALL_VALUES(self), strict=True)
        ]


# The slots' own setters (frozen=True blocks setattr), for with_values.
_SLOT_SETTERS: Final = {name: getattr(SmsMessage, name).__set__ for name in FIELD_NAMES}
_INDEXES: Final = {name: index for index, name in enumerate(FIELD_NAMES)}


def _make_new_message() -> object:
    # One straight line of the 20 slot setters, made once: a loop over them (zip, unpacking)
    # cost twice as much, once per recipient.
    names = [f"v{index}" for index in range(len(FIELD_NAMES))]
    body = "".join(f"    s{index}(m, v{index})\n" for index in range(len(FIELD_NAMES)))
    source = f"def new({', '.join(names)}):\n    m = make(SmsMessage)\n{body}    return m\n"
    scope = {f"s{index}": setter for index, setter in enumerate(_SLOT_SETTERS.values())}
    scope |= {"make": object.__new__, "SmsMessage": SmsMessage}
    exec(source, scope)  # our own constant source, no outside text
    return scope["new"]


_new_message: Final = _make_new_message()
_NUMBER: Final = FIELD_NAMES.index("PhoneNumber")
_NUMBER_FORMAT: Final = _FORMATS["PhoneNumber"][0]
_OTHER_NAMES: Final = FIELD_NAMES[:_NUMBER] + FIELD_NAMES[_NUMBER + 1 :]


@functools.lru_cache(maxsize=64)
def _encode_others(others: tuple[str, ...], sms_type: str) -> tuple[bytes, ...]:
    """The wire values of the 19 fields but PhoneNumber (`others`, in <Send Data> order)."""
    return tuple(
        field_bytes(name, value, sms_type if name == "TextMessage" else "")
        for name, value in zip(_OTHER_NAMES, others, strict=True)
    )


assert tuple(f.name for f in fields(SmsMessage)) == FIELD_NAMES
_ALL_VALUES: Final = operator.attrgetter(*FIELD_NAMES)
_MANDATORY_VALUES: Final = operator.attrgetter(*MANDATORY)
_OTHER_VALUES: Final = operator.attrgetter(*_OTHER_NAMES)  # in <Send Data> order
