"""Contacts, groups and the opt-out list: the few functions the broadcast needs now (an import
UI will build on them). Numbers are stored in E.164 ("+393331234567"); callers normalise
them first (protocol.numbers.split_number)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    e164: str
    name: str
    extra: dict[str, Any]


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
