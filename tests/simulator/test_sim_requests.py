"""requests.py: one line -> one request."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol.fields import FIELD_NAMES
from smsgate_desktop.simulator.requests import (
    AccountLine,
    BadRequest,
    FieldLine,
    PacketData,
    PacketLogin,
    PacketLoginData,
    PasswordLine,
    QueryLine,
    SendLine,
    parse_request,
)

TRAILER = b"\x04OKSEND\x05\x06"
TWENTY = tuple(b"v%d" % i for i in range(20))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"Account=demo", AccountLine(b"demo")),
        (b"ACCOUNT=demo", AccountLine(b"demo")),
        (b"account=", AccountLine(b"")),
        (b"Password=a=b", PasswordLine(b"a=b")),
        (b"password= x ", PasswordLine(b" x ")),
        (b"SendSMS=OKSEND", SendLine(b"OKSEND")),
        (b"sendsms=oksend", SendLine(b"oksend")),
        (b"SmsQuery=Balance", QueryLine(b"Balance")),
        (b"SMSQUERY=Status", QueryLine(b"Status")),
        (b"CountryCode=+39", FieldLine("CountryCode", b"+39")),
        (b"countrycode=+39", FieldLine("CountryCode", b"+39")),
        (b"UDH=0605", FieldLine("UDH", b"0605")),
        (b"Udh=0605", FieldLine("UDH", b"0605")),
        (b"dcs=00", FieldLine("DCS", b"00")),
        (b"Gateway=", FieldLine("Gateway", b"")),
        (b"NETWORKCODE=22201", FieldLine("NetworkCode", b"22201")),
        (b"TextMessage=a\rb\nc", FieldLine("TextMessage", b"a\rb\nc")),
        (b"TextMessage=\xe2\x82\xac", FieldLine("TextMessage", b"\xe2\x82\xac")),
        # Chr(1)..Chr(6) in a Full Ascii value is for the field's validation to refuse.
        (b"TextMessage=a\x01b", FieldLine("TextMessage", b"a\x01b")),
        (b"Sender=x\x04OKSEND\x05\x06", FieldLine("Sender", b"x\x04OKSEND\x05\x06")),
    ],
)
def test_full_ascii_lines(line: bytes, expected: object) -> None:
    assert parse_request(line) == expected


@pytest.mark.parametrize("name", FIELD_NAMES)
def test_every_field_keyword_in_any_case(name: str) -> None:
    for keyword in (name, name.upper(), name.lower()):
        assert parse_request(keyword.encode() + b"=x") == FieldLine(name, b"x")


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"Account",
        b"hello world",
        b" Account=demo",  # nothing is trimmed: " Account" is no keyword
        b"Account =demo",
        b"Phone=123",
        b"SendSMS",
        b"\xff\xfe=1",
    ],
)
def test_bad_full_ascii_lines(line: bytes) -> None:
    assert isinstance(parse_request(line), BadRequest)


def test_login_packet() -> None:
    assert parse_request(b"\x01demo\x02secret" + TRAILER) == PacketLogin(b"demo", b"secret")
    assert parse_request(b"\x01\x02" + TRAILER) == PacketLogin(b"", b"")


def test_data_packet() -> None:
    assert parse_request(b"\x03" + b"\x03".join(TWENTY) + TRAILER) == PacketData(TWENTY)
    empty = b"\x03" + b"\x03" * 19 + TRAILER
    assert parse_request(empty) == PacketData((b"",) * 20)


def test_login_and_data_packet() -> None:
    line = b"\x01demo\x02secret\x03" + b"\x03".join(TWENTY) + TRAILER
    assert parse_request(line) == PacketLoginData(b"demo", b"secret", TWENTY)


@pytest.mark.parametrize(
    "line",
    [
        b"\x03" + b"\x03".join(TWENTY[:19]) + TRAILER,  # 19 fields
        b"\x03" + b"\x03".join((*TWENTY, b"x")) + TRAILER,  # 21 fields
        b"\x03" + b"\x03".join(TWENTY),  # no trailer
        b"\x03" + b"\x03".join(TWENTY) + b"\x04OKSEND\x05",  # truncated trailer
        b"\x03" + b"\x03".join(TWENTY) + TRAILER + b"x",  # bytes after the trailer
        b"\x03" + b"\x03".join((b"a\x02b", *TWENTY[1:])) + TRAILER,  # Chr(2) in a field
        b"\x03" + b"\x03".join((b"a\x06", *TWENTY[1:])) + TRAILER,  # Chr(6) in a field
        b"\x03" + b"\x03".join((*TWENTY[:19], b"x\x04OKSEND\x05\x06")) + TRAILER,
        b"\x01demo" + TRAILER,  # no Chr(2)
        b"\x01demo\x02pass",  # no trailer
        b"\x01de\x01mo\x02pass" + TRAILER,  # Chr(1) in the account
        b"\x01demo\x02pa\x02ss" + TRAILER,  # Chr(2) in the password
        b"\x01demo\x02pass\x03" + TRAILER,  # login & data with 1 field
        b"\x01demo\x02pass\x03" + b"\x03".join(TWENTY[:19]) + TRAILER,
        b"\x01\x04OKSEND\x05\x06",
        b"\x03" + TRAILER,
    ],
)
def test_bad_framing(line: bytes) -> None:
    assert isinstance(parse_request(line), BadRequest)


@given(st.binary(max_size=300))
def test_any_bytes_make_a_request(line: bytes) -> None:
    request = parse_request(line)
    assert request is not None
    if isinstance(request, PacketData | PacketLoginData):
        assert len(request.values) == 20
