"""Every file dialog of the window starts where the person keeps files: the folder of the last
file chosen (remembered in the settings), else Documents, else the home folder; never the
program's folder.

Thin wrappers of QFileDialog's static functions, so that tests replace those as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from .settings import open_settings

LAST_FOLDER_KEY: Final = "files/last_folder"


def start_folder() -> Path:
    """The last folder a file was chosen in, if it still exists; else Documents; else home."""
    remembered = open_settings().value(LAST_FOLDER_KEY)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path(QDir.homePath())


def remember_folder(path: str | Path) -> None:
    """The folder of the file chosen: where the next dialog starts."""
    settings = open_settings()
    settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    settings.sync()


def save_file_name(
    parent: QWidget | None, title: str, file_name: str, filters: str, selected: str = ""
) -> tuple[str, str]:
    """QFileDialog.getSaveFileName from start_folder() with `file_name` suggested: (the path
    chosen or "", the filter selected)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / file_name), filters, selected
    )
    if path:
        remember_folder(path)
    return path, chosen


def open_file_name(parent: QWidget | None, title: str, filters: str) -> str:
    """QFileDialog.getOpenFileName from start_folder(): the path chosen or ""."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if path:
        remember_folder(path)
    return path
