"""GatewaySession against scripted servers that misbehave: silence, garbage, a dropped line."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

import pytest
from sessionkit import message

from smsgate_desktop.protocol import Interface
from smsgate_desktop.session import (
    ConnectError,
    Endpoint,
    GatewaySession,
    Outcome,
    SessionConfig,
)

LOGIN_OK = b"+OK 01 1500 [ID ACCOUNT: 0001 STATUS: Active]\r\n"


class ScriptedServer:
    """Accepts one connection, greets, then answers each line with `reply(line)`:
    bytes to write, None to stay silent, or ... to close the connection."""

    def __init__(self, reply: Callable[[bytes], bytes | None]) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._reply = reply
        self.received: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        conn, _ = self._listener.accept()
        with conn:
            conn.sendall(b"+OK 01 [Connection 1 With 127.0.0.1]\r\n")
            reader = conn.makefile("rb")
            for line in reader:
                self.received.append(line)
                answer = self._reply(line)
                if answer is ...:
                    return
                if answer:
                    conn.sendall(answer)

    def close(self) -> None:
        self._listener.close()
        self._thread.join(timeout=5)


@pytest.fixture
def scripted():
    servers = []

    def start(reply) -> GatewaySession:
        server = ScriptedServer(reply)
        servers.append(server)
        config = SessionConfig(
            "acme",
            "pw",
            Endpoint("127.0.0.1", server.port),
            None,
            Interface.PACKET,
            connect_timeout=5,
            reply_timeout=0.5,
        )
        return GatewaySession(config)

    yield start
    for server in servers:
        server.close()


def login_then(after_login):
    def reply(line: bytes):
        return LOGIN_OK if line.startswith(b"\x01") else after_login(line)

    return reply


def test_no_reply_after_the_send_is_unknown(scripted):
    session = scripted(login_then(lambda line: None))
    result = session.send(message())
    assert result.outcome is Outcome.UNKNOWN
    assert "did not answer within 0.5 s" in result.reason
    assert "not sent again" in result.reason


def test_garbage_reply_is_unknown_and_names_the_bytes(scripted):
    session = scripted(login_then(lambda line: b"HELLO?\r\n"))
    result = session.send(message())
    assert result.outcome is Outcome.UNKNOWN
    assert "HELLO?" in result.reason


def test_connection_closed_after_the_send_is_unknown(scripted):
    session = scripted(login_then(lambda line: ...))
    result = session.send(message())
    assert result.outcome is Outcome.UNKNOWN


def test_silent_login_is_a_connect_error(scripted):
    session = scripted(lambda line: None)
    with pytest.raises(ConnectError) as caught:
        session.open()
    assert "no answer to the login within 0.5 s" in str(caught.value)
