"""Shared byte rules of both interfaces: line ending, the 4096-byte limit, credentials."""

from __future__ import annotations

import enum
from typing import Final

from .errors import FieldError
from .fields import control_problem
from .text import encode_value, unencodable_chars

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
            f"makes a line of {len(line)} bytes, over the gateway's limit of {MAX_LINE}",
        )
    return line


def encode_credential(name: str, value: str) -> bytes:
    """Account or password as wire bytes. A password never appears in the error text."""
    shown = MASK if name == "Password" and value else value
    if value == "":
        raise FieldError(name, "", "is empty")
    problem = control_problem(value)
    if problem:
        raise FieldError(name, shown, problem)
    bad = unencodable_chars(value)
    if bad:  # raised here, not from an except block: no chained error holds the value
        index, char = bad[0]
        what = f"the character {char!r} (U+{ord(char):04X})"
        if name == "Password":
            what = "a character"
        raise FieldError(
            name, shown, f"has {what} at position {index + 1}, which ISO-8859-15 cannot carry"
        )
    return encode_value(value, field=name)
