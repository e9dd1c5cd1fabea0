"""The transport on its own: `Endpoint.parse`, and a `Transport` over a real loopback TCP
connection (its peer is a plain socket): timeouts, `readable()`, `abort()` from another thread,
`close()`."""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from smsgate_desktop.session.transport import Endpoint, Transport

BLOCKED_READ = 60.0  # s; a read that would wait this long unless something ends it
SLACK = 5.0  # s; "at once" on a loaded CI machine

# ---- Endpoint.parse --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "port"),
    [
        ("gw.example.com", "gw.example.com", 27),
        ("gw.example.com:2727", "gw.example.com", 2727),
        ("  10.0.0.1:65535 ", "10.0.0.1", 65535),
        ("[::1]:2727", "::1", 2727),
        ("[fe80::1]", "fe80::1", 27),
        ("::1", "::1", 27),  # a bare IPv6 address: its colons are not a port
        ("host:1", "host", 1),
    ],
)
def test_parse(text: str, host: str, port: int) -> None:
    assert Endpoint.parse(text) == Endpoint(host, port)


def test_parse_default_port() -> None:
    assert Endpoint.parse("gw", default_port=9000) == Endpoint("gw", 9000)
    assert Endpoint.parse("gw:27", default_port=9000) == Endpoint("gw", 27)


@pytest.mark.parametrize(
    "text", ["gw:0", "gw:65536", "gw:port", "gw:", "gw:-1", "gw: 27", "[::1]:x", "[::1]:"]
)
def test_parse_bad_port(text: str) -> None:
    with pytest.raises(ValueError, match="the port must be a number from 1 to 65535"):
        Endpoint.parse(text)


@pytest.mark.parametrize("text", ["", "   ", ":27", "[]:27"])
def test_parse_no_host(text: str) -> None:
    with pytest.raises(ValueError, match="has no host name"):
        Endpoint.parse(text)


def test_str_is_host_colon_port() -> None:
    assert str(Endpoint("gw.example.com", 2727)) == "gw.example.com:2727"


# ---- Transport ---------------------------------------------------------------------------------


@pytest.fixture
def connection() -> Iterator[tuple[Transport, socket.socket]]:
    """(transport, peer): a Transport opened to a loopback listener, and the socket it
    accepted."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        transport = Transport.open(Endpoint(*listener.getsockname()[:2]), timeout=SLACK)
        peer, _ = listener.accept()
    with peer:
        peer.settimeout(SLACK)
        yield transport, peer
        transport.close()


def test_open_connects_without_nagle(connection) -> None:
    transport, peer = connection
    assert transport.endpoint == Endpoint("127.0.0.1", peer.getsockname()[1])
    assert transport._sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


def test_open_to_a_closed_port_fails() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: nothing accepts there
        with pytest.raises(ConnectionRefusedError):
            Transport.open(Endpoint("127.0.0.1", port), timeout=SLACK)


def test_write_then_read(connection) -> None:
    transport, peer = connection
    transport.write(b"SmsQuery=Bal\r\n", timeout=SLACK)
    assert peer.recv(100) == b"SmsQuery=Bal\r\n"
    peer.sendall(b"+OK 01 42\r\n")
    assert transport.read(timeout=SLACK) == b"+OK 01 42\r\n"


def test_read_timeout_raises_timeout_error(connection) -> None:
    transport, _ = connection
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        transport.read(timeout=0.05)
    assert time.monotonic() - started < SLACK


def test_a_read_after_a_timeout_uses_its_own_timeout(connection) -> None:
    transport, peer = connection
    with pytest.raises(TimeoutError):
        transport.read(timeout=0.01)
    timer = threading.Timer(0.05, peer.sendall, [b"late"])  # after the old timeout has passed
    timer.start()
    try:
        assert transport.read(timeout=SLACK) == b"late"
    finally:
        timer.join()


def test_read_returns_empty_at_end_of_stream(connection) -> None:
    transport, peer = connection
    peer.shutdown(socket.SHUT_WR)
    assert transport.read(timeout=SLACK) == b""


def test_readable_only_when_something_waits(connection) -> None:
    transport, peer = connection
    assert not transport.readable()
    peer.sendall(b"+OK")
    wait_until_readable(transport)
    assert transport.readable()
    assert transport.read(timeout=SLACK) == b"+OK"
    assert not transport.readable()


def test_readable_at_end_of_stream(connection) -> None:
    transport, peer = connection
    peer.shutdown(socket.SHUT_WR)
    wait_until_readable(transport)
    assert transport.readable()
    assert transport.read(timeout=SLACK) == b""


def test_readable_after_close_lets_the_read_report_it(connection) -> None:
    transport, _ = connection
    transport.close()
    assert transport.readable()
    with pytest.raises(OSError):
        transport.read(timeout=SLACK)


def test_abort_from_another_thread_wakes_a_blocked_read(connection) -> None:
    transport, peer = connection
    timer = threading.Timer(0.1, transport.abort)
    timer.start()
    started = time.monotonic()
    try:
        assert transport.read(timeout=BLOCKED_READ) == b""
    finally:
        timer.join()
    assert time.monotonic() - started < SLACK
    assert peer.recv(100) == b""  # the gateway sees the connection end too


def test_abort_and_close_are_idempotent_in_any_order(connection) -> None:
    transport, _ = connection
    transport.abort()
    transport.abort()
    transport.close()
    transport.close()
    transport.abort()


def wait_until_readable(transport: Transport) -> None:
    """Block until the kernel has delivered what the peer sent (loopback delivery is
    asynchronous): select() with a timeout, where readable() itself asks for "right now"."""
    ready, _, _ = select.select([transport._sock], [], [], SLACK)
    assert ready, f"nothing arrived within {SLACK} s"


def test_write_times_out_when_the_peer_stops_reading(connection) -> None:
    transport, _ = connection  # the peer never reads: the socket buffers fill up
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        transport.write(b"x" * 64 * 1024 * 1024, timeout=0.2)
    assert time.monotonic() - started < SLACK


def test_a_large_write_arrives_whole(connection) -> None:
    transport, peer = connection
    data = bytes(range(256)) * 8192  # 2 MiB: more than one send() takes at once
    received = bytearray()
    reader = threading.Thread(target=lambda: _read_exactly(peer, len(data), received))
    reader.start()
    try:
        transport.write(data, timeout=SLACK)
    finally:
        reader.join()
    assert received == data


def test_a_read_waits_for_data_that_comes_later(connection) -> None:
    transport, peer = connection
    timer = threading.Timer(0.05, peer.sendall, [b"+OK 01\r\n"])
    timer.start()
    try:
        assert transport.read(timeout=SLACK) == b"+OK 01\r\n"
    finally:
        timer.join()


def _read_exactly(peer: socket.socket, size: int, into: bytearray) -> None:
    while len(into) < size:
        chunk = peer.recv(65536)
        if not chunk:
            return
        into += chunk


def test_a_short_read_after_a_long_one_keeps_its_own_deadline(connection) -> None:
    """Reads on Linux wait in the kernel under SO_RCVTIMEO, kept from read to read: a read
    with less time left must not inherit the longer limit of the one before."""
    transport, peer = connection
    peer.sendall(b"+OK 01 42\r\n")
    assert transport.read(timeout=30.0) == b"+OK 01 42\r\n"
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        transport.read(timeout=0.05)
    assert 0.04 <= time.monotonic() - started < SLACK


def test_a_write_never_blocks_past_its_timeout_after_reads(connection) -> None:
    """The socket is in blocking mode for the reads; a write must still give up in time."""
    transport, peer = connection
    peer.sendall(b"x")
    assert transport.read(timeout=SLACK) == b"x"
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        transport.write(b"x" * 64 * 1024 * 1024, timeout=0.2)
    assert time.monotonic() - started < SLACK
