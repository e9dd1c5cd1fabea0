"""Journal rows move pending -> sending -> sent | failed | unknown, and nowhere else."""

from __future__ import annotations

import pytest
from broadcastkit import message

from smsgate_desktop.store import JournalConflictError, journal, open_store


@pytest.fixture
def broadcast(engine):
    return journal.insert_broadcast(engine.conn, [message(i) for i in range(3)], {"k": 1})


def states(conn, broadcast_id):
    return [row.state for row in journal.rows(conn, broadcast_id)]


def test_created_pending_with_the_full_message(engine, broadcast):
    conn = engine.conn
    rows = journal.rows(conn, broadcast)
    assert [r.seq for r in rows] == [1, 2, 3]
    assert [r.state for r in rows] == ["pending"] * 3
    assert rows[0].message == message(0)
    assert rows[0].recipient == "+393331000000"
    stored = journal.get_broadcast(conn, broadcast)
    assert (stored.sender, stored.text, stored.state, stored.options) == (
        "Acme",
        "Hello",
        "ready",
        {"k": 1},
    )


def test_sent_failed_unknown(engine, broadcast):
    conn = engine.conn
    for seq in (1, 2, 3):
        journal.mark_sending(conn, broadcast, [seq])
    assert states(conn, broadcast) == ["sending"] * 3
    journal.mark_sent(conn, broadcast, 1, credit=99)
    journal.mark_failed(conn, broadcast, 2, 86, "locked")
    journal.mark_unknown(conn, broadcast, 3, "reset")
    one, two, three = journal.rows(conn, broadcast)
    assert (one.state, one.credit) == ("sent", 99)
    assert (two.state, two.code, two.error) == ("failed", 86, "locked")
    assert (three.state, three.error) == ("unknown", "reset")
    assert journal.counts(conn, broadcast) == {
        "pending": 0,
        "sending": 0,
        "sent": 1,
        "failed": 1,
        "unknown": 1,
    }


def test_only_a_pending_row_can_become_sending(engine, broadcast):
    conn = engine.conn
    journal.mark_sending(conn, broadcast, [1])
    with pytest.raises(RuntimeError, match="not pending"):
        journal.mark_sending(conn, broadcast, [1])
    journal.mark_sent(conn, broadcast, 1, 5)
    with pytest.raises(JournalConflictError, match="already sent"):
        journal.mark_unknown(conn, broadcast, 1, "late")  # a second result is never written
    assert states(conn, broadcast)[0] == "sent"


@pytest.mark.parametrize("before", ["unknown", "pending"])
def test_a_real_result_is_recorded_on_a_row_made_unknown_or_requeued_meanwhile(
    engine, broadcast, before
):
    """The race of issue 10 point 1: a second run made the rows in flight unknown (and
    requeued them); the first run's results used to be dropped, the rows left unknown for
    good or sent again."""
    conn = engine.conn
    journal.mark_sending(conn, broadcast, [1, 2, 3])
    journal.recover_interrupted(conn, broadcast)
    if before == "pending":
        journal.requeue_unknown(conn, broadcast, [1, 2, 3])
    journal.mark_sent(conn, broadcast, 1, 7)
    journal.mark_failed(conn, broadcast, 2, 86, "locked")
    journal.mark_unknown(conn, broadcast, 3, "reset")
    assert states(conn, broadcast) == ["sent", "failed", "unknown"]  # never pending again
    assert journal.rows(conn, broadcast)[0].credit == 7


def test_a_result_for_no_row_raises(engine, broadcast):
    with pytest.raises(JournalConflictError, match="not in the local journal"):
        journal.mark_sent(engine.conn, broadcast, 99, 5)


@pytest.mark.parametrize("credit", [2**63, -(2**63) - 1, int("9" * 4000)])
def test_a_credit_sqlite_cannot_hold_is_stored_as_unknown(engine, broadcast, credit):
    journal.mark_sending(engine.conn, broadcast, [1])
    journal.mark_sent(engine.conn, broadcast, 1, credit)
    row = journal.rows(engine.conn, broadcast)[0]
    assert (row.state, row.credit) == ("sent", None)


def test_the_largest_credit_sqlite_holds_is_kept(engine, broadcast):
    journal.mark_sending(engine.conn, broadcast, [1])
    journal.mark_sent(engine.conn, broadcast, 1, 2**63 - 1)
    assert journal.rows(engine.conn, broadcast)[0].credit == 2**63 - 1


def test_result_commit_leaves_the_connection_at_full_sync(engine, broadcast):
    journal.mark_sending(engine.conn, broadcast, [1])
    journal.mark_sent(engine.conn, broadcast, 1, 5)
    assert engine.conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_sending_left_by_a_crash_becomes_unknown(engine, broadcast):
    journal.mark_sending(engine.conn, broadcast, [2])
    engine.conn.close()  # the process dies here
    engine.conn = journal_conn = open_store()
    assert journal.recover_interrupted(journal_conn, broadcast) == 1
    assert states(journal_conn, broadcast) == ["pending", "unknown", "pending"]
    assert "may have accepted" in journal.rows(journal_conn, broadcast)[1].error
    assert [seq for seq, _ in journal.iter_pending(journal_conn, broadcast)] == [1, 3]


def test_unknown_goes_back_to_pending_only_when_asked(engine, broadcast):
    conn = engine.conn
    journal.mark_sending(conn, broadcast, [1])
    journal.mark_unknown(conn, broadcast, 1, "reset")
    assert journal.requeue_unknown(conn, broadcast, [1, 2]) == 1  # 2 is pending: untouched
    assert states(conn, broadcast) == ["pending"] * 3


def test_not_sent_goes_back_to_pending(engine, broadcast):
    journal.mark_sending(engine.conn, broadcast, [1])
    journal.mark_not_sent(engine.conn, broadcast, [1])
    assert states(engine.conn, broadcast)[0] == "pending"


def test_cancel_fails_what_is_pending(engine, broadcast):
    conn = engine.conn
    journal.mark_sending(conn, broadcast, [1])
    journal.mark_sent(conn, broadcast, 1, 5)
    assert journal.cancel_pending(conn, broadcast) == 2
    assert states(conn, broadcast) == ["sent", "failed", "failed"]
    assert journal.get_broadcast(conn, broadcast).state == "cancelled"


def test_pending_rows_are_read_in_chunks(engine, monkeypatch):
    monkeypatch.setattr(journal, "CHUNK", 2)
    broadcast = journal.insert_broadcast(engine.conn, [message(i) for i in range(5)])
    seen = []
    for seq, msg in journal.iter_pending(engine.conn, broadcast):
        journal.mark_sending(engine.conn, broadcast, [seq])  # writing while iterating is fine
        seen.append((seq, msg.PhoneNumber))
    assert seen == [(i + 1, f"{1000000 + i}") for i in range(5)]
