"""`smsgate send --to-file` end to end against a minimal raw-socket lockstep client, same
simulator, same run.

    python bench/send_to_file.py [--count 30000] [--latency-ms 0]

Starts `smsgate-sim` as a subprocess and writes a file of --count distinct numbers (one per
line, international form). Then times, from process start to exit, each as a subprocess:

- the raw client: reads the file, splits each number by hand (+39 333 rest), logs in over the
  Packets interface and sends one packet and reads one reply line at a time; no validation,
  no journal, no output;
- `smsgate send --to-file FILE` (a fresh data dir: the journal starts empty), its stdout
  (one line per result) read and thrown away.

Prints both rates, their ratio (target >= 0.5), and where the CLI's time went when run with
--profile (cProfile of the CLI in-process, top entries by own time).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from throughput import ACCOUNT, PASSWORD, start_simulator  # same folder: bench/

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Hello from the benchmark"
SENDER = "Bench"

RAW_CLIENT = r"""
import socket, sys
port, path, account, password, sender, text = sys.argv[1:7]
numbers = [line.strip() for line in open(path, encoding="utf-8") if line.strip()]
sock = socket.create_connection(("127.0.0.1", int(port)))
sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
reader = sock.makefile("rb")
reader.readline()  # greeting
sock.sendall(b"\x01" + account.encode() + b"\x02" + password.encode() + b"\x04OKSEND\x05\x06\r\n")
reader.readline()
tail = b"\x03" + text.encode("iso-8859-15") + b"\x03" * 15 + b"\x04OKSEND\x05\x06\r\n"
for number in numbers:
    country, gsm, rest = number[:3], number[3:6], number[6:]
    head = b"\x03" + sender.encode() + b"\x03" + country.encode() + b"\x03" + gsm.encode()
    sock.sendall(head + b"\x03" + rest.encode() + tail)
    if not reader.readline().startswith(b"+OK"):
        sys.exit("raw client: a message was refused")
sock.close()
"""


def write_numbers(path: Path, count: int, offset: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(f"+39333{offset + i:07d}\n")


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command[:4]} failed ({done.returncode}): {done.stderr[-2000:]!r}")
    return elapsed


def cli_command(port: int, path: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        *extra,
        "-m",
        "smsgate_desktop.cli",
        "send",
        "--account",
        ACCOUNT,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--to-file",
        str(path),
        "--sender",
        SENDER,
        "--text",
        TEXT,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30000)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--profile", action="store_true", help="also profile the CLI run")
    args = parser.parse_args()
    process, port = start_simulator(args.latency_ms)
    try:
        with tempfile.TemporaryDirectory() as temp:
            temp_dir = Path(temp)
            env = dict(os.environ, SMSGATE_PASSWORD=PASSWORD, PYTHONPATH=str(ROOT))
            raw_file, cli_file = temp_dir / "raw.txt", temp_dir / "cli.txt"
            write_numbers(raw_file, args.count, 0)
            write_numbers(cli_file, args.count, 5_000_000)
            raw_args = [str(port), str(raw_file), ACCOUNT, PASSWORD, SENDER, TEXT]
            raw_time = timed([sys.executable, "-c", RAW_CLIENT, *raw_args], env)
            env["SMSGATE_DATA_DIR"] = str(temp_dir / "data")
            cli_time = timed(cli_command(port, cli_file), env)
            if args.profile:
                profile_file = temp_dir / "cli.prof"
                write_numbers(cli_file, args.count, 7_000_000)
                env["SMSGATE_DATA_DIR"] = str(temp_dir / "data-profiled")
                timed(cli_command(port, cli_file, "-m", "cProfile", "-o", str(profile_file)), env)
                report(args, raw_time, cli_time)
                print_profile(profile_file)
            else:
                report(args, raw_time, cli_time)
    finally:
        process.terminate()
        process.wait(timeout=10)


def report(args: argparse.Namespace, raw_time: float, cli_time: float) -> None:
    raw_rate, cli_rate = args.count / raw_time, args.count / cli_time
    print(f"recipients        : {args.count}")
    print(f"simulator latency : {args.latency_ms:g} ms")
    print(f"raw socket client : {raw_rate:10.1f} msg/s  ({raw_time:.2f} s end to end)")
    print(f"smsgate send      : {cli_rate:10.1f} msg/s  ({cli_time:.2f} s end to end)")
    print(f"ratio             : {cli_rate / raw_rate:10.3f}  (target >= 0.5)")


def print_profile(path: Path) -> None:
    import pstats

    for order in ("tottime", "cumulative"):
        print(f"\nsmsgate send, top functions by {order} (cProfile):")
        pstats.Stats(str(path)).sort_stats(order).print_stats(30)


if __name__ == "__main__":
    main()
