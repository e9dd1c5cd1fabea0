"""The database: location, WAL, numbered migrations."""

from __future__ import annotations

import sqlite3

import pytest

from smsgate_desktop.store import DB_NAME, MIGRATIONS, open_store, schema_version
from smsgate_desktop.store.db import migrate


def test_opens_in_the_data_dir_with_wal_and_full_sync(data_dir):
    conn = open_store()
    assert (data_dir / DB_NAME).exists()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert schema_version(conn) == len(MIGRATIONS)
    conn.close()


def test_migrations_run_once_and_in_order(tmp_path):
    path = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    first = ("CREATE TABLE a (x);",)
    assert migrate(conn, first) == 1
    assert migrate(conn, (*first, "CREATE TABLE b (y);")) == 2  # only the new one runs
    assert migrate(conn, (*first, "CREATE TABLE b (y);")) == 2
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"a", "b"}


def test_a_failing_migration_changes_nothing(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    with pytest.raises(sqlite3.Error):
        migrate(conn, ("CREATE TABLE a (x); CREATE TABLE a (x);",))
    assert schema_version(conn) == 0
    assert conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "x.sqlite3"
    open_store(path).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        open_store(path)


def test_reopening_keeps_the_data(tmp_path):
    path = tmp_path / "x.sqlite3"
    open_store(path).execute("INSERT INTO opt_out (e164) VALUES ('+393331234567')")
    assert open_store(path).execute("SELECT e164 FROM opt_out").fetchall() == [("+393331234567",)]
