"""protocol/numbers.py: a typed or pasted number -> CountryCode / GsmCode / PhoneNumber."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsgate_desktop.protocol.errors import FieldError
from smsgate_desktop.protocol.fields import SmsMessage, check_field
from smsgate_desktop.protocol.numbers import (
    NumberEntry,
    NumberError,
    PhoneParts,
    RegionError,
    check_region,
    parse_many,
    split_number,
)

ROSSI = PhoneParts(
    country_code="+39",
    gsm_code="333",
    phone_number="1234567",
    e164="+393331234567",
    display="+39 333 1234567",
    region="IT",
    kind="mobile",
)


def assert_gateway_formats(parts: PhoneParts) -> None:
    """The three fields pass the wire validators and put back together make the number."""
    for name, value in parts.as_fields().items():
        check_field(name, value)
    assert parts.country_code + parts.gsm_code + parts.phone_number == parts.e164
    assert parts.display == f"{parts.country_code} {parts.gsm_code} {parts.phone_number}"


# ---- accepted spellings -------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "+393331234567",
        "+39 333 1234567",
        "+39 333 123 4567",
        "+39-333-123-4567",
        "+39.333.123.45.67",
        "+39 (333) 1234567",
        "+39/333/1234567",
        "0039 333 1234567",
        "00393331234567",
        "3331234567",
        "333 1234567",
        "333-1234567",
        "(333) 123 4567",
        "  333 1234567  ",
        "\t+39\u00a0333\u00a01234567",  # no-break spaces from a word processor
        "+39 333 – 1234567",  # en dash
    ],
)
def test_italian_mobile_spellings(raw):
    assert split_number(raw) == ROSSI


@pytest.mark.parametrize("prefix", ["333", "347", "320", "389", "366", "393", "340", "351"])
def test_italian_mobile_prefixes_are_the_gsm_code(prefix):
    parts = split_number(f"{prefix} 1234567")
    assert (parts.country_code, parts.gsm_code, parts.phone_number) == ("+39", prefix, "1234567")
    assert parts.kind == "mobile"
    assert parts.is_mobile


@pytest.mark.parametrize(
    ("raw", "gsm_code", "phone_number"),
    [
        ("06 1234 5678", "06", "12345678"),  # Rome
        ("+39 06 12345678", "06", "12345678"),
        ("0039 06 12345678", "06", "12345678"),
        ("02 1234 5678", "02", "12345678"),  # Milan
        ("0471 123456", "0471", "123456"),  # Bolzano
        ("+39 (0)6 1234 5678", "06", "12345678"),
    ],
)
def test_italian_landlines_keep_the_leading_zero(raw, gsm_code, phone_number):
    parts = split_number(raw)
    assert (parts.country_code, parts.gsm_code, parts.phone_number) == (
        "+39",
        gsm_code,
        phone_number,
    )
    assert parts.e164 == "+39" + gsm_code + phone_number
    assert parts.kind == "fixed_line"
    assert not parts.is_mobile
    assert_gateway_formats(parts)


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+1 650 253 0000", "IT", ("+1", "650", "2530000", "US")),
        ("(650) 253-0000", "US", ("+1", "650", "2530000", "US")),
        ("011 39 333 1234567", "US", ("+39", "333", "1234567", "IT")),  # the US prefix
        ("+44 7400 123456", "IT", ("+44", "7400", "123456", "GB")),
        ("07400 123456", "GB", ("+44", "7400", "123456", "GB")),
        ("+44 7911 123456", "IT", ("+44", "7911", "123456", "GG")),  # Guernsey's range
        ("+44 (0)20 7946 0958", "IT", ("+44", "20", "79460958", "GB")),
        ("+49 170 1234567", "IT", ("+49", "170", "1234567", "DE")),
        ("+49 30 1234567", "IT", ("+49", "30", "1234567", "DE")),  # Berlin
        ("+41 79 123 45 67", "it", ("+41", "79", "1234567", "CH")),  # region in lower case
        # No usable NDC: a French mobile's NDC is the single digit 6, so 3 digits are taken.
        ("+33 6 12 34 56 78", "IT", ("+33", "612", "345678", "FR")),
        ("+43 1 234567890", "IT", ("+43", "123", "4567890", "AT")),  # Vienna: NDC "1"
    ],
)
def test_other_countries(raw, region, expected):
    parts = split_number(raw, region)
    assert (parts.country_code, parts.gsm_code, parts.phone_number, parts.region) == expected
    assert_gateway_formats(parts)


def test_a_number_without_any_ndc_is_split_after_three_digits():
    # Ascension Island numbers have no NDC at all in phonenumbers' metadata.
    number = phonenumbers.parse("+24762889")
    assert phonenumbers.length_of_national_destination_code(number) == 0
    parts = split_number("+247 62889")
    assert (parts.gsm_code, parts.phone_number) == ("62", "889")  # moved: PhoneNumber needs 3
    assert_gateway_formats(parts)


def test_national_input_depends_on_the_default_region():
    assert split_number("3331234567").e164 == "+393331234567"
    with pytest.raises(NumberError):
        split_number("3331234567", "US")


def test_as_fields_fills_a_message():
    message = SmsMessage(Sender="Shop", TextMessage="Ciao").with_values(
        **split_number("+39 347 7654321").as_fields()
    )
    message.validate()
    assert message.recipient == "+393477654321"
    assert (message.CountryCode, message.GsmCode, message.PhoneNumber) == ("+39", "347", "7654321")


def test_every_example_number_of_every_region_splits_or_is_refused_as_too_short():
    # phonenumbers' example numbers cover every country's number plan: the fallback split
    # must give valid fields for all of them.
    examples = set()
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in range(12):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                examples.add(
                    phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                )
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number is not None:
            examples.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    refused = []
    for e164 in sorted(examples):
        try:
            parts = split_number(e164)
        except NumberError as exc:
            assert exc.reason.startswith("too short for the gateway"), exc
            refused.append(e164)
            continue
        assert parts.e164 == e164
        assert_gateway_formats(parts)
    assert len(examples) > 1000
    # Only the few countries whose whole national number has 4 digits (Niue, Tokelau, ...).
    assert all(len(e164) - len(f"+{phonenumbers.parse(e164).country_code}") < 5 for e164 in refused)


# ---- refused input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("+39 12", "'+39 12' is not a valid phone number: too short"),
        ("", "'' is not a valid phone number: it is empty"),
        ("   ", "'   ' is not a valid phone number: it is empty"),
        ("+", "'+' is not a valid phone number: there are no digits after '+'"),
        ("---", "'---' is not a valid phone number: it has no digits"),
        ("333 12", "'333 12' is not a valid phone number: too short"),
        ("+39 333 1234567890123", "'+39 333 1234567890123' is not a valid phone number: too long"),
        (
            "333 CALL ME",
            "'333 CALL ME' is not a valid phone number: it contains the letter 'C' at position 5",
        ),
        (
            "+39 333 1234567 ext. 12",
            "'+39 333 1234567 ext. 12' is not a valid phone number: "
            "it contains the letter 'e' at position 17",
        ),
        (
            "333#1234567",
            "'333#1234567' is not a valid phone number: "
            "it contains the character '#' at position 4",
        ),
        (
            "333 1234567+",
            "'333 1234567+' is not a valid phone number: "
            "'+' is allowed only at the start (position 12)",
        ),
        ("+999 1234567", "'+999 1234567' is not a valid phone number: unknown country code"),
        (
            "+39 0333 1234567",
            "'+39 0333 1234567' is not a valid phone number: "
            "no such number range for country code +39",
        ),
        (
            "+683 7012",
            "'+683 7012' is not a valid phone number: too short for the gateway, which needs at "
            "least 5 digits after the country code",
        ),
    ],
)
def test_refused_numbers_say_what_and_why(raw, message):
    with pytest.raises(NumberError) as info:
        split_number(raw)
    assert str(info.value) == message
    assert info.value.raw == raw
    assert message.endswith(info.value.reason)


def test_number_error_is_a_field_error_and_a_value_error():
    with pytest.raises(NumberError) as info:
        split_number("abc")
    assert isinstance(info.value, FieldError)
    assert isinstance(info.value, ValueError)
    assert info.value.field == "recipient"
    assert info.value.value == "abc"


def test_a_long_input_is_shortened_in_the_message():
    raw = "x" * 100
    with pytest.raises(NumberError) as info:
        split_number(raw)
    assert str(info.value).startswith(repr("x" * 57 + "…"))
    assert info.value.raw == raw


def test_non_text_is_a_programming_error():
    with pytest.raises(TypeError):
        split_number(3331234567)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        check_region(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("region", ["XX", "ZZ", "", "it\x01", "I" * 5000])
def test_a_bad_default_region_is_a_region_error(region):
    """`smsgate --region ZZ` took a person's typo for a programming error (a ValueError
    with a traceback): it is RegionError, a FieldError naming the region."""
    for call in (lambda: split_number("3331234567", region), lambda: check_region(region)):
        with pytest.raises(RegionError) as info:
            call()
        assert isinstance(info.value, FieldError) and not isinstance(info.value, NumberError)
        assert (info.value.field, info.value.region) == ("region", region)
        assert str(info.value).startswith("unknown default region ")
        assert len(str(info.value)) < 150  # a long value is shortened
    with pytest.raises(RegionError):
        parse_many("3331234567", region)


def test_check_region_normalises_the_case():
    assert check_region("it") == "IT"


# ---- parse_many ---------------------------------------------------------------------------


def test_parse_many_splits_on_newlines_commas_semicolons_and_tabs():
    text = "+39 333 1234567, 347 1234567;\t320 1234567\n389 1234567\r\n06 12345678\r366 1234567"
    entries = parse_many(text)
    assert [entry.parts.e164 for entry in entries] == [
        "+393331234567",
        "+393471234567",
        "+393201234567",
        "+393891234567",
        "+390612345678",
        "+393661234567",
    ]
    assert [(entry.line, entry.column) for entry in entries] == [
        (1, 1),
        (1, 18),
        (1, 31),
        (2, 1),
        (3, 1),
        (4, 1),
    ]
    assert all(entry.ok and entry.error is None and entry.message == "" for entry in entries)


def test_parse_many_keeps_errors_in_place_with_their_position():
    entries = parse_many("333 1234567\n  +39 12 \nabc, 347 1234567")
    assert [entry.ok for entry in entries] == [True, False, False, True]
    bad = entries[1]
    assert (bad.raw, bad.line, bad.column, bad.parts) == ("+39 12", 2, 3, None)
    assert isinstance(bad.error, NumberError)
    assert bad.message == "line 2, column 3: '+39 12' is not a valid phone number: too short"
    assert entries[2].message.startswith("line 3, column 1: 'abc' is not a valid phone number")


def test_parse_many_drops_duplicates_with_a_note():
    entries = parse_many("+39 333 1234567\n347 1234567\n0039 333 123 4567, 3331234567")
    assert [entry.raw for entry in entries] == ["+39 333 1234567", "347 1234567"]
    first = entries[0]
    assert [(d.raw, d.line, d.column) for d in first.duplicates] == [
        ("0039 333 123 4567", 3, 1),
        ("3331234567", 3, 20),
    ]
    assert first.note == (
        "+393331234567 also at line 3, column 1 ('0039 333 123 4567'); "
        "line 3, column 20 ('3331234567'): copies dropped"
    )
    assert entries[1].duplicates == ()
    assert entries[1].note == ""


def test_parse_many_single_duplicate_note():
    (entry,) = parse_many("3331234567\n3331234567")
    assert entry.note == "+393331234567 also at line 2, column 1 ('3331234567'): copy dropped"


def test_parse_many_keeps_repeated_errors():
    entries = parse_many("abc\nabc")
    assert [(entry.line, entry.ok) for entry in entries] == [(1, False), (2, False)]


def test_parse_many_skips_blank_entries():
    assert parse_many("") == []
    assert parse_many(" \n\n ,;\t, \r\n") == []
    assert [e.line for e in parse_many("\n\n333 1234567,\n")] == [3]


def test_parse_many_uses_the_default_region():
    (entry,) = parse_many("(650) 253-0000", "US")
    assert entry.parts.e164 == "+16502530000"
    assert isinstance(entry, NumberEntry)


# ---- properties ---------------------------------------------------------------------------

_NUMBERISH = st.text(st.sampled_from("0123456789+ .-()/\t,;abcZ#\u00a0"), max_size=30)


# phonenumbers loads each region's metadata on first use, which can exceed the deadline.
@settings(deadline=None)
@given(st.one_of(st.text(max_size=40), _NUMBERISH))
def test_split_number_raises_only_number_error(raw):
    try:
        parts = split_number(raw)
    except NumberError as exc:
        assert exc.raw == raw
        assert str(exc).endswith(exc.reason)
        assert "is not a valid phone number: " in str(exc)
    else:
        assert_gateway_formats(parts)
        assert split_number(parts.e164) == parts
        assert split_number(parts.display) == parts


@given(
    st.sampled_from(["333", "347", "320", "389", "366", "392", "06", "02", "0471", "011"]),
    st.text("0123456789", min_size=4, max_size=9),
    st.sampled_from(["+39", "0039", "", "+39 "]),
)
def test_italian_numbers_round_trip(prefix, rest, international):
    raw = f"{international}{prefix} {rest}"
    try:
        parts = split_number(raw)
    except NumberError:
        return
    assert_gateway_formats(parts)
    assert parts.e164 == "+39" + prefix + rest
    assert parts.gsm_code + parts.phone_number == prefix + rest


@given(
    st.lists(
        st.sampled_from(["333 1234567", "+39 347 1234567", "abc", "06 12345678", ""]), max_size=12
    )
)
def test_parse_many_keeps_order_and_unique_numbers(items):
    entries = parse_many("\n".join(items))
    raws = [item for item in items if item]
    kept = [entry.raw for entry in entries]
    # Every kept entry appears in order; every good number appears exactly once.
    iterator = iter(raws)
    assert all(raw in iterator for raw in kept)
    good = [entry.parts.e164 for entry in entries if entry.ok]
    assert len(good) == len(set(good))
    dropped = sum(len(entry.duplicates) for entry in entries)
    assert len(entries) + dropped == len(raws)
