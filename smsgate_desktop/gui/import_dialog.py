"""Import contacts from a CSV, Excel or vCard file: preview, column mapping, import, report.

Reading the file for the preview happens in the GUI thread under a busy cursor (it is the
same read the import needs, done once; ~0.2 s for 100,000 rows). Normalising every number
(apply_mapping, ~7 µs a number with phonenumbers) and the database write (~1.4 s for 100,000
rows) run in a worker object on a QThread with its own sqlite3 connection, so a big file
leaves the window responsive (bench/contacts_view.py). Only an in-memory store, which another
connection cannot reach, is written from the GUI thread, under a busy cursor.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..contacts import (
    FILE_PATTERNS,
    ColumnMapping,
    ContactImportError,
    ImportResult,
    Preview,
    ReadWarning,
    RowError,
    apply_mapping,
    guess_mapping,
    read_file,
)
from ..protocol.numbers import DEFAULT_REGION, PhoneParts, split_number
from ..store import contacts as store
from ..store.db import location_of, open_store
from .file_dialogs import open_file_name
from .i18n import storage_failure, translate_error, translate_text

PREVIEW_ROWS: Final = 50
PROGRESS_ROWS: Final = 500  # rows between two progress reports of an import
WARNINGS_HEIGHT: Final = 110  # px: the read warnings' list scrolls past a few lines
CANCEL_MS: Final = 2000  # closing: how long a cancelled import may take to end
JOIN_MS: Final = 2000  # an import that reported its outcome: its thread's last steps
PROGRESS_STEPS: Final = 10_000  # SQLite instructions between two looks at the cancel flag
NO_COLUMN: Final = -1  # the combos' "(none)" entry
FILE_KINDS: Final = {
    "csv": QT_TRANSLATE_NOOP("ImportDialog", "CSV"),
    "xlsx": QT_TRANSLATE_NOOP("ImportDialog", "Excel workbook"),
    "vcard": QT_TRANSLATE_NOOP("ImportDialog", "vCard"),
}


class ImportCancelled(Exception):
    """Raised inside the import's worker thread when it was cancelled (caught there)."""


class ImportWorker(QObject):
    """apply_mapping, then the store write, off the GUI thread: `run` once, then
    `finished(result, stats)` or `failed(why)`, or nothing at all once cancelled.

    The write uses its own connection to `database` (a sqlite3 connection belongs to the
    thread that made it; WAL lets the GUI's connection read meanwhile). With no file (an
    in-memory store) `stats` is None and the dialog writes in the GUI thread.

    cancel() (a thread-safe flag, callable from the GUI thread) stops the work within
    milliseconds: before the next number is normalised, or inside the write, where SQLite's
    progress handler interrupts the statement running; the write is one transaction, so a
    cancelled import writes nothing.

    Signals:
        finished(ImportResult, store.ImportStats | None): the import is done.
        failed(str): a sentence saying why nothing was imported.
    """

    finished = Signal(object, object)  # ImportResult, store.ImportStats | None
    failed = Signal(str)
    progressed = Signal(int)  # rows checked so far (every PROGRESS_ROWS)

    def __init__(
        self, preview: Preview, mapping: ColumnMapping, region: str, database: str | None
    ) -> None:
        super().__init__()
        self.preview, self.mapping, self.region = preview, mapping, region
        self.database = database
        self._cancel = threading.Event()
        self._checked = 0

    def cancel(self) -> None:
        """Stop as soon as possible; nothing is written (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = apply_mapping(
                self.preview, self.mapping, self.region, normalise=self._normalise
            )
        except ImportCancelled:
            return
        except (KeyError, ValueError) as exc:  # a column that vanished, a bad region
            self.failed.emit(translate_error(exc).strip("'\""))
            return
        stats = None
        if self.database is not None:
            try:
                stats = self._write(result)
            except sqlite3.Error as exc:  # a StorageError too (it is a sqlite3 error)
                if not self._cancel.is_set():  # else: interrupted on purpose, rolled back
                    # Translated in this thread: a lookup in the installed translators is
                    # thread-safe (they are only installed before any window exists).
                    self.failed.emit(import_refused(exc))
                return
        if not self._cancel.is_set():
            self.finished.emit(result, stats)

    def _normalise(self, raw: str, region: str) -> PhoneParts:
        if self._cancel.is_set():
            raise ImportCancelled
        self._checked += 1
        if self._checked % PROGRESS_ROWS == 0:
            self.progressed.emit(self._checked)
        return split_number(raw, region)

    def _write(self, result: ImportResult) -> store.ImportStats:
        conn = open_store(self.database)
        try:
            # Called every PROGRESS_STEPS SQLite instructions: True interrupts the statement
            # (sqlite3.OperationalError), and import_contacts rolls its transaction back.
            conn.set_progress_handler(self._cancel.is_set, PROGRESS_STEPS)
            return store.import_contacts(conn, result.contacts)
        finally:
            conn.set_progress_handler(None, 0)
            if conn.in_transaction:  # an interrupted ROLLBACK: nothing of it stays
                conn.rollback()
            conn.close()


class ImportJob(QObject):
    """One import running on its own QThread: what the dialog starts and the window stops
    on quit (worker.Stoppable). The thread belongs to the application object, not to the
    dialog, so that closing the dialog can never destroy it while it runs; `finished` ->
    `deleteLater` removes thread and worker once it has ended.

    Signals:
        ended: the thread has finished (emitted in the GUI thread).
    """

    ended = Signal()

    def __init__(self, worker: ImportWorker) -> None:
        super().__init__(QCoreApplication.instance())
        self.worker = worker
        self._finished = threading.Event()
        self.thread = QThread(QCoreApplication.instance())
        self.thread.setObjectName("contacts-import")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        self.thread.finished.connect(self._finished.set, Qt.ConnectionType.DirectConnection)
        self.thread.finished.connect(worker.deleteLater)
        self.thread.finished.connect(self.thread.deleteLater)
        self.thread.finished.connect(self.ended)  # queued: this object lives in the GUI thread
        self.ended.connect(self.deleteLater)

    def start(self) -> None:
        self.thread.start()

    def is_running(self) -> bool:
        return not self._finished.is_set()

    def stop(self) -> None:
        """Cancel the import and end the thread's loop once run() has returned."""
        if self.is_running():
            self.worker.cancel()
            self.thread.quit()

    def abort(self) -> None:
        """Nothing to cut: cancel() already reaches every step of the import."""

    def wait(self, deadline: QDeadlineTimer) -> bool:
        return not self.is_running() or self.thread.wait(deadline)


def import_refused(exc: sqlite3.Error) -> str:
    """Why the store refused the import, as a sentence in the user's language."""
    return QCoreApplication.translate(
        "ImportDialog", "The contacts database refused the import: {error}"
    ).format(error=storage_failure(exc))


class ImportDialog(QDialog):
    """Choose a file, check the mapping on a preview, import; emits `imported(added, updated)`.

    `last_error` holds the text of the last message box shown (for tests and drivers).
    """

    imported = Signal(int, int)  # added, updated
    import_finished = Signal()  # the report is on screen (successful or not)

    def __init__(
        self,
        conn: sqlite3.Connection,
        default_region: str = DEFAULT_REGION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.default_region = default_region
        self.preview: Preview | None = None
        self.result: ImportResult | None = None
        self.last_error = ""
        self._job: ImportJob | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(820, 640)
        self._build()
        self._set_ready(False)

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.path_edit = QLineEdit(readOnly=True, placeholderText=self.tr("No file chosen"))
        self.browse_button = QPushButton(self.tr("Choose &file…"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setVisible(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.sheet_combo)
        file_row.addWidget(self.browse_button)

        self.file_info = QLabel()
        # What the reader asks a person to check (lines of a mixed-encoding file): a count on
        # a button that folds the list away, shown while the file is loaded.
        self.warnings_button = QToolButton(checkable=True, checked=True, autoRaise=True)
        self.warnings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.warnings_button.setArrowType(Qt.ArrowType.DownArrow)
        self.warnings_button.setVisible(False)
        self.warnings_model = QStringListModel(self)
        self.warnings_view = QListView()
        self.warnings_view.setModel(self.warnings_model)
        self.warnings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warnings_view.setAccessibleName(self.tr("Lines to check"))
        self.warnings_view.setMaximumHeight(WARNINGS_HEIGHT)
        self.warnings_view.setVisible(False)
        self.preview_model = QStandardItemModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setAlternatingRowColors(True)

        self.number_combo = QComboBox()
        self.name_combo = QComboBox()
        self.group_combo = QComboBox()
        self.extra_list = QListWidget()
        self.extra_list.setMaximumHeight(90)
        self.extra_list.setToolTip(self.tr("Columns kept with each contact as extra fields"))
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        mapping = QFormLayout()
        mapping.addRow(self.tr("&Number column"), self.number_combo)
        mapping.addRow(self.tr("N&ame column"), self.name_combo)
        mapping.addRow(self.tr("&Group column"), self.group_combo)
        mapping.addRow(self.tr("&Extra columns"), self.extra_list)
        mapping.addRow("", self.mapping_hint)

        self.import_button = QPushButton(self.tr("&Import"))
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m rows checked"))
        self.progress.setVisible(False)
        self.cancel_import_button = QPushButton(self.tr("&Stop import"))
        self.cancel_import_button.setToolTip(self.tr("Stop now: nothing of this file is saved"))
        self.cancel_import_button.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_model = QStringListModel(self)
        self.errors_view = QListView()
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_view.setAccessibleName(self.tr("Rows not imported"))
        self.errors_view.setVisible(False)
        action_row = QHBoxLayout()
        action_row.addWidget(self.import_button)
        action_row.addWidget(self.progress, 1)
        action_row.addWidget(self.cancel_import_button)
        action_row.addStretch()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.file_info)
        layout.addWidget(self.warnings_button)
        layout.addWidget(self.warnings_view)
        layout.addWidget(self.preview_view, 2)
        layout.addLayout(mapping)
        layout.addLayout(action_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.warnings_button.toggled.connect(self._warnings_toggled)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_import_button.clicked.connect(self.stop_import)
        self.buttons.rejected.connect(self.reject)
        for combo in (self.number_combo, self.name_combo, self.group_combo):
            combo.currentIndexChanged.connect(self._mapping_edited)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.number_combo, self.name_combo, self.group_combo, self.extra_list):
            widget.setEnabled(ready)
        self.import_button.setEnabled(ready and self._job is None)

    # ---- the file and its preview ---------------------------------------------------------

    @Slot()
    def browse(self) -> None:
        path = open_file_name(
            self,
            self.tr("Import contacts"),
            self.tr("Contact files ({patterns});;All files (*)").format(patterns=FILE_PATTERNS),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path, sheet: str | None = None) -> bool:
        """Read the file and show its preview with a guessed mapping; False (and a message
        box) when it cannot be read."""
        self.path_edit.setText(str(path))
        self.result = None
        self._show_report(None)
        try:
            with busy_cursor():
                preview = read_file(path, sheet=sheet)
        except ContactImportError as exc:
            self.preview = None
            self._clear_preview()
            self.show_error(self.tr("Cannot read the file"), self._import_error(exc))
            return False
        self.preview = preview
        self._show_preview(preview)
        return True

    @Slot(int)
    def _sheet_chosen(self, index: int) -> None:
        if self.preview is not None and self.sheet_combo.itemText(index) != self.preview.sheet:
            self.load_file(self.preview.source, sheet=self.sheet_combo.itemText(index))

    def _clear_preview(self) -> None:
        self.preview_model.clear()
        self.file_info.clear()
        self._show_warnings(())
        for combo in (self.number_combo, self.name_combo, self.group_combo):
            combo.clear()
        self.extra_list.clear()
        self.sheet_combo.setVisible(False)
        self._set_ready(False)

    def _show_preview(self, preview: Preview) -> None:
        self._clear_preview()
        # A blank header cell is named "Column N" by contacts/preview.py: shown translated
        # (the mapping keeps using the column's index).
        self.preview_model.setHorizontalHeaderLabels([translate_text(h) for h in preview.header])
        for row in preview.rows[:PREVIEW_ROWS]:
            self.preview_model.appendRow([QStandardItem(cell) for cell in row])
        self.preview_model.setVerticalHeaderLabels([str(n) for n in preview.lines[:PREVIEW_ROWS]])
        self.file_info.setText(self._describe(preview))
        self._show_warnings(preview.warnings)
        if len(preview.sheets) > 1:
            self.sheet_combo.addItems(list(preview.sheets))
            self.sheet_combo.setCurrentText(preview.sheet or "")
            self.sheet_combo.setVisible(True)
        self._fill_mapping(preview)
        self._set_ready(bool(preview.header) and bool(preview.rows))
        if not preview.rows:
            self.mapping_hint.setText(self.tr("The file has no rows to import."))

    def _show_warnings(self, warnings: tuple[ReadWarning, ...]) -> None:
        """List the reader's warnings under the file's description (hidden when none)."""
        count = len(warnings)
        self.warnings_model.setStringList([self._read_warning(w) for w in warnings])
        if count == 1:  # English has no plural forms without a translator
            title = self.tr("1 warning while reading the file: check this line")
        else:
            title = self.tr(
                "{count:,} warnings while reading the file: check these lines", "", count
            ).format(count=count)
        self.warnings_button.setText(title)
        self.warnings_button.setVisible(bool(count))
        self.warnings_view.setVisible(bool(count) and self.warnings_button.isChecked())

    @Slot(bool)
    def _warnings_toggled(self, shown: bool) -> None:
        self.warnings_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.warnings_view.setVisible(shown and self.warnings_model.rowCount() > 0)

    def _read_warning(self, warning: ReadWarning) -> str:
        """ReadWarning.message in the user's language: "line 4: not utf-8 like the rest of
        the file: read as cp1252"."""
        reason = translate_text(warning.reason)
        if warning.line is None:  # a summary of many lines
            return reason
        return self.tr("line {line}: {reason}").format(line=warning.line, reason=reason)

    def _fill_mapping(self, preview: Preview) -> None:
        guess = guess_mapping(preview)
        for combo in (self.number_combo, self.name_combo, self.group_combo):
            combo.blockSignals(True)
            if combo is not self.number_combo:
                combo.addItem(self.tr("(none)"), NO_COLUMN)
            for index, name in enumerate(preview.header):
                combo.addItem(translate_text(name), index)
        extra: set[int] = set()
        if guess is not None:
            _select(self.number_combo, _first_index(preview, guess.number))
            _select(self.name_combo, _first_index(preview, guess.name))
            _select(self.group_combo, _first_index(preview, guess.groups))
            extra = {preview.column(ref) for ref in guess.extra}
            self.mapping_hint.setText("")
        else:
            self.mapping_hint.setText(
                self.tr("No column looks like phone numbers: choose the number column.")
            )
        for combo in (self.number_combo, self.name_combo, self.group_combo):
            combo.blockSignals(False)
        for index, name in enumerate(preview.header):
            item = QListWidgetItem(translate_text(name))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if index in extra else Qt.CheckState.Unchecked)
            self.extra_list.addItem(item)
        self._mapping_edited()

    @Slot()
    def _mapping_edited(self) -> None:
        """A column used as number, name or group is not offered as an extra column."""
        used = {self.number_combo.currentData(), self.name_combo.currentData()}
        used.add(self.group_combo.currentData())
        for row in range(self.extra_list.count()):
            item = self.extra_list.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) in used)

    def mapping(self) -> ColumnMapping | None:
        """The mapping the combos show, None before a file is loaded."""
        number = self.number_combo.currentData()
        if self.preview is None or number is None:
            return None
        name = self.name_combo.currentData()
        groups = self.group_combo.currentData()
        extra = []
        for row in range(self.extra_list.count()):
            item = self.extra_list.item(row)
            if not item.isHidden() and item.checkState() == Qt.CheckState.Checked:
                extra.append(item.data(Qt.ItemDataRole.UserRole))
        return ColumnMapping(
            number=number,
            name=None if name in (None, NO_COLUMN) else name,
            groups=None if groups in (None, NO_COLUMN) else groups,
            extra=tuple(extra),
        )

    def set_mapping(self, mapping: ColumnMapping) -> None:
        """Show `mapping` in the combos (columns by index or header name)."""
        if self.preview is None:
            return
        _select(self.number_combo, _first_index(self.preview, mapping.number))
        _select(self.name_combo, _first_index(self.preview, mapping.name))
        _select(self.group_combo, _first_index(self.preview, mapping.groups))
        extra = {self.preview.column(ref) for ref in mapping.extra}
        for row in range(self.extra_list.count()):
            item = self.extra_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in extra
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ---- importing ------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        """Normalise the rows on a worker thread; `_mapped` stores them when it is done."""
        mapping = self.mapping()
        if self.preview is None or mapping is None or self._job is not None:
            return
        self._show_report(None)
        count = len(self.preview)
        self.summary.setText(self.tr("Checking {count:,} rows…", "", count).format(count=count))
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_import_button.setVisible(True)
        worker = ImportWorker(self.preview, mapping, self.default_region, location_of(self.conn))
        worker.progressed.connect(self.progress.setValue)
        worker.finished.connect(self._mapped)
        worker.failed.connect(self._worker_failed)
        self._job = ImportJob(worker)
        self._set_ready(True)
        self._job.start()

    def job(self) -> ImportJob | None:
        """The import running now, if any (the window stops it on quit)."""
        return self._job

    @Slot()
    def stop_import(self) -> None:
        """The person stopped the import: nothing of it is written (one transaction)."""
        if self._job is None:
            return
        self._end_job()
        self.summary.setText(self.tr("Import stopped: no contact of this file was saved."))

    def _end_job(self) -> None:
        """Forget the job (its thread has ended or is ending: it deletes itself)."""
        if self._job is not None:
            self._job.stop()
            self._job.wait(QDeadlineTimer(JOIN_MS))  # run() has returned: only the loop ends
        self._job = None
        self.progress.setVisible(False)
        self.cancel_import_button.setVisible(False)
        self._set_ready(self.preview is not None)

    @Slot(object, object)
    def _mapped(self, result: ImportResult, stats: store.ImportStats | None) -> None:
        if self._job is None:  # closed meanwhile (an in-memory store then gets nothing)
            return
        self._end_job()
        if stats is None:
            try:
                with busy_cursor():
                    stats = store.import_contacts(self.conn, result.contacts)
            except sqlite3.Error as exc:
                self._report_failure(import_refused(exc))
                return
        self.result = result
        self._show_report(result, stats.added, stats.updated)
        self.imported.emit(stats.added, stats.updated)
        self.import_finished.emit()

    @Slot(str)
    def _worker_failed(self, reason: str) -> None:
        if self._job is not None:  # else: the dialog was closed meanwhile
            self._end_job()
            self._report_failure(reason)

    def _report_failure(self, reason: str) -> None:
        self.summary.setText(self.tr("Nothing was imported."))
        self.show_error(self.tr("Cannot import"), reason)
        self.import_finished.emit()

    def _show_report(self, result: ImportResult | None, added: int = 0, updated: int = 0) -> None:
        if result is None:
            self.summary.clear()
            self.errors_model.setStringList([])
            self.errors_view.setVisible(False)
            return
        failed = len(result.errors)
        merged = len(result.merged_duplicates)
        parts = [
            self.tr("Added {count:,}", "", added).format(count=added),
            self.tr("updated {count:,}", "", updated).format(count=updated),
            (
                self.tr("1 duplicate merged")
                if merged == 1
                else self.tr("{count:,} duplicates merged", "", merged).format(count=merged)
            ),
            (
                self.tr("{count:,} row not imported").format(count=failed)
                if failed == 1
                else self.tr("{count:,} rows not imported", "", failed).format(count=failed)
            ),
        ]
        end = self.tr(" (listed below).") if failed else "."
        text = ", ".join(parts) + end
        warned = len(result.warnings)
        if warned:
            text += " " + (
                self.tr("1 warning while reading the file (listed above): check that line.")
                if warned == 1
                else self.tr(
                    "{count:,} warnings while reading the file (listed above): check those lines.",
                    "",
                    warned,
                ).format(count=warned)
            )
        self.summary.setText(text)
        self.errors_model.setStringList([self._row_error(error) for error in result.errors])
        self.errors_view.setVisible(bool(failed))

    def _row_error(self, error: RowError) -> str:
        """RowError.message in the user's language: "line 7: 'abc': not a phone number"."""
        shown = repr(error.raw) if error.raw else self.tr("(empty)")
        return self.tr("line {line}: {raw}: {reason}").format(
            line=error.line, raw=shown, reason=translate_text(error.reason)
        )

    def _import_error(self, exc: ContactImportError) -> str:
        """ContactImportError's message in the user's language."""
        reason = translate_text(exc.reason)
        if exc.line is not None:
            return self.tr("Cannot import {file}: line {line}: {reason}").format(
                file=repr(exc.name), line=exc.line, reason=reason
            )
        return self.tr("Cannot import {file}: {reason}").format(file=repr(exc.name), reason=reason)

    def _describe(self, preview: Preview) -> str:
        """ "CSV (utf-8, ';'): 1,234 rows; the first 50 are shown." """
        word = FILE_KINDS.get(preview.kind)
        kind = self.tr(word) if word else ""
        details = []
        if preview.encoding:
            details.append(preview.encoding)
        if preview.delimiter:
            details.append(
                self.tr("tab-separated") if preview.delimiter == "\t" else repr(preview.delimiter)
            )
        if preview.sheet:
            details.append(self.tr("sheet {name}").format(name=repr(preview.sheet)))
        shown = min(len(preview), PREVIEW_ROWS)
        about = f" ({', '.join(details)})" if details else ""
        return self.tr(
            "{kind}{about}: {count:,} rows; the first {shown} are shown.", "", len(preview)
        ).format(kind=kind, about=about, count=len(preview), shown=shown)

    def error_lines(self) -> list[str]:
        """The failed rows as listed ("line 7: 'abc': not a phone number")."""
        return self.errors_model.stringList()

    def warning_lines(self) -> list[str]:
        """The reader's warnings as listed ("line 4: not utf-8 like the rest of the file:
        read as cp1252")."""
        return self.warnings_model.stringList()

    # ---- messages and closing -------------------------------------------------------------

    def show_error(self, title: str, text: str) -> None:
        self.last_error = text
        QMessageBox.warning(self, title, text)

    def is_busy(self) -> bool:
        return self._job is not None

    def done(self, code: int) -> None:
        """Closing during an import cancels it (nothing is written: one transaction) and
        waits for its thread at most CANCEL_MS. An import that finished meanwhile keeps its
        outcome, so the panel still reloads what was written. A thread still running after
        that is not waited for: it belongs to the application (ImportJob), ends on its own,
        and the window waits for it on quit."""
        job = self._job
        if job is not None:
            job.stop()
            if job.wait(QDeadlineTimer(CANCEL_MS)):
                QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # its outcome
        self._job = None
        self.progress.setVisible(False)
        super().done(code)


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while a blocking step runs in the GUI thread."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _first_index(preview: Preview, ref: Any) -> int:
    """A ColumnMapping reference (index, name, several names, None) as one column index."""
    if ref is None:
        return NO_COLUMN
    if not isinstance(ref, int | str):
        ref = next(iter(ref), None)
        if ref is None:
            return NO_COLUMN
    return preview.column(ref)


def _select(combo: QComboBox, data: int) -> None:
    position = combo.findData(data)
    if position >= 0:
        combo.setCurrentIndex(position)
