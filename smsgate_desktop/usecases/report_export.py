"""A broadcast's report as a file people open: which columns, and what goes in each.

One place for the window's "Export…" and for any script: `report_records` turns journal rows
into plain values (text, numbers, a datetime), `export_report` writes them with
contacts.export.write_table (CSV or XLSX). The window passes its translated column names,
its locale's delimiter and its words for a state and an explanation; the defaults are the
English a script expects.

Columns: the contact's name (empty when the number is no contact), the number (display form,
"+39 333 1234567", which a spreadsheet keeps as text), the text actually sent to that
recipient (the journal row's own message: personalised, if it was), the time of the row's
last change in this computer's zone (empty for a row never sent), the state, the gateway's
error code, and the explanation (the gateway's error explained, or why the outcome is not
known).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Final

from ..contacts.export import Cell, write_table
from ..protocol.numbers import NumberError, split_number
from ..store import contacts as stored
from ..store.journal import JournalRow

REPORT_HEADER: Final = ("Name", "Number", "Text", "Time", "State", "Code", "Explanation")


def english_state(state: str) -> str:
    return str(state)


def english_explanation(row: JournalRow) -> str:
    """The row's error as stored (its English): the gateway's explanation of its code, or
    why its outcome is unknown; "" for a row without one."""
    return str(row.error) if row.error else ""


def contact_names(conn: sqlite3.Connection) -> dict[str, str]:
    """Each named contact's name by its E.164 number."""
    return {contact.e164: contact.name for contact in stored.list_contacts(conn) if contact.name}


def row_time(updated: float | None) -> datetime | None:
    """When the row last changed, in this computer's zone (naive: a spreadsheet has none)."""
    return None if updated is None else datetime.fromtimestamp(updated)


def shown_number(e164: str) -> str:
    try:
        return split_number(e164).display
    except NumberError:
        return e164


def report_records(
    rows: Iterable[JournalRow],
    names: Mapping[str, str],
    *,
    state_text: Callable[[str], str] = english_state,
    explanation: Callable[[JournalRow], str] = english_explanation,
) -> Iterator[list[Cell]]:
    """One record per row, in REPORT_HEADER's order."""
    for row in rows:
        yield [
            names.get(row.recipient, ""),
            shown_number(row.recipient),
            row.message.TextMessage,
            row_time(row.updated),
            state_text(row.state),
            row.code,
            explanation(row),
        ]


def export_report(
    conn: sqlite3.Connection,
    rows: Sequence[JournalRow],
    path: str | os.PathLike[str],
    *,
    headers: Sequence[str] = REPORT_HEADER,
    delimiter: str = ",",
    kind: str | None = None,
    state_text: Callable[[str], str] = english_state,
    explanation: Callable[[JournalRow], str] = english_explanation,
) -> int:
    """Write the rows to `path` (CSV or XLSX: `kind`, else by the file's extension), the
    names read from the contacts in `conn`; how many. OSError when the file cannot be
    written, sqlite3.Error when the contacts cannot be read."""
    if len(headers) != len(REPORT_HEADER):
        raise ValueError(f"headers must name the {len(REPORT_HEADER)} columns {REPORT_HEADER}")
    records = report_records(
        rows, contact_names(conn), state_text=state_text, explanation=explanation
    )
    return write_table(path, headers, records, delimiter=delimiter, kind=kind)
