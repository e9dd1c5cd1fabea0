"""One received line -> one request. Pure: no state, no I/O.

A line is the bytes before CR LF. Lines starting with Chr(1) or Chr(3) are packets, and a packet
value holding any of Chr(1)..Chr(6) is bad framing (clarifications §13); every other line is a
Full Ascii `Keyword=value` request. Values stay bytes: how TextMessage decodes depends
on the SmsType in force when the message is sent, which only the gateway knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ..protocol.fields import FIELD_NAMES
from ..protocol.packet import FIELD, LOGIN, PASSWORD, TRAILER

# Chr(1)..Chr(6) frame packets: no packet value may carry one.
FRAMING_BYTES: Final = frozenset(range(1, 7))

_FIELDS_BY_KEYWORD: Final = {name.lower(): name for name in FIELD_NAMES}


@dataclass(frozen=True, slots=True)
class AccountLine:
    """`Account=XXXXXX`."""

    account: bytes


@dataclass(frozen=True, slots=True)
class PasswordLine:
    """`Password=YYYYYY`."""

    password: bytes


@dataclass(frozen=True, slots=True)
class FieldLine:
    """`CountryCode=+39` and the 19 other fields; `field` is the canonical FIELD_NAMES name."""

    field: str
    value: bytes


@dataclass(frozen=True, slots=True)
class SendLine:
    """`SendSMS=...`; only the value OKSEND sends."""

    value: bytes


@dataclass(frozen=True, slots=True)
class QueryLine:
    """`SmsQuery=...`; Balance and Status are the queries that exist."""

    value: bytes


@dataclass(frozen=True, slots=True)
class PacketLogin:
    """<Send Login>."""

    account: bytes
    password: bytes


@dataclass(frozen=True, slots=True)
class PacketData:
    """<Send Data>: the 20 values in FIELD_NAMES order."""

    values: tuple[bytes, ...]


@dataclass(frozen=True, slots=True)
class PacketLoginData:
    """<Send Login & Data>."""

    account: bytes
    password: bytes
    values: tuple[bytes, ...]


@dataclass(frozen=True, slots=True)
class BadRequest:
    """Anything else: answered `-ERR 100`, the connection stays open."""

    reason: str


Request = (
    AccountLine
    | PasswordLine
    | FieldLine
    | SendLine
    | QueryLine
    | PacketLogin
    | PacketData
    | PacketLoginData
    | BadRequest
)


def parse_request(line: bytes) -> Request:
    """Classify one line (without its CR LF)."""
    line = bytes(line)
    if line.startswith(LOGIN):
        return _parse_login_packet(line)
    if line.startswith(FIELD):
        return _parse_data_packet(line)
    return _parse_ascii(line)


def _parse_ascii(line: bytes) -> Request:
    keyword, sep, value = line.partition(b"=")
    if not sep:
        return BadRequest("no '=' in the line")
    # Keywords are ASCII; a keyword with other bytes is simply unknown. A value is not judged
    # here, not even for Chr(1)..Chr(6): that is the field's validation and earns its code.
    name = keyword.decode("latin-1").lower()
    if name == "account":
        return AccountLine(value)
    if name == "password":
        return PasswordLine(value)
    if name == "sendsms":
        return SendLine(value)
    if name == "smsquery":
        return QueryLine(value)
    if name in _FIELDS_BY_KEYWORD:
        return FieldLine(_FIELDS_BY_KEYWORD[name], value)
    return BadRequest(f"unknown keyword {keyword!r}")


def _parse_login_packet(line: bytes) -> Request:
    body = _packet_body(line)
    if body is None:
        return BadRequest("packet without the OKSEND trailer")
    account, sep, rest = body.partition(PASSWORD)
    if not sep:
        return BadRequest("login packet without Chr(2)")
    password, *values = rest.split(FIELD)
    if _has_framing(account, password, *values):
        return BadRequest("framing byte inside a login packet value")
    if not values:
        return PacketLogin(account, password)
    if len(values) != len(FIELD_NAMES):
        return BadRequest(f"login & data packet with {len(values)} fields, not 20")
    return PacketLoginData(account, password, tuple(values))


def _parse_data_packet(line: bytes) -> Request:
    body = _packet_body(line)
    if body is None:
        return BadRequest("packet without the OKSEND trailer")
    values = body.split(FIELD)
    if len(values) != len(FIELD_NAMES):
        return BadRequest(f"data packet with {len(values)} fields, not 20")
    if _has_framing(*values):
        return BadRequest("framing byte inside a data packet value")
    return PacketData(tuple(values))


def _packet_body(line: bytes) -> bytes | None:
    """What lies between the leading Chr(1)/Chr(3) and the trailer, or None without trailer."""
    if len(line) < 1 + len(TRAILER) or not line.endswith(TRAILER):
        return None
    return line[1 : -len(TRAILER)]


def _has_framing(*values: bytes) -> bool:
    return any(byte in FRAMING_BYTES for value in values for byte in value)
