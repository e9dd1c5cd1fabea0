"""The address book as a file: every stored contact, with its groups and extra fields, to the
CSV that contacts.export writes (cells a spreadsheet would run as formulas neutralised)."""

from __future__ import annotations

import os
import sqlite3

from ..contacts.export import export_csv
from ..contacts.mapping import Contact as ImportedContact
from ..protocol.numbers import NumberError, split_number
from ..store import contacts as stored


def export_address_book(conn: sqlite3.Connection, path: str | os.PathLike[str]) -> int:
    """Every contact with its groups to `path`; how many."""
    rows = []
    for contact in stored.all_contacts_with_groups(conn):
        try:
            display = split_number(contact.e164).display
        except NumberError:
            display = contact.e164
        extra = {str(k): "" if v is None else str(v) for k, v in contact.extra.items()}
        rows.append(
            ImportedContact(contact.name, contact.e164, display, tuple(contact.groups), extra)
        )
    export_csv(rows, path)
    return len(rows)
