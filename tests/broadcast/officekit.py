"""Helpers of the office-database tests (two desktops, one PostgreSQL broadcast journal):
making the broadcast, waiting for its run lock to drop, cutting a desktop's database line,
reading the journal as the server has it (imported by name, never from conftest).

A desktop is `smsgate broadcast` run with its own SMSGATE_DATA_DIR and the office database
in SMSGATE_STORE (processkit.smsgate passes the test's environment on)."""

from __future__ import annotations

import shlex
import subprocess
import time
from pathlib import Path
from typing import Any

import psycopg
from pgkit import PgServer

from smsgate_desktop.broadcast.run_lock import RUN_LOCK_CLASS
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import journal, open_store

_HOLDER_PID = (
    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND classid::bigint = %s AND objid::bigint = %s AND objsubid = 2"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


def numbers(count: int, first: int) -> list[str]:
    """`count` distinct Italian mobile numbers (E.164) from +39333<first>."""
    return [f"+39333{first + i}" for i in range(count)]


def office_broadcast(url: str, recipients: list[str]) -> int:
    """A new broadcast on the office database at `url`, every recipient pending; its id."""
    base = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hi")
    messages = [base.with_values(PhoneNumber=n.removeprefix("+39333")) for n in recipients]
    conn = open_store(url)
    try:
        return journal.insert_broadcast(conn, messages)
    finally:
        conn.close()


def accepted(record: Path) -> int:
    """How many messages the simulator has recorded so far: counted, not parsed (polled
    every few milliseconds while a desktop sends)."""
    try:
        return record.read_bytes().count(b"}\n")
    except FileNotFoundError:
        return 0


def run_until(process: subprocess.Popen, record: Path, target: int, timeout: float) -> bool:
    """Wait until the simulator has accepted `target` messages (True), or `process` ended
    (False); AssertionError after `timeout` seconds. Waits on the process between looks."""
    deadline = time.monotonic() + timeout
    while accepted(record) < target:
        assert time.monotonic() < deadline, f"{target} messages not accepted in {timeout} s"
        try:
            process.wait(timeout=0.005)
        except subprocess.TimeoutExpired:
            continue
        return False
    return True


def wait_for_run_lock(url: str, broadcast_id: int, timeout: float) -> float:
    """Block until nobody holds the broadcast's run lock (the server waits for us: we ask
    for the lock itself, with a lock timeout), then let it go at once; the seconds it took.
    psycopg.errors.LockNotAvailable when it is still held after `timeout`."""
    started = time.monotonic()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"SET lock_timeout = {int(timeout * 1000)}")
        conn.execute("SELECT pg_advisory_lock(%s, %s)", (RUN_LOCK_CLASS, broadcast_id))
        waited = time.monotonic() - started
        conn.execute("SELECT pg_advisory_unlock(%s, %s)", (RUN_LOCK_CLASS, broadcast_id))
    return waited


def holder_backend(url: str, broadcast_id: int) -> int | None:
    """The server process (backend pid) of the connection holding the run lock, or None."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(_HOLDER_PID, (RUN_LOCK_CLASS, broadcast_id)).fetchone()
    return row[0] if row else None


def cut_line(url: str, broadcast_id: int) -> int:
    """Drop the database line of the desktop sending the broadcast, as a failing network or a
    restarted server would (pg_terminate_backend on the connection that holds the run lock);
    the backend's pid."""
    backend = holder_backend(url, broadcast_id)
    assert backend is not None, "nobody holds the run lock: no line to cut"
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT pg_terminate_backend(%s)", (backend,)).fetchone()[0]
    return backend


def journal_table(url: str, broadcast_id: int) -> dict[str, tuple[Any, ...]]:
    """recipient -> (state, written, error) as the server holds them now: the raw `state`
    column (a row marked ahead shows `sending`), read without any recovery."""
    with psycopg.connect(url, autocommit=True) as conn:
        return {
            recipient: (state, written, error)
            for recipient, state, written, error in conn.execute(
                "SELECT recipient, state, written, error FROM journal WHERE broadcast_id = %s",
                (broadcast_id,),
            )
        }


def stop_server(server: PgServer) -> None:
    """Stop the office server (fast shutdown: sessions are ended, the data kept), as an
    administrator restarting it would; returns once it is down."""
    _pg_ctl(server, "-m", "fast", "stop")


def start_server_again(server: PgServer) -> None:
    """Start a server stopped by stop_server, on the same port, with the options it was first
    started with (PostgreSQL kept them in postmaster.opts); returns once it accepts logins."""
    data = server.folder / "data"
    started_with = shlex.split((data / "postmaster.opts").read_text())
    options = started_with[started_with.index("-D") + 2 :]  # past the binary and its data folder
    _pg_ctl(server, "-l", str(server.folder / "log"), "-o", shlex.join(options), "start")


def _pg_ctl(server: PgServer, *args: str) -> None:
    # -w: pg_ctl returns when the server is down, or up and accepting connections.
    command = [*server.runas, str(server.bindir / "pg_ctl"), "-D", str(server.folder / "data")]
    done = subprocess.run(
        [*command, "-w", "-t", "60", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)
