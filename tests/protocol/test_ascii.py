"""ascii.py: the Full Ascii request lines, byte-exact against the spec's tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol import FIELD_NAMES, FieldError, SmsMessage, ascii

# ---- every example line of the spec


def test_authentication_lines():
    assert ascii.account_line("XXXXXX") == b"Account=XXXXXX\r\n"
    assert ascii.password_line("YYYYYY") == b"Password=YYYYYY\r\n"


SPEC_FIELD_LINES = [
    # SUBMISSION
    ("CountryCode", "+39", b"CountryCode=+39\r\n"),
    ("GsmCode", "333", b"GsmCode=333\r\n"),
    ("PhoneNumber", "12345", b"PhoneNumber=12345\r\n"),
    ("Sender", "+3933300000", b"Sender=+3933300000\r\n"),
    ("TextMessage", "Hello", b"TextMessage=Hello\r\n"),
    # OPTIONAL PARAMETERS
    ("SmsType", "", b"SmsType=\r\n"),
    ("SmsType", "FL", b"SmsType=FL\r\n"),
    ("SmsType", "UCS", b"SmsType=UCS\r\n"),
    ("SmsType", "UTF", b"SmsType=UTF\r\n"),
    ("SmsType", "UDH", b"SmsType=UDH\r\n"),
    ("SmsType", "WBK", b"SmsType=WBK\r\n"),
    ("SmsType", "WPS", b"SmsType=WPS\r\n"),
    ("SmsDay", "25", b"SmsDay=25\r\n"),
    ("SmsMonth", "12", b"SmsMonth=12\r\n"),
    ("SmsYear", "05", b"SmsYear=05\r\n"),
    ("SmsHour", "07", b"SmsHour=07\r\n"),
    ("SmsMinute", "25", b"SmsMinute=25\r\n"),
    ("SmsAmPm", "PM", b"SmsAmPm=PM\r\n"),
    ("UDH", "06050415810000", b"UDH=06050415810000\r\n"),
    ("Delivery", "1", b"Delivery=1\r\n"),
    ("Notification", "mailto:xxxxx@xxxx.com", b"Notification=mailto:xxxxx@xxxx.com\r\n"),
    ("SmsValidity", "1440", b"SmsValidity=1440\r\n"),
    ("SmsRef", "AB10000123", b"SmsRef=AB10000123\r\n"),
    ("DCS", "00", b"DCS=00\r\n"),
]


@pytest.mark.parametrize(("name", "value", "line"), SPEC_FIELD_LINES)
def test_spec_field_line(name, value, line):
    assert ascii.field_line(name, value) == line


def test_confirmation_and_query_lines():
    assert ascii.SEND_LINE == b"SendSMS=OKSEND\r\n"
    assert ascii.query_line("Balance") == b"SmsQuery=Balance\r\n"
    assert ascii.query_line("Status") == b"SmsQuery=Status\r\n"


@pytest.mark.parametrize("kind", ["balance", "STATUS", "Credit", ""])
def test_unknown_query_is_refused(kind):
    with pytest.raises(ValueError, match="unknown query"):
        ascii.query_line(kind)


@pytest.mark.parametrize("name", ["Account", "Password", "SendSMS", "sender", "Udh", ""])
def test_unknown_field_is_refused(name):
    with pytest.raises(ValueError, match="unknown field"):
        ascii.field_line(name, "x")


def test_empty_field_line_resets_to_default():
    for name in FIELD_NAMES:
        assert ascii.field_line(name, "") == name.encode() + b"=\r\n"


# ---- validation before a byte is written


@pytest.mark.parametrize("char", ["\r", "\n", *map(chr, range(1, 7))])
@pytest.mark.parametrize("name", FIELD_NAMES)
def test_field_line_refuses_framing(name, char):
    with pytest.raises(FieldError) as info:
        ascii.field_line(name, f"1{char}")
    assert info.value.field == name
    assert info.value.value == f"1{char}"


@pytest.mark.parametrize("char", ["\r", "\n", *map(chr, range(1, 7))])
def test_credential_lines_refuse_framing_and_hide_the_password(char):
    with pytest.raises(FieldError) as info:
        ascii.account_line(f"acct{char}")
    assert info.value.field == "Account"
    with pytest.raises(FieldError) as info:
        ascii.password_line(f"topsecret{char}")
    assert info.value.field == "Password"
    assert "topsecret" not in str(info.value)


def test_field_line_refuses_bad_format():
    with pytest.raises(FieldError) as info:
        ascii.field_line("GsmCode", "3")
    assert info.value.field == "GsmCode"


def test_text_encoding_follows_sms_type():
    assert ascii.field_line("TextMessage", "5 €") == b"TextMessage=5 \xa4\r\n"
    assert ascii.field_line("TextMessage", "5 €", "FL") == b"TextMessage=5 \xa4\r\n"
    assert ascii.field_line("TextMessage", "5 €", "UTF") == b"TextMessage=5 \xe2\x82\xac\r\n"
    assert ascii.field_line("TextMessage", "Жук", "UTF") == "TextMessage=Жук\r\n".encode()
    with pytest.raises(FieldError) as info:
        ascii.field_line("TextMessage", "Жук")
    assert info.value.field == "TextMessage"
    # The sms_type argument affects only the text.
    assert ascii.field_line("Gateway", "é", "UTF") == b"Gateway=\xe9\r\n"


def test_line_limit_counts_bytes_including_crlf():
    # "TextMessage=" is 12 bytes, CR LF 2: 4082 characters make exactly 4096 bytes.
    assert len(ascii.field_line("TextMessage", "a" * 4082)) == 4096
    with pytest.raises(FieldError) as info:
        ascii.field_line("TextMessage", "a" * 4083)
    assert info.value.field == "TextMessage"
    assert "4097" in info.value.reason
    # UTF-8 counts bytes, not characters: 1360 euro signs are 4080 bytes, 1361 are 4083.
    assert len(ascii.field_line("TextMessage", "€" * 1360, "UTF")) == 4094
    with pytest.raises(FieldError):
        ascii.field_line("TextMessage", "€" * 1361, "UTF")


def test_credential_line_limit():
    assert len(ascii.account_line("a" * 4086)) == 4096
    with pytest.raises(FieldError):
        ascii.account_line("a" * 4087)
    assert len(ascii.password_line("p" * 4085)) == 4096
    with pytest.raises(FieldError) as info:
        ascii.password_line("p" * 4086)
    assert info.value.field == "Password"
    assert "p" * 20 not in str(info.value)


# ---- message_lines: what a message costs on a connection where fields persist

FIRST = SmsMessage(
    Sender="Shop",
    CountryCode="+39",
    GsmCode="333",
    PhoneNumber="1234567",
    TextMessage="Hello",
)


def _held_after(lines: list[tuple[str, bytes]]) -> dict[str, bytes]:
    """What the server holds once every line was acknowledged."""
    return {name: line[len(name) + 1 : -2] for name, line in lines}


def test_first_message_sends_every_non_empty_field_in_send_data_order():
    message = FIRST.with_values(SmsDay="25", DCS="00")
    assert ascii.message_lines(message, {}) == [
        ("Sender", b"Sender=Shop\r\n"),
        ("CountryCode", b"CountryCode=+39\r\n"),
        ("GsmCode", b"GsmCode=333\r\n"),
        ("PhoneNumber", b"PhoneNumber=1234567\r\n"),
        ("TextMessage", b"TextMessage=Hello\r\n"),
        ("SmsDay", b"SmsDay=25\r\n"),
        ("DCS", b"DCS=00\r\n"),
    ]


def test_unchanged_fields_are_not_resent_but_phone_number_always_is():
    held = _held_after(ascii.message_lines(FIRST, {}))
    assert ascii.message_lines(FIRST, held) == [("PhoneNumber", b"PhoneNumber=1234567\r\n")]
    second = FIRST.with_values(PhoneNumber="7654321", GsmCode="347")
    assert ascii.message_lines(second, held) == [
        ("GsmCode", b"GsmCode=347\r\n"),
        ("PhoneNumber", b"PhoneNumber=7654321\r\n"),
    ]


def test_field_dropped_since_last_message_is_sent_empty():
    held = _held_after(ascii.message_lines(FIRST.with_values(SmsDay="25", Delivery="1"), {}))
    assert ascii.message_lines(FIRST, held) == [
        ("PhoneNumber", b"PhoneNumber=1234567\r\n"),
        ("SmsDay", b"SmsDay=\r\n"),
        ("Delivery", b"Delivery=\r\n"),
    ]


def test_same_text_under_another_encoding_is_resent():
    first = FIRST.with_values(TextMessage="Caffè")
    held = _held_after(ascii.message_lines(first, {}))
    second = first.with_values(SmsType="UTF")
    assert ascii.message_lines(second, held) == [
        ("PhoneNumber", b"PhoneNumber=1234567\r\n"),
        ("TextMessage", "TextMessage=Caffè\r\n".encode()),
        ("SmsType", b"SmsType=UTF\r\n"),
    ]
    # Pure ASCII text is the same bytes under both: not re-sent.
    held = _held_after(ascii.message_lines(FIRST, {}))
    assert ("TextMessage", b"TextMessage=Hello\r\n") not in ascii.message_lines(
        FIRST.with_values(SmsType="UTF"), held
    )


def test_message_lines_validate_first():
    with pytest.raises(FieldError) as info:
        ascii.message_lines(FIRST.with_values(SmsMonth="13"), {})
    assert info.value.field == "SmsMonth"
    with pytest.raises(FieldError) as info:
        ascii.message_lines(FIRST.with_values(TextMessage="Жук"), {})
    assert info.value.field == "TextMessage"


# ---- round trip

CONTROLS = "".join(map(chr, [*range(32), 127]))  # the client refuses every one
_safe_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters=CONTROLS),
    max_size=60,
)


@given(st.sampled_from(["Gateway", "NetworkCode", "TextMessage"]), _safe_text)
def test_free_field_line_splits_back_into_keyword_and_value(name, value):
    encoding = "utf-8" if name == "TextMessage" else "iso-8859-15"
    try:
        line = ascii.field_line(name, value, "UTF")
    except FieldError as exc:  # only a character ISO-8859-15 cannot carry, outside the text
        assert exc.field == name
        with pytest.raises(UnicodeEncodeError):
            value.encode(encoding)
        return
    assert line.endswith(b"\r\n")
    assert line.count(b"\r\n") == 1
    keyword, _, raw = line[:-2].partition(b"=")
    assert keyword.decode() == name
    assert raw.decode(encoding) == value


@given(st.text(max_size=20).filter(lambda s: s != ""))
def test_credential_line_splits_back_or_is_refused(account):
    try:
        line = ascii.account_line(account)
    except FieldError as exc:
        assert exc.field == "Account"
    else:
        keyword, _, raw = line[:-2].partition(b"=")
        assert keyword == b"Account"
        assert raw.decode("iso-8859-15") == account
