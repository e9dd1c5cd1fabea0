"""submission.py: elision, mandatory fields, first error wins, scheduling, text decoding."""

from __future__ import annotations

import pytest

from smsgate_desktop.protocol.fields import FIELD_NAMES
from smsgate_desktop.simulator.submission import SCHEDULE, Refusal, resolve

MESSAGE = {
    "Sender": b"Shop",
    "CountryCode": b"+39",
    "GsmCode": b"333",
    "PhoneNumber": b"1234567",
    "TextMessage": b"Hello",
}
FIRST = {"Sender": b"First", "CountryCode": b"+44", "GsmCode": b"7700", "TextMessage": b"Hi"}
WHEN = {
    "SmsDay": b"28",
    "SmsMonth": b"02",
    "SmsYear": b"25",
    "SmsHour": b"12",
    "SmsMinute": b"05",
    "SmsAmPm": b"AM",
}


def test_complete_message_resolves_to_all_twenty_fields() -> None:
    resolved = resolve(MESSAGE, None)
    assert isinstance(resolved, dict)
    assert tuple(resolved) == FIELD_NAMES
    assert resolved["Sender"] == "Shop" and resolved["DCS"] == ""


@pytest.mark.parametrize("name", ["Sender", "CountryCode", "GsmCode", "PhoneNumber", "TextMessage"])
def test_empty_mandatory_field_before_any_accepted_message(name: str) -> None:
    assert resolve({**MESSAGE, name: b""}, None) == Refusal(name)


def test_empty_elidable_fields_take_the_first_message_values() -> None:
    resolved = resolve({"PhoneNumber": b"7654321"}, FIRST)
    assert isinstance(resolved, dict)
    assert {name: resolved[name].encode() for name in FIRST} == FIRST
    assert resolved["PhoneNumber"] == "7654321"


def test_phone_number_is_never_elided() -> None:
    assert resolve({}, FIRST) == Refusal("PhoneNumber")


def test_first_wrong_field_in_send_data_order_wins() -> None:
    wrong = {**MESSAGE, "Sender": b"!!", "CountryCode": b"39", "DCS": b"XYZ"}
    assert resolve(wrong, None) == Refusal("Sender")
    assert resolve({**wrong, "Sender": b"Shop"}, None) == Refusal("CountryCode")
    assert resolve({**MESSAGE, "DCS": b"XYZ", "UDH": b"1"}, None) == Refusal("UDH")


def test_text_decodes_by_sms_type() -> None:
    utf = resolve({**MESSAGE, "SmsType": b"UTF", "TextMessage": "€ ü".encode()}, None)
    assert isinstance(utf, dict) and utf["TextMessage"] == "€ ü"
    latin9 = resolve({**MESSAGE, "TextMessage": b"\xa4"}, None)
    assert isinstance(latin9, dict) and latin9["TextMessage"] == "€"
    bad = {**MESSAGE, "SmsType": b"UTF", "TextMessage": b"\xff\xfe"}
    assert resolve(bad, None) == Refusal("TextMessage")


def test_schedule_all_or_nothing() -> None:
    assert isinstance(resolve({**MESSAGE, **WHEN}, None), dict)
    for name in WHEN:
        partial = {**MESSAGE, **WHEN, name: b""}
        assert resolve(partial, None) == Refusal(SCHEDULE)


def test_schedule_must_be_a_real_date() -> None:
    assert resolve({**MESSAGE, **WHEN, "SmsDay": b"31"}, None) == Refusal(SCHEDULE)
    assert resolve({**MESSAGE, **WHEN, "SmsDay": b"29"}, None) == Refusal(SCHEDULE)  # 2025
    assert isinstance(resolve({**MESSAGE, **WHEN, "SmsDay": b"29", "SmsYear": b"24"}, None), dict)


def test_bad_date_field_is_that_field_error_before_the_schedule() -> None:
    assert resolve({**MESSAGE, "SmsDay": b"32"}, None) == Refusal("SmsDay")


def test_field_error_before_the_schedule_wins_and_after_it_loses() -> None:
    partial = {**MESSAGE, "SmsDay": b"1"}
    assert resolve({**partial, "SmsType": b"XX"}, None) == Refusal("SmsType")
    assert resolve({**partial, "DCS": b"XYZ"}, None) == Refusal(SCHEDULE)


def test_elided_text_is_the_first_message_bytes_decoded_by_the_current_type() -> None:
    first = {**FIRST, "TextMessage": "€".encode()}
    as_utf = resolve({"PhoneNumber": b"123", "SmsType": b"UTF"}, first)
    as_latin9 = resolve({"PhoneNumber": b"123"}, first)
    assert as_utf["TextMessage"] == "€"
    assert as_latin9["TextMessage"] == "€".encode().decode("iso-8859-15")


def test_schedule_twelve_hour_clock_and_the_gateway_clock() -> None:
    midnight = {**MESSAGE, **WHEN, "SmsHour": b"12", "SmsAmPm": b"AM"}
    assert isinstance(resolve(midnight, None), dict)
    assert isinstance(resolve({**midnight, "SmsYear": b"5"}, None), dict)
    # 30-03-25 02:30 does not exist in Europe/Rome: the clocks jump from 02:00 to 03:00.
    skipped = {**MESSAGE, **WHEN, "SmsDay": b"30", "SmsMonth": b"03", "SmsHour": b"2"}
    assert resolve({**skipped, "SmsMinute": b"30"}, None) == Refusal(SCHEDULE)
    assert isinstance(resolve({**skipped, "SmsHour": b"3"}, None), dict)
