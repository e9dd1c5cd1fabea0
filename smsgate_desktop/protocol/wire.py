"""Shared byte rules of both interfaces: line ending, the 4096-byte limit, credentials."""

from __future__ import annotations

import enum
from typing import Final

from .errors import FieldError
from .fields import control_problem
from .phrases import Template
from .text import UNENCODABLE, encode_value, unencodable_chars

LINE_TOO_LONG: Final = Template(
    "FieldFormats",
    "line-too-long",
    "makes a line of {size} bytes, over the gateway's limit of {limit}",
)
EMPTY: Final = Template("FieldFormats", "empty", "is empty")
# A password's character the encoding cannot carry: where it is, never which it is (the
# account's is named: text.UNENCODABLE).
PASSWORD_CHARACTER: Final = Template(
    "FieldFormats",
    "password-character",
    "has a character at position {position}, which {encoding} cannot carry",
)

CRLF: Final = b"\r\n"
MAX_LINE: Final = 4096  # bytes, the whole line including CR LF (clarifications §2)
MASK: Final = "********"


class Interface(enum.StrEnum):
    ASCII = "ascii"  # "Full Ascii": one KEY=value line per field, each acknowledged
    PACKET = "packet"  # "Packets": one Chr(1)..Chr(6)-framed line per login / message


def finish_line(body: bytes, what: str) -> bytes:
    """Append CR LF, refusing a line over the gateway's 4096-byte limit."""
    line = body + CRLF
    if len(line) > MAX_LINE:
        raise FieldError(
            what,
            f"{len(line)} bytes",
            LINE_TOO_LONG(size=len(line), limit=MAX_LINE),
        )
    return line


def encode_credential(name: str, value: str) -> bytes:
    """Account or password as wire bytes. A password never appears in the error text."""
    shown = MASK if name == "Password" and value else value
    if value == "":
        raise FieldError(name, "", EMPTY())
    problem = control_problem(value)
    if problem:
        raise FieldError(name, shown, problem)
    bad = unencodable_chars(value)
    if bad:  # raised here, not from an except block: no chained error holds the value
        index, char = bad[0]
        if name == "Password":
            reason = PASSWORD_CHARACTER(position=index + 1, encoding="ISO-8859-15")
        else:
            reason = UNENCODABLE(
                char=repr(char),
                code=f"{ord(char):04X}",
                position=index + 1,
                encoding="ISO-8859-15",
            )
        raise FieldError(name, shown, reason)
    return encode_value(value, field=name)
