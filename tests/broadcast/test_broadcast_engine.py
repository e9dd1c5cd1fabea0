"""BroadcastEngine: planning, running, pausing, resuming, and what it does with each outcome."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from broadcastkit import BASE, ScriptedSession, accept, message, reject, unknown

from smsgate_desktop.broadcast import BroadcastBusyError, BroadcastEngine, plan
from smsgate_desktop.protocol import FieldError, Interface
from smsgate_desktop.session import ConnectError, Endpoint, GatewaySession, SessionConfig
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.runner import SimulatorThread
from smsgate_desktop.store import database_file, journal, open_store, run_log
from smsgate_desktop.store.db import location_of

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


def test_each_row_is_sending_and_recorded_written_while_its_bytes_go_out(engine):
    """Written before its bytes go: in the run's records file beside a database file, in
    the table itself (committed) on an office database, which has no file here."""
    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    path = database_file(engine.conn)
    records = run_log.log_path(path, broadcast_id) if path else None
    seen = []

    def script(msg):
        [(seq, state, written)] = engine.conn.execute(
            "SELECT seq, state, written FROM journal WHERE broadcast_id = ? AND recipient = ?",
            (broadcast_id, msg.recipient),
        ).fetchall()
        if records is not None:
            written = (run_log.WRITTEN, seq, None) in run_log.read(records)
        seen.append((state, bool(written)))
        return accept(msg)

    engine.run(ScriptedSession(script), broadcast_id)
    assert seen == [("sending", True)] * 3
    assert records is None or not records.exists()  # every record folded: the file is gone


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
            states = _stored_states(engine, broadcast_id)
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


@pytest.mark.parametrize("window", [1, 32])
def test_2000_recipients_with_dropped_lines(engine, tmp_path, window):
    """drop_after resets the line instead of answering every 301st message of a connection:
    each such message is unknown (written, no reply), and so are the others of the window
    already written; nothing is sent twice or lost."""
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
            send_window=window,
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
    assert 0 < len(unknown_rows) <= drops * window
    sent = {r.recipient for r in rows if r.state == "sent"}
    # An accepted message whose +OK was lost in the reset is unknown, which is the truth.
    assert sent <= set(numbers) <= sent | unknown_rows
    assert set(numbers) | unknown_rows == {message(i).recipient for i in range(count)}
    assert all(f["TextMessage"] == BASE.TextMessage for f in recorded)


def _states(engine, broadcast_id):
    return [r.state for r in journal.rows(engine.conn, broadcast_id)]


def _stored_states(engine, broadcast_id):
    """The `state` column, what a crash must assume (not journal.rows' state as shown)."""
    query = "SELECT state FROM journal WHERE broadcast_id = ? ORDER BY seq"
    return [state for (state,) in engine.conn.execute(query, (broadcast_id,))]


def test_every_message_in_flight_is_journalled_sending(engine):
    """Window 4: when the 4th message is written, the 3 before it await their replies and
    all four rows are `sending`; results come back in order."""
    broadcast_id = engine.create(plan(message(i) for i in range(10)))
    seen = []

    def script(msg):
        index = int(msg.PhoneNumber) - 1000000
        states = _stored_states(engine, broadcast_id)
        seen.append(states[max(0, index - 3) : index + 1])
        return accept(msg)

    progress = []
    session = ScriptedSession(script, pipeline_depth=4)
    report = engine.run(session, broadcast_id, on_progress=progress.append)
    assert report.counts["sent"] == 10
    assert all(window == ["sending"] * len(window) for window in seen)
    assert len(seen[5]) == 4
    assert [p.seq for p in progress] == list(range(1, 11))
    assert all(p.result.credit == 42 for p in progress)


def test_pausing_a_pipelined_run_waits_for_the_replies_in_flight(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(20)))
    session = ScriptedSession(pipeline_depth=8)
    report = engine.run(session, broadcast_id, should_stop=lambda: len(session.sent) >= 5)
    assert report.state == "paused"
    assert report.counts == {"pending": 15, "sending": 0, "sent": 5, "failed": 0, "unknown": 0}
    rest = ScriptedSession(pipeline_depth=8)
    assert engine.run(rest, broadcast_id).counts["sent"] == 20
    assert rest.sent == [message(i).recipient for i in range(5, 20)]


def test_a_pipelined_run_cut_off_puts_back_what_was_never_written(engine):
    def script(msg):
        if msg.PhoneNumber == "1000006":
            raise ConnectError([("host:27", "connection refused")])
        return accept(msg)

    broadcast_id = engine.create(plan(message(i) for i in range(12)))
    report = engine.run(ScriptedSession(script, pipeline_depth=4), broadcast_id)
    assert report.state == "interrupted"
    assert _states(engine, broadcast_id) == ["sent"] * 6 + ["pending"] * 6
    resumed = ScriptedSession(pipeline_depth=4)
    engine.run(resumed, broadcast_id)
    assert resumed.sent == [message(i).recipient for i in range(6, 12)]


def test_an_invalid_message_in_a_pipelined_run_fails_alone(engine):
    def script(msg):
        if msg.PhoneNumber == "1000003":
            raise FieldError("TextMessage", "x", "bad")
        return accept(msg)

    broadcast_id = engine.create(plan(message(i) for i in range(8)))
    report = engine.run(ScriptedSession(script, pipeline_depth=4), broadcast_id)
    assert report.state == "done"
    assert _states(engine, broadcast_id) == ["sent"] * 3 + ["failed"] + ["sent"] * 4
    assert "TextMessage" in journal.rows(engine.conn, broadcast_id)[3].error


def test_a_crash_in_a_pipelined_run_leaves_at_most_two_windows_unknown(engine):
    window = 4

    def script(msg):
        if msg.PhoneNumber == "1000009":
            raise KeyboardInterrupt
        return accept(msg)

    broadcast_id = engine.create(plan(message(i) for i in range(30)))
    first = ScriptedSession(script, pipeline_depth=window)
    with pytest.raises(KeyboardInterrupt):
        engine.run(first, broadcast_id)
    assert _states(engine, broadcast_id).count("sending") <= 2 * window
    resumed = ScriptedSession(pipeline_depth=window)
    report = engine.run(resumed, broadcast_id)
    assert not set(resumed.sent) & set(first.sent), "a message was sent twice"
    assert 1 <= report.recovered <= 2 * window
    assert report.counts["pending"] == report.counts["sending"] == 0
    assert report.counts["sent"] + report.counts["unknown"] == 30


def test_a_broadcast_runs_in_one_place_at_a_time(engine):
    """A second run of the same broadcast (another window, another process) is refused while
    the first one sends; the lock goes with the run."""
    broadcast_id = engine.create(plan(message(i) for i in range(6)))
    other = BroadcastEngine(open_store(location_of(engine.conn)))
    refused = []

    def script(msg):
        if msg.PhoneNumber == "1000002":
            with pytest.raises(BroadcastBusyError, match=f"Broadcast {broadcast_id} is being"):
                other.run(ScriptedSession(), broadcast_id)
            refused.append(_states(other, broadcast_id))
        return accept(msg)

    report = engine.run(ScriptedSession(script), broadcast_id)
    assert refused and "unknown" not in refused[0]  # the refused run changed nothing
    assert report.counts["sent"] == 6
    assert other.run(ScriptedSession(), broadcast_id).state == "done"  # free again
    other.conn.close()
    db = database_file(engine.conn)  # None on an office database: its lock is no file
    assert db is None or not Path(f"{db}-broadcast-{broadcast_id}.lock").exists()  # removed


def test_the_lock_is_held_by_another_process(engine, tmp_path):
    """A file lock beside a database file; an advisory lock on an office database, whose
    holder is named by its desktop, user and process. Either drops with the process."""
    import subprocess
    import sys

    broadcast_id = engine.create(plan(message(i) for i in range(2)))
    where = location_of(engine.conn)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from smsgate_desktop.broadcast.run_lock import lock_for;"
            "from smsgate_desktop.store import open_store;"
            f"lock = lock_for(open_store({where!r}), {broadcast_id}); lock.acquire();"
            "print('held', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(BroadcastBusyError, match=f"process {holder.pid}"):
            engine.run(ScriptedSession(), broadcast_id)
    finally:
        holder.kill()  # the OS drops the lock with the process: no stale lock
        holder.wait()
    assert engine.run(ScriptedSession(), broadcast_id).counts["sent"] == 2
