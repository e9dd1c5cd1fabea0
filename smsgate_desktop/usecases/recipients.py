"""Recipients from a file (CSV, XLSX or vCard), for a broadcast: the same readers and column
guessing as the window's contacts import, so a file the window reads the command line reads
too (encoding and delimiter detected, Italian headers understood, limits applied).

    found = recipients_from_file("clienti.csv", "IT", {"name": "Ragione sociale"})
    found.problems     # each unusable row: its line, what it held, why
    found.rows         # one per distinct number, with its template fields

Each row's template fields are the columns of the file by their header (`{Nome}`,
`{Città}`), `{name}` and `{number}` (E.164), and the usual aliases of a few Italian headers
(`{surname}` for Cognome, `{city}` for Città), so a template reads the same whatever the
file's language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ..contacts import ColumnMapping, ContactImportError, apply_mapping, guess_mapping, read_file
from ..contacts.mapping import Duplicate, RowError
from ..contacts.preview import Preview, ReadWarning
from ..protocol import SmsGateError
from ..protocol.phrases import Template, phrase_of

# Template fields under another name as well: header (casefolded, letters only) -> alias.
FIELD_ALIASES: Final = {
    "nome": "name",
    "cognome": "surname",
    "surname": "surname",
    "lastname": "surname",
    "citta": "city",
    "città": "city",
    "city": "city",
    "comune": "city",
    "telefono": "number",
    "cellulare": "number",
}
MAPPABLE: Final = ("number", "name", "groups")  # what --map may point at a column

# RecipientsError's messages ({key}, {column}: reprs; {file}: the file's name).
CANNOT_MAP: Final = Template(
    "Recipients", "cannot-map", "Cannot map {key}: only {mappable} can be."
)
NO_SUCH_COLUMN: Final = Template(
    "Recipients", "no-such-column", "{file} has no column {column} (its columns: {columns})."
)
NO_NUMBER_COLUMN: Final = Template(
    "Recipients",
    "no-number-column",
    "No column of {file} looks like phone numbers: name it with --map number=COLUMN.",
)


class RecipientsError(SmsGateError):
    """The file gives no usable recipient list (unreadable, or no column of numbers); the
    message is a Phrase (a template above, or the ContactImportError's)."""


@dataclass(frozen=True, slots=True)
class RecipientRow:
    e164: str
    fields: dict[str, str]  # template fields
    line: int


@dataclass(frozen=True, slots=True)
class RecipientsFromFile:
    rows: list[RecipientRow]
    problems: list[RowError]  # unusable rows (no number, a number that is not valid)
    duplicates: list[Duplicate]  # numbers seen before in the file (merged, sent once)
    warnings: tuple[ReadWarning, ...]  # lines read in another encoding than the rest
    mapping: ColumnMapping


def recipients_from_file(
    path: str | os.PathLike[str], region: str, overrides: Mapping[str, str] | None = None
) -> RecipientsFromFile:
    """Read `path` and map its columns (guessed from the headers; `overrides` names the
    column of "number", "name" or "groups" by header). RecipientsError when it cannot."""
    try:
        preview = read_file(path)
    except ContactImportError as exc:  # e.g. one line, taken for a header: try it as data
        preview = _without_header(path, exc)
    else:
        if not any(_has_letter(cell) for cell in preview.header):
            preview = _without_header(path, None)  # a bare list of numbers
    mapping = _mapping(preview, dict(overrides or {}), os.fspath(path))
    result = apply_mapping(preview, mapping, region)
    number_header = preview.header[preview.column(mapping.number)]
    name_header = (
        preview.header[preview.column(mapping.name)]
        if isinstance(mapping.name, int | str)
        else None
    )
    rows = []
    for contact in result.contacts:
        fields = dict(contact.extra)
        if name_header:
            fields[name_header] = contact.name
        fields[number_header] = contact.display  # the column as a person reads it
        for header, value in list(fields.items()):
            alias = FIELD_ALIASES.get(_key(header))
            if alias and alias not in fields:
                fields[alias] = value
        fields |= {"name": contact.name, "number": contact.e164}
        rows.append(RecipientRow(contact.e164, fields, contact.line))
    return RecipientsFromFile(
        rows, result.errors, result.merged_duplicates, result.warnings, mapping
    )


def _mapping(preview: Preview, overrides: dict[str, str], path: str) -> ColumnMapping:
    unknown = [key for key in overrides if key not in MAPPABLE]
    if unknown:
        raise RecipientsError(CANNOT_MAP(key=repr(unknown[0]), mappable=", ".join(MAPPABLE)))
    for header in overrides.values():
        if header not in preview.header:
            columns = ", ".join(repr(name) for name in preview.header)
            raise RecipientsError(
                NO_SUCH_COLUMN(file=os.path.basename(path), column=repr(header), columns=columns)
            )
    guessed = guess_mapping(preview)
    if guessed is None and len(preview.header) == 1:  # one column: it holds the numbers
        guessed = ColumnMapping(number=0)
    if guessed is None and "number" not in overrides:
        raise RecipientsError(NO_NUMBER_COLUMN(file=os.path.basename(path)))
    number = overrides.get("number", guessed.number if guessed else None)
    name = overrides.get("name", guessed.name if guessed else None)
    groups = overrides.get("groups", guessed.groups if guessed else None)
    taken = {preview.column(ref) for ref in (number, name, groups) if ref is not None}
    extra = tuple(i for i in range(len(preview.header)) if i not in taken)
    return ColumnMapping(number=number, name=name, groups=groups, extra=extra)


def _without_header(path: str | os.PathLike[str], first: ContactImportError | None) -> Preview:
    try:
        return read_file(path, has_header=False)
    except ContactImportError as exc:
        error = first or exc
        raise RecipientsError(phrase_of(error) or str(error)) from None


def _has_letter(cell: str) -> bool:
    return any(char.isalpha() for char in cell)


def _key(header: str) -> str:
    return re.sub(r"[^\w]|_", "", header.casefold())
