"""Test connection from the profile dialog: the values typed, before they are saved.

A short-lived SessionWorker on its own thread logs in with the dialog's profile and password
and asks for the balance and status, as the window's Test connection does (worker.py); the
dialog shows the sentence it answers. The handle belongs to the application, not the dialog:
closing the dialog cuts the connection (abort) and the thread ends on its own, never
destroyed while it runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ..profiles import Profile
from .worker import SessionWorker, WorkerHandle


class ProfileTest(QObject):
    """One test at a time. Signals: finished(ok, sentence) in the GUI thread."""

    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handle: WorkerHandle | None = None

    def running(self) -> bool:
        return self.handle is not None and self.handle.is_running()

    def start(self, profile: Profile, password: str, store: str | None = None) -> None:
        """Test the profile's login off the GUI thread; on an office database (`store`), a
        test of an account another desktop is using names the holder instead of colliding
        with it (-ERR 101)."""
        self.cancel()
        worker = SessionWorker(
            profile.session_config(password), store=store, lease=not profile.demo
        )
        worker.connection_tested.connect(self._tested)  # queued into this (GUI) thread
        handle = WorkerHandle(worker, QCoreApplication.instance())
        handle.ended.connect(handle.deleteLater)
        self.handle = handle
        handle.test_requested.emit()

    @Slot(bool, str)
    def _tested(self, ok: bool, sentence: str) -> None:
        if self.handle is not None:
            self.handle.stop()  # one test, one connection: closed once it has answered
            self.handle = None
        self.finished.emit(ok, sentence)

    def cancel(self) -> None:
        """Cut a test still running (the dialog closes or a new test starts)."""
        if self.handle is not None:
            self.handle.stop()
            self.handle.abort()
            self.handle = None
