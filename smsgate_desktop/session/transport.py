"""A blocking TCP socket with timeouts, tried host by host (primary, then backup)."""

from __future__ import annotations

import contextlib
import select
import socket
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

    The socket is non-blocking from the start and each read or write waits with one poll for
    its own timeout: a Python socket timeout would cost an ioctl per change of timeout (each
    read has its own, the time left to a deadline) and a hidden poll before every call."""

    def __init__(self, sock: socket.socket, endpoint: Endpoint) -> None:
        sock.setblocking(False)
        self._sock = sock
        self.endpoint = endpoint

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
                sent = sock.send(view)
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
        while left > 0 and _wait(sock, False, left):
            try:
                return sock.recv(RECV_SIZE)
            except BlockingIOError:  # a spurious wake-up: wait for the time left
                left = deadline - time.monotonic()
        raise TimeoutError(f"nothing to read within {timeout:g} s")

    def readable(self) -> bool:
        """Something (data or end of stream) is waiting to be read right now."""
        try:
            ready, _, _ = select.select([self._sock], [], [], 0)
        except (OSError, ValueError):
            return True  # a dead socket: let the read report it
        return bool(ready)

    def abort(self) -> None:
        """End the connection now, from any thread: a read or write blocked in another
        thread returns at once (shutdown is thread-safe; close() there would not wake it)."""
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.close()


_HAS_POLL: Final = hasattr(select, "poll")  # not on Windows


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
