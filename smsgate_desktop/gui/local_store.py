"""The window's local database, and what happens when the data folder cannot hold it."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from ..store.db import DB_NAME, default_path, open_store
from .failure_dialog import show_storage_failure
from .i18n import storage_failure


class LocalStore:
    """The data folder's database; when it cannot be used (read-only, locked, a disk full
    before the first table), a temporary one for this run, and a dialog that says so once
    the window is on screen: the window still works, nothing is kept."""

    def __init__(self, window: QWidget) -> None:
        self.temporary: tempfile.TemporaryDirectory[str] | None = None
        try:
            self.path = default_path()
            self.connection = open_store(self.path)
            return
        except (sqlite3.Error, OSError) as exc:  # StorageError is a sqlite3.Error
            failure = storage_failure(exc) if isinstance(exc, sqlite3.Error) else str(exc)
        self.temporary = tempfile.TemporaryDirectory(prefix="smsgate-")
        self.path = Path(self.temporary.name) / DB_NAME
        text = QCoreApplication.translate(
            "LocalStore",
            "{storage} Until you quit, contacts and sends are kept in a temporary folder "
            "and then forgotten.",
        ).format(storage=failure)
        QTimer.singleShot(0, window, lambda: show_storage_failure(window, text))
        self.connection = open_store(self.path)

    def close(self) -> None:
        self.connection.close()
        if self.temporary is not None:
            self.temporary.cleanup()
