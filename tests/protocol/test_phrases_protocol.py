"""The protocol core's sentences are phrases: a stable code and values behind the same English.

The English itself is checked by the module tests (test_numbers.py, test_fields.py, ...);
these check that what a person reads carries its code and values, so the window translates
it by code, nested reasons included.
"""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta

import pytest

from smsgate_desktop.protocol import (
    NEED_DATA,
    ClientConnection,
    ConnectionLost,
    FieldError,
    Interface,
    ProtocolError,
    SmsGateError,
    SmsMessage,
    parse_reply,
)
from smsgate_desktop.protocol.fields import check_field
from smsgate_desktop.protocol.numbers import NumberError, RegionError, parse_many, split_number
from smsgate_desktop.protocol.phrases import Phrase, from_record, phrase_of
from smsgate_desktop.protocol.schedule import (
    ScheduleError,
    parse_local,
    to_gateway_fields,
    zone_of,
)
from smsgate_desktop.protocol.text import check_wire_text, encode_value
from smsgate_desktop.protocol.wire import MAX_LINE, encode_credential, finish_line


def raised(error_type, call, *args, **kwargs):
    with pytest.raises(error_type) as info:
        call(*args, **kwargs)
    return info.value


def assert_round_trips(phrase: Phrase) -> None:
    """The phrase survives the journal (to_record) and a process pool (pickle) unchanged."""
    for copy in (from_record(phrase.to_record()), pickle.loads(pickle.dumps(phrase))):
        assert isinstance(copy, Phrase)
        assert copy == phrase and copy.code == phrase.code and copy.values == phrase.values


# ---- numbers.py ------------------------------------------------------------------------------


def test_a_too_short_number_says_so_by_code():
    exc = raised(NumberError, split_number, "+39 12")
    assert str(exc) == "'+39 12' is not a valid phone number: too short"
    phrase = phrase_of(exc)
    assert phrase is exc.phrase and phrase == str(exc)
    assert phrase.code == "PhoneNumbers.invalid-number"
    assert phrase.values["shown"] == "'+39 12'"
    assert exc.reason.code == "PhoneNumbers.too-short"
    assert phrase.values["reason"] is exc.reason  # nested: translated in turn
    assert_round_trips(phrase)


@pytest.mark.parametrize(
    ("raw", "code", "values"),
    [
        ("", "PhoneNumbers.empty", {}),
        ("   ", "PhoneNumbers.empty", {}),
        ("333 12x4567", "PhoneNumbers.letter", {"char": "'x'", "position": 7}),
        ("333#1234567", "PhoneNumbers.character", {"char": "'#'", "position": 4}),
        ("33+31234567", "PhoneNumbers.plus-not-at-start", {"position": 3}),
        ("+", "PhoneNumbers.no-digits-after-plus", {}),
        ("--", "PhoneNumbers.no-digits", {}),
        ("+999 1234567", "PhoneNumbers.unknown-country-code", {}),
    ],
)
def test_number_reasons_carry_their_codes(raw, code, values):
    exc = raised(NumberError, split_number, raw)
    assert exc.reason.code == code
    assert dict(exc.reason.values) == values
    assert str(exc).endswith(f": {exc.reason}")


@pytest.mark.parametrize(
    ("raw", "code", "values"),
    [
        ("+683 7012", "PhoneNumbers.too-short-for-gateway", {"digits": 5}),
        ("+290 1234", "PhoneNumbers.no-such-range", {"code": "+290"}),
        ("+1 555 1234", "PhoneNumbers.local-only", {}),
        ("+39 333 1234567890123", "PhoneNumbers.too-long", {}),
    ],
)
def test_numbers_phonenumbers_refuses_carry_their_codes(raw, code, values):
    exc = raised(NumberError, split_number, raw)
    assert exc.reason.code == code
    assert dict(exc.reason.values) == values


def test_an_unknown_region_is_a_phrase():
    exc = raised(RegionError, split_number, "3331234567", "XX")
    assert str(exc) == "unknown default region 'XX', expected an ISO country code such as 'IT'"
    assert phrase_of(exc).code == "PhoneNumbers.unknown-region"
    assert exc.reason.code == "PhoneNumbers.region-expected"


def test_a_pasted_list_words_its_entries_with_phrases():
    bad, good = parse_many("abc\n+39 333 1234567, 333 1234567")
    assert bad.message == (
        "line 1, column 1: 'abc' is not a valid phone number: it contains the letter 'a' at "
        "position 1"
    )
    assert bad.message.code == "PhoneNumbers.entry-error"
    assert bad.message.values["location"].code == "PhoneNumbers.location"
    assert bad.message.values["error"] is phrase_of(bad.error)
    assert good.note == "+393331234567 also at line 2, column 18 ('333 1234567'): copy dropped"
    assert good.note.code == "PhoneNumbers.copy-dropped"
    assert good.note.values["where"].code == "PhoneNumbers.duplicate"
    assert_round_trips(good.note)


def test_several_dropped_copies_use_the_plural_phrase():
    (entry,) = parse_many("3331234567; 333 1234567; +393331234567")
    assert entry.note.code == "PhoneNumbers.copies-dropped"
    assert entry.note.endswith(": copies dropped")


# ---- fields.py, text.py, wire.py -------------------------------------------------------------


def test_a_field_error_is_a_phrase_around_the_format_reason():
    exc = raised(FieldError, check_field, "GsmCode", "3a")
    assert str(exc) == "GsmCode '3a' must be 2 to 5 digits, e.g. 333"
    assert phrase_of(exc).code == "FieldFormats.field-problem"
    assert phrase_of(exc).values == {"field": "GsmCode", "shown": "'3a'", "reason": exc.reason}
    assert exc.reason.code == "FieldFormats.gsm-code"
    assert_round_trips(phrase_of(exc))


def test_a_control_character_is_named_with_its_position():
    exc = raised(FieldError, check_field, "Sender", "Sh\top")
    assert exc.reason == "contains the control character TAB at position 3"
    assert exc.reason.code == "FieldFormats.control-character"
    assert exc.reason.values == {"name": "TAB", "position": 3}


def test_a_missing_mandatory_field():
    exc = raised(FieldError, SmsMessage().validate)
    assert str(exc) == "Sender (empty) is mandatory and empty"
    assert exc.reason.code == "FieldFormats.mandatory-empty"


@pytest.mark.parametrize(
    ("text", "code", "more"),
    [
        ("Ωx", "FieldFormats.unencodable-use-utf", None),
        ("ΩΩ", "FieldFormats.unencodable-more-use-utf", 1),
    ],
)
def test_a_character_the_encoding_cannot_carry(text, code, more):
    exc = raised(FieldError, check_wire_text, text, "")
    assert exc.reason.code == code
    assert exc.reason.values["char"] == "'Ω'"
    assert exc.reason.values["code"] == "03A9"
    assert exc.reason.values["encoding"] == "ISO-8859-15"
    assert exc.reason.values.get("count") == more
    assert str(exc).endswith("which ISO-8859-15 cannot carry; choose the UTF message type")


def test_encode_value_refuses_with_a_phrase():
    exc = raised(FieldError, encode_value, "aΩ", field="Sender")
    assert (
        exc.reason == "has the character 'Ω' (U+03A9) at position 2, which ISO-8859-15 cannot carry"
    )
    assert exc.reason.code == "FieldFormats.unencodable"


def test_a_line_over_the_limit():
    exc = raised(FieldError, finish_line, b"x" * MAX_LINE, "Message")
    assert exc.reason.code == "FieldFormats.line-too-long"
    assert exc.reason.values == {"size": MAX_LINE + 2, "limit": MAX_LINE}


def test_credentials_are_refused_by_code_and_a_password_never_shows():
    assert raised(FieldError, encode_credential, "Account", "").reason.code == "FieldFormats.empty"
    account = raised(FieldError, encode_credential, "Account", "aΩ")
    assert account.reason.code == "FieldFormats.unencodable"
    password = raised(FieldError, encode_credential, "Password", "sΩcret")
    assert password.reason.code == "FieldFormats.password-character"
    assert password.reason.values == {"position": 2, "encoding": "ISO-8859-15"}
    assert "sΩcret" not in repr(phrase_of(password).to_record())


# ---- schedule.py -----------------------------------------------------------------------------

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def test_a_time_in_the_past():
    exc = raised(ScheduleError, to_gateway_fields, NOW - timedelta(hours=1), now=NOW)
    assert str(exc) == (
        "cannot schedule '2025-03-01T11:00+00:00': it is in the past "
        "(now is 2025-03-01T12:00+00:00)"
    )
    assert phrase_of(exc).code == "Schedule.cannot-schedule"
    assert exc.reason.code == "Schedule.in-the-past"
    assert exc.reason.values == {"now": "2025-03-01T12:00+00:00"}


def test_a_year_the_gateway_cannot_say():
    exc = raised(ScheduleError, to_gateway_fields, datetime(2100, 1, 2, tzinfo=UTC), now=NOW)
    assert exc.reason == "the gateway's two-digit year only covers 2000–2099"
    assert exc.reason.code == "Schedule.years-covered"


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda: zone_of("Nowhere/Nothing"), "Schedule.unknown-zone"),
        (lambda: parse_local(" "), "Schedule.empty"),
        (lambda: parse_local("tomorrow"), "Schedule.expected-format"),
        (lambda: parse_local("2025-13-01 10:00", "Europe/Rome"), "Schedule.no-such-month"),
        (lambda: parse_local("2025-02-30 10:00", "Europe/Rome"), "Schedule.no-such-day"),
        (lambda: parse_local("2025-03-30 02:30", "Europe/Rome"), "Schedule.skipped-time"),
        (lambda: to_gateway_fields(datetime(2030, 1, 1), now=NOW), "Schedule.naive-send-time"),
    ],
)
def test_schedule_reasons_carry_their_codes(call, code):
    exc = raised(ScheduleError, call)
    assert exc.reason.code == code
    assert str(exc).endswith(f": {exc.reason}")


def test_a_skipped_time_names_the_time_and_the_zone():
    exc = raised(ScheduleError, parse_local, "2025-03-30 02:30", "Europe/Rome")
    assert exc.reason.values == {"time": "2025-03-30 02:30", "zone": "Europe/Rome"}


# ---- replies.py, connection.py, errors.py ----------------------------------------------------


def test_an_unexpected_reply_is_a_coded_reason_with_the_line():
    exc = raised(ProtocolError, parse_reply, b"garbage")
    assert str(exc) == "unexpected reply from the gateway: b'garbage'"
    assert exc.reason.code == "Session.protocol-unexpected-reply"
    assert phrase_of(exc).code == "Session.protocol-problem-line"
    assert phrase_of(exc).values == {"reason": exc.reason, "raw": "b'garbage'"}


def test_a_malformed_balance_reply():
    exc = raised(ProtocolError, parse_reply(b"+OK 01 [lots]").balance)
    assert exc.reason.code == "Session.protocol-expected-balance"


def _events(conn: ClientConnection, data: bytes) -> list:
    conn.receive_data(data)
    out = []
    while (event := conn.next_event()) is not NEED_DATA:
        out.append(event)
    return out


def test_a_reply_naming_another_recipient_is_out_of_step():
    conn = ClientConnection(Interface.PACKET)
    _events(conn, b"+OK 01 [Connection 7]\r\n")
    conn.login("XXXXXX", "YYYYYY")
    conn.data_to_send()
    _events(conn, b"+OK 01 1500 [ID ACCOUNT: 0000 STATUS: Active]\r\n")
    message = SmsMessage(
        Sender="Shop", CountryCode="+39", GsmCode="333", PhoneNumber="1234567", TextMessage="Hi"
    )
    conn.send_message(message)
    conn.data_to_send()
    (lost,) = _events(conn, b"+OK 01 1499 [SMS SEND MESSAGE TO: +393339999999 - x]\r\n")
    assert isinstance(lost, ConnectionLost)
    reason = lost.error.reason
    assert reason == "the reply names 393339999999, not +393331234567: replies are out of step"
    assert reason.code == "Session.protocol-out-of-step"
    assert reason.values == {"number": "393339999999", "recipient": "+393331234567"}


def test_a_reply_with_no_request_pending():
    conn = ClientConnection(Interface.PACKET)
    _events(conn, b"+OK 01 [Connection 7]\r\n")
    exc = raised(ProtocolError, _events, conn, b"+OK 01 [what]\r\n")
    assert exc.reason.code == "Session.protocol-no-request-pending"


def test_the_base_error_offers_its_phrase():
    plain = SmsGateError("plain words")
    assert plain.phrase is None and phrase_of(plain) is None
    exc = raised(FieldError, check_field, "DCS", "zz")
    assert exc.phrase is phrase_of(exc) is exc.args[0]
    other = SmsGateError("composite")
    other.phrase = exc.reason  # a subclass whose message is not its first argument
    assert other.phrase is exc.reason and phrase_of(other) is exc.reason
    # An exception's pickled copy keeps its phrase (process pools).
    copy = pickle.loads(pickle.dumps(other))
    assert phrase_of(copy) == exc.reason and phrase_of(copy).code == exc.reason.code
