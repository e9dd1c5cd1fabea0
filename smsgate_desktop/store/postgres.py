"""The office database: PostgreSQL behind the calls the store makes of a sqlite3 connection.

Why an adapter and not SQLAlchemy: the store is ~100 short statements written once, in the
SQL that SQLite and PostgreSQL share (ON CONFLICT, RETURNING, BETWEEN, CAST...). What
differs is small and lives here, in one table of rewrites (`translate`): placeholders, `INSERT
OR IGNORE`, `BEGIN IMMEDIATE`, LIKE's case rule and the one PRAGMA the journal sets. The
schema differs in its DDL only (migrations_pg.py, numbered as db.MIGRATIONS). An ORM layer
would add a dependency, a second schema language and a per-row cost to the journal, whose
hot path is a handful of statements.

`PgConnection` answers what the store's modules use of sqlite3.Connection: execute /
executemany / executescript returning a cursor (fetchone, fetchall, iteration, rowcount),
in_transaction, commit, rollback, close, and `with conn:`. It is in autocommit mode, like the
SQLite connections (isolation_level=None): a statement outside BEGIN is its own transaction.

Failures of the server or the line come out as StorageError (code "unreachable", "full",
"locked"...), naming the database by its address without the password; a unique or foreign
key violation as `PgIntegrityError`, a sqlite3.IntegrityError, so code written for SQLite
keeps catching it. After the line dropped, the next statement outside a transaction
connects again (`generation` counts the connections, so that a lock holder can tell that
its session-level advisory lock went with the old one).

psycopg is imported when an office database is opened, never by a desktop that has none.
"""

from __future__ import annotations

import functools
import itertools
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

from ..protocol.errors import SmsGateError
from .errors import (
    FAILED,
    FULL,
    LOCKED,
    OFFICE_SCHEMES,
    READ_ONLY,
    UNREACHABLE,
    StorageError,
)

_CHUNK: Final = 2000  # rows per executemany round (one pipeline each): bounded memory
CONNECT_TIMEOUT: Final = 5  # seconds to reach the server before saying it cannot be reached
KEYRING_PREFIX: Final = "office-database:"  # the password's keyring entry: this + display URL


def is_office(location: object) -> bool:
    """Whether a store location is an office database address (else a file path)."""
    return isinstance(location, str) and location.startswith(OFFICE_SCHEMES)


BROKEN: Final = "//…"  # how an address too broken to read is shown: none of it


def split_password(url: str) -> tuple[str, str | None]:
    """The address without its password, and that password (None: it held none). A file
    path comes back as it is; an address too broken to read (a bad port, a stray bracket)
    as "<scheme>//…" and None, so that no part of what may hold a password is shown."""
    try:
        parts = urlsplit(url)
        password, port = parts.password, parts.port
    except ValueError:
        return url.split("//", 1)[0] + BROKEN, None
    if password is None:
        return url, None
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if port:
        host = f"{host}:{port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit(
        (parts.scheme, user + host, parts.path, parts.query, parts.fragment)
    ), password


def display_url(url: str) -> str:
    """The address without its password: what messages, logs and the keyring entry show
    (split_password)."""
    return split_password(url)[0]


class PgIntegrityError(SmsGateError, sqlite3.IntegrityError):
    """A unique, foreign-key or check constraint refused a statement on the office database."""


# ---- SQL: SQLite's spelling -> PostgreSQL's ----------------------------------------------------

_PRAGMAS: Final = {
    # The journal's one setting. A commit with synchronous_commit off survives the end of
    # this program (the server has it) and, like SQLite's NORMAL, maybe not a crash of the
    # server's machine: journal.mark_ahead's synced commit carries it, and the journal's
    # boot rule (journal.boot_of) tells a server restart.
    "PRAGMA synchronous=NORMAL": "SET synchronous_commit TO off",
    "PRAGMA synchronous=1": "SET synchronous_commit TO off",
    "PRAGMA synchronous=FULL": "SET synchronous_commit TO on",
    "PRAGMA synchronous=2": "SET synchronous_commit TO on",
    "PRAGMA synchronous": (
        "SELECT CASE current_setting('synchronous_commit') WHEN 'off' THEN 1 ELSE 2 END"
    ),
}
_INSERT_OR_IGNORE: Final = re.compile(r"^\s*INSERT OR IGNORE INTO", re.IGNORECASE)
_LIKE: Final = re.compile(r"\bLIKE\b")


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """The statement in PostgreSQL's spelling. Placeholders `?` become `%s` (a literal `%`
    doubles); SQLite's LIKE ignores ASCII case, so it becomes ILIKE. The store's SQL holds no
    `?` inside a string literal."""
    pragma = _PRAGMAS.get(sql.strip())
    if pragma is not None:
        return pragma
    if sql.lstrip().upper().startswith("PRAGMA"):
        raise sqlite3.NotSupportedError(f"{sql.strip()}: a SQLite setting, not on PostgreSQL")
    text = sql.replace("%", "%%").replace("?", "%s")
    if text.strip().upper() == "BEGIN IMMEDIATE":
        return "BEGIN"
    if _INSERT_OR_IGNORE.match(text):
        text = _INSERT_OR_IGNORE.sub("INSERT INTO", text, count=1) + " ON CONFLICT DO NOTHING"
    return _LIKE.sub("ILIKE", text)


def _params(values: Any) -> Any:
    # SQLite stores a bool as 0/1 in an INTEGER column; PostgreSQL would refuse the type.
    if values and any(value.__class__ is bool for value in values):
        return tuple(int(v) if v.__class__ is bool else v for v in values)
    return values


# ---- errors -------------------------------------------------------------------------------------

_SQLSTATE_CODES: Final = {
    "53100": FULL,  # disk_full
    "53200": FULL,  # out_of_memory
    "55P03": LOCKED,  # lock_not_available
    "40P01": LOCKED,  # deadlock_detected
    "57014": LOCKED,  # query_canceled (statement or lock timeout)
    "25006": READ_ONLY,  # read_only_sql_transaction
    "42501": READ_ONLY,  # insufficient_privilege
}


def converted(exc: Exception, url: str) -> Exception:
    """The store's error for what psycopg raised: StorageError for the server or the line,
    PgIntegrityError for a constraint; anything else (a bug in our SQL) as it is."""
    import psycopg

    if isinstance(exc, psycopg.errors.IntegrityError):
        return PgIntegrityError(str(exc).strip())
    state = getattr(getattr(exc, "diag", None), "sqlstate", None) or ""
    if state in _SQLSTATE_CODES:
        return StorageError(_SQLSTATE_CODES[state], url, _first_line(exc))
    if isinstance(exc, psycopg.OperationalError) or state.startswith(("08", "57")):
        return StorageError(UNREACHABLE, url, _first_line(exc))
    if isinstance(exc, psycopg.DatabaseError) and not isinstance(exc, psycopg.ProgrammingError):
        return StorageError(FAILED, url, _first_line(exc))
    return exc


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# ---- the connection -----------------------------------------------------------------------------


class PgCursor:
    """The rows of one statement, as a sqlite3 cursor gives them (tuples)."""

    lastrowid = None  # PostgreSQL has none: the store's inserts say RETURNING id

    def __init__(self, cursor: Any, conn: PgConnection) -> None:
        self._cursor, self._conn = cursor, conn

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchone(self) -> Any:
        return self._conn._call(self._cursor.fetchone) if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        return self._conn._call(self._cursor.fetchall) if self._cursor.description else []

    def fetchmany(self, size: int | None = None) -> list[Any]:
        if not self._cursor.description:
            return []
        return self._conn._call(self._cursor.fetchmany, size or 1)

    def __iter__(self) -> Iterator[Any]:
        if not self._cursor.description:
            return iter(())
        return iter(self.fetchall())

    def close(self) -> None:
        self._cursor.close()


class PgConnection:
    """An office database connection the store uses as it uses a sqlite3 one."""

    backend: Final = "postgresql"

    def __init__(self, url: str, password: str | None = None) -> None:
        self.url = url
        self.store_path = display_url(url)
        self._password = password
        self.generation = 0
        self.session_locks = 0  # advisory locks held on this connection (run locks)
        self._trace: Any = None
        self._interrupt: Any = None
        self._conn: Any = None
        self._connect()

    def _connect(self) -> None:
        import psycopg

        keywords: dict[str, Any] = {
            "autocommit": True,
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": holder_name(),
            # A line cut silently (a switch, a sleeping laptop) is noticed within a minute
            # rather than the OS's two hours: the run stops instead of waiting on it.
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
        }
        if self._password is not None:
            keywords["password"] = self._password
        try:
            self._conn = psycopg.connect(self.url, **keywords)
        except psycopg.Error as exc:
            raise converted(exc, self.store_path) from None
        self.generation += 1

    # -- sqlite3.Connection's calls --

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        self._reconnect_if_dropped()
        cursor = self._conn.cursor()
        if self._trace is not None:
            self._trace(translate(sql))
        self._call(cursor.execute, translate(sql), _params(parameters) or None)
        return PgCursor(cursor, self)

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> PgCursor:
        self._reconnect_if_dropped()
        cursor = self._conn.cursor()
        if self._trace is not None:
            self._trace(translate(sql))
        statement, rows = translate(sql), iter(parameters)
        while chunk := [_params(row) for row in itertools.islice(rows, _CHUNK)]:
            if self._interrupt is not None and self._interrupt():
                raise sqlite3.OperationalError("interrupted")
            self._call(cursor.executemany, statement, chunk)
        return PgCursor(cursor, self)

    def executescript(self, script: str, /) -> PgCursor:
        """Several statements with no parameters, as they are (PostgreSQL's own spelling)."""
        self._reconnect_if_dropped()
        cursor = self._conn.cursor()
        self._call(cursor.execute, script)
        return PgCursor(cursor, self)

    def set_progress_handler(self, handler: Any, n: int) -> None:
        """As sqlite3's, for a long executemany: `handler()` true between two chunks of rows
        interrupts it (sqlite3.OperationalError "interrupted", as SQLite says); the
        transaction around it is rolled back by its owner. None removes it."""
        self._interrupt = handler

    def set_trace_callback(self, callback: Any) -> None:
        """As sqlite3's: `callback(sql)` for each statement (None stops it)."""
        self._trace = callback

    def pipelined(self, statements: Sequence[tuple[str, Sequence[Any]]]) -> list[int]:
        """Run the statements in one round trip to the server (psycopg's pipeline mode);
        each one's rowcount. An error stops the rest (as statements in turn would)."""
        self._reconnect_if_dropped()
        cursors = []

        def run() -> None:
            with self._conn.pipeline():
                for sql, parameters in statements:
                    cursor = self._conn.cursor()
                    cursor.execute(translate(sql), _params(parameters) or None)
                    cursors.append(cursor)

        self._call(run)
        return [cursor.rowcount for cursor in cursors]

    @property
    def in_transaction(self) -> bool:
        import psycopg

        status = self._conn.info.transaction_status
        return status not in (
            psycopg.pq.TransactionStatus.IDLE,
            psycopg.pq.TransactionStatus.UNKNOWN,
        )

    def commit(self) -> None:
        if self.in_transaction:
            self._call(self._conn.execute, "COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self._call(self._conn.execute, "ROLLBACK")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.rollback()

    # -- office-only --

    @property
    def broken(self) -> bool:
        """The line to the server is gone (the next statement connects again)."""
        return self._conn is None or self._conn.closed or self._conn.broken

    def raw(self) -> Any:
        """The psycopg connection (LISTEN, advisory locks): connected again if it dropped."""
        self._reconnect_if_dropped()
        return self._conn

    def _reconnect_if_dropped(self) -> None:
        if not self.broken:
            return
        if self.session_locks:
            # The run lock went with the dropped connection: connecting again silently would
            # let this desktop go on sending without it while another resumes the broadcast.
            # Every statement fails until the holder lets its lock go (the run stops).
            raise StorageError(
                UNREACHABLE, self.store_path, "the connection holding the lock dropped"
            )
        self._connect()

    def _call(self, function: Any, *args: Any) -> Any:
        import psycopg

        try:
            return function(*args)
        except psycopg.Error as exc:
            raise converted(exc, self.store_path) from None


def desktop_and_user() -> tuple[str, str]:
    """This computer's name and the user's, as the office is told who does what."""
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment nor the password database
        user = "?"
    return socket.gethostname(), user


def holder_name() -> str:
    """How this program introduces itself to the server, what other desktops are told of
    who holds a broadcast or an account: "SMSGate on <desktop>, <user>, process <pid>"
    (read back by `desktop_of`)."""
    import os

    desktop, user = desktop_and_user()
    # PostgreSQL keeps 63 bytes of it: a long host name is cut, never the process number.
    tail = f", {user[:20]}, process {os.getpid()}"
    head = "SMSGate on "
    return f"{head}{desktop[: max(1, 63 - len(head) - len(tail.encode()))]}{tail}"


_HOLDER_NAME: Final = re.compile(r"^SMSGate on (?P<desktop>.*), (?P<user>[^,]*), process \d+$")


def desktop_of(name: str) -> tuple[str, str] | None:
    """(desktop, user) of a connection named by holder_name(); None for another name."""
    match = _HOLDER_NAME.match(name)
    return (match["desktop"], match["user"]) if match else None


_LOCKERS: Final = (
    "SELECT a.application_name, l.granted FROM pg_locks l"
    " JOIN pg_stat_activity a ON a.pid = l.pid"
    " WHERE l.locktype = 'advisory' AND CAST(l.classid AS BIGINT) = ?"
    " AND CAST(l.objid AS BIGINT) = ? AND l.objsubid = 2 AND l.pid <> pg_backend_pid()"
    " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


def advisory_lockers(conn: Any, classid: int, objid: int) -> list[tuple[str, bool]]:
    """The other connections holding (granted) or waiting for the advisory lock (classid,
    objid) in this database, each as (its application_name, granted). objsubid 2: a lock
    taken with two int4 keys, as the run locks and account leases are."""
    return [
        (name or "", bool(granted)) for name, granted in conn.execute(_LOCKERS, (classid, objid))
    ]


def connect(url: str) -> PgConnection:
    """Connect to the office database at `url`; its password comes from the URL or, when
    the URL has none, from the OS keyring (entry KEYRING_PREFIX + the address). StorageError
    (code "unreachable") when the server cannot be reached or refuses the login."""
    password = None
    if urlsplit(url).password is None:
        password = office_password(url)
    return PgConnection(url, password)


def office_password(url: str) -> str | None:
    """The office database's password from the OS keyring, None when none is stored."""
    from .. import config

    try:
        return config.get_password(KEYRING_PREFIX + display_url(url), "office")
    except Exception:  # no keyring backend at all: the server may need no password
        return None


def save_office_password(url: str, password: str) -> None:
    """Keep the office database's password in the OS keyring (never in a file);
    config.KeyringUnavailable when no keyring can keep it."""
    from .. import config

    config.set_password(KEYRING_PREFIX + display_url(url), "office", password)
