"""Personalised texts: a template with placeholders filled from each contact's fields.

    "Ciao {name}, il tuo ordine è pronto a {City}. {{non toccare}}"

A placeholder is `{field}`: `{name}`, `{number}` or any extra field of the contact (a CSV
header, an imported extra column). Field names are compared case-insensitively and without
surrounding spaces. `{{` and `}}` stand for a literal brace. Pure: no I/O.

A field that the contact lacks, or has empty, is an error for that contact (TemplateError
naming the contact and the field), never an empty gap in a message already on its way. A
template with an unbalanced brace is an error naming the position (1-based) of that brace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from ..protocol import SmsGateError
from ..protocol.phrases import Template
from ..protocol.text import TextInfo, analyse

NAME_FIELD = "name"
NUMBER_FIELD = "number"

# A contact without a value for a placeholder; the field quoted ('City').
CONTACT_LACKS: Final = Template("BroadcastTemplates", "contact-lacks", "{contact} has no {field}")
NO_VALUE: Final = Template("BroadcastTemplates", "no-value", "no value for {field}")
# A malformed template, at a 1-based character position.
STRAY_CLOSE: Final = Template(
    "BroadcastTemplates",
    "stray-close",
    "position {position}: '}}' without its '{{' (write '}}}}' for a brace)",
)
UNCLOSED: Final = Template(
    "BroadcastTemplates",
    "unclosed",
    "position {position}: '{{' is not closed (write '{{{{' for a brace)",
)
EMPTY_FIELD: Final = Template(
    "BroadcastTemplates", "empty-field", "position {position}: '{{}}' names no field"
)


class TemplateError(SmsGateError, ValueError):
    """A template that cannot be rendered.

    `field` the placeholder at fault ("" for a malformed template), `contact` who it was
    rendered for ("Mario Rossi (+39 333 1234567)", "" when none), `position` the 1-based
    character position of a bad brace (None otherwise).
    """

    def __init__(
        self, field: str, contact: str = "", *, position: int | None = None, reason: str = ""
    ) -> None:
        self.field = field
        self.contact = contact
        self.position = position
        if reason:
            message = reason
        elif contact:
            message = CONTACT_LACKS(contact=contact, field=repr(field))
        else:
            message = NO_VALUE(field=repr(field))
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class Rendered:
    """One contact's text, or the reason it has none."""

    contact: Mapping[str, str]
    text: str | None
    error: TemplateError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# A parsed template: literal text (str) and placeholders (_Field) in order.
@dataclass(frozen=True, slots=True)
class _Field:
    key: str  # casefolded, stripped
    shown: str  # as written


def _parse(template: str) -> list[str | _Field]:
    pieces: list[str | _Field] = []
    literal: list[str] = []
    index, end = 0, len(template)
    while index < end:
        char = template[index]
        if char == "{" and template.startswith("{{", index):
            literal.append("{")
            index += 2
        elif char == "}" and template.startswith("}}", index):
            literal.append("}")
            index += 2
        elif char == "}":
            raise _malformed(index, STRAY_CLOSE)
        elif char == "{":
            close = template.find("}", index + 1)
            inner_open = template.find("{", index + 1)
            if close < 0 or (0 <= inner_open < close):
                raise _malformed(index, UNCLOSED)
            shown = template[index + 1 : close]
            if not shown.strip():
                raise _malformed(index, EMPTY_FIELD)
            if literal:
                pieces.append("".join(literal))
                literal = []
            pieces.append(_Field(shown.strip().casefold(), shown.strip()))
            index = close + 1
        else:
            literal.append(char)
            index += 1
    if literal:
        pieces.append("".join(literal))
    return pieces


def _malformed(index: int, what: Template) -> TemplateError:
    return TemplateError("", position=index + 1, reason=what(position=index + 1))


def placeholders(template: str) -> list[str]:
    """The fields the template uses, casefolded, each once, in order of first use."""
    keys = (piece.key for piece in _parse(template) if isinstance(piece, _Field))
    return list(dict.fromkeys(keys))


def contact_label(fields: Mapping[str, str]) -> str:
    """ "Mario Rossi (+39 333 1234567)", or the one of the two that is known."""
    folded = _fold(fields)
    name, number = folded.get(NAME_FIELD, "").strip(), folded.get(NUMBER_FIELD, "").strip()
    if name and number:
        return f"{name} ({number})"
    return name or number or "a contact"


def render(template: str, contact_fields: Mapping[str, str]) -> str:
    """The template filled with this contact's fields; TemplateError on a missing field."""
    return _render(_parse(template), contact_fields)


def _render(pieces: list[str | _Field], contact_fields: Mapping[str, str]) -> str:
    folded = _fold(contact_fields)
    out: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        value = folded.get(piece.key, "")
        if not value.strip():
            raise TemplateError(piece.shown, contact_label(contact_fields))
        out.append(value)
    return "".join(out)


def preview(template: str, contacts: Iterable[Mapping[str, str]]) -> list[Rendered]:
    """Every contact's text or error (a malformed template raises TemplateError at once)."""
    pieces = _parse(template)
    result: list[Rendered] = []
    for contact in contacts:
        try:
            result.append(Rendered(contact, _render(pieces, contact)))
        except TemplateError as exc:
            result.append(Rendered(contact, None, exc))
    return result


def longest(template: str, contacts: Iterable[Mapping[str, str]]) -> tuple[str, TextInfo] | None:
    """The rendered text that needs the most SMS parts (then the most units), with its
    TextInfo; None when no contact renders. Contacts that fail are skipped."""
    best: tuple[str, TextInfo] | None = None
    for item in preview(template, contacts):
        if item.text is None:
            continue
        info = analyse(item.text)
        if best is None or (info.parts, info.units) > (best[1].parts, best[1].units):
            best = (item.text, info)
    return best


def _fold(fields: Mapping[str, str]) -> dict[str, str]:
    return {
        str(key).strip().casefold(): "" if value is None else str(value)
        for key, value in fields.items()
    }
