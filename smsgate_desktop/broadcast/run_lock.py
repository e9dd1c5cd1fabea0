"""One sender per broadcast, across processes: a second window or `smsgate broadcast --resume`
on the same broadcast is refused while the first runs.

Without it, the second run would take the first one's rows in flight for a crash's leftovers
(`sending` -> unknown) and the two would race for the same pending rows. The lock is an OS
file lock (flock on POSIX, msvcrt on Windows) on a small file next to the database: the
operating system drops it when the process ends, however it ends, so a killed run never
leaves a stale lock behind. Locks are per open file, so two runs inside one process exclude
each other too.

    with RunLock(db_path, broadcast_id):
        ...send...
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

PID_OFFSET = 16  # the pid is written past the locked byte (Windows locks forbid reading it)


class BroadcastBusyError(RuntimeError):
    """The broadcast is being sent by another window or process."""


class RunLock:
    def __init__(self, db_path: str | os.PathLike[str], broadcast_id: int) -> None:
        self.path = Path(f"{db_path}-broadcast-{broadcast_id}.lock")
        self.broadcast_id = broadcast_id
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise BroadcastBusyError (never waits)."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        file = os.fdopen(fd, "r+b")  # held until release()
        try:
            _lock(file)
        except OSError:
            holder = _read_pid(file)
            file.close()
            who = f" (process {holder})" if holder else ""
            raise BroadcastBusyError(
                f"Broadcast {self.broadcast_id} is being sent by another SMSGate window or "
                f"command{who}; it was not started again here."
            ) from None
        file.seek(PID_OFFSET)
        file.truncate()
        file.write(str(os.getpid()).encode())
        file.flush()
        self._file = file

    def release(self, finished: bool = False) -> None:
        """Let go; `finished` (nothing left to send) also removes the file. A run that opened
        the file just before its removal then locks a file nobody else uses, and finds
        nothing pending in the journal: harmless."""
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
    lock.release()
    return False


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
