"""Contacts -> CSV that Excel opens as it is and that read_csv + apply_mapping read back.

UTF-8 with a BOM (Excel then reads accents right). The number is written in its display
form "+39 333 1234567": Excel would turn a bare "+393331234567" into the number
393331234567 (and show 3.93E+11), the spaces keep it text. Groups are joined with "; ".

Every cell of every CSV the application writes goes through `safe_cell`, so that a name such
as "=HYPERLINK(...)" or "@SUM(...)" is never run as a formula by the spreadsheet that opens
the file (CSV formula injection).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from .mapping import ColumnMapping, Contact

HEADER: Final = ("Name", "Number", "Groups")
GROUP_JOIN: Final = "; "
FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PHONE_NUMBER: Final = re.compile(r"\+[0-9]+(?: [0-9]+)*")


def safe_cell(value: object) -> object:
    """The value as a CSV cell that no spreadsheet runs as a formula.

    A text that begins with = + - @ TAB or CR gets a leading apostrophe ("=1+1" -> "'=1+1"),
    which Excel and LibreOffice show as text. A phone number is left as it is: "+" and digits,
    in E.164 ("+393471234567") or in groups split by single spaces as our export writes it
    ("+39 347 1234567"); with no letter, bracket or operator besides the leading "+" it names
    nothing that could be run. Values that are not text (the counts and codes of a report)
    are numbers, not formulas, and pass unchanged.
    """
    if not isinstance(value, str) or not value.startswith(FORMULA_START):
        return value
    if _PHONE_NUMBER.fullmatch(value):
        return value
    return "'" + value


def contacts_to_csv(
    contacts: Iterable[Contact],
    *,
    extra_columns: Sequence[str] | None = None,
    delimiter: str = ",",
    number_format: str = "display",
) -> str:
    """The CSV text (without BOM). `extra_columns` None = every extra key, in order of first
    appearance; `number_format` "display" (+39 333 1234567) or "e164" (+393331234567)."""
    if number_format not in ("display", "e164"):
        raise ValueError(f"number_format must be 'display' or 'e164', not {number_format!r}")
    contacts = list(contacts)
    if extra_columns is None:
        extra_columns = list(dict.fromkeys(key for c in contacts for key in c.extra))
    extra_columns = [c for c in extra_columns if c not in HEADER]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(map(safe_cell, [*HEADER, *extra_columns]))
    for contact in contacts:
        number = contact.display if number_format == "display" else contact.e164
        cells = [
            contact.name,
            number,
            GROUP_JOIN.join(contact.groups),
            *(contact.extra.get(column, "") for column in extra_columns),
        ]
        writer.writerow(map(safe_cell, cells))
    return out.getvalue()


def export_csv(
    contacts: Iterable[Contact],
    path: str | os.PathLike[str],
    *,
    extra_columns: Sequence[str] | None = None,
    delimiter: str = ",",
    number_format: str = "display",
) -> None:
    """Write the contacts to `path` as UTF-8 CSV with BOM; OSError as raised by the system."""
    text = contacts_to_csv(
        contacts, extra_columns=extra_columns, delimiter=delimiter, number_format=number_format
    )
    Path(path).write_text(text, encoding="utf-8-sig", newline="")


def export_mapping(header: Sequence[str]) -> ColumnMapping:
    """The mapping that reads an exported file back (header as read_csv gives it)."""
    return ColumnMapping(
        number="Number", name="Name", groups="Groups", extra=tuple(header[len(HEADER) :])
    )
