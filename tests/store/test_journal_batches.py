"""One disk sync per batch: rows marked `sending` ahead (mark_ahead), recorded written just
before their bytes go (mark_written), and what a crash leaves, told by the boot id: after a
process kill (same boot) the rows never written go back to pending; after a power cut
(another boot, or none known) every `sending` row is unknown."""

from __future__ import annotations

import pytest

from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import journal, open_store

BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hello")
BOOT, OTHER_BOOT = "boot-a", "boot-b"


@pytest.fixture
def conn(store_url):
    conn = open_store(store_url)
    yield conn
    conn.close()


@pytest.fixture
def broadcast(conn):
    messages = [BASE.with_values(PhoneNumber=f"{1000000 + i}") for i in range(6)]
    return journal.insert_broadcast(conn, messages)


def states(conn, broadcast_id):
    return [row.state for row in journal.rows(conn, broadcast_id)]


def kill_in_flight(conn, broadcast_id):
    """Rows 1-2 sent, 3 written and unanswered, 4-5 marked ahead, 6 pending."""
    journal.mark_ahead(conn, broadcast_id, [1, 2, 3, 4, 5], boot=BOOT)
    with journal.unsynced(conn):
        for seq in (1, 2, 3):
            journal.mark_written(conn, broadcast_id, seq)
        journal.mark_sent(conn, broadcast_id, 1, 10)
        journal.mark_failed(conn, broadcast_id, 2, 86, "locked")


def test_after_a_kill_only_the_written_row_is_unknown(conn, broadcast):
    kill_in_flight(conn, broadcast)
    assert journal.recover_interrupted(conn, broadcast, boot=BOOT) == 1
    assert states(conn, broadcast) == ["sent", "failed", "unknown", "pending", "pending", "pending"]


def test_after_a_power_cut_every_sending_row_is_unknown(conn, broadcast):
    kill_in_flight(conn, broadcast)
    assert journal.recover_interrupted(conn, broadcast, boot=OTHER_BOOT) == 3
    assert states(conn, broadcast) == ["sent", "failed", "unknown", "unknown", "unknown", "pending"]


def test_without_a_boot_id_a_crash_counts_as_a_power_cut(conn, broadcast):
    journal.mark_ahead(conn, broadcast, [1, 2], boot="")
    assert journal.recover_interrupted(conn, broadcast, boot="") == 2
    assert states(conn, broadcast)[:2] == ["unknown", "unknown"]


def test_mark_sending_counts_its_rows_written(conn, broadcast):
    journal.mark_sending(conn, broadcast, [1])
    assert journal.recover_interrupted(conn, broadcast, boot=BOOT) == 1
    assert states(conn, broadcast)[0] == "unknown"


def test_the_machine_boot_id_is_the_default(conn, broadcast):
    journal.mark_ahead(conn, broadcast, [1, 2])
    journal.mark_written(conn, broadcast, 1)
    expected = 1 if journal.boot_id() else 2
    assert journal.recover_interrupted(conn, broadcast) == expected


def test_a_row_put_back_or_requeued_is_not_written_when_marked_again(conn, broadcast):
    journal.mark_ahead(conn, broadcast, [1, 2], boot=BOOT)
    journal.mark_written(conn, broadcast, 1)
    journal.mark_written(conn, broadcast, 2)
    journal.mark_not_sent(conn, broadcast, [1])  # the session says it never left
    journal.mark_unknown(conn, broadcast, 2, "reset")
    journal.requeue_unknown(conn, broadcast, [2])  # a person asked to resend it
    journal.mark_ahead(conn, broadcast, [1, 2], boot=BOOT)
    assert journal.recover_interrupted(conn, broadcast, boot=BOOT) == 0
    assert states(conn, broadcast)[:2] == ["pending", "pending"]


def test_only_a_sending_row_can_be_written(conn, broadcast):
    with pytest.raises(RuntimeError, match="not sending"):
        journal.mark_written(conn, broadcast, 1)


def test_records_are_unsynced_and_a_batch_is_synced(conn, broadcast):
    with journal.unsynced(conn):
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        with journal.synced(conn):
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_row_marked_ahead_is_shown_pending_until_written(conn, broadcast):
    journal.mark_ahead(conn, broadcast, [1, 2, 3], boot="")
    journal.mark_written(conn, broadcast, 1)
    counts = journal.counts(conn, broadcast)
    assert (counts["sending"], counts["pending"]) == (1, 5)
    assert states(conn, broadcast)[:3] == ["sending", "pending", "pending"]
    assert [row.seq for row in journal.rows(conn, broadcast, ["sending"])] == [1]
    changed = journal.changed_since(conn, broadcast, 0)
    assert {seq: state for seq, state, *_ in changed} == {1: "sending", 2: "pending", 3: "pending"}
    raw = conn.execute("SELECT COUNT(*) FROM journal WHERE state = 'sending'").fetchone()[0]
    assert raw == 3  # what a crash must assume


def test_a_row_sending_before_schema_6_is_shown_sending(conn, broadcast):
    conn.execute("UPDATE journal SET state = 'sending' WHERE seq = 1")  # written, boot NULL
    assert journal.counts(conn, broadcast)["sending"] == 1
