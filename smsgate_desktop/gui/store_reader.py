"""Reads of the store too slow for the GUI thread (the history over a journal of millions of
rows, the chart's grouped query), run on a thread of the reader's own pool with a connection
of their own; the newest request's answer comes back as a signal in the GUI thread.

A read is a plain function `read(conn) -> result` (usecases / store, Qt-free). A request made
while an older one waits drops the older one; an answer to a request that is no longer the
newest is not delivered. The pool belongs to the reader (a QObject): deleting it waits for the
read in flight (at most one), so no thread outlives the window.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..store import open_store

Read = Callable[[sqlite3.Connection], Any]


class NewestOffThread(QObject):
    """Runs one call at a time on a thread of its own pool; the newest request's answer
    comes back in the GUI thread (an older request not started yet is dropped, an answer to
    one that is no longer the newest is not delivered). A call raising one of `catches`
    answers `failed` with it.

    Signals:
        finished(object): the newest request's result.
        failed(object): the newest request's failure (one of `catches`).
    """

    finished = Signal(object)
    failed = Signal(object)
    catches: tuple[type[BaseException], ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(5000)
        self.generation = 0  # the newest request's number
        self.pending = False  # a request's answer has not arrived yet

    def submit(self, call: Callable[[], Any]) -> None:
        """Run `call()` off the GUI thread; an older request not started yet is dropped."""
        self.generation += 1
        self.pending = True
        self.pool.clear()
        self.pool.start(_Job(call, self.catches, self.generation, self._answered))

    def cancel(self) -> None:
        """The answer to the request on its way (if any) will not be delivered."""
        self.generation += 1
        self.pending = False
        self.pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the calls in flight have run (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    @Slot(int, object, bool)
    def _answered(self, generation: int, result: object, ok: bool) -> None:
        if generation != self.generation:
            return
        self.pending = False
        (self.finished if ok else self.failed).emit(result)


class StoreReader(NewestOffThread):
    """Runs one read of the store at a time off the GUI thread, on a fresh connection;
    `failed` carries the storage failure (the sqlite3.Error)."""

    catches = (sqlite3.Error,)  # StorageError is one too

    def __init__(self, db_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = str(db_path)

    def request(self, read: Read) -> None:
        """Run `read` on a fresh connection to the store; an older request not started yet is
        dropped."""
        self.submit(functools.partial(_read_store, self.db_path, read))


def _read_store(db_path: str, read: Read) -> Any:
    conn = open_store(db_path)
    try:
        return read(conn)
    finally:
        conn.close()


class _Relay(QObject):
    """Made in the pool's thread: its signal reaches the runner's slot queued, in the GUI
    thread; when the runner is gone by then, Qt has disconnected it.

    Signals:
        answered(int, object, bool): generation, result or error, whether it is a result.
    """

    answered = Signal(int, object, bool)


class _Job(QRunnable):
    def __init__(
        self,
        call: Callable[[], Any],
        catches: tuple[type[BaseException], ...],
        generation: int,
        slot: Callable[..., None],
    ) -> None:
        super().__init__()
        self.call, self.catches, self.generation, self.slot = call, catches, generation, slot

    def run(self) -> None:
        relay = _Relay()
        try:
            relay.answered.connect(self.slot)
        except RuntimeError:  # the runner was deleted meanwhile
            return
        try:
            result, ok = self.call(), True
        except self.catches as exc:
            result, ok = exc, False
        relay.answered.emit(self.generation, result, ok)
