"""Throughput of a journalled broadcast (BroadcastEngine) against a raw-socket loop.

    python bench/broadcast_throughput.py [--count 10000] [--latency-ms 0] [--rounds 5]
                                         [--windows 1 32]

Starts `smsgate-sim` as a subprocess, then alternates rounds of `bench/throughput.py`'s raw loop
(one request, one reply) and of an engine run per send window (plan, journal insert, then
`sending` commits, synced, and result commits, sqlite WAL in a temporary data dir), so machine
noise hits all alike. Prints the rates, each engine's ratio to the raw loop (target >= 0.8)
and its journal cost per message.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from throughput import ACCOUNT, PASSWORD, numbers, parse_args, raw_loop, start_simulator

from smsgate_desktop.broadcast import BroadcastEngine, plan
from smsgate_desktop.protocol import Interface, SmsMessage
from smsgate_desktop.session import Endpoint, GatewaySession, SessionConfig
from smsgate_desktop.store import open_store


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
            raw_time, engine_time = 0.0, dict.fromkeys(args.windows, 0.0)
            offset = 0
            for _ in range(args.rounds):
                raw_time += raw_loop(port, per_round, offset)
                offset += per_round
                for window in args.windows:
                    engine_time[window] += engine_loop(engine, port, per_round, offset, window)
                    offset += per_round
            total = per_round * args.rounds
        finally:
            engine.conn.close()
            process.terminate()
            process.wait(timeout=10)
    raw_rate = total / raw_time
    print(f"messages per loop : {total} (in {args.rounds} alternating rounds)")
    print(f"simulator latency : {args.latency_ms:g} ms")
    print(f"raw socket loop   : {raw_rate:10.1f} msg/s  (window 1)")
    for window, elapsed in engine_time.items():
        rate = total / elapsed
        print(
            f"engine, window {window:<2} : {rate:10.1f} msg/s  ratio {rate / raw_rate:6.3f}"
            f"  (target >= 0.8)  {(elapsed - raw_time) / total * 1e6:+8.1f} µs/message"
        )


if __name__ == "__main__":
    main()
