"""How much of a contact file the importers take, and the counter that enforces it.

What a file costs in memory follows what it expands to, not its size on disk: a 1.5 MB
workbook can unpack to 1.5 GB, a 10 MB vCard can be one photo. So every reader counts what it
keeps and stops at the first limit passed, with a ContactImportError naming the limit; nothing
is read whole before it is counted. Chosen so that any file, accepted or refused, stays under
300 MB of peak memory and is refused within seconds, while a genuine list of 100,000 contacts
(bench/import_contacts.py) imports with room to spare.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Final

from ..protocol.phrases import Template
from .errors import ContactImportError

# ---- every kind of file -------------------------------------------------------------------

MAX_ROWS: Final = 200_000
"""Rows of one table: CSV records, sheet rows (counted as Excel numbers them), vCard
telephone numbers (and cards, counted before any is parsed). Blank rows count too, so that a
file of blank rows is stopped early. Twice the largest list we are asked to handle (100,000
contacts)."""

MAX_CELLS: Final = 10_000_000
"""Cells of one table, blank ones included (rows x columns): 100,000 rows of an Outlook
export's 92 columns fit. Each costs a reference (8 bytes) in the preview: 80 MB at most."""

MAX_FILLED_CELLS: Final = 1_500_000
"""Cells that are not blank: 100,000 rows of 15 filled columns. Each is a str object of about
50 bytes plus its text in the preview, and the mapping copies the extra columns into each
contact: a file at this limit peaks at about 250 MB (bench/import_bombs.py)."""

MAX_TEXT_LENGTH: Final = 64_000_000
"""Characters in all the cells together (64 MB of ASCII text); a contact list needs a few MB."""

MAX_WARNINGS: Final = 100
"""Lines listed one by one in a reader's warnings; the rest are summed up in one more."""

# ---- text files (CSV, vCard) ----------------------------------------------------------------

MAX_TEXT_FILE_BYTES: Final = 1024 * 2**20
"""Size of a CSV or vCard file (1 GiB), refused before reading: what is not kept (a vCard's
photos) still takes time to read past. A CSV this big passes the other limits long before."""

MAX_LINES: Final = 3_000_000
"""Lines of a CSV or vCard file (a folded vCard line counts once), blank ones included:
reading one costs about 2 microseconds, so a file of empty lines is refused within seconds. A
vCard of 200,000 contacts has 1,500,000 to 3,000,000."""

MAX_LINE_LENGTH: Final = 1_048_576
"""Characters of one line of a text file (1 Mi; a vCard line with its folded continuations): a
longer line is refused, its start only held; in a vCard a longer photo, logo, sound or key is
skipped."""

MAX_FIELD_LENGTH: Final = 131_072
"""Characters of one CSV field (quoted fields may span lines): Python's csv module default,
csv.field_size_limit(), which this package does not change (it is process-wide)."""

MAX_CARD_LENGTH: Final = 1_048_576
"""Characters of one vCard without its binary properties (PHOTO, LOGO, SOUND, KEY), which are
skipped unread: what vobject is given to parse for one card."""

# ---- workbooks (XLSX), checked before openpyxl opens them -----------------------------------

MAX_ZIP_MEMBERS: Final = 10_000
"""Parts (ZIP members) of a workbook, read from the ZIP's end record before zipfile lists
them: a workbook with 1,000 sheets has about 2,000."""

MAX_UNPACKED_BYTES: Final = 256 * 2**20
"""All parts of a workbook unpacked (256 MiB), from the sizes the ZIP declares, which zipfile
enforces while reading: 100,000 rows of 4 columns written by openpyxl unpack to 26 MB."""

MAX_COMPRESSION_RATIO: Final = 250
"""Unpacked / packed size of one part bigger than RATIO_CHECKED_BYTES. Sheets compress about
10 times, very repetitive ones 50; ZIP bombs about 1,000 (deflate's maximum)."""

RATIO_CHECKED_BYTES: Final = 8 * 2**20
"""Parts smaller than this (8 MiB unpacked) are not checked for their compression ratio."""

MAX_XML_ELEMENTS: Final = 100_000
"""XML elements a workbook has outside its sheets' rows and its shared strings (workbook,
styles, relationships, ...), all of which openpyxl keeps as objects: up to 1 KB each (64,000
styles cost it 200 MB). A normal workbook has a few thousand."""

MAX_SHEET_ELEMENTS: Final = 4_000_000
"""XML elements in the rows of all the workbook's sheets together (a filled cell is two, a
row one): 100,000 rows of 15 filled cells take 3,100,000. Counting 4,000,000 takes about
4 seconds, openpyxl's own reading of them five times that."""

MAX_ITEM_ELEMENTS: Final = 100_000
"""XML elements in one sheet row or one shared string, which openpyxl holds whole while it
reads them (a row of Excel's 16,384 columns with values has about 33,000)."""

MAX_SHARED_STRINGS: Final = 600_000
"""Distinct texts of a workbook, which openpyxl loads all when it opens it, at about 190 bytes
each for 60 characters: 110 MB. A list of 100,000 contacts with 5 text columns has 500,000."""

MAX_PART_BYTES: Final = 16 * 2**20
"""Unpacked size of one workbook part that openpyxl reads whole into memory before parsing it
(styles, the workbook, the theme, relationships): 16 MiB; they are a few KB to a few hundred."""


class Tally:
    """Counts the rows and cells a reader keeps; raises ContactImportError past a limit.

    `add` once per record (blank ones too), as it is read, so a reader stops at the first row
    past a limit instead of counting the whole file; `table` once the width is known, before
    the rows are padded to it. `sheet` names the sheet counted, for the errors (None: the
    file, "it").
    """

    def __init__(self, path: str | os.PathLike[str], sheet: str | None = None) -> None:
        self.path = path
        self.sheet = sheet
        self.rows = 0
        self.cells = 0
        self.filled = 0
        self.text = 0

    def add(self, cells: Sequence[str], line: int | None = None) -> None:
        """Count one record of `cells` (found at `line`, which the error names)."""
        self.rows += 1
        count = len(cells)
        self.cells += count
        self.filled += count - cells.count("")
        self.text += sum(map(len, cells))
        # The module's limits are read on each call, so that a test may lower them.
        if self.rows > MAX_ROWS:
            raise limit_error(self.path, "rows", self.sheet, line)
        if self.cells > MAX_CELLS:
            raise limit_error(self.path, "cells", self.sheet, line)
        if self.filled > MAX_FILLED_CELLS:
            raise limit_error(self.path, "filled", self.sheet, line)
        if self.text > MAX_TEXT_LENGTH:
            raise limit_error(self.path, "text", self.sheet, line)

    def table(self, rows: int, width: int) -> None:
        """Check the table of `rows` rows padded to `width` columns."""
        if rows * width > MAX_CELLS:
            raise limit_error(self.path, "cells", self.sheet)


# One sentence per limit and what passed it: the file ("it"), a sheet ({sheet}: its name's
# repr) or the whole workbook. The file name is in the error's prefix.
TOO_MANY_ROWS: Final = Template(
    "ContactFiles",
    "too-many-rows",
    "it has more than {limit} rows, the most one import takes: split it into smaller files",
)
TOO_MANY_CELLS: Final = Template(
    "ContactFiles",
    "too-many-cells",
    "it has more than {limit} cells (rows × columns), the most one import takes: remove the "
    "columns you do not need or split it",
)
TOO_MANY_FILLED_CELLS: Final = Template(
    "ContactFiles",
    "too-many-filled-cells",
    "it has more than {limit} filled cells, the most one import takes: split it into smaller files",
)
TOO_MUCH_TEXT: Final = Template(
    "ContactFiles",
    "too-much-text",
    "it holds more than {limit} characters of text, the most one import takes: split it into "
    "smaller files",
)
SHEET_TOO_MANY_ROWS: Final = Template(
    "ContactFiles",
    "sheet-too-many-rows",
    "the sheet {sheet} has more than {limit} rows, the most one import takes: split it into "
    "smaller files",
)
SHEET_TOO_MANY_CELLS: Final = Template(
    "ContactFiles",
    "sheet-too-many-cells",
    "the sheet {sheet} has more than {limit} cells (rows × columns), the most one import "
    "takes: remove the columns you do not need or split it",
)
SHEET_TOO_MANY_FILLED_CELLS: Final = Template(
    "ContactFiles",
    "sheet-too-many-filled-cells",
    "the sheet {sheet} has more than {limit} filled cells, the most one import takes: split it "
    "into smaller files",
)
SHEET_TOO_MUCH_TEXT: Final = Template(
    "ContactFiles",
    "sheet-too-much-text",
    "the sheet {sheet} holds more than {limit} characters of text, the most one import takes: "
    "split it into smaller files",
)
WORKBOOK_TOO_MUCH_TEXT: Final = Template(
    "ContactFiles",
    "workbook-too-much-text",
    "the workbook holds more than {limit} characters of text, the most one import takes: "
    "split it into smaller files",
)

# which -> (code, the limit's name here, the sentence for a file, for a sheet).
_REASONS: Final = {
    "rows": ("too_many_rows", "MAX_ROWS", TOO_MANY_ROWS, SHEET_TOO_MANY_ROWS),
    "cells": ("too_many_cells", "MAX_CELLS", TOO_MANY_CELLS, SHEET_TOO_MANY_CELLS),
    "filled": (
        "too_many_filled_cells",
        "MAX_FILLED_CELLS",
        TOO_MANY_FILLED_CELLS,
        SHEET_TOO_MANY_FILLED_CELLS,
    ),
    "text": ("too_much_text", "MAX_TEXT_LENGTH", TOO_MUCH_TEXT, SHEET_TOO_MUCH_TEXT),
}


def limit_error(
    path: str | os.PathLike[str],
    which: str,
    sheet: str | None = None,
    line: int | None = None,
    *,
    workbook: bool = False,
) -> ContactImportError:
    """The error for one of the table limits: "rows", "cells", "filled" or "text", passed by
    the file, the sheet named `sheet` or (`workbook`, "text" only) the whole workbook."""
    code, name, for_file, for_sheet = _REASONS[which]
    limit = globals()[name]
    shown = f"{limit:,}"
    if workbook:
        if which != "text":
            raise ValueError(f"no workbook-wide limit of {which}")
        reason = WORKBOOK_TOO_MUCH_TEXT(limit=shown)
    elif sheet is not None:
        reason = for_sheet(sheet=repr(sheet), limit=shown)
    else:
        reason = for_file(limit=shown)
    return ContactImportError(path, reason, line, code=code, params={"limit": limit})
