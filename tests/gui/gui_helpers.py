"""Helpers for the window tests: drive the compose panel like a person, read the log."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt

from smsgate_desktop.gui.main_window import MainWindow
from smsgate_desktop.profiles import Profile
from smsgate_desktop.simulator.runner import SimulatorThread

SIGNAL_TIMEOUT = 15_000  # ms; generous for a loaded CI machine, never reached when all is well


class Recorder(QObject):
    """Records a worker signal's emissions in the GUI thread.

    qtbot.waitSignal on a worker's signal would run its callback in the worker thread (a
    plain callable is called where the signal is emitted) and stop its timer from there; a
    method of an object living in the GUI thread gets a queued connection instead.
    """

    def __init__(self, signal) -> None:
        super().__init__()
        self.calls: list[tuple] = []
        self.threads: set[str] = set()
        signal.connect(self.record)

    def record(self, *args) -> None:
        self.threads.add(threading.current_thread().name)
        self.calls.append(args)

    def wait(self, qtbot, count: int = 1) -> tuple:
        """The `count`-th emission's arguments, once it arrived."""
        qtbot.waitUntil(lambda: len(self.calls) >= count, timeout=SIGNAL_TIMEOUT)
        return self.calls[count - 1]


def profile_for(sim: SimulatorThread, account: str = "acme", **changes) -> Profile:
    values = dict(
        name="Office", account=account, primary=f"{sim.host}:{sim.port}", interface="packet"
    )
    values.update(changes)
    return Profile(**values)


def wait_logged_in(qtbot, window: MainWindow) -> None:
    """The window's opening refresh is done (balance shown)."""
    qtbot.waitUntil(lambda: window.account_panel.credit is not None, timeout=SIGNAL_TIMEOUT)


def compose(window: MainWindow, recipients: str, text: str = "Hello", sender: str = "ACME"):
    panel = window.compose
    panel.recipients_edit.setPlainText(recipients)
    panel.sender_edit.setText(sender)
    panel.text_edit.setPlainText(text)
    panel.revalidate()  # what the debounce timer would do a moment later
    return panel


def send_and_wait(qtbot, window: MainWindow, recipients: str, text: str = "Hello", **kw):
    """Compose, press Send, wait until the batch is finished; the finished signal's args."""
    panel = compose(window, recipients, text, **kw)
    assert panel.send_button.isEnabled(), panel.reason.text()
    with qtbot.waitSignal(window.send_finished, timeout=SIGNAL_TIMEOUT) as blocker:
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    return blocker.args


def log_texts(window: MainWindow) -> list[str]:
    """The protocol log as "direction text" strings (no timestamps)."""
    return [f"{line.direction} {line.text}" for line in window.log_panel.model.lines()]
