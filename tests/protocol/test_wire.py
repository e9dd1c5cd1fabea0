"""wire.py: CR LF, the 4096-byte limit, credentials, the two interfaces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol import MAX_LINE, FieldError, Interface
from smsgate_desktop.protocol.wire import CRLF, MASK, encode_credential, finish_line

FRAMING = [("\r", "CR"), ("\n", "LF")] + [(chr(i), f"Chr({i})") for i in range(1, 7)]


def test_constants():
    assert CRLF == b"\r\n"
    assert MAX_LINE == 4096
    assert MASK == "********"


def test_interfaces():
    assert Interface("ascii") is Interface.ASCII
    assert Interface("packet") is Interface.PACKET
    assert {str(i) for i in Interface} == {"ascii", "packet"}
    with pytest.raises(ValueError):
        Interface("telnet")


def test_finish_line_appends_crlf():
    assert finish_line(b"Account=XXXXXX", "Account") == b"Account=XXXXXX\r\n"
    assert finish_line(b"", "x") == b"\r\n"


def test_line_of_exactly_4096_bytes_including_crlf_is_accepted():
    line = finish_line(b"a" * 4094, "TextMessage")
    assert len(line) == 4096
    assert line.endswith(b"a\r\n")


def test_line_of_4097_bytes_is_refused():
    with pytest.raises(FieldError) as info:
        finish_line(b"a" * 4095, "TextMessage")
    assert info.value.field == "TextMessage"
    assert "4097" in info.value.reason
    assert "4096" in info.value.reason
    assert b"a" * 100 not in str(info.value).encode()  # the content is not dumped


@pytest.mark.parametrize("name", ["Account", "Password"])
def test_credential_is_iso_8859_15(name):
    assert encode_credential(name, "XXXXXX") == b"XXXXXX"
    assert encode_credential(name, "pässwörd€") == b"p\xe4ssw\xf6rd\xa4"
    assert encode_credential(name, "a=b c") == b"a=b c"  # only framing bytes are refused


@pytest.mark.parametrize("name", ["Account", "Password"])
def test_empty_credential_is_refused(name):
    with pytest.raises(FieldError) as info:
        encode_credential(name, "")
    assert info.value.field == name
    assert info.value.reason == "is empty"


@pytest.mark.parametrize(("char", "label"), FRAMING)
def test_framing_character_in_account_is_refused_and_shown(char, label):
    account = f"acc{char}ount"
    with pytest.raises(FieldError) as info:
        encode_credential("Account", account)
    assert info.value.field == "Account"
    assert info.value.value == account
    assert label in info.value.reason
    assert "position 4" in info.value.reason


def _no_trace_of(secret: str, exc: BaseException) -> None:
    """Not in the error, nor in any exception chained to it (a logger may print those)."""
    seen: BaseException | None = exc
    while seen is not None:
        texts = [str(seen), repr(seen), *map(str, seen.args)]
        if isinstance(seen, FieldError):
            texts += [seen.value, seen.reason]
        for text in texts:
            assert secret not in text
        seen = seen.__cause__ or seen.__context__


@pytest.mark.parametrize(("char", "label"), FRAMING)
def test_framing_character_in_password_is_refused_without_showing_it(char, label):
    password = f"s3cr{char}tPass"
    with pytest.raises(FieldError) as info:
        encode_credential("Password", password)
    assert info.value.field == "Password"
    assert info.value.value == MASK
    assert label in info.value.reason
    _no_trace_of("s3cr", info.value)
    _no_trace_of("tPass", info.value)


def test_unencodable_password_is_refused_without_showing_any_of_it():
    with pytest.raises(FieldError) as info:
        encode_credential("Password", "hunter2Жzz")
    assert info.value.field == "Password"
    assert info.value.value == MASK
    assert "position 8" in info.value.reason
    assert "ISO-8859-15" in info.value.reason
    _no_trace_of("hunter2", info.value)
    _no_trace_of("Ж", info.value)  # not even the offending character


def test_unencodable_account_is_refused_and_named():
    with pytest.raises(FieldError) as info:
        encode_credential("Account", "Жacc")
    assert info.value.field == "Account"
    assert info.value.value == "Жacc"
    assert "Ж" in info.value.reason


@given(st.text(min_size=1, max_size=40))
def test_password_never_appears_in_an_error(password):
    try:
        encode_credential("Password", password)
    except FieldError as exc:
        assert exc.value == MASK
        assert exc.__context__ is None  # no chained error carries the password
        assert exc.__cause__ is None
        if len(password) >= 2:
            # A one-character password may coincide with words of the reason.
            assert password not in str(exc)
            assert password not in exc.reason
