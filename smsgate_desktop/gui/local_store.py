"""The window's database: the office database when one is set, else the data folder's file;
and what happens when neither can be used.

Nothing is lost either way: an office database that cannot be reached at the start leaves
the window on this computer's own file (what it holds stays there, the office database keeps
its own), and the window says so in a banner with a Retry (main_window.py); a data folder
that cannot hold the file leaves the window on a temporary one for this run, with a dialog.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from ..store.db import DB_NAME, default_path, open_store, store_location
from ..store.postgres import display_url, is_office
from .failure_dialog import show_storage_failure
from .i18n import storage_failure


class LocalStore:
    """The store `location` names (None: the one the user chose, db.store_location).

    `path` is what opens it again (a file, or the office database's address), `office` the
    office database's address as shown ("" on a file). When the office database could not be
    opened, the window works on the data folder's file: `office_failure` says why (translated)
    and `wanted` is the address to retry."""

    def __init__(self, window: QWidget, location: str | None = None) -> None:
        self.temporary: tempfile.TemporaryDirectory[str] | None = None
        self.office = ""
        self.office_failure = ""
        self.wanted = ""
        chosen = store_location() if location is None else location
        if is_office(chosen):
            try:
                self.connection = open_store(chosen)
            except sqlite3.Error as exc:  # StorageError ("unreachable"...) is one
                self.office_failure = storage_failure(exc)
                self.wanted = str(chosen)
            else:
                self.path: str | Path = str(chosen)
                self.office = display_url(str(chosen))
                return
        self._open_file(window)

    def _open_file(self, window: QWidget) -> None:
        """The data folder's file; when it cannot be used (read-only, locked, a disk full
        before the first table), a temporary one for this run, and a dialog that says so once
        the window is on screen: the window still works, nothing is kept."""
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

    @property
    def shared(self) -> bool:
        """The window works on the office database."""
        return bool(self.office)

    def close(self) -> None:
        self.connection.close()
        if self.temporary is not None:
            self.temporary.cleanup()
