"""Reply lines -> typed values. Context-free: what a reply *means* is decided by the
connection that knows what it asked (connection.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .errors import CONNECTION_CLOSED_SUFFIX, ProtocolError, explain, lookup
from .phrases import Template

# What was wrong with a reply (ProtocolError.reason); the session puts it in its sentences.
EXPECTED_BALANCE: Final = Template(
    "Session", "protocol-expected-balance", "expected a balance like +OK 01 [1499]"
)
EXPECTED_STATUS: Final = Template(
    "Session", "protocol-expected-status", "expected a status like +OK 01 [Active]"
)
EXPECTED_LOGIN: Final = Template(
    "Session", "protocol-expected-login", "expected a login reply with the credit"
)
NOT_BYTES: Final = Template("Session", "protocol-reply-not-bytes", "reply is not bytes")
UNEXPECTED_REPLY: Final = Template(
    "Session", "protocol-unexpected-reply", "unexpected reply from the gateway"
)

# DOTALL: only CR LF ends a line; a bare CR or LF inside one is an ordinary byte (clar. §1).
_OK: Final = re.compile(
    rb"\+OK (?P<status>[0-9]{2})(?: (?P<credit>-?[0-9]+))?(?: (?P<detail>.*))?", re.DOTALL
)
_ERR: Final = re.compile(rb"-ERR (?P<code>[0-9]{1,4})(?: (?P<detail>.*))?", re.DOTALL)
_BRACKET: Final = re.compile(r"\[([^\]]*)\]")
_LOGIN: Final = re.compile(r"\[ID ACCOUNT: *(?P<id>[^ \]]*) +STATUS: *(?P<status>[^\]]*)\]")
_STATUS: Final = re.compile(r"\[ *([A-Za-z]{2,20}) *\]")
_RECIPIENT: Final = re.compile(r"SEND MESSAGE TO: *\+?([0-9]+)", re.IGNORECASE)

STATUSES: Final = ("Active", "Inactive", "Expired", "Blocked", "Standby")
# A credit of more digits is no credit a gateway keeps: shown as unknown, never stored (SQLite
# integers end at 2**63 - 1, and Python refuses to parse ints of over 4,300 digits).
MAX_CREDIT_DIGITS: Final = 15
_BALANCE: Final = re.compile(rf"\[(-?[0-9]{{1,{MAX_CREDIT_DIGITS}}})\]")


def _text(raw: bytes) -> str:
    # Acks echo the value received, which for SmsType=UTF is UTF-8; everything else is Latin-9.
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("iso-8859-15")


@dataclass(frozen=True, slots=True)
class Ok:
    """`+OK 01 [credit] [detail]`. `credit` is None when the line has no bare number, or one
    too large to be a credit (`has_credit` tells the two apart)."""

    credit: int | None
    detail: str
    raw: bytes
    has_credit: bool = False

    def __init__(
        self, credit: int | None, detail: str, raw: bytes, has_credit: bool = False
    ) -> None:
        # One per reply: the slots' own setters cost half of the frozen dataclass's
        # object.__setattr__ per field (dataclass keeps an __init__ the class defines).
        _set_ok_credit(self, credit)
        _set_ok_detail(self, detail)
        _set_ok_raw(self, raw)
        _set_ok_has_credit(self, has_credit)

    def recipient(self) -> str | None:
        """The digits of the number a send reply names (`[SMS SEND MESSAGE TO: +39333...`),
        None when it names none."""
        match = _RECIPIENT.search(self.detail)
        return match.group(1) if match else None

    def bracket(self) -> str | None:
        """The text of the first [...] in the detail, if any."""
        match = _BRACKET.search(self.detail)
        return match.group(1) if match else None

    def balance(self) -> int:
        """`+OK 01 [1499]` -> 1499."""
        match = _BALANCE.fullmatch(self.detail.strip())
        if self.has_credit or match is None:
            raise ProtocolError(EXPECTED_BALANCE(), self.raw)
        return int(match.group(1))

    def status(self) -> str:
        """`+OK 01 [Active]` -> "Active". The spec's five words are returned as it spells
        them; another single word is taken as is (a status the spec does not list yet). Any
        other shape is not an answer to the question asked: ProtocolError."""
        match = _STATUS.fullmatch(self.detail.strip())
        if self.has_credit or match is None:
            raise ProtocolError(EXPECTED_STATUS(), self.raw)
        word = match.group(1)
        return {status.lower(): status for status in STATUSES}.get(word.lower(), word)

    def login(self) -> tuple[int | None, str, str]:
        """`+OK 01 1500 [ID ACCOUNT: 0000 STATUS: Active]` -> (1500, "0000", "Active")."""
        if not self.has_credit:
            raise ProtocolError(EXPECTED_LOGIN(), self.raw)
        match = _LOGIN.search(self.detail)
        if match is None:  # lenient: the credit is what matters
            return self.credit, "", ""
        return self.credit, match.group("id"), match.group("status").strip()


_set_ok_credit, _set_ok_detail, _set_ok_raw, _set_ok_has_credit = (
    getattr(Ok, name).__set__ for name in ("credit", "detail", "raw", "has_credit")
)


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
        raise ProtocolError(NOT_BYTES(), b"")
    line = bytes(line)
    if match := _OK.fullmatch(line):
        credit = match.group("credit")
        raw_detail = match.group("detail") or b""
        try:  # _text, inline: one reply per message
            detail = raw_detail.decode("utf-8")
        except UnicodeDecodeError:
            detail = raw_detail.decode("iso-8859-15")
        # "+OK 01 [1499]" has no bare credit; "+OK 01 1499 [...]" has one.
        usable = credit is not None and len(credit.lstrip(b"-")) <= MAX_CREDIT_DIGITS
        return Ok(int(credit) if usable else None, detail, line, credit is not None)
    if match := _ERR.fullmatch(line):
        code = int(match.group("code"))
        detail = _text(match.group("detail") or b"")
        bracket = _BRACKET.search(detail)
        text = bracket.group(1) if bracket else detail.strip()
        said = CONNECTION_CLOSED_SUFFIX.strip(" -") in detail
        entry = lookup(code)
        closes = entry.closes == "always" or said
        return Err(code, text, closes, line)
    raise ProtocolError(UNEXPECTED_REPLY(), line)
