"""The window's side of an export (contacts, broadcast report): which file, in which format,
the column names in the user's language, the locale's CSV delimiter, and what to say after.

What goes in the file is decided below the window (usecases.address_book,
usecases.report_export, contacts.export); here only the words and the dialogs.
"""

from __future__ import annotations

import errno
import functools
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDir, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ..contacts.export import CSV, FORMATS, XLSX, export_target
from .file_dialogs import save_file_name
from .i18n import storage_failure
from .settings import open_settings

CONTEXT: Final = "Exports"
FORMAT_KEY: Final = "files/export_format"  # the format of the last export (csv, xlsx)
CONFIRMATION_NAME: Final = "exportConfirmation"
# The column names, in the order of contacts.export.HEADER and report_export.REPORT_HEADER.
CONTACT_HEADER: Final = (
    QT_TRANSLATE_NOOP("Exports", "Name"),
    QT_TRANSLATE_NOOP("Exports", "Number"),
    QT_TRANSLATE_NOOP("Exports", "Groups"),
)
REPORT_HEADER: Final = (
    QT_TRANSLATE_NOOP("Exports", "Name"),
    QT_TRANSLATE_NOOP("Exports", "Number"),
    QT_TRANSLATE_NOOP("Exports", "Text"),
    QT_TRANSLATE_NOOP("Exports", "Time"),
    QT_TRANSLATE_NOOP("Exports", "State"),
    QT_TRANSLATE_NOOP("Exports", "Code"),
    QT_TRANSLATE_NOOP("Exports", "Explanation"),
)
FILTERS: Final = {
    CSV: QT_TRANSLATE_NOOP("Exports", "CSV files (*.csv)"),
    XLSX: QT_TRANSLATE_NOOP("Exports", "Excel workbooks (*.xlsx)"),
}


def _tr(text: str) -> str:
    """A text listed with QT_TRANSLATE_NOOP above (a column name, a file filter), translated;
    sentences call QCoreApplication.translate with their literal text, for lupdate."""
    return QCoreApplication.translate(CONTEXT, text)


def translated(header: Sequence[str]) -> tuple[str, ...]:
    """Column names in the user's language."""
    return tuple(_tr(name) for name in header)


def csv_delimiter(locale: QLocale | None = None) -> str:
    """ ";" where the decimal separator is a comma (Italian: what Excel expects there), else
    ","."""
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


def ask_export_path(parent: QWidget, title: str, base_name: str) -> tuple[Path, str] | None:
    """The save dialog, CSV or XLSX (the last format used suggested): the file and its
    format, the name's extension deciding over the filter; None when cancelled."""
    settings = open_settings()
    last = settings.value(FORMAT_KEY)
    kind = last if last in FORMATS else CSV
    filters = {name: _tr(text) for name, text in FILTERS.items()}
    path, chosen = save_file_name(
        parent, title, f"{base_name}.{kind}", ";;".join(filters.values()), filters[kind]
    )
    if not path:
        return None
    chosen_kind = next((name for name, text in filters.items() if text == chosen), kind)
    target, kind = export_target(path, chosen_kind)
    settings.setValue(FORMAT_KEY, kind)
    return target, kind


def export_failure(exc: BaseException, path: str | Path) -> str:
    """Why an export failed, as one sentence: the file and the reason."""
    if isinstance(exc, sqlite3.Error):
        return storage_failure(exc)
    file = QDir.toNativeSeparators(str(path))
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "Exports", "The disk is full: {file} was not written."
        ).format(file=file)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "Exports",
            "Permission denied writing {file}: close it in the program that has it open, "
            "or choose another folder.",
        ).format(file=file)
    reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    return QCoreApplication.translate("Exports", "Could not write {file}: {reason}.").format(
        file=file, reason=reason
    )


def confirm_export(parent: QWidget, count: int, path: str | Path) -> QMessageBox:
    """ "Exported N rows to <file>." with Open folder and OK; window-modal but not blocking
    (open(), not exec()), deleted when closed."""
    text = (
        QCoreApplication.translate("Exports", "Exported 1 row to {file}.")
        if count == 1
        else QCoreApplication.translate("Exports", "Exported {count:,} rows to {file}.")
    ).format(count=count, file=QDir.toNativeSeparators(str(path)))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Exports", "Export"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName(CONFIRMATION_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    folder = box.addButton(
        QCoreApplication.translate("Exports", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    folder.clicked.connect(functools.partial(open_folder, path))
    box.open()
    return box


def open_folder(path: str | Path) -> bool:
    """Show the folder holding `path` in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
