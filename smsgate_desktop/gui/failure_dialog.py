"""The dialog that says the local database failed (disk full, locked, read-only folder).

Non-blocking (QMessageBox.open): the window keeps running behind it, a broadcast's progress
keeps arriving, and a second failure updates the open dialog instead of stacking another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

DIALOG_NAME = "storageFailure"


def show_storage_failure(parent: QWidget, text: str) -> QMessageBox:
    """Show `text` (what failed, where, what it means for the work) in the storage dialog
    of `parent`'s window, opening it unless it is already on screen; the dialog."""
    window = parent.window()
    box = window.findChild(QMessageBox, DIALOG_NAME)
    if box is None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("StorageError", "Local data"),
            text,
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName(DIALOG_NAME)  # kept (hidden) once closed, and shown again
    box.setText(text)
    box.open()
    return box
