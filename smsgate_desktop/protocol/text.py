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
"""

from __future__ import annotations

from typing import Final

from .errors import FieldError

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
    bad = unencodable_chars(text, encoding)
    if bad:
        index, char = bad[0]
        more = f" and {len(bad) - 1} more" if len(bad) > 1 else ""
        raise FieldError(
            "TextMessage",
            text,
            f"has the character {char!r} (U+{ord(char):04X}) at position {index + 1}{more}, "
            f"which {encoding.upper()} cannot carry; choose the UTF message type",
        )


def encode_value(value: str, encoding: str = WIRE_ENCODING, field: str = "value") -> bytes:
    """Encode one wire value, refusing (never replacing) what the encoding cannot carry."""
    try:
        return value.encode(encoding)
    except UnicodeEncodeError as exc:
        char = value[exc.start]
        raise FieldError(
            field,
            value,
            f"has the character {char!r} (U+{ord(char):04X}) at position {exc.start + 1}, "
            f"which {encoding.upper()} cannot carry",
        ) from None


def decode_value(raw: bytes, encoding: str = WIRE_ENCODING) -> str:
    """Decode one wire value; raises UnicodeDecodeError only for invalid UTF-8."""
    return raw.decode(encoding)
