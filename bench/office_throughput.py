"""Throughput of a journalled broadcast on the office database (PostgreSQL) against SQLite.

    python bench/office_throughput.py [--count 3000] [--seconds 10] [--rounds 3]
                                      [--windows 1 32] [--latencies 0 20]

Issue 14's goal: at 20 ms of gateway latency the shared store costs under 5% of throughput
(PostgreSQL / SQLite >= 0.95 for each send window). At 0 ms the figures show the store's own
cost per message, which the gateway's latency hides once it is there.

Starts a local PostgreSQL server with fsync on, as an office server runs (tests/pgkit.py),
and one `smsgate-sim` per latency. For each latency and send window W, alternating rounds of
the same engine run (bench/broadcast_throughput.py's engine_loop: plan, journal insert, the
run) on a SQLite file in a temporary folder and on a PostgreSQL database of that server, so
that machine noise hits both alike. `--count` messages per store and window, fewer where the
latency would make a loop last more than `--seconds` (20 ms at W = 1: 50 msg/s at best).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# pgkit: the tests' PostgreSQL server (initdb, start, stop), imported rather than copied
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pgkit
from broadcast_throughput import engine_loop
from throughput import start_simulator

from smsgate_desktop.broadcast import BroadcastEngine
from smsgate_desktop.store import open_store

GOAL = 0.95  # PostgreSQL / SQLite at 20 ms: the shared store costs under 5%
GOAL_LATENCY_MS = 20.0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000, help="messages per store and window")
    parser.add_argument(
        "--seconds", type=float, default=10.0, help="at most this long per loop at a latency"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--windows", type=int, nargs="+", default=[1, 32])
    parser.add_argument("--latencies", type=float, nargs="+", default=[0.0, GOAL_LATENCY_MS])
    return parser.parse_args()


def loop_count(count: int, seconds: float, latency_ms: float, window: int) -> int:
    """The messages of one store's loop: `count`, or what `seconds` allow at the best rate
    the latency leaves (W replies per round trip)."""
    if not latency_ms:
        return count
    return max(1, min(count, int(seconds * window * 1000 / latency_ms)))


def measure(
    engines: dict[str, BroadcastEngine],
    latency_ms: float,
    windows: list[int],
    args: argparse.Namespace,
) -> dict[tuple[str, int], tuple[int, float]]:
    """(store, window) -> (messages, seconds) over `args.rounds` alternating rounds."""
    process, port = start_simulator(latency_ms)
    totals: dict[tuple[str, int], tuple[int, float]] = {}
    offset = 0
    try:
        for _ in range(args.rounds):
            for window in windows:
                per_round = max(
                    1, loop_count(args.count, args.seconds, latency_ms, window) // args.rounds
                )
                for store, engine in engines.items():
                    elapsed = engine_loop(engine, port, per_round, offset, window)
                    offset += per_round
                    count, seconds = totals.get((store, window), (0, 0.0))
                    totals[store, window] = (count + per_round, seconds + elapsed)
    finally:
        process.terminate()
        process.wait(timeout=10)
    return totals


def round_trip_us(conn: object, count: int = 500) -> float:
    """One statement's round trip to the server, in µs: the engine waits for two per message
    (the row's `written` mark before its bytes go, then its result), so this is the floor
    of the store's cost per message at W = 1."""
    started = time.perf_counter()
    for _ in range(count):
        conn.execute("SELECT 1").fetchone()  # type: ignore[attr-defined]
    return (time.perf_counter() - started) / count * 1e6


def main() -> None:
    args = parse_args()
    server = pgkit.start_server(fsync=True)
    engines: dict[str, BroadcastEngine] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            engines["sqlite"] = BroadcastEngine(open_store(Path(tmp) / "bench.sqlite3"))
            engines["postgresql"] = BroadcastEngine(
                open_store(pgkit.fresh_database(server, migrated=False))
            )
            try:
                trip = round_trip_us(engines["postgresql"].conn)
                results = {
                    latency: measure(engines, latency, args.windows, args)
                    for latency in args.latencies
                }
            finally:
                for engine in engines.values():
                    engine.conn.close()
    finally:
        server.stop()

    print(f"rounds            : {args.rounds} alternating (SQLite, PostgreSQL) per window")
    print(
        f"PostgreSQL        : local server, fsync on (tests/pgkit.py); one round trip {trip:.0f} µs"
    )
    missed = []
    for latency, totals in results.items():
        for window in args.windows:
            count, sqlite_time = totals["sqlite", window]
            _, pg_time = totals["postgresql", window]
            sqlite_rate, pg_rate = count / sqlite_time, count / pg_time
            ratio = pg_rate / sqlite_rate
            cost = (pg_time - sqlite_time) / count * 1e6
            goal = ""
            if latency == GOAL_LATENCY_MS:
                met = ratio >= GOAL
                goal = f"  goal >= {GOAL:.2f}: {'met' if met else 'MISSED'}"
                if not met:
                    missed.append(window)
            print(
                f"{latency:4g} ms, W {window:<2} ({count:5} msgs): SQLite {sqlite_rate:8.1f} msg/s"
                f"  PostgreSQL {pg_rate:8.1f} msg/s  PG/SQLite {ratio:6.3f}"
                f"  ({cost:+7.1f} µs/message){goal}"
            )
    print(
        f"goal: at {GOAL_LATENCY_MS:g} ms the shared store costs under {1 - GOAL:.0%} of "
        f"throughput (PG/SQLite >= {GOAL}): "
        + ("met" if not missed else f"MISSED at W {', '.join(map(str, missed))}")
    )


if __name__ == "__main__":
    main()
