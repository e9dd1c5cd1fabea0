"""Packets interface end to end: hand-written byte transcripts over a raw socket."""

from __future__ import annotations

import pytest
from simclient import CLOSED, MESSAGE, data_packet, login_data_packet, login_packet, sent

from smsgate_desktop.simulator import Account

BAD = b"-ERR 100 [String Not Valid or Bad Command Request]"
LOGIN_OK = b"+OK 01 1000 [ID ACCOUNT: 0001 STATUS: Active]"


def test_login_packet(connect) -> None:
    assert connect().ask(login_packet(b"demo", b"demo")) == LOGIN_OK


@pytest.mark.parametrize(
    ("account", "password", "reply"),
    [
        (Account("x", "pw"), b"no", b"-ERR 89 [Account Not Valid]"),
        (Account("y", "pw"), b"pw", b"-ERR 89 [Account Not Valid]"),  # login as x: unknown
        (Account("x", "pw", status="Blocked"), b"pw", b"-ERR 89 [Account Blocked!]"),
        (Account("x", "pw", status="Expired"), b"pw", b"-ERR 89 [Account Not Active!]"),
        (Account("x", "pw", status="Inactive"), b"pw", b"-ERR 89 [Account Not Active!]"),
        (Account("x", "pw", credit=-3), b"pw", b"-ERR 99 [Credit Not Available!]"),
        (Account("x", "pw", rules={"ip-locked"}), b"pw", b"-ERR 87 [IP Locked!]"),
        (Account("x", "pw", rules={"ip-not-available"}), b"pw", b"-ERR 85 [IP Not Available!]"),
        (Account("x", "pw", rules={"tcp-not-allowed"}), b"pw", b"-ERR 80 [TCP/IP Not Allowed!]"),
        (
            Account("x", "pw", status="Blocked", rules={"ip-locked"}),
            b"no",
            b"-ERR 89 [Account Not Valid]",
        ),
    ],
)
def test_login_packet_refusals_close(simulator, connect, account, password, reply) -> None:
    client = connect(simulator([account]))
    assert client.ask(login_packet(b"x", password)) == reply + CLOSED
    client.assert_closed()


def test_one_session_per_account_across_interfaces(connect) -> None:
    first = connect()
    first.login()
    second = connect()
    assert second.ask(login_packet(b"demo", b"demo")) == b"-ERR 101 [Too many sessions]" + CLOSED
    second.assert_closed()


def test_data_before_login(connect) -> None:
    client = connect()
    assert client.ask(data_packet(**MESSAGE)) == BAD
    assert client.ask(login_packet(b"demo", b"demo")) == LOGIN_OK


def test_send_data(sim, connect) -> None:
    client = connect()
    client.converse(
        [
            (login_packet(b"demo", b"demo"), LOGIN_OK),
            (data_packet(**MESSAGE), sent(999, "+393331234567")),
            (data_packet(**{**MESSAGE, "PhoneNumber": b"7654321"}), sent(998, "+393337654321")),
            (b"SmsQuery=Balance", b"+OK 01 [998]"),  # queries work after a packet login
        ]
    )
    assert sim.account("demo").credit == 998
    assert sim.sent[-1].interface == "packet"


@pytest.mark.parametrize(
    ("changes", "reply"),
    [
        ({"Sender": b"A-B"}, b"-ERR 84 [Sender Not Valid]"),
        ({"Sender": b""}, b"-ERR 84 [Sender Not Valid]"),
        ({"CountryCode": b"39"}, b"-ERR 96 [Country Code Not Valid]"),
        ({"CountryCode": b""}, b"-ERR 96 [Country Code Not Valid]"),
        ({"GsmCode": b"3"}, b"-ERR 95 [Gsm Code Not Valid]"),
        ({"PhoneNumber": b""}, b"-ERR 94 [Phone Number Not Valid]"),
        ({"PhoneNumber": b"12a45"}, b"-ERR 94 [Phone Number Not Valid]"),
        ({"TextMessage": b""}, b"-ERR 93 [Sms Text Message Not Valid]"),
        ({"TextMessage": b"a\r\nb"}, None),  # CR LF ends the line: not a packet at all
        ({"TextMessage": b"a\nb"}, b"-ERR 93 [Sms Text Message Not Valid]"),
        ({"TextMessage": b"\xc3", "SmsType": b"UTF"}, b"-ERR 93 [Sms Text Message Not Valid]"),
        ({"SmsType": b"fl"}, b"-ERR 88 [Sms Type Not Valid]"),
        ({"SmsDay": b"32"}, b"-ERR 92 [Sms Date/Hour Not Valid]"),
        ({"SmsMonth": b"0"}, b"-ERR 92 [Sms Date/Hour Not Valid]"),
        ({"SmsYear": b"123"}, b"-ERR 92 [Sms Date/Hour Not Valid]"),
        ({"SmsHour": b"13"}, b"-ERR 92 [Sms Date/Hour Not Valid]"),
        ({"SmsMinute": b"75"}, b"-ERR 92 [Sms Date/Hour Not Valid]"),
        ({"SmsAmPm": b"am"}, b"-ERR 92 [Sms Date/Hour Not Valid]"),
        ({"SmsDay": b"12", "SmsMonth": b"12"}, b"-ERR 92 [Sms Date/Hour Not Valid]"),
        ({"UDH": b"ABC"}, b"-ERR 77 [Udh Not Valid]"),
        ({"Delivery": b"yes"}, b"-ERR 76 [Delivery Request Not Valid]"),
        ({"Notification": b"mailto:nobody"}, b"-ERR 75 [Notification Not Valid]"),
        ({"SmsValidity": b"99999"}, b"-ERR 74 [SmsValidity Not Valid]"),
        ({"SmsRef": b"A B"}, b"-ERR 73 [SmsRef Not Valid]"),
        ({"DCS": b"100"}, b"-ERR 72 [Dcs Not Valid]"),
        ({"Sender": b"A-B", "DCS": b"100", "PhoneNumber": b""}, b"-ERR 84 [Sender Not Valid]"),
        ({"UDH": b"ABC", "DCS": b"100"}, b"-ERR 77 [Udh Not Valid]"),
    ],
)
def test_data_errors_keep_the_connection(sim, connect, changes, reply) -> None:
    client = connect()
    client.ask(login_packet(b"demo", b"demo"))
    line = data_packet(**{**MESSAGE, **changes})
    if reply is None:  # the packet is cut in two lines, each of them bad
        client.send(line)
        assert [client.read_line(), client.read_line()] == [BAD, BAD]
    else:
        assert client.ask(line) == reply
    assert client.ask(b"SmsQuery=Balance") == b"+OK 01 [1000]"
    assert sim.sent == []


def test_scheduled_data(sim, connect) -> None:
    when = dict(
        SmsDay=b"5", SmsMonth=b"11", SmsYear=b"30", SmsHour=b"12", SmsMinute=b"0", SmsAmPm=b"PM"
    )
    client = connect()
    client.converse(
        [
            (login_packet(b"demo", b"demo"), LOGIN_OK),
            (data_packet(**MESSAGE, **when), sent(999, "+393331234567")),
        ]
    )


def test_elision_uses_the_first_accepted_message(sim, connect) -> None:
    client = connect()
    client.converse(
        [
            (login_packet(b"demo", b"demo"), LOGIN_OK),
            (data_packet(PhoneNumber=b"1234567", TextMessage=b"Hi"), b"-ERR 84 [Sender Not Valid]"),
            (data_packet(**{**MESSAGE, "SmsType": b"FL"}), sent(999, "+393331234567")),
            (data_packet(PhoneNumber=b"7654321"), sent(998, "+393337654321")),
            (data_packet(Sender=b"Else", PhoneNumber=b"111"), sent(997, "+39333111")),
            (data_packet(), b"-ERR 94 [Phone Number Not Valid]"),  # PhoneNumber is never elided
        ]
    )
    second, third = sim.sent[1].fields, sim.sent[2].fields
    assert (second["Sender"], second["TextMessage"], second["CountryCode"]) == (
        "Shop",
        "Hello",
        "+39",
    )
    assert second["SmsType"] == ""  # packet fields do not persist: only the four are elided
    assert third["Sender"] == "Else"


def test_first_message_is_shared_by_both_interfaces(sim, connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**MESSAGE)
    client.converse(
        [
            (b"SendSMS=OKSEND", sent(999, "+393331234567")),
            (data_packet(PhoneNumber=b"7654321"), sent(998, "+393337654321")),
        ]
    )


def test_recipient_locked_and_credit(simulator, connect) -> None:
    sim = simulator([Account("demo", "demo", 1)], locked_recipients=["+393331234567"])
    client = connect(sim)
    client.converse(
        [
            (login_packet(b"demo", b"demo"), b"+OK 01 1 [ID ACCOUNT: 0001 STATUS: Active]"),
            (data_packet(**MESSAGE), b"-ERR 86 [Recipient Locked From Account!]"),
            (data_packet(**{**MESSAGE, "PhoneNumber": b"555"}), sent(0, "+39333555")),
            (data_packet(**MESSAGE), b"-ERR 86 [Recipient Locked From Account!]"),
            (
                data_packet(**{**MESSAGE, "PhoneNumber": b"556"}),
                b"-ERR 99 [Credit Not Available!]" + CLOSED,
            ),
        ]
    )
    client.assert_closed()


# ---- <Send Login & Data> -------------------------------------------------------------------


def test_login_and_data_gets_one_reply_then_stays_logged_in(sim, connect) -> None:
    client = connect()
    client.send(login_data_packet(b"demo", b"demo", **MESSAGE))
    assert sent(999, "+393331234567").fullmatch(client.read_line())
    client.converse(
        [
            (data_packet(PhoneNumber=b"7654321"), sent(998, "+393337654321")),
            (login_data_packet(b"demo", b"demo", **MESSAGE), BAD),  # a second login
            (b"SmsQuery=Balance", b"+OK 01 [998]"),
        ]
    )


def test_login_and_data_with_bad_data_stays_logged_in(sim, connect) -> None:
    client = connect()
    client.converse(
        [
            (
                login_data_packet(b"demo", b"demo", **{**MESSAGE, "GsmCode": b"x"}),
                b"-ERR 95 [Gsm Code Not Valid]",
            ),
            (b"SmsQuery=Status", b"+OK 01 [Active]"),
        ]
    )
    assert sim.has_session("demo")


@pytest.mark.parametrize(
    ("account", "reply"),
    [
        (Account("demo", "other"), b"-ERR 89 [Account Not Valid]"),
        (Account("demo", "demo", 0), b"-ERR 99 [Credit Not Available!]"),
        (Account("demo", "demo", rules={"tcp-not-allowed"}), b"-ERR 80 [TCP/IP Not Allowed!]"),
    ],
)
def test_login_and_data_with_failing_login(simulator, connect, account, reply) -> None:
    sim = simulator([account])
    client = connect(sim)
    assert client.ask(login_data_packet(b"demo", b"demo", **MESSAGE)) == reply + CLOSED
    client.assert_closed()
    assert sim.sent == []


def test_login_and_data_while_another_session_is_open(connect) -> None:
    connect().login()
    client = connect()
    assert (
        client.ask(login_data_packet(b"demo", b"demo", **MESSAGE))
        == b"-ERR 101 [Too many sessions]" + CLOSED
    )


# ---- bad framing: -ERR 100, the connection stays open --------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        b"\x03"
        + b"\x03".join([b"Shop", b"+39", b"333", b"1234567", b"Hi"] + [b""] * 14)
        + b"\x04OKSEND\x05\x06",
        b"\x03"
        + b"\x03".join([b"Shop", b"+39", b"333", b"1234567", b"Hi"] + [b""] * 16)
        + b"\x04OKSEND\x05\x06",
        data_packet(**MESSAGE)[: -len(b"\x04OKSEND\x05\x06\r\n")],
        data_packet(**MESSAGE)[:-3] + b"\r\n",  # trailer without Chr(6)
        data_packet(**MESSAGE)[:-2] + b"junk",
        data_packet(**{**MESSAGE, "TextMessage": b"a\x02b"}),
        data_packet(**{**MESSAGE, "Gateway": b"\x01"}),
        data_packet(**{**MESSAGE, "DCS": b"\x05"}),
        b"\x01demo\x02demo\x03" + b"\x03".join([b""] * 19) + b"\x04OKSEND\x05\x06",
        b"\x01demo\x02demo",
        b"\x01demo\x04OKSEND\x05\x06",
        b"\x02demo\x04OKSEND\x05\x06",
        b"\x04OKSEND\x05\x06",
    ],
)
def test_bad_framing_keeps_the_connection(connect, line: bytes) -> None:
    client = connect()
    assert client.ask(line) == BAD
    assert client.ask(login_packet(b"demo", b"demo")) == LOGIN_OK
    assert client.ask(line) == BAD
    assert client.ask(b"SmsQuery=Balance") == b"+OK 01 [1000]"
