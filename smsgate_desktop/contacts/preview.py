"""The preview table every reader produces: a header and rows of text cells."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from ..protocol.phrases import Template
from .limits import Tally

# A blank header cell's name (shown translated: the window translates the header's phrases).
BLANK_COLUMN: Final = Template("ContactFiles", "blank-column", "Column {count}")
# A reader's warning with its line (ReadWarning.message).
WARNING_AT_LINE: Final = Template("ContactFiles", "warning-at-line", "line {line}: {reason}")
# Preview.column's KeyError: a column the table does not have.
NO_COLUMN_AT: Final = Template(
    "ContactFiles", "no-column-at", "no column {ref}: the table has {count} columns"
)
NO_COLUMN_NAMED: Final = Template(
    "ContactFiles", "no-column-named", "no column named {ref}; the columns are {columns}"
)


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """Something a reader did that a person should check, though the file was read.

    `line` is the line it concerns (None for a summary of many), `reason` a sentence (a
    Phrase), e.g. "not utf-8 like the rest of the file: read as cp1252".
    """

    line: int | None
    reason: str

    @property
    def message(self) -> str:
        if self.line is None:
            return self.reason
        return WARNING_AT_LINE(line=self.line, reason=self.reason)


@dataclass(frozen=True, slots=True)
class Preview:
    """A file read as a table of text, before any column is given a meaning.

    `header` has unique, non-empty names (blank ones become "Column N", a BLANK_COLUMN Phrase;
    repeated ones get " (2)", " (3)"). Every row has exactly `len(header)` cells, all `str`, as
    written in the file (leading zeros and spaces kept). `lines[i]` is where `rows[i]` starts
    in the file as a person sees it (text line for CSV and vCard, sheet row for XLSX; the
    header is line 1 when it is the file's first line). Blank rows are left out, their lines
    still count. `kind` is "csv", "xlsx" or "vcard"; `encoding`/`delimiter` (CSV) and `sheet`
    (XLSX) say how the file was read; `warnings` what a person should check (lines of a
    mixed-encoding file, and which encoding each was read in).
    """

    source: str
    kind: str
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]
    lines: list[int]
    header_line: int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = field(default=())
    warnings: tuple[ReadWarning, ...] = field(default=())

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, ref: int | str) -> int:
        """The index of a column given by index or header name (exact, then case-insensitive)."""
        if isinstance(ref, int):
            if not -len(self.header) <= ref < len(self.header):
                raise KeyError(NO_COLUMN_AT(ref=ref, count=len(self.header)))
            return ref % len(self.header)
        if ref in self.header:
            return self.header.index(ref)
        folded = ref.strip().casefold()
        for index, name in enumerate(self.header):
            if name.strip().casefold() == folded:
                return index
        raise KeyError(NO_COLUMN_NAMED(ref=repr(ref), columns=", ".join(self.header)))


def unique_header(cells: Sequence[str], width: int) -> tuple[str, ...]:
    """Header names for `width` columns: blanks named "Column N", repeats numbered."""
    names: list[str] = []
    seen: set[str] = set()
    for index in range(width):
        base = cells[index].strip() if index < len(cells) else ""
        base = base or BLANK_COLUMN(count=index + 1)
        name, copy = base, 1
        while name.casefold() in seen:
            copy += 1
            name = f"{base} ({copy})"
        seen.add(name.casefold())
        names.append(name)
    return tuple(names)


def build_table(
    records: Iterable[tuple[int, Sequence[str]]],
    *,
    has_header: bool = True,
    tally: Tally | None = None,
) -> tuple[tuple[str, ...], list[tuple[str, ...]], list[int], int | None]:
    """Split (line, cells) records into (header, rows, lines, header_line).

    Records whose cells are all blank are dropped. Rows are padded to the widest record;
    trailing columns empty everywhere (a stray delimiter at line ends) are dropped. `tally`
    counts every record as it comes and the padded table before it is built (limits.py).
    """
    header_cells: Sequence[str] = ()
    header_line: int | None = None
    rows: list[Sequence[str]] = []
    lines: list[int] = []
    width = 0
    for line, cells in records:
        if tally is not None:
            tally.add(cells, line)
        if not any(cell.strip() for cell in cells):
            continue
        if has_header and header_line is None:
            header_cells, header_line = cells, line
        else:
            rows.append(cells)
            lines.append(line)
        width = max(width, len(cells))

    def used(column: int) -> bool:
        if column < len(header_cells) and header_cells[column].strip():
            return True
        return any(column < len(row) and row[column].strip() for row in rows)

    while width > 0 and not used(width - 1):
        width -= 1
    if tally is not None:
        tally.table(len(rows), width)
    header = unique_header(header_cells, width)
    # In place: a padded copy beside the rows read would double the table's peak memory.
    for index, row in enumerate(rows):
        if len(row) != width or not isinstance(row, tuple):
            rows[index] = (*row[:width], *([""] * (width - len(row))))
    return header, rows, lines, header_line  # type: ignore[return-value]  # all tuples now
