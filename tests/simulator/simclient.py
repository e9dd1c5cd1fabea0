"""A raw TCP client for hand-written byte transcripts: deliberately not our protocol client,
so that the simulator is checked against the spec and not against our own reading of it."""

from __future__ import annotations

import re
import socket
from typing import Final

CRLF: Final = b"\r\n"
TIMEOUT: Final = 5.0
GREETING: Final = re.compile(rb"\+OK 01 \[Connection [0-9]+ With 127\.0\.0\.1\]")
CLOSED: Final = b" - [Connection Closed]"


def sent(credit: int, recipient: str) -> re.Pattern[bytes]:
    """The accepted-send reply: `+OK 01 <credit> [SMS SEND MESSAGE TO: <to> - dd-mm-yy ...]`."""
    return re.compile(
        rb"\+OK 01 %d \[SMS SEND MESSAGE TO: %s - " % (credit, re.escape(recipient.encode()))
        + rb"(0[1-9]|[12][0-9]|3[01])-(0[1-9]|1[0-2])-[0-9]{2} "
        + rb"(0[1-9]|1[0-2]):[0-5][0-9]:[0-5][0-9] (AM|PM)\]"
    )


def data_packet(*values: bytes, **fields: bytes) -> bytes:
    """<Send Data> from positional values or FIELD_NAMES keywords (missing = empty), CR LF."""
    return b"\x03" + _fields(values, fields) + b"\x04OKSEND\x05\x06\r\n"


def login_packet(account: bytes, password: bytes) -> bytes:
    return b"\x01" + account + b"\x02" + password + b"\x04OKSEND\x05\x06\r\n"


def login_data_packet(account: bytes, password: bytes, **fields: bytes) -> bytes:
    return (
        b"\x01"
        + account
        + b"\x02"
        + password
        + b"\x03"
        + _fields((), fields)
        + (b"\x04OKSEND\x05\x06\r\n")
    )


ORDER: Final = (  # <Send Data> order, as the spec lists it
    "Sender",
    "CountryCode",
    "GsmCode",
    "PhoneNumber",
    "TextMessage",
    "SmsType",
    "SmsDay",
    "SmsMonth",
    "SmsYear",
    "SmsHour",
    "SmsMinute",
    "SmsAmPm",
    "Gateway",
    "NetworkCode",
    "UDH",
    "Delivery",
    "Notification",
    "SmsValidity",
    "SmsRef",
    "DCS",
)

MESSAGE: Final = {
    "Sender": b"Shop",
    "CountryCode": b"+39",
    "GsmCode": b"333",
    "PhoneNumber": b"1234567",
    "TextMessage": b"Hello",
}


def _fields(values: tuple[bytes, ...], fields: dict[str, bytes]) -> bytes:
    if values:
        return b"\x03".join(values)
    unknown = set(fields) - set(ORDER)
    assert not unknown, unknown
    return b"\x03".join(fields.get(name, b"") for name in ORDER)


class RawClient:
    """Lines out, lines in, over a plain socket with a timeout (never a sleep)."""

    def __init__(self, address: tuple[str, int], timeout: float = TIMEOUT) -> None:
        self.sock = socket.create_connection(address, timeout=timeout)
        self._buffer = bytearray()

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def read_line(self) -> bytes:
        """The next reply line without its CR LF; fails when the server closes mid-line."""
        while CRLF not in self._buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError(f"closed by the server; unterminated: {bytes(self._buffer)!r}")
            self._buffer += chunk
        line, _, rest = bytes(self._buffer).partition(CRLF)
        self._buffer = bytearray(rest)
        return line

    def ask(self, line: bytes) -> bytes:
        """Send one line (CR LF added unless present) and return the reply."""
        self.send(line if line.endswith(CRLF) else line + CRLF)
        return self.read_line()

    def converse(self, transcript: list[tuple[bytes, bytes | re.Pattern[bytes]]]) -> None:
        """Each request gets exactly the expected reply (bytes, or a pattern to fullmatch)."""
        for request, expected in transcript:
            reply = self.ask(request)
            if isinstance(expected, re.Pattern):
                assert expected.fullmatch(reply), (request, reply, expected.pattern)
            else:
                assert reply == expected, (request, reply)

    def login(self, account: bytes = b"demo", password: bytes = b"demo") -> bytes:
        assert self.ask(b"Account=" + account) == b"+OK 01"
        reply = self.ask(b"Password=" + password)
        assert reply.startswith(b"+OK 01 "), reply
        return reply

    def set_fields(self, **fields: bytes) -> None:
        for name, value in fields.items():
            reply = self.ask(name.encode() + b"=" + value)
            assert reply.startswith(b"+OK 01 ["), (name, reply)

    def assert_closed(self) -> None:
        """The server closed the connection (orderly) with nothing more to say."""
        assert not self._buffer, bytes(self._buffer)
        assert self.sock.recv(65536) == b""

    def assert_reset(self) -> None:
        """The server reset the connection."""
        try:
            data = self.sock.recv(65536)
        except ConnectionResetError:
            return
        raise AssertionError(f"expected a reset, got {data!r}")

    def close(self) -> None:
        self.sock.close()
