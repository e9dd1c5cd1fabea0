"""Two desktops, one office database (issue 14): a broadcast is sent by one desktop at a time,
at most once across desktops, and a desktop that dies or loses its database line leaves the
broadcast to the other, its in-flight rows unknown and never sent again unprompted.

Real processes: `smsgate-sim --record` and `smsgate broadcast --resume` run as two desktops
(each with its own SMSGATE_DATA_DIR, both with SMSGATE_STORE = the same PostgreSQL database),
killed with SIGKILL, or cut from the database (its backend terminated, or the server stopped
and started again). Every run is checked against what the simulator accepted (`--record`):
no number twice, every number either accepted or reported unknown (none lost), and at most
the send window W unknown per kill or line drop (the batch K after a server restart: the
journal's boot rule, journal.recover_interrupted)."""

from __future__ import annotations

import getpass
import os
import random
import re
import socket
import subprocess
import sys
from pathlib import Path

import pgkit
import pytest
from officekit import (
    accepted,
    cut_line,
    holder_backend,
    journal_table,
    numbers,
    office_broadcast,
    run_until,
    start_server_again,
    stop_server,
    wait_for_run_lock,
)
from processkit import recorded, simulator_process, smsgate

from smsgate_desktop.broadcast.engine import sync_batch
from smsgate_desktop.cli import (
    EXIT_BAD_INPUT,
    EXIT_CONNECTION,
    EXIT_OK,
    EXIT_STORAGE,
    EXIT_UNKNOWN,
)
from smsgate_desktop.store import RowState, journal, open_store
from smsgate_desktop.store.db import STORE_ENV
from smsgate_desktop.store.journal import INTERRUPTED

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

TIMEOUT = 120.0  # seconds for any one run or wait: generous, a loaded 2-core machine is slow
RETRIES = 20  # resumes refused 101 (the simulator has not seen the dead desktop leave yet)
CUT_OFF = re.compile(r"(\d+) message\(s\) were cut off mid-send")


@pytest.fixture
def office(pg_url, monkeypatch) -> str:
    """Both desktops' office database: SMSGATE_STORE for every `smsgate` started here."""
    monkeypatch.setenv(STORE_ENV, pg_url)
    return pg_url


def desktop(tmp_path: Path, name: str) -> Path:
    """A desktop's own data folder (settings, logs): nothing of the broadcast lives there."""
    folder = tmp_path / f"desktop-{name}"
    folder.mkdir(exist_ok=True)
    return folder


def resume(port: int, folder: Path, broadcast_id: int, window: int) -> subprocess.Popen:
    return smsgate(port, folder, "--resume", str(broadcast_id), "--send-window", str(window))


def resume_to_the_end(
    port: int, folder: Path, broadcast_id: int, window: int
) -> tuple[int, str, str, int]:
    """`--resume` until a run logs in (a refusal 101 is the simulator not having seen the
    previous desktop's connection close yet): (exit status, stdout, stderr, rows that the
    resumes found cut off mid-send)."""
    recovered = 0
    for _ in range(RETRIES):
        process = resume(port, folder, broadcast_id, window)
        out, err = process.communicate(timeout=TIMEOUT)
        recovered += cut_off(err)
        if process.returncode != EXIT_CONNECTION:
            break
    return process.returncode, out, err, recovered


def cut_off(stderr: str) -> int:
    """How many rows a resume found cut off mid-send (made unknown), from what it printed."""
    found = CUT_OFF.search(stderr)
    return int(found.group(1)) if found else 0


def final_rows(url: str, broadcast_id: int) -> list[journal.JournalRow]:
    conn = open_store(url)
    try:
        return journal.rows(conn, broadcast_id)
    finally:
        conn.close()


def check_at_most_once(
    rows: list[journal.JournalRow], sent: list[str], everyone: list[str], context: str
) -> set[str]:
    """No number twice, none lost, nothing left to send; the unknown recipients."""
    assert len(sent) == len(set(sent)), f"a recipient got the message twice ({context})"
    unknown = {row.recipient for row in rows if row.state == RowState.UNKNOWN}
    assert {row.recipient for row in rows if row.state == RowState.SENT} <= set(sent), context
    assert set(sent) | unknown == set(everyone), f"a recipient was lost ({context})"
    assert set(sent) <= set(everyone), context
    assert all(row.state in (RowState.SENT, RowState.UNKNOWN) for row in rows), context
    return unknown


# ---- a. both desktops resume at once: one sends, the other is refused --------------------------


def test_two_desktops_resuming_at_once_one_sends_the_other_is_told_who(office, tmp_path):
    everyone = numbers(400, 4000000)  # ~8 s at 20 ms a message: both start well within it
    broadcast_id = office_broadcast(office, everyone)
    record = tmp_path / "record.jsonl"
    with simulator_process(record, latency_ms=20) as port:
        both = [resume(port, desktop(tmp_path, name), broadcast_id, 1) for name in "ab"]
        results = [(p.pid, p, *p.communicate(timeout=TIMEOUT)) for p in both]

    ran = [r for r in results if r[1].returncode == EXIT_OK]
    refused = [r for r in results if r[1].returncode == EXIT_BAD_INPUT]
    assert len(ran) == len(refused) == 1, [(r[1].returncode, r[3]) for r in results]
    (winner, _, out, _), (_, _, refused_out, refused_err) = ran[0], refused[0]
    assert out == f"broadcast {broadcast_id}\tdone\tsent {len(everyone)}\n"
    # The refusal names the desktop, user and process that holds the broadcast: the winner
    # (as its connection introduced itself to the server, cut at PostgreSQL's 63 bytes).
    holder = f"SMSGate on {socket.gethostname()}, {getpass.getuser()}, process {winner}"[:63]
    assert f"Broadcast {broadcast_id} is being sent by {holder}" in refused_err, refused_err
    assert "it was not started again here" in refused_err, refused_err
    assert "Traceback" not in refused_err and refused_out == ""

    sent = recorded(record)
    assert sorted(sent) == sorted(everyone), "each number exactly once"
    check_at_most_once(final_rows(office, broadcast_id), sent, everyone, "two resumes")


# ---- b. kill -9 the desktop sending: the other resumes once the lock drops ---------------------

COUNT, KILLS = 800, 4  # per window: the desktops take turns, each killed mid-send


@pytest.mark.slow
@pytest.mark.parametrize("window", [1, 32])
def test_kill_the_sending_desktop_the_other_resumes(office, tmp_path, window):
    seed = int.from_bytes(os.urandom(4))
    rng = random.Random(seed)
    everyone = numbers(COUNT, 5000000)
    broadcast_id = office_broadcast(office, everyone)
    record = tmp_path / "record.jsonl"
    folders = [desktop(tmp_path, name) for name in "ab"]
    kills, turn, per_kill, lock_waits, refused_101 = 0, 0, [], [], 0
    found_cut_off = 0  # by the resume after each kill, taken from its words
    with simulator_process(record, 2) as port:
        while True:
            assert turn < KILLS + RETRIES, f"seed {seed}: the broadcast never finished"
            process = resume(port, folders[turn % 2], broadcast_id, window)
            turn += 1
            target = accepted(record) + rng.randint(20, 120)
            if kills < KILLS and run_until(process, record, target, TIMEOUT):
                process.kill()  # SIGKILL, mid-send: no handler, no cleanup
                _, err = process.communicate(timeout=TIMEOUT)
                found_cut_off += cut_off(err)
                kills += 1
                # The server ends the dead desktop's session, and its advisory lock with it:
                # the other desktop may resume as soon as that happened.
                lock_waits.append(wait_for_run_lock(office, broadcast_id, TIMEOUT))
                # What the next resume will find cut off, read as the server has it: the rows
                # written and unanswered (marked ahead and never written go back to pending).
                table = journal_table(office, broadcast_id)
                per_kill.append(
                    sum(
                        state == "sending" and written is not None
                        for state, written, _ in table.values()
                    )
                )
                continue
            out, err = process.communicate(timeout=TIMEOUT)
            found_cut_off += cut_off(err)
            if process.returncode == EXIT_CONNECTION:  # 101: the gateway still had the dead one
                refused_101 += 1
                continue
            assert process.returncode in (EXIT_OK, EXIT_UNKNOWN), f"seed {seed}: {err}"
            assert out.startswith(f"broadcast {broadcast_id}\tdone\t"), out
            break

    rows = final_rows(office, broadcast_id)
    sent = recorded(record)
    context = (
        f"seed {seed}, window {window}, in flight at each kill {per_kill}, lock dropped after"
        f" {[round(w, 3) for w in lock_waits]} s, 101 refusals {refused_101}"
    )
    assert kills == KILLS, context
    unknown = check_at_most_once(rows, sent, everyone, context)
    # Each kill leaves at most the messages in flight unknown: the send window.
    assert max(per_kill) <= window, context
    assert found_cut_off == sum(per_kill) == len(unknown), context
    assert all(row.error == INTERRUPTED() for row in rows if row.state == RowState.UNKNOWN)


def in_flight_when_stopped(url: str, broadcast_id: int, record: Path) -> set[str]:
    """After a run stopped: check that nothing went out that the journal does not know as
    gone (every number the gateway accepted is `sent`, or `sending` and written); the
    written, unanswered rows (the messages in flight)."""
    table = journal_table(url, broadcast_id)
    at_stop = recorded(record)  # after the table: what was in flight may still come in
    in_flight = {r for r, (state, written, _) in table.items() if state == "sending" and written}
    done = {r for r, (state, _, _) in table.items() if state == "sent"}
    assert set(at_stop) <= done | in_flight, set(at_stop) - done - in_flight
    assert len(at_stop) < len(table), "the run did not stop"
    return in_flight


# ---- c. a desktop's database line drops mid-broadcast, or the server stops ---------------------

STOPPED_AT = 150  # accepted messages before the line is cut
STOPPED_COUNT = {1: 1000, 32: 2000}  # seconds of sending left after it: the cut lands mid-run


@pytest.mark.parametrize("window", [1, 32])
def test_database_line_drops_mid_broadcast(office, tmp_path, window):
    everyone = numbers(STOPPED_COUNT[window], 6000000)
    broadcast_id = office_broadcast(office, everyone)
    record = tmp_path / "record.jsonl"
    a, b = desktop(tmp_path, "a"), desktop(tmp_path, "b")
    with simulator_process(record, 2) as port:
        process = resume(port, a, broadcast_id, window)
        assert run_until(process, record, STOPPED_AT, TIMEOUT), process.communicate()
        cut_line(office, broadcast_id)
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == EXIT_STORAGE, (out, err)
        assert "The office database" in err and "cannot be reached" in err, err
        assert "nothing more is sent until it answers again" in err, err
        assert f"--resume {broadcast_id}" in err and "Traceback" not in err, err
        assert holder_backend(office, broadcast_id) is None, "the run lock outlived the run"

        in_flight = in_flight_when_stopped(office, broadcast_id, record)
        assert len(in_flight) <= window, in_flight

        # The line is back (the next connection is a new one): the other desktop resumes.
        status, out, err, recovered = resume_to_the_end(port, b, broadcast_id, window)
    assert status in (EXIT_OK, EXIT_UNKNOWN), err
    assert out.startswith(f"broadcast {broadcast_id}\tdone\t"), out
    sent = recorded(record)
    rows = final_rows(office, broadcast_id)
    unknown = check_at_most_once(rows, sent, everyone, f"window {window}")
    assert recovered == len(in_flight) == len(unknown), (recovered, in_flight, unknown)
    assert unknown == in_flight, "only the messages in flight at the drop are unknown"


@pytest.fixture
def own_server():
    """A PostgreSQL server of this test alone: it is stopped and started again mid-test."""
    server = pgkit.start_server()
    yield server
    server.stop()


@pytest.mark.slow
@pytest.mark.parametrize("window", [1, 32])
def test_office_server_stops_mid_broadcast(own_server, monkeypatch, tmp_path, window):
    url = pgkit.fresh_database(own_server)
    monkeypatch.setenv(STORE_ENV, url)
    everyone = numbers(STOPPED_COUNT[window], 7000000)
    broadcast_id = office_broadcast(url, everyone)
    record = tmp_path / "record.jsonl"
    with simulator_process(record, 2) as port:
        process = resume(port, desktop(tmp_path, "a"), broadcast_id, window)
        assert run_until(process, record, STOPPED_AT, TIMEOUT), process.communicate()
        stop_server(own_server)
        # The desktop stops while the server is down: it cannot even say so in the journal.
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == EXIT_STORAGE, (out, err)
        assert "The office database" in err and "cannot be reached" in err, err
        assert f"--resume {broadcast_id}" in err and "Traceback" not in err, err
        start_server_again(own_server)

        in_flight = in_flight_when_stopped(url, broadcast_id, record)
        assert len(in_flight) <= window, in_flight
        status, out, err, recovered = resume_to_the_end(
            port, desktop(tmp_path, "b"), broadcast_id, window
        )
    assert status in (EXIT_OK, EXIT_UNKNOWN), err
    assert out.startswith(f"broadcast {broadcast_id}\tdone\t"), out
    sent = recorded(record)
    unknown = check_at_most_once(final_rows(url, broadcast_id), sent, everyone, f"window {window}")
    # The server restarted (another "boot"): the rows marked ahead may have lost their
    # unsynced `written` marks, so they are unknown too, asked about and never re-sent:
    # at most the batch (the rows in flight among them).
    assert in_flight <= unknown, "a message in flight at the stop was sent again"
    assert recovered == len(unknown) <= sync_batch(window), (recovered, unknown)
