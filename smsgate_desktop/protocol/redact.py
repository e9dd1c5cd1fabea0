"""What the protocol log may show: passwords masked, control characters made visible."""

from __future__ import annotations

import re
from typing import Final

from .wire import MASK

_ASCII_PASSWORD: Final = re.compile(rb"(?i)^(password=)[^\r\n]*")
_PACKET_PASSWORD: Final = re.compile(rb"^(\x01[^\x02]*\x02)[^\x03\x04]*")

VISIBLE: Final = {
    0x01: "␁",
    0x02: "␂",
    0x03: "␃",
    0x04: "␄",
    0x05: "␅",
    0x06: "␆",
    0x0D: "␍",
    0x0A: "␊",
}


def mask_password(line: bytes) -> bytes:
    """The line with the password of a Full Ascii or packet login replaced by ********."""
    line = _ASCII_PASSWORD.sub(rb"\1" + MASK.encode(), line)
    return _PACKET_PASSWORD.sub(rb"\1" + MASK.encode(), line)


def visible(line: bytes) -> str:
    """Text for a person: Chr(1)..Chr(6), CR and LF as ␁..␆ ␍ ␊, other controls as \\xNN."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        text = line.decode("iso-8859-15")
    out = []
    for char in text:
        code = ord(char)
        if code in VISIBLE:
            out.append(VISIBLE[code])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02x}")
        else:
            out.append(char)
    return "".join(out)
