"""What other desktops change in the office database, as it happens: a listener on the
channel the office database's triggers notify (migrations_pg.NOTIFY_CHANNEL, payload: the
table changed).

`ChangeListener(url).changes()` is a generator of `Changed` (the tables changed, a few
notifications merged into one) and `Lost` (the line to the server dropped; it connects again,
waiting longer each time, and then reports every table changed, since what happened while it
was deaf is unknown). It keeps one connection of its own, doing nothing but LISTEN: idle, it
sends nothing to the server and wakes only to look at its stop flag (WAKE_S). `stop()`, from
any thread, ends the generator at once: it also shuts the socket down, which wakes the wait.

Qt-free: the window runs it in a thread (gui/office_watch.py); a script could too. psycopg is
imported only when a listener connects.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

from .errors import UNREACHABLE, StorageError
from .migrations_pg import NOTIFY_CHANNEL, WATCHED_TABLES
from .postgres import CONNECT_TIMEOUT, converted, display_url, holder_name, office_password

ALL_TABLES: Final = frozenset(WATCHED_TABLES)
COALESCE_S: Final = 0.3  # notifications within this long of the first are reported together
WAKE_S: Final = 1.0  # how often an idle listener looks at its stop flag (no I/O)
RETRY_FIRST_S: Final = 0.5  # the first wait before connecting again; it doubles...
RETRY_MAX_S: Final = 10.0  # ...up to this
# TCP keepalives: a line cut silently (a VPN gone, a cable out) is noticed within ~1 minute
# even though an idle listener sends nothing.
KEEPALIVES: Final = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


@dataclass(frozen=True, slots=True)
class Changed:
    """These tables changed (`reconnected`: the listener was deaf for a while, so they all
    may have)."""

    tables: frozenset[str]
    reconnected: bool = False


@dataclass(frozen=True, slots=True)
class Lost:
    """The listener lost the office database (or could not reach it); it keeps trying."""

    error: StorageError


class ChangeListener:
    """LISTEN on the office database at `url` (its password from the URL or the keyring, as
    store.postgres.connect finds it)."""

    def __init__(
        self,
        url: str,
        *,
        coalesce: float = COALESCE_S,
        wake: float = WAKE_S,
        retry_max: float = RETRY_MAX_S,
    ) -> None:
        self.url = url
        self.name = display_url(url)
        self.coalesce, self.wake, self.retry_max = coalesce, wake, retry_max
        self._stop = threading.Event()
        self._conn: Any = None  # the psycopg connection, while there is one
        # Held while stop() wakes the socket and while the listener closes it: the socket's
        # number is never shut down after being closed (and perhaps reused by another file).
        self._closing = threading.Lock()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def listening(self) -> bool:
        """Connected, LISTEN done: what other desktops change from now on is heard."""
        return self._conn is not None

    def stop(self) -> None:
        """End `changes()` soon (thread-safe): at once when the socket can be shut down, else
        within `wake` seconds."""
        self._stop.set()
        # shutdown() of a socket is thread-safe and wakes the listener's wait with an end of
        # file; closing the psycopg connection here would wait for the lock the wait holds.
        with self._closing, contextlib.suppress(Exception):
            if self._conn is None:
                return
            duplicate = socket.socket(fileno=socket.dup(self._conn.pgconn.socket))
            try:
                duplicate.shutdown(socket.SHUT_RDWR)
            finally:
                duplicate.close()

    def changes(self) -> Iterator[Changed | Lost]:
        """What changed, until stop(): Changed when notifications came, Lost once each time
        the line drops (or the first connection fails)."""
        delay = RETRY_FIRST_S
        connected_before = False
        down = False
        try:
            while not self.stopped:
                if self._conn is None:
                    try:
                        conn = self._connect()
                    except StorageError as exc:
                        if not down:
                            down = True
                            yield Lost(exc)
                        self._stop.wait(delay)
                        delay = min(delay * 2, self.retry_max)
                        continue
                    with self._closing:
                        self._conn = conn
                    if self.stopped:  # stop() came while connecting: nothing woke this one
                        return
                    if connected_before:  # deaf meanwhile: anything may have changed
                        yield Changed(ALL_TABLES, reconnected=True)
                    connected_before, down, delay = True, False, RETRY_FIRST_S
                try:
                    tables = self._collect(self._conn)
                except Exception as exc:  # psycopg.Error: the line dropped (or stop())
                    self._close()
                    if self.stopped:
                        return
                    down = True
                    yield Lost(_storage_error(exc, self.name))
                    continue
                if tables:
                    yield Changed(frozenset(tables))
        finally:
            self._close()

    def _collect(self, conn: Any) -> set[str]:
        """Wait (up to `wake`) for a notification; then gather those arriving within
        `coalesce` of it: a broadcast journals row after row, one reload is enough."""
        tables = {note.payload for note in conn.notifies(timeout=self.wake, stop_after=1)}
        if not tables:
            return tables
        deadline = time.monotonic() + self.coalesce
        while not self.stopped and (left := deadline - time.monotonic()) > 0:
            tables.update(note.payload for note in conn.notifies(timeout=left))
        return tables

    def _connect(self) -> Any:
        import psycopg

        keywords: dict[str, Any] = {
            "autocommit": True,
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": holder_name(),
            **KEEPALIVES,
        }
        if urlsplit(self.url).password is None:
            password = office_password(self.url)
            if password is not None:
                keywords["password"] = password
        try:
            conn = psycopg.connect(self.url, **keywords)
        except psycopg.Error as exc:
            raise _storage_error(exc, self.name) from None
        try:
            conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        except psycopg.Error as exc:
            conn.close()
            raise _storage_error(exc, self.name) from None
        return conn

    def _close(self) -> None:
        with self._closing:
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()


def _storage_error(exc: Exception, name: str) -> StorageError:
    """What the store says for `exc`; a failure it would pass on as it is (not the server's
    nor the line's) is still a line this listener cannot use."""
    error = converted(exc, name)
    return error if isinstance(error, StorageError) else StorageError(UNREACHABLE, name, str(exc))
