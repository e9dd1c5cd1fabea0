"""A blocking TCP socket with timeouts, tried host by host (primary, then backup)."""

from __future__ import annotations

import contextlib
import select
import socket
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
    """One open TCP connection. Reads return b"" at end of stream; timeouts raise TimeoutError."""

    def __init__(self, sock: socket.socket, endpoint: Endpoint) -> None:
        self._sock = sock
        self.endpoint = endpoint
        self._timeout = sock.gettimeout()

    @classmethod
    def open(cls, endpoint: Endpoint, timeout: float) -> Transport:
        sock = socket.create_connection((endpoint.host, endpoint.port), timeout=timeout)
        # One request, one reply: Nagle would hold each small request back for the last ACK.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(sock, endpoint)

    def write(self, data: bytes, timeout: float) -> None:
        self._set_timeout(timeout)
        self._sock.sendall(data)

    def read(self, timeout: float) -> bytes:
        self._set_timeout(timeout)
        return self._sock.recv(RECV_SIZE)

    def _set_timeout(self, timeout: float) -> None:
        if timeout != self._timeout:
            self._sock.settimeout(timeout)
            self._timeout = timeout

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
