"""BroadcastEngine: planning, running, pausing, resuming, and what it does with each outcome."""

from __future__ import annotations

import json

import pytest
from conftest import BASE, ScriptedSession, accept, message, reject, unknown

from smsgate_desktop.broadcast import BroadcastEngine, plan
from smsgate_desktop.protocol import FieldError, Interface
from smsgate_desktop.session import ConnectError, Endpoint, GatewaySession, SessionConfig
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.runner import SimulatorThread
from smsgate_desktop.store import journal, open_store

ACCOUNT, PASSWORD = "acme", "s3cret"


def test_plan_dedupes_and_drops_opt_outs():
    messages = [message(1), message(2), message(1), message(3), message(2)]
    result = plan(messages, opted_out={message(3).recipient, "+390000"})
    assert result.messages == [message(1), message(2)]
    assert result.duplicates == [message(1).recipient, message(2).recipient]
    assert result.opted_out == [message(3).recipient]
    assert result.credits_needed == 2


def test_run_sends_every_pending_row_once_in_order(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(5)), {"source": "test"})
    session = ScriptedSession()
    progress = []
    report = engine.run(session, broadcast_id, on_progress=progress.append)
    assert session.sent == [message(i).recipient for i in range(5)]
    assert report.state == "done"
    assert report.counts["sent"] == 5 and report.total == 5
    assert [(p.done, p.total, p.state) for p in progress] == [(i, 5, "sent") for i in range(1, 6)]
    assert engine.run(ScriptedSession(), broadcast_id).counts["sent"] == 5  # nothing left


def test_each_row_is_sending_while_its_bytes_go_out(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    seen = []

    def script(msg):
        [row] = [r for r in journal.rows(engine.conn, broadcast_id) if r.recipient == msg.recipient]
        seen.append(row.state)
        return accept(msg)

    engine.run(ScriptedSession(script), broadcast_id)
    assert seen == ["sending"] * 3


def test_rejected_unknown_and_invalid(engine):
    outcomes = {1: reject, 2: unknown}

    def script(msg):
        index = int(msg.PhoneNumber) - 1000000
        if index == 3:
            raise FieldError("TextMessage", "x", "bad")
        return outcomes.get(index, accept)(msg)

    broadcast_id = engine.create(plan(message(i) for i in range(5)))
    report = engine.run(ScriptedSession(script), broadcast_id)
    assert report.counts == {"pending": 0, "sending": 0, "sent": 2, "failed": 2, "unknown": 1}
    rows = journal.rows(engine.conn, broadcast_id)
    assert (rows[1].code, rows[1].error) == (86, "The recipient is locked.")
    assert rows[2].error == "Outcome unknown: reset."
    assert rows[3].code is None and "TextMessage" in rows[3].error


def test_pause_between_messages_then_resume(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(6)))
    first = ScriptedSession()
    report = engine.run(first, broadcast_id, should_stop=lambda: len(first.sent) == 2)
    assert report.state == "paused"
    assert report.counts["sent"] == 2 and report.counts["pending"] == 4
    second = ScriptedSession()
    report = engine.run(second, broadcast_id)
    assert second.sent == [message(i).recipient for i in range(2, 6)]
    assert report.state == "done"


def test_unreachable_gateway_puts_the_message_back_and_stops(engine):
    def script(msg):
        if msg.PhoneNumber == "1000002":
            raise ConnectError([("host:27", "connection refused")])
        return accept(msg)

    broadcast_id = engine.create(plan(message(i) for i in range(4)))
    report = engine.run(ScriptedSession(script), broadcast_id)
    assert report.state == "interrupted" and "connection refused" in report.error
    assert report.counts["sent"] == 2 and report.counts["pending"] == 2
    resumed = ScriptedSession()
    engine.run(resumed, broadcast_id)
    assert resumed.sent == [message(2).recipient, message(3).recipient]


def test_a_crash_mid_send_leaves_unknown_never_resent(engine):
    def script(msg):
        if msg.PhoneNumber == "1000001":
            raise KeyboardInterrupt  # the process stops with the bytes possibly out
        return accept(msg)

    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    with pytest.raises(KeyboardInterrupt):
        engine.run(ScriptedSession(script), broadcast_id)
    assert journal.get_broadcast(engine.conn, broadcast_id).state == "interrupted"
    resumed = ScriptedSession()
    report = engine.run(resumed, broadcast_id)
    assert resumed.sent == [message(2).recipient]
    assert report.recovered == 1
    assert report.counts == {"pending": 0, "sending": 0, "sent": 2, "failed": 0, "unknown": 1}


def test_resend_unknown_only_on_request(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    engine.run(
        ScriptedSession(lambda m: unknown(m) if m.PhoneNumber != "1000000" else accept(m)),
        broadcast_id,
    )
    assert engine.run(ScriptedSession(), broadcast_id).counts["unknown"] == 2
    assert engine.resend_unknown(broadcast_id, [3]) == 1
    again = ScriptedSession()
    report = engine.run(again, broadcast_id)
    assert again.sent == [message(2).recipient]
    assert report.counts["unknown"] == 1
    assert engine.resend_unknown(broadcast_id) == 1


def test_cancel(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    engine.run(ScriptedSession(), broadcast_id, should_stop=iter([False, True]).__next__)
    assert engine.cancel(broadcast_id) == 2
    assert engine.report(broadcast_id).state == "cancelled"
    after = ScriptedSession()
    assert engine.run(after, broadcast_id).state == "cancelled"
    assert after.sent == []


def test_throttle_paces_without_sleeping_for_real(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(4)))
    now = [100.0]
    waits = []

    def sleep(seconds):
        waits.append(round(seconds, 6))
        now[0] += seconds

    engine.run(ScriptedSession(), broadcast_id, throttle=10.0, sleep=sleep, clock=lambda: now[0])
    assert waits == [0.1, 0.1, 0.1]  # the first goes at once, then one every 1/10 s


def test_in_memory_store_marks_rows_without_a_helper_thread():
    memory = BroadcastEngine(open_store(":memory:"))
    broadcast_id = memory.create(plan(message(i) for i in range(3)))
    session = ScriptedSession()
    assert memory.run(session, broadcast_id).counts["sent"] == 3
    assert session.sent == [message(i).recipient for i in range(3)]


def test_the_row_marked_ahead_goes_back_to_pending_when_the_run_stops(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(4)))

    def script(msg):
        if msg.PhoneNumber == "1000001":
            states = [r.state for r in journal.rows(engine.conn, broadcast_id)]
            assert states[1:3] in (["sending", "sending"], ["sending", "pending"])
            raise KeyboardInterrupt
        return accept(msg)

    with pytest.raises(KeyboardInterrupt):
        engine.run(ScriptedSession(script), broadcast_id)
    states = [r.state for r in journal.rows(engine.conn, broadcast_id)]
    assert states == ["sent", "sending", "pending", "pending"]


def test_unknown_broadcast(engine):
    with pytest.raises(KeyError):
        engine.run(ScriptedSession(), 99)
    with pytest.raises(ValueError):
        engine.create(plan([]))


def test_2000_recipients_with_dropped_lines(engine, tmp_path):
    """drop_after resets the line instead of answering every 301st message of a connection:
    each such message is unknown (written, no reply); nothing is sent twice or lost."""
    record = tmp_path / "record.jsonl"
    count = 2000
    with SimulatorThread(
        accounts=[Account(ACCOUNT, PASSWORD, credit=10_000)], record=record, drop_after=300
    ) as sim:
        config = SessionConfig(
            ACCOUNT,
            PASSWORD,
            Endpoint(sim.host, sim.port),
            None,
            Interface.PACKET,
            reply_timeout=5,
        )
        broadcast_id = engine.create(plan(message(i) for i in range(count)))
        with GatewaySession(config) as session:
            report = engine.run(session, broadcast_id)
    recorded = [json.loads(line)["fields"] for line in record.read_text().splitlines()]
    numbers = [f["CountryCode"] + f["GsmCode"] + f["PhoneNumber"] for f in recorded]
    assert len(numbers) == len(set(numbers)), "a recipient got the message twice"
    rows = journal.rows(engine.conn, broadcast_id)
    unknown_rows = {r.recipient for r in rows if r.state == "unknown"}
    drops = count // 301 + 1
    assert report.state == "done"
    assert report.counts["pending"] == report.counts["sending"] == 0
    assert 0 < len(unknown_rows) <= drops
    assert {r.recipient for r in rows if r.state == "sent"} == set(numbers)
    assert set(numbers) | unknown_rows == {message(i).recipient for i in range(count)}
    assert all(f["TextMessage"] == BASE.TextMessage for f in recorded)
