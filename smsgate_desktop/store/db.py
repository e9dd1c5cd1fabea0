"""Opening the database and migrating its schema.

Migrations are numbered by their place in `MIGRATIONS` (the first is 1); `PRAGMA user_version`
holds the number of the last one applied. Each runs in its own transaction together with the
`user_version` update, so a crash leaves the schema at one version or the next, never between.
Never edit a migration that has shipped: append a new one. Foreign keys are off while
migrations run and checked before each commits (see `migrate`), so a migration may rebuild a
table that others reference.

The connection is in autocommit mode (`isolation_level=None`): every statement outside an
explicit BEGIN is its own transaction, which is what the journal wants (one small commit per
state change). WAL lets a reader (the GUI, `smsgate history`) look while a broadcast writes;
`synchronous=FULL` makes each commit durable before it returns (a running broadcast relaxes
it for its per-message records and syncs once per batch: journal.py).

Failures of the storage itself (disk full, database locked by another program, read-only
folder, damaged file) come out of every statement of a store connection as StorageError
(store/errors.py), which names the database and says what failed; `StoreConnection` converts
them at the one place every statement passes through.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from .. import config
from ..protocol.phrases import Template
from .errors import StorageError, from_os, from_sqlite, is_storage_failure
from .postgres import is_office
from .states import BroadcastState, Kind

DB_NAME: Final = "smsgate.sqlite3"
BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another program's lock (tests lower it)

SCHEMA_TOO_NEW: Final = Template(
    "StorageError",
    "schema-too-new",
    "The database {name} has schema version {version}, newer than this program knows "
    "({known}): use a newer SMSGate Desktop.",
)


def _one_of(values: Iterable[str]) -> str:
    """The SQL list of `values`: 'a', 'b'."""
    return ", ".join(f"'{value}'" for value in values)


# Migration 4's lists, from the enums as they are when it shipped. When an enum grows, do NOT
# let this migration change: write these two lists out literally as they are now
# ('ready', 'running', 'paused', 'interrupted', 'cancelled', 'done' / 'broadcast', 'single';
# test_store_db pins them) and append a migration that rebuilds broadcasts with the new ones.
_STATES_4: Final = _one_of(BroadcastState)
_KINDS_4: Final = _one_of(Kind)

ACCOUNT_HOLDERS: Final = """
    CREATE TABLE account_holders (
        account  TEXT PRIMARY KEY,
        desktop  TEXT NOT NULL,
        username TEXT NOT NULL,
        activity TEXT NOT NULL DEFAULT '',
        since    TEXT NOT NULL,
        pid      INTEGER NOT NULL
    );
"""

MIGRATIONS: Final[tuple[str, ...]] = (
    # 1: broadcasts and their journal
    """
    CREATE TABLE broadcasts (
        id       INTEGER PRIMARY KEY,
        created  TEXT NOT NULL,
        sender   TEXT NOT NULL,
        text     TEXT NOT NULL,
        sms_type TEXT NOT NULL DEFAULT '',
        options  TEXT NOT NULL DEFAULT '{}',
        state    TEXT NOT NULL DEFAULT 'ready'
    );
    CREATE TABLE journal (
        broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL,
        recipient    TEXT NOT NULL,
        fields       TEXT NOT NULL,
        state        TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'unknown')),
        credit       INTEGER,
        code         INTEGER,
        error        TEXT,
        updated      REAL,
        PRIMARY KEY (broadcast_id, seq),
        UNIQUE (broadcast_id, recipient)
    ) WITHOUT ROWID;
    """,
    # 2: contacts, groups, opt-outs
    """
    CREATE TABLE contacts (
        id    INTEGER PRIMARY KEY,
        e164  TEXT NOT NULL UNIQUE,
        name  TEXT NOT NULL DEFAULT '',
        extra TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE groups (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );
    CREATE TABLE membership (
        group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, contact_id)
    ) WITHOUT ROWID;
    CREATE TABLE opt_out (
        e164  TEXT PRIMARY KEY,
        added TEXT NOT NULL DEFAULT (datetime('now'))
    ) WITHOUT ROWID;
    """,
    # 3: single sends journalled like broadcasts; the account a journal was made for; history
    # searchable by recipient
    """
    ALTER TABLE broadcasts ADD COLUMN kind TEXT NOT NULL DEFAULT 'broadcast';
    ALTER TABLE broadcasts ADD COLUMN account TEXT NOT NULL DEFAULT '';
    CREATE INDEX journal_by_recipient ON journal (recipient);
    """,
    # 4: a broadcast's state and kind may only be those of BroadcastState and Kind (CHECK).
    # SQLite cannot add a CHECK to a table: it is rebuilt, SQLite's way
    # (https://www.sqlite.org/lang_altertable.html#otheralter): new table, copy, drop, rename,
    # with foreign keys off (migrate): with them on, dropping broadcasts would delete every
    # journal row (ON DELETE CASCADE). Same columns in the same order, same defaults, same
    # ids; journal, its REFERENCES and its index are untouched. A state or kind that no
    # version of this program writes (none should exist) becomes 'interrupted' (resumable:
    # the rows keep their own states, so nothing is sent twice) or 'broadcast', rather than
    # leaving the database unopenable.
    f"""
    CREATE TABLE broadcasts_new (
        id       INTEGER PRIMARY KEY,
        created  TEXT NOT NULL,
        sender   TEXT NOT NULL,
        text     TEXT NOT NULL,
        sms_type TEXT NOT NULL DEFAULT '',
        options  TEXT NOT NULL DEFAULT '{{}}',
        state    TEXT NOT NULL DEFAULT 'ready' CHECK (state IN ({_STATES_4})),
        kind     TEXT NOT NULL DEFAULT 'broadcast' CHECK (kind IN ({_KINDS_4})),
        account  TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO broadcasts_new (id, created, sender, text, sms_type, options, state, kind,
                                account)
        SELECT id, created, sender, text, sms_type, options,
               CASE WHEN state IN ({_STATES_4}) THEN state ELSE 'interrupted' END,
               CASE WHEN kind IN ({_KINDS_4}) THEN kind ELSE 'broadcast' END,
               account
        FROM broadcasts;
    DROP TABLE broadcasts;
    ALTER TABLE broadcasts_new RENAME TO broadcasts;
    """,
    # 5: a row's error as a phrase too (json of protocol.phrases.Phrase.to_record(): its code
    # and values), so the window translates it by code; `error` keeps the English for people,
    # SQL and the CLI. NULL for rows written before, or errors that are not phrases.
    """
    ALTER TABLE journal ADD COLUMN error_phrase TEXT;
    """,
    # 6: one disk sync per batch of `sending` rows (journal.mark_ahead): `written`, the time a
    # row's bytes were about to go (NULL: marked ahead, not handed over yet), and `boot`, the
    # boot id of the machine that marked it ahead, which tells a process kill (the unsynced
    # `written` records are all there) from a power cut (they may be lost).
    """
    ALTER TABLE journal ADD COLUMN written REAL;
    ALTER TABLE journal ADD COLUMN boot TEXT;
    """,
    # 7: who holds a gateway account now (desktop, user, what it sends): on an office
    # database the holder also holds an advisory lock (store/account_lease.py), so a row
    # whose holder died is known stale. A single desktop has the table, empty.
    ACCOUNT_HOLDERS,
)


def default_path() -> Path:
    return config.data_dir() / DB_NAME


class StoreCursor(sqlite3.Cursor):
    """A cursor whose storage failures are StorageError (see StoreConnection)."""

    def execute(self, sql: str, parameters: Any = (), /) -> StoreCursor:
        with _converted(self.connection):
            return super().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> StoreCursor:
        with _converted(self.connection):
            return super().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script: str, /) -> StoreCursor:
        with _converted(self.connection):
            return super().executescript(sql_script)

    def fetchone(self) -> Any:
        with _converted(self.connection):
            return super().fetchone()

    def fetchmany(self, size: int | None = None) -> list[Any]:
        with _converted(self.connection):
            return super().fetchmany(self.arraysize if size is None else size)

    def fetchall(self) -> list[Any]:
        with _converted(self.connection):
            return super().fetchall()

    def __next__(self) -> Any:
        with _converted(self.connection):
            return super().__next__()


class StoreConnection(sqlite3.Connection):
    """What open_store returns: a sqlite3 connection that knows its file (`store_path`) and
    raises StorageError, naming it, when the storage fails."""

    store_path = ""

    def cursor(self, factory: type[sqlite3.Cursor] = StoreCursor) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        with _converted(self):
            return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        with _converted(self):
            return super().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        with _converted(self):
            return super().executescript(sql_script)

    def commit(self) -> None:
        with _converted(self):
            super().commit()


class _converted:
    """Turns a storage failure raised inside into the StorageError of `conn`'s database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        if exc is None or isinstance(exc, StorageError) or not is_storage_failure(exc):
            return False
        path = getattr(self.conn, "store_path", "") or ":memory:"
        raise from_sqlite(exc, path) from None  # type: ignore[arg-type]


def open_store(
    path: str | Path | None = None, *, busy_timeout: float | None = None
) -> sqlite3.Connection:
    """Open the database, migrated to the latest schema: `path` is a file, ":memory:" or
    an office database's `postgresql://` address (store/postgres.py); None is the one the
    user chose (`store_location`). `busy_timeout` (seconds, BUSY_TIMEOUT_MS by default) is
    how long a statement waits while another program holds the database. StorageError when
    the folder or the database cannot be used, or the office database cannot be reached."""
    if path is None:
        path = store_location()
    if is_office(path):
        return _open_office(str(path), busy_timeout)
    if path is None:
        try:
            path = default_path()
        except OSError as exc:  # the data folder cannot be made (a file in the way, no rights)
            raise from_os(exc, config.data_dir_path() / DB_NAME) from None
    name = str(path)
    timeout = BUSY_TIMEOUT_MS / 1000 if busy_timeout is None else busy_timeout
    try:
        conn = sqlite3.connect(name, isolation_level=None, timeout=timeout, factory=StoreConnection)
    except sqlite3.Error as exc:
        raise from_sqlite(exc, name) from None
    conn.store_path = "" if name == ":memory:" else str(Path(name).absolute())
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


STORE_ENV: Final = "SMSGATE_STORE"  # the CLI's --store sets it too


def store_location() -> str | None:
    """The store the user chose: SMSGATE_STORE (or `smsgate --store`), else the window's
    "Office database" setting, else None (the data folder's file)."""
    chosen = os.environ.get(STORE_ENV, "").strip()
    if chosen:
        return chosen
    return config.office_database() or None


def location_of(conn: Any) -> str | None:
    """What opens the same store again from another connection or process: the file, or
    the office database's address (without its password: open_store finds it in the
    keyring); None for a database in memory, which nothing else can see."""
    if is_shared(conn):
        return str(conn.store_path)
    return database_file(conn)


def is_shared(conn: Any) -> bool:
    """The connection is to an office database (PostgreSQL), shared by several desktops."""
    return getattr(conn, "backend", "sqlite") == "postgresql"


def _open_office(url: str, busy_timeout: float | None) -> Any:
    from . import postgres

    conn = postgres.connect(url)
    try:
        timeout_ms = int((BUSY_TIMEOUT_MS / 1000 if busy_timeout is None else busy_timeout) * 1000)
        conn.execute(f"SET lock_timeout = {timeout_ms}")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def database_file(conn: sqlite3.Connection) -> str | None:
    """The file behind the connection's main database, None when it is in memory or an
    office database."""
    if is_shared(conn):
        return None
    for _, name, path in conn.execute("PRAGMA database_list"):
        if name == "main":
            return path or None
    return None


def schema_version(conn: sqlite3.Connection) -> int:
    if is_shared(conn):
        if conn.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
            return 0
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return row[0] or 0
    return conn.execute("PRAGMA user_version").fetchone()[0]


_MIGRATION_LOCK: Final = (0x534D5347, 0)  # advisory lock key: two desktops migrate in turn


def _migrate_office(conn: Any) -> int:
    """PostgreSQL's migrations (MIGRATIONS_PG, numbered as MIGRATIONS), each in one
    transaction with its version row, under a transaction-level advisory lock."""
    from .migrations_pg import MIGRATIONS_PG

    version = schema_version(conn)
    if version > len(MIGRATIONS_PG):
        raise RuntimeError(
            SCHEMA_TOO_NEW(name=conn.store_path, version=version, known=len(MIGRATIONS_PG))
        )
    while version < len(MIGRATIONS_PG):
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT pg_advisory_xact_lock(?, ?)", _MIGRATION_LOCK)
            # Made under the lock: two desktops creating it at once would collide.
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            version = schema_version(conn)  # another desktop may have migrated meanwhile
            if version < len(MIGRATIONS_PG):
                conn.executescript(MIGRATIONS_PG[version])
                version += 1
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise
    return version


def migrate(conn: sqlite3.Connection, migrations: tuple[str, ...] = MIGRATIONS) -> int:
    """Apply the migrations not applied yet, in order; return the schema version.

    Each runs in one transaction with foreign keys off, as SQLite's procedure for changing a
    table asks (https://www.sqlite.org/lang_altertable.html#otheralter): a migration may drop
    and rebuild a referenced table without the drop deleting, by cascade, the rows that
    reference it. When the connection enforced them, `PRAGMA foreign_key_check` must find no
    broken reference before the commit (else sqlite3.IntegrityError and nothing changes), and
    they are on again afterwards. `PRAGMA foreign_keys` cannot change inside a transaction,
    hence around the whole loop."""
    if is_shared(conn):
        return _migrate_office(conn)
    version = schema_version(conn)
    if version > len(migrations):
        raise RuntimeError(SCHEMA_TOO_NEW(name=DB_NAME, version=version, known=len(migrations)))
    if version == len(migrations):
        return version
    enforced = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    if enforced:
        conn.execute("PRAGMA foreign_keys=OFF")
    try:
        for number, script in enumerate(migrations[version:], start=version + 1):
            _migrate_to(conn, number, script, enforced)
    finally:
        if enforced:
            conn.execute("PRAGMA foreign_keys=ON")
    if version == 0:
        # A new database starts compact: migration 4 rebuilds a table, which leaves the old
        # one's pages free in the file (instant on an empty database).
        conn.execute("VACUUM")
    return schema_version(conn)


def _migrate_to(conn: sqlite3.Connection, number: int, script: str, check_keys: bool) -> None:
    """Run migration `number` and set user_version to it, in one transaction."""
    try:
        # executescript() commits first; BEGIN IMMEDIATE makes the whole step one transaction.
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}")
        if check_keys:
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(
                    f"migration {number} would leave {len(broken)} broken reference(s), "
                    f"first {broken[0]}: nothing was changed"
                )
        conn.execute(f"PRAGMA user_version={number}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
