"""The run's records file (store/run_log.py) and its folding into the journal: exact to the
line, stops at the first torn or damaged line, and folding the same records twice (a kill
between a fold and the file's emptying) changes nothing."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import JournalConflictError, StorageError, journal, open_store, run_log

BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hi")
RECORDS = [
    (run_log.WRITTEN, 1, None),
    (run_log.SENT, 1, 41),
    (run_log.WRITTEN, 2, None),
    (run_log.SENT, 2, None),
    (run_log.WRITTEN, 3, None),
    (run_log.FAILED, 3, (12, "refused: «numero»\t", None)),
    (run_log.WRITTEN, 4, None),
    (run_log.UNKNOWN, 4, ("no reply", '{"code": "X.y", "values": {}}')),
    (run_log.WRITTEN, 5, None),
]


def test_each_record_is_one_checked_line():
    assert run_log.encode((run_log.WRITTEN, 7, None)) == b"W 7 %08x\n" % zlib.crc32(b"W 7")
    data = b"".join(run_log.encode(record) for record in RECORDS)
    assert data.count(b"\n") == len(RECORDS)
    assert list(run_log.decode(data)) == RECORDS


def test_reading_stops_at_a_torn_or_damaged_line():
    lines = [run_log.encode(record) for record in RECORDS]
    data = b"".join(lines)
    assert list(run_log.decode(data[:-1])) == RECORDS[:-1]  # the last line torn
    damaged = bytearray(data)
    damaged[len(lines[0]) + 2] ^= 0x01  # a bit flipped in the second line
    assert list(run_log.decode(bytes(damaged))) == RECORDS[:1]
    zeros = lines[0] + b"\0" * 4096 + b"".join(lines[1:])  # what a power cut may leave
    assert list(run_log.decode(zeros)) == RECORDS[:1]


@given(st.binary(max_size=400))
def test_any_bytes_read_as_records_or_nothing(data):
    for kind, seq, _ in run_log.decode(data):
        assert kind in "WSFU" and isinstance(seq, int)


def _journal(tmp_path, count=6):
    conn = open_store(tmp_path / "j.sqlite3")
    journal.insert_broadcast(
        conn, [BASE.with_values(PhoneNumber=f"{1000000 + i}") for i in range(count)]
    )
    journal.mark_ahead(conn, 1, list(range(1, count + 1)))
    return conn


def _states(conn):
    return conn.execute("SELECT state, written IS NOT NULL FROM journal ORDER BY seq").fetchall()


def test_replay_folds_a_cut_off_run_once_and_removes_its_file(tmp_path):
    conn = _journal(tmp_path)
    path = run_log.log_path(tmp_path / "j.sqlite3", 1)
    path.write_bytes(b"".join(run_log.encode(record) for record in RECORDS))
    assert journal.replay(conn, 1) == len(RECORDS)
    assert not path.exists()
    expected = [
        ("sent", 0),  # the written record is not folded where a result says more
        ("sent", 0),
        ("failed", 0),
        ("unknown", 0),
        ("sending", 1),  # written, no reply: unknown after recovery
        ("sending", 0),  # never written: pending again after a kill
    ]
    assert _states(conn) == expected
    [failed] = journal.rows(conn, 1, ["failed"])
    assert (failed.code, failed.error) == (12, "refused: «numero»\t")
    # The same records again (a kill after the fold, before the file was emptied): no change.
    path.write_bytes(b"".join(run_log.encode(record) for record in RECORDS))
    journal.replay(conn, 1)
    assert _states(conn) == expected
    assert journal.recover_interrupted(conn, 1) == 1
    assert [row.state for row in journal.rows(conn, 1)][4:] == ["unknown", "pending"]
    conn.close()


def test_a_run_folds_strictly_a_second_result_is_a_conflict(tmp_path):
    conn = _journal(tmp_path, 2)
    recorder = journal.Recorder(conn, 1)
    recorder.written(1)
    recorder.sent(1, 5)
    recorder.fold()
    assert recorder.log is not None and recorder.log.records == []
    assert recorder.log.path.stat().st_size == 0  # folded: the file is emptied
    recorder.failed(1, 12, "late")
    with pytest.raises(JournalConflictError):
        recorder.fold()
    assert recorder.log.records  # not folded: kept, in the file too, for a replay
    recorder.close()
    assert recorder.log.path.exists()
    conn.close()


def test_a_records_file_that_cannot_be_written_is_a_storage_error(tmp_path, monkeypatch):
    conn = _journal(tmp_path, 1)
    recorder = journal.Recorder(conn, 1)

    def full(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(run_log.os, "write", full)
    with pytest.raises(StorageError) as info:
        recorder.written(1)
    assert info.value.code == "full"
    assert recorder.log is not None and recorder.log.records == []  # nothing claimed
    monkeypatch.undo()
    recorder.close()
    conn.close()
