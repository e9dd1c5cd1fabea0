"""A column mapping applied to a Preview -> ImportResult of normalised contacts.

Each number goes through protocol.numbers.split_number with the default region, so what is
imported is exactly what the gateway can be sent. A cell may hold several numbers separated
by `,` `;` `|` or a newline: each becomes a contact with the row's name. Rows that fail are
kept as RowError (line as seen in the file, the raw text, the reason); numbers seen before
(same E.164) are merged into the first contact (groups united, first non-empty name, extra
values united) and reported as Duplicate. Nothing valid is dropped.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

from ..protocol.numbers import DEFAULT_REGION, NumberError, PhoneParts, split_number
from ..protocol.phrases import Template
from .preview import Preview, ReadWarning

ColumnRef = int | str
_SEPARATORS: Final = re.compile(r"[,;|\n\r]")
_GROUP_SEPARATORS: Final = re.compile(r"[,;|\n\r]")
EXTRA_JOIN: Final = "; "  # between differing values of an extra column in merged duplicates

# Why a row was not imported (RowError.reason; a number's own reason is NumberError.reason).
NO_NUMBER: Final = Template("ContactFiles", "no-number", "no phone number in this row")
# The messages of RowError, Duplicate and ImportResult ({raw}: the text's repr, or EMPTY_CELL).
ROW_ERROR: Final = Template("ContactFiles", "row-error", "line {line}: {raw}: {reason}")
EMPTY_CELL: Final = Template("ContactFiles", "empty-cell", "(empty)")
DUPLICATE: Final = Template(
    "ContactFiles", "duplicate", "line {line}: {raw} is {e164}, already at line {first_line}"
)
SUMMARY: Final = Template(
    "ContactFiles",
    "import-summary",
    "{contacts} contacts, {errors} rows with errors, {duplicates} duplicates merged",
)

# Header words (casefolded, compared after removing non-letters) for guess_mapping.
_NAME_WORDS: Final = (
    "name",
    "fullname",
    "nome",
    "nominativo",
    "nom",
    "nombre",
    "contact",
    "contatto",
    "displayname",
    "fn",
)
_NUMBER_WORDS: Final = (
    "number",
    "phone",
    "phonenumber",
    "mobile",
    "mobilephone",
    "cell",
    "cellphone",
    "cellulare",
    "telefono",
    "tel",
    "telephone",
    "numero",
    "numerotelefono",
    "msisdn",
    "gsm",
    "handy",
    "telefon",
    "téléphone",
    "portable",
    "movil",
    "móvil",
    "recipient",
    "destinatario",
)
_GROUP_WORDS: Final = (
    "group",
    "groups",
    "gruppo",
    "gruppi",
    "category",
    "categories",
    "categoria",
    "categorie",
    "tag",
    "tags",
    "list",
    "lista",
    "groupe",
)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which columns mean what, by index or header name.

    `number` is required. `name` may be one column or several (e.g. first and last name),
    joined with a space. `groups` is split on `,` `;` `|`. `extra` columns are kept as
    {header: text}.
    """

    number: ColumnRef
    name: ColumnRef | Sequence[ColumnRef] | None = None
    groups: ColumnRef | None = None
    extra: Sequence[ColumnRef] = ()


@dataclass(frozen=True, slots=True)
class Contact:
    """One imported contact: `e164` "+393331234567", `display` "+39 333 1234567".

    `line` is where it was first found in the file, `kind` the number type
    ("mobile", "fixed_line", ...; see PhoneParts.kind).
    """

    name: str
    e164: str
    display: str
    groups: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)
    line: int = 0
    kind: str = ""

    @property
    def is_mobile(self) -> bool:
        return self.kind in ("mobile", "fixed_line_or_mobile")


@dataclass(frozen=True, slots=True)
class RowError:
    """A row (or one number of a row) that could not be imported; `reason` is a Phrase."""

    line: int
    raw: str
    reason: str

    @property
    def message(self) -> str:
        shown = repr(self.raw) if self.raw else EMPTY_CELL()
        return ROW_ERROR(line=self.line, raw=shown, reason=self.reason)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A number already seen at `first_line`: merged into that contact, not added again."""

    line: int
    raw: str
    e164: str
    first_line: int
    name: str = ""

    @property
    def message(self) -> str:
        return DUPLICATE(
            line=self.line, raw=repr(self.raw), e164=self.e164, first_line=self.first_line
        )


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What apply_mapping made of a preview; `warnings` are the reader's (Preview.warnings):
    lines read in another encoding than the rest of the file, to check."""

    contacts: list[Contact]
    errors: list[RowError]
    merged_duplicates: list[Duplicate]
    warnings: tuple[ReadWarning, ...] = ()

    @property
    def summary(self) -> str:
        return SUMMARY(
            contacts=len(self.contacts),
            errors=len(self.errors),
            duplicates=len(self.merged_duplicates),
        )


def apply_mapping(
    preview: Preview,
    mapping: ColumnMapping,
    default_region: str = DEFAULT_REGION,
    *,
    normalise: Callable[[str, str], PhoneParts] = split_number,
) -> ImportResult:
    """Turn the preview's rows into contacts; see the module docstring.

    A bad column reference raises KeyError (the program's mistake); a bad default region
    raises ValueError (from split_number's own check, done once up front).
    """
    number_col = preview.column(mapping.number)
    name_cols = _columns(preview, mapping.name)
    group_col = None if mapping.groups is None else preview.column(mapping.groups)
    extra_cols = [(preview.header[i], i) for i in _columns(preview, mapping.extra)]
    _check_region(default_region, normalise)

    # The loop only adds objects without cycles; the collector's passes over the growing
    # list of contacts cost a fifth of a large import, so it waits until the end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _apply(
            preview, number_col, name_cols, group_col, extra_cols, default_region, normalise
        )
    finally:
        if collecting:
            gc.enable()


def _apply(
    preview: Preview,
    number_col: int,
    name_cols: list[int],
    group_col: int | None,
    extra_cols: list[tuple[str, int]],
    default_region: str,
    normalise: Callable[[str, str], PhoneParts],
) -> ImportResult:
    contacts: list[Contact] = []
    errors: list[RowError] = []
    duplicates: list[Duplicate] = []
    index_by_e164: dict[str, int] = {}
    # Same text, same answer: files often repeat a number verbatim (kept small: the E.164).
    seen: dict[str, str | NumberError] = {}
    groups_of: dict[str, tuple[str, ...]] = {}  # a group column repeats a few values

    for line, row in zip(preview.lines, preview.rows, strict=True):
        cell = row[number_col]
        raws = _split_cell(cell)
        if not raws:
            errors.append(RowError(line, cell, NO_NUMBER()))
            continue
        if len(name_cols) == 1:  # the usual case; the same as the join below
            name = " ".join(row[name_cols[0]].split())
        else:
            name = " ".join(" ".join(row[i].split()) for i in name_cols if row[i].strip())
        groups: tuple[str, ...] = ()
        if group_col is not None:
            text = row[group_col]
            groups = groups_of.get(text)  # type: ignore[assignment]
            if groups is None:
                groups = groups_of[text] = _groups(text)
        extra = {header: row[i].strip() for header, i in extra_cols if row[i].strip()}
        for raw in raws:
            e164 = seen.get(raw)
            if e164 is None:
                try:
                    parts = normalise(raw, default_region)
                except NumberError as exc:
                    e164 = seen[raw] = exc
                else:
                    e164 = seen[raw] = parts.e164
                    if e164 not in index_by_e164:
                        index_by_e164[e164] = len(contacts)
                        contacts.append(
                            Contact(
                                name, e164, parts.display, groups, dict(extra), line, parts.kind
                            )
                        )
                        continue
            if isinstance(e164, NumberError):
                errors.append(RowError(line, raw, e164.reason))
                continue
            known = index_by_e164[e164]
            first = contacts[known]
            contacts[known] = _merge(first, name, groups, extra)
            duplicates.append(Duplicate(line, raw, e164, first.line, name))
    return ImportResult(contacts, errors, duplicates, preview.warnings)


def guess_mapping(preview: Preview) -> ColumnMapping | None:
    """A mapping from the header's words (Name/Nome, Phone/Cellulare, Group/Gruppo, ...), the
    other columns as extra; None when no column looks like a phone number."""
    keys = [re.sub(r"[^\w]|_", "", name.casefold()) for name in preview.header]

    def find(words: Sequence[str], taken: set[int]) -> int | None:
        for exact in (True, False):
            for index, key in enumerate(keys):
                if index in taken or not key:
                    continue
                if (key in words) if exact else any(key.startswith(w) for w in words if len(w) > 2):
                    return index
        return None

    taken: set[int] = set()
    number = find(_NUMBER_WORDS, taken)
    if number is None:
        number = _numeric_column(preview)
        if number is None:
            return None
    taken.add(number)
    name = find(_NAME_WORDS, taken)
    if name is not None:
        taken.add(name)
    groups = find(_GROUP_WORDS, taken)
    if groups is not None:
        taken.add(groups)
    extra = tuple(i for i in range(len(preview.header)) if i not in taken)
    return ColumnMapping(number=number, name=name, groups=groups, extra=extra)


def _numeric_column(preview: Preview) -> int | None:
    """The column whose first cells are mostly digits, for files without a telling header."""
    sample = preview.rows[:20]
    for index in range(len(preview.header)):
        cells = [row[index] for row in sample if row[index].strip()]
        digits = [c for c in cells if sum(ch.isdigit() for ch in c) >= 6]
        if cells and len(digits) * 2 > len(cells):
            return index
    return None


def _columns(preview: Preview, refs: ColumnRef | Sequence[ColumnRef] | None) -> list[int]:
    if refs is None:
        return []
    if isinstance(refs, int | str):
        return [preview.column(refs)]
    return [preview.column(ref) for ref in refs]


def _check_region(region: str, normalise: Callable[[str, str], PhoneParts]) -> None:
    with contextlib.suppress(NumberError):
        normalise("+393331234567", region)


def _split_cell(cell: str) -> list[str]:
    if not _SEPARATORS.search(cell):  # one number, the usual case
        part = cell.strip()
        return [part] if part else []
    return [part.strip() for part in _SEPARATORS.split(cell) if part.strip()]


def _groups(cell: str) -> tuple[str, ...]:
    return _union((), [" ".join(g.split()) for g in _GROUP_SEPARATORS.split(cell)])


def _union(first: Sequence[str], more: Sequence[str]) -> tuple[str, ...]:
    """Groups in order of appearance, without blanks or case-insensitive repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for group in (*first, *more):
        key = group.casefold()
        if group and key not in seen:
            seen.add(key)
            out.append(group)
    return tuple(out)


def _merge(first: Contact, name: str, groups: tuple[str, ...], extra: dict[str, str]) -> Contact:
    merged_extra = dict(first.extra)
    for key, value in extra.items():
        old = merged_extra.get(key, "")
        if not value or value in old.split(EXTRA_JOIN):
            continue
        merged_extra[key] = f"{old}{EXTRA_JOIN}{value}" if old else value
    return Contact(
        name=first.name or name,
        e164=first.e164,
        display=first.display,
        groups=_union(first.groups, groups),
        extra=merged_extra,
        line=first.line,
        kind=first.kind,
    )
