"""StorageError: the local database or its folder failed (full, locked, read-only, damaged).

Every sqlite3.OperationalError / DatabaseError of a store connection, and every OSError met
while making the data folder, reaches callers as a StorageError carrying a stable `code`, the
database `path`, its `folder` and SQLite's (or the OS's) own words in `detail`: the CLI prints
its sentence, the window translates by `code`. It is also a sqlite3.OperationalError, so that
code written against sqlite3 (`except sqlite3.Error`) keeps catching it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Final

from ..protocol.errors import SmsGateError

# codes
FULL, LOCKED, READ_ONLY, CANNOT_OPEN, DAMAGED, FAILED, CONFLICT, UNREACHABLE = (
    "full",
    "locked",
    "read-only",
    "cannot-open",
    "damaged",
    "failed",
    "conflict",
    "unreachable",  # the office database (PostgreSQL) cannot be reached, or the line dropped
)
CODES: Final = (FULL, LOCKED, READ_ONLY, CANNOT_OPEN, DAMAGED, FAILED, CONFLICT, UNREACHABLE)
OFFICE_SCHEMES: Final = ("postgresql://", "postgres://")

# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_CODES: Final = {
    3: READ_ONLY,  # SQLITE_PERM
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    11: DAMAGED,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: DAMAGED,  # SQLITE_NOTADB
}
_OS_CODES: Final = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
}


class StorageError(SmsGateError, sqlite3.OperationalError):
    """The local database could not be read or written; `str()` says what and where."""

    def __init__(self, code: str, path: str | os.PathLike[str], detail: str = "") -> None:
        self.code = code
        self.path = str(path)
        self.office = self.path.startswith(OFFICE_SCHEMES)
        self.folder = str(Path(path).parent) if self.path and not self.office else ""
        self.detail = detail
        super().__init__(self._sentence())

    @classmethod
    def from_os_error(cls, exc: OSError, path: str | os.PathLike[str]) -> StorageError:
        """The StorageError for an OSError met on a file of the data folder (`path`)."""
        return from_os(exc, path)

    def _sentence(self) -> str:
        folder, path, detail = self.folder, self.path, self.detail
        if self.office:
            return self._office_sentence()
        if self.code == FULL:
            return (
                f"The disk holding the data folder {folder} is full: the local journal could "
                "not be written."
            )
        if self.code == LOCKED:
            return (
                f"The local database {path} is locked by another program: the local journal "
                "could not be written."
            )
        if self.code == READ_ONLY:
            return f"The data folder {folder} is read-only: the local journal could not be written."
        if self.code == CANNOT_OPEN:
            return f"The data folder {folder} cannot be used ({detail})."
        if self.code == DAMAGED:
            return f"The local database {path} is damaged ({detail})."
        return f"The local database {path} failed ({detail})."

    def _office_sentence(self) -> str:
        path, detail = self.path, self.detail
        if self.code == UNREACHABLE:
            return (
                f"The office database {path} cannot be reached ({detail}): nothing more is "
                "sent until it answers again."
            )
        if self.code == FULL:
            return f"The office database {path} is full: the journal could not be written."
        if self.code == LOCKED:
            return f"The office database {path} is busy (a lock wait timed out): try again."
        if self.code == READ_ONLY:
            return f"The office database {path} refuses writes ({detail})."
        return f"The office database {path} failed ({detail})."


class JournalConflictError(StorageError):
    """A result arrived for a journal row that already has one: two writers touched the
    broadcast, or a bug. Nothing is overwritten and sending stops."""

    def __init__(self, path: str, broadcast_id: int, seq: int, state: str, result: str) -> None:
        self.broadcast_id, self.seq, self.state, self.result = broadcast_id, seq, state, result
        super().__init__(CONFLICT, path, f"row {seq} of broadcast {broadcast_id}: {state}")

    def _sentence(self) -> str:
        if not self.state:
            return (
                f"Message {self.seq} of broadcast {self.broadcast_id} is not in the local "
                f"journal ({self.path}), so its result ({self.result}) was not recorded and "
                "sending stopped."
            )
        return (
            f"Message {self.seq} of broadcast {self.broadcast_id} is already {self.state} in the "
            f"local journal ({self.path}), so its new result ({self.result}) was not recorded "
            "and sending stopped: another program may have changed the journal."
        )


def from_sqlite(exc: sqlite3.Error, path: str | os.PathLike[str] | None) -> StorageError:
    """The StorageError for an error SQLite raised on the database at `path`."""
    if isinstance(exc, StorageError):
        return exc
    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    code = _SQLITE_CODES.get(primary)
    if code is None:  # older SQLite wrappers give no code: go by the message
        text = str(exc).lower()
        code = next(
            (c for words, c in _MESSAGE_CODES if any(w in text for w in words)),
            FAILED,
        )
    return StorageError(code, path or ":memory:", str(exc))


def from_os(exc: OSError, path: str | os.PathLike[str]) -> StorageError:
    """The StorageError for an OSError met while making or opening the data folder."""
    code = _OS_CODES.get(exc.errno or 0, CANNOT_OPEN)
    return StorageError(code, path, exc.strerror or str(exc))


_MESSAGE_CODES: Final = (
    (("disk is full", "database or disk is full"), FULL),
    (("locked", "busy"), LOCKED),
    (("readonly", "read-only"), READ_ONLY),
    (("unable to open",), CANNOT_OPEN),
    (("malformed", "not a database"), DAMAGED),
)


def is_storage_failure(exc: BaseException) -> bool:
    """An error of the storage itself (full, locked, damaged, ...), not of the SQL we wrote:
    OperationalError and bare DatabaseError; IntegrityError and ProgrammingError are bugs or
    deliberate checks and stay what they are."""
    return isinstance(exc, sqlite3.OperationalError) or type(exc) is sqlite3.DatabaseError
