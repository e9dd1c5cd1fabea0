"""Storage failures are StorageError naming the database (issue 10, point 9).

A read-only or unusable data folder, a database another program holds (BEGIN EXCLUSIVE) and
a full disk used to surface as bare sqlite3.OperationalError / OSError tracebacks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from smsgate_desktop.protocol import SmsGateError, SmsMessage
from smsgate_desktop.store import DB_NAME, StorageError, contacts, journal, open_store
from smsgate_desktop.store.errors import from_os

MESSAGE = SmsMessage(
    Sender="Acme", CountryCode="+39", GsmCode="333", PhoneNumber="1000000", TextMessage="Hi"
)


def fill_up(conn: sqlite3.Connection) -> None:
    """Disk full, deterministically: the connection may not grow the file by one page."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_storage_error_is_a_smsgate_error_and_still_a_sqlite_error():
    error = StorageError("full", "/data/smsgate.sqlite3", "database or disk is full")
    assert isinstance(error, SmsGateError)
    assert isinstance(error, sqlite3.OperationalError)  # `except sqlite3.Error` still works
    assert (error.code, error.path, error.folder) == ("full", "/data/smsgate.sqlite3", "/data")
    assert str(error) == (
        "The disk holding the data folder /data is full: the local journal could not be written."
    )


def test_a_full_disk_at_create(data_dir):
    conn = open_store()
    fill_up(conn)
    with pytest.raises(StorageError) as info:
        journal.insert_broadcast(
            conn, [MESSAGE.with_values(PhoneNumber=f"{1000000 + i}") for i in range(200)]
        )
    assert info.value.code == "full"
    assert info.value.path == str(data_dir / DB_NAME)
    assert str(data_dir) in str(info.value)
    assert journal.list_broadcasts(conn) == []  # all or nothing
    conn.close()


def test_a_data_folder_that_cannot_be_made(tmp_path, monkeypatch):
    """SMSGATE_DATA_DIR under a regular file: the folder cannot exist (works as root too)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("SMSGATE_DATA_DIR", str(blocker / "data"))
    with pytest.raises(StorageError) as info:
        open_store()
    assert info.value.code == "cannot-open"
    assert str(blocker / "data") in str(info.value)
    assert "Traceback" not in str(info.value)


def test_a_database_in_a_missing_folder(tmp_path):
    with pytest.raises(StorageError, match="cannot be used") as info:
        open_store(tmp_path / "missing" / DB_NAME)
    assert info.value.folder == str(tmp_path / "missing")


def test_a_read_only_database(data_dir):
    """The database refuses writes (what a read-only folder or file gives; as root chmod does
    not stop us, so SQLite is told itself)."""
    conn = open_store()
    conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageError) as info:
        journal.insert_broadcast(conn, [MESSAGE])
    assert info.value.code == "read-only"
    assert "is read-only" in str(info.value) and str(data_dir) in str(info.value)
    conn.close()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="chmod does not stop root (CI)"
)
def test_a_read_only_data_folder(data_dir):
    open_store().close()
    data_dir.chmod(0o500)
    (data_dir / DB_NAME).chmod(0o400)
    try:
        with pytest.raises(StorageError) as info:
            conn = open_store()
            journal.insert_broadcast(conn, [MESSAGE])
        assert info.value.code in ("read-only", "cannot-open")
        assert str(data_dir) in str(info.value)
    finally:
        data_dir.chmod(0o700)
        (data_dir / DB_NAME).chmod(0o600)


def test_a_database_held_by_another_process(data_dir):
    """BEGIN EXCLUSIVE in another process: the write waits for the busy timeout (made short
    here), then is a StorageError saying the database is locked."""
    open_store().close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
            " c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); sys.stdin.read()",
            str(data_dir / DB_NAME),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        conn = open_store(busy_timeout=0.05)
        with pytest.raises(StorageError) as info:
            journal.insert_broadcast(conn, [MESSAGE])
        assert info.value.code == "locked"
        assert str(data_dir / DB_NAME) in str(info.value)
        assert "locked by another program" in str(info.value)
        with pytest.raises(StorageError, match="locked"):
            contacts.add_opt_out(conn, "+393331234567")
        conn.close()
    finally:
        holder.kill()
        holder.wait()
    conn = open_store()
    assert journal.insert_broadcast(conn, [MESSAGE]) == 1  # free again
    conn.close()


def test_reads_keep_their_results_and_errors_keep_their_kind(data_dir):
    conn = open_store()
    journal.insert_broadcast(conn, [MESSAGE])
    assert [row.seq for row in journal.rows(conn, 1)] == [1]  # cursor iteration
    with pytest.raises(sqlite3.IntegrityError):  # a constraint is no storage failure
        conn.execute("INSERT INTO opt_out (e164) VALUES ('x'), ('x')")
    with pytest.raises(sqlite3.OperationalError, match="no such table") as info:
        conn.execute("SELECT * FROM nowhere")
    assert isinstance(info.value, StorageError)  # an OperationalError: reported, not hidden
    conn.close()


def test_an_os_error_on_the_folder_names_it(tmp_path):
    error = from_os(PermissionError(13, "Permission denied"), tmp_path / DB_NAME)
    assert error.code == "read-only" and str(tmp_path) in str(error)
    full = from_os(OSError(28, "No space left on device"), tmp_path / DB_NAME)
    assert full.code == "full"
