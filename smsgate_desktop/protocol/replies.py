"""Reply lines -> typed values. Context-free: what a reply *means* is decided by the
connection that knows what it asked (connection.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .errors import CONNECTION_CLOSED_SUFFIX, ProtocolError, explain, lookup

# DOTALL: only CR LF ends a line; a bare CR or LF inside one is an ordinary byte (clar. §1).
_OK: Final = re.compile(
    rb"\+OK (?P<status>[0-9]{2})(?: (?P<credit>-?[0-9]+))?(?: (?P<detail>.*))?", re.DOTALL
)
_ERR: Final = re.compile(rb"-ERR (?P<code>[0-9]{1,4})(?: (?P<detail>.*))?", re.DOTALL)
_BRACKET: Final = re.compile(r"\[([^\]]*)\]")
_LOGIN: Final = re.compile(r"\[ID ACCOUNT: *(?P<id>[^ \]]*) +STATUS: *(?P<status>[^\]]*)\]")
_BALANCE: Final = re.compile(r"\[(-?[0-9]+)\]")

STATUSES: Final = ("Active", "Inactive", "Expired", "Blocked", "Standby")


def _text(raw: bytes) -> str:
    # Acks echo the value received, which for SmsType=UTF is UTF-8; everything else is Latin-9.
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("iso-8859-15")


@dataclass(frozen=True, slots=True)
class Ok:
    """`+OK 01 [credit] [detail]`."""

    credit: int | None
    detail: str
    raw: bytes

    def bracket(self) -> str | None:
        """The text of the first [...] in the detail, if any."""
        match = _BRACKET.search(self.detail)
        return match.group(1) if match else None

    def balance(self) -> int:
        """`+OK 01 [1499]` -> 1499."""
        match = _BALANCE.fullmatch(self.detail.strip())
        if self.credit is not None or match is None:
            raise ProtocolError("expected a balance like +OK 01 [1499]", self.raw)
        return int(match.group(1))

    def status(self) -> str:
        """`+OK 01 [Active]` -> "Active" (any word is accepted: lenient in what we accept)."""
        text = self.bracket()
        if self.credit is not None or not text or "[" in text:
            raise ProtocolError("expected a status like +OK 01 [Active]", self.raw)
        return text.strip()

    def login(self) -> tuple[int, str, str]:
        """`+OK 01 1500 [ID ACCOUNT: 0000 STATUS: Active]` -> (1500, "0000", "Active")."""
        if self.credit is None:
            raise ProtocolError("expected a login reply with the credit", self.raw)
        match = _LOGIN.search(self.detail)
        if match is None:  # lenient: the credit is what matters
            return self.credit, "", ""
        return self.credit, match.group("id"), match.group("status").strip()


@dataclass(frozen=True, slots=True)
class Err:
    """`-ERR <code> [text]` possibly followed by ` - [Connection Closed]`."""

    code: int
    text: str
    closes: bool
    raw: bytes

    @property
    def explanation(self) -> str:
        """Plain words for office staff, with the code in brackets."""
        return explain(self.code, self.text)

    def __str__(self) -> str:
        return self.explanation


Reply = Ok | Err


def parse_reply(line: bytes) -> Reply:
    """Parse one reply line (without its CR LF). Raises ProtocolError for anything else."""
    if not isinstance(line, bytes | bytearray):
        raise ProtocolError("reply is not bytes", b"")
    line = bytes(line)
    if match := _OK.fullmatch(line):
        credit = match.group("credit")
        detail = _text(match.group("detail") or b"")
        # "+OK 01 [1499]" has no bare credit; "+OK 01 1499 [...]" has one.
        return Ok(int(credit) if credit is not None else None, detail, line)
    if match := _ERR.fullmatch(line):
        code = int(match.group("code"))
        detail = _text(match.group("detail") or b"")
        bracket = _BRACKET.search(detail)
        text = bracket.group(1) if bracket else detail.strip()
        said = CONNECTION_CLOSED_SUFFIX.strip(" -") in detail
        entry = lookup(code)
        closes = entry.closes == "always" or said
        return Err(code, text, closes, line)
    raise ProtocolError("unexpected reply from the gateway", line)
