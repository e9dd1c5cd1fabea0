"""Copying this desktop's own store (its SQLite file) into the office database (PostgreSQL):
contacts (extra fields, group memberships), groups, opt-outs and history (broadcasts and
every journal row, all columns), without duplicating anything the office already holds.
The window and `smsgate store copy` both call `copy_store`.

The rules, and why:
- Contacts merge by number (E.164). A number the office has keeps the office's name and
  extra values, because colleagues may have edited them there and this desktop's copy may
  be stale; what the office lacks is filled in (an empty name, an extra key it does not
  have, with a non-empty value) and the contact joins this desktop's groups. Nothing the
  office holds is overwritten or removed.
- Groups match by name, case-insensitively, as an import matches them
  (store.contacts._group_ids): "Clients" here joins the office's "clients".
- Opt-outs match by number; the office's date is kept, a new one keeps this desktop's.
- A broadcast (or single send) is the same broadcast when its created time, kind, account,
  sender, text and type are equal AND its rows have the same recipients in the same order:
  nothing else in two stores can look like that, and it needs nothing written into this
  desktop's file (which is only read). A broadcast found already there is left as the office
  has it, even if this desktop's copy went on since. The office numbers the copy anew (its
  ids are shared by every desktop); the rows keep their seq and every column.
- A broadcast cut off while sending (state `running`, or rows still `sending`) is refused,
  and nothing at all is copied: whether those messages left is known only from this
  desktop's own records (the run's records file, this machine's boot id), and a copy on
  the office database could be resumed elsewhere and send them twice. Open it on this
  desktop first (the window's History, or `smsgate broadcast --resume ID`), then copy.
- A broadcast copied with messages still pending can be sent from the office; it must then
  not be resumed from this desktop's file as well: the report lists them (`unfinished`).

The source is read in one read transaction (one consistent snapshot, while the window may
keep writing to it). The office is written in one transaction per batch (BATCH contacts or
opt-outs, all of a broadcast's rows): an interruption (the line drops) leaves whole batches,
and running the copy again adds only what is missing. Rows are read page by page (keyset
pagination, CHUNK rows at a time; the office's driver would fetch a whole result at once),
so a 100,000-contact store is copied in bounded memory.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ..protocol import SmsGateError
from ..protocol.phrases import Phrase, Template
from ..store import BroadcastState, RowState, contacts, open_store
from ..store.postgres import display_url, is_office

BATCH: Final = 500  # contacts or opt-outs per office transaction
CHUNK: Final = 1000  # journal rows read (and written) at a time
UNFINISHED_SHOWN: Final = 10  # office ids the unfinished warning names at most

NO_SOURCE: Final = Template(
    "StoreCopy", "no-source", "There is no SMSGate store at {path}: nothing was copied."
)
NOT_OFFICE: Final = Template(
    "StoreCopy",
    "not-office",
    "{target} is not an office database address (postgresql://user@host/database): "
    "nothing was copied.",
)
SOURCE_IS_OFFICE: Final = Template(
    "StoreCopy",
    "source-is-office",
    "{source} is an office database: the copy reads this desktop's own file.",
)
UNSETTLED: Final = Template(
    "StoreCopy",
    "unsettled",
    "Broadcast {id} in {path} was cut off while sending (a crash, or it is being sent now): "
    "open it on this desktop first (History, or smsgate broadcast --resume {id}) so that the "
    "outcome of each of its messages is known, then copy again. Nothing was copied.",
)
SUMMARY: Final = Template(
    "StoreCopy",
    "summary",
    "Copied {contacts} contacts ({contacts_there} already there), {groups} groups, "
    "{opt_outs} opt-outs, {broadcasts} broadcasts with {messages} messages "
    "({broadcasts_there} already there).",
)
UNFINISHED: Final = Template(
    "StoreCopy",
    "unfinished",
    "Broadcasts {ids} of the office database still have messages to send: send them from "
    "there only (resuming them from this desktop's own file as well would send those "
    "messages twice).",
)

# What a progress callback is told: which table, and how many of its rows are done.
CONTACTS, OPT_OUTS, BROADCASTS = "contacts", "opt-outs", "broadcasts"
Progress = Callable[[str, int], None]

_JOURNAL_COLUMNS: Final = (
    "seq, recipient, fields, state, credit, code, error, updated, error_phrase, written, boot"
)
_BROADCAST_COLUMNS: Final = "created, sender, text, sms_type, options, state, kind, account"


class StoreCopyError(SmsGateError):
    """The copy cannot start (no source file, no office address, a broadcast cut off while
    sending); nothing was copied. Its message is a Phrase."""


@dataclass(slots=True)
class CopyReport:
    """What a copy did: rows added to the office, and those it found already there."""

    contacts: int = 0
    contacts_there: int = 0
    groups: int = 0
    groups_there: int = 0
    opt_outs: int = 0
    opt_outs_there: int = 0
    broadcasts: int = 0
    messages: int = 0
    broadcasts_there: int = 0
    unfinished: list[int] = field(default_factory=list)  # office ids, with pending rows

    def summary(self) -> Phrase:
        """One sentence; counts with thousands separators ("1,234")."""
        return SUMMARY(
            contacts=f"{self.contacts:,}",
            contacts_there=f"{self.contacts_there:,}",
            groups=f"{self.groups:,}",
            opt_outs=f"{self.opt_outs:,}",
            broadcasts=f"{self.broadcasts:,}",
            messages=f"{self.messages:,}",
            broadcasts_there=f"{self.broadcasts_there:,}",
        )

    def warning(self) -> Phrase | None:
        """The copied broadcasts with messages still to send (None when none): they must be
        sent from the office database only."""
        if not self.unfinished:
            return None
        ids = ", ".join(str(i) for i in self.unfinished[:UNFINISHED_SHOWN])
        if len(self.unfinished) > UNFINISHED_SHOWN:
            ids += ", …"
        return UNFINISHED(ids=ids)


def copy_store(source: str | Path, target: str, on_progress: Progress | None = None) -> CopyReport:
    """Copy the SQLite store at `source` into the office database at `target` (see the
    module docstring for what is merged and how); what was done.

    StoreCopyError before anything is written: no store at `source`, `target` not an office
    address, a broadcast of `source` cut off while sending. StorageError when either
    database fails (the office cannot be reached, ...): the batches committed stay, and
    copying again adds only the rest."""
    _check_locations(source, target)
    progress = on_progress or (lambda _table, _done: None)
    src = open_store(source)
    try:
        # One read snapshot of the whole source: contacts, memberships and journal agree,
        # and the refusal below holds for everything copied after it.
        src.execute("BEGIN")
        _refuse_unsettled(src, str(source))
        dst = open_store(target)
        try:
            report = CopyReport()
            group_ids = _copy_groups(src, dst, report)
            _copy_contacts(src, dst, group_ids, report, progress)
            _copy_opt_outs(src, dst, report, progress)
            _copy_broadcasts(src, dst, report, progress)
            return report
        finally:
            dst.close()
    finally:
        if src.in_transaction:
            src.execute("ROLLBACK")
        src.close()


def _check_locations(source: str | Path, target: str) -> None:
    if is_office(str(source)):
        raise StoreCopyError(SOURCE_IS_OFFICE(source=display_url(str(source))))
    if not Path(source).is_file():  # open_store would make an empty one
        raise StoreCopyError(NO_SOURCE(path=str(source)))
    if not is_office(target):
        raise StoreCopyError(NOT_OFFICE(target=display_url(target)))


def _refuse_unsettled(src: sqlite3.Connection, path: str) -> None:
    row = src.execute(
        "SELECT id FROM broadcasts WHERE state = ? OR id IN"
        " (SELECT broadcast_id FROM journal WHERE state = ?) ORDER BY id LIMIT 1",
        (BroadcastState.RUNNING, RowState.SENDING),
    ).fetchone()
    if row is not None:
        raise StoreCopyError(UNSETTLED(id=row[0], path=path))


# ---- pages ----------------------------------------------------------------------------------


def _pages(
    conn: Any, select: str, key: str, params: Sequence[Any] = (), first: Any = 0
) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of `select` (its WHERE clause ends with `AND`, or is "WHERE") page by page,
    in `key` order, the key being the first column: keyset pagination reads only one page
    at a time on either backend, where a PostgreSQL cursor would fetch the whole result."""
    last = first
    while True:
        page = conn.execute(
            f"{select} {key} > ? ORDER BY {key} LIMIT {int(CHUNK)}", (*params, last)
        ).fetchall()
        if not page:
            return
        yield page
        last = page[-1][0]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _batches(page: list[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(page), BATCH):
        yield page[start : start + BATCH]


# ---- groups, contacts, opt-outs -------------------------------------------------------------


def _copy_groups(src: sqlite3.Connection, dst: Any, report: CopyReport) -> dict[int, int]:
    """Every group of the source in the office (matched as an import matches them); this
    desktop's group id -> the office's. Groups are few: they are read at once."""
    local = src.execute("SELECT id, name FROM groups ORDER BY id").fetchall()
    with contacts.transaction(dst):
        before = dst.execute("SELECT COUNT(*) FROM groups").fetchone()[0]
        office = contacts._group_ids(dst, [name for _, name in local])
        added = dst.execute("SELECT COUNT(*) FROM groups").fetchone()[0] - before
    report.groups += added
    report.groups_there += len({office[name] for _, name in local}) - added
    return {local_id: office[name] for local_id, name in local}


def _copy_contacts(
    src: sqlite3.Connection,
    dst: Any,
    group_ids: dict[int, int],
    report: CopyReport,
    progress: Progress,
) -> None:
    done = 0
    for page in _pages(src, "SELECT id, e164, name, extra FROM contacts WHERE", "id"):
        for batch in _batches(page):
            with contacts.transaction(dst):
                office_ids = _merge_contacts(dst, batch, report)
                local_ids = [row[0] for row in batch]
                by_local = {row[0]: office_ids[row[1]] for row in batch}
                memberships = src.execute(
                    f"SELECT group_id, contact_id FROM membership"
                    f" WHERE contact_id IN ({_marks(local_ids)})",
                    local_ids,
                ).fetchall()
                dst.executemany(
                    "INSERT OR IGNORE INTO membership (group_id, contact_id) VALUES (?, ?)",
                    [(group_ids[g], by_local[c]) for g, c in memberships],
                )
            done += len(batch)
            progress(CONTACTS, done)


def _merge_contacts(dst: Any, batch: list[tuple[Any, ...]], report: CopyReport) -> dict[str, int]:
    """Add the batch's new numbers, fill in what the office lacks of the others; e164 ->
    office id of every number of the batch."""
    numbers = [row[1] for row in batch]
    office = {
        e164: (id_, name, extra)
        for id_, e164, name, extra in dst.execute(
            f"SELECT id, e164, name, extra FROM contacts WHERE e164 IN ({_marks(numbers)})",
            numbers,
        )
    }
    inserts, updates = [], []
    for _, e164, name, extra in batch:
        if e164 not in office:
            inserts.append((e164, name, extra))
            continue
        id_, office_name, office_extra = office[e164]
        theirs, ours = json.loads(office_extra), json.loads(extra)
        missing = {k: v for k, v in ours.items() if k not in theirs and v != ""}
        if missing or (name and not office_name):
            merged = json.dumps({**theirs, **missing}, ensure_ascii=False)
            updates.append((office_name or name, merged, id_))
    # OR IGNORE: another desktop may add the same number meanwhile; its row is kept.
    dst.executemany("INSERT OR IGNORE INTO contacts (e164, name, extra) VALUES (?, ?, ?)", inserts)
    dst.executemany("UPDATE contacts SET name = ?, extra = ? WHERE id = ?", updates)
    report.contacts += len(inserts)
    report.contacts_there += len(batch) - len(inserts)
    return {
        e164: id_
        for id_, e164 in dst.execute(
            f"SELECT id, e164 FROM contacts WHERE e164 IN ({_marks(numbers)})", numbers
        )
    }


def _copy_opt_outs(
    src: sqlite3.Connection, dst: Any, report: CopyReport, progress: Progress
) -> None:
    done = 0
    for page in _pages(src, "SELECT e164, added FROM opt_out WHERE", "e164", first=""):
        for batch in _batches(page):
            numbers = [e164 for e164, _ in batch]
            with contacts.transaction(dst):
                there = {
                    e164
                    for (e164,) in dst.execute(
                        f"SELECT e164 FROM opt_out WHERE e164 IN ({_marks(numbers)})", numbers
                    )
                }
                new = [row for row in batch if row[0] not in there]
                dst.executemany("INSERT OR IGNORE INTO opt_out (e164, added) VALUES (?, ?)", new)
            report.opt_outs += len(new)
            report.opt_outs_there += len(there)
            done += len(batch)
            progress(OPT_OUTS, done)


# ---- broadcasts -----------------------------------------------------------------------------


def _header_key(created: str, kind: str, account: str, sender: str, text: str, sms: str) -> bytes:
    """A broadcast's identity without its recipients, as a short digest (the office's are
    all held in memory: 16 bytes each, not their texts)."""
    data = json.dumps([created, kind, account, sender, text, sms], ensure_ascii=False)
    return hashlib.blake2b(data.encode(), digest_size=16).digest()


def _recipients_key(conn: Any, broadcast_id: int) -> bytes:
    """A digest of the broadcast's (seq, recipient) rows, in order."""
    digest = hashlib.blake2b(digest_size=16)
    select = "SELECT seq, recipient FROM journal WHERE broadcast_id = ? AND"
    for page in _pages(conn, select, "seq", (broadcast_id,)):
        for seq, recipient in page:
            digest.update(f"{seq}\t{recipient}\n".encode())
    return digest.digest()


def _office_broadcasts(dst: Any) -> dict[bytes, list[int]]:
    """header key -> ids of the office's broadcasts with that header."""
    found: dict[bytes, list[int]] = {}
    select = "SELECT id, created, kind, account, sender, text, sms_type FROM broadcasts WHERE"
    for page in _pages(dst, select, "id"):
        for id_, *header in page:
            found.setdefault(_header_key(*header), []).append(id_)
    return found


def _copy_broadcasts(
    src: sqlite3.Connection, dst: Any, report: CopyReport, progress: Progress
) -> None:
    office = _office_broadcasts(dst)
    done = 0
    select = f"SELECT id, {_BROADCAST_COLUMNS} FROM broadcasts WHERE"
    for page in _pages(src, select, "id"):
        for row in page:
            if _already_there(src, dst, row, office):
                report.broadcasts_there += 1
            else:
                _copy_broadcast(src, dst, row, report)
            done += 1
            progress(BROADCASTS, done)


def _already_there(
    src: sqlite3.Connection, dst: Any, row: tuple[Any, ...], office: dict[bytes, list[int]]
) -> bool:
    """Whether an office broadcast is this one (see the module docstring). Each office
    broadcast stands for one source broadcast per copy: two identical ones here (same
    second, text and recipients) are two there."""
    id_, created, sender, text, sms_type, _options, _state, kind, account = row
    candidates = office.get(_header_key(created, kind, account, sender, text, sms_type))
    if not candidates:
        return False
    ours = _recipients_key(src, id_)
    for candidate in candidates:
        if _recipients_key(dst, candidate) == ours:
            candidates.remove(candidate)
            return True
    return False


def _copy_broadcast(
    src: sqlite3.Connection, dst: Any, row: tuple[Any, ...], report: CopyReport
) -> None:
    """The broadcast and all its rows in one office transaction: never half there."""
    local_id, *columns = row
    pending = messages = 0
    with contacts.transaction(dst):
        new_id = dst.execute(
            f"INSERT INTO broadcasts ({_BROADCAST_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            columns,
        ).fetchone()[0]
        select = f"SELECT {_JOURNAL_COLUMNS} FROM journal WHERE broadcast_id = ? AND"
        for page in _pages(src, select, "seq", (local_id,)):
            dst.executemany(
                f"INSERT INTO journal (broadcast_id, {_JOURNAL_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(new_id, *journal_row) for journal_row in page],
            )
            messages += len(page)
            pending += sum(1 for journal_row in page if journal_row[3] == RowState.PENDING)
    report.broadcasts += 1
    report.messages += messages
    if pending:
        report.unfinished.append(new_id)
