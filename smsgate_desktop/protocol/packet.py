"""The "Packets" interface: <Send Login>, <Send Data>, <Send Login & Data>."""

from __future__ import annotations

from typing import Final

from .fields import ELIDABLE, FIELD_NAMES, SmsMessage
from .text import encode_value, wire_encoding
from .wire import encode_credential, finish_line

LOGIN: Final = b"\x01"
PASSWORD: Final = b"\x02"
FIELD: Final = b"\x03"
TRAILER: Final = b"\x04OKSEND\x05\x06"


def login_packet(account: str, password: str) -> bytes:
    """Chr(1) Account Chr(2) Password Chr(4) "OKSEND" Chr(5) Chr(6) CR LF."""
    body = _credentials(account, password) + TRAILER
    return finish_line(body, "Login")


def data_packet(message: SmsMessage) -> bytes:
    """Chr(3) Sender Chr(3) CountryCode ... Chr(3) Dcs Chr(4) "OKSEND" Chr(5) Chr(6) CR LF."""
    return finish_line(_data(message) + TRAILER, "Message")


def login_data_packet(account: str, password: str, message: SmsMessage) -> bytes:
    """Chr(1) Account Chr(2) Password, then the <Send Data> fields and trailer, CR LF."""
    body = _credentials(account, password) + _data(message) + TRAILER
    return finish_line(body, "Message")


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
        return value.encode(wire_encoding(message.SmsType))
    except (UnicodeEncodeError, AttributeError):
        return object()  # not sendable: never equal, validation will refuse it


def _credentials(account: str, password: str) -> bytes:
    return (
        LOGIN
        + encode_credential("Account", account)
        + PASSWORD
        + encode_credential("Password", password)
    )


def _data(message: SmsMessage) -> bytes:
    message.validate(mandatory=False)
    encoded = []
    for name, value in zip(FIELD_NAMES, message.values(), strict=True):
        encoding = wire_encoding(message.SmsType) if name == "TextMessage" else "iso-8859-15"
        encoded.append(encode_value(value, encoding, name))
    return FIELD + FIELD.join(encoded)
