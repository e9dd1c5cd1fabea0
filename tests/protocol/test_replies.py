"""replies.py: every reply line of the spec parsed; anything else is a ProtocolError."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol import CATALOGUE, Err, Ok, ProtocolError, parse_reply
from smsgate_desktop.protocol.replies import STATUSES

# ---- +OK


def test_greeting():
    reply = parse_reply(b"+OK 01 [Connection xxx With IpAddress]")
    assert reply == Ok(None, "[Connection xxx With IpAddress]", reply.raw)
    assert reply.raw == b"+OK 01 [Connection xxx With IpAddress]"
    assert reply.bracket() == "Connection xxx With IpAddress"


def test_bare_ok():
    reply = parse_reply(b"+OK 01")
    assert isinstance(reply, Ok)
    assert reply.credit is None
    assert reply.detail == ""
    assert reply.bracket() is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (b"+OK 01 1500 [ID ACCOUNT: 0000 STATUS: Active]", 1500),
        (b"+OK 01 1499 [ID ACCOUNT: 0000 STATUS: Active]", 1499),  # the DB Inquiry table
    ],
)
def test_login_reply(line, credit):
    reply = parse_reply(line)
    assert reply.credit == credit
    assert reply.detail == "[ID ACCOUNT: 0000 STATUS: Active]"
    assert reply.login() == (credit, "0000", "Active")


@pytest.mark.parametrize("status", STATUSES)
def test_login_reply_with_every_status(status):
    assert parse_reply(f"+OK 01 7 [ID ACCOUNT: 4711 STATUS: {status}]".encode()).login() == (
        7,
        "4711",
        status,
    )


def test_login_reply_is_read_leniently():
    assert parse_reply(b"+OK 01 1500").login() == (1500, "", "")
    assert parse_reply(b"+OK 01 1500 [Welcome]").login() == (1500, "", "")
    assert parse_reply(b"+OK 01 0 [ID ACCOUNT:12 STATUS:Standby]").login() == (0, "12", "Standby")


def test_login_reply_without_credit_is_a_protocol_error():
    reply = parse_reply(b"+OK 01 [ID ACCOUNT: 0000 STATUS: Active]")
    with pytest.raises(ProtocolError) as info:
        reply.login()
    assert info.value.raw == reply.raw


SPEC_ACKS = [
    (b"+OK 01 [COUNTRY CODE: +39]", "COUNTRY CODE: +39"),
    (b"+OK 01 [GSM CODE: 333]", "GSM CODE: 333"),
    (b"+OK 01 [PHONE NUMBER: 12345]", "PHONE NUMBER: 12345"),
    (b"+OK 01 [SENDER: +39333444444]", "SENDER: +39333444444"),
    (b"+OK 01 [SMS TEXTMESSAGE: Hello]", "SMS TEXTMESSAGE: Hello"),
    (b"+OK 01 [SMS TYPE: Text Message]", "SMS TYPE: Text Message"),
    (b"+OK 01 [SMS TYPE: FL]", "SMS TYPE: FL"),
    (b"+OK 01 [SMS TYPE: UCS]", "SMS TYPE: UCS"),
    (b"+OK 01 [SMS TYPE: UTF]", "SMS TYPE: UTF"),
    (b"+OK 01 [SMS TYPE: UDH]", "SMS TYPE: UDH"),
    (b"+OK 01 [SMS TYPE: WBK]", "SMS TYPE: WBK"),
    (b"+OK 01 [SMS TYPE: WPS]", "SMS TYPE: WPS"),
    (b"+OK 01 [SMS DAY: 25]", "SMS DAY: 25"),
    (b"+OK 01 [SMS MONTH: 12]", "SMS MONTH: 12"),
    (b"+OK 01 [SMS YEAR: 05]", "SMS YEAR: 05"),
    (b"+OK 01 [SMS HOUR: 07]", "SMS HOUR: 07"),
    (b"+OK 01 [SMS MINUTE: 25]", "SMS MINUTE: 25"),
    (b"+OK 01 [SMS AMPM: AM]", "SMS AMPM: AM"),
    (b"+OK 01 [UDH: 06050415810000] (Default 0)", "UDH: 06050415810000"),
    (b"+OK 01 [DELIVERY: 1] (Default 0)", "DELIVERY: 1"),
    (b"+OK 01 [NOTIFICATION: mailto:xxxxx@xxxx.com]", "NOTIFICATION: mailto:xxxxx@xxxx.com"),
    (b"+OK 01 [SMSVALIDITY: 1440]", "SMSVALIDITY: 1440"),
    (b"+OK 01 [SMSVALIDITY: AB10000123]", "SMSVALIDITY: AB10000123"),
    (b"+OK 01 [DCS: 00]", "DCS: 00"),
]


@pytest.mark.parametrize(("line", "bracket"), SPEC_ACKS)
def test_field_acks(line, bracket):
    reply = parse_reply(line)
    assert isinstance(reply, Ok)
    assert reply.credit is None
    assert reply.bracket() == bracket
    assert reply.detail == line[len(b"+OK 01 ") :].decode()


def test_send_reply_carries_the_credit():
    line = b"+OK 01 1499 [SMS SEND MESSAGE TO: +3933312345 - dd-mm-yy hh:mm:ss Am/Pm]"
    reply = parse_reply(line)
    assert reply.credit == 1499
    assert reply.bracket() == "SMS SEND MESSAGE TO: +3933312345 - dd-mm-yy hh:mm:ss Am/Pm"
    assert reply.raw == line


def test_balance_reply():
    reply = parse_reply(b"+OK 01 [1499]")
    assert reply.credit is None
    assert reply.balance() == 1499
    assert parse_reply(b"+OK 01 [0]").balance() == 0
    assert parse_reply(b"+OK 01 [-3]").balance() == -3
    assert parse_reply(b"+OK 01  [12] ").balance() == 12


@pytest.mark.parametrize(
    "line", [b"+OK 01", b"+OK 01 [abc]", b"+OK 01 1499 [1499]", b"+OK 01 [14 99]", b"+OK 01 [1]x"]
)
def test_not_a_balance(line):
    with pytest.raises(ProtocolError) as info:
        parse_reply(line).balance()
    assert info.value.raw == line


@pytest.mark.parametrize("status", ["Active", "Inactive", "Expired", "Blocked", "Standby"])
def test_status_reply(status):
    assert parse_reply(f"+OK 01 [{status}]".encode()).status() == status


def test_status_reply_is_lenient_about_the_word():
    assert parse_reply(b"+OK 01 [Suspended]").status() == "Suspended"
    assert parse_reply(b"+OK 01 [ Active ]").status() == "Active"


@pytest.mark.parametrize(
    "line",
    [
        b"+OK 01",
        b"+OK 01 []",
        b"+OK 01 1500 [Active]",
        # an unsolicited +OK once became the status "unasked 1" (issue 10)
        b"+OK 01 [unasked 1]",
        b"+OK 01 [Active] [Blocked]",
        b"+OK 01 [SMS SEND MESSAGE TO: +39333 - 01-01-26 01:00:00 AM]",
    ],
)
def test_not_a_status(line):
    with pytest.raises(ProtocolError) as info:
        parse_reply(line).status()
    assert info.value.raw == line


@pytest.mark.parametrize("digits", [16, 4_000, 5_000])
def test_an_absurd_credit_is_an_unknown_credit_not_a_crash(digits):
    """`+OK 01 999…9` once crashed the journal after the gateway had accepted (issue 10);
    over 4,300 digits even int() raises."""
    line = b"+OK 01 " + b"9" * digits + b" [SMS SEND MESSAGE TO: +393331234567 - x]"
    reply = parse_reply(line)
    assert reply.credit is None and reply.has_credit
    assert reply.recipient() == "393331234567"
    login = parse_reply(b"+OK 01 " + b"9" * digits + b" [ID ACCOUNT: 1 STATUS: Active]")
    assert login.login() == (None, "1", "Active")
    with pytest.raises(ProtocolError):
        parse_reply(b"+OK 01 [" + b"9" * digits + b"]").balance()


def test_the_largest_usable_credit():
    assert parse_reply(b"+OK 01 " + b"9" * 15 + b" [x]").credit == 10**15 - 1
    assert parse_reply(b"+OK 01 [" + b"9" * 15 + b"]").balance() == 10**15 - 1


@pytest.mark.parametrize(
    ("detail", "recipient"),
    [
        (b"[SMS SEND MESSAGE TO: +3933312345 - 30-11-26 06:00:00 PM]", "3933312345"),
        (b"[sms send message to:+447700900123]", "447700900123"),
        (b"[Message queued]", None),
        (b"", None),
    ],
)
def test_the_recipient_a_send_reply_names(detail, recipient):
    assert parse_reply(b"+OK 01 1499 " + detail).recipient() == recipient


def test_negative_and_other_status_codes_are_accepted():
    assert parse_reply(b"+OK 01 -2 [SMS SEND MESSAGE TO: +39333]").credit == -2
    assert isinstance(parse_reply(b"+OK 00"), Ok)


def test_echo_is_read_as_utf8_or_iso_8859_15():
    assert parse_reply("+OK 01 [SMS TEXTMESSAGE: Caffè €]".encode()).bracket() == (
        "SMS TEXTMESSAGE: Caffè €"
    )
    latin9 = "+OK 01 [SMS TEXTMESSAGE: Caffè €]".encode("iso-8859-15")
    assert parse_reply(latin9).bracket() == "SMS TEXTMESSAGE: Caffè €"


def test_bare_cr_or_lf_inside_a_reply_is_an_ordinary_byte():
    # clarifications §1: only CR LF ends a line.
    assert parse_reply(b"+OK 01 [SMS TEXTMESSAGE: a\nb]").bracket() == "SMS TEXTMESSAGE: a\nb"
    assert parse_reply(b"+OK 01 [SMS TEXTMESSAGE: a\rb]").bracket() == "SMS TEXTMESSAGE: a\rb"
    assert parse_reply(b"-ERR 93 [Sms Text\nMessage Not Valid]").code == 93


def test_bytearray_is_accepted():
    assert parse_reply(bytearray(b"+OK 01 [1499]")).raw == b"+OK 01 [1499]"


# ---- -ERR

CLOSED = " - [Connection Closed]"

# Every -ERR line of the spec, as printed, with whether the server closes after it.
SPEC_ERR_LINES = [
    ("-ERR 79 [Permission Denied!] - [Connection Closed]", 79, "Permission Denied!", True),
    ("-ERR 89 [Account Not Valid] - [Connection Closed]", 89, "Account Not Valid", True),
    ("-ERR 89 [Account Not Valid] -[Connection Closed]", 89, "Account Not Valid", True),
    ("-ERR 89 [Account Blocked!] - [Connection Closed]", 89, "Account Blocked!", True),
    ("-ERR 89 [Account Not Active!] - [Connection Closed]", 89, "Account Not Active!", True),
    ("-ERR 99 [Credit Not Available!] - [Connection Closed]", 99, "Credit Not Available!", True),
    ("-ERR 87 [IP Locked!] - [Connection Closed]", 87, "IP Locked!", True),
    ("-ERR 85 [IP Not Available!] - [Connection Closed]", 85, "IP Not Available!", True),
    ("-ERR 80 [TCP/IP Not Allowed!] - [Connection Closed]", 80, "TCP/IP Not Allowed!", True),
    ("-ERR 96 [Country Code Not Valid]", 96, "Country Code Not Valid", False),
    ("-ERR 95 [Gsm Code Not Valid]", 95, "Gsm Code Not Valid", False),
    ("-ERR 94 [Phone Number Not Valid]", 94, "Phone Number Not Valid", False),
    ("-ERR 84 [Sender Not Valid]", 84, "Sender Not Valid", False),
    ("-ERR 93 [Sms Text Message Not Valid]", 93, "Sms Text Message Not Valid", False),
    ("-ERR 88 [Sms Type Not Valid]", 88, "Sms Type Not Valid", False),
    ("-ERR 92 [Sms Day Not Valid]", 92, "Sms Day Not Valid", False),
    ("-ERR 92 [Sms Month Not Valid]", 92, "Sms Month Not Valid", False),
    ("-ERR 92 [Sms Year Not Valid]", 92, "Sms Year Not Valid", False),
    ("-ERR 92 [Sms Hour Not Valid]", 92, "Sms Hour Not Valid", False),
    ("-ERR 92 [Sms Minute Not Valid]", 92, "Sms Minute Not Valid", False),
    ("-ERR 92 [Sms AmPm Not Valid]", 92, "Sms AmPm Not Valid", False),
    ("-ERR 92 [Sms Date/Hour Not Valid]", 92, "Sms Date/Hour Not Valid", False),
    ("-ERR 77 [Udh Not Valid]", 77, "Udh Not Valid", False),
    ("-ERR 76 [Delivery Request Not Valid]", 76, "Delivery Request Not Valid", False),
    ("-ERR 75 [Notification Not Valid]", 75, "Notification Not Valid", False),
    ("-ERR 74 [SmsValidity Not valid]", 74, "SmsValidity Not valid", False),
    ("-ERR 74 [SmsValidity Not Valid]", 74, "SmsValidity Not Valid", False),
    ("-ERR 73 [SmsRef Not valid]", 73, "SmsRef Not valid", False),
    ("-ERR 73 [SmsRef Not Valid]", 73, "SmsRef Not Valid", False),
    ("-ERR 72 [Dcs Not valid]", 72, "Dcs Not valid", False),
    ("-ERR 72 [Dcs Not Valid]", 72, "Dcs Not Valid", False),
    (
        "-ERR 100 [String Not Valid or Bad Command Request] - [Connection Closed]",
        100,
        "String Not Valid or Bad Command Request",
        True,
    ),
    (
        "-ERR 100 [String Not Valid or Bad Command Request]",
        100,
        "String Not Valid or Bad Command Request",
        False,
    ),
    ("-ERR 86 [Recipient Locked From Account!]", 86, "Recipient Locked From Account!", False),
    ("-ERR 101 [Too many sessions] - [Connection Closed]", 101, "Too many sessions", True),
    ("-ERR 102 [Shut Down by Server]", 102, "Shut Down by Server", True),
]


@pytest.mark.parametrize(("line", "code", "text", "closes"), SPEC_ERR_LINES)
def test_spec_err_line(line, code, text, closes):
    reply = parse_reply(line.encode())
    assert isinstance(reply, Err)
    assert reply.code == code
    assert reply.text == text
    assert reply.closes is closes
    assert reply.raw == line.encode()
    assert text in CATALOGUE[code].texts
    assert reply.explanation.endswith(f"[{code}]")
    assert str(reply) == reply.explanation


def test_spec_err_lines_cover_every_catalogue_code():
    assert {code for _, code, _, _ in SPEC_ERR_LINES} == set(CATALOGUE)


@pytest.mark.parametrize("code", [79, 80, 85, 87, 89, 99, 101, 102])
def test_closing_codes_close_even_without_the_suffix(code):
    assert parse_reply(f"-ERR {code} [{CATALOGUE[code].text}]".encode()).closes


@pytest.mark.parametrize("code", [72, 73, 74, 75, 76, 77, 84, 86, 88, 92, 93, 94, 95, 96, 100])
def test_other_codes_close_only_when_said(code):
    line = f"-ERR {code} [{CATALOGUE[code].text}]"
    assert not parse_reply(line.encode()).closes
    assert parse_reply((line + CLOSED).encode()).closes


def test_89_explanations_differ_by_text():
    explanations = {
        parse_reply(f"-ERR 89 [{text}]{CLOSED}".encode()).explanation
        for text in ("Account Not Valid", "Account Blocked!", "Account Not Active!")
    }
    assert len(explanations) == 3


def test_unknown_code_and_loose_forms():
    reply = parse_reply(b"-ERR 55 [Something New]")
    assert (reply.code, reply.text, reply.closes) == (55, "Something New", False)
    assert reply.explanation.endswith("[55]")
    assert parse_reply(b"-ERR 55 [Something New] - [Connection Closed]").closes
    bare = parse_reply(b"-ERR 100")
    assert (bare.code, bare.text, bare.closes) == (100, "", False)
    assert parse_reply(b"-ERR 86 no brackets here").text == "no brackets here"


# ---- anything else

NOT_REPLIES = [
    b"",
    b" ",
    b"OK",
    b"+OK",
    b"+OK ",
    b"+OK 1",
    b"+OK 001",
    b"+OK01",
    b"+ok 01",
    b"+OK 01x",
    b" +OK 01",
    b"-ERR",
    b"-ERR ",
    b"-ERR abc",
    b"-ERR 12345 [x]",
    b"-err 100",
    "–ERR 79 [Permission Denied!] - [Connection Closed]".encode(),  # the spec's en dash
    b"\x01acct\x02pw\x04OKSEND\x05\x06",
    b"HTTP/1.1 400 Bad Request",
    b"\x00\xff\xfe",
]


@pytest.mark.parametrize("line", NOT_REPLIES)
def test_unknown_input_is_a_protocol_error_carrying_the_line(line):
    with pytest.raises(ProtocolError) as info:
        parse_reply(line)
    assert info.value.raw == line


def test_str_is_not_a_reply():
    with pytest.raises(ProtocolError):
        parse_reply("+OK 01")  # type: ignore[arg-type]


@given(st.binary(max_size=80))
def test_random_bytes_parse_or_raise_protocol_error(line):
    try:
        reply = parse_reply(line)
    except ProtocolError as exc:
        assert exc.raw == line
    else:
        assert isinstance(reply, Ok | Err)
        assert reply.raw == line
        assert line.startswith((b"+OK ", b"-ERR "))


_reply_like = st.one_of(
    st.binary(max_size=40),
    st.tuples(
        st.sampled_from([b"+OK 01 ", b"+OK 01 [", b"-ERR "]),
        st.integers(1, 6_000).map(lambda n: b"9" * n),
        st.binary(max_size=10),
    ).map(b"".join),
    st.tuples(
        st.sampled_from([b"+OK ", b"-ERR ", b"+OK 01 ", b"-ERR 100 ", b"+OK 01 1499 "]),
        st.binary(max_size=40),
    ).map(b"".join),
)


@given(_reply_like)
def test_reply_like_bytes_and_their_accessors_raise_only_protocol_error(line):
    try:
        reply = parse_reply(line)
        if isinstance(reply, Ok):
            for accessor in (
                reply.balance,
                reply.status,
                reply.login,
                reply.bracket,
                reply.recipient,
            ):
                try:
                    accessor()
                except ProtocolError as exc:
                    assert exc.raw == line
        else:
            assert reply.explanation.endswith(f"[{reply.code}]")
    except ProtocolError as exc:
        assert exc.raw == line


_bracket_text = st.text(
    st.characters(blacklist_characters="[]\r\n", blacklist_categories=("Cs",)), max_size=30
)


@given(st.integers(0, 9999), _bracket_text, st.booleans())
def test_err_round_trip(code, text, said):
    line = f"-ERR {code} [{text}]" + (CLOSED if said else "")
    reply = parse_reply(line.encode())
    assert reply.code == code
    assert reply.text == text
    entry = CATALOGUE.get(code)
    assert reply.closes is (said or (entry is not None and entry.closes == "always"))


@given(st.integers(-(10**6), 10**9), _bracket_text)
def test_ok_round_trip(credit, text):
    reply = parse_reply(f"+OK 01 {credit} [{text}]".encode())
    assert reply.credit == credit
    assert reply.bracket() == text
    assert parse_reply(f"+OK 01 [{abs(credit)}]".encode()).balance() == abs(credit)
