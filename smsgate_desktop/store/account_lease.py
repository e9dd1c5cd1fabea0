"""One gateway session per account across an office: who holds an account, and a queue for it.

The gateway allows one session per account and refuses a second login with `-ERR 101`. On an
office database several desktops may send on the same account, so a desktop takes the
account's lease before it opens a session and gives it back once the session is closed:

    lease = AccountLease(store_location(), "acme", ACTIVITY_SEND())
    if not lease.wait(should_stop, on_waiting=lambda holder: print(queued_text(...))):
        return  # stopped while queued: nothing was sent
    try:
        ...open the session, send, close the session...
    finally:
        lease.release()

The lease is a session-level advisory lock (class LEASE_CLASS, the account's key) on a
connection of its own, opened for the lease and closed with it: the server drops the lock
when that connection ends, so a desktop that dies (or whose line to the server does) never
keeps an account. Its holder also writes who it is in `account_holders` (desktop, user, what
it sends, since when), which the others show; a row whose holder died stays behind, and is
known stale because its lock is free: the next taker overwrites it.

Waiting is the server's own lock queue (`pg_advisory_lock` under a lock_timeout): the waiter
is woken the moment the lock is let go, whether the holder released it or died, waiters are
served in turn, and nothing polls. It waits in slices of WAIT_SLICE (between two, it looks
whether it should stop and who holds the account now); `interrupt()`, from any thread, ends
a slice at once. A holder that keeps an idle session open (the window) can see that someone
queues (`others_waiting`: their lock requests are in pg_locks, not granted) and let go.

On a single desktop's file (SQLite) there is nobody to share with: the lease is a no-op that
is always taken at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import string
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from ..protocol import SmsGateError
from ..protocol.phrases import Phrase, Template
from .errors import LOCKED, StorageError
from .postgres import advisory_lockers, desktop_and_user, desktop_of, is_office

log = logging.getLogger(__name__)

LEASE_CLASS: Final = 0x534D5341  # the advisory lock key's first half ("SMSA"); run locks: SMSR
WAIT_SLICE: Final = 2.0  # seconds a waiter blocks on the lock before it looks around again
# After a lease that was held elsewhere is handed over, the time the gateway gets to notice
# that the previous holder closed its session: it frees the account when it reads the close,
# which may come a moment after the lock was let go (the holder closes, then releases).
HANDOVER_GRACE: Final = 0.5

HOLDER: Final = Template("AccountLease", "holder", "{desktop}, {user} ({activity}, since {since})")
HOLDER_IDLE: Final = Template("AccountLease", "holder-idle", "{desktop}, {user} (since {since})")
HOLDER_CONNECTION: Final = Template("AccountLease", "holder-connection", "{desktop}, {user}")
QUEUED: Final = Template(
    "AccountLease",
    "queued",
    "Account {account} is in use by {holder}: your send is queued and starts when it is free.",
)
BUSY: Final = Template(
    "AccountLease", "busy", "Account {account} is in use by {holder}: nothing was sent."
)
IN_USE: Final = Template("AccountLease", "in-use", "Account {account} is in use by {holder}.")
CANCELLED: Final = Template(
    "AccountLease",
    "cancelled",
    "Cancelled while waiting for account {account}: nothing was sent.",
)
# What a holder is doing, as the others are told (stored in English: other desktops and SQL
# read it; activity_phrase() recognises it again for the reader's language).
ACTIVITY_BROADCAST: Final = Template("AccountLease", "activity-broadcast", "broadcast {id}")
ACTIVITY_SEND: Final = Template("AccountLease", "activity-send", "single send")
ACTIVITY_CHECK: Final = Template("AccountLease", "activity-check", "account check")
ACTIVITY_PREPARE: Final = Template("AccountLease", "activity-prepare", "preparing a broadcast")
ACTIVITIES: Final = (ACTIVITY_BROADCAST, ACTIVITY_SEND, ACTIVITY_CHECK, ACTIVITY_PREPARE)

_TRY: Final = "SELECT pg_try_advisory_lock(?, ?)"
_LOCK: Final = "SELECT pg_advisory_lock(?, ?)"
_UPSERT: Final = (
    "INSERT INTO account_holders (account, desktop, username, activity, since, pid)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account) DO UPDATE SET desktop = excluded.desktop,"
    " username = excluded.username, activity = excluded.activity, since = excluded.since,"
    " pid = excluded.pid"
)
_ROW: Final = (
    "SELECT account, desktop, username, activity, since, pid FROM account_holders WHERE account = ?"
)


def account_key(account: str) -> int:
    """The lock key of an account: a stable 31-bit hash (the same in every desktop and
    every Python; positive, so that pg_locks' unsigned objid reads back the same number).
    Two accounts sharing a key would queue behind each other: rare, and never a collision."""
    return zlib.crc32(account.encode("utf-8")) & 0x7FFFFFFF


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds an account, as its lease row (or, without one, its connection) tells."""

    account: str
    desktop: str
    user: str
    activity: str = ""  # English, as stored (activity_phrase gives the phrase)
    since: datetime | None = None
    pid: int = 0

    def phrase(self) -> Phrase:
        """ "<desktop>, <user> (<activity>, since HH:MM)", in what the row knows."""
        if self.since is None:
            return HOLDER_CONNECTION(desktop=self.desktop, user=self.user)
        since = _clock(self.since)
        if not self.activity:
            return HOLDER_IDLE(desktop=self.desktop, user=self.user, since=since)
        activity = activity_phrase(self.activity)
        return HOLDER(desktop=self.desktop, user=self.user, activity=activity, since=since)


class AccountBusyError(SmsGateError, RuntimeError):
    """The account is in use by another desktop (`holder`); nothing was sent."""

    def __init__(self, holder: Holder) -> None:
        self.holder = holder
        super().__init__(BUSY(account=holder.account, holder=holder.phrase()))


def queued_text(holder: Holder) -> Phrase:
    """What a desktop that queues behind `holder` tells its user."""
    return QUEUED(account=holder.account, holder=holder.phrase())


def activity_phrase(text: str) -> Phrase | str:
    """A stored activity as the phrase it was made from (so that each reader translates
    it); a text no template of this version made stays as it is."""
    for template in ACTIVITIES:
        values = _parse(template, text)
        if values is not None:
            return template(**values)
    return text


class AccountLease:
    """The lease of one account for this desktop (see the module docstring).

    `location` is the store's (a file, ":memory:", an office database address, or None for
    the file); `activity` what this desktop does with the account (a phrase, stored in
    English). Not thread-safe, except interrupt(): one thread takes, waits and releases."""

    def __init__(self, location: object, account: str, activity: str) -> None:
        self.office = is_office(location)
        self.location = str(location) if self.office else ""
        self.account = account
        self.activity = str(activity)
        self.key = account_key(account)
        self._conn: Any = None  # the lease's own connection (office only)
        self._pg: Any = None  # its psycopg connection, for interrupt() from another thread
        self._generation: int | None = None
        self._local_held = False
        self._since = ""  # when this desktop took the account (the row's `since`)
        self._interrupted = threading.Event()

    # ---- taking -----------------------------------------------------------------------------

    def try_acquire(self) -> Holder | None:
        """Take the lease now if it is free: None when taken (or held already), else who
        holds it. Never waits. StorageError when the office database cannot be used."""
        if self.held:
            return None
        if not self.office:
            self._local_held = True
            return None
        conn = self._connection()
        if conn.execute(_TRY, (LEASE_CLASS, self.key)).fetchone()[0]:
            self._taken()
            return None
        return self.holder() or Holder(self.account, "?", "?")

    def acquire(self) -> None:
        """Take the lease now or raise AccountBusyError naming its holder."""
        holder = self.try_acquire()
        if holder is not None:
            self.close()
            raise AccountBusyError(holder)

    def wait(
        self,
        should_stop: Callable[[], bool] = lambda: False,
        on_waiting: Callable[[Holder], None] | None = None,
        *,
        slice_seconds: float = WAIT_SLICE,
    ) -> bool:
        """Take the lease, queuing for it while another desktop holds it: True once taken,
        False when `should_stop()` said so (or interrupt() was called) before; then nothing
        is held. `on_waiting(holder)` is told when this desktop starts queuing, and again
        whenever another desktop holds it meanwhile."""
        self._interrupted.clear()
        holder = self.try_acquire()
        if holder is None:
            return True
        told = holder
        if on_waiting is not None:
            on_waiting(holder)
        try:
            return self._queue(should_stop, on_waiting, told, slice_seconds)
        except BaseException:  # Ctrl+C, the server gone: nothing is held
            self.close()
            raise

    def _queue(
        self,
        should_stop: Callable[[], bool],
        on_waiting: Callable[[Holder], None] | None,
        told: Holder,
        slice_seconds: float,
    ) -> bool:
        """wait()'s queue: block on the lock a slice at a time until it is ours."""
        conn = self._conn
        conn.execute(f"SET lock_timeout = {max(int(slice_seconds * 1000), 1)}")
        while True:
            if should_stop() or self._interrupted.is_set():
                self.close()
                return False
            try:
                conn.execute(_LOCK, (LEASE_CLASS, self.key))
                break
            except StorageError as exc:
                if exc.code != LOCKED:
                    raise
            # A slice ended (lock_timeout) or interrupt() cancelled the wait: look around.
            holder = self._holder_now()
            if holder is not None and holder != told and on_waiting is not None:
                told = holder
                on_waiting(holder)
        self._taken()
        # The one pause in here, and it waits for the gateway, not for us (HANDOVER_GRACE).
        self._interrupted.wait(HANDOVER_GRACE)
        if should_stop() or self._interrupted.is_set():
            self.release()
            return False
        return True

    def _holder_now(self) -> Holder | None:
        """holder(), None when the look was cut short (interrupt() cancels any statement)."""
        try:
            return self.holder()
        except StorageError as exc:
            if exc.code != LOCKED:
                raise
            return None

    def interrupt(self) -> None:
        """End a wait() now (thread-safe): it returns False without the lease. The
        statement that waits on the server is cancelled from a helper thread, so that the
        caller (the GUI thread) never waits on the network."""
        self._interrupted.set()
        pg = self._pg
        if pg is not None and not self.held:

            def cancel() -> None:
                with contextlib.suppress(Exception):  # gone already: nothing to cancel
                    pg.cancel_safe(timeout=2.0)

            threading.Thread(target=cancel, name="lease-interrupt", daemon=True).start()

    # ---- holding ----------------------------------------------------------------------------

    @property
    def held(self) -> bool:
        """Whether this desktop holds the lease now (an office lease whose connection
        dropped went with it: the server let the lock go)."""
        if not self.office:
            return self._local_held
        return (
            self._generation is not None
            and self._conn is not None
            and self._generation == self._conn.generation
            and not self._conn.broken
        )

    def set_activity(self, activity: str) -> None:
        """Tell the others what this desktop does with the account now (held only)."""
        activity = str(activity)
        if activity == self.activity:
            return
        self.activity = activity
        if self.office and self.held:
            self._write_row()

    def others_waiting(self) -> bool:
        """Whether another desktop queues for this account (office, held only)."""
        if not (self.office and self.held):
            return False
        return any(
            not granted for _, granted in advisory_lockers(self._conn, LEASE_CLASS, self.key)
        )

    def holder(self) -> Holder | None:
        """Who holds the account now (None: nobody). The row when its holder is the one
        whose connection holds the lock; the connection's own name otherwise (a row left
        by a desktop that died, or not written yet)."""
        if not self.office:
            return None
        conn = self._connection()
        holders = [
            name for name, granted in advisory_lockers(conn, LEASE_CLASS, self.key) if granted
        ]
        if not holders:
            return None
        row = conn.execute(_ROW, (self.account,)).fetchone()
        name = holders[0] or ""
        if row is not None and name.endswith(f", process {row[5]}") and row[1] in name:
            return Holder(row[0], row[1], row[2], row[3], _parse_since(row[4]), int(row[5]))
        desktop_user = desktop_of(name)
        if desktop_user is None:
            return Holder(self.account, name or "?", "?")
        return Holder(self.account, *desktop_user)

    # ---- letting go -------------------------------------------------------------------------

    def release(self) -> None:
        """Give the account back (close the gateway session first: the next holder logs in
        as soon as this returns). The row goes, the lock with the lease's connection."""
        self._local_held = False
        if self._conn is not None and self.held:
            with contextlib.suppress(StorageError):  # the lock goes with the connection anyway
                self._conn.execute(
                    "DELETE FROM account_holders WHERE account = ? AND pid = ? AND desktop = ?",
                    (self.account, os.getpid(), desktop_and_user()[0]),
                )
        self.close()

    def close(self) -> None:
        """Close the lease's connection (the server lets the lock go with it)."""
        conn, self._conn, self._pg, self._generation = self._conn, None, None, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def __enter__(self) -> AccountLease:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # ---- internals --------------------------------------------------------------------------

    def _connection(self) -> Any:
        if self._conn is None or (self._generation is None and self._conn.broken):
            from . import postgres

            self.close()
            self._conn = postgres.connect(self.location)
            self._pg = self._conn.raw()
        return self._conn

    def _taken(self) -> None:
        self._generation = self._conn.generation
        self._since = datetime.now(UTC).isoformat(timespec="seconds")
        self._write_row()

    def _write_row(self) -> None:
        row = (self.account, *desktop_and_user(), self.activity, self._since, os.getpid())
        try:
            self._conn.execute(_UPSERT, row)
        except StorageError:
            log.warning("could not write who holds account %s", self.account, exc_info=True)


def _parse_since(text: object) -> datetime | None:
    try:
        since = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return since if since.tzinfo else since.replace(tzinfo=UTC)


def _clock(since: datetime) -> str:
    """HH:MM in this desktop's time; with the date when it is not today."""
    local = since.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return f"{local:%H:%M}"
    return f"{local:%Y-%m-%d %H:%M}"


def _parse(template: Template, text: str) -> dict[str, str] | None:
    """The values that make `template` say `text`, None when it cannot."""
    pattern = ""
    for literal, field, _, _ in string.Formatter().parse(template.english):
        pattern += re.escape(literal)
        if field is not None:
            pattern += f"(?P<{field}>.+?)"
    match = re.fullmatch(pattern, text)
    return match.groupdict() if match else None
