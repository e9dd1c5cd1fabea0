"""Tables -> files people open in a spreadsheet: CSV (the locale's delimiter) or XLSX.

One writer for every export of the application (the contacts and the broadcast reports):
`write_table(path, header, rows, delimiter=..., kind=...)` takes the header and the rows as
plain Python values (text, numbers, datetimes, None) and writes

- CSV: UTF-8 with a BOM (Excel then reads accents right), the delimiter the caller gives (the
  window passes ";" where the decimal separator is a comma, as Italian Excel expects), CRLF
  line ends; a datetime as "2026-11-30 21:07:05", which every spreadsheet reads as a time;
- XLSX: with openpyxl's write-only mode (rows streamed to the file, memory bounded), a
  datetime as a real date-time cell (Excel's built-in format 22, shown in the reader's own
  date format), the header row frozen, columns as wide as their first rows need.

Either is written beside the target under a temporary name and then renamed over it, so a
failure (disk full, permission) leaves no half-written file and the old one intact.

Formula injection: every text cell of a CSV goes through `safe_cell`, so that a name such as
"=HYPERLINK(...)" or "@SUM(...)" is never run as a formula by the spreadsheet that opens the
file. In XLSX a text cell is always written as text (openpyxl would otherwise store a string
that begins with "=" as a formula), and one that `safe_cell` would quote also gets Excel's
quote prefix, so that editing the cell does not turn it into a formula either; its value
stays as it was.

Contacts: the number is written in its display form "+39 333 1234567": Excel would turn a
bare "+393331234567" into the number 393331234567 (and show 3.93E+11), the spaces keep it
text. Groups are joined with "; ".
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from .mapping import ColumnMapping, Contact

HEADER: Final = ("Name", "Number", "Groups")
GROUP_JOIN: Final = "; "
FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PHONE_NUMBER: Final = re.compile(r"\+[0-9]+(?: [0-9]+)*")

CSV: Final = "csv"
XLSX: Final = "xlsx"
FORMATS: Final = (CSV, XLSX)
CSV_TIME: Final = "%Y-%m-%d %H:%M:%S"
XLSX_TIME: Final = "m/d/yy h:mm"  # built-in format 22: the reader's short date and time
XLSX_DATE: Final = "mm-dd-yy"  # built-in format 14: the reader's short date
XLSX_TEXT_MAX: Final = 32767  # the most characters an Excel cell holds
XLSX_WIDTH_SAMPLE: Final = 50  # rows looked at to size the columns
XLSX_WIDTH_MAX: Final = 60
# Characters XML 1.0 cannot carry (openpyxl refuses them): shown as U+FFFD instead.
_XML_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_ILLEGAL: Final = re.compile(r"[\[\]:*?/\\]")

Cell = str | int | float | datetime | date | None


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


# ---- any table ------------------------------------------------------------------------------


def table_format(path: str | os.PathLike[str], default: str = CSV) -> str:
    """XLSX for a name ending in .xlsx, CSV for .csv, else `default`."""
    suffix = Path(path).suffix.lower()
    return XLSX if suffix == ".xlsx" else CSV if suffix == ".csv" else default


def export_target(path: str | os.PathLike[str], chosen: str = CSV) -> tuple[Path, str]:
    """The file and format of a name typed in a save dialog whose filter `chosen` (CSV or
    XLSX) was selected: the name's own .csv or .xlsx decides; a name without an extension
    gets the chosen format's; any other extension is kept, written in the chosen format."""
    target = Path(path)
    if chosen not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {chosen!r}")
    if not target.suffix:
        return target.with_name(f"{target.name}.{chosen}"), chosen
    return target, table_format(target, chosen)


def write_table(
    path: str | os.PathLike[str],
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    delimiter: str = ",",
    kind: str | None = None,
) -> int:
    """Write the header and the rows to `path` as CSV or XLSX (`kind`; None: by the name's
    extension, CSV unless .xlsx); how many rows (the header not counted). OSError as raised
    by the system; on any failure the target is left as it was."""
    kind = kind or table_format(path)
    if kind not in FORMATS:
        raise ValueError(f"kind must be one of {FORMATS}, not {kind!r}")
    target = Path(path)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        if kind == CSV:
            with open(partial, "x", encoding="utf-8-sig", newline="") as handle:
                count = _write_csv(handle, header, rows, delimiter)
        else:
            with open(partial, "xb") as handle:
                count = _write_xlsx(handle, header, rows, _sheet_title(target))
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _write_csv(
    handle: Any, header: Sequence[str], rows: Iterable[Sequence[Cell]], delimiter: str
) -> int:
    writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(map(_csv_cell, header))
    count = 0
    for row in rows:
        writer.writerow(map(_csv_cell, row))
        count += 1
    return count


def _csv_cell(value: Cell) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(CSV_TIME)
    if isinstance(value, date):
        return value.isoformat()
    return safe_cell(str(value)) if isinstance(value, str) else value


def _write_xlsx(
    handle: Any, header: Sequence[str], rows: Iterable[Sequence[Cell]], title: str
) -> int:
    from openpyxl import Workbook  # imported when needed: it takes a while
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    rows = iter(rows)
    first = list(itertools.islice(rows, XLSX_WIDTH_SAMPLE))
    for number, width in enumerate(_widths(header, first), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    make = functools.partial(WriteOnlyCell, sheet)
    sheet.append([_xlsx_cell(make, value) for value in header])
    count = 0
    for row in itertools.chain(first, rows):
        sheet.append([_xlsx_cell(make, value) for value in row])
        count += 1
    workbook.save(handle)
    return count


def _xlsx_cell(make: Callable[..., Any], value: Cell) -> Any:
    """A write-only cell (`make`: WriteOnlyCell bound to the sheet) holding `value`."""
    if isinstance(value, str):
        text = _XML_ILLEGAL.sub("\ufffd", str(value))[:XLSX_TEXT_MAX]
        cell = make(value=text)
        cell.data_type = "s"  # text, never a formula
        cell.quotePrefix = safe_cell(text) != text
        return cell
    cell = make(value=value)
    if isinstance(value, datetime):
        cell.number_format = XLSX_TIME
    elif isinstance(value, date):
        cell.number_format = XLSX_DATE
    return cell


def _widths(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Iterator[float]:
    """Each column about as wide as its widest cell among the header and `rows`."""
    for number, title in enumerate(header):
        longest = len(str(title))
        for row in rows:
            value = row[number] if number < len(row) else None
            if isinstance(value, date):
                longest = max(longest, 16)
            elif value is not None:
                longest = max(longest, max(map(len, str(value).splitlines() or [""])))
        yield min(longest + 2, XLSX_WIDTH_MAX)


def _sheet_title(path: Path) -> str:
    """The file's name as the sheet's (as a spreadsheet names the sheet of a CSV it opens)."""
    return _SHEET_ILLEGAL.sub("_", path.stem)[:31].strip("'") or "Sheet1"


# ---- contacts -------------------------------------------------------------------------------


def contact_table(
    contacts: Iterable[Contact],
    *,
    headers: Sequence[str] = HEADER,
    extra_columns: Sequence[str] | None = None,
    number_format: str = "display",
) -> tuple[list[str], list[list[Cell]]]:
    """The header (`headers` for name, number and groups, e.g. translated, then the extra
    columns) and one row per contact. `extra_columns` None = every extra key, in order of
    first appearance; `number_format` "display" (+39 333 1234567) or "e164" (+393331234567)."""
    if number_format not in ("display", "e164"):
        raise ValueError(f"number_format must be 'display' or 'e164', not {number_format!r}")
    if len(headers) != len(HEADER):
        raise ValueError(f"headers must name the {len(HEADER)} columns {HEADER}")
    contacts = list(contacts)
    if extra_columns is None:
        extra_columns = list(dict.fromkeys(key for c in contacts for key in c.extra))
    extra_columns = [c for c in extra_columns if c not in HEADER and c not in headers]
    rows: list[list[Cell]] = []
    for contact in contacts:
        number = contact.display if number_format == "display" else contact.e164
        rows.append(
            [
                contact.name,
                number,
                GROUP_JOIN.join(contact.groups),
                *(contact.extra.get(column, "") for column in extra_columns),
            ]
        )
    return [*headers, *extra_columns], rows


def contacts_to_csv(
    contacts: Iterable[Contact],
    *,
    extra_columns: Sequence[str] | None = None,
    delimiter: str = ",",
    number_format: str = "display",
) -> str:
    """The CSV text (without BOM), English header."""
    header, rows = contact_table(contacts, extra_columns=extra_columns, number_format=number_format)
    out = io.StringIO(newline="")
    _write_csv(out, header, rows, delimiter)
    return out.getvalue()


def export_contacts(
    contacts: Iterable[Contact],
    path: str | os.PathLike[str],
    *,
    headers: Sequence[str] = HEADER,
    delimiter: str = ",",
    kind: str | None = None,
    extra_columns: Sequence[str] | None = None,
    number_format: str = "display",
) -> int:
    """Write the contacts to `path` (CSV or XLSX, see write_table); how many."""
    header, rows = contact_table(
        contacts, headers=headers, extra_columns=extra_columns, number_format=number_format
    )
    return write_table(path, header, rows, delimiter=delimiter, kind=kind)


def export_csv(
    contacts: Iterable[Contact],
    path: str | os.PathLike[str],
    *,
    extra_columns: Sequence[str] | None = None,
    delimiter: str = ",",
    number_format: str = "display",
) -> None:
    """Write the contacts to `path` as UTF-8 CSV with BOM, English header; OSError as raised
    by the system."""
    export_contacts(
        contacts,
        path,
        delimiter=delimiter,
        kind=CSV,
        extra_columns=extra_columns,
        number_format=number_format,
    )


def export_mapping(header: Sequence[str], headers: Sequence[str] = HEADER) -> ColumnMapping:
    """The mapping that reads an exported file back (header as read_csv gives it; `headers`
    the names the export gave the name, number and groups columns)."""
    name, number, groups = headers
    return ColumnMapping(
        number=number, name=name, groups=groups, extra=tuple(header[len(HEADER) :])
    )
