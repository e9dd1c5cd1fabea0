"""-ERR 99 (no credit left) stops a run at once: the refused message and every one after it
stay pending, nothing more goes to the session (so it never logs in again to be refused), and
the report says how many were and were not sent. Resumed after a top-up, the rest goes out."""

from __future__ import annotations

import pytest
from broadcastkit import ScriptedSession, accept, message, reject

from smsgate_desktop.broadcast import plan
from smsgate_desktop.broadcast.credit import is_credit_exhausted
from smsgate_desktop.protocol import Err, Interface
from smsgate_desktop.session import (
    Endpoint,
    GatewaySession,
    LoginError,
    Outcome,
    SendResult,
    SessionConfig,
)
from smsgate_desktop.session.errors import RequestRefused
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.store import RowState, journal
from smsgate_desktop.usecases.login_refusal import Refusal, refusal_of

NO_CREDIT = Err(99, "Credit Not Available!", True, b"")


def credit_of(credit: int):
    """A script for ScriptedSession: `credit` messages accepted, then -ERR 99 for each."""
    left = [credit]

    def script(msg):
        if left[0] <= 0:
            return SendResult(msg, Outcome.REJECTED, error=NO_CREDIT, reason=NO_CREDIT.explanation)
        left[0] -= 1
        return accept(msg)

    return script, left


def test_a_run_stops_at_the_first_99_and_leaves_the_rest_pending(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(8)))
    script, _ = credit_of(5)
    session = ScriptedSession(script)
    progress = []

    report = engine.run(session, broadcast_id, on_progress=progress.append)

    # The sixth was refused; nothing after it was handed to the session.
    assert session.sent == [message(i).recipient for i in range(6)]
    assert report.state == "interrupted"
    assert report.credit_exhausted
    assert (report.sent, report.not_sent, report.total) == (5, 3, 8)
    assert report.counts[RowState.FAILED] == 0
    assert report.error == "Credit exhausted: 5 of 8 sent, 3 not sent."
    assert report.error.code == "Broadcasts.credit-exhausted"
    # A refused-for-credit message is not an outcome: no progress for it.
    assert [p.state for p in progress] == ["sent"] * 5
    pending = journal.rows(engine.conn, broadcast_id, [RowState.PENDING])
    assert [row.recipient for row in pending] == [message(i).recipient for i in range(5, 8)]
    assert journal.get_broadcast(engine.conn, broadcast_id).state == "interrupted"


def test_resumed_after_a_top_up_it_sends_the_rest_once(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(8)))
    script, left = credit_of(5)
    session = ScriptedSession(script)
    engine.run(session, broadcast_id)

    left[0] = 100  # topped up
    session.sent.clear()
    report = engine.run(session, broadcast_id)

    assert session.sent == [message(i).recipient for i in range(5, 8)]
    assert report.state == "done" and not report.credit_exhausted
    assert report.counts[RowState.SENT] == 8


def test_a_login_refused_for_credit_is_credit_exhausted_too(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(3)))

    def script(msg):
        raise LoginError(NO_CREDIT)

    report = engine.run(ScriptedSession(script), broadcast_id)

    assert report.state == "interrupted" and report.credit_exhausted
    assert (report.sent, report.not_sent) == (0, 3)
    assert report.error == "Credit exhausted: 0 of 3 sent, 3 not sent."
    assert isinstance(report.cause, LoginError)


def test_other_rejections_do_not_stop_the_run(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    session = ScriptedSession(lambda msg: reject(msg) if msg == message(1) else accept(msg))
    report = engine.run(session, broadcast_id)
    assert report.state == "done" and not report.credit_exhausted
    assert report.counts[RowState.FAILED] == 1 and report.sent == 2


def test_a_pause_asked_meanwhile_does_not_hide_the_credit(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(4)))
    script, _ = credit_of(1)
    report = engine.run(ScriptedSession(script), broadcast_id, should_stop=lambda: False)
    assert report.credit_exhausted and report.state == "interrupted"


@pytest.mark.parametrize("window", [1, 4])
def test_against_the_simulator_the_run_logs_in_once(engine, simulator, window):
    sim = simulator([Account("acme", "s3cret", credit=3)])
    config = SessionConfig(
        "acme",
        "s3cret",
        Endpoint(sim.host, sim.port),
        None,
        Interface.PACKET,
        send_window=window,
    )
    broadcast_id = engine.create(plan(message(i) for i in range(8)))
    with GatewaySession(config) as session:
        report = engine.run(session, broadcast_id)

    assert sim.gateway._connections == 1  # no login after the gateway's -ERR 99
    assert len(sim.sent) == 3
    assert report.credit_exhausted and report.sent == 3
    if window == 1:
        assert report.not_sent == 5
    else:
        # Written behind the refused one before its -ERR 99 came back: unanswered, so
        # unknown (the delivery rule); the rest were never written and stay pending.
        counts = report.counts
        assert counts[RowState.PENDING] + counts[RowState.UNKNOWN] == 5
        assert counts[RowState.PENDING] >= 1


@pytest.mark.parametrize(
    ("what", "refusal"),
    [
        (NO_CREDIT, Refusal.NO_CREDIT),
        (LoginError(NO_CREDIT), Refusal.NO_CREDIT),
        (RequestRefused(NO_CREDIT), Refusal.NO_CREDIT),
        (SendResult(message(0), Outcome.REJECTED, error=NO_CREDIT), Refusal.NO_CREDIT),
        (LoginError(Err(89, "Account Not Valid", True, b"")), Refusal.PASSWORD),
        (LoginError(Err(89, "Account Not valid", True, b"")), Refusal.PASSWORD),
        (LoginError(Err(89, "Account Blocked!", True, b"")), None),
        (LoginError(Err(89, "Account Not Active!", True, b"")), None),
        (LoginError(Err(101, "Too many sessions", True, b"")), None),
        (SendResult(message(0), Outcome.REJECTED, error=Err(86, "x", False, b"")), None),
        (SendResult(message(0), Outcome.ACCEPTED, credit=0), None),
        (None, None),
    ],
)
def test_what_a_refusal_means(what, refusal):
    assert refusal_of(what) is refusal
    assert is_credit_exhausted(what) == (refusal is Refusal.NO_CREDIT)
