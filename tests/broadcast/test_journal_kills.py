"""SIGKILL a running broadcast at random points, many times, over a line that drops: then
resume it. Checked against what the simulator accepted (`--record`): no number twice, none
lost, and each kill leaves at most the messages in flight unknown (the send window W: one
at W = 1), because a row is recorded written just before its bytes go and the rows marked
`sending` ahead and never written go back to pending (journal.py, recover_interrupted).

Real processes: `smsgate-sim --record --drop-after N` and killdriver.py (the engine and the
session, without the CLI's start-up), killed with SIGKILL: no handler, no cleanup."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from processkit import kill_driver, recorded, simulator_process

from smsgate_desktop.broadcast.engine import sync_batch
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import journal, open_store
from smsgate_desktop.store.journal import INTERRUPTED

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

COUNT, KILLS, DROP_AFTER = 1200, 12, 97  # per window: 12 + 12 kills in all


def everyone() -> list[str]:
    return [f"+39333{3000000 + i}" for i in range(COUNT)]


def new_broadcast(path) -> None:
    conn = open_store(path)
    base = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hi")
    messages = [base.with_values(PhoneNumber=n.removeprefix("+39333")) for n in everyone()]
    assert journal.insert_broadcast(conn, messages) == 1
    conn.close()


def run_until(process: subprocess.Popen, record, target: int) -> bool:
    """Wait until the simulator has accepted `target` messages (True), or the run ended."""
    while len(recorded(record)) < target:
        try:
            process.wait(timeout=0.002)
        except subprocess.TimeoutExpired:
            continue
        return False
    return True


@pytest.mark.slow
@pytest.mark.parametrize("window", [1, 32])
def test_random_sigkills_then_resume(tmp_path, window):
    seed = int.from_bytes(os.urandom(4))
    rng = random.Random(seed)
    record, database = tmp_path / "record.jsonl", tmp_path / "journal.sqlite3"
    new_broadcast(database)
    kills, runs, per_kill = 0, 0, []
    with simulator_process(record, 0, "--drop-after", str(DROP_AFTER)) as port:
        while True:
            runs += 1
            assert runs < KILLS * 4, f"seed {seed}: the broadcast never finished"
            process = kill_driver(port, database, window)
            # A run also ends at each line drop (every DROP_AFTER messages): a kill target
            # well below that is reached before, so all KILLS happen before the end.
            if kills < KILLS and run_until(
                process, record, len(recorded(record)) + rng.randint(1, DROP_AFTER // 3)
            ):
                process.kill()  # SIGKILL, at a random point of the run
                process.communicate()
                kills += 1
                conn = open_store(database)  # what the next run does first, counted here
                per_kill.append(journal.recover_interrupted(conn, 1))
                conn.close()
                continue
            out, err = process.communicate(timeout=60)
            assert process.returncode == 0, f"seed {seed}: {err}"
            if out.startswith("done"):
                break

    conn = open_store(database)
    rows = journal.rows(conn, 1)
    conn.close()
    sent = recorded(record)
    context = f"seed {seed}, window {window}, unknown after each kill {per_kill}"
    assert kills == KILLS, context
    assert len(sent) == len(set(sent)), f"a recipient got the message twice ({context})"
    unknown = {row.recipient for row in rows if row.state == "unknown"}
    assert {row.recipient for row in rows if row.state == "sent"} <= set(sent), context
    assert set(sent) | unknown == set(everyone()), f"a recipient was lost ({context})"
    assert all(row.state in ("sent", "unknown") for row in rows), context
    # Each kill: at most the messages in flight (it was 2 x W before batches); without a boot
    # id (not Linux) a kill counts as a power cut: at most the batch.
    assert max(per_kill) <= (window if journal.boot_id() else sync_batch(window)), context
    killed = [row for row in rows if row.error == INTERRUPTED()]
    assert len(killed) == sum(per_kill), context
    # ...and the rest of the unknowns are the line drops (W in flight at most, each).
    drops = len(unknown) - len(killed)
    assert drops <= window * (COUNT // DROP_AFTER + KILLS), context
