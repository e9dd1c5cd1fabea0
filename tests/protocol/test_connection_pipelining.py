"""connection.py with a send window > 1 (pipelining), driven by hand-written byte transcripts.

The packets and replies are written out from the spec's <Send Data> layout, not taken from the
simulator, so client and server cannot agree on a misreading.
"""

from __future__ import annotations

import pytest

from smsgate_desktop.protocol import (
    NEED_DATA,
    BalanceReported,
    ClientConnection,
    ConnectionLost,
    Err,
    Greeted,
    Interface,
    LoggedIn,
    MessageAccepted,
    Rejected,
    SmsMessage,
    State,
    parse_reply,
)

GREETING = b"+OK 01 [Connection 7 With 10.0.0.1]\r\n"
LOGIN = b"\x01XXXXXX\x02YYYYYY\x04OKSEND\x05\x06\r\n"
LOGIN_OK = b"+OK 01 1500 [ID ACCOUNT: 0000 STATUS: Active]\r\n"
TRAILER = b"\x04OKSEND\x05\x06\r\n"
LOCKED = b"-ERR 86 [Recipient Locked From Account!]\r\n"
NO_CREDIT = b"-ERR 99 [Credit Not Available!] - [Connection Closed]\r\n"
SHUTDOWN = b"-ERR 102 [Shut Down by Server]\r\n"

BASE = SmsMessage(Sender="Shop", CountryCode="+39", GsmCode="333", TextMessage="Hello")
MSGS = [BASE.with_values(PhoneNumber=f"123456{i}") for i in range(8)]


def full(i: int) -> bytes:
    return b"\x03Shop\x03+39\x03333\x03123456%d\x03Hello" % i + b"\x03" * 15 + TRAILER


def elided(i: int) -> bytes:
    return b"\x03\x03\x03\x03123456%d\x03" % i + b"\x03" * 15 + TRAILER


def ok(i: int, credit: int) -> bytes:
    return b"+OK 01 %d [SMS SEND MESSAGE TO: +39333123456%d - 25-12-05 07:25:00 PM]\r\n" % (
        credit,
        i,
    )


def events(conn: ClientConnection, data: bytes | None = None) -> list:
    if data is not None:
        conn.receive_data(data)
    out = []
    while (event := conn.next_event()) is not NEED_DATA:
        out.append(event)
    return out


def err(line: bytes) -> Err:
    return parse_reply(line.rstrip(b"\r\n"))


def logged_in(window: int = 4, interface=Interface.PACKET) -> ClientConnection:
    conn = ClientConnection(interface, window=window)
    assert events(conn, GREETING) == [Greeted("[Connection 7 With 10.0.0.1]")]
    conn.login("XXXXXX", "YYYYYY")
    assert conn.data_to_send() == LOGIN
    assert events(conn, LOGIN_OK) == [LoggedIn(1500, "0000", "Active")]
    return conn


def queue(conn: ClientConnection, indexes) -> None:
    for i in indexes:
        conn.send_message(MSGS[i])


def test_window_must_be_1_to_64():
    for bad in (0, 65, -1):
        with pytest.raises(ValueError):
            ClientConnection(Interface.PACKET, window=bad)
    assert ClientConnection(Interface.PACKET, window=64).window == 64


def test_full_ascii_ignores_the_window():
    conn = ClientConnection(Interface.ASCII, window=8)
    assert conn.window == 1


def test_four_packets_go_before_any_reply_and_replies_match_in_order():
    conn = logged_in(4)
    queue(conn, range(6))
    # The first acceptance is not known yet: all four go in full.
    assert conn.data_to_send() == full(0) + full(1) + full(2) + full(3)
    assert conn.take_written_messages() == MSGS[:4]  # what the last data_to_send let go
    assert conn.data_to_send() == b""  # the window is full
    assert conn.take_written_messages() == []
    assert conn.unanswered == tuple(MSGS[:4])
    assert events(conn, ok(0, 1499)) == [MessageAccepted(MSGS[0], 1499, _detail(0))]
    # The first accepted message is known now: the next packet is elided against it.
    assert conn.data_to_send() == elided(4)
    assert conn.data_to_send() == b""
    assert events(conn, ok(1, 1498) + ok(2, 1497)) == [
        MessageAccepted(MSGS[1], 1498, _detail(1)),
        MessageAccepted(MSGS[2], 1497, _detail(2)),
    ]
    assert conn.data_to_send() == elided(5)
    assert conn.take_written_messages() == [MSGS[5]]
    got = events(conn, ok(3, 1496) + ok(4, 1495) + ok(5, 1494))
    assert [e.message for e in got] == MSGS[3:6]
    assert conn.idle and conn.credit == 1494


def _detail(i: int) -> str:
    return f"[SMS SEND MESSAGE TO: +39333123456{i} - 25-12-05 07:25:00 PM]"


def test_packets_stay_full_until_the_first_acceptance_arrives():
    conn = logged_in(4)
    queue(conn, range(7))
    assert conn.data_to_send() == b"".join(full(i) for i in range(4))
    # Message 0 is refused: still no first accepted message, so 4 goes in full too. (The
    # refusal is held until a +OK proves the replies in step.)
    assert events(conn, LOCKED) == []
    assert conn.data_to_send() == full(4)
    # Message 1 is the first accepted: from now on elide against it (what the server holds).
    got = events(conn, ok(1, 1499))
    assert [type(e) for e in got] == [Rejected, MessageAccepted]
    assert got[0] == Rejected("send", err(LOCKED), MSGS[0], None)
    assert conn.first_accepted == MSGS[1]
    assert conn.data_to_send() == elided(5)
    events(conn, ok(2, 1498))
    assert conn.data_to_send() == elided(6)


def test_a_reject_in_the_middle_does_not_disturb_the_others():
    conn = logged_in(4)
    queue(conn, range(4))
    conn.data_to_send()
    got = events(conn, ok(0, 1499) + ok(1, 1498) + LOCKED + ok(3, 1497))
    assert got == [
        MessageAccepted(MSGS[0], 1499, _detail(0)),
        MessageAccepted(MSGS[1], 1498, _detail(1)),
        Rejected("send", err(LOCKED), MSGS[2], None),
        MessageAccepted(MSGS[3], 1497, _detail(3)),
    ]
    assert conn.state is State.LOGGED_IN and conn.idle


def test_eof_with_three_in_flight_makes_all_three_unknown():
    conn = logged_in(4)
    queue(conn, range(3))
    conn.data_to_send()
    [lost] = events(conn, b"")
    assert isinstance(lost, ConnectionLost)
    assert lost.messages == tuple(MSGS[:3])
    assert (lost.request, lost.message, lost.written) == ("send", MSGS[0], True)
    assert conn.state is State.CLOSED and conn.written


def test_eof_reports_only_the_written_messages():
    conn = logged_in(2)
    queue(conn, range(4))
    assert conn.data_to_send() == full(0) + full(1)
    [accepted] = events(conn, ok(0, 1499))
    assert isinstance(accepted, MessageAccepted)
    [lost] = events(conn, b"")
    # 2 was never handed out (the window was full until the EOF), so it is not in the loss.
    assert lost.messages == (MSGS[1],)


def test_a_closing_error_makes_every_later_message_in_flight_unknown():
    conn = logged_in(4)
    queue(conn, range(5))
    conn.data_to_send()
    got = events(conn, ok(0, 1) + NO_CREDIT)
    assert got[0] == MessageAccepted(MSGS[0], 1, _detail(0))
    assert got[1] == Rejected("send", err(NO_CREDIT), MSGS[1], None)
    lost = got[2]
    assert isinstance(lost, ConnectionLost) and lost.shutdown is None
    assert lost.messages == (MSGS[2], MSGS[3])  # written: never re-sent automatically
    assert lost.written and lost.message == MSGS[2]
    assert len(got) == 3 and conn.state is State.CLOSED
    assert conn.data_to_send() == b""


def test_a_closing_error_on_the_last_in_flight_has_no_loss_event():
    conn = logged_in(4)
    queue(conn, range(2))
    conn.data_to_send()
    got = events(conn, ok(0, 1) + NO_CREDIT)
    assert [type(e) for e in got] == [MessageAccepted, Rejected]


def test_idle_shutdown_with_messages_in_flight():
    conn = logged_in(4)
    queue(conn, range(3))
    conn.data_to_send()
    [accepted, lost] = events(conn, ok(0, 1499) + SHUTDOWN)
    assert isinstance(accepted, MessageAccepted)
    assert lost.shutdown == err(SHUTDOWN)
    assert lost.messages == (MSGS[1], MSGS[2])


def test_a_query_waits_for_the_pipelined_messages_and_blocks_later_ones():
    conn = logged_in(4)
    queue(conn, range(2))
    conn.query("Balance")
    queue(conn, range(2, 4))
    assert conn.data_to_send() == full(0) + full(1)
    events(conn, ok(0, 1499))
    assert conn.data_to_send() == b""  # message 1 still in flight: the query waits
    events(conn, ok(1, 1498))
    assert conn.data_to_send() == b"SmsQuery=Balance\r\n"
    assert conn.data_to_send() == b""  # nothing goes past a query before its reply
    assert events(conn, b"+OK 01 [1498]\r\n") == [BalanceReported(1498)]
    assert conn.data_to_send() == elided(2) + elided(3)


def test_login_and_data_is_never_pipelined():
    conn = ClientConnection(Interface.PACKET, window=4)
    events(conn, GREETING)
    conn.login_and_send("XXXXXX", "YYYYYY", MSGS[0])
    queue(conn, [1, 2])
    first = conn.data_to_send()
    assert first.startswith(b"\x01XXXXXX\x02YYYYYY\x03Shop")
    assert conn.data_to_send() == b""
    events(conn, ok(0, 1499))
    assert conn.data_to_send() == elided(1) + elided(2)


def test_nothing_is_pipelined_before_login():
    conn = ClientConnection(Interface.PACKET, window=4)
    conn.login("XXXXXX", "YYYYYY")
    queue(conn, [0, 1])
    assert conn.data_to_send() == b""  # no greeting yet
    events(conn, GREETING)
    assert conn.data_to_send() == LOGIN
    assert conn.data_to_send() == b""
    events(conn, LOGIN_OK)
    assert conn.data_to_send() == full(0) + full(1)


def test_window_one_keeps_one_request_one_reply():
    conn = logged_in(1)
    queue(conn, range(3))
    assert conn.data_to_send() == full(0)
    assert conn.data_to_send() == b""
    events(conn, ok(0, 1499))
    assert conn.data_to_send() == elided(1)
    assert conn.data_to_send() == b""


def test_an_unexpected_reply_loses_the_written_messages():
    conn = logged_in(4)
    queue(conn, range(3))
    conn.data_to_send()
    [lost] = events(conn, b"what?\r\n")
    assert isinstance(lost, ConnectionLost)
    assert lost.messages == tuple(MSGS[:3]) and lost.written
    assert lost.error.raw == b"what?"
    assert conn.state is State.CLOSED


def test_a_second_reply_to_one_message_makes_the_held_refusals_unknown():
    """Issue 10: with a window of 4, a doubled reply to message 0 was taken for message 1's,
    which was reported REJECTED (inviting "Resend failed" and a duplicate)."""
    conn = logged_in(4)
    queue(conn, range(4))
    conn.data_to_send()
    # 0 accepted, then a stray -ERR (taken for 1's), then 1's own +OK (taken for 2's).
    got = events(conn, ok(0, 1499) + LOCKED + ok(1, 1498))
    assert got[0] == MessageAccepted(MSGS[0], 1499, _detail(0))
    lost = got[1]
    assert isinstance(lost, ConnectionLost) and len(got) == 2
    assert lost.messages == tuple(MSGS[1:4])  # 1 (held -ERR), 2 (misnamed +OK), 3 (written)
    assert "out of step" in str(lost.error)
    assert conn.state is State.CLOSED


def test_held_refusals_are_reported_when_nothing_is_left_in_flight():
    conn = logged_in(4)
    queue(conn, range(2))
    conn.data_to_send()
    assert events(conn, LOCKED) == []
    assert events(conn, LOCKED) == [
        Rejected("send", err(LOCKED), MSGS[0], None),
        Rejected("send", err(LOCKED), MSGS[1], None),
    ]


def test_held_refusals_are_reported_when_the_line_ends():
    conn = logged_in(4)
    queue(conn, range(2))
    conn.data_to_send()
    assert events(conn, LOCKED) == []
    got = events(conn, b"")
    assert got[0] == Rejected("send", err(LOCKED), MSGS[0], None)
    assert isinstance(got[1], ConnectionLost) and got[1].messages == (MSGS[1],)


def test_replies_split_anywhere_still_match_in_order():
    conn = logged_in(8)
    queue(conn, range(8))
    assert conn.data_to_send() == b"".join(full(i) for i in range(8))
    stream = b"".join(ok(i, 1499 - i) for i in range(8))
    got = []
    for start in range(0, len(stream), 7):
        got += events(conn, stream[start : start + 7])
    assert [e.message for e in got] == MSGS
    assert [e.credit for e in got] == [1499 - i for i in range(8)]
