"""How long does the window's event loop stall while the worker sends a big broadcast?

Sends N messages (default 10,000) through the SessionWorker to the in-process demo simulator
with the main window shown (offscreen unless a display is given) and the protocol log panel
visible and autoscrolling. A QTimer probe ticks every PROBE_MS; a stall is how much later than
due a tick came. Prints p50 / p99 / max stall in ms (target: p99 <= 16 ms, one frame at
60 Hz) and the message rate.

    python bench/gui_stall.py [--messages 10000] [--latency-ms 0] [--interface packet]
                              [--simulator thread|process]

`--simulator thread` (the default) is demo mode: the simulator runs in the app's process, so
three Python threads (GUI, worker, simulator) share one GIL, the worst case. `process` runs it
as `python -m smsgate_desktop.simulator`, as a real gateway would be: outside the process.
"""

from __future__ import annotations

import argparse
import gc
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager, nullcontext
from dataclasses import replace

PROBE_MS = 5


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--interface", choices=("packet", "ascii"), default="packet")
    parser.add_argument("--simulator", choices=("thread", "process"), default="thread")
    return parser.parse_args()


@contextmanager
def simulator_process(credit: int, latency_ms: float):
    """`python -m smsgate_desktop.simulator` on a free port; yields "host:port"."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable, "-m", "smsgate_desktop.simulator", "--port", str(port),
        "--account", f"bench:bench:{credit}", "--latency-ms", str(latency_ms),
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    args = parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A throwaway data dir: the bench must not touch the user's profiles or window state.
    os.environ["SMSGATE_DATA_DIR"] = tempfile.mkdtemp(prefix="smsgate-bench-")

    from PySide6.QtWidgets import QApplication

    from smsgate_desktop.gui.demo import DemoGateway
    from smsgate_desktop.gui.main_window import MainWindow
    from smsgate_desktop.profiles import Profile, ProfileBook

    app = QApplication.instance() or QApplication(sys.argv[:1])
    credit = args.messages + 1000
    external = args.simulator == "process"
    server = simulator_process(credit, args.latency_ms) if external else nullcontext()
    with server as address:
        demo = DemoGateway(credit=credit, latency_ms=args.latency_ms)
        if address is None:
            window = MainWindow(book=ProfileBook(), demo=demo)
            profile = window.profile
        else:
            profile = Profile("Bench", "bench", address)
            book = ProfileBook([profile], profile.name)
            window = MainWindow(book=book, demo=demo, password_prompt=lambda _: "bench")
        if args.interface == "ascii":
            window.activate_profile(replace(profile, interface="ascii"))
        return run(app, window, args)


def run(app, window, args) -> int:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from smsgate_desktop.protocol import SmsMessage

    window.resize(1280, 800)
    window.show()
    deadline = time.monotonic() + 10
    while window.account_panel.credit is None and time.monotonic() < deadline:
        app.processEvents()
    gc.freeze()  # as app.main() does once the window is up

    messages = [
        SmsMessage("Bench", "+39", "333", f"{1_000_000 + i}", "Benchmark message")
        for i in range(args.messages)
    ]
    recipients = [f"+39 333 {1_000_000 + i}" for i in range(args.messages)]

    clock, gaps = QElapsedTimer(), []
    probe = QTimer(interval=PROBE_MS)
    probe.timeout.connect(lambda: gaps.append(clock.restart()))
    done = []
    window.send_finished.connect(lambda *result: (done.append(result), app.quit()))

    clock.start()
    probe.start()
    started = time.perf_counter()
    window._send(messages, recipients)
    app.exec()
    elapsed = time.perf_counter() - started
    probe.stop()

    stalls = [max(0.0, gap - PROBE_MS) for gap in gaps[1:]]
    _, sent, total, why = done[0]
    counts = window.results.model.counts()
    print(f"simulator: {args.simulator}, interface: {args.interface}, latency {args.latency_ms} ms")
    print(f"messages: {sent}/{total} sent ({counts}) {why}")
    print(f"log lines: {window.log_panel.model.rowCount()}")
    print(f"time: {elapsed:.2f} s, rate: {sent / elapsed:,.0f} messages/s")
    print(f"probe ticks: {len(gaps)} every {PROBE_MS} ms")
    print(
        f"stall ms: p50 {statistics.median(stalls):.1f}  p99 {percentile(stalls, 0.99):.1f}  "
        f"max {max(stalls):.1f}"
    )
    window.close()
    return 0 if percentile(stalls, 0.99) <= 16 else 1


if __name__ == "__main__":
    sys.exit(main())
