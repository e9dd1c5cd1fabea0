"""CSV (and other delimited text) files -> Preview, read line by line in bounded memory.

Encoding: see textfile.py (a BOM, else UTF-8 line by line with a single-byte fallback for the
lines that are not UTF-8, listed in the preview's warnings). Binary data is refused.
Delimiter: the one of `,` `;` tab `|` that splits the first lines into the same number of
fields most consistently (csv.Sniffer guesses wrong on numbers with spaces and commas).
Limits (limits.py): lines, fields, rows, cells and text are counted as they are read, and the
file is refused at the first one passed.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from typing import Final

from ..protocol.phrases import Template
from .errors import ContactImportError, short
from .limits import Tally
from .preview import Preview, build_table
from .textfile import Line, decode_text, line_too_long, open_text

__all__ = ["DELIMITERS", "decode_text", "read_csv", "sniff_delimiter"]

DELIMITERS: Final = (",", ";", "\t", "|")
_SAMPLE_LINES: Final = 50

NO_DATA: Final = Template("ContactFiles", "no-data", "the file has no data")
ONLY_HEADER_LINE: Final = Template(
    "ContactFiles", "only-header-line", "the file has only a header line and no contacts"
)
FIELD_TOO_LONG: Final = Template(
    "ContactFiles",
    "field-too-long",
    "malformed CSV: a field is longer than {limit} characters, the most one field may have",
)
MALFORMED_CSV: Final = Template("ContactFiles", "malformed-csv", "malformed CSV: {detail}")


def sniff_delimiter(text: str) -> str:
    """The delimiter among `,` `;` tab `|` that splits the first lines most consistently;
    "," when none splits them at all (a single-column file)."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = ",", (0.0, 0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [
                len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row
            ]
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        # Consistency first; then the header must split too; then prefer more fields.
        score = (counts.count(mode) / len(counts), int(counts[0] == mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool = True,
) -> Preview:
    """Read a delimited text file into a Preview; `encoding`/`delimiter` None = detect."""
    with open_text(path, encoding) as source:
        if delimiter is None:
            delimiter = sniff_delimiter(source.sample)
        header, rows, lines, header_line = build_table(
            _records(source.lines(), delimiter, path), has_header=has_header, tally=Tally(path)
        )
    if not header:
        raise ContactImportError(path, NO_DATA())
    if not rows:
        raise ContactImportError(path, ONLY_HEADER_LINE())
    return Preview(
        source=os.fspath(path),
        kind="csv",
        header=header,
        rows=rows,
        lines=lines,
        header_line=header_line,
        encoding=source.encoding,
        delimiter=delimiter,
        warnings=source.warnings,
    )


def _records(
    lines: Iterator[Line], delimiter: str, path: str | os.PathLike[str]
) -> Iterator[tuple[int, tuple[str, ...]]]:
    reader = csv.reader(_texts(lines, path), delimiter=delimiter)
    start = 1
    try:
        for row in reader:
            yield start, tuple(row)  # a tuple now, so that build_table keeps it as it is
            start = reader.line_num + 1
    except csv.Error as exc:
        raise _csv_error(path, exc, start) from None


def _texts(lines: Iterator[Line], path: str | os.PathLike[str]) -> Iterator[str]:
    for line in lines:
        if not line.whole:
            raise line_too_long(path, line.number)
        yield line.text


def _csv_error(path: str | os.PathLike[str], exc: csv.Error, line: int) -> ContactImportError:
    if "field limit" in str(exc):
        limit = csv.field_size_limit()  # MAX_FIELD_LENGTH unless someone changed it
        return ContactImportError(
            path,
            FIELD_TOO_LONG(limit=f"{limit:,}"),
            line,
            code="field_too_long",
            params={"limit": limit},
        )
    return ContactImportError(path, MALFORMED_CSV(detail=short(exc)), line)
