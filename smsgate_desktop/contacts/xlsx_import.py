"""Excel workbooks (.xlsx, .xlsm) -> Preview, with openpyxl in read-only mode.

Every cell becomes text: numbers without float artefacts (3331234567.0 -> "3331234567"),
zero-padded when the cell's number format is all zeros ("0000000000" shows 0612345678),
dates as ISO dates, booleans as TRUE/FALSE. Rows are numbered as Excel numbers them.
Memory: xlsx_guard.py checks the ZIP and counts the XML openpyxl will read before it opens
the file; the sheet is then streamed row by row and counted as it comes (limits.py). The
dimension a sheet declares is ignored: a sheet claiming A1:XFD1048576 would otherwise have every
row padded to 16,384 cells.
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, BinaryIO, Final

from ..protocol.phrases import Template
from .errors import ContactImportError, short
from .limits import Tally
from .preview import Preview, build_table
from .textfile import EMPTY as EMPTY_FILE
from .xlsx_guard import check_workbook

# Why a workbook is refused (ContactImportError.reason); {sheet} is the sheet name's repr.
NO_SHEETS: Final = Template("ContactFiles", "no-sheets", "the workbook has no sheets")
NO_SUCH_SHEET: Final = Template(
    "ContactFiles", "no-such-sheet", "there is no sheet named {sheet}; the sheets are {sheets}"
)
CHART_SHEET: Final = Template(
    "ContactFiles", "chart-sheet", "{sheet} is a chart sheet, not a table"
)
DAMAGED: Final = Template("ContactFiles", "damaged-workbook", "the workbook is damaged: {detail}")
EMPTY_SHEET: Final = Template("ContactFiles", "empty-sheet", "the sheet {sheet} is empty")
ONLY_HEADER_ROW: Final = Template(
    "ContactFiles",
    "only-header-row",
    "the sheet {sheet} has only a header row and no contacts",
)
OLD_XLS_WORKBOOK: Final = Template(
    "ContactFiles", "not-xlsx-old-xls", "this is not an .xlsx workbook (an old .xls workbook)"
)
NOT_XLSX: Final = Template("ContactFiles", "not-xlsx", "this is not an .xlsx workbook (not one)")


def cell_text(value: Any, number_format: str | None = None) -> str:
    """One cell's value as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer() and abs(value) < 1e21:
            text = str(int(value))
        else:
            # Shortest text that reads back as the same float, without an exponent.
            text = format(Decimal(repr(value)), "f")
    elif isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    elif isinstance(value, dt.date | dt.time):
        return value.isoformat()
    elif isinstance(value, dt.timedelta):
        return str(value)
    else:
        return str(value)
    fmt = (number_format or "").strip()
    if fmt and set(fmt) == {"0"} and not text.startswith("-"):
        text = text.zfill(len(fmt))
    return text


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    """The workbook's sheet names, in order."""
    workbook, file = _open(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()
        file.close()


def read_xlsx(
    path: str | os.PathLike[str], *, sheet: str | None = None, has_header: bool = True
) -> Preview:
    """Read one sheet (the first, or `sheet` by name) into a Preview."""
    workbook, file = _open(path)
    try:
        names = tuple(workbook.sheetnames)
        if not names:
            raise ContactImportError(path, NO_SHEETS())
        if sheet is None:
            sheet = names[0]
        elif sheet not in names:
            raise ContactImportError(
                path, NO_SUCH_SHEET(sheet=repr(sheet), sheets=", ".join(names))
            )
        worksheet = workbook[sheet]
        if not hasattr(worksheet, "iter_rows"):
            raise ContactImportError(path, CHART_SHEET(sheet=repr(sheet)))
        worksheet.reset_dimensions()
        tally = Tally(path, sheet)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            header, rows, lines, header_line = build_table(
                _records(worksheet), has_header=has_header, tally=tally
            )
    except ContactImportError:
        raise
    except Exception as exc:  # openpyxl and zipfile raise many kinds on a damaged file
        raise ContactImportError(path, DAMAGED(detail=short(exc))) from None
    finally:
        workbook.close()
        file.close()
    if not header:
        raise ContactImportError(path, EMPTY_SHEET(sheet=repr(sheet)))
    if not rows:
        raise ContactImportError(path, ONLY_HEADER_ROW(sheet=repr(sheet)))
    return Preview(
        source=os.fspath(path),
        kind="xlsx",
        header=header,
        rows=rows,
        lines=lines,
        header_line=header_line,
        sheet=sheet,
        sheets=names,
    )


def _open(path: str | os.PathLike[str]) -> tuple[Any, BinaryIO]:
    """(workbook, its open file): close both. Checked by xlsx_guard before openpyxl reads it."""
    from openpyxl import load_workbook  # imported late: it is slow to import

    try:
        file = open(path, "rb")  # noqa: SIM115 (closed by the caller, after the workbook)
    except OSError as exc:
        raise ContactImportError(path, exc.strerror or short(exc)) from None
    try:
        head = file.read(8)
        if not head:
            raise ContactImportError(path, EMPTY_FILE())
        if not head.startswith(b"PK"):
            old = head.startswith(b"\xd0\xcf\x11\xe0")
            raise ContactImportError(path, OLD_XLS_WORKBOOK() if old else NOT_XLSX())
        check_workbook(path, file)
        file.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # A file object, not the path: openpyxl refuses names not ending in .xlsx.
            workbook = load_workbook(file, read_only=True, data_only=True, keep_links=False)
    except ContactImportError:
        file.close()
        raise
    except Exception as exc:
        file.close()
        raise ContactImportError(path, DAMAGED(detail=short(exc))) from None
    return workbook, file


def _records(worksheet: Any) -> Iterator[tuple[int, tuple[str, ...]]]:
    # EmptyCell (a gap in a row) has no row number: take it from a real cell, else count on.
    number = 0
    for row in worksheet.iter_rows():
        number = next((cell.row for cell in row if getattr(cell, "row", None)), number + 1)
        cells = [cell_text(cell.value, getattr(cell, "number_format", None)) for cell in row]
        while cells and not cells[-1]:  # styled empty cells: not columns, nor counted as ones
            cells.pop()
        yield number, tuple(cells)
