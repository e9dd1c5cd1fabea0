"""The engine's journal: one synced batch of `sending` rows per K messages, each row recorded
written (in the run's records file, folded into the table in batches) before the session
takes it to write, and never more than K rows `sending`."""

from __future__ import annotations

import pytest
from broadcastkit import ScriptedSession, accept, message

from smsgate_desktop.broadcast import BroadcastEngine, plan
from smsgate_desktop.broadcast.engine import sync_batch
from smsgate_desktop.store import journal, open_store, run_log

COUNT = 300


@pytest.mark.parametrize("window", [1, 32])
def test_one_synced_batch_per_k_rows_and_written_before_each_write(tmp_path, monkeypatch, window):
    path = tmp_path / "j.sqlite3"
    engine = BroadcastEngine(open_store(path))
    watcher = open_store(path)  # another connection sees what a kill would leave
    broadcast_id = engine.create(plan(message(i) for i in range(COUNT)))
    records = run_log.log_path(path, broadcast_id)
    batches: list[int] = []
    real_mark_ahead = journal.mark_ahead

    def counting_mark_ahead(conn, broadcast_id, seqs, boot=None):
        batches.append(len(seqs))
        real_mark_ahead(conn, broadcast_id, seqs, boot)

    monkeypatch.setattr(journal, "mark_ahead", counting_mark_ahead)
    most_sending = 0

    def script(sms):
        nonlocal most_sending
        seq, state, written = watcher.execute(
            "SELECT seq, state, written FROM journal WHERE broadcast_id = ? AND recipient = ?",
            (broadcast_id, sms.recipient),
        ).fetchone()
        recorded = written is not None or (run_log.WRITTEN, seq, None) in run_log.read(records)
        assert (state, recorded) == ("sending", True)  # recorded before the write
        sending = journal.counts(watcher, broadcast_id)["sending"]
        most_sending = max(most_sending, sending)
        return accept(sms)

    report = engine.run(ScriptedSession(script, pipeline_depth=window), broadcast_id)
    assert report.counts["sent"] == COUNT
    k = sync_batch(window)
    assert most_sending <= k  # what a power cut can leave unknown
    assert sum(batches) == COUNT
    assert len(batches) <= -(-COUNT // (k - window))  # one sync per K - W rows at worst
    assert engine.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
    engine.conn.close()
    watcher.close()
