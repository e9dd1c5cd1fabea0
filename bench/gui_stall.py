"""How long does the window's event loop stall while the worker sends a big broadcast?

Sends N messages (default 10,000) through the SessionWorker to the in-process demo simulator
with the main window shown (offscreen unless a display is given) and the protocol log panel
visible and autoscrolling. A QTimer probe ticks every PROBE_MS; a stall is how much later than
due a tick came. Prints p50 / p99 / max stall in ms (target: p99 <= 16 ms, one frame at
60 Hz) and the message rate.

    python bench/gui_stall.py [--messages 10000] [--latency-ms 0] [--interface packet]
                              [--simulator thread|process]

`--history` is the other case (issue #13): a store of 100 broadcasts x 10,000 journal rows
and 100,000 contacts; with the probe ticking, the window is built and shown, the history is
read again (as after each run), four search keystrokes are typed 100 ms apart, and the History
tab (its chart) is shown. The window's constructor (start-up, bench/startup.py) is timed
apart; the stalls are those of the event loop from the moment the window is shown.

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
    parser.add_argument("--history", action="store_true", help="the big-history case")
    parser.add_argument("--broadcasts", type=int, default=100)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=100_000)
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
    if args.history:
        return big_history(args)

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


def fill_store(broadcasts: int, rows: int, contacts: int) -> None:
    """The data dir's store with `broadcasts` done broadcasts of `rows` rows each (one in ten
    failed) and `contacts` contacts, written directly (the schema of store/db.py)."""
    import json

    from smsgate_desktop.store.db import open_store

    conn = open_store()
    now = time.time()
    conn.execute("BEGIN")
    for b in range(1, broadcasts + 1):
        conn.execute(
            "INSERT INTO broadcasts (id, created, sender, text, state, kind, account)"
            " VALUES (?, ?, 'Shop', ?, 'done', 'broadcast', 'bench')",
            (b, "2026-11-01T10:00:00", f"Offer number {b}"),
        )
        fields = json.dumps({"Sender": "Shop", "TextMessage": f"Offer number {b}"})
        conn.executemany(
            "INSERT INTO journal (broadcast_id, seq, recipient, fields, state, credit, updated)"
            " VALUES (?, ?, ?, ?, ?, 1000, ?)",
            (
                (b, s, f"+39333{b:03d}{s:05d}", fields, "sent" if s % 10 else "failed",
                 now - (broadcasts - b) * 3 * 3600 - s)
                for s in range(1, rows + 1)
            ),
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO contacts (e164, name) VALUES (?, ?)",
        ((f"+39347{i:07d}", f"Contact {i}") for i in range(contacts)),
    )
    conn.execute("COMMIT")
    conn.close()


def big_history(args) -> int:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from smsgate_desktop.gui.demo import DemoGateway
    from smsgate_desktop.gui.main_window import MainWindow
    from smsgate_desktop.profiles import ProfileBook

    started = time.perf_counter()
    fill_store(args.broadcasts, args.rows, args.contacts)
    print(
        f"store: {args.broadcasts} broadcasts x {args.rows:,} rows, {args.contacts:,} contacts"
        f" (written in {time.perf_counter() - started:.1f} s)"
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = time.perf_counter()
    window = MainWindow(book=ProfileBook(), demo=DemoGateway())
    window.resize(1280, 800)
    window.show()
    built = time.perf_counter() - started
    gc.freeze()  # as app.main() does once the window is up, and once the contacts are read
    window.contacts.loaded.connect(gc.freeze)

    clock, gaps = QElapsedTimer(), []
    probe = QTimer(interval=PROBE_MS)
    probe.timeout.connect(lambda: gaps.append(clock.restart()))
    history = window.broadcasts.history
    steps = [
        history.reload_history,  # as after each run
        *(lambda c=c: history.history_search.insert(c) for c in "3331"),  # keystrokes
        lambda: history.history_search.clear(),
        lambda: window.tabs.setCurrentWidget(window.history_page),  # the chart
    ]
    for n, step in enumerate(steps):
        QTimer.singleShot(300 + 100 * n, step)

    def idle() -> bool:
        return not getattr(history, "history_pending", False) and not getattr(
            window.history_page, "chart_pending", False
        )

    def maybe_quit() -> None:
        if idle():
            app.quit()

    QTimer.singleShot(300 + 100 * len(steps) + 300, lambda: ender.start())
    ender = QTimer(interval=50)
    ender.timeout.connect(maybe_quit)
    clock.start()
    probe.start()
    app.exec()
    probe.stop()
    stalls = [max(0.0, gap - PROBE_MS) for gap in gaps[1:]]
    ends = [sum(gaps[: n + 2]) for n in range(len(stalls))]  # ms after the probe started
    worst = sorted(range(len(stalls)), key=stalls.__getitem__)[-3:]
    print("worst stalls (ms, ending at ms):", [(stalls[n], ends[n]) for n in reversed(worst)])
    print(f"steps at ms: {[300 + 100 * n for n in range(len(steps))]} (reload, 4 keys, clear, tab)")
    print(f"window built and shown in {built * 1000:.0f} ms (start-up: bench/startup.py)")
    print(f"history rows shown: {window.broadcasts.history_model.rowCount()}")
    print(f"probe ticks: {len(gaps)} every {PROBE_MS} ms")
    print(
        f"stall ms: p50 {statistics.median(stalls):.1f}  p99 {percentile(stalls, 0.99):.1f}  "
        f"max {max(stalls):.1f}  (goal p99 <= 16, max <= 50)"
    )
    window.close()
    return 0 if percentile(stalls, 0.99) <= 16 and max(stalls) <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
