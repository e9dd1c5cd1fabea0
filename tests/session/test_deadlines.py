"""The session's deadlines and its reactions to a gateway that misbehaves (issue 10): the reply
timeout bounds a whole reply line, the connect timeout the connect and the greeting; silence
and nonsense stop a run instead of being tried message after message."""

from __future__ import annotations

import time

import pytest
from hostile_gateway import HostileGateway, session_for
from sessionkit import message

from smsgate_desktop.session import (
    ConnectError,
    GatewaySession,
    Outcome,
)
from smsgate_desktop.session.errors import GatewayProtocolError, GatewaySilentError

SLACK = 2.0


def results_until(session: GatewaySession, messages, error: type[Exception]):
    """The results send_many yields before it raises `error` (the test fails if it does not),
    and the error."""
    results = []
    with pytest.raises(error) as caught:
        for result in session.send_many(messages):
            results.append(result)
    return results, caught.value


def test_a_trickling_reply_cannot_reset_the_reply_timeout():
    """One byte every 0.1 s used to reset a 0.5 s timeout applied per recv(), for ever."""
    with HostileGateway("drip", drip_interval=0.1) as gateway, session_for(gateway) as session:
        started = time.monotonic()
        with pytest.raises(GatewaySilentError) as caught:
            session.balance()
        elapsed = time.monotonic() - started
    assert elapsed < 0.5 + SLACK
    assert str(caught.value) == (
        "The gateway did not answer within 0.5 s when asked for the balance."
    )


def test_the_connect_timeout_covers_the_greeting():
    with (
        HostileGateway("mute") as gateway,
        session_for(gateway, connect_timeout=0.5, reply_timeout=60) as session,
    ):
        started = time.monotonic()
        with pytest.raises(ConnectError) as caught:
            session.open()
        elapsed = time.monotonic() - started
    assert elapsed < 0.5 + SLACK
    assert "no greeting within 0.5 s" in str(caught.value)


def test_a_silent_gateway_stops_a_run_after_one_unknown():
    """Before, each of the messages cost a reply timeout, a new connection and an unknown."""
    messages = [message(f"123456{i}") for i in range(5)]
    with HostileGateway("silence") as gateway, session_for(gateway) as session:
        results, _ = results_until(session, messages, GatewaySilentError)
        assert gateway.connections == 1
    assert [r.outcome for r in results] == [Outcome.UNKNOWN]
    assert "did not answer within 0.5 s" in results[0].reason


def test_garbage_after_a_pipelined_send_stops_the_run():
    messages = [message(f"123456{i}") for i in range(6)]
    with HostileGateway("garbage") as gateway, session_for(gateway, window=4) as session:
        results, error = results_until(session, messages, GatewayProtocolError)
        assert gateway.connections == 1
    assert [r.outcome for r in results] == [Outcome.UNKNOWN] * 4
    assert "HELLO?" in str(error)


def test_a_doubled_reply_in_a_window_makes_the_rest_unknown_never_rejected():
    messages = [message(f"123456{i}") for i in range(3)]
    with HostileGateway("double") as gateway, session_for(gateway, window=4) as session:
        results, error = results_until(session, messages, GatewayProtocolError)
    assert [r.outcome for r in results] == [Outcome.ACCEPTED, Outcome.UNKNOWN, Outcome.UNKNOWN]
    assert "out of step" in str(error)


def test_an_absurd_credit_is_accepted_with_an_unknown_credit():
    with HostileGateway("absurd-credit") as gateway, session_for(gateway) as session:
        result = session.send(message())
    assert result.outcome is Outcome.ACCEPTED
    assert result.credit is None
    assert session.credit is None


def test_a_reply_cut_in_half_is_unknown():
    with HostileGateway("cut") as gateway, session_for(gateway) as session:
        result = session.send(message())
    assert result.outcome is Outcome.UNKNOWN
    assert "dropped in the middle of the gateway's reply" in result.reason


def test_abort_from_another_thread_ends_a_blocked_read_at_once():
    import threading

    with (
        HostileGateway("silence") as gateway,
        session_for(gateway, reply_timeout=60) as session,
    ):
        session.open()
        timer = threading.Timer(0.2, session.abort)
        timer.start()
        started = time.monotonic()
        result = session.send(message())
        elapsed = time.monotonic() - started
        timer.join()
    assert result.outcome is Outcome.UNKNOWN
    assert elapsed < 0.2 + SLACK


def test_abort_is_sticky_no_new_connection_after_it():
    from smsgate_desktop.session.errors import SessionStopped

    with HostileGateway("silence", spare_queries=True) as gateway, session_for(gateway) as session:
        session.open()
        session.abort()
        with pytest.raises(SessionStopped):
            session.balance()
        with pytest.raises(SessionStopped):
            list(session.send_many([message()]))
        assert gateway.connections == 1
