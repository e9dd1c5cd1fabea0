"""The window's ear on the office database: store.changes.ChangeListener run in a thread of its
own, its reports handed to the GUI thread as signals.

The worker-object pattern (ARCHITECTURE.md): `_Listening` is a plain QObject moved to a
QThread; its `run` slot iterates the listener's generator (which blocks in the wait for a
notification, sending nothing while idle) and emits each report, queued into the GUI thread.
`OfficeWatch.stop()` sets the listener's stop flag (which also wakes its wait), then joins the
thread: the thread never outlives the watch.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from ..store.changes import ChangeListener, Lost

JOIN_MS: Final = 3000  # stop(): the listener wakes at once, or within changes.WAKE_S
# What the window shows of which tables.
CONTACT_TABLES: Final = frozenset({"contacts", "groups", "membership", "opt_out"})
HISTORY_TABLES: Final = frozenset({"broadcasts", "journal"})
# The history is read again at most this often while notifications keep coming (a broadcast
# journals message after message): each time a read of the whole list, off the GUI thread.
HISTORY_EVERY_MS: Final = 1000


class _Listening(QObject):
    """Runs the listener's generator in its thread.

    Signals:
        changed(object): a frozenset of the tables changed.
        lost(object): the StorageError of the line that dropped.
        back(): the line is up again (after `lost`).
    """

    changed = Signal(object)
    lost = Signal(object)
    back = Signal()

    def __init__(self, listener: ChangeListener) -> None:
        super().__init__()
        self.listener = listener

    @Slot()
    def run(self) -> None:
        for report in self.listener.changes():
            if isinstance(report, Lost):
                self.lost.emit(report.error)
                continue
            if report.reconnected:
                self.back.emit()
            self.changed.emit(report.tables)


class OfficeWatch(QObject):
    """Listens to the office database at `url` from start() to stop().

    Signals:
        changed(object): what other desktops (or this one) changed: a frozenset of table
            names, reported at most every changes.COALESCE_S.
        contacts_changed(): contacts, groups or opt-outs changed.
        history_changed(): broadcasts or their journal changed (at most every
            HISTORY_EVERY_MS: the first change at once, the others merged after it).
        lost(object): the office database stopped answering (a StorageError).
        back(): it answers again (`changed` with every table follows).
    """

    changed = Signal(object)
    contacts_changed = Signal()
    history_changed = Signal()
    lost = Signal(object)
    back = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.listener = ChangeListener(url)
        self._thread: QThread | None = None
        self._worker: _Listening | None = None  # its only reference: without it, deleted
        self._history_timer = QTimer(self, singleShot=True, interval=HISTORY_EVERY_MS)
        self._history_timer.timeout.connect(self._on_history_timer_timeout)
        self._history_due = False  # a change came while the timer ran: report when it ends
        self.changed.connect(self._on_changed)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> None:
        thread = QThread(self)
        thread.setObjectName("office-watch")
        worker = _Listening(self.listener)
        worker.moveToThread(thread)
        worker.changed.connect(self.changed)
        worker.lost.connect(self.lost)
        worker.back.connect(self.back)
        thread.started.connect(worker.run)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(object)
    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & CONTACT_TABLES:
            self.contacts_changed.emit()
        if tables & HISTORY_TABLES:
            if self._history_timer.isActive():
                self._history_due = True
            else:
                self._report_history()

    @Slot()
    def _on_history_timer_timeout(self) -> None:
        if self._history_due:
            self._report_history()

    def _report_history(self) -> None:
        self._history_due = False
        self._history_timer.start()
        self.history_changed.emit()

    def stop(self) -> bool:
        """Stop listening and join the thread; False if it did not end within JOIN_MS (it
        is then left to end on its own, never destroyed while running)."""
        self.listener.stop()
        self._history_timer.stop()
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        # `run` holds the thread until the generator ends; quit() asked before the thread's
        # event loop starts is kept (QThread::exec returns at once).
        thread.quit()
        ended = thread.wait(JOIN_MS)
        if not ended:
            # Outlive this watch rather than be destroyed running (that aborts): the
            # application keeps the thread, the thread the worker, until it ends.
            thread.setParent(QCoreApplication.instance())
            thread.worker = self._worker  # type: ignore[attr-defined]
            thread.finished.connect(thread.deleteLater)
        self._worker = None
        return ended
