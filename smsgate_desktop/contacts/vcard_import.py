"""vCard files (.vcf, versions 2.1, 3.0 and 4.0) -> Preview, card by card, with vobject.

One preview row per telephone number (TEL), so a card with a mobile and an office number
gives two rows with the same name; a card without any TEL gives one row with an empty
number, which the mapping then reports instead of dropping it silently. Each row's line is
the line of its TEL in the file (of BEGIN:VCARD for a card without TEL).
Columns: Name (FN, else N, else ORG), Number, Type (TEL's TYPE), Groups (CATEGORIES),
Email, Organization, Note.

Memory follows the cards, not the file: it is read line by line (textfile.py, a folded line
with its continuations as one) and vobject gets one card at a time, without its binary
properties (PHOTO, LOGO, SOUND, KEY): their lines are read past and dropped before vobject
sees the card (a folded one at the speed of a regular expression, keeping its first MiB at
most), so their base64 is never decoded or kept and a card with a 30 MB photo costs what one
without it costs. A card longer than limits.MAX_CARD_LENGTH without them, or any other line
longer than limits.MAX_LINE_LENGTH, is refused; rows and text are counted as in every reader.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any, Final

from ..protocol.phrases import Template
from . import limits
from .errors import ContactImportError, short
from .limits import Tally, limit_error
from .preview import Preview
from .textfile import CHUNK_BYTES, Line, line_too_long, open_text

HEADER: Final = ("Name", "Number", "Type", "Groups", "Email", "Organization", "Note")
_BEGIN: Final = re.compile(r"BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END: Final = re.compile(r"END\s*:\s*VCARD\s*$", re.IGNORECASE)
_TEL: Final = re.compile(r"(?:[\w-]+\.)?TEL[;:]", re.IGNORECASE)
_BEGIN_BYTES: Final = re.compile(rb"BEGIN[ \t]{0,8}:[ \t]{0,8}VCARD", re.IGNORECASE)
_BEGIN_MAX: Final = 27  # the longest match
# Properties holding binary data (images, sounds, keys), never needed for a contact list.
_BINARY: Final = re.compile(r"(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
# vCard 2.1 writers may continue base64 on lines without the leading space of a fold.
_BASE64: Final = re.compile(r"[A-Za-z0-9+/=]+\s*$")

Block = list[tuple[int, str]]  # a card's kept lines: (line number, text without its end)

# Why a vCard file is refused (ContactImportError.reason).
TEXT_BEFORE_CARDS: Final = Template(
    "ContactFiles",
    "text-before-cards",
    "text before the first card is not part of any vCard: {text}",
)
TEXT_BETWEEN_CARDS: Final = Template(
    "ContactFiles",
    "text-between-cards",
    "text between two cards is not part of any vCard: {text}",
)
NO_END: Final = Template(
    "ContactFiles",
    "no-end",
    "the vCard starting here has no END:VCARD (is the file truncated?)",
)
NO_VCARD: Final = Template("ContactFiles", "no-vcard", "no vCard found (no BEGIN:VCARD line)")
MALFORMED: Final = Template("ContactFiles", "malformed-vcard", "this vCard is malformed: {detail}")
NOT_A_VCARD: Final = Template("ContactFiles", "not-a-vcard", "this is not a vCard")
CARD_TOO_LONG: Final = Template(
    "ContactFiles",
    "card-too-long",
    "this vCard is longer than {limit} characters without its photos, the most one card may have",
)


def read_vcard(path: str | os.PathLike[str]) -> Preview:
    """Read every card of a vCard file into a Preview (one row per TEL)."""
    records: list[tuple[int, tuple[str, ...]]] = []
    tally = Tally(path)
    with open_text(path, folded=True) as source:
        _count_cards(path)
        for start, block in _cards(source.lines(), path):
            card = _parse(block, start, path)
            try:
                rows = list(_rows(card, block, start))
            except Exception as exc:  # a property vobject parsed into something unexpected
                raise ContactImportError(path, MALFORMED(detail=short(exc)), start) from None
            for line, cells in rows:
                tally.add(cells, line)
                records.append((line, tuple(cells)))
    if not records:
        raise ContactImportError(path, NO_VCARD())
    return Preview(
        source=os.fspath(path),
        kind="vcard",
        header=HEADER,
        rows=[cells for _, cells in records],
        lines=[line for line, _ in records],
        encoding=source.encoding,
        warnings=source.warnings,
    )


def _count_cards(path: str | os.PathLike[str]) -> None:
    """Refuse a file of more cards than limits.MAX_ROWS (each is at least one row) before
    vobject, at some 250 microseconds a card, takes a minute to get there. A regular
    expression over the bytes: UTF-16 files are not counted here (the rows still are)."""
    cards = 0
    carry = b""
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK_BYTES):
            data = carry + chunk
            # A match ending inside the carried tail was counted with the previous chunk.
            cards += sum(1 for m in _BEGIN_BYTES.finditer(data) if m.end() > len(carry))
            if cards > limits.MAX_ROWS:
                raise limit_error(path, "rows")
            carry = data[-_BEGIN_MAX:]


def _cards(lines: Iterator[Line], path: str | os.PathLike[str]) -> Iterator[tuple[int, Block]]:
    """(line of BEGIN:VCARD, the card's kept lines) for each card, in order."""
    block: Block | None = None
    start = depth = size = 0
    found = skipping = False
    for number, text, whole in lines:
        line = text.rstrip("\r\n")
        if not line and block is None:  # blank lines between cards: the quickest way on
            continue
        if skipping:  # after a binary property: vCard 2.1 base64 lines without a fold go too
            if ":" not in line and _BASE64.match(line):
                continue
            skipping = False
        if block is not None and _BINARY.match(line):
            skipping = True
            continue
        if not whole:
            raise line_too_long(path, number)
        if block is None:
            if _BEGIN.match(line.strip()):
                block, start, depth, size = [(number, line.strip())], number, 1, len(line)
                found = True
            elif line.strip():
                stray = TEXT_BETWEEN_CARDS if found else TEXT_BEFORE_CARDS
                raise ContactImportError(path, stray(text=repr(line.strip()[:40])), number)
            continue
        block.append((number, line))
        size += len(line)
        if size > limits.MAX_CARD_LENGTH:
            raise ContactImportError(
                path,
                CARD_TOO_LONG(limit=f"{limits.MAX_CARD_LENGTH:,}"),
                start,
                code="card_too_long",
                params={"limit": limits.MAX_CARD_LENGTH},
            )
        if _BEGIN.match(line.strip()):  # an embedded card (AGENT in vCard 2.1)
            depth += 1
        elif _END.match(line.strip()):
            depth -= 1
            if depth == 0:
                yield start, block
                block = None
    if block is not None:
        raise ContactImportError(path, NO_END(), start)
    if not found:
        raise ContactImportError(path, NO_VCARD())


def _parse(block: Block, start: int, path: str | os.PathLike[str]) -> Any:
    import vobject  # imported late: it is slow to import

    text = "\r\n".join(line for _, line in block) + "\r\n"
    try:
        card = vobject.readOne(text, ignoreUnreadable=False)
    except Exception as exc:  # vobject raises ParseError and, on odd input, anything else
        raise ContactImportError(path, MALFORMED(detail=short(exc)), start) from None
    if getattr(card, "name", "").upper() != "VCARD":
        raise ContactImportError(path, NOT_A_VCARD(), start)
    return card


def _rows(card: Any, block: Block, start: int) -> Iterator[tuple[int, list[str]]]:
    name = _name(card)
    groups = ", ".join(
        item.strip()
        for line in card.contents.get("categories", [])
        for item in _as_list(line.value)
        if item.strip()
    )
    email = _first(card, "email")
    org = " ".join(_as_list(card.org.value)).strip() if "org" in card.contents else ""
    note = _first(card, "note")
    tels = card.contents.get("tel", [])
    # Where each TEL is: its logical line's first physical line in the file.
    tel_lines = [number for number, line in block if _TEL.match(line) and not line[:1].isspace()]
    if len(tel_lines) != len(tels):
        tel_lines = [start] * len(tels)
    if not tels:
        yield start, [name, "", "", groups, email, org, note]
        return
    for line, tel in zip(tel_lines, tels, strict=True):
        # vCard 3/4 say TEL;TYPE=CELL, vCard 2.1 also TEL;CELL (a "singleton" parameter).
        kinds = [*tel.params.get("TYPE", []), *getattr(tel, "singletonparams", [])]
        types = ", ".join(dict.fromkeys(str(t).lower() for t in kinds))
        yield line, [name, _text(tel.value), types, groups, email, org, note]


def _name(card: Any) -> str:
    if "fn" in card.contents:
        text = _text(card.fn.value).strip()
        if text:
            return text
    if "n" in card.contents:
        n = card.n.value
        if isinstance(n, str):
            return n.replace(";", " ").strip()
        parts = [n.prefix, n.given, n.additional, n.family, n.suffix]
        text = " ".join(" ".join(_as_list(part)) for part in parts if part).split()
        if text:
            return " ".join(text)
    if "org" in card.contents:
        return " ".join(_as_list(card.org.value)).strip()
    return ""


def _first(card: Any, key: str) -> str:
    lines = card.contents.get(key, [])
    return _text(lines[0].value).strip() if lines else ""


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [_text(item) for item in value]
    return [_text(value)]


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)
