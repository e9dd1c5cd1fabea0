"""Kill `smsgate broadcast` with SIGKILL mid-run, resume it: no number twice, none lost.

Real processes: `smsgate-sim` and the CLI, as a person would run them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from processkit import recorded, simulator_process, smsgate

from smsgate_desktop.cli import EXIT_CONNECTION, EXIT_OK, EXIT_UNKNOWN
from smsgate_desktop.store import journal, open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

COUNT, KILL_AFTER = 600, 100


@pytest.fixture
def sim_process(tmp_path):
    """`smsgate-sim` as a real process (its port and record), not the in-process one."""
    record = tmp_path / "record.jsonl"
    with simulator_process(record, latency_ms=2) as port:
        yield port, record


def test_sigkill_then_resume(sim_process, tmp_path, data_dir):
    port, record = sim_process
    everyone = [f"+39333{2000000 + i}" for i in range(COUNT)]
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("number\n" + "\n".join(everyone) + "\n")

    process = smsgate(
        port, data_dir, "--csv", str(numbers), "--sender", "Acme", "--text", "Hi", "--yes"
    )
    while len(recorded(record)) < KILL_AFTER:  # poll, waiting on the process meanwhile
        try:
            process.wait(timeout=0.005)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the broadcast ended before it was killed: {process.communicate()}")
    process.kill()  # SIGKILL: no handler, no cleanup
    process.communicate()
    killed_at = len(recorded(record))
    assert KILL_AFTER <= killed_at < COUNT

    for _ in range(5):  # the simulator may not have seen the dead connection close yet (101)
        resumed = smsgate(port, data_dir, "--resume", "1")
        out, err = resumed.communicate(timeout=120)
        if resumed.returncode != EXIT_CONNECTION:
            break
    assert resumed.returncode in (EXIT_OK, EXIT_UNKNOWN), err
    assert out.startswith("broadcast 1\tdone\t"), out

    sent = recorded(record)
    assert len(sent) == len(set(sent)), "a recipient got the message twice"
    conn = open_store()
    rows = journal.rows(conn, 1)
    conn.close()
    unknown = {row.recipient for row in rows if row.state == "unknown"}
    # At most the message in flight (window 1): the rows committed `sending` ahead and never
    # written go back to pending (journal.recover_interrupted).
    assert len(unknown) <= 1
    assert {row.recipient for row in rows if row.state == "sent"} <= set(sent)
    assert set(sent) | unknown == set(everyone), "a recipient was lost"
    assert all(row.state in ("sent", "unknown") for row in rows)
