"""Text on the wire, and what a text costs as SMS.

Wire encoding (clarifications.md §16, decided here because the spec only says "Ascii"):
- SmsType empty or FL: ISO-8859-15. It carries the whole GSM-7 repertoire including the euro
  sign, which ASCII does not, and it is one byte per character, so no byte of a character can
  collide with the CR, LF or Chr(1)..Chr(6) framing bytes.
- SmsType UTF: UTF-8. Every byte of a multi-byte sequence is >= 0x80, so framing stays safe.
- UCS, UDH, WBK, WPS: the spec says nothing about their text; we send ISO-8859-15 as for plain
  text (the gateway's default repertoire) and steer anything outside it to UTF.
Every other field value, the account and the password are ISO-8859-15 too.

A character the chosen encoding cannot carry is refused before sending with its position.

What a text costs (`analyse`, `split_parts`):
- The gateway charges 1 credit per accepted SMS whatever its length or type (clarifications
  §14): a long text is one SMS to the gateway and one credit. The handset, however, receives
  `parts` segments, which is what the network (and a provider's other price lists) count, so
  the compose window shows both.
- A text whose every character is in the GSM 03.38 default alphabet or its extension table is
  GSM-7: 160 septets fit one SMS; a longer text is split into parts of 153 septets (7 septets
  of each 140-byte part go to the concatenation header). An extension-table character
  (form feed ^ { } \\ [ ~ ] | €) is an escape plus a septet, 2 septets, and the two are never
  separated: a 2-septet character that would straddle a part boundary starts the next part.
- Any other character forces the whole text to UCS-2: 70 UTF-16 code units fit one SMS, else
  parts of 67. A character outside the Basic Multilingual Plane (most emoji) is a surrogate
  pair, 2 units that are never split across parts.
- The part count is obtained by splitting the text for real, so it is exact at the boundaries.
- An empty text is 0 units and 0 parts: there is nothing to send (an empty TextMessage means
  "the first message's text" in a broadcast, or is refused as a missing mandatory field).
- The GSM 03.38 table puts C WITH CEDILLA at 0x09 as the capital Ç (the ETSI glyph and the
  unicode.org mapping); the lower-case ç is not in the table and is counted as forcing UCS-2,
  so the estimate never comes out cheaper than what a strict encoder produces.
- These are the alphabet rules; they are independent of the wire encoding above. Latin-9 can
  carry characters GSM-7 cannot (â, ê, ...: the handset then gets UCS-2), and GSM-7 has
  characters Latin-9 cannot carry (the Greek capitals Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ and ¤, which
  Latin-9 replaced with €): for those `suggest_sms_type` says "UTF".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from .errors import FieldError
from .phrases import Template

# Why a text (or another value) cannot be sent: a character its wire encoding cannot carry.
# `char` is the character's repr, `code` its code point (4+ hex digits), `encoding` upper case.
UNENCODABLE_USE_UTF: Final = Template(
    "FieldFormats",
    "unencodable-use-utf",
    "has the character {char} (U+{code}) at position {position}, which {encoding} "
    "cannot carry; choose the UTF message type",
)
UNENCODABLE_MORE_USE_UTF: Final = Template(
    "FieldFormats",
    "unencodable-more-use-utf",
    "has the character {char} (U+{code}) at position {position} and {count} more, "
    "which {encoding} cannot carry; choose the UTF message type",
)
UNENCODABLE: Final = Template(
    "FieldFormats",
    "unencodable",
    "has the character {char} (U+{code}) at position {position}, which {encoding} cannot carry",
)

WIRE_ENCODING: Final = "iso-8859-15"
UTF_ENCODING: Final = "utf-8"


def wire_encoding(sms_type: str) -> str:
    """The byte encoding of TextMessage for `sms_type`."""
    return UTF_ENCODING if sms_type == "UTF" else WIRE_ENCODING


def unencodable_chars(text: str, encoding: str = WIRE_ENCODING) -> list[tuple[int, str]]:
    """(0-based position, character) of every character `encoding` cannot carry."""
    bad = []
    for index, char in enumerate(text):
        try:
            char.encode(encoding)
        except UnicodeEncodeError:
            bad.append((index, char))
    return bad


def check_wire_text(text: str, sms_type: str) -> None:
    """Raise FieldError when `text` cannot be sent with `sms_type`'s encoding."""
    encoding = wire_encoding(sms_type)
    if text.isascii():  # the common case, without a per-character scan
        return
    bad = unencodable_chars(text, encoding)
    if bad:
        index, char = bad[0]
        values = {
            "char": repr(char),
            "code": f"{ord(char):04X}",
            "position": index + 1,
            "encoding": encoding.upper(),
        }
        if len(bad) > 1:
            reason = UNENCODABLE_MORE_USE_UTF(count=len(bad) - 1, **values)
        else:
            reason = UNENCODABLE_USE_UTF(**values)
        raise FieldError("TextMessage", text, reason)


def encode_value(value: str, encoding: str = WIRE_ENCODING, field: str = "value") -> bytes:
    """Encode one wire value, refusing (never replacing) what the encoding cannot carry."""
    try:
        return value.encode(encoding)
    except UnicodeEncodeError as exc:
        char = value[exc.start]
        reason = UNENCODABLE(
            char=repr(char),
            code=f"{ord(char):04X}",
            position=exc.start + 1,
            encoding=encoding.upper(),
        )
        raise FieldError(field, value, reason) from None


def decode_value(raw: bytes, encoding: str = WIRE_ENCODING) -> str:
    """Decode one wire value; raises UnicodeDecodeError only for invalid UTF-8."""
    return raw.decode(encoding)


# ---- SMS cost analysis ---------------------------------------------------------------------

# GSM 03.38 default alphabet in code order 0x00..0x7F; 0x1B is the escape to the extension
# table, not a character, so it is left out (the NUL below stands in for it and is dropped).
_GSM7_TABLE: Final = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ\x00ÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
assert len(_GSM7_TABLE) == 128
GSM7_BASIC: Final = frozenset(_GSM7_TABLE) - {"\x00"}
# The extension table: each is sent as ESC + one septet, so it costs 2 septets.
GSM7_EXTENSION: Final = frozenset("\f^{}\\[~]|€")

GSM7_SINGLE: Final = 160  # septets in a one-part GSM-7 SMS
GSM7_MULTI: Final = 153  # septets per part of a concatenated GSM-7 SMS
UCS2_SINGLE: Final = 70  # UTF-16 code units in a one-part UCS-2 SMS
UCS2_MULTI: Final = 67  # UTF-16 code units per part of a concatenated UCS-2 SMS

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True, slots=True)
class TextInfo:
    """What a text costs as SMS on the handset (see the module docstring).

    `characters` counts Python characters (code points); `units` counts septets for GSM-7
    and UTF-16 code units for UCS-2; `remaining` is how many units still fit in the last part
    before one more part is needed; `ucs2_forcing` lists (0-based position, character) of
    every character outside GSM-7, the reason the text is UCS-2.
    """

    characters: int
    encoding: Encoding
    units: int
    parts: int
    remaining: int
    ucs2_forcing: tuple[tuple[int, str], ...]


def gsm7_septets(char: str) -> int | None:
    """Septets one character takes in GSM-7 (1 or 2), None when GSM-7 cannot carry it."""
    if char in GSM7_BASIC:
        return 1
    if char in GSM7_EXTENSION:
        return 2
    return None


def ucs2_units(char: str) -> int:
    """UTF-16 code units of one character: 2 outside the Basic Multilingual Plane."""
    return 2 if ord(char) > 0xFFFF else 1


def ucs2_forcing_chars(text: str) -> list[tuple[int, str]]:
    """(0-based position, character) of every character that is not in GSM-7."""
    return [(index, char) for index, char in enumerate(text) if gsm7_septets(char) is None]


def _costs(text: str, ucs2: bool = False) -> tuple[Encoding, list[int]]:
    """The encoding the text needs (UCS-2 when asked for: SmsType UCS) and the units of
    each of its characters."""
    if ucs2:
        return "UCS-2", [ucs2_units(char) for char in text]
    costs = []
    for char in text:
        septets = gsm7_septets(char)
        if septets is None:  # one character outside GSM-7 makes the whole text UCS-2
            return "UCS-2", [ucs2_units(char) for char in text]
        costs.append(septets)
    return "GSM-7", costs


def _limits(encoding: Encoding) -> tuple[int, int]:
    return (GSM7_SINGLE, GSM7_MULTI) if encoding == "GSM-7" else (UCS2_SINGLE, UCS2_MULTI)


def _split(text: str, costs: list[int], single: int, multi: int) -> list[tuple[str, int]]:
    """(part, units) pairs. Greedy: a character that does not fit whole starts a new part,
    so an escape sequence or a surrogate pair is never cut in two."""
    if not text:
        return []
    if sum(costs) <= single:
        return [(text, sum(costs))]
    parts: list[tuple[str, int]] = []
    start, used = 0, 0
    for index, cost in enumerate(costs):
        if used + cost > multi:
            parts.append((text[start:index], used))
            start, used = index, 0
        used += cost
    parts.append((text[start:], used))
    return parts


def split_parts(text: str) -> list[str]:
    """The text as the handset receives it: one string per SMS part ([] for "").

    The parts join back to `text` exactly.
    """
    encoding, costs = _costs(text)
    return [part for part, _ in _split(text, costs, *_limits(encoding))]


def analyse(text: str, sms_type: str = "") -> TextInfo:
    """Encoding, size and part count of `text` as an SMS (see the module docstring); with
    SmsType UCS the handset gets UCS-2 whatever the characters."""
    encoding, costs = _costs(text, ucs2=sms_type == "UCS")
    single, multi = _limits(encoding)
    parts = _split(text, costs, single, multi)
    # Room left before one more part is needed; once split, the last part holds `multi`.
    remaining = single - sum(costs) if len(parts) <= 1 else multi - parts[-1][1]
    return TextInfo(
        characters=len(text),
        encoding=encoding,
        units=sum(costs),
        parts=len(parts),
        remaining=remaining,
        ucs2_forcing=tuple(ucs2_forcing_chars(text)),
    )


def suggest_sms_type(text: str) -> str:
    """The SmsType that can carry `text` on the wire: "" (plain, ISO-8859-15) or "UTF".

    "UTF" is also the answer for a lone surrogate, which no encoding carries; check_wire_text
    then refuses it with its position.
    """
    return "" if not unencodable_chars(text, WIRE_ENCODING) else "UTF"
