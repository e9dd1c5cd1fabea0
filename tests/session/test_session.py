"""GatewaySession against the built-in simulator on port 0: both interfaces, every error path."""

from __future__ import annotations

import json
import select

import pytest
from sessionkit import ACCOUNT, PASSWORD, message

from smsgate_desktop.protocol import FieldError, Interface
from smsgate_desktop.session import (
    ConnectError,
    LoginError,
    Outcome,
    TooManySessionsError,
)
from smsgate_desktop.simulator.accounts import Account

BOTH = pytest.mark.parametrize("interface", [Interface.PACKET, Interface.ASCII])


def records(sim_record) -> list[dict]:
    return [json.loads(line) for line in sim_record.read_text().splitlines()]


@BOTH
def test_send_is_accepted_and_credit_decrements(make_session, sim, interface):
    session = make_session(interface)
    result = session.send(message())
    assert result.outcome is Outcome.ACCEPTED
    assert result.credit == 99
    assert sim.account(ACCOUNT).credit == 99
    assert session.balance() == 99
    assert session.status() == "Active"


@BOTH
def test_login_reports_credit_status_and_endpoint(make_session, sim, interface):
    session = make_session(interface)
    session.open()
    assert session.credit == 100
    assert session.account_status == "Active"
    assert session.endpoint.port == sim.port


def test_packet_broadcast_elides_unchanged_fields(make_session, log, tmp_path):
    session = make_session(Interface.PACKET)
    results = list(session.send_many([message("1000001"), message("1000002")]))
    assert [r.outcome for r in results] == [Outcome.ACCEPTED, Outcome.ACCEPTED]
    first, second = log.sent()[1:]
    assert first.startswith(b"\x03Acme\x03+39\x03333\x031000001\x03Hello\x03")
    assert second == b"\x03\x03\x03\x031000002\x03" + b"\x03" * 15 + b"\x04OKSEND\x05\x06"
    used = [r["fields"] for r in records(tmp_path / "record.jsonl")]
    assert [(u["Sender"], u["TextMessage"], u["PhoneNumber"]) for u in used] == [
        ("Acme", "Hello", "1000001"),
        ("Acme", "Hello", "1000002"),
    ]


def test_packet_elision_is_relative_to_the_first_accepted_message(make_session, log):
    session = make_session(Interface.PACKET)
    session.send(message("1000001"))
    session.send(message("1000002", TextMessage="Other"))
    session.send(message("1000003"))
    second, third = log.sent()[2:]
    assert b"\x031000002\x03Other\x03" in second
    assert third.startswith(b"\x03\x03\x03\x031000003\x03\x03")


def test_ascii_broadcast_sends_only_what_changed(make_session, log):
    session = make_session(Interface.ASCII)
    list(session.send_many([message("1000001"), message("1000002")]))
    sent = log.sent()
    assert sent[:2] == [b"Account=acme", b"Password=********"]
    assert sent[2:8] == [
        b"Sender=Acme",
        b"CountryCode=+39",
        b"GsmCode=333",
        b"PhoneNumber=1000001",
        b"TextMessage=Hello",
        b"SendSMS=OKSEND",
    ]
    assert sent[8:] == [b"PhoneNumber=1000002", b"SendSMS=OKSEND"]


def test_packet_log_masks_the_password(make_session, log):
    make_session(Interface.PACKET).open()
    assert log.sent() == [b"\x01acme\x02********\x04OKSEND\x05\x06"]
    assert all(PASSWORD.encode() not in line for _, line in log.lines)
    assert log.received()[0].startswith(b"+OK 01 [Connection")


def test_invalid_message_is_refused_before_connecting(make_session, log):
    session = make_session()
    with pytest.raises(FieldError) as caught:
        session.send(message("12"))
    assert caught.value.field == "PhoneNumber"
    assert log.lines == []


@pytest.mark.parametrize("simulator_options", [{"locked_recipients": ["+393331234567"]}])
def test_locked_recipient_is_rejected_and_the_connection_stays(make_session, log):
    session = make_session()
    result = session.send(message("1234567"))
    assert result.outcome is Outcome.REJECTED
    assert result.error.code == 86
    assert "[86]" in result.reason
    assert session.send(message("7654321")).outcome is Outcome.ACCEPTED
    greetings = [line for line in log.received() if line.startswith(b"+OK 01 [Connection")]
    assert len(greetings) == 1


@pytest.mark.parametrize(
    "simulator_options", [{"accounts": [Account(ACCOUNT, PASSWORD, credit=1)]}]
)
def test_credit_exhausted_rejects_then_login_refused(make_session):
    session = make_session()
    assert session.send(message("1000001")).outcome is Outcome.ACCEPTED
    refused = session.send(message("1000002"))
    assert refused.outcome is Outcome.REJECTED
    assert refused.error.code == 99
    with pytest.raises(LoginError) as caught:
        session.send(message("1000003"))
    assert caught.value.error.code == 99


def test_wrong_password_is_a_login_error(make_session):
    with pytest.raises(LoginError) as caught:
        make_session(password="Zq9-bad").open()
    assert caught.value.error.code == 89
    assert "[89]" in str(caught.value)
    assert "Zq9-bad" not in str(caught.value)


def test_second_session_for_the_account_is_too_many_sessions(make_session):
    make_session().open()
    with pytest.raises(TooManySessionsError) as caught:
        make_session(Interface.ASCII).open()
    assert "Another session is already open" in str(caught.value)
    assert "[101]" in str(caught.value)


@pytest.mark.parametrize("simulator_options", [{"idle_timeout": 0.3}])
@BOTH
def test_idle_shutdown_reconnects_transparently_and_restarts_elision(make_session, log, interface):
    session = make_session(interface)
    assert session.send(message("1000001")).outcome is Outcome.ACCEPTED
    # Wait for the server's -ERR 102 to arrive (an event, not a sleep).
    ready, _, _ = select.select([session._transport._sock], [], [], 10)
    assert ready
    result = session.send(message("1000002"))
    assert result.outcome is Outcome.ACCEPTED
    received = log.received()
    assert b"-ERR 102 [Shut Down by Server]" in received
    greetings = [line for line in received if line.startswith(b"+OK 01 [Connection")]
    assert len(greetings) == 2
    # All fields go again on the new connection.
    if interface is Interface.PACKET:
        assert log.sent()[-1].startswith(b"\x03Acme\x03+39\x03333\x031000002\x03Hello")
    else:
        assert b"Sender=Acme" in log.sent()[-6:-1][0]


@pytest.mark.parametrize("simulator_options", [{"drop_after": 2}])
@BOTH
def test_drop_after_send_is_unknown_and_never_resent(make_session, tmp_path, interface):
    session = make_session(interface)
    outcomes = [session.send(message(f"100000{i}")).outcome for i in range(4)]
    assert outcomes == [Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.UNKNOWN, Outcome.ACCEPTED]
    numbers = [r["fields"]["PhoneNumber"] for r in records(tmp_path / "record.jsonl")]
    assert numbers == ["1000000", "1000001", "1000003"]


def test_backup_host_is_used_when_the_primary_is_down(make_session, sim, unused_port):
    from smsgate_desktop.session import Endpoint

    session = make_session(
        primary=Endpoint("127.0.0.1", unused_port), backup=Endpoint(sim.host, sim.port)
    )
    assert session.send(message()).outcome is Outcome.ACCEPTED
    assert session.endpoint == Endpoint(sim.host, sim.port)


def test_both_hosts_down_is_a_connect_error_naming_each(make_session, unused_port):
    from smsgate_desktop.session import Endpoint

    session = make_session(
        primary=Endpoint("127.0.0.1", unused_port), backup=Endpoint("127.0.0.1", unused_port)
    )
    with pytest.raises(ConnectError) as caught:
        session.open()
    assert str(caught.value).count(f"127.0.0.1:{unused_port}: connection refused") == 2


@pytest.mark.parametrize("simulator_options", [{"refuse_connections": True}])
def test_permission_denied_greeting_is_reported(make_session):
    with pytest.raises(ConnectError) as caught:
        make_session().open()
    assert "[79]" in str(caught.value)


@pytest.mark.parametrize(
    "simulator_options", [{"accounts": [Account(ACCOUNT, PASSWORD, status="Blocked")]}]
)
def test_blocked_account_login_explains(make_session):
    with pytest.raises(LoginError) as caught:
        make_session(Interface.ASCII).open()
    assert "blocked" in str(caught.value)
