"""connection.py: ClientConnection as a state machine, driven by hand-written byte transcripts.

The transcripts are taken from the spec, not from our simulator, so that client and server
cannot agree on a misreading (the h11 lesson).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsgate_desktop.protocol import (
    NEED_DATA,
    BalanceReported,
    ClientConnection,
    ConnectionLost,
    Err,
    FieldError,
    Greeted,
    Interface,
    LocalProtocolError,
    LoggedIn,
    MessageAccepted,
    ProtocolError,
    Rejected,
    SmsGateError,
    SmsMessage,
    State,
    StatusReported,
)

ASCII, PACKET = Interface.ASCII, Interface.PACKET

GREETING = b"+OK 01 [Connection 7 With 10.0.0.1]\r\n"
LOGIN_OK = b"+OK 01 1500 [ID ACCOUNT: 0000 STATUS: Active]\r\n"
SEND_OK = b"+OK 01 1499 [SMS SEND MESSAGE TO: +393331234567 - 25-12-05 07:25:00 PM]\r\n"
SEND_DETAIL = "[SMS SEND MESSAGE TO: +393331234567 - 25-12-05 07:25:00 PM]"
SHUTDOWN = b"-ERR 102 [Shut Down by Server]\r\n"


def send_ok(to: str, credit: int = 1499) -> bytes:
    """The accepted-send reply for the recipient `to` (the client checks the number)."""
    return b"+OK 01 %d [SMS SEND MESSAGE TO: %s - 25-12-05 07:25:00 PM]\r\n" % (
        credit,
        to.encode(),
    )


TRAILER = b"\x04OKSEND\x05\x06\r\n"

MSG = SmsMessage(
    Sender="Shop", CountryCode="+39", GsmCode="333", PhoneNumber="1234567", TextMessage="Hello"
)
MSG_PACKET = b"\x03Shop\x03+39\x03333\x031234567\x03Hello" + b"\x03" * 15 + TRAILER
MSG_LINES = [
    (b"Sender=Shop\r\n", b"+OK 01 [SENDER: Shop]\r\n"),
    (b"CountryCode=+39\r\n", b"+OK 01 [COUNTRY CODE: +39]\r\n"),
    (b"GsmCode=333\r\n", b"+OK 01 [GSM CODE: 333]\r\n"),
    (b"PhoneNumber=1234567\r\n", b"+OK 01 [PHONE NUMBER: 1234567]\r\n"),
    (b"TextMessage=Hello\r\n", b"+OK 01 [SMS TEXTMESSAGE: Hello]\r\n"),
]


# ---- helpers


def events(conn: ClientConnection, data: bytes | None = None) -> list:
    """Feed `data` (b"" = EOF), then take every event up to NEED_DATA."""
    if data is not None:
        conn.receive_data(data)
    out = []
    while (event := conn.next_event()) is not NEED_DATA:
        out.append(event)
    return out


def err(line: bytes) -> Err:
    from smsgate_desktop.protocol import parse_reply

    return parse_reply(line.rstrip(b"\r\n"))


def greeted(interface: Interface) -> ClientConnection:
    conn = ClientConnection(interface)
    assert events(conn, GREETING) == [Greeted("[Connection 7 With 10.0.0.1]")]
    return conn


def logged_in(interface: Interface) -> ClientConnection:
    conn = greeted(interface)
    conn.login("XXXXXX", "YYYYYY")
    if interface is ASCII:
        assert conn.data_to_send() == b"Account=XXXXXX\r\n"
        assert events(conn, b"+OK 01\r\n") == []
        assert conn.data_to_send() == b"Password=YYYYYY\r\n"
    else:
        assert conn.data_to_send() == b"\x01XXXXXX\x02YYYYYY\x04OKSEND\x05\x06\r\n"
    assert events(conn, LOGIN_OK) == [LoggedIn(1500, "0000", "Active")]
    assert conn.state is State.LOGGED_IN
    return conn


def send_ascii_fields(conn: ClientConnection, lines=MSG_LINES) -> None:
    for line, ack in lines:
        assert conn.data_to_send() == line
        assert conn.data_to_send() == b""  # the next line waits for this one's ack
        assert events(conn, ack) == []


Step = tuple[str, bytes]  # ("C", bytes the client must write) or ("S", bytes the server sends)


def run(conn: ClientConnection, script: Iterable[Step], feed: Callable[[bytes], list[bytes]]):
    """Play a transcript; `feed` cuts each server step into chunks. Returns all events."""
    out = []
    for who, data in script:
        if who == "C":
            assert conn.data_to_send() == data
        else:
            for chunk in feed(data):
                out += events(conn, chunk)
    assert conn.data_to_send() == b""
    return out


def whole(data: bytes) -> list[bytes]:
    return [data]


def byte_by_byte(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


# ---- login


def test_nothing_is_written_before_the_greeting():
    conn = ClientConnection(PACKET)
    assert conn.state is State.AWAIT_GREETING
    conn.login("XXXXXX", "YYYYYY")
    assert conn.data_to_send() == b""
    assert events(conn, b"+OK 01 [Connection xxx With IpAddress]\r") == []
    assert conn.data_to_send() == b""
    assert events(conn, b"\n") == [Greeted("[Connection xxx With IpAddress]")]
    assert conn.state is State.CONNECTED
    assert conn.data_to_send() == b"\x01XXXXXX\x02YYYYYY\x04OKSEND\x05\x06\r\n"


def test_default_interface_is_packets():
    assert ClientConnection().interface is PACKET
    assert ClientConnection("ascii").interface is ASCII


@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_login(interface):
    conn = logged_in(interface)
    assert conn.credit == 1500
    assert conn.idle
    assert conn.data_to_send() == b""


def test_full_ascii_password_waits_for_the_account_ack():
    conn = greeted(ASCII)
    conn.login("XXXXXX", "YYYYYY")
    assert conn.data_to_send() == b"Account=XXXXXX\r\n"
    assert conn.data_to_send() == b""
    assert conn.data_to_send() == b""
    assert events(conn, b"+OK 01\r\n") == []
    assert conn.data_to_send() == b"Password=YYYYYY\r\n"


@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_greeting_refused(interface):
    conn = ClientConnection(interface)
    conn.login("XXXXXX", "YYYYYY")
    line = b"-ERR 79 [Permission Denied!] - [Connection Closed]\r\n"
    [event] = events(conn, line)
    assert event == Rejected("greeting", err(line))
    assert event.error.closes
    assert conn.state is State.CLOSED
    assert conn.idle  # the queued login was dropped
    assert conn.data_to_send() == b""
    with pytest.raises(LocalProtocolError):
        conn.query("Balance")


LOGIN_REFUSALS = [
    b"-ERR 89 [Account Not Valid] - [Connection Closed]\r\n",
    b"-ERR 89 [Account Blocked!] - [Connection Closed]\r\n",
    b"-ERR 89 [Account Not Active!] - [Connection Closed]\r\n",
    b"-ERR 99 [Credit Not Available!] - [Connection Closed]\r\n",
    b"-ERR 87 [IP Locked!] - [Connection Closed]\r\n",
    b"-ERR 85 [IP Not Available!] - [Connection Closed]\r\n",
    b"-ERR 80 [TCP/IP Not Allowed!] - [Connection Closed]\r\n",
    b"-ERR 101 [Too many sessions] - [Connection Closed]\r\n",
]


@pytest.mark.parametrize("line", LOGIN_REFUSALS)
@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_login_refused_closes(interface, line):
    conn = greeted(interface)
    conn.login("XXXXXX", "YYYYYY")
    conn.query("Balance")  # queued behind the login: dropped with it
    conn.data_to_send()
    if interface is ASCII:
        events(conn, b"+OK 01\r\n")
        assert conn.data_to_send() == b"Password=YYYYYY\r\n"
    [event] = events(conn, line)
    assert event == Rejected("login", err(line), None, None)
    assert conn.state is State.CLOSED
    assert conn.idle
    assert conn.credit is None
    assert conn.data_to_send() == b""
    assert events(conn, b"") == []  # the close that follows is no news


def test_full_ascii_account_refused_names_the_account_line():
    conn = greeted(ASCII)
    conn.login("nobody", "YYYYYY")
    assert conn.data_to_send() == b"Account=nobody\r\n"
    [event] = events(conn, b"-ERR 89 [Account Not Valid] - [Connection Closed]\r\n")
    assert event.request == "login"
    assert event.field == "Account"
    assert conn.state is State.CLOSED


def test_login_bad_command_keeps_the_connection():
    conn = greeted(PACKET)
    conn.login("XXXXXX", "YYYYYY")
    conn.data_to_send()
    [event] = events(conn, b"-ERR 100 [String Not Valid or Bad Command Request]\r\n")
    assert event.request == "login"
    assert not event.error.closes
    assert conn.state is State.CONNECTED
    conn.login("XXXXXX", "YYYYYY")
    assert conn.data_to_send().startswith(b"\x01XXXXXX")
    assert events(conn, LOGIN_OK) == [LoggedIn(1500, "0000", "Active")]


@pytest.mark.parametrize("interface", [ASCII, PACKET])
@pytest.mark.parametrize("password", ["pass\rword", "pass\nword", "pass\x02word", "passЖword"])
def test_bad_credentials_are_refused_before_queueing(interface, password):
    conn = greeted(interface)
    with pytest.raises(FieldError) as info:
        conn.login("XXXXXX", password)
    assert info.value.field == "Password"
    assert "pass" not in str(info.value)
    assert conn.idle
    assert conn.data_to_send() == b""
    with pytest.raises(FieldError):
        conn.login("", "YYYYYY")


# ---- sending, Packets


def test_packet_send_accepted():
    conn = logged_in(PACKET)
    conn.send_message(MSG)
    assert conn.data_to_send() == MSG_PACKET
    assert conn.written
    assert conn.data_to_send() == b""
    [event] = events(conn, SEND_OK)
    assert event == MessageAccepted(MSG, 1499, SEND_DETAIL)
    assert conn.credit == 1499
    assert conn.first_accepted is MSG
    assert conn.idle
    assert not conn.written


def test_packet_send_recipient_locked_keeps_the_connection():
    conn = logged_in(PACKET)
    conn.send_message(MSG)
    conn.data_to_send()
    line = b"-ERR 86 [Recipient Locked From Account!]\r\n"
    assert events(conn, line) == [Rejected("send", err(line), MSG, None)]
    assert conn.state is State.LOGGED_IN
    assert conn.first_accepted is None
    assert conn.credit == 1500
    # A rejected message is no elision base: the next one goes in full.
    other = MSG.with_values(PhoneNumber="7654321")
    conn.send_message(other)
    assert conn.data_to_send() == MSG_PACKET.replace(b"1234567", b"7654321")


def test_packet_send_without_credit_closes():
    conn = logged_in(PACKET)
    conn.send_message(MSG)
    conn.query("Balance")
    conn.data_to_send()
    line = b"-ERR 99 [Credit Not Available!] - [Connection Closed]\r\n"
    assert events(conn, line) == [Rejected("send", err(line), MSG, None)]
    assert conn.state is State.CLOSED
    assert conn.idle
    assert conn.data_to_send() == b""
    with pytest.raises(LocalProtocolError):
        conn.send_message(MSG)


@pytest.mark.parametrize(
    "line",
    [
        b"-ERR 96 [Country Code Not Valid]\r\n",
        b"-ERR 92 [Sms Date/Hour Not Valid]\r\n",
        b"-ERR 100 [String Not Valid or Bad Command Request]\r\n",
    ],
)
def test_packet_data_errors_keep_the_connection(line):
    conn = logged_in(PACKET)
    conn.send_message(MSG)
    conn.data_to_send()
    [event] = events(conn, line)
    assert event.error.code == int(line.split()[1])
    assert conn.state is State.LOGGED_IN


def test_packet_elision_after_the_first_accepted_message():
    conn = logged_in(PACKET)
    conn.send_message(MSG)
    conn.data_to_send()
    events(conn, SEND_OK)
    conn.send_message(MSG.with_values(PhoneNumber="7654321"))
    assert conn.data_to_send() == b"\x03\x03\x03\x037654321\x03" + b"\x03" * 15 + TRAILER
    events(conn, send_ok("+393337654321"))
    # Changed fields go in full, unchanged ones stay empty; the base stays the FIRST message.
    conn.send_message(MSG.with_values(GsmCode="347", PhoneNumber="1111111", SmsType="FL"))
    assert conn.data_to_send() == (b"\x03\x03\x03347\x031111111\x03\x03FL" + b"\x03" * 14 + TRAILER)
    [event] = events(conn, send_ok("+393471111111"))
    assert event.message.GsmCode == "347"  # the event carries the message as given
    assert conn.first_accepted is MSG


def test_requests_run_in_the_order_queued():
    conn = ClientConnection(PACKET)
    conn.login("XXXXXX", "YYYYYY")
    conn.send_message(MSG)
    conn.query("Status")
    script = [
        ("S", GREETING),
        ("C", b"\x01XXXXXX\x02YYYYYY\x04OKSEND\x05\x06\r\n"),
        ("S", LOGIN_OK),
        ("C", MSG_PACKET),
        ("S", SEND_OK),
        ("C", b"SmsQuery=Status\r\n"),
        ("S", b"+OK 01 [Standby]\r\n"),
    ]
    assert [type(e) for e in run(conn, script, whole)] == [
        Greeted,
        LoggedIn,
        MessageAccepted,
        StatusReported,
    ]


@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_invalid_message_is_refused_before_queueing(interface):
    conn = logged_in(interface)
    with pytest.raises(FieldError) as info:
        conn.send_message(MSG.with_values(GsmCode="3"))
    assert info.value.field == "GsmCode"
    with pytest.raises(FieldError) as info:
        conn.send_message(MSG.with_values(TextMessage=""))
    assert info.value.field == "TextMessage"
    assert conn.idle
    assert conn.data_to_send() == b""


# ---- <Send Login & Data>


def test_login_and_data():
    conn = greeted(PACKET)
    conn.login_and_send("XXXXXX", "YYYYYY", MSG)
    assert conn.data_to_send() == b"\x01XXXXXX\x02YYYYYY" + MSG_PACKET
    assert conn.data_to_send() == b""
    [event] = events(conn, SEND_OK)
    assert event == MessageAccepted(MSG, 1499, SEND_DETAIL)
    assert conn.state is State.LOGGED_IN
    assert conn.credit == 1499
    assert conn.first_accepted is MSG
    conn.send_message(MSG.with_values(PhoneNumber="7654321"))
    assert conn.data_to_send() == b"\x03\x03\x03\x037654321\x03" + b"\x03" * 15 + TRAILER


def test_login_and_data_refused_data_stays_logged_in():
    # clarifications §13: the login part succeeded, the data failed.
    conn = greeted(PACKET)
    conn.login_and_send("XXXXXX", "YYYYYY", MSG)
    conn.data_to_send()
    line = b"-ERR 86 [Recipient Locked From Account!]\r\n"
    assert events(conn, line) == [Rejected("send", err(line), MSG, None)]
    assert conn.state is State.LOGGED_IN
    conn.send_message(MSG.with_values(PhoneNumber="7654321"))
    assert conn.data_to_send() == MSG_PACKET.replace(b"1234567", b"7654321")


def test_login_and_data_refused_login_closes():
    conn = greeted(PACKET)
    conn.login_and_send("XXXXXX", "YYYYYY", MSG)
    conn.data_to_send()
    [event] = events(conn, b"-ERR 89 [Account Blocked!] - [Connection Closed]\r\n")
    assert event.request == "send"
    assert event.error.text == "Account Blocked!"
    assert conn.state is State.CLOSED


def test_login_and_data_bad_command_is_not_taken_as_logged_in():
    conn = greeted(PACKET)
    conn.login_and_send("XXXXXX", "YYYYYY", MSG)
    conn.data_to_send()
    events(conn, b"-ERR 100 [String Not Valid or Bad Command Request]\r\n")
    assert conn.state is State.CONNECTED


def test_login_and_data_is_packets_only():
    conn = greeted(ASCII)
    with pytest.raises(ValueError, match="Packets"):
        conn.login_and_send("XXXXXX", "YYYYYY", MSG)
    assert conn.idle


def test_login_and_data_validates_everything_first():
    conn = greeted(PACKET)
    with pytest.raises(FieldError) as info:
        conn.login_and_send("XXXXXX", "secret\x04", MSG)
    assert info.value.field == "Password"
    with pytest.raises(FieldError) as info:
        conn.login_and_send("XXXXXX", "YYYYYY", MSG.with_values(SmsAmPm="pm"))
    assert info.value.field == "SmsAmPm"
    assert conn.idle


# ---- sending, Full Ascii


def test_full_ascii_send_one_line_per_ack():
    conn = logged_in(ASCII)
    conn.send_message(MSG)
    send_ascii_fields(conn)
    assert not conn.written
    assert conn.data_to_send() == b"SendSMS=OKSEND\r\n"
    assert conn.written
    assert conn.data_to_send() == b""
    [event] = events(conn, SEND_OK)
    assert isinstance(event, MessageAccepted)
    assert event.credit == 1499
    assert conn.credit == 1499
    assert conn.first_accepted is MSG


def test_full_ascii_second_message_sends_only_what_changed():
    conn = logged_in(ASCII)
    conn.send_message(MSG.with_values(SmsValidity="1440"))
    send_ascii_fields(
        conn, [*MSG_LINES, (b"SmsValidity=1440\r\n", b"+OK 01 [SMSVALIDITY: 1440]\r\n")]
    )
    conn.data_to_send()
    events(conn, SEND_OK)
    conn.send_message(MSG.with_values(PhoneNumber="7654321", TextMessage="Bye"))
    script = [
        ("C", b"PhoneNumber=7654321\r\n"),
        ("S", b"+OK 01 [PHONE NUMBER: 7654321]\r\n"),
        ("C", b"TextMessage=Bye\r\n"),
        ("S", b"+OK 01 [SMS TEXTMESSAGE: Bye]\r\n"),
        ("C", b"SmsValidity=\r\n"),  # back to the default
        ("S", b"+OK 01 [SMSVALIDITY: ]\r\n"),
        ("C", b"SendSMS=OKSEND\r\n"),
        ("S", send_ok("+393337654321")),
    ]
    [event] = run(conn, script, whole)
    assert isinstance(event, MessageAccepted)
    # The same recipient again: PhoneNumber is cleared by each accepted send, so it is re-sent.
    conn.send_message(MSG.with_values(PhoneNumber="7654321", TextMessage="Bye"))
    assert conn.data_to_send() == b"PhoneNumber=7654321\r\n"


def test_full_ascii_field_rejected_mid_message():
    conn = logged_in(ASCII)
    conn.send_message(MSG)
    send_ascii_fields(conn, MSG_LINES[:2])
    assert conn.data_to_send() == b"GsmCode=333\r\n"
    line = b"-ERR 95 [Gsm Code Not Valid]\r\n"
    assert events(conn, line) == [Rejected("send", err(line), MSG, "GsmCode")]
    assert conn.state is State.LOGGED_IN
    assert conn.idle
    assert conn.data_to_send() == b""  # the rest of the message is dropped
    assert conn.first_accepted is None
    # Sender and CountryCode were acknowledged, so the server holds them; GsmCode was not.
    conn.send_message(MSG)
    assert conn.data_to_send() == b"GsmCode=333\r\n"


def test_full_ascii_rejected_field_keeps_the_server_value():
    conn = logged_in(ASCII)
    conn.send_message(MSG)
    send_ascii_fields(conn)
    conn.data_to_send()
    events(conn, SEND_OK)
    conn.send_message(MSG.with_values(GsmCode="999"))
    assert conn.data_to_send() == b"GsmCode=999\r\n"
    assert events(conn, b"-ERR 95 [Gsm Code Not Valid]\r\n")[0].field == "GsmCode"
    # Still 999 wanted: the server holds 333, so 999 is sent again.
    conn.send_message(MSG.with_values(GsmCode="999"))
    assert conn.data_to_send() == b"GsmCode=999\r\n"
    events(conn, b"-ERR 95 [Gsm Code Not Valid]\r\n")
    # Back to 333: the server still holds it, so it is not sent.
    conn.send_message(MSG)
    assert conn.data_to_send() == b"PhoneNumber=1234567\r\n"


def test_full_ascii_send_refused_at_sendsms():
    conn = logged_in(ASCII)
    conn.send_message(MSG)
    send_ascii_fields(conn)
    assert conn.data_to_send() == b"SendSMS=OKSEND\r\n"
    line = b"-ERR 86 [Recipient Locked From Account!]\r\n"
    assert events(conn, line) == [Rejected("send", err(line), MSG, None)]
    assert conn.state is State.LOGGED_IN
    conn.send_message(MSG)  # every field is held; PhoneNumber is always sent
    assert conn.data_to_send() == b"PhoneNumber=1234567\r\n"


def test_full_ascii_bad_command_closing_mid_message():
    conn = logged_in(ASCII)
    conn.send_message(MSG)
    conn.data_to_send()
    line = b"-ERR 100 [String Not Valid or Bad Command Request] - [Connection Closed]\r\n"
    [event] = events(conn, line)
    assert event.field == "Sender"
    assert event.error.closes
    assert conn.state is State.CLOSED


# ---- queries


@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_balance_query(interface):
    conn = logged_in(interface)
    conn.query("Balance")
    assert conn.data_to_send() == b"SmsQuery=Balance\r\n"
    assert events(conn, b"+OK 01 [1499]\r\n") == [BalanceReported(1499)]
    assert conn.credit == 1499


@pytest.mark.parametrize("interface", [ASCII, PACKET])
@pytest.mark.parametrize("status", ["Active", "Inactive", "Expired", "Blocked", "Standby"])
def test_status_query(interface, status):
    conn = logged_in(interface)
    conn.query("Status")
    assert conn.data_to_send() == b"SmsQuery=Status\r\n"
    assert events(conn, f"+OK 01 [{status}]\r\n".encode()) == [StatusReported(status)]
    assert conn.credit == 1500


def test_query_refused():
    conn = logged_in(ASCII)
    conn.query("Balance")
    conn.data_to_send()
    [event] = events(conn, b"-ERR 89 [Account Not Valid] - [Connection Closed]\r\n")
    assert event.request == "query"
    assert event.message is None
    assert conn.state is State.CLOSED


def test_query_bad_command_keeps_the_connection():
    conn = logged_in(PACKET)
    conn.query("Status")
    conn.data_to_send()
    [event] = events(conn, b"-ERR 100 [String Not Valid or Bad Command Request]\r\n")
    assert event.request == "query"
    assert conn.state is State.LOGGED_IN


def test_unknown_query_is_refused_before_queueing():
    conn = logged_in(ASCII)
    with pytest.raises(ValueError):
        conn.query("Credit")
    assert conn.idle


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("Balance", b"+OK 01 1499 [1499]\r\n"),
        ("Balance", b"+OK 01 [Active]\r\n"),
        ("Status", b"+OK 01 1499 [Active]\r\n"),
        ("Status", b"+OK 01\r\n"),
    ],
)
def test_malformed_query_reply_is_a_protocol_error(kind, line):
    conn = logged_in(PACKET)
    conn.query(kind)
    conn.data_to_send()
    with pytest.raises(ProtocolError) as info:
        events(conn, line)
    assert info.value.raw == line[:-2]
    assert conn.state is State.CLOSED


def test_login_reply_without_credit_is_a_protocol_error():
    conn = greeted(PACKET)
    conn.login("XXXXXX", "YYYYYY")
    conn.data_to_send()
    with pytest.raises(ProtocolError):
        events(conn, b"+OK 01\r\n")
    assert conn.state is State.CLOSED


# ---- the line ends


@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_idle_shutdown(interface):
    conn = logged_in(interface)
    [event] = events(conn, SHUTDOWN)
    assert event == ConnectionLost(shutdown=err(SHUTDOWN), request=None, message=None)
    assert not event.written
    assert conn.state is State.CLOSED
    assert events(conn, b"") == []
    with pytest.raises(LocalProtocolError):
        conn.query("Balance")


def test_shutdown_while_a_packet_send_was_written():
    conn = logged_in(PACKET)
    conn.send_message(MSG)
    conn.data_to_send()
    assert events(conn, SHUTDOWN) == [ConnectionLost(err(SHUTDOWN), "send", MSG, True)]


def test_eof_while_a_packet_send_was_written_leaves_the_outcome_unknown():
    conn = logged_in(PACKET)
    conn.send_message(MSG)
    conn.data_to_send()
    assert events(conn, b"") == [ConnectionLost(None, "send", MSG, written=True)]
    assert conn.state is State.CLOSED
    # The caller may ask after the fact: the message must not be re-sent automatically.
    assert conn.written


def test_eof_in_the_middle_of_full_ascii_fields():
    conn = logged_in(ASCII)
    conn.send_message(MSG)
    send_ascii_fields(conn, MSG_LINES[:3])
    assert conn.data_to_send() == b"PhoneNumber=1234567\r\n"
    assert events(conn, b"") == [ConnectionLost(None, "send", MSG, written=False)]
    assert not conn.written


def test_eof_after_sendsms_was_written():
    conn = logged_in(ASCII)
    conn.send_message(MSG)
    send_ascii_fields(conn)
    conn.data_to_send()
    assert events(conn, b"") == [ConnectionLost(None, "send", MSG, written=True)]
    assert conn.written


def test_eof_before_a_queued_request_started():
    conn = ClientConnection(PACKET)
    conn.login("XXXXXX", "YYYYYY")
    assert events(conn, b"") == [ConnectionLost(None, None, None, False)]
    assert conn.state is State.CLOSED
    assert conn.idle


def test_eof_during_login():
    conn = greeted(PACKET)
    conn.login("XXXXXX", "YYYYYY")
    conn.data_to_send()
    assert events(conn, b"") == [ConnectionLost(None, "login", None, True)]


@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_eof_while_idle(interface):
    conn = logged_in(interface)
    assert events(conn, b"") == [ConnectionLost(None)]
    assert conn.state is State.CLOSED


def test_last_line_without_crlf_before_eof_is_read():
    conn = logged_in(PACKET)
    conn.query("Balance")
    conn.data_to_send()
    assert events(conn, b"+OK 01 [1499]") == []
    assert events(conn, b"") == [BalanceReported(1499), ConnectionLost(None)]


# ---- framing and strictness


def _full_packet_transcript() -> list[Step]:
    return [
        ("S", GREETING),
        ("C", b"\x01XXXXXX\x02YYYYYY\x04OKSEND\x05\x06\r\n"),
        ("S", LOGIN_OK),
        ("C", MSG_PACKET),
        ("S", SEND_OK),
        ("C", b"SmsQuery=Balance\r\n"),
        ("S", b"+OK 01 [1499]\r\n"),
        ("S", SHUTDOWN),
    ]


def _full_ascii_transcript() -> list[Step]:
    script: list[Step] = [
        ("S", GREETING),
        ("C", b"Account=XXXXXX\r\n"),
        ("S", b"+OK 01\r\n"),
        ("C", b"Password=YYYYYY\r\n"),
        ("S", LOGIN_OK),
    ]
    for line, ack in MSG_LINES:
        script += [("C", line), ("S", ack)]
    return [
        *script,
        ("C", b"SendSMS=OKSEND\r\n"),
        ("S", SEND_OK),
        ("C", b"SmsQuery=Balance\r\n"),
        ("S", b"+OK 01 [1499]\r\n"),
        ("S", SHUTDOWN),
    ]


EXPECTED_EVENTS = [
    Greeted("[Connection 7 With 10.0.0.1]"),
    LoggedIn(1500, "0000", "Active"),
    MessageAccepted(MSG, 1499, SEND_DETAIL),
    BalanceReported(1499),
    ConnectionLost(err(SHUTDOWN)),
]


def _queue_all(conn: ClientConnection) -> ClientConnection:
    conn.login("XXXXXX", "YYYYYY")
    conn.send_message(MSG)
    conn.query("Balance")
    return conn


@pytest.mark.parametrize("feed", [whole, byte_by_byte])
@pytest.mark.parametrize(
    ("interface", "script"),
    [(PACKET, _full_packet_transcript()), (ASCII, _full_ascii_transcript())],
)
def test_transcript_whole_or_byte_by_byte(interface, script, feed):
    conn = _queue_all(ClientConnection(interface))
    assert run(conn, script, feed) == EXPECTED_EVENTS


@settings(max_examples=50)
@given(st.data())
def test_transcript_cut_anywhere(data):
    interface = data.draw(st.sampled_from([PACKET, ASCII]))
    script = _full_packet_transcript() if interface is PACKET else _full_ascii_transcript()

    def feed(chunk: bytes) -> list[bytes]:
        cuts = sorted(data.draw(st.sets(st.integers(1, max(1, len(chunk) - 1)), max_size=4)))
        bounds = [0, *cuts, len(chunk)]
        return [chunk[a:b] for a, b in pairwise(bounds) if b > a]

    assert run(_queue_all(ClientConnection(interface)), script, feed) == EXPECTED_EVENTS


def test_several_replies_in_one_chunk():
    conn = greeted(PACKET)
    conn.login("XXXXXX", "YYYYYY")
    conn.data_to_send()
    conn.receive_data(LOGIN_OK + SHUTDOWN)
    assert conn.next_event() == LoggedIn(1500, "0000", "Active")
    assert conn.next_event() == ConnectionLost(err(SHUTDOWN))
    assert conn.next_event() is NEED_DATA


def test_greeting_and_shutdown_in_one_chunk():
    conn = ClientConnection(ASCII)
    assert events(conn, GREETING + SHUTDOWN) == [
        Greeted("[Connection 7 With 10.0.0.1]"),
        ConnectionLost(err(SHUTDOWN)),
    ]


def test_reply_to_a_line_not_yet_written_is_a_protocol_error():
    # Only Account= was written: a second reply cannot be the Password= reply.
    conn = greeted(ASCII)
    conn.login("XXXXXX", "YYYYYY")
    conn.data_to_send()
    with pytest.raises(ProtocolError) as info:
        events(conn, b"+OK 01\r\n" + LOGIN_OK)
    assert info.value.raw == LOGIN_OK[:-2]
    assert conn.state is State.CLOSED


@pytest.mark.parametrize("interface", [ASCII, PACKET])
@pytest.mark.parametrize(
    "line", [SEND_OK, b"+OK 01\r\n", b"-ERR 86 [Recipient Locked From Account!]\r\n"]
)
def test_reply_with_no_request_pending(interface, line):
    conn = logged_in(interface)
    with pytest.raises(ProtocolError) as info:
        events(conn, line)
    assert info.value.raw == line[:-2]
    assert conn.state is State.CLOSED


def test_reply_before_the_request_was_written():
    conn = logged_in(PACKET)
    conn.query("Balance")  # queued, but data_to_send() not called yet
    with pytest.raises(ProtocolError):
        events(conn, b"+OK 01 [1499]\r\n")


GARBAGE = [
    b"HELLO\r\n",
    b"OK\r\n",
    b"\x00\x01\x02\r\n",
    b"+OK\r\n",
    b"-ERR\r\n",
    b"\r\n",
    "–ERR 79 [Permission Denied!]\r\n".encode(),
]


def _in_state(name: str, interface: Interface) -> ClientConnection:
    if name == "greeting":
        return ClientConnection(interface)
    if name == "connected":
        return greeted(interface)
    if name == "login":
        conn = greeted(interface)
        conn.login("XXXXXX", "YYYYYY")
        conn.data_to_send()
        return conn
    conn = logged_in(interface)
    if name == "send":
        conn.send_message(MSG)
        conn.data_to_send()
    elif name == "query":
        conn.query("Balance")
        conn.data_to_send()
    return conn


STATES = ["greeting", "connected", "login", "idle", "send", "query"]


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("interface", [ASCII, PACKET])
@pytest.mark.parametrize("line", GARBAGE)
def test_garbage_is_a_protocol_error_and_closes(state, interface, line):
    conn = _in_state(state, interface)
    written = conn.unanswered
    if written:  # a message in flight: the line is lost, its outcome unknown, never rejected
        [event] = events(conn, line)
        assert isinstance(event, ConnectionLost)
        assert event.messages == written and event.written
        info = pytest.ExceptionInfo.from_exc_info((ProtocolError, event.error, None))
    else:
        with pytest.raises(ProtocolError) as info:
            events(conn, line)
    assert info.value.raw == line[:-2]
    assert conn.state is State.CLOSED
    assert conn.next_event() is NEED_DATA
    assert conn.data_to_send() == b""
    with pytest.raises(LocalProtocolError):
        conn.send_message(MSG)


@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_a_reply_naming_another_recipient_means_out_of_step(interface):
    """A doubled reply once made the next message "rejected" (issue 10): a +OK is checked
    against the recipient it names, and a mismatch loses the line, never rejects."""
    conn = logged_in(interface)
    conn.send_message(MSG)
    if interface is ASCII:
        send_ascii_fields(conn)
    conn.data_to_send()
    [event] = events(conn, send_ok("+393330000000"))
    assert isinstance(event, ConnectionLost)
    assert event.messages == (MSG,) and event.written
    assert b"+393330000000" in event.error.raw
    assert "out of step" in str(event.error)
    assert conn.state is State.CLOSED


def test_a_reply_that_names_no_recipient_is_believed():
    conn = logged_in(PACKET)
    conn.send_message(MSG)
    conn.data_to_send()
    [event] = events(conn, b"+OK 01 1499 [Queued]\r\n")
    assert isinstance(event, MessageAccepted)


def test_endless_line_is_a_protocol_error():
    conn = logged_in(PACKET)
    conn.query("Balance")
    conn.data_to_send()
    assert events(conn, b"+OK 01 [" + b"9" * 60000) == []
    with pytest.raises(ProtocolError):
        events(conn, b"9" * 10000)
    assert conn.state is State.CLOSED


# ---- hypothesis: any bytes, any state

_tokens = st.sampled_from(
    [
        GREETING,
        LOGIN_OK,
        SEND_OK,
        SHUTDOWN,
        b"+OK 01\r\n",
        b"+OK 01 [1499]\r\n",
        b"+OK 01 [Active]\r\n",
        b"-ERR 86 [Recipient Locked From Account!]\r\n",
        b"-ERR 95 [Gsm Code Not Valid]\r\n",
        b"-ERR 99 [Credit Not Available!] - [Connection Closed]\r\n",
        b"-ERR 100 [String Not Valid or Bad Command Request]\r\n",
        b"\r\n",
        b"\r",
        b"\n",
        b"",  # EOF
    ]
)
_chunks = st.lists(st.one_of(st.binary(max_size=30), _tokens), max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(STATES),
    st.sampled_from([ASCII, PACKET]),
    _chunks,
)
def test_random_chunks_raise_only_protocol_errors(state, interface, chunks):
    conn = _in_state(state, interface)
    try:
        for chunk in chunks:
            conn.data_to_send()
            for event in events(conn, chunk):
                assert isinstance(
                    event,
                    Greeted
                    | LoggedIn
                    | MessageAccepted
                    | Rejected
                    | BalanceReported
                    | StatusReported
                    | ConnectionLost,
                )
    except ProtocolError as exc:
        assert isinstance(exc, SmsGateError)
        assert conn.state is State.CLOSED


_any_value = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "+39", "333", "1234567", "Hi", "FL", "UTF", "25", "PM", "00", "1"]),
)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([ASCII, PACKET]),
    st.fixed_dictionaries({name: _any_value for name in MSG.as_dict()}),
)
def test_any_message_is_queued_and_written_or_refused_with_field_error(interface, values):
    conn = logged_in(interface)
    message = SmsMessage(**values)
    try:
        conn.send_message(message)
    except FieldError:
        assert conn.idle
        return
    line = conn.data_to_send()
    assert line.endswith(b"\r\n")
    assert len(line) <= 4096


# ---- the state table


@pytest.mark.parametrize("interface", [ASCII, PACKET])
def test_requests_out_of_sequence_are_refused_locally(interface):
    """The gateway answers these with -ERR 100 (clarifications §5): refused before queueing,
    as the caller's mistake, not the gateway's."""
    conn = ClientConnection(interface)
    with pytest.raises(LocalProtocolError, match="cannot send when the connection is awaiting"):
        conn.send_message(MSG)
    with pytest.raises(LocalProtocolError, match="cannot query"):
        conn.query("Balance")
    conn.login("XXXXXX", "YYYYYY")
    conn.send_message(MSG)  # allowed: its turn comes after the login
    with pytest.raises(LocalProtocolError, match=r"cannot login .* \(after the requests queued\)"):
        conn.login("XXXXXX", "YYYYYY")
    assert len(conn._requests) == 2


def test_a_second_login_on_a_logged_in_connection_is_refused():
    conn = logged_in(PACKET)
    with pytest.raises(LocalProtocolError, match="cannot login when the connection is logged in"):
        conn.login("XXXXXX", "YYYYYY")
    with pytest.raises(LocalProtocolError, match="cannot login and send"):
        conn.login_and_send("XXXXXX", "YYYYYY", MSG)


def test_every_state_allows_exactly_what_the_table_says():
    from smsgate_desktop.protocol.connection import TRANSITIONS

    assert set(TRANSITIONS) == set(State)
    assert TRANSITIONS[State.CLOSED] == {}
    assert set(TRANSITIONS[State.LOGGED_IN]) == {"send", "query"}
    for state in (State.AWAIT_GREETING, State.CONNECTED):
        assert set(TRANSITIONS[state]) == {"login", "login-and-send"}


def test_without_a_protocol_log_lines_are_counted_not_kept():
    """log_lines=False (no observer): a list of lines per reply for nobody would cost every
    message; the count still moves, for the caller's per-line deadline."""
    conn = ClientConnection(PACKET, log_lines=False)
    assert events(conn, GREETING) == [Greeted("[Connection 7 With 10.0.0.1]")]
    assert conn.lines_received == 1
    assert conn.take_received_lines() == []
    logged = ClientConnection(PACKET)
    events(logged, GREETING)
    assert logged.lines_received == 1
    assert logged.take_received_lines() == [GREETING.rstrip(b"\r\n")]
