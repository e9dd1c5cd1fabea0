"""The office database (PostgreSQL) as a store: its schema numbered and shaped as SQLite's,
migrated once when two desktops start together, the SQL rewrites, and its failures: the
server unreachable at start or the line dropped mid-use give a clear StorageError naming
the database without its password, and the next statement connects again."""

from __future__ import annotations

import sqlite3
import threading

import pgkit
import psycopg
import pytest

from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import MIGRATIONS, StorageError, journal, open_store, schema_version
from smsgate_desktop.store.db import is_shared, location_of
from smsgate_desktop.store.migrations_pg import MIGRATIONS_PG
from smsgate_desktop.store.postgres import PgIntegrityError, display_url, translate

UNREACHABLE_URL = "postgresql://nobody:secret@127.0.0.1:1/office"


def test_the_migrations_are_numbered_the_same_on_both():
    assert len(MIGRATIONS_PG) == len(MIGRATIONS)


def columns_sqlite(conn) -> dict[str, list[str]]:
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: sorted(r[1] for r in conn.execute(f"PRAGMA table_info({t})")) for t in tables}


def columns_pg(conn) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for table, column in conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'public' AND table_name <> 'schema_version'"
    ):
        found.setdefault(table, []).append(column)
    return {t: sorted(c) for t, c in found.items()}


def test_both_schemas_have_the_same_tables_and_columns(tmp_path, pg_url):
    assert columns_pg(open_store(pg_url)) == columns_sqlite(open_store(tmp_path / "x.sqlite3"))


def test_two_desktops_starting_together_migrate_once(pg_server):
    url = pgkit.fresh_database(pg_server, migrated=False)
    opened, failed = [], []

    def start() -> None:
        try:
            opened.append(schema_version(open_store(url)))
        except Exception as exc:
            failed.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failed and opened == [len(MIGRATIONS)] * 4
    versions = open_store(url).execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
    assert [v for (v,) in versions] == list(range(1, len(MIGRATIONS) + 1))


def test_a_newer_office_schema_is_refused(pg_url):
    conn = open_store(pg_url)
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (len(MIGRATIONS) + 1,))
    with pytest.raises(RuntimeError, match="newer"):
        open_store(pg_url)


def test_an_office_store_is_shared_and_reopens_by_its_address(pg_url):
    conn = open_store(pg_url)
    assert is_shared(conn) and location_of(conn) == pg_url
    conn.execute("INSERT INTO opt_out (e164) VALUES ('+393331234567')")
    again = open_store(location_of(conn))
    assert again.execute("SELECT e164 FROM opt_out").fetchall() == [("+393331234567",)]
    assert not is_shared(open_store(":memory:"))


def test_unreachable_at_start_is_one_sentence_without_the_password():
    with pytest.raises(StorageError) as info:
        open_store(UNREACHABLE_URL)
    error = info.value
    assert error.code == "unreachable" and error.office
    assert "secret" not in str(error) and "secret" not in error.path
    assert str(error).startswith("The office database postgresql://nobody@127.0.0.1:1/office")
    assert "nothing more is sent" in str(error)


def test_a_dropped_line_is_a_storage_error_then_the_next_statement_reconnects(pg_url):
    conn = open_store(pg_url)
    generation = conn.generation
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(StorageError) as info:
        conn.execute("SELECT 1").fetchone()
    assert info.value.code == "unreachable"
    assert conn.execute("SELECT 1").fetchone() == (1,)  # connected again
    assert conn.generation == generation + 1


def test_a_constraint_is_an_integrity_error_not_a_storage_failure(pg_url):
    conn = open_store(pg_url)
    conn.execute("INSERT INTO contacts (e164) VALUES ('+39333')")
    with pytest.raises(sqlite3.IntegrityError) as info:
        conn.execute("INSERT INTO contacts (e164) VALUES ('+39333')")
    assert isinstance(info.value, PgIntegrityError) and not isinstance(info.value, StorageError)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (1,)  # still usable


def test_a_transaction_rolls_back_whole(pg_url):
    conn = open_store(pg_url)
    message = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hi")
    broadcast = journal.insert_broadcast(conn, [message.with_values(PhoneNumber="1234567")])
    with pytest.raises(sqlite3.IntegrityError):
        journal.insert_broadcast(conn, [message.with_values(PhoneNumber="1234567")] * 2)
    assert [b.id for b in journal.list_broadcasts(conn)] == [broadcast]
    assert not conn.in_transaction


@pytest.mark.parametrize(
    ("sqlite", "postgresql"),
    [
        ("SELECT x FROM t WHERE a = ? AND b LIKE ?", "SELECT x FROM t WHERE a = %s AND b ILIKE %s"),
        (
            "INSERT OR IGNORE INTO g (name) VALUES (?)",
            "INSERT INTO g (name) VALUES (%s) ON CONFLICT DO NOTHING",
        ),
        ("SELECT '100%' || ?", "SELECT '100%%' || %s"),
        ("BEGIN IMMEDIATE", "BEGIN"),
        ("PRAGMA synchronous=NORMAL", "SET synchronous_commit TO off"),
    ],
)
def test_the_sql_rewrites(sqlite, postgresql):
    assert translate(sqlite) == postgresql


def test_any_other_pragma_is_refused_by_name():
    with pytest.raises(sqlite3.NotSupportedError, match="PRAGMA journal_mode"):
        translate("PRAGMA journal_mode")


def test_the_displayed_address_never_holds_the_password():
    assert (
        display_url("postgresql://ann:pw@db.office:5433/sms")
        == "postgresql://ann@db.office:5433/sms"
    )
    assert display_url("postgresql://ann@db/sms") == "postgresql://ann@db/sms"


def test_the_password_comes_from_the_keyring(pg_server, memory_keyring):
    from smsgate_desktop.store.postgres import office_password, save_office_password

    url = pg_server.url("postgres")
    save_office_password(url, "s3cret")
    assert office_password(url) == "s3cret"
    assert "s3cret" in memory_keyring.entries.values()


def test_a_connection_that_held_a_run_lock_never_reconnects_silently(pg_url):
    """Its lock went with the line: going on would send without it while another desktop
    resumes. Every statement fails until the lock is let go; then it connects again."""
    from smsgate_desktop.broadcast.run_lock import OfficeRunLock

    conn = open_store(pg_url)
    lock = OfficeRunLock(conn, 7)
    lock.acquire()
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    for _ in range(2):
        with pytest.raises(StorageError, match="cannot be reached"):
            conn.execute("SELECT 1").fetchone()
    lock.release()
    assert conn.execute("SELECT 1").fetchone() == (1,)
    other = OfficeRunLock(open_store(pg_url), 7)
    other.acquire()  # the server let the dead connection's lock go
    other.release()


def test_an_address_too_broken_to_read_shows_none_of_itself():
    from smsgate_desktop.store.postgres import split_password

    assert split_password("postgresql://ann:pw@db:abc/sms") == ("postgresql://…", None)
    assert display_url("postgresql://ann:pw@db:abc/sms") == "postgresql://…"
    assert split_password("postgresql://ann:pw@[::1]:5433/sms") == (
        "postgresql://ann@[::1]:5433/sms",
        "pw",
    )
