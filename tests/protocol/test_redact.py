"""redact.py: what the protocol log may show."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol import SmsMessage, ascii, packet
from smsgate_desktop.protocol.redact import SHOWN_CONTROL, mask_password, visible

MESSAGE = SmsMessage(
    Sender="Shop", CountryCode="+39", GsmCode="333", PhoneNumber="1234567", TextMessage="Hi"
)


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        (b"Password=YYYYYY\r\n", b"Password=********\r\n"),
        (b"Password=YYYYYY", b"Password=********"),
        (b"password=x", b"password=********"),
        (b"PASSWORD=a=b c", b"PASSWORD=********"),
        (b"Password=", b"Password=********"),
    ],
)
def test_full_ascii_password_is_masked(line, masked):
    assert mask_password(line) == masked


def test_packet_login_password_is_masked():
    line = packet.login_packet("XXXXXX", "YYYYYY")
    assert mask_password(line) == b"\x01XXXXXX\x02********\x04OKSEND\x05\x06\r\n"


def test_packet_login_and_data_password_is_masked_and_data_kept():
    line = packet.login_data_packet("XXXXXX", "YYYYYY", MESSAGE)
    assert mask_password(line) == (
        b"\x01XXXXXX\x02********\x03Shop\x03+39\x03333\x031234567\x03Hi"
        + b"\x03" * 15
        + b"\x04OKSEND\x05\x06\r\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        b"Account=XXXXXX\r\n",
        b"TextMessage=Password=secret\r\n",
        b"SendSMS=OKSEND\r\n",
        b"SmsQuery=Balance\r\n",
        b"+OK 01 1500 [ID ACCOUNT: 0000 STATUS: Active]",
        packet.data_packet(MESSAGE),
        packet.data_packet(MESSAGE.with_values(TextMessage="Password=abc")),
    ],
)
def test_other_lines_are_unchanged(line):
    assert mask_password(line) == line


_credential = st.text(
    st.characters(blacklist_characters="".join(map(chr, [*range(32), 127])), codec="iso-8859-15"),
    min_size=1,
    max_size=30,
)


@given(st.text(string.ascii_letters + string.digits, min_size=1, max_size=20), _credential)
def test_any_packet_password_is_masked(account, password):
    for line in (
        packet.login_packet(account, password),
        packet.login_data_packet(account, password, MESSAGE),
    ):
        head = b"\x01" + account.encode() + b"\x02"
        rest = line[len(head) + len(password.encode("iso-8859-15")) :]
        assert mask_password(line) == head + b"********" + rest


@given(_credential)
def test_any_ascii_password_is_masked(password):
    assert mask_password(ascii.password_line(password)) == b"Password=********\r\n"


def test_visible_shows_framing_and_controls_by_their_ascii_names():
    assert (
        visible(b"\x01acct\x02********\x04OKSEND\x05\x06\r\n")
        == "<SOH>acct<STX>********<EOT>OKSEND<ENQ><ACK><CR><LF>"
    )
    assert visible(b"\x03a\x03") == "<ETX>a<ETX>"
    assert visible(b"a\x00b\x1bc\x7f\td") == "a<NUL>b<ESC>c<DEL><HT>d"


def test_every_control_character_has_a_name_in_plain_ascii():
    shown = [visible(bytes([code])) for code in [*range(0x20), 0x7F]]
    assert len(set(shown)) == 33  # no two alike
    assert all(re.fullmatch(r"<[A-Z][A-Z0-9]{1,2}>", name) for name in shown), shown
    assert [SHOWN_CONTROL.fullmatch(name) is not None for name in shown] == [True] * 33
    assert SHOWN_CONTROL.search("<B> <xyz> <SOHO>") is None


def test_visible_decodes_utf8_then_iso_8859_15():
    assert visible("Caffè €".encode()) == "Caffè €"
    assert visible("Caffè €".encode("iso-8859-15")) == "Caffè €"


@given(st.binary(max_size=60))
def test_visible_never_fails_and_hides_every_control(data):
    text = visible(data)
    assert not any(ord(c) < 0x20 or ord(c) == 0x7F for c in text)
