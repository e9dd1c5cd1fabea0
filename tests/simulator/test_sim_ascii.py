"""Full Ascii interface end to end: hand-written byte transcripts over a raw socket."""

from __future__ import annotations

import socket

import pytest
from simclient import CLOSED, MESSAGE, sent

from smsgate_desktop.simulator import Account

BAD = b"-ERR 100 [String Not Valid or Bad Command Request]"
LOGIN_OK = b"+OK 01 1000 [ID ACCOUNT: 0001 STATUS: Active]"


def message_lines(**changes: bytes) -> list[bytes]:
    fields = {**MESSAGE, **changes}
    return [name.encode() + b"=" + value for name, value in fields.items()]


# ---- authentication --------------------------------------------------------------------


def test_login(connect) -> None:
    connect().converse([(b"Account=demo", b"+OK 01"), (b"Password=demo", LOGIN_OK)])


def test_greeting_counts_connections(sim, connect) -> None:
    first = connect(greet=False).read_line()
    second = connect(greet=False).read_line()
    assert first == b"+OK 01 [Connection 1 With 127.0.0.1]"
    assert second == b"+OK 01 [Connection 2 With 127.0.0.1]"


def test_unknown_account_is_refused_at_account(connect) -> None:
    client = connect()
    assert client.ask(b"Account=nobody") == b"-ERR 89 [Account Not Valid]" + CLOSED
    client.assert_closed()


def test_wrong_password(connect) -> None:
    client = connect()
    client.converse(
        [(b"Account=demo", b"+OK 01"), (b"Password=DEMO", b"-ERR 89 [Account Not Valid]" + CLOSED)]
    )
    client.assert_closed()


@pytest.mark.parametrize(
    ("account", "reply"),
    [
        (Account("x", "pw", status="Blocked"), b"-ERR 89 [Account Blocked!]"),
        (Account("x", "pw", status="Inactive"), b"-ERR 89 [Account Not Active!]"),
        (Account("x", "pw", status="Expired"), b"-ERR 89 [Account Not Active!]"),
        (Account("x", "pw", credit=0), b"-ERR 99 [Credit Not Available!]"),
        (Account("x", "pw", rules={"ip-locked"}), b"-ERR 87 [IP Locked!]"),
        (Account("x", "pw", rules={"ip-not-available"}), b"-ERR 85 [IP Not Available!]"),
        (Account("x", "pw", rules={"tcp-not-allowed"}), b"-ERR 80 [TCP/IP Not Allowed!]"),
        # The order of the checks: IP rules in the order 87 85 80, then status, then credit.
        (Account("x", "pw", rules={"tcp-not-allowed", "ip-locked"}), b"-ERR 87 [IP Locked!]"),
        (
            Account("x", "pw", 0, "Blocked", rules={"ip-not-available"}),
            b"-ERR 85 [IP Not Available!]",
        ),
        (Account("x", "pw", 0, "Expired"), b"-ERR 89 [Account Not Active!]"),
    ],
)
def test_login_refusals_close(simulator, connect, account: Account, reply: bytes) -> None:
    client = connect(simulator([account]))
    client.converse([(b"Account=x", b"+OK 01"), (b"Password=pw", reply + CLOSED)])
    client.assert_closed()


def test_credentials_are_checked_before_anything_else(simulator, connect) -> None:
    sim = simulator([Account("x", "pw", 0, "Blocked", rules={"ip-locked"})])
    client = connect(sim)
    client.converse(
        [(b"Account=x", b"+OK 01"), (b"Password=no", b"-ERR 89 [Account Not Valid]" + CLOSED)]
    )


def test_standby_account_logs_in_and_sends(simulator, connect) -> None:
    client = connect(simulator([Account("demo", "demo", 7, "Standby")]))
    client.converse(
        [
            (b"Account=demo", b"+OK 01"),
            (b"Password=demo", b"+OK 01 7 [ID ACCOUNT: 0001 STATUS: Standby]"),
        ]
    )
    client.set_fields(**MESSAGE)
    client.converse(
        [(b"SendSMS=OKSEND", sent(6, "+393331234567")), (b"SmsQuery=Status", b"+OK 01 [Standby]")]
    )


def test_account_ids_follow_the_order_given(simulator, connect) -> None:
    client = connect(simulator([Account("a", "1"), Account("b", "2", 50)]))
    client.converse(
        [(b"Account=b", b"+OK 01"), (b"Password=2", b"+OK 01 50 [ID ACCOUNT: 0002 STATUS: Active]")]
    )


def test_one_session_per_account(sim, connect) -> None:
    first = connect()
    first.login()
    second = connect()
    second.converse(
        [(b"Account=demo", b"+OK 01"), (b"Password=demo", b"-ERR 101 [Too many sessions]" + CLOSED)]
    )
    second.assert_closed()
    assert first.ask(b"SmsQuery=Balance") == b"+OK 01 [1000]"  # the first session is untouched


def test_session_is_freed_when_its_connection_ends(sim, connect) -> None:
    first = connect()
    first.login()
    first.sock.shutdown(socket.SHUT_WR)  # the server sees the end and closes its side
    first.assert_closed()
    assert not sim.has_session("demo")
    connect().converse([(b"Account=demo", b"+OK 01"), (b"Password=demo", LOGIN_OK)])


def test_session_is_freed_after_a_closing_error(simulator, connect) -> None:
    sim = simulator([Account("demo", "demo", credit=1)])
    first = connect(sim)
    first.login()
    first.set_fields(**MESSAGE)
    first.converse([(b"SendSMS=OKSEND", sent(0, "+393331234567"))])
    first.set_fields(PhoneNumber=b"7654321")
    assert first.ask(b"SendSMS=OKSEND") == b"-ERR 99 [Credit Not Available!]" + CLOSED
    first.assert_closed()
    second = connect(sim)
    second.converse(
        [
            (b"Account=demo", b"+OK 01"),
            (b"Password=demo", b"-ERR 99 [Credit Not Available!]" + CLOSED),
        ]
    )


# ---- out of sequence and bad requests: -ERR 100, the connection stays open --------------


@pytest.mark.parametrize(
    "line",
    [
        b"Password=demo",
        b"CountryCode=+39",
        b"SendSMS=OKSEND",
        b"SmsQuery=Balance",
        b"SmsQuery=Status",
        b"\x03" + b"\x03" * 19 + b"\x04OKSEND\x05\x06",
        b"hello",
        b"",
        b"Foo=bar",
        b" Account=demo",
    ],
)
def test_before_login_bad_requests_keep_the_connection(connect, line: bytes) -> None:
    client = connect()
    assert client.ask(line) == BAD
    client.converse([(b"Account=demo", b"+OK 01"), (b"Password=demo", LOGIN_OK)])


def test_second_login_on_a_logged_in_connection(connect) -> None:
    client = connect()
    client.login()
    client.converse(
        [
            (b"Account=demo", BAD),
            (b"Password=demo", BAD),
            (b"\x01demo\x02demo\x04OKSEND\x05\x06", BAD),
            (b"SmsQuery=Balance", b"+OK 01 [1000]"),
        ]
    )


def test_a_second_account_line_restarts_the_login(simulator, connect) -> None:
    client = connect(simulator([Account("a", "1"), Account("b", "2")]))
    client.converse(
        [
            (b"Account=a", b"+OK 01"),
            (b"Account=b", b"+OK 01"),
            (b"Password=2", b"+OK 01 1000 [ID ACCOUNT: 0002 STATUS: Active]"),
        ]
    )


def test_keywords_are_case_insensitive_values_exact(connect) -> None:
    client = connect()
    client.converse(
        [
            (b"ACCOUNT=demo", b"+OK 01"),
            (b"password=demo", LOGIN_OK),
            (b"smsquery=Balance", b"+OK 01 [1000]"),
            (b"SmsQuery=balance", BAD),
            (b"SmsQuery=Balance ", BAD),
            (b"SmsQuery=Credit", BAD),
            (b"SendSMS=oksend", BAD),
            (b"SendSMS=", BAD),
            (b"SendSMS=OKSEND ", BAD),
            (b"smstype=fl", b"-ERR 88 [Sms Type Not Valid]"),
            (b"SMSTYPE=FL", b"+OK 01 [SMS TYPE: FL]"),
            (b"smsampm=pm", b"-ERR 92 [Sms AmPm Not Valid]"),
            (b"udh=0605", b"+OK 01 [UDH: 0605]"),
            (b"Dcs=00", b"+OK 01 [DCS: 00]"),
            (b"notification=MAILTO:a@b.it", b"-ERR 75 [Notification Not Valid]"),
        ]
    )


# ---- fields ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "ack"),
    [
        (b"CountryCode=+39", b"COUNTRY CODE: +39"),
        (b"GsmCode=333", b"GSM CODE: 333"),
        (b"PhoneNumber=12345", b"PHONE NUMBER: 12345"),
        (b"Sender=+3933300000", b"SENDER: +3933300000"),
        (b"Sender=My Shop", b"SENDER: My Shop"),
        (b"TextMessage=Hello", b"SMS TEXTMESSAGE: Hello"),
        (b"TextMessage=a=b [c]", b"SMS TEXTMESSAGE: a=b [c]"),
        (b"TextMessage=\xe2\x82\xac", b"SMS TEXTMESSAGE: \xe2\x82\xac"),
        (b"SmsType=", b"SMS TYPE: Text Message"),
        (b"SmsType=FL", b"SMS TYPE: FL"),
        (b"SmsType=UCS", b"SMS TYPE: UCS"),
        (b"SmsType=UTF", b"SMS TYPE: UTF"),
        (b"SmsType=UDH", b"SMS TYPE: UDH"),
        (b"SmsType=WBK", b"SMS TYPE: WBK"),
        (b"SmsType=WPS", b"SMS TYPE: WPS"),
        (b"SmsDay=25", b"SMS DAY: 25"),
        (b"SmsMonth=12", b"SMS MONTH: 12"),
        (b"SmsYear=05", b"SMS YEAR: 05"),
        (b"SmsHour=07", b"SMS HOUR: 07"),
        (b"SmsMinute=25", b"SMS MINUTE: 25"),
        (b"SmsAmPm=PM", b"SMS AMPM: PM"),
        (b"SmsAmPm=AM", b"SMS AMPM: AM"),
        (b"UDH=06050415810000", b"UDH: 06050415810000"),
        (b"Delivery=1", b"DELIVERY: 1"),
        (b"Notification=mailto:xxx@xxxx.com", b"NOTIFICATION: mailto:xxx@xxxx.com"),
        (b"SmsValidity=1440", b"SMSVALIDITY: 1440"),
        (b"SmsRef=AB10000123", b"SMSREF: AB10000123"),
        (b"DCS=00", b"DCS: 00"),
        (b"Gateway=route 7", b"GATEWAY: route 7"),
        (b"NetworkCode=22201", b"NETWORK CODE: 22201"),
        (b"CountryCode=", b"COUNTRY CODE: "),
        (b"Delivery=", b"DELIVERY: "),
    ],
)
def test_field_acks_echo_the_value(connect, line: bytes, ack: bytes) -> None:
    client = connect()
    client.login()
    assert client.ask(line) == b"+OK 01 [" + ack + b"]"


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        (b"CountryCode=39", b"-ERR 96 [Country Code Not Valid]"),
        (b"CountryCode=+39999", b"-ERR 96 [Country Code Not Valid]"),
        (b"GsmCode=3", b"-ERR 95 [Gsm Code Not Valid]"),
        (b"GsmCode=33a", b"-ERR 95 [Gsm Code Not Valid]"),
        (b"PhoneNumber=12", b"-ERR 94 [Phone Number Not Valid]"),
        (b"PhoneNumber=1234567890123", b"-ERR 94 [Phone Number Not Valid]"),
        # mandatory and never elided: empty is wrong at once (clarifications §8-9)
        (b"PhoneNumber=", b"-ERR 94 [Phone Number Not Valid]"),
        (b"Sender=My-Shop", b"-ERR 84 [Sender Not Valid]"),
        (b"Sender=ABCDEFGHIJKL", b"-ERR 84 [Sender Not Valid]"),
        (b"Sender=   ", b"-ERR 84 [Sender Not Valid]"),
        (b"TextMessage=a\rb", b"-ERR 93 [Sms Text Message Not Valid]"),
        (b"TextMessage=a\nb", b"-ERR 93 [Sms Text Message Not Valid]"),
        (b"TextMessage=a\x01b", b"-ERR 93 [Sms Text Message Not Valid]"),
        (b"Sender=Shop\x04OKSEND\x05\x06", b"-ERR 84 [Sender Not Valid]"),
        (b"SmsType=TXT", b"-ERR 88 [Sms Type Not Valid]"),
        (b"SmsDay=32", b"-ERR 92 [Sms Day Not Valid]"),
        (b"SmsDay=0", b"-ERR 92 [Sms Day Not Valid]"),
        (b"SmsMonth=13", b"-ERR 92 [Sms Month Not Valid]"),
        (b"SmsYear=2025", b"-ERR 92 [Sms Year Not Valid]"),
        (b"SmsHour=13", b"-ERR 92 [Sms Hour Not Valid]"),
        (b"SmsHour=0", b"-ERR 92 [Sms Hour Not Valid]"),
        (b"SmsMinute=60", b"-ERR 92 [Sms Minute Not Valid]"),
        (b"SmsAmPm=XM", b"-ERR 92 [Sms AmPm Not Valid]"),
        (b"UDH=123", b"-ERR 77 [Udh Not Valid]"),
        (b"UDH=0G", b"-ERR 77 [Udh Not Valid]"),
        (b"UDH=" + b"00" * 141, b"-ERR 77 [Udh Not Valid]"),
        (b"Delivery=2", b"-ERR 76 [Delivery Request Not Valid]"),
        (b"Notification=xxx@xxxx.com", b"-ERR 75 [Notification Not Valid]"),
        (b"SmsValidity=0", b"-ERR 74 [SmsValidity Not valid]"),
        (b"SmsValidity=10081", b"-ERR 74 [SmsValidity Not valid]"),
        (b"SmsRef=AB-1", b"-ERR 73 [SmsRef Not valid]"),
        (b"SmsRef=" + b"A" * 21, b"-ERR 73 [SmsRef Not valid]"),
        (b"DCS=0", b"-ERR 72 [Dcs Not valid]"),
        (b"DCS=0G", b"-ERR 72 [Dcs Not valid]"),
        # Gateway and NetworkCode take any value but have no code for one that cannot frame.
        (b"Gateway=a\rb", BAD),
        (b"NetworkCode=\x06", BAD),
    ],
)
def test_field_errors_keep_the_connection(connect, line: bytes, reply: bytes) -> None:
    client = connect()
    client.login()
    assert client.ask(line) == reply
    assert client.ask(b"SmsQuery=Balance") == b"+OK 01 [1000]"


def test_invalid_value_keeps_the_previous_one(sim, connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**MESSAGE)
    client.converse(
        [
            (b"CountryCode=0039", b"-ERR 96 [Country Code Not Valid]"),
            (b"SendSMS=OKSEND", sent(999, "+393331234567")),
        ]
    )


# ---- sending -------------------------------------------------------------------------------


def test_send_charges_one_credit_whatever_the_length(sim, connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**{**MESSAGE, "TextMessage": b"x" * 1000})
    client.converse([(b"SendSMS=OKSEND", sent(999, "+393331234567"))])
    client.set_fields(PhoneNumber=b"7654321")
    client.converse(
        [(b"SendSMS=OKSEND", sent(998, "+393337654321")), (b"SmsQuery=Balance", b"+OK 01 [998]")]
    )
    assert sim.account("demo").credit == 998


def test_missing_fields_first_in_send_data_order_wins(connect) -> None:
    client = connect()
    client.login()
    client.converse(
        [
            (b"SendSMS=OKSEND", b"-ERR 84 [Sender Not Valid]"),
            (b"Sender=Shop", b"+OK 01 [SENDER: Shop]"),
            (b"TextMessage=Hi", b"+OK 01 [SMS TEXTMESSAGE: Hi]"),
            (b"SendSMS=OKSEND", b"-ERR 96 [Country Code Not Valid]"),
            (b"CountryCode=+39", b"+OK 01 [COUNTRY CODE: +39]"),
            (b"SendSMS=OKSEND", b"-ERR 95 [Gsm Code Not Valid]"),
            (b"GsmCode=333", b"+OK 01 [GSM CODE: 333]"),
            (b"SendSMS=OKSEND", b"-ERR 94 [Phone Number Not Valid]"),
            (b"PhoneNumber=1234567", b"+OK 01 [PHONE NUMBER: 1234567]"),
            (b"TextMessage=", b"+OK 01 [SMS TEXTMESSAGE: ]"),
            (b"SendSMS=OKSEND", b"-ERR 93 [Sms Text Message Not Valid]"),
            (b"TextMessage=Hi", b"+OK 01 [SMS TEXTMESSAGE: Hi]"),
            (b"SendSMS=OKSEND", sent(999, "+393331234567")),
        ]
    )


def test_phone_number_is_cleared_after_each_send_other_fields_persist(sim, connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**MESSAGE, SmsType=b"FL", Delivery=b"1")
    client.converse(
        [
            (b"SendSMS=OKSEND", sent(999, "+393331234567")),
            (b"SendSMS=OKSEND", b"-ERR 94 [Phone Number Not Valid]"),
            (b"PhoneNumber=7654321", b"+OK 01 [PHONE NUMBER: 7654321]"),
            (b"SendSMS=OKSEND", sent(998, "+393337654321")),
        ]
    )
    second = sim.sent[-1].fields
    assert (second["Sender"], second["SmsType"], second["Delivery"]) == ("Shop", "FL", "1")


def test_empty_elidable_fields_take_the_first_accepted_message(sim, connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**MESSAGE)
    client.converse([(b"SendSMS=OKSEND", sent(999, "+393331234567"))])
    client.set_fields(Sender=b"Other", TextMessage=b"Second", CountryCode=b"+44", GsmCode=b"7700")
    client.set_fields(PhoneNumber=b"900123")
    client.converse([(b"SendSMS=OKSEND", sent(998, "+447700900123"))])
    client.set_fields(Sender=b"", TextMessage=b"", CountryCode=b"", GsmCode=b"", PhoneNumber=b"555")
    client.converse([(b"SendSMS=OKSEND", sent(997, "+39333555"))])
    third = sim.sent[-1].fields
    assert (third["Sender"], third["TextMessage"]) == ("Shop", "Hello")  # the first, not the last


def test_empty_mandatory_field_before_the_first_message(connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**MESSAGE)
    client.converse(
        [
            (b"CountryCode=", b"+OK 01 [COUNTRY CODE: ]"),
            (b"SendSMS=OKSEND", b"-ERR 96 [Country Code Not Valid]"),
        ]
    )


def test_recipient_locked(simulator, connect) -> None:
    sim = simulator(locked_recipients=["+393331234567"])
    client = connect(sim)
    client.login()
    client.set_fields(**MESSAGE)
    client.converse(
        [
            (b"SendSMS=OKSEND", b"-ERR 86 [Recipient Locked From Account!]"),
            (b"PhoneNumber=7654321", b"+OK 01 [PHONE NUMBER: 7654321]"),
            (b"SendSMS=OKSEND", sent(999, "+393337654321")),
        ]
    )


def test_send_order_field_errors_then_86_then_99(simulator, connect) -> None:
    sim = simulator([Account("demo", "demo", credit=1)], locked_recipients=["+39333555"])
    client = connect(sim)
    client.login()
    client.set_fields(**MESSAGE)
    client.converse([(b"SendSMS=OKSEND", sent(0, "+393331234567"))])
    client.set_fields(PhoneNumber=b"555", SmsDay=b"1")
    client.converse(
        [
            (b"SendSMS=OKSEND", b"-ERR 92 [Sms Date/Hour Not Valid]"),  # not 86, not 99
            (b"SmsDay=", b"+OK 01 [SMS DAY: ]"),
            (b"SendSMS=OKSEND", b"-ERR 86 [Recipient Locked From Account!]"),  # not 99
            (b"PhoneNumber=556", b"+OK 01 [PHONE NUMBER: 556]"),
            (b"SendSMS=OKSEND", b"-ERR 99 [Credit Not Available!]" + CLOSED),
        ]
    )
    client.assert_closed()
    assert sim.account("demo").credit == 0


def test_schedule(sim, connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**MESSAGE)
    client.set_fields(SmsDay=b"31", SmsMonth=b"02", SmsYear=b"30", SmsHour=b"09", SmsMinute=b"30")
    client.converse(
        [
            (b"SendSMS=OKSEND", b"-ERR 92 [Sms Date/Hour Not Valid]"),  # no AM/PM
            (b"SmsAmPm=AM", b"+OK 01 [SMS AMPM: AM]"),
            (b"SendSMS=OKSEND", b"-ERR 92 [Sms Date/Hour Not Valid]"),  # 31-02 is no date
            (b"SmsDay=28", b"+OK 01 [SMS DAY: 28]"),
            (b"SendSMS=OKSEND", sent(999, "+393331234567")),
        ]
    )
    fields = sim.sent[-1].fields
    assert [fields[n] for n in ("SmsDay", "SmsMonth", "SmsYear", "SmsAmPm")] == [
        "28",
        "02",
        "30",
        "AM",
    ]


def test_text_is_decoded_by_the_sms_type_at_send(sim, connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**{**MESSAGE, "TextMessage": b"caf\xe9 \xa4"})  # ISO-8859-15
    client.converse([(b"SendSMS=OKSEND", sent(999, "+393331234567"))])
    assert sim.sent[-1].fields["TextMessage"] == "café €"
    client.set_fields(PhoneNumber=b"7654321", SmsType=b"UTF")
    client.converse([(b"SendSMS=OKSEND", b"-ERR 93 [Sms Text Message Not Valid]")])  # not UTF-8
    client.set_fields(TextMessage="café € ✓".encode())
    client.converse([(b"SendSMS=OKSEND", sent(998, "+393337654321"))])
    assert sim.sent[-1].fields["TextMessage"] == "café € ✓"


def test_queries(simulator, connect) -> None:
    client = connect(simulator([Account("demo", "demo", 42, "Standby")]))
    client.login()
    client.converse(
        [
            (b"SmsQuery=Balance", b"+OK 01 [42]"),
            (b"SmsQuery=Status", b"+OK 01 [Standby]"),
            (b"SmsQuery=", BAD),
        ]
    )


def test_account_blocked_while_logged_in(sim, connect) -> None:
    client = connect()
    client.login()
    client.set_fields(**MESSAGE)
    sim.account("demo").status = "Blocked"
    assert client.ask(b"SendSMS=OKSEND") == b"-ERR 89 [Account Blocked!]" + CLOSED
    client.assert_closed()
