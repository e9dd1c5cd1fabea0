"""Pipelining: GatewaySession.send_many with send window 1 against window W, same simulator.

    python bench/pipeline.py [--count 2000] [--count-w1 200] [--window 32] [--latency-ms 20]
                             [--drop-after 300]

Starts `smsgate-sim` as a subprocess with --latency-ms (a reply leaves a latency after its
request arrived), sends --count messages with window W and --count-w1 with window 1 (at one
reply per round trip, window 1 is measured on fewer messages; rates are compared, not
times), and prints both rates and the speed-up (target >= 10x with 20 ms and W = 32).

Then a second simulator with --drop-after N (the line is reset instead of answering the
(N+1)th message of each connection) and --record FILE: --count messages with window W, and
checks against the record that no number was accepted twice, every ACCEPTED one is in the
record, and every message is accounted for (accepted, rejected or unknown, unknown ones at
most W per drop). Unknown messages are never re-sent by the session; this bench then does
what a person would after looking: re-sends those the record does not hold, and checks that
in the end every number is in the record exactly once (0 lost, 0 duplicated).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from throughput import ACCOUNT, PASSWORD, start_simulator  # same folder: bench/

from smsgate_desktop.protocol import Interface, SmsMessage
from smsgate_desktop.session import Endpoint, GatewaySession, Outcome, SessionConfig

BASE = SmsMessage(
    Sender="Bench", CountryCode="+39", GsmCode="333", TextMessage="Hello from the benchmark"
)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=10)


def messages(count: int, offset: int) -> list[SmsMessage]:
    return [BASE.with_values(PhoneNumber=f"{1000000 + offset + i}") for i in range(count)]


def config(port: int, window: int) -> SessionConfig:
    return SessionConfig(
        ACCOUNT,
        PASSWORD,
        Endpoint("127.0.0.1", port),
        None,
        Interface.PACKET,
        reply_timeout=10.0,
        send_window=window,
    )


def timed_run(port: int, window: int, batch: list[SmsMessage]) -> float:
    """Messages per second, login included; every message must be accepted."""
    start = time.perf_counter()
    with GatewaySession(config(port, window)) as session:
        for result in session.send_many(batch):
            if result.outcome is not Outcome.ACCEPTED:
                raise SystemExit(f"window {window}: {result}")
    return len(batch) / (time.perf_counter() - start)


def drop_run(args: argparse.Namespace) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        record = Path(tmp) / "record.jsonl"
        process, port = start_simulator(
            args.latency_ms, "--drop-after", str(args.drop_after), "--record", str(record)
        )
        try:
            batch = messages(args.count, 0)
            written: list[SmsMessage] = []
            with GatewaySession(config(port, args.window)) as session:
                results = list(session.send_many(batch, on_written=written.append))
                outcomes = Counter(result.outcome for result in results)
                in_record = recorded(record)
                unknown = [r.message for r in results if r.outcome is Outcome.UNKNOWN]
                resend = [m for m in unknown if m.PhoneNumber not in in_record]
                again = Counter(r.outcome for r in session.send_many(resend))
            final = recorded(record)
        finally:
            stop(process)
    numbers = [m.PhoneNumber for m in batch]
    drops = args.count // args.drop_after if args.drop_after else 0
    duplicated = sum(1 for n in final.values() if n > 1)
    lost = sum(1 for number in numbers if final.get(number, 0) == 0)
    accepted_missing = sum(
        1
        for r in results
        if r.outcome is Outcome.ACCEPTED and r.message.PhoneNumber not in in_record
    )
    print(f"\n--drop-after {args.drop_after}, window {args.window}, {args.count} messages")
    print(f"results           : {dict(sorted(outcomes.items()))} ({len(results)} yielded)")
    print(f"in order          : {[r.message for r in results] == batch}")
    print(f"written (hook)    : {len(written)}")
    print(f"connection drops  : ~{drops}; unknown {len(unknown)} (<= {drops * args.window})")
    print(
        f"unknown, recorded : {len(unknown) - len(resend)}; re-sent by hand {len(resend)}: "
        f"{dict(again)}"
    )
    print(f"accepted missing  : {accepted_missing} (from the record)")
    print(f"duplicated        : {duplicated} (numbers recorded more than once)")
    print(f"lost              : {lost} (numbers never recorded, after the re-send)")
    ok = (
        len(results) == len(batch)
        and duplicated == 0
        and lost == 0
        and accepted_missing == 0
        and len(unknown) <= max(1, drops) * args.window
    )
    print("drop check        :", "PASS" if ok else "FAIL")
    return ok


def recorded(path: Path) -> Counter:
    counts: Counter = Counter()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            counts[json.loads(line)["fields"]["PhoneNumber"]] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--count-w1", type=int, default=200)
    parser.add_argument("--window", type=int, default=32)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--drop-after", type=int, default=300)
    args = parser.parse_args()
    process, port = start_simulator(args.latency_ms)
    try:
        rate_w = timed_run(port, args.window, messages(args.count, 0))
        rate_1 = timed_run(port, 1, messages(args.count_w1, args.count))
    finally:
        stop(process)
    speedup = rate_w / rate_1
    print(f"simulator latency : {args.latency_ms:g} ms")
    print(f"window 1          : {rate_1:10.1f} msg/s ({args.count_w1} messages)")
    print(f"window {args.window:<11}: {rate_w:10.1f} msg/s ({args.count} messages)")
    print(f"speed-up          : {speedup:10.1f} x  (target >= 10)")
    ok = drop_run(args)
    sys.exit(0 if ok and speedup >= 10 else 1)


if __name__ == "__main__":
    main()
