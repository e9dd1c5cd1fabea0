"""The error catalogue (errors.py) against every -ERR line of the spec, and the two exceptions."""

from __future__ import annotations

import dataclasses

import pytest

from smsgate_desktop.protocol import CATALOGUE, FieldError, ProtocolError, SmsGateError, explain
from smsgate_desktop.protocol.errors import (
    ASCII_FIELD_ERROR_TEXTS,
    EXPLANATION_BY_TEXT,
    FIELD_ERROR_CODES,
    GatewayError,
    lookup,
)

# Every (code, text) the spec prints, with whether the spec ever prints it with
# "- [Connection Closed]" (closes "always") or never does (closes "never"/"when-said").
SPEC_ERRORS: list[tuple[int, str]] = [
    (72, "Dcs Not valid"),
    (72, "Dcs Not Valid"),
    (73, "SmsRef Not valid"),
    (73, "SmsRef Not Valid"),
    (74, "SmsValidity Not valid"),
    (74, "SmsValidity Not Valid"),
    (75, "Notification Not Valid"),
    (76, "Delivery Request Not Valid"),
    (77, "Udh Not Valid"),
    (79, "Permission Denied!"),
    (80, "TCP/IP Not Allowed!"),
    (84, "Sender Not Valid"),
    (85, "IP Not Available!"),
    (86, "Recipient Locked From Account!"),
    (87, "IP Locked!"),
    (88, "Sms Type Not Valid"),
    (89, "Account Not Valid"),
    (89, "Account Blocked!"),
    (89, "Account Not Active!"),
    (92, "Sms Date/Hour Not Valid"),
    (92, "Sms Day Not Valid"),
    (92, "Sms Month Not Valid"),
    (92, "Sms Year Not Valid"),
    (92, "Sms Hour Not Valid"),
    (92, "Sms Minute Not Valid"),
    (92, "Sms AmPm Not Valid"),
    (93, "Sms Text Message Not Valid"),
    (94, "Phone Number Not Valid"),
    (95, "Gsm Code Not Valid"),
    (96, "Country Code Not Valid"),
    (99, "Credit Not Available!"),
    (100, "String Not Valid or Bad Command Request"),
    (101, "Too many sessions"),
    (102, "Shut Down by Server"),
]

SPEC_CODES = {code for code, _ in SPEC_ERRORS}

# What the spec says about closing: always printed with "- [Connection Closed]" (or, for 102,
# described as the server closing the session); 100 appears both ways; the rest never.
EXPECTED_CLOSES = {code: "never" for code in SPEC_CODES} | {
    79: "always",
    80: "always",
    85: "always",
    87: "always",
    89: "always",
    99: "always",
    100: "when-said",
    101: "always",
    102: "always",
}


def test_catalogue_holds_exactly_the_codes_of_the_spec():
    assert set(CATALOGUE) == SPEC_CODES
    # 72..102 as printed in the spec: 78, 81-83, 90, 91, 97, 98 never appear.
    assert set(range(72, 103)) - SPEC_CODES == {78, 81, 82, 83, 90, 91, 97, 98}


@pytest.mark.parametrize(("code", "text"), SPEC_ERRORS)
def test_every_spec_text_is_in_its_entry(code, text):
    assert text in CATALOGUE[code].texts


@pytest.mark.parametrize("code", sorted(SPEC_CODES))
def test_entry_is_consistent(code):
    entry = CATALOGUE[code]
    assert entry.code == code
    assert entry.text == entry.texts[0]
    assert entry.explanation.strip()
    assert entry.explanation not in entry.texts  # plain words, not the gateway's text
    assert entry.closes == EXPECTED_CLOSES[code]


@pytest.mark.parametrize("code", [*sorted(SPEC_CODES), 1, 50, 9999])
def test_explain_ends_with_code_in_brackets(code):
    sentence = explain(code)
    assert sentence.endswith(f" [{code}]")
    assert len(sentence) > len(f" [{code}]") + 5


def test_explain_distinguishes_the_three_89_texts():
    sentences = {explain(89, text) for text in CATALOGUE[89].texts}
    assert len(sentences) == 3
    assert "blocked" in explain(89, "Account Blocked!").lower()
    assert "not active" in explain(89, "Account Not Active!").lower()
    assert set(EXPLANATION_BY_TEXT) == set(CATALOGUE[89].texts)


def test_explain_with_unknown_text_falls_back_to_the_code():
    assert explain(89, "Something Else") == f"{CATALOGUE[89].explanation} [89]"
    assert explain(99, "") == f"{CATALOGUE[99].explanation} [99]"


def test_lookup_unknown_code_is_honest_and_generic():
    entry = lookup(55)
    assert entry.code == 55
    assert "55" in entry.explanation
    assert entry.closes == "when-said"
    assert 55 not in CATALOGUE  # lookup does not add to the catalogue
    assert lookup(86) is CATALOGUE[86]


def test_gateway_error_is_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        CATALOGUE[86].closes = "always"  # type: ignore[misc]
    assert isinstance(CATALOGUE[86], GatewayError)


# The SUBMISSION / OPTIONAL PARAMETERS tables: which -ERR each field earns.
SPEC_FIELD_CODES = {
    "CountryCode": 96,
    "GsmCode": 95,
    "PhoneNumber": 94,
    "Sender": 84,
    "TextMessage": 93,
    "SmsType": 88,
    "SmsDay": 92,
    "SmsMonth": 92,
    "SmsYear": 92,
    "SmsHour": 92,
    "SmsMinute": 92,
    "SmsAmPm": 92,
    "UDH": 77,
    "Delivery": 76,
    "Notification": 75,
    "SmsValidity": 74,
    "SmsRef": 73,
    "DCS": 72,
}


def test_field_error_codes_follow_the_spec_tables():
    assert SPEC_FIELD_CODES == FIELD_ERROR_CODES
    assert set(FIELD_ERROR_CODES.values()) <= set(CATALOGUE)


def test_ascii_date_texts_are_catalogue_texts():
    for field, text in ASCII_FIELD_ERROR_TEXTS.items():
        assert FIELD_ERROR_CODES[field] == 92
        assert text in CATALOGUE[92].texts


# ---- the exceptions


def test_field_error_carries_field_value_reason():
    exc = FieldError("GsmCode", "3", "must be 2 to 5 digits, e.g. 333")
    assert isinstance(exc, SmsGateError)
    assert isinstance(exc, ValueError)
    assert (exc.field, exc.value, exc.reason) == ("GsmCode", "3", "must be 2 to 5 digits, e.g. 333")
    assert str(exc) == "GsmCode '3' must be 2 to 5 digits, e.g. 333"


def test_field_error_shows_empty_and_shortens_long_values():
    assert str(FieldError("Sender", "", "is mandatory and empty")) == (
        "Sender (empty) is mandatory and empty"
    )
    long = "x" * 500
    message = str(FieldError("TextMessage", long, "is bad"))
    assert long not in message
    assert "x" * 57 + "…" in message
    assert len(message) < 100


def test_protocol_error_carries_raw_bytes():
    exc = ProtocolError("unexpected reply from the gateway", b"HELLO\x00")
    assert isinstance(exc, SmsGateError)
    assert not isinstance(exc, ValueError)
    assert exc.raw == b"HELLO\x00"
    assert str(exc) == "unexpected reply from the gateway: b'HELLO\\x00'"
    bare = ProtocolError("the connection is closed")
    assert bare.raw == b""
    assert str(bare) == "the connection is closed"
