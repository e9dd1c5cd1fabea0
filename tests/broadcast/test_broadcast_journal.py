"""Journal rows move pending -> sending -> sent | failed | unknown, and nowhere else."""

from __future__ import annotations

import pytest
from conftest import message

from smsgate_desktop.store import journal, open_store


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
    journal.mark_unknown(conn, broadcast, 1, "late")  # a result only replaces `sending`
    assert states(conn, broadcast)[0] == "sent"


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
