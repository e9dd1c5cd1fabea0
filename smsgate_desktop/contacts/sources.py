"""Any contact file -> Preview: chooses the reader by extension, else by content."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from ..protocol.phrases import Template
from .csv_import import read_csv
from .errors import ContactImportError
from .preview import Preview
from .vcard_import import read_vcard
from .xlsx_import import read_xlsx

CSV_SUFFIXES: Final = frozenset({".csv", ".txt", ".tsv", ".tab"})
XLSX_SUFFIXES: Final = frozenset({".xlsx", ".xlsm"})
VCARD_SUFFIXES: Final = frozenset({".vcf", ".vcard"})
# For a file dialog's filter.
FILE_PATTERNS: Final = "*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf *.vcard"

OLD_XLS: Final = Template(
    "ContactFiles", "old-xls", "old .xls workbooks are not supported: save it as .xlsx"
)


def detect_kind(path: str | os.PathLike[str]) -> str:
    """ "csv", "xlsx" or "vcard": by extension, else by the first bytes."""
    suffix = Path(path).suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in VCARD_SUFFIXES:
        return "vcard"
    if suffix == ".xls":
        raise ContactImportError(path, OLD_XLS())
    try:
        with open(path, "rb") as file:
            head = file.read(4096)
    except OSError as exc:
        raise ContactImportError(path, exc.strerror or str(exc)) from None
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if b"BEGIN:VCARD" in head.upper():
        return "vcard"
    return "csv"


def read_file(
    path: str | os.PathLike[str],
    *,
    kind: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    has_header: bool = True,
) -> Preview:
    """Read a contact file into a Preview; ContactImportError for anything unreadable.

    `kind` forces the reader ("csv", "xlsx", "vcard"); `encoding`/`delimiter` apply to CSV,
    `sheet` to XLSX, `has_header` to CSV and XLSX (a vCard has its own column names).
    """
    kind = kind or detect_kind(path)
    if kind == "csv":
        return read_csv(path, encoding=encoding, delimiter=delimiter, has_header=has_header)
    if kind == "xlsx":
        return read_xlsx(path, sheet=sheet, has_header=has_header)
    if kind == "vcard":
        return read_vcard(path)
    raise ValueError(f"unknown kind {kind!r}, expected 'csv', 'xlsx' or 'vcard'")
