"""The "Full Ascii" interface: one `Keyword=value` line per request, each answered."""

from __future__ import annotations

from typing import Final

from .fields import FIELD_NAMES, SmsMessage, field_bytes
from .wire import encode_credential, finish_line

SEND_LINE: Final = b"SendSMS=OKSEND\r\n"
QUERIES: Final = ("Balance", "Status")


def account_line(account: str) -> bytes:
    """`Account=XXXXXX` CR LF."""
    return finish_line(b"Account=" + encode_credential("Account", account), "Account")


def password_line(password: str) -> bytes:
    """`Password=YYYYYY` CR LF."""
    return finish_line(b"Password=" + encode_credential("Password", password), "Password")


def field_line(name: str, value: str, sms_type: str = "") -> bytes:
    """`Name=value` CR LF for one of the 20 fields; "" sends the field empty."""
    if name not in FIELD_NAMES:
        raise ValueError(f"unknown field {name!r}")
    encoded = field_bytes(name, value, sms_type if name == "TextMessage" else "")
    return finish_line(name.encode() + b"=" + encoded, name)


def query_line(kind: str) -> bytes:
    """`SmsQuery=Balance` or `SmsQuery=Status` CR LF."""
    if kind not in QUERIES:
        raise ValueError(f"unknown query {kind!r}, expected one of {QUERIES}")
    return f"SmsQuery={kind}\r\n".encode()


def message_lines(message: SmsMessage, held: dict[str, bytes]) -> list[tuple[str, bytes]]:
    """The field lines that turn what the server `held` (value bytes by field) into `message`,
    in <Send Data> order.

    Fields persist on a Full Ascii connection (clarifications §7) and the spec invites the
    client to send "only the single values that will change", so an unchanged field is not
    sent at all; PhoneNumber is cleared after every accepted send and is always sent. The
    SendSMS line is not included.
    """
    message.validate(mandatory=False)
    lines = []
    for name, value in zip(FIELD_NAMES, message.values(), strict=True):
        line = field_line(name, value, message.SmsType)
        # Compared as bytes: the same text under another SmsType is other bytes.
        if name == "PhoneNumber" or held.get(name, b"") != line[len(name) + 1 : -2]:
            lines.append((name, line))
    return lines
