"""The one exception the contact importers raise on purpose."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ..protocol import SmsGateError


class ContactImportError(SmsGateError):
    """A file that cannot be read as a contact list.

    `path` is the file as given, `name` its file name (what a person recognises), `reason`
    says why in a sentence, `line` is the 1-based line (or sheet row) it concerns, if any.
    The message repeats them: "Cannot import 'rubrica.csv': line 3: ...".
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
        where = f"line {line}: " if line is not None else ""
        super().__init__(f"Cannot import {self.name!r}: {where}{reason}")


def short(exc: BaseException, limit: int = 160) -> str:
    """A library exception in a few words, for a reason: its message, or its class name."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
