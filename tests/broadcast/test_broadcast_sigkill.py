"""Kill `smsgate broadcast` with SIGKILL mid-run, resume it: no number twice, none lost.

Real processes: `smsgate-sim` and the CLI, as a person would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from smsgate_desktop.cli import EXIT_CONNECTION, EXIT_OK, EXIT_UNKNOWN, PASSWORD_ENV
from smsgate_desktop.store import journal, open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ACCOUNT, PASSWORD = "acme", "s3cret"
COUNT, KILL_AFTER = 600, 100


@pytest.fixture
def simulator(tmp_path):
    record = tmp_path / "record.jsonl"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "smsgate_desktop.simulator",
            "--port",
            "0",
            "--account",
            f"{ACCOUNT}:{PASSWORD}:100000",
            "--record",
            str(record),
            "--latency-ms",
            "2",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline()
    assert line.startswith("listening on "), line
    yield int(line.rsplit(":", 1)[1]), record
    process.terminate()
    process.wait(timeout=10)


def record_lines(record) -> list[str]:
    if not record.exists():
        return []
    return [
        "{CountryCode}{GsmCode}{PhoneNumber}".format(**json.loads(line)["fields"])
        for line in record.read_text().splitlines()
        if line.endswith("}")  # a line being written may be incomplete
    ]


def smsgate(port: int, data_dir, *args: str) -> subprocess.Popen:
    env = os.environ | {"SMSGATE_DATA_DIR": str(data_dir), PASSWORD_ENV: PASSWORD}
    command = [sys.executable, "-m", "smsgate_desktop.cli", "broadcast", "--account", ACCOUNT]
    command += ["--host", "127.0.0.1", "--port", str(port), "--reply-timeout", "10", *args]
    return subprocess.Popen(
        command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_sigkill_then_resume(simulator, tmp_path, data_dir):
    port, record = simulator
    everyone = [f"+39333{2000000 + i}" for i in range(COUNT)]
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("number\n" + "\n".join(everyone) + "\n")

    process = smsgate(
        port, data_dir, "--csv", str(numbers), "--sender", "Acme", "--text", "Hi", "--yes"
    )
    while len(record_lines(record)) < KILL_AFTER:  # poll, waiting on the process meanwhile
        try:
            process.wait(timeout=0.005)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the broadcast ended before it was killed: {process.communicate()}")
    process.kill()  # SIGKILL: no handler, no cleanup
    process.communicate()
    killed_at = len(record_lines(record))
    assert KILL_AFTER <= killed_at < COUNT

    for _ in range(5):  # the simulator may not have seen the dead connection close yet (101)
        resumed = smsgate(port, data_dir, "--resume", "1")
        out, err = resumed.communicate(timeout=120)
        if resumed.returncode != EXIT_CONNECTION:
            break
    assert resumed.returncode in (EXIT_OK, EXIT_UNKNOWN), err.decode()
    assert out.startswith(b"broadcast 1\tdone\t"), out

    sent = record_lines(record)
    assert len(sent) == len(set(sent)), "a recipient got the message twice"
    conn = open_store()
    rows = journal.rows(conn, 1)
    conn.close()
    unknown = {row.recipient for row in rows if row.state == "unknown"}
    # At most the message in flight and the next one, already committed `sending` (the
    # engine commits it ahead, while the reply is awaited) but never written.
    assert len(unknown) <= 2
    assert {row.recipient for row in rows if row.state == "sent"} <= set(sent)
    assert set(sent) | unknown == set(everyone), "a recipient was lost"
    assert all(row.state in ("sent", "unknown") for row in rows)
