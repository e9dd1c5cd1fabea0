"""The lines the gateway writes, byte for byte, each ending with CR LF.

Error texts come from the protocol catalogue; only the wording the spec gives per interface is
chosen here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from ..protocol.errors import (
    ASCII_FIELD_ERROR_TEXTS,
    CATALOGUE,
    CONNECTION_CLOSED_SUFFIX,
    FIELD_ERROR_CODES,
)
from ..protocol.fields import FIELD_NAMES
from ..protocol.wire import CRLF

BAD_REQUEST: Final = 100
DATE_HOUR_TEXT: Final = "Sms Date/Hour Not Valid"

# The Full Ascii table spells three texts with a lower-case "valid" where <Send Data> says
# "Valid". errors.ASCII_FIELD_ERROR_TEXTS only carries the date fields, so the rest of the
# Full Ascii table's wording is completed here; the protocol's entries win if it grows them.
_ASCII_TEXTS: Final = {
    "SmsValidity": "SmsValidity Not valid",
    "SmsRef": "SmsRef Not valid",
    "DCS": "Dcs Not valid",
} | dict(ASCII_FIELD_ERROR_TEXTS)

# The label of each field's ack, `+OK 01 [COUNTRY CODE: +39]`. SmsRef is labelled SMSREF: the
# spec's SMSVALIDITY there is a typo (clarifications §12).
ACK_LABELS: Final = {
    "Sender": "SENDER",
    "CountryCode": "COUNTRY CODE",
    "GsmCode": "GSM CODE",
    "PhoneNumber": "PHONE NUMBER",
    "TextMessage": "SMS TEXTMESSAGE",
    "SmsType": "SMS TYPE",
    "SmsDay": "SMS DAY",
    "SmsMonth": "SMS MONTH",
    "SmsYear": "SMS YEAR",
    "SmsHour": "SMS HOUR",
    "SmsMinute": "SMS MINUTE",
    "SmsAmPm": "SMS AMPM",
    "Gateway": "GATEWAY",
    "NetworkCode": "NETWORK CODE",
    "UDH": "UDH",
    "Delivery": "DELIVERY",
    "Notification": "NOTIFICATION",
    "SmsValidity": "SMSVALIDITY",
    "SmsRef": "SMSREF",
    "DCS": "DCS",
}
assert tuple(ACK_LABELS) == FIELD_NAMES


def _line(text: str | bytes) -> bytes:
    raw = text.encode("iso-8859-15") if isinstance(text, str) else text
    return raw + CRLF


def error(code: int, text: str | None = None, *, closes: bool = False) -> bytes:
    """`-ERR <code> [<text>]`, with ` - [Connection Closed]` when the server closes after it."""
    suffix = CONNECTION_CLOSED_SUFFIX if closes else ""
    return _line(f"-ERR {code} [{text or CATALOGUE[code].text}]{suffix}")


def bad_request(*, closes: bool = False) -> bytes:
    """`-ERR 100 [String Not Valid or Bad Command Request]`."""
    return error(BAD_REQUEST, closes=closes)


def idle_shutdown() -> bytes:
    """`-ERR 102 [Shut Down by Server]`: the spec gives it without the closed suffix."""
    return error(102)


def field_error(field: str, *, ascii_interface: bool) -> bytes:
    """The error a bad value of `field` earns, worded as the interface's table words it.

    Gateway and NetworkCode take any value and have no code of their own: a value the protocol
    core refuses there (a bare CR or LF) is a bad request.
    """
    code = FIELD_ERROR_CODES.get(field)
    if code is None:
        return bad_request()
    if ascii_interface and field in _ASCII_TEXTS:
        return error(code, _ASCII_TEXTS[field])
    return error(code, DATE_HOUR_TEXT if code == 92 else None)


def schedule_error() -> bytes:
    """The six date fields together do not make a date: both interfaces say Date/Hour."""
    return error(92, DATE_HOUR_TEXT)


def greeting(number: int, address: str) -> bytes:
    """`+OK 01 [Connection N With IP]`."""
    return _line(f"+OK 01 [Connection {number} With {address}]")


def account_ack() -> bytes:
    """`+OK 01`: the account exists, the password may follow."""
    return _line("+OK 01")


def logged_in(credit: int, account_id: str, status: str) -> bytes:
    """`+OK 01 1500 [ID ACCOUNT: 0001 STATUS: Active]`."""
    return _line(f"+OK 01 {credit} [ID ACCOUNT: {account_id} STATUS: {status}]")


def field_ack(field: str, value: bytes) -> bytes:
    """`+OK 01 [COUNTRY CODE: +39]`, echoing the value's bytes as received."""
    if field == "SmsType" and value == b"":
        value = b"Text Message"
    return _line(f"+OK 01 [{ACK_LABELS[field]}: ".encode() + value + b"]")


def balance(credit: int) -> bytes:
    """`+OK 01 [1499]`."""
    return _line(f"+OK 01 [{credit}]")


def status(account_status: str) -> bytes:
    """`+OK 01 [Active]`."""
    return _line(f"+OK 01 [{account_status}]")


def sent(credit: int, recipient: str, when: datetime) -> bytes:
    """`+OK 01 1499 [SMS SEND MESSAGE TO: +3933312345 - dd-mm-yy hh:mm:ss AM]`.

    The 12-hour clock is formatted by hand: strftime's %p follows the locale.
    """
    hour = when.hour % 12 or 12
    half = "AM" if when.hour < 12 else "PM"
    stamp = f"{when:%d-%m-%y} {hour:02d}:{when:%M:%S} {half}"
    return _line(f"+OK 01 {credit} [SMS SEND MESSAGE TO: {recipient} - {stamp}]")
