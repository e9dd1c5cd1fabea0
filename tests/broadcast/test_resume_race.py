"""A second `smsgate broadcast --resume` against a broadcast while it sends (issue 10, point 1).

Real processes: `smsgate-sim` with 20 ms of latency and `--record`, a first `smsgate broadcast`
sending, then `--resume ID` and `--resume ID --resend-unknown --yes` from other processes.
Both used to be refused only after they had changed the rows: the first run's rows in flight
became unknown for good (their results dropped), and requeued delivered rows were sent again
by the next resume. Both must now be refused (exit 2) having changed nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest
from processkit import recorded, simulator_process, smsgate

from smsgate_desktop.cli import EXIT_BAD_INPUT, EXIT_OK
from smsgate_desktop.store import DB_NAME

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process handling")

COUNT = 400  # ~8 s at 20 ms a message: long enough for two refused commands meanwhile
SENT_BEFORE = 30  # the second commands start once this many were accepted
DEADLINE = 15.0  # seconds to reach SENT_BEFORE


@pytest.fixture
def sim_process(tmp_path):
    """`smsgate-sim` as a real process (its port and record), not the in-process one."""
    record = tmp_path / "record.jsonl"
    with simulator_process(record, latency_ms=20) as port:
        yield port, record


def journal_rows(data_dir) -> dict[int, tuple]:
    """seq -> (recipient, state, credit, error, updated), read without writing anything."""
    conn = sqlite3.connect(f"file:{data_dir / DB_NAME}?mode=ro", uri=True)
    try:
        return {
            seq: rest
            for seq, *rest in conn.execute(
                "SELECT seq, recipient, state, credit, error, updated FROM journal"
                " WHERE broadcast_id = 1"
            )
        }
    finally:
        conn.close()


def test_a_second_resume_while_sending_is_refused_and_changes_nothing(
    sim_process, tmp_path, data_dir
):
    port, record = sim_process
    everyone = [f"+39333{2000000 + i}" for i in range(COUNT)]
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("number\n" + "\n".join(everyone) + "\n")
    first = smsgate(
        port, data_dir, "--csv", str(numbers), "--sender", "Acme", "--text", "Hi", "--yes"
    )
    deadline = time.monotonic() + DEADLINE
    while len(recorded(record)) < SENT_BEFORE:  # poll, waiting on the process meanwhile
        assert time.monotonic() < deadline, "the broadcast did not start sending"
        try:
            first.wait(timeout=0.01)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the broadcast ended early: {first.communicate()}")
    before = journal_rows(data_dir)

    for args in (("--resume", "1"), ("--resume", "1", "--resend-unknown", "--yes")):
        second = smsgate(port, data_dir, *args)
        out, err = second.communicate(timeout=30)
        assert second.returncode == EXIT_BAD_INPUT, (args, out, err)
        assert "Broadcast 1 is being sent by another SMSGate window or command" in err
        assert "Traceback" not in err and out == ""
    assert first.poll() is None, "the first run ended before the second commands: no race"
    after = journal_rows(data_dir)
    finished_before = {seq: row for seq, row in before.items() if row[1] in ("sent", "failed")}
    assert {seq: after[seq] for seq in finished_before} == finished_before
    assert all(
        row[1] in ("pending", "sending", "sent") and row[3] is None for row in after.values()
    )

    out, err = first.communicate(timeout=60)
    assert first.returncode == EXIT_OK, err
    assert out == f"broadcast 1\tdone\tsent {COUNT}\n"
    rows = journal_rows(data_dir)
    assert all(state == "sent" and error is None for _, state, _, error, _ in rows.values()), [
        row for row in rows.values() if row[1] != "sent"
    ]  # no accepted message left unknown, none requeued

    again = smsgate(port, data_dir, "--resume", "1")  # the next resume sends nothing again
    out, err = again.communicate(timeout=30)
    assert again.returncode == EXIT_OK, err
    sent = recorded(record)
    assert len(sent) == len(set(sent)), "a recipient got the message twice"
    assert sorted(sent) == sorted(everyone)
    assert {row[0] for row in rows.values()} == set(sent)
