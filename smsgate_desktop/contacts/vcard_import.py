"""vCard files (.vcf, versions 2.1, 3.0 and 4.0) -> Preview, with vobject.

One preview row per telephone number (TEL), so a card with a mobile and an office number
gives two rows with the same name; a card without any TEL gives one row with an empty
number, which the mapping then reports instead of dropping it silently. Each row's line is
the line of its TEL in the file (of BEGIN:VCARD for a card without TEL).
Columns: Name (FN, else N, else ORG), Number, Type (TEL's TYPE), Groups (CATEGORIES),
Email, Organization, Note.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any, Final

from .csv_import import decode_text, read_bytes
from .errors import ContactImportError, short
from .preview import Preview

HEADER: Final = ("Name", "Number", "Type", "Groups", "Email", "Organization", "Note")
_BEGIN: Final = re.compile(r"BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END: Final = re.compile(r"END\s*:\s*VCARD\s*$", re.IGNORECASE)
_TEL: Final = re.compile(r"(?:[\w-]+\.)?TEL[;:]", re.IGNORECASE)


def read_vcard(path: str | os.PathLike[str]) -> Preview:
    """Read every card of a vCard file into a Preview (one row per TEL)."""
    data = read_bytes(path)
    if not data.strip():
        raise ContactImportError(path, "the file is empty")
    text, encoding = decode_text(data, path)
    records: list[tuple[int, list[str]]] = []
    for start, block in _cards(text, path):
        card = _parse(block, start, path)
        try:
            records.extend(_rows(card, block, start))
        except Exception as exc:  # a property vobject parsed into something unexpected
            raise ContactImportError(
                path, f"this vCard is malformed: {short(exc)}", start
            ) from None
    if not records:
        raise ContactImportError(path, "no vCard found (no BEGIN:VCARD line)")
    return Preview(
        source=os.fspath(path),
        kind="vcard",
        header=HEADER,
        rows=[tuple(cells) for _, cells in records],
        lines=[line for line, _ in records],
        encoding=encoding,
    )


def _cards(text: str, path: str | os.PathLike[str]) -> Iterator[tuple[int, list[str]]]:
    """(line of BEGIN:VCARD, the card's physical lines) for each card, in order."""
    block: list[str] | None = None
    start = 0
    depth = 0
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if block is None:
            if _BEGIN.match(line.strip()):
                block, start, depth = [line.strip()], number, 1
                found = True
            elif line.strip():
                where = "before the first card" if not found else "between two cards"
                raise ContactImportError(
                    path, f"text {where} is not part of any vCard: {line.strip()[:40]!r}", number
                )
            continue
        block.append(line)
        if _BEGIN.match(line.strip()):  # an embedded card (AGENT in vCard 2.1)
            depth += 1
        elif _END.match(line.strip()):
            depth -= 1
            if depth == 0:
                yield start, block
                block = None
    if block is not None:
        raise ContactImportError(
            path, "the vCard starting here has no END:VCARD (is the file truncated?)", start
        )
    if not found:
        raise ContactImportError(path, "no vCard found (no BEGIN:VCARD line)")


def _parse(block: list[str], start: int, path: str | os.PathLike[str]) -> Any:
    import vobject  # imported late: it is slow to import

    try:
        card = vobject.readOne("\r\n".join(block) + "\r\n", ignoreUnreadable=False)
    except Exception as exc:  # vobject raises ParseError and, on odd input, anything else
        raise ContactImportError(path, f"this vCard is malformed: {short(exc)}", start) from None
    if getattr(card, "name", "").upper() != "VCARD":
        raise ContactImportError(path, "this is not a vCard", start)
    return card


def _rows(card: Any, block: list[str], start: int) -> Iterator[tuple[int, list[str]]]:
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
    tel_lines = [
        start + index
        for index, line in enumerate(block)
        if _TEL.match(line) and not line[:1].isspace()
    ]
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
