"""The "Packets" interface: <Send Login>, <Send Data>, <Send Login & Data>."""

from __future__ import annotations

from typing import Final

from .errors import FieldError
from .fields import ELIDABLE, FIELD_NAMES, SmsMessage, field_bytes
from .wire import CRLF, MAX_LINE, encode_credential, finish_line

LOGIN: Final = b"\x01"
PASSWORD: Final = b"\x02"
FIELD: Final = b"\x03"
TRAILER: Final = b"\x04OKSEND\x05\x06"
_ELIDABLE_INDEXES: Final = tuple(FIELD_NAMES.index(name) for name in ELIDABLE)
_TRAILER_LINE: Final = TRAILER + CRLF


def login_packet(account: str, password: str) -> bytes:
    """Chr(1) Account Chr(2) Password Chr(4) "OKSEND" Chr(5) Chr(6) CR LF."""
    body = _credentials(account, password) + TRAILER
    return finish_line(body, "Login")


def data_packet(message: SmsMessage, first: SmsMessage | None = None) -> bytes:
    """Chr(3) Sender Chr(3) CountryCode ... Chr(3) Dcs Chr(4) "OKSEND" Chr(5) Chr(6) CR LF,
    elided against `first`, the first accepted message of the connection, if given."""
    return encoded_data_packet(elide_values(message.encode(mandatory=False), _encoded(first)))


def encoded_data_packet(values: list[bytes]) -> bytes:
    """<Send Data> from the 20 already validated wire values (SmsMessage.encode)."""
    return finish_line(FIELD + FIELD.join(values) + TRAILER, "Message")


def elided_data_packet(values: list[bytes], first: list[bytes] | None) -> bytes:
    """encoded_data_packet(elide_values(values, first)) in one call: it runs per message."""
    if first is not None:
        values = list(values)
        for index in _ELIDABLE_INDEXES:
            if values[index] == first[index]:
                values[index] = b""
    line = FIELD + FIELD.join(values) + _TRAILER_LINE
    if len(line) > MAX_LINE:
        return encoded_data_packet(values)  # raises the FieldError for the length
    return line


def login_data_packet(
    account: str, password: str, message: SmsMessage, first: SmsMessage | None = None
) -> bytes:
    """Chr(1) Account Chr(2) Password, then the <Send Data> fields and trailer, CR LF."""
    values = elide_values(message.encode(mandatory=False), _encoded(first))
    body = _credentials(account, password) + FIELD + FIELD.join(values) + TRAILER
    return finish_line(body, "Message")


def elide_values(values: list[bytes], first: list[bytes] | None) -> list[bytes]:
    """The wire values with CountryCode, GsmCode, Sender and TextMessage emptied where they
    equal the first accepted message's (compared as bytes: the same text under another
    SmsType is other bytes, and the server would repeat the first message's bytes)."""
    if first is None:
        return values
    values = list(values)
    for index in _ELIDABLE_INDEXES:
        if values[index] == first[index]:
            values[index] = b""
    return values


def _encoded(message: SmsMessage | None) -> list[bytes] | None:
    return None if message is None else message.encode(mandatory=False)


def elide(message: SmsMessage, first: SmsMessage | None) -> SmsMessage:
    """Empty the fields that equal the first accepted message of the connection (the spec's
    Note: an empty CountryCode, GsmCode, Sender or TextMessage takes that message's value)."""
    if first is None:
        return message
    same = {name: "" for name in ELIDABLE if _held(message, name) == _held(first, name)}
    return message.with_values(**same) if same else message


def _held(message: SmsMessage, name: str) -> object:
    """What the server holds for field `name`: the text as bytes (the same text under another
    SmsType is other bytes, and the server would repeat the first message's bytes)."""
    value = getattr(message, name)
    if name != "TextMessage":
        return value
    try:
        return field_bytes(name, value, message.SmsType)
    except (FieldError, TypeError):
        return object()  # not sendable: never equal, validation will refuse it


def _credentials(account: str, password: str) -> bytes:
    return (
        LOGIN
        + encode_credential("Account", account)
        + PASSWORD
        + encode_credential("Password", password)
    )
