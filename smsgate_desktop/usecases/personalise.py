"""A template made into each recipient's own text, for the window's broadcast panel and
`smsgate broadcast --template`: the same fields, the same checks, the same refusals.

    fields = {row.e164: row.fields for row in found.rows}
    messages = personalise(messages, "Ciao {name}", lambda m: fields[m.recipient], "packet")

A recipient's fields come from the file's columns (usecases.recipients) or from its stored
contact (`contact_fields`): `{name}`, `{number}` and every extra field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

from ..broadcast import templates
from ..protocol import Interface, SmsGateError, SmsMessage
from ..protocol.phrases import Template, phrase_of
from ..store import contacts as stored
from .drafts import wire_problem

Fields = Callable[[SmsMessage], Mapping[str, str]]
TEMPLATE, MISSING, TEXT = "template", "missing", "text"
CODES: Final = (TEMPLATE, MISSING, TEXT)

# PersonalisationError's message for TEXT ({problem}: the draft's sentence) and MISSING
# ({error}: the first recipient's TemplateError); for TEMPLATE it is the TemplateError's own.
TEXT_PROBLEM: Final = Template(
    "Personalisation", "text-problem", "the text for {recipient}: {problem}"
)
MISSING_FIELDS: Final = Template(
    "Personalisation",
    "missing-fields",
    "{count} recipient(s) lack a field; the first: {error}",
)


class PersonalisationError(SmsGateError):
    """Why a template cannot give every recipient a text. `code` is TEMPLATE (the template
    itself is malformed: `errors[0]`), MISSING (`errors`: one TemplateError per recipient
    lacking a field) or TEXT (a rendered text cannot be sent: `recipient`, `problem`).
    The message is a Phrase (TEXT_PROBLEM, MISSING_FIELDS, or the TemplateError's) when the
    errors' are."""

    def __init__(
        self,
        code: str,
        errors: Sequence[templates.TemplateError] = (),
        recipient: str = "",
        problem: str = "",
    ) -> None:
        self.code, self.errors, self.recipient, self.problem = (
            code,
            list(errors),
            recipient,
            problem,
        )
        if code == TEXT:
            message: str = TEXT_PROBLEM(recipient=recipient, problem=problem)
        elif code == MISSING:
            first = phrase_of(self.errors[0]) or str(self.errors[0])
            message = MISSING_FIELDS(count=len(self.errors), error=first)
        else:
            message = phrase_of(self.errors[0]) or str(self.errors[0])
        super().__init__(message)


def contact_fields(contact: stored.Contact | None, e164: str) -> dict[str, str]:
    """A stored contact's template fields: its extra fields, `name` and `number` (E.164)."""
    fields = {
        str(key): "" if value is None else str(value)
        for key, value in (contact.extra if contact else {}).items()
    }
    fields[templates.NUMBER_FIELD] = e164
    if contact is not None and contact.name:
        fields[templates.NAME_FIELD] = contact.name
    return fields


def personalise(
    messages: Sequence[SmsMessage], template: str, fields: Fields, interface: Interface | str
) -> list[SmsMessage]:
    """Each message with its recipient's text; PersonalisationError, naming every recipient
    that lacks a field, or the first text that cannot be sent on `interface`."""
    try:
        templates.placeholders(template)
    except templates.TemplateError as exc:
        raise PersonalisationError(TEMPLATE, [exc]) from None
    out, missing = [], []
    for message in messages:
        try:
            text = templates.render(template, fields(message))
        except templates.TemplateError as exc:
            missing.append(exc)
            continue
        out.append(message.with_values(TextMessage=text))
    if missing:
        raise PersonalisationError(MISSING, missing)
    for message in out:
        problem = wire_problem(message, interface)
        if problem:
            raise PersonalisationError(TEXT, recipient=message.recipient, problem=problem)
    return out
