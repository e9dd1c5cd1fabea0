"""gateway.py without sockets: requests in, outcomes out."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsgate_desktop.protocol.fields import FIELD_NAMES
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.gateway import Gateway, GatewayConnection, Outcome, State

NOON = datetime(2025, 3, 5, 12, 7, 9)
TRAILER = b"\x04OKSEND\x05\x06"


def make_gateway(*accounts: Account, **options: object) -> Gateway:
    accounts = accounts or (Account("demo", "demo"),)
    return Gateway(accounts, clock=lambda: NOON, **options)


def logged_in(gateway: Gateway, name: str = "demo", password: str = "demo") -> GatewayConnection:
    connection = gateway.connect("10.0.0.7")
    connection.greet()
    assert connection.receive_line(b"Account=" + name.encode()).line == b"+OK 01\r\n"
    assert connection.receive_line(b"Password=" + password.encode()).line.startswith(b"+OK 01 ")
    return connection


def replies(connection: GatewayConnection, *lines: bytes) -> list[bytes | None]:
    return [connection.receive_line(line).line for line in lines]


def packet(**fields: bytes) -> bytes:
    return b"\x03" + b"\x03".join(fields.get(name, b"") for name in FIELD_NAMES) + TRAILER


MESSAGE = {
    "Sender": b"Shop",
    "CountryCode": b"+39",
    "GsmCode": b"333",
    "PhoneNumber": b"1234567",
    "TextMessage": b"Hello",
}
ASCII_MESSAGE = [name.encode() + b"=" + value for name, value in MESSAGE.items()]


def test_greeting_numbers_connections_and_names_the_peer() -> None:
    gateway = make_gateway()
    assert gateway.connect("10.0.0.7").greet() == Outcome(
        b"+OK 01 [Connection 1 With 10.0.0.7]\r\n"
    )
    assert gateway.connect("::1").greet().line == b"+OK 01 [Connection 2 With ::1]\r\n"


def test_refused_connection() -> None:
    outcome = make_gateway(refuse_connections=True).connect("10.0.0.7").greet()
    assert outcome == Outcome(b"-ERR 79 [Permission Denied!] - [Connection Closed]\r\n", close=True)


def test_login_reply_shows_credit_id_and_status() -> None:
    gateway = make_gateway(Account("a", "x"), Account("b", "y", 5, "Standby"))
    connection = gateway.connect("10.0.0.7")
    assert replies(connection, b"Account=b", b"Password=y") == [
        b"+OK 01\r\n",
        b"+OK 01 5 [ID ACCOUNT: 0002 STATUS: Standby]\r\n",
    ]
    assert gateway.has_session("b")


def test_accepted_send_exact_reply_and_charge() -> None:
    gateway = make_gateway()
    connection = logged_in(gateway)
    replies(connection, *ASCII_MESSAGE)
    outcome = connection.receive_line(b"SendSMS=OKSEND")
    assert outcome.line == (
        b"+OK 01 999 [SMS SEND MESSAGE TO: +393331234567 - 05-03-25 12:07:09 PM]\r\n"
    )
    assert outcome.accepted is not None
    assert outcome.accepted.fields["TextMessage"] == "Hello"
    assert gateway.accounts["demo"].credit == 999
    assert list(gateway.history) == [outcome.accepted]


@pytest.mark.parametrize(
    ("clock", "stamp"),
    [
        (datetime(2025, 12, 31, 0, 0, 1), b"31-12-25 12:00:01 AM"),
        (datetime(2025, 1, 2, 11, 59, 59), b"02-01-25 11:59:59 AM"),
        (datetime(2025, 1, 2, 23, 5, 0), b"02-01-25 11:05:00 PM"),
    ],
)
def test_send_time_on_a_twelve_hour_clock(clock: datetime, stamp: bytes) -> None:
    gateway = Gateway([Account("demo", "demo")], clock=lambda: clock)
    connection = logged_in(gateway)
    replies(connection, *ASCII_MESSAGE)
    assert connection.receive_line(b"SendSMS=OKSEND").line.endswith(b" - " + stamp + b"]\r\n")


def test_closing_login_frees_nothing_it_does_not_hold() -> None:
    gateway = make_gateway()
    first = logged_in(gateway)
    second = gateway.connect("10.0.0.8")
    replies(second, b"Account=demo")
    outcome = second.receive_line(b"Password=demo")
    assert outcome == Outcome(b"-ERR 101 [Too many sessions] - [Connection Closed]\r\n", close=True)
    assert gateway.has_session("demo")
    first.close()
    assert not gateway.has_session("demo")
    assert logged_in(gateway).state is State.LOGGED_IN


def test_closing_error_frees_the_session_at_once() -> None:
    gateway = make_gateway(Account("demo", "demo", credit=1))
    connection = logged_in(gateway)
    replies(connection, *ASCII_MESSAGE, b"SendSMS=OKSEND", b"PhoneNumber=7654321")
    outcome = connection.receive_line(b"SendSMS=OKSEND")
    assert outcome.close and outcome.line.startswith(b"-ERR 99 ")
    assert not gateway.has_session("demo")


def test_packet_login_and_data_one_outcome() -> None:
    gateway = make_gateway()
    connection = gateway.connect("10.0.0.7")
    line = b"\x01demo\x02demo" + packet(**MESSAGE) + b""
    outcome = connection.receive_line(line)
    assert outcome.line.startswith(b"+OK 01 999 [SMS SEND MESSAGE TO: +393331234567 - ")
    assert outcome.accepted.interface == "packet"
    assert connection.state is State.LOGGED_IN


def test_drop_after_resets_instead_of_answering_and_charges_nothing() -> None:
    gateway = make_gateway(drop_after=1)
    connection = logged_in(gateway)
    assert connection.receive_line(packet(**MESSAGE)).accepted is not None
    outcome = connection.receive_line(packet(**MESSAGE))
    assert outcome == Outcome(None, close=True, reset=True)
    assert gateway.accounts["demo"].credit == 999
    assert not gateway.has_session("demo")


def test_account_blocked_while_logged_in_is_refused_at_send() -> None:
    gateway = make_gateway()
    connection = logged_in(gateway)
    replies(connection, *ASCII_MESSAGE)
    gateway.accounts["demo"].status = "Blocked"
    outcome = connection.receive_line(b"SendSMS=OKSEND")
    assert outcome.line == b"-ERR 89 [Account Blocked!] - [Connection Closed]\r\n"
    assert outcome.close


def test_idle_timeout_and_too_long_lines_close() -> None:
    gateway = make_gateway()
    assert logged_in(gateway).idle_timeout() == Outcome(
        b"-ERR 102 [Shut Down by Server]\r\n", close=True
    )
    assert not gateway.has_session("demo")
    assert logged_in(gateway).line_too_long() == Outcome(
        b"-ERR 100 [String Not Valid or Bad Command Request] - [Connection Closed]\r\n", close=True
    )


def test_a_closed_connection_answers_nothing() -> None:
    connection = make_gateway().connect("10.0.0.7")
    replies(connection, b"Account=nobody")
    assert connection.receive_line(b"Account=demo") == Outcome(None, close=True)


# ---- random input never breaks the gateway ------------------------------------------------

KEYWORDS = [b"Account", b"Password", b"SendSMS", b"SmsQuery", *(n.encode() for n in FIELD_NAMES)]
VALUES = [b"demo", b"OKSEND", b"Balance", b"Status", b"+39", b"333", b"1234567", b"UTF", b""]

plausible_line = st.one_of(
    st.builds(
        lambda key, value: key + b"=" + value,
        st.sampled_from(KEYWORDS),
        st.one_of(st.sampled_from(VALUES), st.binary(max_size=20)),
    ),
    st.builds(
        lambda fields: b"\x03" + b"\x03".join(fields) + TRAILER,
        st.lists(
            st.one_of(st.sampled_from(VALUES), st.binary(max_size=8)), min_size=19, max_size=21
        ),
    ),
    st.builds(
        lambda account, password: b"\x01" + account + b"\x02" + password + TRAILER,
        st.sampled_from([b"demo", b"x", b""]),
        st.sampled_from([b"demo", b"x", b""]),
    ),
    st.binary(max_size=60),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(plausible_line, max_size=25), st.integers(0, 3))
def test_random_lines_only_ever_get_well_formed_replies(lines: list[bytes], credit: int) -> None:
    gateway = make_gateway(
        Account("demo", "demo", credit), drop_after=2, locked_recipients=["+39333"]
    )
    connection = gateway.connect("10.0.0.7")
    assert connection.greet().line is not None
    closed = False
    for line in lines:
        outcome = connection.receive_line(line)
        if closed:
            assert outcome == Outcome(None, close=True)
            continue
        if outcome.reset:
            assert outcome.line is None
        else:
            assert outcome.line.endswith(b"\r\n") and outcome.line.count(b"\r\n") == 1
            assert outcome.line.startswith((b"+OK 01", b"-ERR "))
        closed = outcome.close
    assert gateway.accounts["demo"].credit >= min(credit, 0)
    connection.close()
    assert not gateway.has_session("demo")
