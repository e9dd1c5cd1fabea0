"""A workbook's ZIP archive and XML checked against limits.py before openpyxl reads any of it.

openpyxl trusts its input: it reads whole parts into memory (styles, the workbook, the theme),
builds objects for every element of them, loads every shared string, and learns how big a
sheet is by parsing it. So, in this order, each step reading no more than the one before let
through:
  1. the ZIP's end record: the size of its directory, before zipfile builds an object for each
     member it lists;
  2. zipfile's directory: the unpacked sizes the members declare, summed, and each big
     member's compression ratio. Nothing is unpacked yet, and zipfile never unpacks more than a
     member declares (it stops there and fails its CRC check);
  3. the parts openpyxl's read-only loader reads (openpyxl 3.1: reader/excel.py, opened with
     keep_links=False), streamed through expat (C, constant memory, no tree): in a sheet its
     rows, the elements of each row and of all rows, the cells with a value and the widest
     row (the table's limits, checked here so that a refusal does not wait for openpyxl to
     read the rows); in the shared strings the strings, their elements and their text; in a
     part read whole (and outside rows and strings) every element, since openpyxl keeps objects
     for those, and the part's size. A part reached both ways is counted as read whole.
Parts openpyxl does not read in read-only mode (comments, drawings of worksheets, images) only
count in the unpacked size. Every sheet is counted, not only the one to import: openpyxl reads
them all when it opens the workbook when they do not declare their size.
"""

from __future__ import annotations

import functools
import os
import posixpath
import zipfile
from typing import IO, Any, Final
from xml.parsers import expat

from ..protocol.phrases import Phrase, Template
from . import limits
from .errors import ContactImportError
from .limits import limit_error

DIRECTORY_BYTES_PER_MEMBER: Final = 1024  # a ZIP directory entry is ~100 bytes in a workbook
_CHUNK: Final = 2**20
_MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ROW: Final = f"{_MAIN} row"
_SI: Final = f"{_MAIN} si"
_WORKSHEET: Final = f"{_MAIN} worksheet"
_SST: Final = f"{_MAIN} sst"
_SHEET: Final = f"{_MAIN} sheet"
_CELL: Final = f"{_MAIN} c"
_VALUES: Final = frozenset({f"{_MAIN} v", f"{_MAIN} is"})
_DIGITS: Final = "0123456789"
_RELATIONSHIP: Final = "http://schemas.openxmlformats.org/package/2006/relationships Relationship"
_OVERRIDE: Final = "http://schemas.openxmlformats.org/package/2006/content-types Override"
_R_ID: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships id"
_CONTENT_TYPES: Final = "[Content_Types].xml"
_WORKBOOK: Final = "xl/workbook.xml"  # when the content types do not name it
# What openpyxl reads whole by fixed names (openpyxl.xml.constants ARC_*).
_FIXED: Final = ("xl/styles.xml", "docProps/core.xml", "docProps/custom.xml")
_THEME: Final = "xl/theme/theme1.xml"  # read as bytes, not parsed
_WORKBOOK_TYPES: Final = (
    "spreadsheetml.sheet.main+xml",
    "spreadsheetml.template.main+xml",
    "ms-excel.sheet.macroEnabled.main+xml",
    "ms-excel.template.macroEnabled.main+xml",
)
_STRINGS_TYPE: Final = "spreadsheetml.sharedStrings+xml"

# A workbook past a limit (ContactImportError.reason); {sheet} is a sheet name's repr, {part}
# a ZIP member's name.
TOO_MANY_PARTS: Final = Template(
    "ContactFiles",
    "too-many-parts",
    "the workbook has more than {limit} parts (or a bigger directory of them), the most one "
    "import takes",
)
UNPACKED_TOO_BIG: Final = Template(
    "ContactFiles",
    "unpacked-too-big",
    "the workbook unpacks to {size} MiB, more than the {limit} MiB one import takes (a ZIP bomb?)",
)
COMPRESSION_RATIO: Final = Template(
    "ContactFiles",
    "compression-ratio",
    "the part {part} of the workbook is compressed {ratio} times, more than the {limit} times "
    "of any genuine workbook (a ZIP bomb?)",
)
PART_TOO_BIG: Final = Template(
    "ContactFiles",
    "part-too-big",
    "the part {part} of the workbook is {size} MiB unpacked, more than the {limit} MiB one "
    "import takes for it",
)
TOO_MANY_ELEMENTS: Final = Template(
    "ContactFiles",
    "too-many-elements",
    "the workbook has more than {limit} XML elements outside its rows and shared strings (in "
    "{part}), the most one import takes",
)
TOO_MANY_STRINGS: Final = Template(
    "ContactFiles",
    "too-many-strings",
    "the workbook has more than {limit} distinct texts (shared strings), the most one import "
    "takes: split it into smaller files",
)
TOO_MANY_SHEET_ELEMENTS: Final = Template(
    "ContactFiles",
    "too-many-sheet-elements",
    "the workbook's sheets have more than {limit} XML elements in their rows, the most one "
    "import takes: split it into smaller files",
)
ROW_TOO_BIG: Final = Template(
    "ContactFiles",
    "row-too-big",
    "the sheet {sheet} has a row of more than {limit} XML elements, the most one import takes",
)
STRING_TOO_BIG: Final = Template(
    "ContactFiles",
    "string-too-big",
    "it has a shared string of more than {limit} XML elements, the most one import takes",
)


def check_workbook(path: str | os.PathLike[str], file: IO[bytes]) -> None:
    """ContactImportError unless the workbook in `file` is within every limit; see the module
    docstring. A damaged archive is left for openpyxl to report."""
    _check_directory(path, file)
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return  # openpyxl says what is wrong with it
    with archive:
        members = archive.infolist()
        _check_sizes(path, members)
        _Guard(path, archive).run()


def _check_directory(path: str | os.PathLike[str], file: IO[bytes]) -> None:
    """The ZIP directory's size and member count, from its end record."""
    found = _end_record(file)
    file.seek(0)
    if found is None:
        return
    members, size = found
    limit = limits.MAX_ZIP_MEMBERS
    if members > limit or size > limit * DIRECTORY_BYTES_PER_MEMBER:
        raise ContactImportError(
            path,
            TOO_MANY_PARTS(limit=f"{limit:,}"),
            code="too_many_parts",
            params={"limit": limit, "members": members, "directory_bytes": size},
        )


def _end_record(file: IO[bytes]) -> tuple[int, int] | None:
    """(members, directory bytes) from the ZIP's end record (ZIP64's if it has one)."""
    file.seek(0, os.SEEK_END)
    end = file.tell()
    file.seek(max(0, end - 22 - 65535))  # the record, then a comment of up to 64 KiB
    tail = file.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    members = int.from_bytes(tail[at + 10 : at + 12], "little")
    size = int.from_bytes(tail[at + 12 : at + 16], "little")
    locator = tail[at - 20 : at] if at >= 20 else b""
    if locator.startswith(b"PK\x06\x07"):
        file.seek(int.from_bytes(locator[8:16], "little"))
        record = file.read(56)
        if record.startswith(b"PK\x06\x06") and len(record) == 56:
            members = int.from_bytes(record[32:40], "little")
            size = int.from_bytes(record[40:48], "little")
    return members, size


def _check_sizes(path: str | os.PathLike[str], members: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in members)
    if total > limits.MAX_UNPACKED_BYTES:
        raise ContactImportError(
            path,
            UNPACKED_TOO_BIG(
                size=f"{total // 2**20:,}", limit=f"{limits.MAX_UNPACKED_BYTES // 2**20:,}"
            ),
            code="unpacked_too_big",
            params={"limit": limits.MAX_UNPACKED_BYTES, "size": total},
        )
    for info in members:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.RATIO_CHECKED_BYTES and ratio > limits.MAX_COMPRESSION_RATIO:
            raise ContactImportError(
                path,
                COMPRESSION_RATIO(
                    part=info.filename, ratio=f"{ratio:,.0f}", limit=limits.MAX_COMPRESSION_RATIO
                ),
                code="compression_ratio",
                params={"limit": limits.MAX_COMPRESSION_RATIO, "part": info.filename},
            )


class _Guard:
    """Step 3 of the module docstring for one archive: which parts openpyxl reads and how,
    each counted once; the counts of the whole workbook."""

    def __init__(self, path: str | os.PathLike[str], archive: zipfile.ZipFile) -> None:
        self.path = path
        self.archive = archive
        self.names = {info.filename: info for info in archive.infolist()}  # the last one wins
        self.scanned: set[str] = set()
        self.elements = 0  # outside rows and shared strings
        self.sheet_elements = 0
        self.strings = 0
        self.text = 0

    def run(self) -> None:
        overrides = self.collect(_CONTENT_TYPES, _OVERRIDE)
        workbook = next(
            (_part(a) for a in overrides if a.get("ContentType", "").endswith(_WORKBOOK_TYPES)),
            _WORKBOOK,
        )
        strings = next(
            (_part(a) for a in overrides if a.get("ContentType", "").endswith(_STRINGS_TYPE)),
            None,
        )
        relations = self.relations(workbook)
        names = {a.get(_R_ID): a.get("name", "") for a in self.collect(workbook, _SHEET)}
        for name in _FIXED:
            self.scan(name, "whole")
        if _THEME in self.names:
            self.check_part_size(self.names[_THEME])
        sheets: dict[str, str] = {}
        for kind, target, rel_id in relations:
            if kind.endswith("/worksheet"):
                sheets[target] = names.get(rel_id) or target
                self.relations(target)  # openpyxl reads each sheet's relationships
            elif kind.endswith("/chartsheet"):
                self.read_whole_with_dependents(target, depth=3)
        if strings is not None:
            self.scan(strings, "strings")
        for target, name in sheets.items():
            self.scan(target, "sheet", name)

    # ---- what openpyxl reads whole ------------------------------------------------------

    def collect(self, name: str, tag: str) -> list[dict[str, str]]:
        """Scan a part read whole, keeping the attributes of its `tag` elements."""
        found: list[dict[str, str]] = []
        self.scan(name, "whole", collect=(tag, found))
        return found

    def relations(self, part: str) -> list[tuple[str, str, str]]:
        """(type, target part, id) of the relationships of `part` (scanned whole)."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{base}.rels")
        found = []
        for attrs in self.collect(rels, _RELATIONSHIP):
            target = attrs.get("Target", "")
            if attrs.get("TargetMode") == "External" or not target:
                continue
            # As openpyxl.packaging.relationship.get_dependents resolves it.
            if target.startswith("/"):
                target = target[1:]
            else:
                target = posixpath.normpath(posixpath.join(folder, target))
            found.append((attrs.get("Type", ""), target, attrs.get("Id", "")))
        return found

    def read_whole_with_dependents(self, part: str, depth: int) -> None:
        """A chart sheet: openpyxl reads it, its drawings and their charts, all whole."""
        self.scan(part, "whole")
        if depth > 0:
            for _, target, _ in self.relations(part):
                self.read_whole_with_dependents(target, depth - 1)

    def check_part_size(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > limits.MAX_PART_BYTES:
            raise ContactImportError(
                self.path,
                PART_TOO_BIG(
                    part=info.filename,
                    size=f"{info.file_size // 2**20:,}",
                    limit=f"{limits.MAX_PART_BYTES // 2**20:,}",
                ),
                code="part_too_big",
                params={"limit": limits.MAX_PART_BYTES, "part": info.filename},
            )

    # ---- streaming a part through expat -------------------------------------------------

    def scan(
        self,
        name: str,
        mode: str,
        sheet: str | None = None,
        collect: tuple[str, list[dict[str, str]]] | None = None,
    ) -> None:
        """Count the elements of part `name` read "whole", as a "sheet" (named `sheet`, for the
        errors) or as "strings"."""
        info = self.names.get(name)
        if info is None or name in self.scanned:
            return
        self.scanned.add(name)
        if mode == "whole":
            self.check_part_size(info)
        counter = _Counter(self, name, mode, sheet, collect)
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartElementHandler = counter.start
        parser.EndElementHandler = counter.end
        counter.parser = parser
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except ContactImportError:
            raise
        except Exception:  # not XML, or damaged: openpyxl stops at the same point, and says so
            return

    def error(self, code: str, reason: Phrase, limit: int, part: str) -> ContactImportError:
        return ContactImportError(
            self.path, reason, code=code, params={"limit": limit, "part": part}
        )


class _Counter:
    """expat handlers counting one part; `mode` "sheet" and "strings" apply only when the part's
    root is a worksheet or a shared-string table, else it is counted as read whole."""

    def __init__(
        self,
        guard: _Guard,
        name: str,
        mode: str,
        sheet: str | None,
        collect: tuple[str, list[dict[str, str]]] | None,
    ) -> None:
        self.guard = guard
        self.name = name
        self.mode = mode
        self.sheet = sheet
        self.collect = collect
        self.parser: Any = None
        self.item_tag = ""  # the element openpyxl parses and clears one by one (row, si)
        self.depth = 0
        self.item_depth = 0  # the depth of the open item; 0 outside items
        self.item_elements = 0
        self.rows = 0
        self.column = 0  # of the current cell, as openpyxl numbers it
        self.width = 0  # the last column with a value
        self.filled = 0  # cells with a value
        # Read once: the handlers run for every element.
        self.max_item = limits.MAX_ITEM_ELEMENTS
        self.max_sheet = limits.MAX_SHEET_ELEMENTS
        self.max_filled = limits.MAX_FILLED_CELLS

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.item_depth:
            self.inside_item(tag, attrs)
        elif self.depth == 1:
            self.begin(tag)
            self.outside(tag, attrs)
        elif tag == self.item_tag:
            self.open_item(tag)
        else:
            self.outside(tag, attrs)

    def end(self, tag: str) -> None:
        if self.depth == self.item_depth:
            self.item_depth = 0
        self.depth -= 1
        if self.depth == 0 and self.item_tag == _ROW:
            self.table_done()

    def text(self, data: str) -> None:
        if self.item_depth:
            self.guard.text += len(data)
            if self.guard.text > limits.MAX_TEXT_LENGTH:
                raise limit_error(self.guard.path, "text", workbook=True)

    def begin(self, root: str) -> None:
        """Decide by the root element how openpyxl will read this part."""
        if self.mode == "sheet" and root == _WORKSHEET:
            self.item_tag = _ROW
            self.parser.StartElementHandler = self.sheet_start
        elif self.mode == "strings" and root == _SST:
            self.item_tag = _SI
            self.parser.CharacterDataHandler = self.text
        elif self.mode != "whole":  # not what it claims to be: counted as read whole
            self.mode = "whole"
            self.guard.check_part_size(self.guard.names[self.name])

    def sheet_start(self, tag: str, attrs: dict[str, str]) -> None:
        """`start` for a sheet, where most elements are a row's cells and values: kept short,
        it runs millions of times."""
        self.depth += 1
        if not self.item_depth:
            if tag == _ROW:
                self.open_item(tag)
            else:
                self.outside(tag, attrs)
            return
        self.item_elements += 1
        if self.item_elements > self.max_item:
            raise self.item_error()
        self.count_sheet_element()
        if tag == _CELL:
            reference = attrs.get("r")
            self.column = _column(reference.rstrip(_DIGITS)) if reference else self.column + 1
        elif tag in _VALUES:  # the cell has a value: it will be a filled cell
            self.filled += 1
            if self.filled > self.max_filled:
                raise limit_error(self.guard.path, "filled", self.sheet)
            if self.column > self.width:
                self.width = self.column

    def outside(self, tag: str, attrs: dict[str, str]) -> None:
        """An element openpyxl keeps (or parses whole): the workbook's budget."""
        guard = self.guard
        guard.elements += 1
        if guard.elements > limits.MAX_XML_ELEMENTS:
            raise guard.error(
                "too_many_elements",
                TOO_MANY_ELEMENTS(limit=f"{limits.MAX_XML_ELEMENTS:,}", part=self.name),
                limits.MAX_XML_ELEMENTS,
                self.name,
            )
        if self.collect is not None and tag == self.collect[0]:
            self.collect[1].append(attrs)

    def open_item(self, tag: str) -> None:
        guard = self.guard
        self.item_depth, self.item_elements = self.depth, 1
        if tag == _ROW:
            self.rows += 1
            self.column = 0
            if self.rows > limits.MAX_ROWS:
                raise limit_error(guard.path, "rows", self.sheet)
            self.count_sheet_element()
            return
        guard.strings += 1
        if guard.strings > limits.MAX_SHARED_STRINGS:
            raise guard.error(
                "too_many_strings",
                TOO_MANY_STRINGS(limit=f"{limits.MAX_SHARED_STRINGS:,}"),
                limits.MAX_SHARED_STRINGS,
                self.name,
            )

    def inside_item(self, tag: str, attrs: dict[str, str]) -> None:
        self.item_elements += 1
        if self.item_elements > self.max_item:
            raise self.item_error()

    def count_sheet_element(self) -> None:
        self.guard.sheet_elements += 1
        if self.guard.sheet_elements > self.max_sheet:
            raise self.guard.error(
                "too_many_sheet_elements",
                TOO_MANY_SHEET_ELEMENTS(limit=f"{limits.MAX_SHEET_ELEMENTS:,}"),
                limits.MAX_SHEET_ELEMENTS,
                self.name,
            )

    def table_done(self) -> None:
        """The sheet as a table: every row as wide as its widest row with a value."""
        if self.rows * self.width > limits.MAX_CELLS:
            raise limit_error(self.guard.path, "cells", self.sheet)

    def item_error(self) -> ContactImportError:
        limit = f"{limits.MAX_ITEM_ELEMENTS:,}"
        if self.item_tag == _ROW:
            reason = ROW_TOO_BIG(sheet=repr(self.sheet), limit=limit)
        else:
            reason = STRING_TOO_BIG(limit=limit)
        return self.guard.error(
            "item_too_big",
            reason,
            limits.MAX_ITEM_ELEMENTS,
            self.name,
        )


@functools.lru_cache(maxsize=20_000)  # Excel has 16,384 columns
def _column(letters: str) -> int:
    """The column number of a cell reference's letters ("AB" -> 28); 0 for none."""
    column = 0
    for letter in letters.upper():
        if not "A" <= letter <= "Z":
            return 0
        column = column * 26 + ord(letter) - 64
    return column


def _part(attrs: dict[str, str]) -> str:
    """A content-types PartName ("/xl/workbook.xml") as a ZIP member name."""
    return attrs.get("PartName", "").lstrip("/")
