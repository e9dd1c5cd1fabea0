"""packet.py: <Send Login>, <Send Data>, <Send Login & Data>, byte-exact, and elision."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol import FIELD_NAMES, FieldError, SmsMessage, packet

# The example values of the spec's SUBMISSION and OPTIONAL PARAMETERS tables, as one message.
SPEC_MESSAGE = SmsMessage(
    Sender="+3933300000",
    CountryCode="+39",
    GsmCode="333",
    PhoneNumber="12345",
    TextMessage="Hello",
    SmsType="UDH",
    SmsDay="25",
    SmsMonth="12",
    SmsYear="05",
    SmsHour="07",
    SmsMinute="25",
    SmsAmPm="PM",
    Gateway="",
    NetworkCode="",
    UDH="06050415810000",
    Delivery="1",
    Notification="mailto:xxxxx@xxxx.com",
    SmsValidity="1440",
    SmsRef="AB10000123",
    DCS="00",
)

# Written out by hand from the spec's layout: Chr(3) before each of the 20 fields, in order
# Sender CountryCode GsmCode PhoneNumber TextMessage SmsType SmsDay SmsMonth SmsYear SmsHour
# SmsMinute SmsAmPm Gateway NetworkCode Udh Delivery Notification SmsValidity SmsRef Dcs.
SPEC_DATA = (
    b"\x03+3933300000"
    b"\x03+39"
    b"\x03333"
    b"\x0312345"
    b"\x03Hello"
    b"\x03UDH"
    b"\x0325"
    b"\x0312"
    b"\x0305"
    b"\x0307"
    b"\x0325"
    b"\x03PM"
    b"\x03"
    b"\x03"
    b"\x0306050415810000"
    b"\x031"
    b"\x03mailto:xxxxx@xxxx.com"
    b"\x031440"
    b"\x03AB10000123"
    b"\x0300"
)
TRAILER = b"\x04OKSEND\x05\x06\r\n"


def test_send_login_packet():
    assert packet.login_packet("XXXXXX", "YYYYYY") == b"\x01XXXXXX\x02YYYYYY\x04OKSEND\x05\x06\r\n"


def test_send_data_packet():
    assert packet.data_packet(SPEC_MESSAGE) == SPEC_DATA + TRAILER
    assert SPEC_DATA.count(b"\x03") == 20


def test_send_login_and_data_packet():
    assert packet.login_data_packet("XXXXXX", "YYYYYY", SPEC_MESSAGE) == (
        b"\x01XXXXXX\x02YYYYYY" + SPEC_DATA + TRAILER
    )


def test_gateway_and_network_code_sit_between_ampm_and_udh():
    message = SPEC_MESSAGE.with_values(Gateway="GW7", NetworkCode="22201")
    assert b"\x03PM\x03GW7\x0322201\x0306050415810000\x03" in packet.data_packet(message)


def test_minimal_message_has_twenty_fields():
    message = SmsMessage(
        Sender="Shop", CountryCode="+39", GsmCode="333", PhoneNumber="1234567", TextMessage="Hi"
    )
    assert packet.data_packet(message) == (
        b"\x03Shop\x03+39\x03333\x031234567\x03Hi" + b"\x03" * 15 + TRAILER
    )


def test_constants():
    assert packet.LOGIN == b"\x01"
    assert packet.PASSWORD == b"\x02"
    assert packet.FIELD == b"\x03"
    assert packet.TRAILER == b"\x04OKSEND\x05\x06"


def test_text_encoding_follows_sms_type():
    base = SPEC_MESSAGE.with_values(SmsType="", UDH="", TextMessage="5 €")
    assert b"\x035 \xa4\x03" in packet.data_packet(base)
    assert b"\x035 \xe2\x82\xac\x03" in packet.data_packet(base.with_values(SmsType="UTF"))
    with pytest.raises(FieldError) as info:
        packet.data_packet(base.with_values(TextMessage="Жук"))
    assert info.value.field == "TextMessage"
    assert "Жук".encode() in packet.data_packet(base.with_values(TextMessage="Жук", SmsType="UTF"))


# ---- refusals

FRAMING = ["\r", "\n", *map(chr, range(1, 7))]


@pytest.mark.parametrize("char", FRAMING)
@pytest.mark.parametrize("name", FIELD_NAMES)
def test_framing_character_in_a_field_is_refused(name, char):
    value = (getattr(SPEC_MESSAGE, name) or "x")[:1] + char
    with pytest.raises(FieldError) as info:
        packet.data_packet(SPEC_MESSAGE.with_values(**{name: value}))
    assert info.value.field == name
    assert info.value.value == value


@pytest.mark.parametrize("char", FRAMING)
def test_framing_character_in_credentials_is_refused(char):
    with pytest.raises(FieldError) as info:
        packet.login_packet(f"acct{char}", "pw")
    assert info.value.field == "Account"
    with pytest.raises(FieldError) as info:
        packet.login_data_packet("acct", f"mysecret{char}", SPEC_MESSAGE)
    assert info.value.field == "Password"
    assert "mysecret" not in str(info.value)


def test_empty_credentials_are_refused():
    with pytest.raises(FieldError, match="Account"):
        packet.login_packet("", "pw")
    with pytest.raises(FieldError, match="Password"):
        packet.login_packet("acct", "")


def test_invalid_field_is_refused_before_encoding():
    with pytest.raises(FieldError) as info:
        packet.data_packet(SPEC_MESSAGE.with_values(SmsValidity="10081"))
    assert info.value.field == "SmsValidity"
    with pytest.raises(FieldError) as info:
        packet.data_packet(SPEC_MESSAGE.with_values(Gateway="Ā"))
    assert info.value.field == "Gateway"


# ---- 4096 bytes, including CR LF

SHORT = SmsMessage(Sender="A", CountryCode="+39", GsmCode="333", PhoneNumber="12345")
# 20 x Chr(3) + "A" "+39" "333" "12345" (12) + Chr(4) OKSEND Chr(5) Chr(6) (9) + CR LF (2) = 43


def test_data_packet_of_exactly_4096_bytes_is_accepted():
    line = packet.data_packet(SHORT.with_values(TextMessage="t" * 4053))
    assert len(line) == 4096


def test_data_packet_of_4097_bytes_is_refused():
    with pytest.raises(FieldError) as info:
        packet.data_packet(SHORT.with_values(TextMessage="t" * 4054))
    assert "4097" in info.value.reason


def test_utf_text_counts_its_bytes():
    # With SmsType "UTF" (3 more bytes) the overhead is 46: 1350 euro signs are 4050 bytes.
    with_type = SHORT.with_values(SmsType="UTF")
    assert len(packet.data_packet(with_type.with_values(TextMessage="€" * 1350))) == 4096
    with pytest.raises(FieldError):
        packet.data_packet(with_type.with_values(TextMessage="€" * 1350 + "x"))


def test_login_and_data_limit():
    # Chr(1) "acct" Chr(2) "pw" = 8 more bytes than <Send Data>.
    line = packet.login_data_packet("acct", "pw", SHORT.with_values(TextMessage="t" * 4045))
    assert len(line) == 4096
    with pytest.raises(FieldError) as info:
        packet.login_data_packet("acct", "pw", SHORT.with_values(TextMessage="t" * 4046))
    assert "pw" not in info.value.value


def test_login_packet_limit_hides_the_password():
    # Chr(1) + account + Chr(2) + password + 9 + 2.
    assert len(packet.login_packet("a" * 2000, "Secret" * 347 + "S")) == 4096
    with pytest.raises(FieldError) as info:
        packet.login_packet("a" * 2000, "Secret" * 348)
    assert "Secret" not in str(info.value)


# ---- elision (the spec's Note)

FIRST = SmsMessage(
    Sender="Shop",
    CountryCode="+39",
    GsmCode="333",
    PhoneNumber="1234567",
    TextMessage="Sale today",
    SmsType="FL",
    Delivery="1",
)


def test_nothing_is_elided_before_a_first_accepted_message():
    assert packet.elide(FIRST, None) is FIRST


def test_equal_elidable_fields_are_sent_empty():
    again = FIRST.with_values(PhoneNumber="7654321")
    wire = packet.elide(again, FIRST)
    assert wire == SmsMessage(PhoneNumber="7654321", SmsType="FL", Delivery="1")
    assert packet.data_packet(wire) == (
        b"\x03\x03\x03\x037654321\x03\x03FL" + b"\x03" * 9 + b"\x031" + b"\x03" * 4 + TRAILER
    )


def test_phone_number_and_optional_fields_are_always_sent():
    wire = packet.elide(FIRST, FIRST)
    assert wire.PhoneNumber == "1234567"
    assert wire.SmsType == "FL"
    assert wire.Delivery == "1"


def test_changed_fields_are_sent_in_full():
    other = FIRST.with_values(Sender="Other", GsmCode="347", PhoneNumber="7654321")
    wire = packet.elide(other, FIRST)
    assert (wire.Sender, wire.CountryCode, wire.GsmCode, wire.TextMessage) == (
        "Other",
        "",
        "347",
        "",
    )


def test_same_text_is_not_elided_when_its_bytes_differ():
    # The server holds the first message's bytes; "Caffè" in ISO-8859-15 is not "Caffè" in
    # UTF-8, so an empty TextMessage would send the wrong text.
    first = FIRST.with_values(TextMessage="Caffè")
    second = first.with_values(SmsType="UTF")
    assert packet.elide(second, first).TextMessage == "Caffè"
    assert "Caffè".encode() in packet.data_packet(packet.elide(second, first))
    # Same bytes under both encodings: elided.
    assert packet.elide(FIRST.with_values(SmsType="UTF"), FIRST).TextMessage == ""
    assert packet.elide(first.with_values(SmsType=""), first).TextMessage == ""


# ---- hypothesis

_ALNUM = string.ascii_letters + string.digits
_FRAMING = "".join(map(chr, [*range(32), 127]))  # every control: the client refuses them


def _digits(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.text(string.digits, min_size=lo, max_size=hi)


def _number(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.integers(lo, hi).flatmap(
        lambda n: st.sampled_from([str(n), f"{n:02d}"]) if n < 10 else st.just(str(n))
    )


def _latin9(max_size: int) -> st.SearchStrategy[str]:
    return st.text(
        st.characters(blacklist_characters=_FRAMING).filter(_fits_latin9), max_size=max_size
    )


def _fits_latin9(char: str) -> bool:
    try:
        char.encode("iso-8859-15")
    except UnicodeEncodeError:
        return False
    return True


_SENDER = st.one_of(
    st.tuples(st.text(_ALNUM + " ", max_size=10), st.sampled_from(_ALNUM)).map("".join),
    _digits(1, 16).map("+".__add__),
)

VALID_VALUES: dict[str, st.SearchStrategy[str]] = {
    "Sender": _SENDER,
    "CountryCode": _digits(1, 4).map("+".__add__),
    "GsmCode": _digits(2, 5),
    "PhoneNumber": _digits(3, 12),
    "SmsDay": _number(1, 31),
    "SmsMonth": _number(1, 12),
    "SmsYear": _number(0, 99),
    "SmsHour": _number(1, 12),
    "SmsMinute": _number(0, 59),
    "SmsAmPm": st.sampled_from(["AM", "PM"]),
    "Gateway": _latin9(10),
    "NetworkCode": _latin9(10),
    "UDH": st.text("0123456789abcdefABCDEF", min_size=1, max_size=70).map(lambda s: s + s),
    "Delivery": st.sampled_from(["0", "1"]),
    "Notification": st.sampled_from(["mailto:a@b.it", "mailto:xxxxx@xxxx.com"]),
    "SmsValidity": st.integers(1, 10080).map(str),
    "SmsRef": st.text(_ALNUM, min_size=1, max_size=20),
    "DCS": st.text("0123456789ABCDEFabcdef", min_size=2, max_size=2),
}


@st.composite
def valid_messages(draw, *, allow_empty_mandatory: bool = False) -> SmsMessage:
    values: dict[str, str] = {}
    for name, strategy in VALID_VALUES.items():
        mandatory = name in ("Sender", "CountryCode", "GsmCode", "PhoneNumber")
        if mandatory and not allow_empty_mandatory:
            values[name] = draw(strategy)
        else:
            values[name] = draw(st.one_of(st.just(""), strategy))
    values["SmsType"] = sms_type = draw(st.sampled_from(["", "FL", "UCS", "UTF", "UDH", "WBK"]))
    text = st.text(st.characters(blacklist_characters=_FRAMING, blacklist_categories=("Cs",)))
    text = text if sms_type == "UTF" else _latin9(200)
    values["TextMessage"] = draw(text.filter(bool) if not allow_empty_mandatory else text)[:200]
    if values["TextMessage"] == "" and not allow_empty_mandatory:
        values["TextMessage"] = "x"
    return SmsMessage(**values)


def _split(line: bytes, message: SmsMessage) -> list[str]:
    assert line.endswith(TRAILER)
    body = line[: -len(TRAILER)]
    assert body.startswith(b"\x03")
    parts = body[1:].split(b"\x03")
    encodings = ["iso-8859-15"] * 20
    encodings[4] = "utf-8" if message.SmsType == "UTF" else "iso-8859-15"
    return [part.decode(enc) for part, enc in zip(parts, encodings, strict=True)]


@given(valid_messages())
def test_data_packet_splits_back_into_the_twenty_values(message):
    message.validate()
    line = packet.data_packet(message)
    assert len(line) <= 4096
    assert _split(line, message) == list(message.values())


@given(valid_messages(allow_empty_mandatory=True))
def test_elided_data_packet_splits_back(message):
    assert _split(packet.data_packet(message), message) == list(message.values())


@given(
    st.text(_ALNUM + "._-", min_size=1, max_size=20),
    _latin9(20).filter(bool),
    valid_messages(),
)
def test_login_and_data_splits_back(account, password, message):
    line = packet.login_data_packet(account, password, message)
    assert line.startswith(b"\x01")
    head, _, rest = line[1:].partition(b"\x02")
    assert head.decode("iso-8859-15") == account
    secret, _, data = rest.partition(b"\x03")
    assert secret.decode("iso-8859-15") == password
    assert _split(b"\x03" + data, message) == list(message.values())


@given(valid_messages(), valid_messages())
def test_elided_message_differs_only_by_emptied_elidable_fields(message, first):
    wire = packet.elide(message, first)
    for name in FIELD_NAMES:
        sent, original = getattr(wire, name), getattr(message, name)
        if sent != original:
            assert name in ("Sender", "CountryCode", "GsmCode", "TextMessage")
            assert sent == ""
            assert original == getattr(first, name)


_any_value = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "+39", "333", "12345", "FL", "UTF", "25", "PM", "00", "1"]),
)


@given(st.fixed_dictionaries({name: _any_value for name in FIELD_NAMES}))
def test_any_message_either_encodes_or_raises_field_error(values):
    message = SmsMessage(**values)
    for encode in (
        packet.data_packet,
        lambda m: packet.login_data_packet("acct", "pw", m),
    ):
        try:
            line = encode(message)
        except FieldError as exc:
            assert exc.field in (*FIELD_NAMES, "Message")
        else:
            assert line.endswith(TRAILER)
            assert len(line) <= 4096
