"""A running broadcast's per-message records, appended to a file beside the database before
they are folded into the journal table in batches (journal.fold).

Why a file: each message needs two facts recorded before anything else happens — "its bytes
are about to go" (`written`) and its result — and they must survive a kill of the process,
not a power cut (the batch's synced `sending` commit covers that: journal.mark_ahead). A
SQLite commit costs tens of microseconds even without a disk sync; a `write()` to a file
opened O_APPEND costs a few and is in the OS's cache, safe from a kill, when it returns.

Format: one line per record, `<kind> <seq>[ <payload>] <crc32 of what precedes, hex>`:
`W seq` written; `S seq credit|-` sent; `F seq [code, error, phrase]` failed and
`U seq [error, phrase]` unknown (JSON). A line whose checksum does not match (a torn write
after a power cut, or a damaged file) ends the reading: nothing after it is trusted, and the
rows it would have settled stay `sending`, hence unknown — never repeated.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from .errors import StorageError

WRITTEN, SENT, FAILED, UNKNOWN = "W", "S", "F", "U"
# (kind, seq, payload): payload is None for W, the credit (or None) for S, and
# (code, error, phrase) for F, (error, phrase) for U (error: text; phrase: its JSON record).
Record = tuple[str, int, object]
_KINDS: Final = frozenset((WRITTEN, SENT, FAILED, UNKNOWN))


def log_path(db_path: str | os.PathLike[str], broadcast_id: int) -> Path:
    """Where the records of a run of `broadcast_id` go (beside its run lock)."""
    return Path(f"{db_path}-broadcast-{broadcast_id}.records")


def encode(record: Record) -> bytes:
    kind, seq, payload = record
    if kind == WRITTEN:
        body = f"W {seq}"
    elif kind == SENT:
        body = f"S {seq} {'-' if payload is None else payload}"
    else:
        body = f"{kind} {seq} {json.dumps(payload, ensure_ascii=False)}"
    data = body.encode()
    return data + b" %08x\n" % zlib.crc32(data)


def decode(lines: bytes) -> Iterator[Record]:
    """The records of a file's bytes, in order, up to the first line that is torn or damaged."""
    for line in lines.split(b"\n")[:-1]:  # the part after the last newline is torn
        data, _, crc = line.rpartition(b" ")
        try:
            if int(crc, 16) != zlib.crc32(data):
                return
            kind, seq_text, *rest = data.decode().split(" ", 2)
            seq = int(seq_text)
            if kind not in _KINDS or (kind == WRITTEN) == bool(rest):
                return
            if kind == WRITTEN:
                yield kind, seq, None
            elif kind == SENT:
                yield kind, seq, None if rest[0] == "-" else int(rest[0])
            else:
                yield kind, seq, tuple(json.loads(rest[0]))
        except (ValueError, UnicodeDecodeError):  # json's errors are ValueErrors too
            return


def read(path: Path) -> list[Record]:
    """The records a run left at `path` ([] when there is no such file)."""
    try:
        return list(decode(path.read_bytes()))
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StorageError.from_os_error(exc, path) from None


class RunLog:
    """The append-only file of one run, and the records not folded into the journal yet.

    `append` returns once the record is in the OS's cache (survives a kill of this process);
    `records` are those not folded yet (journal.fold), `folded` forgets them and empties the
    file. A failing write is a StorageError: the run must stop."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.records: list[Record] = []
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            raise StorageError.from_os_error(exc, path) from None

    def append(self, record: Record) -> None:
        data = encode(record)
        try:
            if os.write(self._fd, data) != len(data):  # a short write: the disk is full
                raise OSError(28, os.strerror(28))
        except OSError as exc:
            raise StorageError.from_os_error(exc, self.path) from None
        self.records.append(record)

    def folded(self, count: int) -> None:
        """The first `count` records are in the journal (committed): forget them, and empty
        the file when none is left."""
        del self.records[:count]
        if not self.records:
            try:
                os.ftruncate(self._fd, 0)
            except OSError as exc:
                raise StorageError.from_os_error(exc, self.path) from None

    def close(self) -> None:
        """Close the file, and remove it when every record is folded (else the next claim
        of the broadcast folds what it holds: journal.replay)."""
        os.close(self._fd)
        if not self.records:
            self.path.unlink(missing_ok=True)
