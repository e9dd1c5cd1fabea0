"""Throughput of a journalled broadcast (BroadcastEngine) against a raw-socket loop.

    python bench/broadcast_throughput.py [--count 10000] [--latency-ms 0] [--rounds 5]
                                         [--windows 1 32]

Starts `smsgate-sim` as a subprocess, then alternates rounds, per send window W, of a raw
socket loop with the same window (W packets written ahead of their replies; W = 1 is
`bench/throughput.py`'s lockstep loop) and of an engine run (plan, journal insert, one synced
`sending` batch per K rows, a `written` and a result line per row appended to the run's
records file and folded into the journal per batch; sqlite WAL in a temporary data dir) and
of GatewaySession.send_many alone over the same messages, so machine noise hits all alike.
Prints the rates, each engine's ratio to the raw loop of the same window (target >= 0.8) and
the engine's cost per message, and the session's, so that the journal's and engine's own
cost (the engine's time minus the session's) shows apart from the session's.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from throughput import (
    ACCOUNT,
    PASSWORD,
    numbers,
    parse_args,
    raw_connect,
    raw_loop,
    raw_packets,
    session_loop,
    start_simulator,
)

from smsgate_desktop.broadcast import BroadcastEngine, plan
from smsgate_desktop.protocol import Interface, SmsMessage
from smsgate_desktop.session import Endpoint, GatewaySession, SessionConfig
from smsgate_desktop.store import open_store


def raw_window_loop(port: int, count: int, offset: int, window: int) -> float:
    """`raw_loop` with up to `window` packets written ahead of their replies."""
    if window == 1:
        return raw_loop(port, count, offset)
    sock, reader, start = raw_connect(port)
    packets = deque(raw_packets(count, offset))
    in_flight = 0
    while packets or in_flight:
        ahead = []
        while packets and in_flight < window:
            ahead.append(packets.popleft())
            in_flight += 1
        if ahead:
            sock.sendall(b"".join(ahead))
        if not reader.readline().startswith(b"+OK"):
            raise SystemExit("raw loop: a message was refused")
        in_flight -= 1
    elapsed = time.perf_counter() - start
    sock.close()
    return elapsed


def engine_loop(engine: BroadcastEngine, port: int, count: int, offset: int, window: int) -> float:
    config = SessionConfig(
        ACCOUNT, PASSWORD, Endpoint("127.0.0.1", port), None, Interface.PACKET, send_window=window
    )
    base = SmsMessage(
        Sender="Bench", CountryCode="+39", GsmCode="333", TextMessage="Hello from the benchmark"
    )
    start = time.perf_counter()
    broadcast_id = engine.create(
        plan(base.with_values(PhoneNumber=n) for n in numbers(count, offset))
    )
    with GatewaySession(config) as session:
        report = engine.run(session, broadcast_id)
    elapsed = time.perf_counter() - start
    if report.counts["sent"] != count:
        raise SystemExit(f"engine: {report}")
    return elapsed


def main() -> None:
    args = parse_args(__doc__, windows=True)
    process, port = start_simulator(args.latency_ms)
    with tempfile.TemporaryDirectory() as tmp:
        engine = BroadcastEngine(open_store(Path(tmp) / "bench.sqlite3"))
        try:
            per_round = max(1, args.count // args.rounds)
            raw_time = dict.fromkeys(args.windows, 0.0)
            engine_time = dict.fromkeys(args.windows, 0.0)
            session_time = dict.fromkeys(args.windows, 0.0)
            offset = 0
            for _ in range(args.rounds):
                for window in args.windows:
                    raw_time[window] += raw_window_loop(port, per_round, offset, window)
                    offset += per_round
                    engine_time[window] += engine_loop(engine, port, per_round, offset, window)
                    offset += per_round
                    session_time[window] += session_loop(port, per_round, offset, window)
                    offset += per_round
            total = per_round * args.rounds
        finally:
            engine.conn.close()
            process.terminate()
            process.wait(timeout=10)
    print(f"messages per loop : {total} (in {args.rounds} alternating rounds)")
    print(f"simulator latency : {args.latency_ms:g} ms")
    for window in args.windows:
        raw_rate, rate = total / raw_time[window], total / engine_time[window]
        cost = (engine_time[window] - raw_time[window]) / total * 1e6
        print(f"raw loop, window {window:<2}: {raw_rate:10.1f} msg/s")
        print(
            f"engine, window {window:<2}  : {rate:10.1f} msg/s  ratio {rate / raw_rate:6.3f}"
            f"  (target >= 0.8)  {cost:+8.1f} µs/message"
        )
        alone = total / session_time[window]
        journal_cost = (engine_time[window] - session_time[window]) / total * 1e6
        print(
            f"session alone, W {window:<2}: {alone:10.1f} msg/s  ratio {alone / raw_rate:6.3f}"
            f"  (the engine and journal add {journal_cost:+.1f} µs/message to it)"
        )


if __name__ == "__main__":
    main()
