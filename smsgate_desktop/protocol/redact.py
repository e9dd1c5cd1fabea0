"""What the protocol log may show: passwords masked, control characters made visible."""

from __future__ import annotations

import re
from typing import Final

from .wire import MASK

_ASCII_PASSWORD: Final = re.compile(rb"(?i)^(password=)[^\r\n]*")
_PACKET_PASSWORD: Final = re.compile(rb"^(\x01[^\x02]*\x02)[^\x03\x04]*")

# ASCII's own names for Chr(0)..Chr(31) and Chr(127), shown as <SOH>, <ETX>, <CR>…: the one
# rule for how a control character looks in a log, CLI and window alike. Not the Unicode
# control pictures (␁, U+2401): most fonts lack them and draw empty boxes. Plain ASCII,
# so a copied or saved log reads the same anywhere; the window draws them in their own style.
MNEMONICS: Final = (
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
    "ESC", "FS", "GS", "RS", "US",
)  # fmt: skip
VISIBLE: Final = {code: f"<{name}>" for code, name in enumerate(MNEMONICS)} | {0x7F: "<DEL>"}
# Finds what visible() put in a line (and, unavoidably, the same text typed by someone).
SHOWN_CONTROL: Final = re.compile("|".join(map(re.escape, VISIBLE.values())))


def mask_password(line: bytes) -> bytes:
    """The line with the password of a Full Ascii or packet login replaced by ********."""
    line = _ASCII_PASSWORD.sub(rb"\1" + MASK.encode(), line)
    return _PACKET_PASSWORD.sub(rb"\1" + MASK.encode(), line)


def visible(line: bytes) -> str:
    """Text for a person: every control character as its ASCII name, Chr(1) as <SOH>,
    CR as <CR>, DEL as <DEL>."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        text = line.decode("iso-8859-15")
    return text.translate(VISIBLE)
