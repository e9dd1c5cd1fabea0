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
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO, Final

from ..protocol import SmsGateError
from ..protocol.phrases import Template
from ..store import StorageError

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


class BroadcastBusyError(SmsGateError, RuntimeError):
    """The broadcast is being sent (or changed) by another window or process; nothing was
    sent and no row was changed here. `broadcast_id`, and `pid` the holder's ("" unknown)."""

    def __init__(self, broadcast_id: int, pid: str = "") -> None:
        self.broadcast_id, self.pid = broadcast_id, pid
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


def is_running(db_path: str | os.PathLike[str], broadcast_id: int) -> bool:
    """Whether some run (this process or another) holds the broadcast's lock now."""
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
