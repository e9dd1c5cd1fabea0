"""CSV (and other delimited text) files -> Preview.

Encoding: a BOM decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8; otherwise
Windows-1252 when charset-normalizer sees Latin script (it tends to say cp1250 or cp1258 for
short Italian or French text, which turns "ò" into "ň"), or charset-normalizer's choice for other
scripts (Cyrillic, Greek, ...); Latin-1 as the last resort. Binary data is refused.
Delimiter: the one of `,` `;` tab `|` that splits the first lines into the same number of
fields most consistently (csv.Sniffer guesses wrong on numbers with spaces and commas).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from .errors import ContactImportError, short
from .preview import Preview, build_table

DELIMITERS: Final = (",", ";", "\t", "|")
MAX_BYTES: Final = 200 * 1024 * 1024  # a contact list is never this big; refuse, don't swap
_SAMPLE_LINES: Final = 50
_SAMPLE_CHARS: Final = 64 * 1024
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Unicode blocks of scripts for which charset-normalizer's choice beats Windows-1252.
_OTHER_SCRIPTS: Final = (
    "Cyrillic",
    "Greek",
    "Hebrew",
    "Arabic",
    "Thai",
    "CJK",
    "Hangul",
    "Hiragana",
    "Katakana",
    "Armenian",
    "Georgian",
    "Devanagari",
    "Bopomofo",
    "Halfwidth",
)
_SIGNATURES: Final = (
    (b"PK\x03\x04", "it is a ZIP archive (an .xlsx workbook? save it with that extension)"),
    (b"\xd0\xcf\x11\xe0", "it is an old Excel/Office binary file (save it as .xlsx or .csv)"),
    (b"%PDF", "it is a PDF document"),
)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, or ContactImportError when it cannot be read or is too big."""
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise ContactImportError(path, f"the file is too big ({size // 2**20} MiB)")
        return Path(path).read_bytes()
    except OSError as exc:
        raise ContactImportError(path, exc.strerror or short(exc)) from None


def decode_text(data: bytes, path: str | os.PathLike[str] = "") -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes; ContactImportError for binary data."""
    text, encoding = _decode(data, path)
    if _looks_binary(text):
        raise ContactImportError(path, "this is not a text file (it contains binary data)")
    return text, encoding


def _decode(data: bytes, path: str | os.PathLike[str]) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ContactImportError(
                    path, f"it starts with a {encoding} mark but is not {encoding}: {short(exc)}"
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise ContactImportError(path, f"this is not a text file: {what}")
    guess = _charset_guess(data)
    unicode = guess is not None and guess[1].startswith("utf")
    if b"\x00" in data and not unicode:
        raise ContactImportError(path, "this is not a text file (it contains binary data)")
    if guess is not None and (unicode or not guess[2]):
        return guess[0], guess[1]
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _charset_guess(data: bytes) -> tuple[str, str, bool] | None:
    """charset-normalizer's (text, encoding, is Latin script), or None when it has no idea."""
    from charset_normalizer import from_bytes  # imported late: it is slow to import

    try:
        best = from_bytes(data[: 1024 * 1024]).best()
    except Exception:  # the detector must never be the reason an import fails
        return None
    if best is None:
        return None
    latin = not any(script in a for a in best.alphabets for script in _OTHER_SCRIPTS)
    try:
        return data.decode(best.encoding), best.encoding, latin
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = sum(1 for char in sample if char < " " and char not in "\t\r\n\f\v")
    return controls > max(2, len(sample) // 100)


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
    data = read_bytes(path)
    if not data.strip():
        raise ContactImportError(path, "the file is empty")
    if encoding is None:
        text, encoding = decode_text(data, path)
    else:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ContactImportError(path, f"cannot read it as {encoding}: {short(exc)}") from None
    if delimiter is None:
        delimiter = sniff_delimiter(text[:_SAMPLE_CHARS])
    del text  # decoded again piecewise while parsing: a whole copy would double the memory
    stream = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    try:
        header, rows, lines, header_line = build_table(
            _records(stream, delimiter), has_header=has_header
        )
    except csv.Error as exc:
        raise ContactImportError(path, f"malformed CSV: {short(exc)}") from None
    if not header:
        raise ContactImportError(path, "the file has no data")
    if not rows:
        raise ContactImportError(path, "the file has only a header line and no contacts")
    return Preview(
        source=os.fspath(path),
        kind="csv",
        header=header,
        rows=rows,
        lines=lines,
        header_line=header_line,
        encoding=encoding,
        delimiter=delimiter,
    )


def _records(stream: io.TextIOBase, delimiter: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    reader = csv.reader(stream, delimiter=delimiter)
    start = 1
    for row in reader:
        yield start, tuple(row)  # a tuple now, so that build_table keeps it as it is
        start = reader.line_num + 1
