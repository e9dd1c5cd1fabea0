"""Received bytes -> lines, ended by CR LF only, never longer than the 4096-byte limit.

Pure and bounded: the buffer never holds more than one chunk plus one partial line, so a peer
that sends without ever ending a line cannot make the server buffer without limit.
"""

from __future__ import annotations

from typing import Final

from ..protocol.wire import CRLF, MAX_LINE


class _TooLong:
    def __repr__(self) -> str:
        return "TOO_LONG"


TOO_LONG: Final = _TooLong()


class LineBuffer:
    """Feed bytes in, take complete lines (without CR LF) out, in order.

    A bare CR or LF is an ordinary byte (clarifications §1). A line longer than `limit` bytes
    including its CR LF (§2) yields TOO_LONG, after which the buffer is useless: the server
    closes the connection.
    """

    def __init__(self, limit: int = MAX_LINE) -> None:
        self.limit = limit
        self._buffer = bytearray()
        self._start = 0  # consumed bytes are dropped in one go, not line by line

    def feed(self, data: bytes) -> None:
        if self._start:
            del self._buffer[: self._start]
            self._start = 0
        self._buffer += data

    def next_line(self) -> bytes | _TooLong | None:
        """The next complete line, TOO_LONG, or None when more bytes are needed."""
        # Only a CR LF wholly inside the first `limit` bytes ends a line short enough.
        end = self._buffer.find(CRLF, self._start, self._start + self.limit)
        if end >= 0:
            line = bytes(self._buffer[self._start : end])
            self._start = end + len(CRLF)
            return line
        if len(self._buffer) - self._start >= self.limit:
            return TOO_LONG
        return None

    @property
    def pending(self) -> int:
        """Bytes received and not yet returned as a line."""
        return len(self._buffer) - self._start
