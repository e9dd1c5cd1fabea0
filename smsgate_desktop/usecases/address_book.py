"""The address book as a file: every stored contact, with its groups and extra fields, to the
CSV or XLSX that contacts.export writes (cells a spreadsheet would run as formulas
neutralised). The window passes its translated column names and its locale's delimiter; the
defaults are the English header and ",", as a script expects."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence

from ..contacts.export import HEADER, export_contacts
from ..contacts.mapping import Contact as ImportedContact
from ..protocol.numbers import NumberError, split_number
from ..store import contacts as stored


def export_address_book(
    conn: sqlite3.Connection,
    path: str | os.PathLike[str],
    *,
    headers: Sequence[str] = HEADER,
    delimiter: str = ",",
    kind: str | None = None,
) -> int:
    """Every contact with its groups to `path` (CSV or XLSX: `kind`, else by the file's
    extension); how many."""
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
    return export_contacts(rows, path, headers=headers, delimiter=delimiter, kind=kind)
