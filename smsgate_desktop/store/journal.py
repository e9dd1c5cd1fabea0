"""The broadcast journal: one row per recipient, written before anything is sent.

Row states: `pending` -> `sending` (committed and synced before the bytes go out) -> `sent` |
`failed` | `unknown`. Each state change is one UPDATE, hence one small transaction in
autocommit mode. A row found in `sending` when a broadcast is opened again was interrupted
with its bytes possibly out: it becomes `unknown`, and only an explicit request puts it back
to `pending`.

The engine pays the disk sync once per batch (`mark_ahead`): K rows are committed `sending`
in one synced transaction, each stamped with the machine's boot id (`boot_id`) and not yet
`written`. Just before a row's bytes go, `Recorder.written` records it, and each result is
recorded as it comes: as a line appended to the run's records file (run_log.py; in memory,
without a file, as an unsynced commit: mark_written, mark_sent…), in the OS's cache at once,
folded into the table per batch (`Recorder.fold`) and on disk with the next synced batch.
`recover_interrupted` folds what a cut-off run left in its file (`replay`), then tells a
process kill from a power cut by the boot id:
- same boot (the process was killed, the OS kept every write): a row `sending` and never
  `written` certainly never left and goes back to `pending`; a written one is `unknown`;
- another boot, or no boot id (power cut, OS crash, another machine): the unsynced records
  may be lost, so every `sending` row is `unknown` — at most the batch, K rows.
`mark_sending` (one row at a time, no boot id) keeps the plain rule: every `sending` row it
made is unknown after a crash.
On an office database (PostgreSQL, several desktops) the records are commits of the table
itself, where the desktop that resumes a broadcast after this one died reads them; the "boot"
is the server's start (`boot_of`): a desktop killed mid-run leaves exactly its written and
unanswered rows unknown (at most the send window), a crash of the server every `sending` row.
Broadcast states: `ready` (created, nothing sent), `running`, `paused` (stopped between two
messages, resumable), `interrupted` (the gateway became unreachable; resumable), `cancelled`
(what was still pending was marked failed), `done` (no row pending).

The states and kinds are the StrEnums RowState, BroadcastState and Kind (states.py); the
database refuses any other value (CHECK constraints), and so do the functions here
(ValueError) before writing.

A row's error is stored twice: its English in `error` (for people, SQL and the CLI) and, when
it was given as a Phrase (protocol/phrases.py), its code and values in `error_phrase` (JSON),
from which `rows` and `changed_since` rebuild the Phrase, so the window translates it by code.
A row without one (written before schema 5, or a plain string) reads as its English.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, TypeVar

from ..protocol import SmsMessage
from ..protocol.phrases import Phrase, Template, from_record
from . import run_log
from .db import database_file, is_shared
from .errors import JournalConflictError, StorageError
from .states import BroadcastState, Kind, RowState

# The old names, aliases of the enums (states.py) for callers that still use them.
PENDING, SENDING, SENT, FAILED, UNKNOWN = (
    RowState.PENDING,
    RowState.SENDING,
    RowState.SENT,
    RowState.FAILED,
    RowState.UNKNOWN,
)
JOURNAL_STATES: Final = tuple(RowState)
BROADCAST_STATES: Final = tuple(BroadcastState)
BROADCAST, SINGLE = Kind.BROADCAST, Kind.SINGLE
KINDS: Final = tuple(Kind)
_BROADCAST_COLUMNS: Final = "id, created, sender, text, sms_type, options, state, kind, account"
_E = TypeVar("_E", bound=StrEnum)
# The state a row is shown in (counts, rows, changed_since): a row marked `sending` ahead
# (mark_ahead) and not written yet is still pending for whoever looks, since it has not gone
# and a kill puts it back to pending. The `state` column holds what a crash must assume. (A
# `sending` row without `boot` was marked by mark_sending, or before schema 6: written.)
SHOWN_STATE: Final = (
    f"CASE WHEN state = '{RowState.SENDING}' AND written IS NULL"
    f" AND boot IS NOT NULL THEN '{RowState.PENDING}' ELSE state END"
)
CHUNK: Final = 500  # pending rows read at a time
_EMPTY: Final = SmsMessage()
SQLITE_INT_MIN, SQLITE_INT_MAX = -(2**63), 2**63 - 1  # what an INTEGER column holds

# The states a result may replace. A result is what happened, so it replaces any state that
# does not know it: `sending`, and `unknown` or `pending` too (a row made unknown, or
# requeued, while its message was in flight: dropping its real result would hide a
# delivered message and invite a duplicate). An unknown result never makes a requeued row
# pending again. A row that already has a result (sent, failed) is never overwritten: that
# is two results for one message, see JournalConflictError.
_REPLACEABLE: Final = {
    RowState.SENT: (RowState.SENDING, RowState.UNKNOWN, RowState.PENDING),
    RowState.FAILED: (RowState.SENDING, RowState.UNKNOWN, RowState.PENDING),
    RowState.UNKNOWN: (RowState.SENDING, RowState.PENDING),
}

INTERRUPTED: Final = Template(
    "Broadcasts",
    "interrupted-while-sending",
    "Interrupted while sending: the gateway may have accepted it; not sent again.",
)
CANCELLED: Final = Template("Broadcasts", "cancelled-before-sending", "Cancelled before sending.")
MADE_FOR_ANOTHER_ACCOUNT: Final = Template(
    "Broadcasts",
    "made-for-another-account",
    "Broadcast {id} was made for the account {made_for}, not {account}: send it with that account.",
)


@dataclass(frozen=True, slots=True)
class BroadcastRow:
    id: int
    created: str
    sender: str
    text: str
    sms_type: str
    options: dict[str, Any]
    state: BroadcastState
    kind: Kind = Kind.BROADCAST
    account: str = ""  # the gateway account it was created for ("" before schema 3)

    @property
    def made_for(self) -> str:
        """The account it was created for ("" when nobody recorded it)."""
        return self.account or str(self.options.get("account", ""))

    def refuses(self, account: str) -> str:
        """Why `account` may not send it ("" when it may): the recipients, texts and credit
        were meant for the account it was created for."""
        if self.made_for and self.made_for != account:
            return MADE_FOR_ANOTHER_ACCOUNT(
                id=self.id, made_for=repr(self.made_for), account=repr(account)
            )
        return ""


@dataclass(frozen=True, slots=True)
class JournalRow:
    broadcast_id: int
    seq: int
    recipient: str
    message: SmsMessage
    state: RowState
    credit: int | None
    code: int | None
    error: str | None  # a Phrase when it was stored with one
    updated: float | None


# ---- broadcasts -----------------------------------------------------------------------------


def insert_broadcast(
    conn: sqlite3.Connection,
    messages: Sequence[SmsMessage],
    options: dict[str, Any] | None = None,
    kind: Kind | str = Kind.BROADCAST,
    account: str = "",
) -> int:
    """Write the broadcast and one pending row per message (recipients must be distinct), in
    one transaction; return the broadcast's id. ValueError for a kind not in Kind."""
    kind = _member(Kind, kind, "kind")
    first = messages[0] if messages else SmsMessage()
    created = datetime.now().astimezone().isoformat(timespec="seconds")
    with _transaction(conn):
        cursor = conn.execute(
            "INSERT INTO broadcasts (created, sender, text, sms_type, options, state, kind,"
            " account) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                created,
                first.Sender,
                first.TextMessage,
                first.SmsType,
                json.dumps(options or {}, ensure_ascii=False),
                BroadcastState.READY,
                kind,
                account,
            ),
        )
        broadcast_id = cursor.fetchone()[0]
        conn.executemany(
            "INSERT INTO journal (broadcast_id, seq, recipient, fields) VALUES (?, ?, ?, ?)",
            (
                (broadcast_id, seq, m.recipient, json.dumps(m.as_dict(), ensure_ascii=False))
                for seq, m in enumerate(messages, start=1)
            ),
        )
    return broadcast_id


def get_broadcast(conn: sqlite3.Connection, broadcast_id: int) -> BroadcastRow | None:
    row = conn.execute(
        f"SELECT {_BROADCAST_COLUMNS} FROM broadcasts WHERE id = ?", (broadcast_id,)
    ).fetchone()
    return _broadcast(row) if row else None


def list_broadcasts(
    conn: sqlite3.Connection,
    search: str = "",
    kind: Kind | str | None = None,
    limit: int | None = None,
) -> list[BroadcastRow]:
    """Broadcasts and single sends, newest first, at most `limit` (None: all): those of
    `kind` when given, and when `search` is given those whose id is it, or whose text, sender
    or account contains it, or that went to a recipient containing it (case-insensitive;
    spaces in a number ignored). The recipient search scans the journal's recipients: over
    millions of rows, run it off a window's GUI thread."""
    where, params = [], []
    if kind is not None:
        where.append("kind = ?")
        params.append(kind)
    search = search.strip()
    if search:
        pattern = f"%{_like_escape(search)}%"
        digits = "".join(search.split())
        where.append(
            "(CAST(id AS TEXT) = ? OR text LIKE ? ESCAPE '\\' OR sender LIKE ? ESCAPE '\\'"
            " OR account LIKE ? ESCAPE '\\' OR id IN (SELECT broadcast_id FROM journal"
            " WHERE recipient LIKE ? ESCAPE '\\'))"
        )
        params += [search, pattern, pattern, pattern, f"%{_like_escape(digits)}%"]
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    bound = "" if limit is None else f" LIMIT {int(limit)}"
    rows = conn.execute(
        f"SELECT {_BROADCAST_COLUMNS} FROM broadcasts{clause} ORDER BY id DESC{bound}", params
    )
    return [_broadcast(row) for row in rows]


def set_broadcast_state(
    conn: sqlite3.Connection, broadcast_id: int, state: BroadcastState | str
) -> None:
    """ValueError, changing nothing, for a state not in BroadcastState."""
    state = _member(BroadcastState, state, "broadcast state")
    conn.execute("UPDATE broadcasts SET state = ? WHERE id = ?", (state, broadcast_id))


def counts(conn: sqlite3.Connection, broadcast_id: int) -> dict[RowState, int]:
    """Rows per state, every state present (0 when none); a row marked `sending` ahead and
    not written yet counts as pending (SHOWN_STATE)."""
    return counts_of(conn, [broadcast_id])[broadcast_id]


def counts_of(
    conn: sqlite3.Connection, broadcast_ids: Sequence[int]
) -> dict[int, dict[RowState, int]]:
    """`counts` of each of these broadcasts, in one query grouped by broadcast and state."""
    found = {broadcast_id: dict.fromkeys(RowState, 0) for broadcast_id in broadcast_ids}
    if not found:
        return found
    marks = ", ".join("?" * len(found))
    for broadcast_id, state, count in conn.execute(
        f"SELECT broadcast_id, {SHOWN_STATE}, COUNT(*) FROM journal"
        f" WHERE broadcast_id IN ({marks}) GROUP BY broadcast_id, {SHOWN_STATE}",
        list(found),
    ):
        found[broadcast_id][RowState(state)] = count
    return found


# ---- rows -----------------------------------------------------------------------------------


def iter_pending(conn: sqlite3.Connection, broadcast_id: int) -> Iterator[tuple[int, SmsMessage]]:
    """(seq, message) of each pending row in order, read in chunks so that no read stays open
    while the caller writes; a row that stops being pending before it is reached is skipped."""
    last = 0
    while True:
        chunk = conn.execute(
            "SELECT seq, fields FROM journal WHERE broadcast_id = ? AND seq > ?"
            " AND state = ? ORDER BY seq LIMIT ?",
            (broadcast_id, last, RowState.PENDING, CHUNK),
        ).fetchall()
        if not chunk:
            return
        for seq, fields in chunk:
            yield seq, _EMPTY.with_values(**json.loads(fields))  # SmsMessage(**…) is slower
        last = chunk[-1][0]


def rows(
    conn: sqlite3.Connection, broadcast_id: int, states: Iterable[RowState | str] | None = None
) -> list[JournalRow]:
    """The broadcast's rows in order, only those in `states` when given (each row in the
    state it is shown in: SHOWN_STATE)."""
    query = (
        f"SELECT broadcast_id, seq, recipient, fields, {SHOWN_STATE}, credit, code, error,"
        " error_phrase, updated FROM journal WHERE broadcast_id = ?"
    )
    params: list[Any] = [broadcast_id]
    if states is not None:
        wanted = list(states)
        query += f" AND {SHOWN_STATE} IN ({', '.join('?' * len(wanted))})"
        params += wanted
    return [
        JournalRow(
            b,
            seq,
            r,
            SmsMessage(**json.loads(f)),
            RowState(st),
            credit,
            code,
            _error(error, phrase),
            updated,
        )
        for b, seq, r, f, st, credit, code, error, phrase, updated in conn.execute(
            query + " ORDER BY seq", params
        )
    ]


def changed_since(
    conn: sqlite3.Connection, broadcast_id: int, since: float
) -> list[tuple[int, str, int | None, int | None, str | None, float]]:
    """(seq, state, credit, code, error, updated) of the rows changed after `since` (a
    time.time()), oldest change first: what a live report needs, without re-reading the
    messages. The error is a Phrase when it was stored with one; the state is SHOWN_STATE."""
    return [
        (seq, state, credit, code, _error(error, phrase), updated)
        for seq, state, credit, code, error, phrase, updated in conn.execute(
            f"SELECT seq, {SHOWN_STATE}, credit, code, error, error_phrase, updated FROM journal"
            " WHERE broadcast_id = ? AND updated > ? ORDER BY updated",
            (broadcast_id, since),
        ).fetchall()
    ]


def mark_sending(conn: sqlite3.Connection, broadcast_id: int, seqs: Sequence[int]) -> None:
    """pending -> sending for these rows, in one transaction: committed (and synced) when
    this returns. They count as written: a crash makes them unknown (see mark_ahead)."""
    with synced(conn):
        _transition(
            conn, broadcast_id, seqs, RowState.PENDING, RowState.SENDING, "written = ?, boot = NULL"
        )


def mark_ahead(
    conn: sqlite3.Connection, broadcast_id: int, seqs: Sequence[int], boot: str | None = None
) -> None:
    """pending -> sending for these rows, not written yet, in one transaction committed and
    synced to disk whatever the connection's `synchronous` (one sync for the batch). Stamped
    with `boot` (default: this machine's boot id): after a kill on the same boot, the rows
    never `mark_written` go back to pending (see recover_interrupted)."""
    boot = boot_of(conn) if boot is None else boot
    with synced(conn):
        _transition(
            conn,
            broadcast_id,
            seqs,
            RowState.PENDING,
            RowState.SENDING,
            "written = NULL, boot = ?",
            (boot,),  # "" when unknown: no boot matches it, but the row was marked ahead
        )


def mark_written(conn: sqlite3.Connection, broadcast_id: int, seq: int) -> None:
    """The row's bytes are about to go: from now on a crash makes it unknown. Commit it
    *before* the write; it needs no sync (see the module docstring): run it under
    `unsynced(conn)`. RuntimeError when the row is not `sending`."""
    _written_or_raise(conn.execute(*_written_update(broadcast_id, seq)).rowcount, broadcast_id, seq)


def _written_update(broadcast_id: int, seq: int) -> tuple[str, tuple[Any, ...]]:
    now = time.time()
    return (
        "UPDATE journal SET written = ?, updated = ? WHERE broadcast_id = ? AND seq = ?"
        " AND state = ?",
        (now, now, broadcast_id, seq, RowState.SENDING),
    )


def _written_or_raise(changed: int, broadcast_id: int, seq: int) -> None:
    if changed != 1:
        raise RuntimeError(f"journal row {broadcast_id}/{seq} is not sending: cannot write it")


@contextlib.contextmanager
def unsynced(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Commits inside do not wait for the disk (synchronous=NORMAL): they survive a kill of
    this process at once, and a power cut once a later synced commit (mark_ahead) is made."""
    conn.execute("PRAGMA synchronous=NORMAL")
    try:
        yield conn
    finally:
        conn.execute("PRAGMA synchronous=FULL")


@contextlib.contextmanager
def synced(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Commits inside wait for the disk (synchronous=FULL), whatever the connection had; in
    WAL mode that sync carries every earlier unsynced commit of the database too."""
    before = conn.execute("PRAGMA synchronous").fetchone()[0]
    if before == 2:
        yield conn
        return
    conn.execute("PRAGMA synchronous=FULL")
    try:
        yield conn
    finally:
        conn.execute(f"PRAGMA synchronous={int(before)}")


_BOOT_ID_FILE: Final = Path("/proc/sys/kernel/random/boot_id")


def boot_of(conn: sqlite3.Connection) -> str:
    """The "boot" whose end may lose an unsynced commit of `conn`: this machine's boot for a
    database file; for an office database, the server's (its start time: a commit made
    with synchronous_commit off survives this program's end, maybe not a server crash)."""
    if not is_shared(conn):
        return boot_id()
    row = conn.execute("SELECT CAST(pg_postmaster_start_time() AS TEXT)").fetchone()
    return f"pg:{row[0]}"


def boot_id() -> str:
    """This boot of this machine (Linux), "" where it cannot be told: then every row left
    `sending` is unknown after a crash, as after a power cut."""
    try:
        return _BOOT_ID_FILE.read_text().strip()
    except OSError:
        return ""


# A result: its state, its SET clause and the clause's values; the values are also what the
# run's records file keeps of it (run_log), so the two can never disagree.
Result = tuple[RowState, str, tuple[Any, ...]]


def sent_result(credit: int | None) -> Result:
    return RowState.SENT, "credit = ?", (_storable(credit),)


def failed_result(code: int | None, error: str) -> Result:
    values = (code, str(error), _phrase_record(error))
    return RowState.FAILED, "code = ?, error = ?, error_phrase = ?", values


def unknown_result(error: str) -> Result:
    return RowState.UNKNOWN, "error = ?, error_phrase = ?", (str(error), _phrase_record(error))


def mark_sent(conn: sqlite3.Connection, broadcast_id: int, seq: int, credit: int | None) -> None:
    """The gateway accepted the row's message, leaving `credit` (None: unknown; a credit
    SQLite cannot hold, outside 64 bits, is stored as unknown too)."""
    _record_result(conn, broadcast_id, seq, *sent_result(credit))


def mark_failed(
    conn: sqlite3.Connection, broadcast_id: int, seq: int, code: int | None, error: str
) -> None:
    """The gateway (or the check before sending) refused the row's message; `error` is kept
    as a phrase too when it is one."""
    _record_result(conn, broadcast_id, seq, *failed_result(code, error))


def mark_unknown(conn: sqlite3.Connection, broadcast_id: int, seq: int, error: str) -> None:
    """The row's message may have been accepted: no answer came for it; `error` is kept as
    a phrase too when it is one."""
    _record_result(conn, broadcast_id, seq, *unknown_result(error))


class Recorder:
    """Records a run's rows as they go: `written` before a row's bytes may leave, then its
    result. With a database file the records go to the run's append-only file (run_log.py:
    a few microseconds each, safe from a kill once made) and reach the table with `fold`,
    in one transaction per batch: the engine folds before each `mark_ahead` (whose disk
    sync then carries them), at least every FOLD_EVERY seconds (so that a report read
    meanwhile is current), and before any other write. In memory (no file), each record is
    its own unsynced commit (mark_written, mark_sent…). On an office database (no file: the
    records must be where another desktop resuming the broadcast reads them) they are
    unsynced commits too, a result held until the next `written` and sent with it in one
    round trip (see `results`); on PostgreSQL such a commit survives this program's end,
    and the boot rule (boot_of: the server's start) covers a crash of the server."""

    def __init__(self, conn: sqlite3.Connection, broadcast_id: int) -> None:
        self.conn, self.broadcast_id = conn, broadcast_id
        # On an office database a result waits for the next `written` (or fold), and both
        # go in one round trip to the server (PgConnection.pipelined): one per message,
        # not two. A kill loses at most the one result not yet sent with it, whose row
        # stays written, hence unknown, as a row in flight would be: still at most W.
        self.results: list[tuple[int, Result]] | None = [] if is_shared(conn) else None
        path = database_file(conn)
        self.log = run_log.RunLog(run_log.log_path(path, broadcast_id)) if path else None
        self.folded_at = time.monotonic()

    def written(self, seq: int) -> None:
        if self.results is not None:
            self._send_results(written=seq)
        elif self.log is None:
            mark_written(self.conn, self.broadcast_id, seq)
        else:
            self.log.append((run_log.WRITTEN, seq, None))

    def sent(self, seq: int, credit: int | None) -> None:
        if self.results is not None:
            self._hold(seq, sent_result(credit))
        elif self.log is None:
            mark_sent(self.conn, self.broadcast_id, seq, credit)
        else:
            self.log.append((run_log.SENT, seq, _storable(credit)))
            self._fold_when_due()

    def failed(self, seq: int, code: int | None, error: str) -> None:
        if self.results is not None:
            self._hold(seq, failed_result(code, error))
        elif self.log is None:
            mark_failed(self.conn, self.broadcast_id, seq, code, error)
        else:
            self.log.append((run_log.FAILED, seq, failed_result(code, error)[2]))
            self._fold_when_due()

    def unknown(self, seq: int, error: str) -> None:
        if self.results is not None:
            self._hold(seq, unknown_result(error))
        elif self.log is None:
            mark_unknown(self.conn, self.broadcast_id, seq, error)
        else:
            self.log.append((run_log.UNKNOWN, seq, unknown_result(error)[2]))
            self._fold_when_due()

    def _hold(self, seq: int, result: Result) -> None:
        assert self.results is not None
        self.results.append((seq, result))
        self._fold_when_due()

    def _send_results(self, written: int | None = None) -> None:
        """The held results, then `written`'s mark, in one round trip; then the checks each
        would have made alone (a conflict, a row not sending)."""
        assert self.results is not None
        held, self.results = self.results, []
        statements = [_result_update(self.broadcast_id, seq, result) for seq, result in held]
        if written is not None:
            statements.append(_written_update(self.broadcast_id, written))
        if not statements:
            return
        changed = self.conn.pipelined(statements)  # type: ignore[attr-defined]
        for (seq, (state, _, _)), count in zip(held, changed, strict=False):
            if not count:
                _result_refused(self.conn, self.broadcast_id, seq, state)
        if written is not None:
            _written_or_raise(changed[-1], self.broadcast_id, written)

    def fold(self) -> None:
        """Commit the records made since the last fold (one transaction), and forget them.
        JournalConflictError as for mark_sent when a result meets a row that has one
        already; RuntimeError when a row recorded written is not `sending`."""
        self.folded_at = time.monotonic()
        if self.results:
            self._send_results()
        if self.log is not None and self.log.records:
            records = list(self.log.records)
            _apply_records(self.conn, self.broadcast_id, records, strict=True)
            self.log.folded(len(records))

    def close(self) -> None:
        """Close the run's file: removed when everything is folded, else kept for `replay`.
        On an office database, send the results held; when the line is gone they stay
        unsent (their rows written, hence unknown at the next claim) and the failure that
        ended the run, not this one, is what the caller hears."""
        if self.results:
            with contextlib.suppress(StorageError):
                self._send_results()
        if self.log is not None:
            self.log.close()

    def _fold_when_due(self) -> None:
        if time.monotonic() - self.folded_at >= FOLD_EVERY:
            self.fold()


FOLD_EVERY: Final = 0.5  # seconds: the most a report read during a run lags behind it


def replay(conn: sqlite3.Connection, broadcast_id: int) -> int:
    """Fold what a run cut off (killed, or stopped by a failing journal) left in its
    records file, then remove the file; how many records it held. Records folded already
    (a kill between a fold and the file's emptying) change nothing."""
    path = database_file(conn)
    if path is None:
        return 0
    log = run_log.log_path(path, broadcast_id)
    records = run_log.read(log)
    if records:
        _apply_records(conn, broadcast_id, records, strict=False)
    try:
        log.unlink(missing_ok=True)
    except OSError as exc:
        raise StorageError.from_os_error(exc, log) from None
    return len(records)


def _storable(credit: int | None) -> int | None:
    """A credit SQLite can hold (64 bits), else None: unknown."""
    return credit if credit is None or SQLITE_INT_MIN <= credit <= SQLITE_INT_MAX else None


_RESULT_ASSIGNMENTS: Final = {
    RowState.SENT: "credit = ?",
    RowState.FAILED: "code = ?, error = ?, error_phrase = ?",
    RowState.UNKNOWN: "error = ?, error_phrase = ?",
}
_RECORD_STATES: Final = {
    run_log.SENT: RowState.SENT,
    run_log.FAILED: RowState.FAILED,
    run_log.UNKNOWN: RowState.UNKNOWN,
}


def _apply_records(
    conn: sqlite3.Connection, broadcast_id: int, records: list[run_log.Record], strict: bool
) -> None:
    """The records in one transaction: `written` on rows still `sending`, each result as
    _record_result does (see _REPLACEABLE). `strict` (a running run's own records): a
    record that changes no row raises, as mark_written and _record_result do; otherwise
    (a replay) such a record was folded before and is skipped."""
    now = time.time()
    written: list[tuple[Any, ...]] = []
    results: dict[RowState, list[tuple[Any, ...]]] = {state: [] for state in _RESULT_ASSIGNMENTS}
    settled = {seq for kind, seq, _ in records if kind != run_log.WRITTEN}
    for kind, seq, payload in records:
        if kind == run_log.WRITTEN:
            if seq not in settled:  # a result folded with it says more
                written.append((now, now, broadcast_id, seq, RowState.SENDING))
        else:
            values = payload if isinstance(payload, tuple) else (_storable(payload),)
            results[_RECORD_STATES[kind]].append((*values, now, broadcast_id, seq))
    with _transaction(conn):
        if strict:
            _check_results(conn, broadcast_id, results)
        changed = conn.executemany(
            "UPDATE journal SET written = ?, updated = ? WHERE broadcast_id = ? AND seq = ?"
            " AND state = ?",
            written,
        ).rowcount
        if strict and changed != len(written):
            raise RuntimeError(f"journal rows of broadcast {broadcast_id} are not sending")
        for state, rows in results.items():
            if rows:
                replaceable = ", ".join(f"'{old}'" for old in _REPLACEABLE[state])
                conn.executemany(
                    f"UPDATE journal SET state = '{state}', {_RESULT_ASSIGNMENTS[state]},"
                    " updated = ? WHERE broadcast_id = ? AND seq = ?"
                    f" AND state IN ({replaceable})",
                    rows,
                )


def _check_results(
    conn: sqlite3.Connection, broadcast_id: int, results: dict[RowState, list[tuple[Any, ...]]]
) -> None:
    """JournalConflictError, as _record_result raises it, for the first result whose row has
    one already or does not exist (_check_takes)."""
    seqs = [row[-1] for rows in results.values() for row in rows]
    if not seqs:
        return
    found = dict(
        conn.execute(
            f"SELECT seq, state FROM journal WHERE broadcast_id = ?"
            f" AND seq IN ({', '.join('?' * len(seqs))})",
            (broadcast_id, *seqs),
        ).fetchall()
    )
    for state, rows in results.items():
        for row in rows:
            _check_takes(conn, broadcast_id, row[-1], found.get(row[-1]), state)


def _check_takes(
    conn: sqlite3.Connection, broadcast_id: int, seq: int, before: str | None, state: RowState
) -> None:
    """JournalConflictError unless a row in `before` (None: no such row) may take the result
    `state` (see _REPLACEABLE); a row already unknown taking unknown again is no conflict:
    nothing more is known."""
    if before not in _REPLACEABLE[state] and not before == state == RowState.UNKNOWN:
        raise JournalConflictError(
            getattr(conn, "store_path", ""), broadcast_id, seq, before or "", state
        )


def mark_not_sent(conn: sqlite3.Connection, broadcast_id: int, seqs: Sequence[int]) -> None:
    """sending -> pending, for messages whose bytes certainly never left (marked ahead and
    never handed over, or the session says so when it cannot reach the gateway)."""
    _transition(
        conn,
        broadcast_id,
        seqs,
        RowState.SENDING,
        RowState.PENDING,
        "written = NULL, boot = NULL",
        (),
    )


def recover_interrupted(
    conn: sqlite3.Connection, broadcast_id: int, boot: str | None = None
) -> int:
    """Settle every row a crash left `sending` (after folding the records its run left in
    its file: `replay`); return how many became unknown.

    On the boot that marked them (`boot`, default this machine's boot id: the process was
    killed, the OS kept every commit), a row marked ahead and never written goes back to
    pending. Every other `sending` row becomes unknown: it may have left (see the module
    docstring)."""
    replay(conn, broadcast_id)  # what the run left in its records file, first
    boot = boot_of(conn) if boot is None else boot
    error = INTERRUPTED()
    now = time.time()
    with _transaction(conn):
        if boot:
            conn.execute(
                "UPDATE journal SET state = ?, updated = ?, boot = NULL"
                " WHERE broadcast_id = ? AND state = ? AND written IS NULL AND boot = ?",
                (RowState.PENDING, now, broadcast_id, RowState.SENDING, boot),
            )
        return conn.execute(
            "UPDATE journal SET state = ?, updated = ?, error = ?, error_phrase = ?, boot = NULL"
            " WHERE broadcast_id = ? AND state = ?",
            (
                RowState.UNKNOWN,
                now,
                error,
                _phrase_record(error),
                broadcast_id,
                RowState.SENDING,
            ),
        ).rowcount


def requeue_unknown(conn: sqlite3.Connection, broadcast_id: int, seqs: Iterable[int]) -> int:
    """unknown -> pending for the given rows (an explicit request); return how many."""
    now = time.time()
    with _transaction(conn):
        return sum(
            conn.execute(
                "UPDATE journal SET state = ?, error = NULL, error_phrase = NULL, updated = ?"
                " WHERE broadcast_id = ? AND seq = ? AND state = ?",
                (RowState.PENDING, now, broadcast_id, seq, RowState.UNKNOWN),
            ).rowcount
            for seq in seqs
        )


def cancel_pending(conn: sqlite3.Connection, broadcast_id: int) -> int:
    """pending -> failed ("cancelled") for every row not sent yet; return how many."""
    error = CANCELLED()
    with _transaction(conn):
        changed = conn.execute(
            "UPDATE journal SET state = ?, error = ?, error_phrase = ?, updated = ?"
            " WHERE broadcast_id = ? AND state = ?",
            (
                RowState.FAILED,
                error,
                _phrase_record(error),
                time.time(),
                broadcast_id,
                RowState.PENDING,
            ),
        ).rowcount
        set_broadcast_state(conn, broadcast_id, BroadcastState.CANCELLED)
    return changed


# ---- helpers --------------------------------------------------------------------------------


def _phrase_record(error: str | None) -> str | None:
    """The JSON of `error`'s phrase record (code and values), None when it is no Phrase (or
    holds a value JSON cannot carry)."""
    if not isinstance(error, Phrase):
        return None
    try:
        return json.dumps(error.to_record(), ensure_ascii=False)
    except (TypeError, ValueError):
        return None


def _error(text: str | None, record: str | None) -> str | None:
    """A stored error: the Phrase its record describes, else its English (a row written
    before schema 5, or a record naming a code this version does not know)."""
    if text is None or not record:
        return text
    try:
        phrase = from_record(json.loads(record))
    except ValueError:  # json.JSONDecodeError: a damaged record
        return text
    return text if phrase is None else phrase


def _record_result(
    conn: sqlite3.Connection,
    broadcast_id: int,
    seq: int,
    state: RowState,
    assignments: str,
    values: tuple[Any, ...],
) -> None:
    """Commit a result (see _REPLACEABLE), synced or not as the connection says: the engine
    records results under `unsynced(conn)`. Only `sending` must be on disk before the bytes
    go out. An unsynced result is in the WAL (safe from a kill of this process) at once, and
    on disk with the next synced commit (the next batch's `mark_ahead`). A power cut in
    between can only turn the result back into `sending`, hence `unknown`: never a repeat.

    A result for a row that already has one, or for no row at all, raises
    JournalConflictError rather than being dropped: under the run lock only this run
    writes the rows, so it means another writer or a bug, and the caller must stop sending
    (its rows in flight stay `sending`, hence unknown: asked about, never repeated)."""
    changed = conn.execute(*_result_update(broadcast_id, seq, (state, assignments, values)))
    if not changed.rowcount:
        _result_refused(conn, broadcast_id, seq, state)


def _result_update(broadcast_id: int, seq: int, result: Result) -> tuple[str, tuple[Any, ...]]:
    """The UPDATE that records `result` on a row that may take it (see _REPLACEABLE)."""
    state, assignments, values = result
    replaceable = _REPLACEABLE[state]
    return (
        f"UPDATE journal SET state = ?, {assignments}, updated = ?"
        " WHERE broadcast_id = ? AND seq = ?"
        f" AND state IN ({', '.join('?' * len(replaceable))})",
        (state, *values, time.time(), broadcast_id, seq, *replaceable),
    )


def _result_refused(conn: sqlite3.Connection, broadcast_id: int, seq: int, state: RowState) -> None:
    """A result's UPDATE changed no row: JournalConflictError unless the row may keep it."""
    found = conn.execute(
        "SELECT state FROM journal WHERE broadcast_id = ? AND seq = ?", (broadcast_id, seq)
    ).fetchone()
    _check_takes(conn, broadcast_id, seq, found[0] if found else None, state)


def _transition(
    conn: sqlite3.Connection,
    broadcast_id: int,
    seqs: Sequence[int],
    old: RowState,
    new: RowState,
    assignments: str = "",
    values: tuple[Any, ...] | None = None,
) -> None:
    """All of `seqs` from `old` to `new` (with `assignments` = `values` besides; a single
    `?` of `assignments` is the time when `values` is None), or none of them
    (RuntimeError)."""
    if not seqs:
        return
    now = time.time()
    extra = f", {assignments}" if assignments else ""
    if values is None:
        values = (now,) if assignments else ()
    update = f"UPDATE journal SET state = ?, updated = ?{extra} WHERE broadcast_id = ?"
    first, last = seqs[0], seqs[-1]
    with _transaction(conn):
        if last - first == len(seqs) - 1 and list(seqs) == list(range(first, last + 1)):
            # Consecutive rows (a fresh broadcast's batches): one statement, not one per row.
            changed = conn.execute(
                f"{update} AND seq BETWEEN ? AND ? AND state = ?",
                (new, now, *values, broadcast_id, first, last, old),
            ).rowcount
        else:
            changed = conn.executemany(
                f"{update} AND seq = ? AND state = ?",
                [(new, now, *values, broadcast_id, seq, old) for seq in seqs],
            ).rowcount
        if changed != len(seqs):  # rolled back: name a row that did not change
            query = "SELECT state FROM journal WHERE broadcast_id = ? AND seq = ?"
            for seq in seqs:
                found = conn.execute(query, (broadcast_id, seq)).fetchone()
                if found is None or found[0] != new:
                    break
            raise RuntimeError(
                f"journal row {broadcast_id}/{seq} is not {old}: cannot make it {new}"
            )


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on an autocommit connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        try:
            if exc_type is None:
                self.conn.execute("COMMIT")
        finally:
            # After an error, or a COMMIT that failed (disk full), nothing may stay open; SQLite
            # may have rolled back already, on a full disk for one.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")


def _broadcast(row: tuple[Any, ...]) -> BroadcastRow:
    id_, created, sender, text, sms_type, options, state, kind, account = row
    return BroadcastRow(
        id_,
        created,
        sender,
        text,
        sms_type,
        json.loads(options),
        BroadcastState(state),
        Kind(kind),
        account,
    )


def _member(enum: type[_E], value: _E | str, what: str) -> _E:
    """`value` as a member of `enum`; ValueError naming `what` when it is none of them."""
    try:
        return enum(value)
    except ValueError:
        raise ValueError(f"unknown {what} {value!r}") from None


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
