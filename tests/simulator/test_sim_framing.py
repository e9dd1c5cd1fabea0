"""framing.py: CR LF only, 4096 bytes at most including CR LF, bounded memory."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.simulator.framing import TOO_LONG, LineBuffer


def drain(buffer: LineBuffer) -> list[object]:
    out = []
    while (line := buffer.next_line()) is not None:
        out.append(line)
        if line is TOO_LONG:
            break
    return out


def test_lines_end_at_cr_lf_only() -> None:
    buffer = LineBuffer()
    buffer.feed(b"a\rb\nc\r\nd\n\r\r\npartial")
    assert drain(buffer) == [b"a\rb\nc", b"d\n\r"]
    assert buffer.pending == len(b"partial")


def test_cr_lf_split_across_chunks() -> None:
    buffer = LineBuffer()
    buffer.feed(b"abc\r")
    assert buffer.next_line() is None
    buffer.feed(b"\nxyz\r\n")
    assert drain(buffer) == [b"abc", b"xyz"]


def test_limit_counts_cr_lf() -> None:
    buffer = LineBuffer(limit=10)
    buffer.feed(b"12345678\r\n")  # 10 bytes with CR LF: fits
    assert drain(buffer) == [b"12345678"]
    buffer.feed(b"123456789\r\n")  # 11 bytes
    assert drain(buffer) == [TOO_LONG]


def test_too_long_without_any_cr_lf_is_known_at_the_limit() -> None:
    buffer = LineBuffer(limit=10)
    buffer.feed(b"123456789")
    assert buffer.next_line() is None  # a CR LF may still come right after the CR
    buffer.feed(b"\r")
    assert buffer.next_line() is TOO_LONG  # 10 bytes and the line has not ended


def test_line_ending_exactly_at_the_limit_after_earlier_lines() -> None:
    buffer = LineBuffer(limit=6)
    buffer.feed(b"ab\r\n1234\r\nxy")
    assert drain(buffer) == [b"ab", b"1234"]
    assert buffer.pending == 2


@given(st.lists(st.binary(max_size=40), max_size=20), st.integers(1, 17))
def test_any_chunking_gives_the_same_lines(lines: list[bytes], size: int) -> None:
    lines = [line.replace(b"\r\n", b"\r") for line in lines]
    lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
    stream = b"".join(line + b"\r\n" for line in lines)
    buffer = LineBuffer(limit=64)
    out: list[object] = []
    for start in range(0, len(stream), size):
        buffer.feed(stream[start : start + size])
        out.extend(drain(buffer))
        assert buffer.pending < 64 + size
    assert out == lines
