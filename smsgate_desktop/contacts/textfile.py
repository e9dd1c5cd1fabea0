"""Text files (CSV, vCard) read line by line in bounded memory, each line decoded on its own.

Encoding: a BOM decides (UTF-8, UTF-16, UTF-32), or the caller; otherwise each line is read
as UTF-8 and, when it is not valid UTF-8, in one single-byte fallback chosen from the file's
first MiB without its UTF-8 lines: Windows-1252 when charset-normalizer sees Latin script there
(it tends to say cp1250 or cp1258 for short Italian or French text, which turns "ò" into "ň"),
its own choice for other scripts (Cyrillic, Greek, ...); Latin-1 for a line that is not valid
in the fallback either. So a file mixing UTF-8 and Windows-1252 lines reads right on both, and
the lines of the less used encoding are listed in `warnings`: "José" never becomes "JosÃ©"
silently. Binary data is refused.

Lines end at CR LF, LF or CR (what io's newline="" sees) and keep their ends. A line longer
than its limit is handed on cut, flagged, as soon as it passes the limit; its rest is read past
and dropped, never held.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from collections.abc import Iterable, Iterator
from typing import AnyStr, BinaryIO, Final, NamedTuple

from ..protocol.phrases import Template
from . import limits
from .errors import ContactImportError, short
from .preview import ReadWarning

HEAD_BYTES: Final = 2**20  # what encoding detection and delimiter sniffing look at
CHUNK_BYTES: Final = 2**20
SAMPLE_CHARS: Final = 64 * 1024
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

# Why a file is refused (ContactImportError.reason).
TOO_BIG: Final = Template("ContactFiles", "file-too-big", "the file is too big ({size} MiB)")
BINARY: Final = Template(
    "ContactFiles", "binary", "this is not a text file (it contains binary data)"
)
NOT_TEXT: Final = Template("ContactFiles", "not-text", "this is not a text file: {reason}")
ZIP_ARCHIVE: Final = Template(
    "ContactFiles",
    "zip-archive",
    "it is a ZIP archive (an .xlsx workbook? save it with that extension)",
)
OFFICE_BINARY: Final = Template(
    "ContactFiles",
    "office-binary",
    "it is an old Excel/Office binary file (save it as .xlsx or .csv)",
)
PDF: Final = Template("ContactFiles", "pdf", "it is a PDF document")
EMPTY: Final = Template("ContactFiles", "empty-file", "the file is empty")
UNDECODABLE: Final = Template(
    "ContactFiles", "undecodable", "cannot read it as {encoding}: {detail}"
)
NOT_AS_MARKED: Final = Template(
    "ContactFiles",
    "not-as-marked",
    "it starts with a {encoding} mark but is not {encoding}: {detail}",
)
TOO_MANY_LINES: Final = Template(
    "ContactFiles",
    "too-many-lines",
    "it has more than {limit} lines, the most one import takes: split it into smaller files",
)
LINE_TOO_LONG: Final = Template(
    "ContactFiles",
    "line-too-long",
    "this line is longer than {limit} characters, the most one line may have",
)
# A line of a mixed-encoding file (ReadWarning.reason), and the lines past those listed.
OTHER_ENCODING: Final = Template(
    "ContactFiles",
    "other-encoding",
    "not {expected} like the rest of the file: read as {encoding}",
)
ONE_MORE_OTHER_ENCODING: Final = Template(
    "ContactFiles",
    "one-more-other-encoding",
    "1 more lines are not {expected} like the rest of the file: read as {encoding}",
)
MORE_OTHER_ENCODING: Final = Template(
    "ContactFiles",
    "more-other-encoding",
    "{count} more lines are not {expected} like the rest of the file: read as {encoding}",
)

_SIGNATURES: Final = (
    (b"PK\x03\x04", ZIP_ARCHIVE),
    (b"\xd0\xcf\x11\xe0", OFFICE_BINARY),
    (b"%PDF", PDF),
)
# Line ends as io's newline="" sees them; "folded": not those followed by a space or a tab,
# which continue the line (vCard folding), so that a folded line is one match apart.
_ENDS: Final = {bytes: re.compile(rb"\r\n?|\n"), str: re.compile(r"\r\n?|\n")}
_FOLDED_ENDS: Final = {
    bytes: re.compile(rb"\r\n(?![ \t])|\r(?![\n \t])|\n(?![ \t])"),
    str: re.compile(r"\r\n(?![ \t])|\r(?![\n \t])|\n(?![ \t])"),
}
_CR: Final = {bytes: b"\r", str: "\r"}
_LF: Final = {bytes: b"\n", str: "\n"}
_CRLF: Final = {bytes: b"\r\n", str: "\r\n"}


class Line(NamedTuple):
    """One line of a text file: its 1-based `number`, its `text` with its line end, and
    `whole`: False when the line was longer than the limit and `text` is only its start."""

    number: int
    text: str
    whole: bool


def split_lines(
    chunks: Iterable[AnyStr], max_length: int, *, folded: bool = False
) -> Iterator[tuple[AnyStr, bool, int]]:
    """The lines of a stream of chunks (bytes or str), each as (line with its end, whole, ends):
    `whole` is False for a line longer than `max_length`, of which only the first `max_length`
    units are kept (the rest is read past, never held; not `folded`, the line is handed on as
    soon as it passes the limit); `ends` is how many line ends it spans (1; 0 for a last line
    without one; more for a `folded` line, which goes on at each line end followed by a space
    or a tab)."""
    kept: list[AnyStr] = []
    room = max_length  # what the current line may still keep
    ends = 0
    dropping = False  # a cut line already handed on (not `folded`): read up to its end
    for chunk in _held_back(chunks, folded):
        kind = type(chunk)
        pattern = (_FOLDED_ENDS if folded else _ENDS)[kind]
        cr, lf, crlf = _CR[kind], _LF[kind], _CRLF[kind]
        start = 0
        for match in pattern.finditer(chunk):
            piece = chunk[start : match.end()]
            start = match.end()
            if dropping:
                kept, room, ends, dropping = [], max_length, 0, False
                continue
            if not kept and len(piece) <= room:  # the usual line, whole in one chunk
                ends += piece.count(lf) + piece.count(cr) - piece.count(crlf) if folded else 1
                yield piece, True, ends
                ends = 0
                continue
            if len(piece) <= room:
                kept.append(piece)
                room -= len(piece)
            elif room >= 0:
                kept.append(piece[:room])
                room = -1  # cut: the rest of the line is only counted
            ends += _count_ends(piece) if folded else 1
            yield chunk[:0].join(kept), room >= 0, ends
            kept, room, ends = [], max_length, 0
        rest = chunk[start:]
        if rest and not dropping:
            if folded:
                ends += _count_ends(rest)
            if len(rest) <= room:
                kept.append(rest)
                room -= len(rest)
            elif room >= 0:
                kept.append(rest[:room])
                room = -1
                if not folded:  # it has one line end: hand it on now, not after reading to it
                    yield chunk[:0].join(kept), False, 1
                    dropping = True
    if kept and not dropping:
        yield kept[0][:0].join(kept), room >= 0, ends


def _count_ends(text: AnyStr) -> int:
    kind = type(text)
    return text.count(_LF[kind]) + text.count(_CR[kind]) - text.count(_CRLF[kind])


def _held_back(chunks: Iterable[AnyStr], folded: bool) -> Iterator[AnyStr]:
    """The chunks, none ending with a line end that the next chunk may change: a CR (it may be
    half a CR LF), or when `folded` any line end (a space may follow). It opens the next one."""
    carry: AnyStr | None = None
    for chunk in chunks:
        if not chunk:
            continue
        if carry is not None:
            chunk = carry + chunk
            carry = None
        kind = type(chunk)
        cr, lf = _CR[kind], _LF[kind]
        held = 0
        if chunk[-1:] == cr:
            held = 1
        elif folded and chunk[-1:] == lf:
            held = 2 if chunk[-2:-1] == cr else 1
        if held:
            chunk, carry = chunk[:-held], chunk[-held:]
        if chunk:
            yield chunk
    if carry is not None:
        yield carry


class TextSource:
    """The lines of one text file, decoded as the module docstring says; a context manager.

    `encoding` names how it was read and `warnings` lists the lines read otherwise: both are
    final once `lines()` has been read to the end. `sample` is the file's start, decoded, for
    sniffing a delimiter. ContactImportError for binary data or a line that cannot be decoded
    in an encoding the file declares (BOM) or the caller gives.
    """

    def __init__(
        self,
        file: BinaryIO,
        path: str | os.PathLike[str] = "",
        encoding: str | None = None,
        *,
        max_line: int | None = None,
        folded: bool = False,
    ) -> None:
        self.path = path
        self.max_line = max_line or limits.MAX_LINE_LENGTH
        self.folded = folded
        self._file = file
        self._head = file.read(HEAD_BYTES)
        self._complete = len(self._head) < HEAD_BYTES  # the head is the whole file
        self._codec = "utf-8"  # the codec of every line, unless per-line (auto)
        self._auto = False
        self._fallback = "cp1252"
        self._lines_mode = True  # split bytes, then decode; else decode, then split (UTF-16)
        self._strict_reason = UNDECODABLE  # how a line that does not decode is refused
        self._seen: dict[str, list[int]] = {}  # codec -> the first non-ASCII lines read in it
        self._counts: dict[str, int] = {}  # codec -> how many non-ASCII lines
        self._lines_read = 0  # when decoding comes before splitting
        self.encoding = encoding or "utf-8"
        self.warnings: tuple[ReadWarning, ...] = ()
        if encoding is not None:
            self._given(encoding)
        else:
            self._detect()
        self.sample = self._sample()
        if _looks_binary(self.sample):
            raise ContactImportError(path, BINARY())

    def __enter__(self) -> TextSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    @property
    def blank(self) -> bool:
        """True for a file of nothing but white space (or nothing)."""
        return self._complete and not self._head.strip()

    def lines(self) -> Iterator[Line]:
        """Every line of the file, in order, numbered as an editor numbers them (a `folded`
        line by its first one); once only (it reads the file). ContactImportError past
        limits.MAX_LINES."""
        if self._lines_mode:
            found = split_lines(self._chunks(), self.max_line, folded=self.folded)
        else:
            found = split_lines(self._decoded(self._chunks()), self.max_line, folded=self.folded)
        number = 1
        for count, (raw, whole, ends) in enumerate(found, 1):
            if count > limits.MAX_LINES:
                raise too_many_lines(self.path, number)
            if isinstance(raw, str):
                text = raw
            elif raw.isascii():  # inline: most lines of most files, and this runs for each
                text = raw.decode("ascii")
            else:
                text = self._decode(raw, number, whole)
            yield Line(number, text, whole)
            number += ends
            self._lines_read = number - 1
        self._finish()

    # ---- choosing the encoding --------------------------------------------------------------

    def _given(self, encoding: str) -> None:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise ContactImportError(
                self.path, UNDECODABLE(encoding=encoding, detail=short(exc))
            ) from None
        self._codec = encoding
        self._lines_mode = _ascii_lines(encoding)

    def _detect(self) -> None:
        head = self._head
        for bom, encoding in _BOMS:
            if head.startswith(bom):
                self.encoding = self._codec = encoding
                self._strict_reason = NOT_AS_MARKED
                if encoding == "utf-8-sig":
                    self._head = head[len(bom) :]
                    self._codec = "utf-8"
                else:
                    self._lines_mode = False  # the decoder reads the BOM
                return
        if _valid_utf8(head, final=self._complete):
            self._auto = True
            return
        for signature, what in _SIGNATURES:
            if head.startswith(signature):
                raise ContactImportError(self.path, NOT_TEXT(reason=what()))
        if b"\x00" in head:
            guess = _charset_guess(head)
            if guess is None or not guess[0].startswith("utf"):
                raise ContactImportError(self.path, BINARY())
            self.encoding = self._codec = guess[0]  # UTF-16 or UTF-32 without a BOM
            self._lines_mode = False
            return
        self._auto = True
        # The guess is made without the lines that are UTF-8, which would only mislead it.
        lines = head.splitlines(keepends=True)
        if not self._complete:
            lines = lines[:-1]  # may end inside a character
        others = b"".join(line for line in lines if line.isascii() or not _valid_utf8(line))
        guess = _charset_guess(others)
        if guess is not None and guess[1] and not guess[0].startswith("utf"):
            self._fallback = guess[0]

    def _sample(self) -> str:
        """The head decoded (as far as SAMPLE_CHARS), without counting anything."""
        head = self._head[: 4 * SAMPLE_CHARS]
        complete = self._complete and len(head) == len(self._head)
        if not self._lines_mode:
            decoder = codecs.getincrementaldecoder(self._codec)()
            try:
                return decoder.decode(head, final=complete)[:SAMPLE_CHARS]
            except UnicodeDecodeError as exc:
                raise self._error(exc, None) from None
        lines = head.splitlines(keepends=True)
        if not complete and len(lines) > 1:
            lines = lines[:-1]  # may end inside a character
        text = "".join(self._decode_quietly(line, n) for n, line in enumerate(lines, 1))
        return text[:SAMPLE_CHARS]

    # ---- reading --------------------------------------------------------------------------

    def _chunks(self) -> Iterator[bytes]:
        yield self._head
        self._head = b""  # not kept while the rest is read
        while chunk := self._file.read(CHUNK_BYTES):
            yield chunk

    def _decoded(self, chunks: Iterable[bytes]) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(self._codec)()
        try:
            for chunk in chunks:
                yield decoder.decode(chunk)
            yield decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            # Decoded a chunk ahead of the lines: the error is at or after this line.
            raise self._error(exc, self._lines_read + 1) from None

    def _decode(self, raw: bytes, number: int, whole: bool) -> str:
        """A line that is not ASCII (counted, when the encoding is chosen line by line)."""
        if not whole:  # cut anywhere, maybe inside a character; refused or skipped anyway
            return raw.decode(self._codec if not self._auto else "utf-8", "replace")
        if not self._auto:
            try:
                return raw.decode(self._codec)
            except UnicodeDecodeError as exc:
                raise self._error(exc, number) from None
        for codec in ("utf-8", self._fallback, "latin-1"):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            self._counts[codec] = self._counts.get(codec, 0) + 1
            seen = self._seen.setdefault(codec, [])
            if len(seen) < limits.MAX_WARNINGS:
                seen.append(number)
            return text
        raise AssertionError("latin-1 decodes any byte")  # pragma: no cover

    def _decode_quietly(self, raw: bytes, number: int) -> str:
        if not self._auto:
            try:
                return raw.decode(self._codec)
            except UnicodeDecodeError as exc:
                raise self._error(exc, number) from None
        for codec in ("utf-8", self._fallback):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                continue
        return raw.decode("latin-1")

    def _error(self, exc: UnicodeDecodeError, line: int | None) -> ContactImportError:
        reason = self._strict_reason(encoding=self.encoding, detail=short(exc))
        return ContactImportError(self.path, reason, line, code="undecodable")

    def _finish(self) -> None:
        """Name the encoding most non-ASCII lines were read in; list the others' lines."""
        if not self._auto or not self._counts:
            return
        # The most used encoding names the file; a tie goes to UTF-8.
        main = max(self._counts, key=lambda codec: (self._counts[codec], codec == "utf-8"))
        self.encoding = main
        warnings: list[ReadWarning] = []
        for codec, lines in self._seen.items():
            if codec == main:
                continue
            reason = OTHER_ENCODING(expected=main, encoding=codec)
            warnings.extend(ReadWarning(line, reason) for line in lines)
            more = self._counts[codec] - len(lines)
            if more == 1:
                warnings.append(
                    ReadWarning(None, ONE_MORE_OTHER_ENCODING(expected=main, encoding=codec))
                )
            elif more:
                summary = MORE_OTHER_ENCODING(count=f"{more:,}", expected=main, encoding=codec)
                warnings.append(ReadWarning(None, summary))
        warnings.sort(key=lambda warning: (warning.line is None, warning.line or 0))
        self.warnings = tuple(warnings)


def open_text(
    path: str | os.PathLike[str], encoding: str | None = None, *, folded: bool = False
) -> TextSource:
    """A TextSource on the file at `path`; ContactImportError when it cannot be opened, is too
    big (limits.MAX_TEXT_FILE_BYTES), or is empty or binary."""
    try:
        size = os.path.getsize(path)
        if size > limits.MAX_TEXT_FILE_BYTES:
            raise ContactImportError(
                path,
                TOO_BIG(size=size // 2**20),
                code="file_too_big",
                params={"limit": limits.MAX_TEXT_FILE_BYTES, "size": size},
            )
        file = open(path, "rb")  # noqa: SIM115 (the TextSource closes it)
    except OSError as exc:
        raise ContactImportError(path, exc.strerror or short(exc)) from None
    try:
        source = TextSource(file, path, encoding, folded=folded)
    except BaseException:
        file.close()
        raise
    if source.blank:
        source.close()
        raise ContactImportError(path, EMPTY())
    return source


def too_many_lines(path: str | os.PathLike[str], line: int) -> ContactImportError:
    """The error for a file of more than limits.MAX_LINES lines."""
    limit = limits.MAX_LINES
    return ContactImportError(
        path,
        TOO_MANY_LINES(limit=f"{limit:,}"),
        line,
        code="too_many_lines",
        params={"limit": limit},
    )


def line_too_long(path: str | os.PathLike[str], line: int) -> ContactImportError:
    """The error for a line longer than limits.MAX_LINE_LENGTH."""
    limit = limits.MAX_LINE_LENGTH
    return ContactImportError(
        path,
        LINE_TOO_LONG(limit=f"{limit:,}"),
        line,
        code="line_too_long",
        params={"limit": limit},
    )


def decode_text(data: bytes, path: str | os.PathLike[str] = "") -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes; ContactImportError for binary data.
    Decoded line by line as the module docstring says (no line length limit)."""
    source = TextSource(io.BytesIO(data), path, max_line=len(data) + 1)
    text = "".join(line.text for line in source.lines())
    return text, source.encoding


def _ascii_lines(encoding: str) -> bool:
    """Whether a file in `encoding` can be split into lines before it is decoded: line ends and
    ASCII are single bytes (not so in UTF-16 or UTF-32)."""
    sample = "\r\n,;\t|:AZaz09 "
    try:
        return sample.encode(encoding) == sample.encode("ascii")
    except (UnicodeError, LookupError):
        return False


def _valid_utf8(data: bytes, *, final: bool = True) -> bool:
    """Whether `data` is UTF-8 (allowing it to end inside a character unless `final`)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
    except UnicodeDecodeError:
        return False
    return True


def _charset_guess(data: bytes) -> tuple[str, bool] | None:
    """charset-normalizer's (encoding, is another script than Latin), or None without one."""
    from charset_normalizer import from_bytes  # imported late: it is slow to import

    if not data:
        return None
    try:
        best = from_bytes(data[:HEAD_BYTES]).best()
    except Exception:  # the detector must never be the reason an import fails
        return None
    if best is None:
        return None
    other = any(script in a for a in best.alphabets for script in _OTHER_SCRIPTS)
    try:
        data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return best.encoding, other


def _looks_binary(text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    if "\x00" in sample:
        return True
    controls = sum(1 for char in sample if char < " " and char not in "\t\r\n\f\v")
    return controls > max(2, len(sample) // 100)
