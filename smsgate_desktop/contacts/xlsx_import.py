"""Excel workbooks (.xlsx, .xlsm) -> Preview, with openpyxl in read-only mode.

Every cell becomes text: numbers without float artefacts (3331234567.0 -> "3331234567"),
zero-padded when the cell's number format is all zeros ("0000000000" shows 0612345678),
dates as ISO dates, booleans as TRUE/FALSE. Rows are numbered as Excel numbers them.
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from .csv_import import read_bytes
from .errors import ContactImportError, short
from .preview import Preview, build_table


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
    workbook = _open(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_xlsx(
    path: str | os.PathLike[str], *, sheet: str | None = None, has_header: bool = True
) -> Preview:
    """Read one sheet (the first, or `sheet` by name) into a Preview."""
    workbook = _open(path)
    try:
        names = tuple(workbook.sheetnames)
        if not names:
            raise ContactImportError(path, "the workbook has no sheets")
        if sheet is None:
            sheet = names[0]
        elif sheet not in names:
            raise ContactImportError(
                path, f"there is no sheet named {sheet!r}; the sheets are {', '.join(names)}"
            )
        worksheet = workbook[sheet]
        if not hasattr(worksheet, "iter_rows"):
            raise ContactImportError(path, f"{sheet!r} is a chart sheet, not a table")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            header, rows, lines, header_line = build_table(
                _records(worksheet), has_header=has_header
            )
    except ContactImportError:
        raise
    except Exception as exc:  # openpyxl and zipfile raise many kinds on a damaged file
        raise ContactImportError(path, f"the workbook is damaged: {short(exc)}") from None
    finally:
        workbook.close()
    if not header:
        raise ContactImportError(path, f"the sheet {sheet!r} is empty")
    if not rows:
        raise ContactImportError(path, f"the sheet {sheet!r} has only a header row and no contacts")
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


def _open(path: str | os.PathLike[str]) -> Any:
    import io

    from openpyxl import load_workbook  # imported late: it is slow to import

    data = read_bytes(path)
    if not data:
        raise ContactImportError(path, "the file is empty")
    if not data.startswith(b"PK"):
        what = "an old .xls workbook" if data.startswith(b"\xd0\xcf\x11\xe0") else "not one"
        raise ContactImportError(path, f"this is not an .xlsx workbook ({what})")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise ContactImportError(path, f"the workbook is damaged: {short(exc)}") from None


def _records(worksheet: Any) -> Iterator[tuple[int, list[str]]]:
    # EmptyCell (a gap in a row) has no row number: take it from a real cell, else count on.
    number = 0
    for row in worksheet.iter_rows():
        number = next((cell.row for cell in row if getattr(cell, "row", None)), number + 1)
        yield number, [cell_text(cell.value, getattr(cell, "number_format", None)) for cell in row]
