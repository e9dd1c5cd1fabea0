"""Throughput of GatewaySession against a minimal raw-socket loop, same simulator, same run.

    python bench/throughput.py [--count 10000] [--latency-ms 0] [--rounds 5]

Starts `smsgate-sim` as a subprocess, then alternates rounds of the raw loop (login, then one
packet and one reply line at a time) and of GatewaySession.send_many over the Packet
interface, so that machine noise hits both alike. Prints both rates and their ratio.
Targets: ratio >= 0.9; with --latency-ms 20, session rate >= 0.95 x 1/RTT.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smsgate_desktop.protocol import Interface, SmsMessage
from smsgate_desktop.session import Endpoint, GatewaySession, Outcome, SessionConfig

ACCOUNT, PASSWORD = "bench", "bench"


def start_simulator(latency_ms: float, *extra: str) -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "smsgate_desktop.simulator",
            "--port",
            "0",
            "--account",
            f"{ACCOUNT}:{PASSWORD}:100000000",
            "--latency-ms",
            str(latency_ms),
            *extra,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline()
    if not line.startswith("listening on "):
        process.kill()
        raise SystemExit(f"simulator did not start: {line!r}")
    return process, int(line.rsplit(":", 1)[1])


def numbers(count: int, offset: int) -> list[str]:
    return [f"{1000000 + offset + i}" for i in range(count)]


def raw_connect(port: int) -> tuple[socket.socket, Any, float]:
    """A raw connection past the greeting, logged in: the socket, its reader and the time
    the login began (the start of a timed loop)."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    reader = sock.makefile("rb")
    reader.readline()  # greeting
    start = time.perf_counter()
    sock.sendall(
        b"\x01" + ACCOUNT.encode() + b"\x02" + PASSWORD.encode() + b"\x04OKSEND\x05\x06\r\n"
    )
    reader.readline()
    return sock, reader, start


def raw_packets(count: int, offset: int) -> Iterator[bytes]:
    """The bench's messages as packets, the later ones elided as a broadcast's are."""
    for i, number in enumerate(numbers(count, offset)):
        if i == 0:
            head = b"\x03Bench\x03+39\x03333\x03"
            tail = b"\x03Hello from the benchmark" + b"\x03" * 15
        else:
            head, tail = b"\x03\x03\x03\x03", b"\x03" + b"\x03" * 15
        yield head + number.encode() + tail + b"\x04OKSEND\x05\x06\r\n"


def raw_loop(port: int, count: int, offset: int) -> float:
    """The least a client can do: no validation, no events, no log."""
    sock, reader, start = raw_connect(port)
    for packet in raw_packets(count, offset):
        sock.sendall(packet)
        if not reader.readline().startswith(b"+OK"):
            raise SystemExit("raw loop: a message was refused")
    elapsed = time.perf_counter() - start
    sock.close()
    return elapsed


def session_loop(port: int, count: int, offset: int, window: int = 1) -> float:
    """The same messages through GatewaySession.send_many with a send window of `window`."""
    config = SessionConfig(
        ACCOUNT, PASSWORD, Endpoint("127.0.0.1", port), None, Interface.PACKET, send_window=window
    )
    base = SmsMessage(
        Sender="Bench", CountryCode="+39", GsmCode="333", TextMessage="Hello from the benchmark"
    )
    messages = (base.with_values(PhoneNumber=n) for n in numbers(count, offset))
    start = time.perf_counter()
    with GatewaySession(config) as session:
        for result in session.send_many(messages):
            if result.outcome is not Outcome.ACCEPTED:
                raise SystemExit(f"session: {result}")
    return time.perf_counter() - start


def parse_args(doc: str, windows: bool = False) -> argparse.Namespace:
    """--count, --latency-ms, --rounds: what every client-vs-raw-loop benchmark takes
    (and --windows, send windows to measure, when the benchmark compares them)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--rounds", type=int, default=5)
    if windows:
        parser.add_argument("--windows", type=int, nargs="+", default=[1, 32])
    return parser.parse_args()


def main() -> None:
    args = parse_args(__doc__)
    process, port = start_simulator(args.latency_ms)
    try:
        per_round = max(1, args.count // args.rounds)
        raw_time = session_time = 0.0
        for round_ in range(args.rounds):
            offset = round_ * per_round * 2
            raw_time += raw_loop(port, per_round, offset)
            session_time += session_loop(port, per_round, offset + per_round)
        total = per_round * args.rounds
    finally:
        process.terminate()
        process.wait(timeout=10)
    raw_rate, session_rate = total / raw_time, total / session_time
    print(f"messages per loop : {total} (in {args.rounds} alternating rounds)")
    print(f"simulator latency : {args.latency_ms:g} ms")
    print(f"raw socket loop   : {raw_rate:10.1f} msg/s")
    print(f"GatewaySession    : {session_rate:10.1f} msg/s")
    print(f"ratio             : {session_rate / raw_rate:10.3f}  (target >= 0.9)")
    if args.latency_ms:
        ideal = 1000.0 / args.latency_ms
        print(
            f"vs 1/RTT          : {session_rate / ideal:10.3f}  (1/RTT = {ideal:.1f} msg/s, "
            "target >= 0.95)"
        )


if __name__ == "__main__":
    main()
