"""The session worker: its own thread, a responsive window during big sends, clean shutdown."""

from __future__ import annotations

import threading
import time

from gui_helpers import SIGNAL_TIMEOUT, Recorder, compose, wait_logged_in
from PySide6.QtCore import QElapsedTimer, QThread, QTimer

from smsgate_desktop.gui.demo import DemoGateway
from smsgate_desktop.gui.worker import SessionWorker, WorkerHandle
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.session import Endpoint, SessionConfig


def numbers(count: int) -> str:
    return "\n".join(f"+39 333 {1000000 + i}" for i in range(count))


class GapProbe:
    """A 10 ms QTimer recording the longest time between two of its ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[int] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.gaps.append(self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return max(self.gaps, default=0)


def test_window_stays_responsive_during_a_1000_message_send(qtbot, make_window):
    window = make_window(demo=DemoGateway(latency_ms=1))
    wait_logged_in(qtbot, window)
    panel = compose(window, numbers(1000), "Broadcast")
    assert panel.send_button.isEnabled(), panel.reason.text()
    probe = GapProbe()
    probe.start()
    with qtbot.waitSignal(window.send_finished, timeout=60_000) as blocker:
        panel.send()
    worst = probe.stop()

    assert blocker.args[1:3] == [1000, 1000]
    assert window.results.model.counts() == {"accepted": 1000}
    assert len(probe.gaps) > 20  # the probe really ran during the send
    assert worst < 500, f"the event loop stalled for {worst} ms"
    assert window.log_panel.model.rowCount() > 2000


def test_worker_lives_in_its_own_thread_and_never_in_the_gui_thread(qtbot, demo_window):
    wait_logged_in(qtbot, demo_window)
    handle = demo_window.handle
    assert handle.worker.thread() is handle.thread
    assert handle.thread is not QThread.currentThread()
    assert handle.worker.parent() is None


def test_closing_the_window_mid_send_joins_the_thread(qtbot, make_window, qtlog):
    window = make_window(demo=DemoGateway(latency_ms=20))
    wait_logged_in(qtbot, window)
    panel = compose(window, numbers(300), "Long broadcast")
    panel.send()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=SIGNAL_TIMEOUT)
    handle, sim = window.handle, window.demo.simulator
    started = time.monotonic()

    window.close()

    assert time.monotonic() - started < 5  # one message in flight, not the 300
    assert handle.thread.isFinished()
    assert window.handle is None
    accepted = len(sim.sent)
    assert 0 < accepted < 300
    # The worker closed its session on the way out (the simulator notices a moment later).
    qtbot.waitUntil(lambda: not sim.has_session("demo"), timeout=SIGNAL_TIMEOUT)
    assert not any("Destroyed while thread" in m.message for m in qtlog.records)


def test_cancel_stops_after_the_message_in_flight(qtbot, make_window):
    window = make_window(demo=DemoGateway(latency_ms=20))
    wait_logged_in(qtbot, window)
    panel = compose(window, numbers(200))
    panel.send()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=SIGNAL_TIMEOUT)
    with qtbot.waitSignal(window.send_finished, timeout=SIGNAL_TIMEOUT) as blocker:
        panel.cancel_button.click()
    _, sent, total, why = blocker.args
    assert 0 < sent < total == 200
    assert why == "Cancelled: the remaining messages were not sent."
    counts = window.results.model.counts()
    assert counts["accepted"] == sent and counts["not sent"] == 200 - sent
    assert panel.send_button.isEnabled()


def test_failed_is_a_sentence_not_a_traceback(qtbot):
    config = SessionConfig(
        "acme", "pw", primary=Endpoint("127.0.0.1", 1), backup=None, connect_timeout=2
    )
    worker = SessionWorker(config)
    failures, finished = Recorder(worker.failed), Recorder(worker.batch_finished)
    handle = WorkerHandle(worker)
    try:
        handle.balance_requested.emit()
        assert failures.wait(qtbot) == (
            "Could not connect to the gateway (127.0.0.1:1: connection refused).",
        )
        handle.send_requested.emit(7, [SmsMessage("ACME", "+39", "333", "1234567", "Hi")])
        batch_id, sent, total, why = finished.wait(qtbot)
        assert (batch_id, sent, total) == (7, 0, 1)
        assert why.startswith("Could not connect to the gateway")
        assert failures.threads == finished.threads == {threading.main_thread().name}
    finally:
        assert handle.close()


def test_slots_run_in_the_worker_thread(qtbot, simulator):
    sim = simulator()
    seen: list[str] = []

    class Spy(SessionWorker):
        def _ensure_session(self):
            seen.append(threading.current_thread().name)
            return super()._ensure_session()

    config = SessionConfig("acme", "s3cret-pw", primary=Endpoint(sim.host, sim.port), backup=None)
    worker = Spy(config)
    balances = Recorder(worker.balance_changed)
    handle = WorkerHandle(worker)
    try:
        handle.balance_requested.emit()
        assert balances.wait(qtbot) == (1000,)
        assert seen and threading.main_thread().name not in seen
    finally:
        handle.close()
    qtbot.waitUntil(lambda: not sim.has_session("acme"), timeout=SIGNAL_TIMEOUT)


def test_single_sends_are_journalled_and_pipelined_with_a_send_window(qtbot, simulator):
    """Send window 8: eight data packets go out before the first reply is read; every
    message is journalled as a single send with its outcome."""
    from smsgate_desktop.store import journal, open_store

    sim = simulator()
    config = SessionConfig(
        "acme", "s3cret-pw", primary=Endpoint(sim.host, sim.port), backup=None, send_window=8
    )
    worker = SessionWorker(config)
    updates, finished = Recorder(worker.updated), Recorder(worker.batch_finished)
    handle = WorkerHandle(worker)
    messages = [SmsMessage("ACME", "+39", "333", f"{1000000 + i}", "Hi") for i in range(40)]
    try:
        handle.send_requested.emit(3, messages)
        assert finished.wait(qtbot) == (3, 40, 40, "")
    finally:
        assert handle.close()
    results = [r for (update,) in updates.calls for r in update.results]
    assert [index for index, _ in results] == list(range(40))
    assert all(r.outcome == "accepted" for _, r in results)
    lines = [line for (update,) in updates.calls for line in update.lines]
    after_login = lines[3:]  # greeting, login, its +OK
    assert lines[1].text.startswith("<SOH>acme<STX>********")
    first_reply = next(i for i, line in enumerate(after_login) if line.direction == "←")
    assert first_reply == 8, [line.text[:20] for line in after_login[:12]]
    conn = open_store()
    [entry] = journal.list_broadcasts(conn)
    assert (entry.kind, entry.account, entry.state) == ("single", "acme", "done")
    assert journal.counts(conn, entry.id)["sent"] == 40
    conn.close()


def test_a_broadcast_made_for_another_account_is_not_sent(qtbot, simulator):
    from smsgate_desktop.broadcast import BroadcastEngine, plan
    from smsgate_desktop.store import open_store
    from smsgate_desktop.store.db import default_path

    sim = simulator()
    conn = open_store()
    broadcast_id = BroadcastEngine(conn).create(
        plan([SmsMessage("ACME", "+39", "333", "1000000", "Hi")]), account="otheraccount"
    )
    conn.close()
    config = SessionConfig("acme", "s3cret-pw", primary=Endpoint(sim.host, sim.port), backup=None)
    worker = SessionWorker(config)
    failures, finished = Recorder(worker.failed), Recorder(worker.broadcast_finished)
    handle = WorkerHandle(worker)
    try:
        handle.broadcast_requested.emit(broadcast_id, str(default_path()))
        _, _, why = finished.wait(qtbot)
    finally:
        assert handle.close()
    assert "made for the account 'otheraccount', not 'acme'" in why
    assert failures.calls == [(why,)]
    assert sim.sent == []
