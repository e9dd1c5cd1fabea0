"""A blocking TCP socket with timeouts, tried host by host (primary, then backup)."""

from __future__ import annotations

import contextlib
import select
import socket
import struct
import sys
import time
from dataclasses import dataclass
from typing import Final

from ..protocol.phrases import Template

RECV_SIZE: Final = 65536
# Why a host ("host", "host:port") cannot be used; the host as typed, quoted.
NO_HOST_NAME: Final = Template("Profiles", "host-without-name", "{host} has no host name")
BAD_PORT: Final = Template(
    "Profiles", "host-bad-port", "{host}: the port must be a number from 1 to 65535"
)


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"

    @classmethod
    def parse(cls, text: str, default_port: int = 27) -> Endpoint:
        """ "host", "host:port" or "[v6]:port" -> Endpoint; ValueError names the bad part."""
        text = text.strip()
        host, port = text, default_port
        if text.startswith("["):
            host, _, rest = text[1:].partition("]")
            if rest.startswith(":"):
                port = _port(rest[1:], text)
        elif text.count(":") == 1:
            host, port_text = text.split(":")
            port = _port(port_text, text)
        if not host:
            raise ValueError(NO_HOST_NAME(host=repr(text)))
        return cls(host, port)


def _port(text: str, whole: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(BAD_PORT(host=repr(whole)))
    return int(text)


class Transport:
    """One open TCP connection. Reads return b"" at end of stream; timeouts raise TimeoutError.

    No Python socket timeout: it would cost an ioctl per change of timeout (each read has its
    own, the time left to a deadline) and a hidden poll before every call. On Linux a read is
    one blocking recv bounded by SO_RCVTIMEO, reset only when the time left drops below it:
    a poll then a recv is one more system call per reply, made by a process that has just
    woken up, and in lockstep runs against the simulator (bench/throughput.py) it cost more
    wall time per reply than a recv that waits in the kernel (noisy: 0 to 30 µs). A signal
    during such a recv restarts its SO_RCVTIMEO (PEP 475 retries it). Writes never block
    there either (MSG_DONTWAIT, then a poll for the time left). Elsewhere the socket is
    non-blocking and each read or write waits with one poll (or select) for its own
    timeout."""

    def __init__(self, sock: socket.socket, endpoint: Endpoint) -> None:
        # Blocking mode (timeout None) lets recv wait in the kernel under SO_RCVTIMEO.
        sock.setblocking(_RECV_TIMEOUT)
        self._sock = sock
        self.endpoint = endpoint
        self._recv_timeout = 0.0  # SO_RCVTIMEO now (0: never set, which means no limit)
        # One poll object for reading, made once: every reply waits on it, and a new one per
        # wait (plus its registration) cost as much as the poll itself.
        self._fd = sock.fileno()
        self._in: select.poll | None = None
        if _HAS_POLL:
            self._in = select.poll()
            self._in.register(self._fd, select.POLLIN)

    @classmethod
    def open(cls, endpoint: Endpoint, timeout: float) -> Transport:
        sock = socket.create_connection((endpoint.host, endpoint.port), timeout=timeout)
        # One request, one reply: Nagle would hold each small request back for the last ACK.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(sock, endpoint)

    def write(self, data: bytes, timeout: float) -> None:
        """Write all of `data` within `timeout` seconds (TimeoutError otherwise: part of it
        may have been written)."""
        sock, view, deadline = self._sock, memoryview(data), None
        while view:
            try:
                sent = sock.send(view, _DONTWAIT)
            except BlockingIOError:
                sent = 0
            if sent:
                view = view[sent:]
                continue
            now = time.monotonic()
            deadline = now + timeout if deadline is None else deadline
            if not _wait(sock, True, deadline - now):
                raise TimeoutError(f"could not write within {timeout:g} s")

    def read(self, timeout: float) -> bytes:
        """What arrived, waiting up to `timeout` seconds for it (TimeoutError otherwise)."""
        sock, left = self._sock, timeout
        deadline = time.monotonic() + timeout
        if _RECV_TIMEOUT:
            while left > 0:
                if self._recv_timeout == 0.0 or self._recv_timeout > left:
                    # Never wait past the caller's deadline. A little under the time left,
                    # so that the next read (the next reply, a few µs closer to its own
                    # deadline) finds it short enough and makes no system call for it;
                    # waking early only goes round this loop again.
                    self._set_recv_timeout(left - min(left * 0.01, 0.05))
                try:
                    return sock.recv(RECV_SIZE)
                except BlockingIOError:  # SO_RCVTIMEO ran out: wait for the time left
                    left = deadline - time.monotonic()
            raise TimeoutError(f"nothing to read within {timeout:g} s")
        while left > 0 and self._wait_readable(left):
            try:
                return sock.recv(RECV_SIZE)
            except BlockingIOError:  # a spurious wake-up: wait for the time left
                left = deadline - time.monotonic()
        raise TimeoutError(f"nothing to read within {timeout:g} s")

    def _set_recv_timeout(self, seconds: float) -> None:
        # At least 1 µs: a zero timeval means "no limit".
        micro = max(int(seconds * 1_000_000), 1)
        value = struct.pack("ll", micro // 1_000_000, micro % 1_000_000)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, value)
        self._recv_timeout = micro / 1_000_000

    def readable(self) -> bool:
        """Something (data or end of stream) is waiting to be read right now."""
        if self._in is None or self._sock.fileno() != self._fd:
            try:
                ready, _, _ = select.select([self._sock], [], [], 0)
            except (OSError, ValueError):
                return True  # a dead socket: let the read report it
            return bool(ready)
        return bool(self._in.poll(0))

    def _wait_readable(self, timeout: float) -> bool:
        # A closed socket's number may belong to another file by now: never poll it.
        if self._in is None or self._sock.fileno() != self._fd:
            return _wait(self._sock, False, timeout)
        return bool(self._in.poll(timeout * 1000.0))

    def abort(self) -> None:
        """End the connection now, from any thread: a read or write blocked in another
        thread returns at once (shutdown is thread-safe; close() there would not wake it)."""
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.close()


_HAS_POLL: Final = hasattr(select, "poll")  # not on Windows
# Reads wait in a blocking recv under SO_RCVTIMEO where its timeval layout (two C longs) and
# MSG_DONTWAIT are known: Linux.
_RECV_TIMEOUT: Final = sys.platform.startswith("linux") and hasattr(socket, "MSG_DONTWAIT")
_DONTWAIT: Final = socket.MSG_DONTWAIT if _RECV_TIMEOUT else 0


def _wait(sock: socket.socket, writing: bool, timeout: float) -> bool:
    """Whether `sock` became ready to read (or with `writing`, to write) within `timeout`
    seconds. A closed socket is "ready": the read or write that follows reports it."""
    fd = sock.fileno()
    if fd < 0:
        return True
    if _HAS_POLL:
        poller = select.poll()
        poller.register(fd, select.POLLOUT if writing else select.POLLIN)
        return bool(poller.poll(timeout * 1000.0))
    if writing:
        return bool(select.select([], [sock], [], timeout)[1])
    return bool(select.select([sock], [], [], timeout)[0])
