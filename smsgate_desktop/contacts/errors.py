"""The one exception the contact importers raise on purpose."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from ..protocol import SmsGateError
from ..protocol.phrases import Template

# The message: the file name (repr), the line when there is one, and the reason.
CANNOT_IMPORT_LINE: Final = Template(
    "ContactFiles", "cannot-import-line", "Cannot import {file}: line {line}: {reason}"
)
CANNOT_IMPORT: Final = Template("ContactFiles", "cannot-import", "Cannot import {file}: {reason}")


class ContactImportError(SmsGateError):
    """A file that cannot be read as a contact list.

    `path` is the file as given, `name` its file name (what a person recognises), `reason`
    says why in a sentence (a Phrase of contacts/, or the system's words for a file that cannot
    be opened), `line` is the 1-based line (or sheet row) it concerns, if any.
    The message repeats them: "Cannot import 'rubrica.csv': line 3: ...", as a Phrase
    (CANNOT_IMPORT_LINE or CANNOT_IMPORT, the reason nested).
    `code` is stable for a program to act on ("unreadable" unless a limit of contacts/limits.py
    was passed: "too_many_rows", "line_too_long", ...), `params` its numbers ({"limit": ...}).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        reason: str,
        line: int | None = None,
        *,
        code: str = "unreadable",
        params: Mapping[str, object] | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.name = Path(self.path).name or self.path
        self.reason = reason
        self.line = line
        self.code = code
        self.params = dict(params or {})
        if line is not None:
            message = CANNOT_IMPORT_LINE(file=repr(self.name), line=line, reason=reason)
        else:
            message = CANNOT_IMPORT(file=repr(self.name), reason=reason)
        super().__init__(message)


def short(exc: BaseException, limit: int = 160) -> str:
    """A library exception in a few words, for a reason: its message, or its class name."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
