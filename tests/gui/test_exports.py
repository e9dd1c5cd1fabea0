"""Exports people can open (gui/exports.py, gui/file_dialogs.py and the panels that use them):
the locale's delimiter, translated column names, XLSX, a confirmation, one sentence when it
fails, and file dialogs that start in Documents or the last folder used."""

from __future__ import annotations

import csv
import errno
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportkit import REFUSED, SENT_AT, SHOWN, TEXTS, finished_broadcast

from smsgate_desktop.contacts.export import HEADER as CONTACTS_ENGLISH
from smsgate_desktop.gui import broadcast_history, exports, file_dialogs
from smsgate_desktop.gui.broadcast_history import BroadcastHistory
from smsgate_desktop.gui.contacts_panel import ContactsPanel
from smsgate_desktop.gui.i18n import ERRORS_CONTEXT
from smsgate_desktop.gui.import_dialog import ImportDialog
from smsgate_desktop.gui.protocol_log import ProtocolLogPanel
from smsgate_desktop.store import open_store
from smsgate_desktop.usecases.report_export import REPORT_HEADER as REPORT_ENGLISH


@pytest.fixture
def conn(tmp_path):
    connection = open_store(tmp_path / "store.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def italian():
    """An it_IT default locale (decimal comma) for the test; the previous one restored."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def history(qtbot, conn, tmp_path) -> BroadcastHistory:
    widget = BroadcastHistory(conn, str(tmp_path / "store.sqlite3"))
    qtbot.addWidget(widget)
    widget.select_broadcast(finished_broadcast(conn))
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The folders QDesktopServices was asked to show."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True
    )
    return urls


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The Documents folder QStandardPaths names (made to exist)."""
    folder = tmp_path / "home" / "Documenti"
    folder.mkdir(parents=True)
    real = QStandardPaths.writableLocation

    def location(kind):
        if kind == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(folder)
        return real(kind)

    monkeypatch.setattr(QStandardPaths, "writableLocation", location)
    return folder


def tr(text: str, context: str = "Exports") -> str:
    return QCoreApplication.translate(context, text)


def read(path: Path, delimiter: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_the_window_s_names_are_the_columns_of_the_qt_free_exports():
    assert exports.REPORT_HEADER == REPORT_ENGLISH
    assert exports.CONTACT_HEADER == CONTACTS_ENGLISH


def test_the_delimiter_follows_the_decimal_separator(italian):
    assert exports.csv_delimiter() == ";"
    assert (
        exports.csv_delimiter(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        == ","
    )
    assert exports.csv_delimiter(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == ";"


# ---- the broadcast report -------------------------------------------------------------------


def test_report_csv_in_italian(language, italian, history, tmp_path, opened):
    language("it")
    path = tmp_path / "report.csv"
    assert history.export_to(path) == 3
    rows = read(path, ";")
    assert rows[0] == [tr(name) for name in REPORT_ENGLISH]
    time = SENT_AT.strftime("%Y-%m-%d %H:%M:%S")
    sent = QCoreApplication.translate("BroadcastModels", "sent")
    failed = QCoreApplication.translate("BroadcastModels", "failed")
    assert rows[1] == ["Mario Rossi", SHOWN[0], TEXTS[0], time, sent, "", ""]
    assert rows[2] == [
        "",
        SHOWN[1],
        "'" + TEXTS[1],  # the formula guard
        time,
        failed,
        "86",
        QCoreApplication.translate(ERRORS_CONTEXT, REFUSED),
    ]
    assert sent != "sent"  # the states are translated already

    box = history.export_box
    assert box.isVisible()  # shown with open(): the export returned without waiting for it
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.text() == f"Esportate 3 righe in {path}."
    folder = next(b for b in box.buttons() if b.text() == tr("Open folder"))
    folder.click()
    assert opened == [str(tmp_path)]
    assert not box.isVisible()


def test_report_xlsx(history, tmp_path):
    path = tmp_path / "report.xlsx"
    assert history.export_to(path) == 3
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[1]] == list(REPORT_ENGLISH)
    assert [cell.value for cell in sheet[2]][:5] == [
        "Mario Rossi",
        SHOWN[0],
        TEXTS[0],
        SENT_AT,
        "sent",
    ]
    assert sheet["D2"].is_date
    assert (sheet["C3"].value, sheet["C3"].data_type) == (TEXTS[1], "s")  # text, not a formula
    assert (sheet["F3"].value, sheet["G3"].value) == (86, REFUSED)
    assert history.export_box.text() == f"Exported 3 rows to {path}."


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "The disk is full: {file} was not written.",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "Permission denied writing {file}: close it in the program that has it open, "
            "or choose another folder.",
        ),
        (
            OSError(errno.EROFS, "Read-only file system"),
            "Could not write {file}: Read-only file system.",
        ),
        (
            sqlite3.OperationalError("database is locked"),
            "The local database failed (database is locked).",
        ),
    ],
)
def test_a_failed_report_export_is_one_sentence(history, tmp_path, monkeypatch, error, sentence):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(broadcast_history, "export_report", fail)
    path = tmp_path / "report.csv"
    failed: list[str] = []
    history.export_failed.connect(failed.append)
    assert history.export_to(path) is None
    assert failed == [sentence.format(file=path)]
    assert history.export_box is None


def test_a_report_export_to_a_missing_folder(history, tmp_path):
    path = tmp_path / "gone" / "report.csv"
    failed: list[str] = []
    history.export_failed.connect(failed.append)
    assert history.export_to(path) is None
    assert failed == [f"Could not write {path}: No such file or directory."]


def test_the_export_button_asks_where(history, tmp_path, monkeypatch, documents):
    asked = []

    def dialog(parent, title, name, filters, selected):
        asked.append((name, filters, selected))
        return str(tmp_path / "mine"), tr("Excel workbooks (*.xlsx)")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    history.export_button.click()
    assert asked == [
        (
            str(documents / f"broadcast-{history.selected_id}.csv"),
            "CSV files (*.csv);;Excel workbooks (*.xlsx)",
            "CSV files (*.csv)",
        )
    ]
    assert load_workbook(tmp_path / "mine.xlsx").active["A2"].value == "Mario Rossi"
    history.export_button.click()  # the last format and folder are suggested
    assert asked[1][0] == str(tmp_path / f"broadcast-{history.selected_id}.xlsx")
    assert asked[1][2] == "Excel workbooks (*.xlsx)"


# ---- the contacts ---------------------------------------------------------------------------


@pytest.fixture
def contacts_panel(qtbot, conn) -> ContactsPanel:
    finished_broadcast(conn)  # two contacts
    panel = ContactsPanel(conn, "IT")
    qtbot.addWidget(panel)
    return panel


def test_contacts_csv_in_italian(language, italian, contacts_panel, tmp_path):
    language("it")
    path = tmp_path / "rubrica.csv"
    assert contacts_panel.export_to(path) == 2
    rows = read(path, ";")
    assert rows[0] == [tr(name) for name in CONTACTS_ENGLISH]
    assert ["Mario Rossi", "+39 333 1000001", ""] in rows
    assert contacts_panel.export_box.isVisible()


def test_contacts_xlsx(contacts_panel, tmp_path, monkeypatch, documents):
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args: (str(documents / "rubrica.xlsx"), "CSV files (*.csv)"),
    )
    contacts_panel.export_button.click()
    sheet = load_workbook(documents / "rubrica.xlsx").active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == list(CONTACTS_ENGLISH)
    assert ["Mario Rossi", "+39 333 1000001", None] in values
    assert contacts_panel.export_box.text() == f"Exported 2 rows to {documents / 'rubrica.xlsx'}."


def test_a_failed_contacts_export_says_why(contacts_panel, tmp_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    path = tmp_path / "gone" / "rubrica.csv"
    assert contacts_panel.export_to(path) is None
    assert warnings == [f"Could not write {path}: No such file or directory."]
    assert contacts_panel.export_box is None


# ---- where file dialogs start ---------------------------------------------------------------


def test_dialogs_start_in_documents_then_in_the_last_folder(documents, tmp_path):
    assert file_dialogs.start_folder() == documents
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    file_dialogs.remember_folder(elsewhere / "x.csv")
    assert file_dialogs.start_folder() == elsewhere
    elsewhere.rmdir()  # a folder gone: Documents again
    assert file_dialogs.start_folder() == documents


def test_without_documents_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda kind: str(tmp_path / "none"))
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    assert file_dialogs.start_folder() == home


def test_the_import_dialog_and_the_log_start_there(qtbot, conn, documents, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda parent, title, folder, filters: asked.append(folder) or ("", ""),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, name, filters, selected: asked.append(name) or ("", ""),
    )
    dialog = ImportDialog(conn, "IT")
    qtbot.addWidget(dialog)
    dialog.browse()
    log = ProtocolLogPanel()
    qtbot.addWidget(log)
    log.save_button.click()
    assert asked == [str(documents), str(documents / "smsgate-protocol.log")]
