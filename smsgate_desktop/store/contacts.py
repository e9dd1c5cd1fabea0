"""Contacts, groups and the opt-out list. Numbers are stored in E.164 ("+393331234567");
callers normalise them first (protocol.numbers.split_number, or contacts.apply_mapping).

The contacts window builds on `import_contacts`, `search_contacts`, `update_contact`,
`delete_contact`, `contact_groups`, `rename_group`, `delete_group` and
`all_contacts_with_groups` (usecases.address_book exports it); the broadcast on
`group_members` and `opted_out`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ..protocol.phrases import Template

if TYPE_CHECKING:
    from ..contacts.mapping import Contact as ImportedContact

# A change the contacts database refused (KeyError / ValueError); a group's name quoted.
NO_CONTACT: Final = Template("ContactStore", "no-contact", "no contact with number {number}")
GROUP_NEEDS_NAME: Final = Template("ContactStore", "group-needs-name", "a group needs a name")
NO_GROUP: Final = Template("ContactStore", "no-group", "no group {name}")
GROUP_EXISTS: Final = Template("ContactStore", "group-exists", "there is already a group {name}")


@dataclass(frozen=True, slots=True)
class Contact:
    """A stored contact; `groups` (by name) is filled by the functions that say so."""

    id: int
    e164: str
    name: str
    extra: dict[str, Any]
    groups: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportStats:
    """How many contacts an import added, and how many it merged into stored ones."""

    added: int
    updated: int


def add_contact(
    conn: sqlite3.Connection, e164: str, name: str = "", extra: dict[str, Any] | None = None
) -> int:
    """Add the contact, or update the name and extra of the one with this number; its id."""
    conn.execute(
        "INSERT INTO contacts (e164, name, extra) VALUES (?, ?, ?)"
        " ON CONFLICT (e164) DO UPDATE SET name = excluded.name, extra = excluded.extra",
        (e164, name, json.dumps(extra or {}, ensure_ascii=False)),
    )
    return conn.execute("SELECT id FROM contacts WHERE e164 = ?", (e164,)).fetchone()[0]


def list_contacts(conn: sqlite3.Connection) -> list[Contact]:
    return [
        Contact(id_, e164, name, json.loads(extra))
        for id_, e164, name, extra in conn.execute(
            "SELECT id, e164, name, extra FROM contacts ORDER BY name, e164"
        )
    ]


def add_group(conn: sqlite3.Connection, name: str) -> int:
    """The group's id, creating it when it does not exist."""
    conn.execute("INSERT OR IGNORE INTO groups (name) VALUES (?)", (name,))
    return conn.execute("SELECT id FROM groups WHERE name = ?", (name,)).fetchone()[0]


def list_groups(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """(name, number of members) of every group, by name."""
    return conn.execute(
        "SELECT g.name, COUNT(m.contact_id) FROM groups g"
        " LEFT JOIN membership m ON m.group_id = g.id GROUP BY g.id ORDER BY g.name"
    ).fetchall()


def add_to_group(conn: sqlite3.Connection, group: str, e164: str, name: str = "") -> None:
    """Put the number in the group, adding the contact (and the group) when new."""
    group_id = add_group(conn, group)
    row = conn.execute("SELECT id FROM contacts WHERE e164 = ?", (e164,)).fetchone()
    contact_id = row[0] if row else add_contact(conn, e164, name)
    conn.execute(
        "INSERT OR IGNORE INTO membership (group_id, contact_id) VALUES (?, ?)",
        (group_id, contact_id),
    )


def group_members(conn: sqlite3.Connection, group: str) -> list[str] | None:
    """The E.164 numbers of the group's members, None when there is no such group."""
    row = conn.execute("SELECT id FROM groups WHERE name = ?", (group,)).fetchone()
    if row is None:
        return None
    return [
        e164
        for (e164,) in conn.execute(
            "SELECT c.e164 FROM membership m JOIN contacts c ON c.id = m.contact_id"
            " WHERE m.group_id = ? ORDER BY c.id",
            (row[0],),
        )
    ]


def add_opt_out(conn: sqlite3.Connection, e164: str) -> None:
    conn.execute("INSERT OR IGNORE INTO opt_out (e164) VALUES (?)", (e164,))


def remove_opt_out(conn: sqlite3.Connection, e164: str) -> None:
    conn.execute("DELETE FROM opt_out WHERE e164 = ?", (e164,))


def opted_out(conn: sqlite3.Connection) -> set[str]:
    """Every number that asked to receive nothing."""
    return {e164 for (e164,) in conn.execute("SELECT e164 FROM opt_out")}


# ---- the contacts window's API --------------------------------------------------------------


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction (or a part of the caller's, when one is open)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite has rolled back itself after e.g. a full disk
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def import_contacts(conn: sqlite3.Connection, contacts: Iterable[ImportedContact]) -> ImportStats:
    """Store imported contacts (contacts.mapping.Contact), merging by E.164 number.

    A number already stored keeps its name unless the import brings a non-empty one, gets the
    import's non-empty extra values over its own (its other keys stay), and joins the import's
    groups (matched case-insensitively to existing groups, created when new). One transaction,
    batched statements: 100,000 rows take about a second.
    """
    incoming: dict[str, tuple[str, dict[str, Any], list[str]]] = {}
    for contact in contacts:  # repeats within the import merge the same way
        name, extra, groups = incoming.get(contact.e164, ("", {}, []))
        extra = {**extra, **{k: v for k, v in contact.extra.items() if v != ""}}
        incoming[contact.e164] = (contact.name or name, extra, [*groups, *contact.groups])
    with transaction(conn):
        stored = {
            e164: (id_, name, extra)
            for id_, e164, name, extra in conn.execute("SELECT id, e164, name, extra FROM contacts")
        }
        inserts, updates = [], []
        for e164, (name, extra, _) in incoming.items():
            if e164 in stored:
                id_, old_name, old_extra = stored[e164]
                merged = {**json.loads(old_extra), **extra}
                updates.append((name or old_name, _json(merged), id_))
            else:
                inserts.append((e164, name, _json(extra)))
        conn.executemany("INSERT INTO contacts (e164, name, extra) VALUES (?, ?, ?)", inserts)
        conn.executemany("UPDATE contacts SET name = ?, extra = ? WHERE id = ?", updates)
        wanted = {g for _, _, groups in incoming.values() for g in groups if g.strip()}
        if wanted:
            ids = {e164: id_ for id_, e164 in conn.execute("SELECT id, e164 FROM contacts")}
            group_ids = _group_ids(conn, wanted)
            conn.executemany(
                "INSERT OR IGNORE INTO membership (group_id, contact_id) VALUES (?, ?)",
                (
                    (group_ids[group], ids[e164])
                    for e164, (_, _, groups) in incoming.items()
                    for group in groups
                    if group.strip()
                ),
            )
    return ImportStats(added=len(inserts), updated=len(updates))


def _group_ids(conn: sqlite3.Connection, names: Iterable[str]) -> dict[str, int]:
    """name -> id for each name, matching existing groups case-insensitively, adding the rest."""
    existing = {name.casefold(): id_ for id_, name in conn.execute("SELECT id, name FROM groups")}
    out: dict[str, int] = {}
    for name in names:
        key = name.casefold()
        if key not in existing:
            existing[key] = conn.execute(
                "INSERT INTO groups (name) VALUES (?) RETURNING id", (name,)
            ).fetchone()[0]
        out[name] = existing[key]
    return out


def _json(extra: dict[str, Any]) -> str:
    return json.dumps(extra, ensure_ascii=False)


def _memberships(conn: sqlite3.Connection) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for contact_id, group in conn.execute(
        "SELECT m.contact_id, g.name FROM membership m JOIN groups g ON g.id = m.group_id"
        " ORDER BY g.name"
    ):
        out.setdefault(contact_id, []).append(group)
    return out


def all_contacts_with_groups(conn: sqlite3.Connection) -> list[Contact]:
    """Every contact with its groups (by group name), by name then number."""
    groups = _memberships(conn)
    return [
        Contact(id_, e164, name, json.loads(extra), groups.get(id_, []))
        for id_, e164, name, extra in conn.execute(
            "SELECT id, e164, name, extra FROM contacts ORDER BY name, e164"
        )
    ]


def search_contacts(
    conn: sqlite3.Connection, text: str = "", group: str | None = None, limit: int | None = None
) -> list[Contact]:
    """Contacts (with groups) whose name contains `text` (case-insensitive) or whose number
    contains it (spaces, dots, dashes and parentheses in `text` ignored); only members of
    `group` (case-insensitive) when given; at most `limit`; by name then number."""
    needle = text.strip().casefold()
    digits = "".join(ch for ch in needle if ch not in " .-()/")
    folded_group = group.casefold() if group is not None else None
    out: list[Contact] = []
    for contact in all_contacts_with_groups(conn):
        if limit is not None and len(out) >= limit:
            break
        if folded_group is not None and folded_group not in (g.casefold() for g in contact.groups):
            continue
        if (
            needle
            and needle not in contact.name.casefold()
            and (not digits or digits not in contact.e164)
        ):
            continue
        out.append(contact)
    return out


def _contact_id(conn: sqlite3.Connection, e164: str) -> int:
    row = conn.execute("SELECT id FROM contacts WHERE e164 = ?", (e164,)).fetchone()
    if row is None:
        raise KeyError(NO_CONTACT(number=e164))
    return row[0]


def update_contact(
    conn: sqlite3.Connection,
    e164: str,
    name: str | None = None,
    extra: dict[str, Any] | None = None,
    groups: Sequence[str] | None = None,
) -> None:
    """Set what is given (None leaves it): the name, the whole extra dict, the groups (the
    contact's memberships become exactly these, groups created when new). KeyError when no
    contact has this number."""
    with transaction(conn):
        contact_id = _contact_id(conn, e164)
        if name is not None:
            conn.execute("UPDATE contacts SET name = ? WHERE id = ?", (name, contact_id))
        if extra is not None:
            conn.execute("UPDATE contacts SET extra = ? WHERE id = ?", (_json(extra), contact_id))
        if groups is not None:
            conn.execute("DELETE FROM membership WHERE contact_id = ?", (contact_id,))
            ids = _group_ids(conn, [g for g in groups if g.strip()])
            conn.executemany(
                "INSERT OR IGNORE INTO membership (group_id, contact_id) VALUES (?, ?)",
                [(group_id, contact_id) for group_id in ids.values()],
            )


def delete_contact(conn: sqlite3.Connection, e164: str) -> bool:
    """Remove the contact and its memberships; False when there was none (opt-out kept)."""
    with transaction(conn):
        row = conn.execute("SELECT id FROM contacts WHERE e164 = ?", (e164,)).fetchone()
        if row is None:
            return False
        conn.execute("DELETE FROM membership WHERE contact_id = ?", (row[0],))
        conn.execute("DELETE FROM contacts WHERE id = ?", (row[0],))
    return True


def contact_groups(conn: sqlite3.Connection, e164: str) -> list[str]:
    """The names of the contact's groups, sorted ([] for an unknown number)."""
    return [
        name
        for (name,) in conn.execute(
            "SELECT g.name FROM contacts c JOIN membership m ON m.contact_id = c.id"
            " JOIN groups g ON g.id = m.group_id WHERE c.e164 = ? ORDER BY g.name",
            (e164,),
        )
    ]


def rename_group(conn: sqlite3.Connection, old: str, new: str) -> None:
    """KeyError when there is no group `old`; ValueError when `new` is blank or another
    group already has that name (case-insensitively)."""
    new = " ".join(new.split())
    if not new:
        raise ValueError(GROUP_NEEDS_NAME())
    with transaction(conn):
        row = conn.execute("SELECT id FROM groups WHERE name = ?", (old,)).fetchone()
        if row is None:
            raise KeyError(NO_GROUP(name=repr(old)))
        for id_, name in conn.execute("SELECT id, name FROM groups"):
            if id_ != row[0] and name.casefold() == new.casefold():
                raise ValueError(GROUP_EXISTS(name=repr(name)))
        conn.execute("UPDATE groups SET name = ? WHERE id = ?", (new, row[0]))


def delete_group(conn: sqlite3.Connection, name: str) -> bool:
    """Remove the group (its contacts stay); False when there was none."""
    with transaction(conn):
        row = conn.execute("SELECT id FROM groups WHERE name = ?", (name,)).fetchone()
        if row is None:
            return False
        conn.execute("DELETE FROM membership WHERE group_id = ?", (row[0],))
        conn.execute("DELETE FROM groups WHERE id = ?", (row[0],))
    return True
