"""One sender per broadcast, across processes: a second window or `smsgate broadcast --resume`
on the same broadcast is refused while the first runs.

Without it, the second run would take the first one's rows in flight for a crash's leftovers
(`sending` -> unknown) and the two would race for the same pending rows. The lock is an OS
file lock (flock on POSIX, msvcrt on Windows) on a small file next to the database: the
operating system drops it when the process ends, however it ends, so a killed run never
leaves a stale lock behind. Locks are per open file, so two runs inside one process exclude
each other too (and one holder must not take it twice: BroadcastEngine.claim counts its own).

Everything that changes a broadcast's rows holds it: a run, recovering rows left `sending`,
requeuing unknown rows, cancelling (BroadcastEngine takes it for each, or once for all of
them with `claim`).

    with RunLock(db_path, broadcast_id):
        ...send...

On an office database (PostgreSQL, several desktops) the lock is `OfficeRunLock`: a
session-level advisory lock on the engine's own connection, which the server drops when that
connection ends (the desktop died, or its line did), so another desktop can resume.
`lock_for(conn, id)` picks the one the store needs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO, Any, Final

from ..protocol import SmsGateError
from ..protocol.phrases import Template
from ..store import StorageError, database_file, is_office, is_shared
from ..store.postgres import advisory_lockers

PID_OFFSET = 16  # the pid is written past the locked byte (Windows locks forbid reading it)
ATTEMPTS = 5  # a lock file removed under us is opened again (see acquire)

BUSY: Final = Template(
    "Broadcasts",
    "busy",
    "Broadcast {id} is being sent by another SMSGate window or command; it was not started "
    "again here.",
)
BUSY_IN_PROCESS: Final = Template(
    "Broadcasts",
    "busy-in-process",
    "Broadcast {id} is being sent by another SMSGate window or command (process {pid}); it "
    "was not started again here.",
)

BUSY_ELSEWHERE: Final = Template(
    "Broadcasts",
    "busy-elsewhere",
    "Broadcast {id} is being sent by {holder}; it was not started again here.",
)


class BroadcastBusyError(SmsGateError, RuntimeError):
    """The broadcast is being sent (or changed) by another window or process; nothing was
    sent and no row was changed here. `broadcast_id`, and `pid` the holder's ("" unknown)."""

    def __init__(self, broadcast_id: int, pid: str = "") -> None:
        self.broadcast_id, self.pid = broadcast_id, pid
        if pid and not pid.isdigit():  # another desktop of the office (OfficeRunLock)
            super().__init__(BUSY_ELSEWHERE(id=broadcast_id, holder=pid))
            return
        super().__init__(
            BUSY_IN_PROCESS(id=broadcast_id, pid=pid) if pid else BUSY(id=broadcast_id)
        )


class RunLock:
    def __init__(self, db_path: str | os.PathLike[str], broadcast_id: int) -> None:
        self.path = Path(f"{db_path}-broadcast-{broadcast_id}.lock")
        self.broadcast_id = broadcast_id
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise BroadcastBusyError (never waits). StorageError when the
        lock file cannot be made (a read-only data folder)."""
        for _ in range(ATTEMPTS):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise StorageError.from_os_error(exc, self.path) from None
            file = os.fdopen(fd, "r+b")  # held until release()
            try:
                _lock(file)
            except OSError:
                holder = _read_pid(file)
                file.close()
                raise BroadcastBusyError(self.broadcast_id, holder) from None
            if _still_linked(file, self.path):
                break
            # A finishing holder removed the file between our open and our lock: the lock
            # we hold is on a file nobody else will open. Take the one at the path now.
            _unlock(file)
            file.close()
        else:  # pragma: no cover - a file removed under us five times in a row
            raise BroadcastBusyError(self.broadcast_id)
        file.seek(PID_OFFSET)
        file.truncate()
        file.write(str(os.getpid()).encode())
        file.flush()
        self._file = file

    @property
    def held(self) -> bool:
        return self._file is not None

    def release(self, finished: bool = False) -> None:
        """Let go; `finished` (nothing left to send) also removes the file, while still
        holding it (so a holder that opened it just before sees it gone and opens anew)."""
        file, self._file = self._file, None
        if file is None:
            return
        if finished:
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(file)
        file.close()

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


RUN_LOCK_CLASS: Final = 0x534D5352  # the advisory lock key's first half ("SMSR")


class OfficeRunLock:
    """The run lock on an office database (see the module docstring)."""

    def __init__(self, conn: Any, broadcast_id: int) -> None:
        self.conn, self.broadcast_id = conn, broadcast_id
        self._generation: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise BroadcastBusyError naming the holder (its desktop, user and
        process, as its connection introduced itself); never waits."""
        taken = self.conn.execute(
            "SELECT pg_try_advisory_lock(?, ?)", (RUN_LOCK_CLASS, self.broadcast_id)
        ).fetchone()[0]
        if not taken:
            raise BroadcastBusyError(self.broadcast_id, office_holder(self.conn, self.broadcast_id))
        self._generation = self.conn.generation
        self.conn.session_locks += 1

    @property
    def held(self) -> bool:
        return self._generation is not None and self._generation == self.conn.generation

    def release(self, finished: bool = False) -> None:
        """Let go (a lock whose connection dropped went with it)."""
        if self._generation is None:
            return
        held, self._generation = self.held, None
        self.conn.session_locks -= 1
        if held and not self.conn.broken:
            with contextlib.suppress(StorageError):
                self.conn.execute(
                    "SELECT pg_advisory_unlock(?, ?)", (RUN_LOCK_CLASS, self.broadcast_id)
                )

    def __enter__(self) -> OfficeRunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def office_holder(conn: Any, broadcast_id: int) -> str:
    """Who holds a broadcast's run lock on the office database ("" when nobody)."""
    holders = [
        name for name, granted in advisory_lockers(conn, RUN_LOCK_CLASS, broadcast_id) if granted
    ]
    return (holders[0] or "?") if holders else ""


def lock_for(conn: Any, broadcast_id: int) -> RunLock | OfficeRunLock | None:
    """The run lock of the store behind `conn`: None for a database in memory (one engine)."""
    if is_shared(conn):
        return OfficeRunLock(conn, broadcast_id)
    path = database_file(conn)
    return RunLock(path, broadcast_id) if path else None


def is_running(db_path: str | os.PathLike[str], broadcast_id: int, conn: Any = None) -> bool:
    """Whether some run (this process or another) holds the broadcast's lock now. For an
    office database, asked through `conn` (False without one)."""
    if is_office(db_path):
        return conn is not None and bool(office_holder(conn, broadcast_id))
    lock = RunLock(db_path, broadcast_id)
    if not lock.path.exists():
        return False
    try:
        lock.acquire()
    except BroadcastBusyError:
        return True
    except StorageError:  # the lock file cannot be opened: no run can hold it either
        return False
    lock.release()
    return False


def _still_linked(file: IO[bytes], path: Path) -> bool:
    """Whether `file` is still the file at `path` (not removed, nor replaced, meanwhile)."""
    if sys.platform == "win32":  # an open file cannot be removed there
        return True
    try:
        here, there = os.fstat(file.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read_pid(file: IO[bytes]) -> str:
    try:
        file.seek(PID_OFFSET)
        text = file.read(20).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


if sys.platform == "win32":
    import msvcrt

    def _lock(file: IO[bytes]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(file: IO[bytes]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)
