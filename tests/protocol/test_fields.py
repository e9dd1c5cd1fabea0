"""fields.py: the 20 fields, their formats (clarifications §9) and SmsMessage.validate()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol import FIELD_NAMES, FieldError, SmsMessage
from smsgate_desktop.protocol.fields import (
    ELIDABLE,
    MANDATORY,
    check_field,
    control_problem,
    format_problem,
    framing_problem,
)

# The spec's <Send Data> layout, written out by hand.
SPEC_ORDER = [
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
]

VALID_MESSAGE = SmsMessage(
    Sender="Shop",
    CountryCode="+39",
    GsmCode="333",
    PhoneNumber="1234567",
    TextMessage="Hello",
)


def test_field_names_follow_the_spec_layout():
    assert list(FIELD_NAMES) == SPEC_ORDER
    assert len(FIELD_NAMES) == 20
    assert MANDATORY == ("Sender", "CountryCode", "GsmCode", "PhoneNumber", "TextMessage")
    # The spec's Note: these four may be empty after the first message; PhoneNumber never.
    assert set(ELIDABLE) == {"Sender", "CountryCode", "GsmCode", "TextMessage"}


def test_message_accessors():
    message = VALID_MESSAGE.with_values(SmsType="FL", DCS="00")
    assert message.values() == (
        ("Shop", "+39", "333", "1234567", "Hello", "FL") + ("",) * 13 + ("00",)
    )
    assert list(message.as_dict()) == SPEC_ORDER
    assert message.as_dict()["DCS"] == "00"
    assert message.recipient == "+393331234567"
    assert VALID_MESSAGE.SmsType == ""  # with_values copies, never mutates
    with pytest.raises(AttributeError):
        message.Sender = "Other"  # type: ignore[misc]


# ---- format boundaries (clarifications §9), both sides of every limit

VALID = {
    "CountryCode": ["+1", "+39", "+1234"],
    "GsmCode": ["33", "333", "33333"],
    "PhoneNumber": ["123", "12345", "123456789012"],
    "Sender": [
        "A",
        "7",
        "Shop 24",
        "ABCDEFGHIJK",
        "12345678901",
        " A",
        "+3933300000",
        "+1",
        "+" + "9" * 16,
    ],
    "SmsType": ["FL", "UCS", "UTF", "UDH", "WBK", "WPS"],
    "SmsDay": ["1", "01", "9", "10", "25", "31"],
    "SmsMonth": ["1", "01", "09", "10", "12"],
    "SmsYear": ["00", "05", "99", "5", "0"],
    "SmsHour": ["1", "01", "07", "12"],
    "SmsMinute": ["0", "00", "5", "25", "59"],
    "SmsAmPm": ["AM", "PM"],
    "UDH": ["00", "aB", "06050415810000", "F" * 280],
    "Delivery": ["0", "1"],
    "Notification": [
        "mailto:xxxxx@xxxx.com",
        "mailto:a@b.it",
        "mailto:first.last+x@mail.example.org",
    ],
    "SmsValidity": ["1", "9", "1440", "10080"],
    "SmsRef": ["A", "7", "AB10000123", "Z" * 20],
    "DCS": ["00", "F8", "ab"],
    "Gateway": ["x", "Route 1 = fast; €"],
    "NetworkCode": ["22201", "any text"],
    "TextMessage": ["Hello", "= at the start", " ", "€ 5,00 + ça"],
}

INVALID = {
    "CountryCode": ["+", "+12345", "39", "0039", "+3a", " +39", "+39 ", "++39"],
    "GsmCode": ["3", "333333", "33a", "+333", "３３３"],
    "PhoneNumber": ["12", "1234567890123", "12 345", "+12345", "12345a"],
    "Sender": [
        "ABCDEFGHIJKL",
        "123456789012",
        " ",
        "   ",
        "Shop-24",
        "Caffè",
        "+39 333",
        "+" + "9" * 17,
        "+39a",
    ],
    "SmsType": ["fl", "Utf", "TXT", "FL ", "UTF8", "Text Message"],
    "SmsDay": ["0", "00", "32", "001", "1a", "-1"],
    "SmsMonth": ["0", "00", "13", "012", "1 "],
    "SmsYear": ["100", "005", "-1", "5a", "2025"],
    "SmsHour": ["0", "00", "13", "24", "007"],
    "SmsMinute": ["60", "99", "000", "-1", "5m"],
    "SmsAmPm": ["am", "pm", "A", "AMPM", "P.M."],
    "UDH": ["0", "123", "0G", "F" * 282, "06 05"],
    "Delivery": ["2", "01", "true", "-1"],
    "Notification": [
        "xxxxx@xxxx.com",
        "mailto:",
        "mailto:abc",
        "mailto:a@b",
        "MAILTO:a@b.it",
        "mailto:a b@c.it",
        "mailto:a@@b.it",
    ],
    "SmsValidity": ["0", "00", "10081", "99999", "100000", "-1", "1.5", "01440"],
    "SmsRef": ["Z" * 21, "AB-1", "AB 1", "àb"],
    "DCS": ["0", "000", "GG", "0x"],
}


@pytest.mark.parametrize(
    ("name", "value"), [(name, value) for name, values in VALID.items() for value in values]
)
def test_valid_value_is_accepted(name, value):
    assert format_problem(name, value) is None
    check_field(name, value)


@pytest.mark.parametrize(
    ("name", "value"), [(name, value) for name, values in INVALID.items() for value in values]
)
def test_invalid_value_is_refused_with_field_value_and_reason(name, value):
    assert format_problem(name, value)
    with pytest.raises(FieldError) as info:
        check_field(name, value)
    assert info.value.field == name
    assert info.value.value == value
    assert info.value.reason == format_problem(name, value)
    assert name in str(info.value)


def test_every_formatted_field_has_both_sides_tested():
    formatted = set(FIELD_NAMES) - {"Gateway", "NetworkCode", "TextMessage"}
    assert formatted <= set(INVALID)
    assert set(FIELD_NAMES) <= set(VALID)


@pytest.mark.parametrize("name", FIELD_NAMES)
def test_empty_value_passes_check_field(name):
    check_field(name, "")  # empty = default, or "same as the first message"


# ---- framing characters

FRAMING = [("\r", "CR"), ("\n", "LF")] + [(chr(i), f"Chr({i})") for i in range(1, 7)]


@pytest.mark.parametrize("name", FIELD_NAMES)
@pytest.mark.parametrize(("char", "label"), FRAMING)
def test_framing_character_in_any_field_is_refused(name, char, label):
    good = VALID[name][0]
    value = good[:1] + char + good[1:]
    with pytest.raises(FieldError) as info:
        check_field(name, value)
    assert info.value.field == name
    assert info.value.value == value
    assert label in info.value.reason
    assert "position 2" in info.value.reason
    with pytest.raises(FieldError) as info:
        VALID_MESSAGE.with_values(**{name: value}).validate()
    assert info.value.field == name


def test_framing_problem_names_the_first_offender():
    assert framing_problem("plain text, € and all") is None
    assert framing_problem("\x07\x00\x1b\x7f") is None  # only CR, LF, Chr(1)..Chr(6) frame
    assert framing_problem("ab\x03c\rd") == "contains the control character Chr(3) at position 3"


def test_control_problem_refuses_every_c0_control_and_del():
    assert control_problem("plain text, € and all") is None
    for code in [*range(32), 0x7F]:
        assert control_problem(f"ab{chr(code)}") is not None, code
    assert control_problem("a\x00b") == "contains the control character NUL at position 2"
    assert control_problem("\tx") == "contains the control character TAB at position 1"
    assert control_problem("ok\x7f") == "contains the control character DEL at position 3"


@pytest.mark.parametrize("name", FIELD_NAMES)
@pytest.mark.parametrize("char", ["\x00", "\t", "\x1b", "\x7f", "\x1f"])
def test_no_control_character_reaches_the_wire_in_any_field(name, char):
    """A NUL from a CSV cell once went out inside a template's text ("hi a\\x00b")."""
    with pytest.raises(FieldError) as info:
        VALID_MESSAGE.with_values(**{name: f"a{char}b"}).validate()
    assert info.value.field == name
    assert "position 2" in info.value.reason


def test_the_simulator_stays_lenient_about_controls_that_do_not_frame():
    assert format_problem("Gateway", "a\x00b", strict=False) is None
    assert format_problem("Gateway", "a\x00b") is not None
    assert format_problem("Gateway", "a\x03b", strict=False) is not None


# ---- SmsMessage.validate


def test_valid_message_validates():
    VALID_MESSAGE.validate()
    full = SmsMessage(*(VALID[name][0] for name in FIELD_NAMES))
    full.validate()


@pytest.mark.parametrize("name", MANDATORY)
def test_empty_mandatory_field_is_refused(name):
    message = VALID_MESSAGE.with_values(**{name: ""})
    with pytest.raises(FieldError) as info:
        message.validate()
    assert info.value.field == name
    assert info.value.value == ""
    assert "mandatory" in info.value.reason
    message.validate(mandatory=False)  # an elided message's empties are deliberate


def test_first_bad_field_in_send_data_order_wins():
    message = VALID_MESSAGE.with_values(DCS="zz", SmsDay="40", Sender="no-good-sender")
    with pytest.raises(FieldError) as info:
        message.validate()
    assert info.value.field == "Sender"
    with pytest.raises(FieldError) as info:
        message.with_values(Sender="Shop").validate()
    assert info.value.field == "SmsDay"


def test_non_text_value_is_refused():
    message = VALID_MESSAGE.with_values(GsmCode=333)  # type: ignore[arg-type]
    with pytest.raises(FieldError) as info:
        message.validate()
    assert info.value.field == "GsmCode"
    assert info.value.reason == "must be text"


def test_euro_sign_is_plain_text():
    VALID_MESSAGE.with_values(TextMessage="Price: 5 €").validate()
    VALID_MESSAGE.with_values(TextMessage="Price: 5 €", SmsType="FL").validate()


@pytest.mark.parametrize("char", ["Ж", "😀", "ł", "\u2019"])
def test_character_outside_iso_8859_15_needs_utf(char):
    text = f"ab{char}cd"
    for sms_type in ("", "FL"):
        with pytest.raises(FieldError) as info:
            VALID_MESSAGE.with_values(TextMessage=text, SmsType=sms_type).validate()
        assert info.value.field == "TextMessage"
        assert info.value.value == text
        assert char in info.value.reason
        assert "position 3" in info.value.reason
        assert "UTF" in info.value.reason
    VALID_MESSAGE.with_values(TextMessage=text, SmsType="UTF").validate()


def test_lone_surrogate_is_refused_even_with_utf():
    with pytest.raises(FieldError) as info:
        VALID_MESSAGE.with_values(TextMessage="a\ud800b", SmsType="UTF").validate()
    assert info.value.field == "TextMessage"


@given(st.sampled_from(FIELD_NAMES), st.text(max_size=30))
def test_check_field_raises_only_field_error(name, value):
    try:
        check_field(name, value)
    except FieldError as exc:
        assert exc.field == name
        assert exc.reason
    else:
        assert control_problem(value) is None


# ---- the per-message fast paths (encode once what a broadcast repeats; with_values) --------


def _encode_one_by_one(message: SmsMessage) -> list[bytes] | tuple[str, str]:
    """The reference: every field through field_bytes in <Send Data> order, as encode() did
    before it cached the 19 values a broadcast repeats. (field, reason) of the first refusal."""
    from smsgate_desktop.protocol.fields import field_bytes

    sms_type = message.SmsType if isinstance(message.SmsType, str) else ""
    try:
        return [
            field_bytes(name, value, sms_type if name == "TextMessage" else "")
            for name, value in zip(FIELD_NAMES, message.values(), strict=True)
        ]
    except FieldError as exc:
        return exc.field, exc.reason


_SOME_VALUES = st.one_of(
    st.sampled_from(["", "1234567", "123", "1234567890123", "+39", "333", "Shop", "UTF"]),
    st.sampled_from(["١٢٣٤٥", "12a45", "12\r45", "Ж", "01", "AM", "40", "zz"]),
    st.text(max_size=8),
)


@given(st.dictionaries(st.sampled_from(FIELD_NAMES), _SOME_VALUES, max_size=6))
def test_encode_matches_field_by_field_encoding(changes):
    message = VALID_MESSAGE.with_values(**changes)
    expected = _encode_one_by_one(message)
    try:
        encoded = message.encode(mandatory=False)
    except FieldError as exc:
        assert (exc.field, exc.reason) == expected
    else:
        assert encoded == expected


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"PhoneNumber": "12", "Sender": "no-good-sender"}, "Sender"),
        ({"PhoneNumber": "12", "DCS": "zz"}, "PhoneNumber"),
        ({"PhoneNumber": "١٢٣٤٥٦٧"}, "PhoneNumber"),  # digits, but not ASCII ones
        ({"PhoneNumber": "1234567", "DCS": "zz"}, "DCS"),
    ],
)
def test_encode_reports_the_first_bad_field_around_the_number(changes, field):
    with pytest.raises(FieldError) as info:
        VALID_MESSAGE.with_values(**changes).encode()
    assert info.value.field == field


def test_encode_of_a_broadcast_keeps_each_number():
    messages = [VALID_MESSAGE.with_values(PhoneNumber=f"{n}") for n in (1234567, 7654321)]
    assert [m.encode()[3] for m in messages] == [b"1234567", b"7654321"]
    assert messages[0].encode()[:3] == messages[1].encode()[:3]


def test_with_values_builds_an_equal_immutable_message():
    import dataclasses

    message = VALID_MESSAGE.with_values(PhoneNumber="7654321", DCS="00")
    assert message == SmsMessage(
        **(VALID_MESSAGE.as_dict() | {"PhoneNumber": "7654321", "DCS": "00"})
    )
    assert hash(message) == hash(SmsMessage(**message.as_dict()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        message.PhoneNumber = "1"  # type: ignore[misc]
    assert VALID_MESSAGE.with_values() == VALID_MESSAGE


def test_with_values_refuses_an_unknown_field():
    with pytest.raises(TypeError, match="Phone"):
        VALID_MESSAGE.with_values(Phone="1234567")


def test_with_values_copies_every_field_and_refuses_unknown_names():
    changed = VALID_MESSAGE.with_values(PhoneNumber="7654321", DCS="08")
    expected = dict(VALID_MESSAGE.as_dict(), PhoneNumber="7654321", DCS="08")
    assert changed.as_dict() == expected
    assert changed == SmsMessage(**expected)
    with pytest.raises(TypeError, match="no field Bogus, Other"):
        VALID_MESSAGE.with_values(PhoneNumber="1", Other="x", Bogus="y")
