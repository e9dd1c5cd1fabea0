"""Nothing touches a broadcast's rows without its run lock (issue 10, point 1).

recover, resend and cancel used to change the rows of a broadcast another run was sending:
its rows in flight became unknown (their results then dropped) or were requeued (and sent
twice). Each now takes the lock, and `claim` holds it across several of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from broadcastkit import ScriptedSession, accept, message, unknown

from smsgate_desktop.broadcast import BroadcastBusyError, BroadcastEngine, plan, run_lock
from smsgate_desktop.protocol import SmsGateError
from smsgate_desktop.store import database_file, journal, open_store
from smsgate_desktop.store.db import location_of


def untouched(row) -> bool:
    """A row of a run in progress that nobody else changed: no unknown, no cancel."""
    _, state, error, _ = row
    return state in ("pending", "sending", "sent") and error is None


def _rows(engine, broadcast_id):
    return [(r.seq, r.state, r.error, r.updated) for r in journal.rows(engine.conn, broadcast_id)]


@pytest.fixture
def other(engine):
    """A second engine on its own connection: another window, or another process."""
    second = BroadcastEngine(open_store(location_of(engine.conn)))
    yield second
    second.conn.close()


def test_recover_resend_and_cancel_are_refused_while_another_run_sends(engine, other):
    broadcast_id = engine.create(plan(message(i) for i in range(6)))
    refusals = []

    def script(msg):
        if msg.PhoneNumber == "1000002":  # its row is `sending`, the next one too (ahead)
            for attempt in (
                lambda: other.recover_interrupted(broadcast_id),
                lambda: other.resend_unknown(broadcast_id),
                lambda: other.resend_unknown(broadcast_id, [3]),
                lambda: other.cancel(broadcast_id),
            ):
                with pytest.raises(BroadcastBusyError, match=f"Broadcast {broadcast_id} is"):
                    attempt()
                # Changed nothing (the run's helper thread may mark the next rows meanwhile).
                refusals.append(all(untouched(row) for row in _rows(other, broadcast_id)))
        return accept(msg)

    report = engine.run(ScriptedSession(script), broadcast_id)
    assert refusals == [True] * 4
    assert report.counts["sent"] == 6 and report.total == 6  # no unknown, none cancelled


def test_claim_holds_the_lock_once_across_recover_resend_and_run(engine, other):
    broadcast_id = engine.create(plan(message(i) for i in range(4)))
    first = ScriptedSession(lambda m: unknown(m) if m.PhoneNumber == "1000001" else accept(m))
    engine.run(first, broadcast_id)
    with engine.claim(broadcast_id):
        with pytest.raises(BroadcastBusyError):  # another engine, between the steps
            other.cancel(broadcast_id)
        assert engine.recover_interrupted(broadcast_id) == 0
        assert engine.resend_unknown(broadcast_id) == 1
        with pytest.raises(BroadcastBusyError):
            other.run(ScriptedSession(), broadcast_id)
        again = ScriptedSession()
        assert engine.run(again, broadcast_id).counts["sent"] == 4  # no conflict with itself
        assert again.sent == ["+393331000001"]
    assert other.cancel(broadcast_id) == 0  # released at the end of the block


def test_claim_refused_elsewhere_changes_nothing(engine, other):
    broadcast_id = engine.create(plan(message(i) for i in range(2)))
    with engine.claim(broadcast_id):
        before = _rows(other, broadcast_id)
        with pytest.raises(BroadcastBusyError), other.claim(broadcast_id):
            pytest.fail("the claim was granted twice")
        assert _rows(other, broadcast_id) == before
    with pytest.raises(KeyError), engine.claim(99):
        pass


def test_busy_error_is_a_smsgate_error():
    error = BroadcastBusyError(7, "123")
    assert isinstance(error, SmsGateError)
    assert (error.broadcast_id, error.pid) == (7, "123")
    assert str(error) == (
        "Broadcast 7 is being sent by another SMSGate window or command (process 123); it "
        "was not started again here."
    )


@pytest.mark.sqlite_only  # a lock file's own race; the office lock is no file
def test_a_lock_file_removed_as_it_is_locked_is_not_shared(engine, monkeypatch):
    """A finishing run removes the lock file; one that opened it just before then locked a
    file nobody else would open, and a third run got the lock too: two runs at once once
    a finished broadcast can be resumed (resend unknown). The lock checks it is still the
    file at the path."""
    db = database_file(engine.conn)
    holder = run_lock.RunLock(db, 1)
    holder.acquire()
    real_lock = run_lock._lock
    calls = []

    def lock_after_the_holder_finished(file):
        if not calls:  # the contender opened the file; the holder finishes and removes it
            holder.release(finished=True)
        calls.append(file)
        real_lock(file)

    monkeypatch.setattr(run_lock, "_lock", lock_after_the_holder_finished)
    contender = run_lock.RunLock(db, 1)
    contender.acquire()
    monkeypatch.setattr(run_lock, "_lock", real_lock)
    assert Path(f"{db}-broadcast-1.lock").exists()
    with pytest.raises(BroadcastBusyError):
        run_lock.RunLock(db, 1).acquire()
    contender.release()
