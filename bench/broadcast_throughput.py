"""Throughput of a journalled broadcast (BroadcastEngine) against a raw-socket loop.

    python bench/broadcast_throughput.py [--count 10000] [--latency-ms 0] [--rounds 5]

Starts `smsgate-sim` as a subprocess, then alternates rounds of `bench/throughput.py`'s raw loop
and of an engine run (plan, journal insert, then `sending` and result commits per message,
sqlite WAL with synchronous=FULL in a temporary data dir), so machine noise hits both alike.
Prints both rates, their ratio (target >= 0.8) and the engine's journal cost per message.
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


def engine_loop(engine: BroadcastEngine, port: int, count: int, offset: int) -> float:
    config = SessionConfig(ACCOUNT, PASSWORD, Endpoint("127.0.0.1", port), None, Interface.PACKET)
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
    args = parse_args(__doc__)
    process, port = start_simulator(args.latency_ms)
    with tempfile.TemporaryDirectory() as tmp:
        engine = BroadcastEngine(open_store(Path(tmp) / "bench.sqlite3"))
        try:
            per_round = max(1, args.count // args.rounds)
            raw_time = engine_time = 0.0
            for round_ in range(args.rounds):
                offset = round_ * per_round * 2
                raw_time += raw_loop(port, per_round, offset)
                engine_time += engine_loop(engine, port, per_round, offset + per_round)
            total = per_round * args.rounds
        finally:
            engine.conn.close()
            process.terminate()
            process.wait(timeout=10)
    raw_rate, engine_rate = total / raw_time, total / engine_time
    print(f"messages per loop : {total} (in {args.rounds} alternating rounds)")
    print(f"simulator latency : {args.latency_ms:g} ms")
    print(f"raw socket loop   : {raw_rate:10.1f} msg/s")
    print(f"broadcast engine  : {engine_rate:10.1f} msg/s  (journal included)")
    print(f"ratio             : {engine_rate / raw_rate:10.3f}  (target >= 0.8)")
    print(f"overhead / message: {(engine_time - raw_time) / total * 1e6:10.1f} µs")


if __name__ == "__main__":
    main()
