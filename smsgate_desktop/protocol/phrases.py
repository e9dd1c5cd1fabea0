"""Sentences as data: a stable code and its values, rendered in English on demand.

Every sentence the Qt-free layers say to a person (why a number was refused, why a message's
outcome is unknown, what is wrong with a file) is made from a `Template` registered here under
a stable code. What they hand up is a `Phrase`: a `str` (its English text, so the CLI, the logs
and the tests read it as they would any string) that also carries the template and its values.
The window never parses the English back: it looks the template up by code, translates it
(the English template is the Qt source text, under the template's context, so translations are
shared with lupdate's) and fills in the values, translating those that are phrases themselves.

Rules that keep this true:
- A template's English is `str.format` syntax; its values are given already formatted (a
  translator's template cannot know a format spec the English one used).
- A code is `<context>.<name>` and never changes meaning; rewording the English is fine (the
  translation test then fails until the Italian follows), re-using a code for another sentence
  is not.
- The registry is filled when the modules are imported; `phrasebook.every_template()`
  imports them all.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Iterator, Mapping

_REGISTRY: dict[str, Template] = {}


class Template:
    """One sentence with `{name}` placeholders, registered under `context.name`."""

    __slots__ = ("code", "context", "english", "names", "owner")

    def __init__(self, context: str, name: str, english: str) -> None:
        code = f"{context}.{name}"
        known = _REGISTRY.get(code)
        if known is not None and known.english != english:
            raise ValueError(f"phrase code {code} is already used for {known.english!r}")
        self.code = code
        # The module that declared it: the translation listing takes only the app's own.
        self.owner = str(sys._getframe(1).f_globals.get("__name__", ""))
        self.context = context
        self.english = english
        self.names = frozenset(
            field for _, field, _, _ in string.Formatter().parse(english) if field is not None
        )
        _REGISTRY[code] = self

    def __call__(self, **values: object) -> Phrase:
        missing = self.names - values.keys()
        if missing:
            raise TypeError(f"phrase {self.code} needs {sorted(missing)}")
        return Phrase(self, values)

    def __repr__(self) -> str:
        return f"Template({self.code!r})"


class Phrase(str):
    """A sentence in English that remembers its template and values (see the module doc)."""

    template: Template
    values: Mapping[str, object]

    def __new__(cls, template: Template, values: Mapping[str, object]) -> Phrase:
        self = super().__new__(cls, template.english.format(**values))
        self.template = template
        self.values = dict(values)
        return self

    @property
    def code(self) -> str:
        return self.template.code

    def __reduce__(self) -> tuple[object, ...]:  # pickles as code + values (process pools)
        return (_rebuild, (self.template.code, self.values))

    def to_record(self) -> dict[str, object]:
        """The phrase as plain data (for the journal): its code and values, nested phrases
        included; from_record() rebuilds it."""
        return {
            "code": self.code,
            "values": {
                name: value.to_record() if isinstance(value, Phrase) else value
                for name, value in self.values.items()
            },
        }


def _rebuild(code: str, values: Mapping[str, object]) -> Phrase:
    return _REGISTRY[code](**values)


def from_record(record: object) -> Phrase | None:
    """The phrase to_record() described; None when it is not one or names an unknown code
    (a record written by a newer version), so the caller shows its stored English instead."""
    if not isinstance(record, Mapping):
        return None
    template = _REGISTRY.get(str(record.get("code")))
    values = record.get("values")
    if template is None or not isinstance(values, Mapping):
        return None
    rebuilt: dict[str, object] = {}
    for name, value in values.items():
        if isinstance(value, Mapping):
            value = from_record(value)
            if value is None:
                return None
        rebuilt[str(name)] = value
    try:
        return template(**rebuilt)
    except (TypeError, KeyError, ValueError, IndexError):
        return None


def phrase_of(error: BaseException) -> Phrase | None:
    """The phrase an exception was raised with (its `phrase` attribute or its first argument)."""
    found = getattr(error, "phrase", None)
    if isinstance(found, Phrase):
        return found
    if error.args and isinstance(error.args[0], Phrase):
        return error.args[0]
    return None


def lookup(code: str) -> Template | None:
    return _REGISTRY.get(code)


def registered() -> Iterator[Template]:
    """The templates registered so far, by code (phrasebook.every_template() imports every
    module that declares some first)."""
    yield from sorted(_REGISTRY.values(), key=lambda template: template.code)
