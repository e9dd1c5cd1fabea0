"""The broadcast panel's history and report: the broadcasts (with a search box), the rows of
the one selected (with a filter), export and resend buttons.

It reads the panel's store connection (usecases.broadcast_plan decides what is shown: a
crashed broadcast as interrupted, the rows a filter lets through, when the running broadcast
is read again); it writes nothing.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..store import journal
from ..usecases import broadcast_plan as bp
from ..usecases.report_export import export_report
from .broadcast_models import HistoryModel, ReportModel, row_explanation, state_word
from .exports import (
    REPORT_HEADER,
    ask_export_path,
    confirm_export,
    csv_delimiter,
    export_failure,
    translated,
)
from .import_dialog import busy_cursor
from .store_reader import StoreReader

# The report filter's choices (the combo's data, usecases.broadcast_plan.SHOW_*; shown
# translated).
REPORT_FILTERS = (
    QT_TRANSLATE_NOOP("BroadcastHistory", "All recipients"),
    QT_TRANSLATE_NOOP("BroadcastHistory", "Failed"),
    QT_TRANSLATE_NOOP("BroadcastHistory", "Unknown outcome"),
)


def store_guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    """A method that reads or writes the store: a storage failure (disk full, database locked
    by another program) goes to the object's `storage_failed(exc)` and the method returns
    None, instead of an exception escaping into Qt's event loop (a traceback on stderr and a
    half-updated panel)."""

    @functools.wraps(method)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:  # store.StorageError is one too
            self.storage_failed(exc)
            return None

    return guarded


class BroadcastHistory(QSplitter):
    """The history above, the selected broadcast's report below.

    Signals:
        selection_changed(): another broadcast (or none) is selected, or its report changed.
        history_loaded(): the history list was read again and is on show.
        storage_error(object): reading the store failed (the sqlite3.Error).
        export_failed(str): the report could not be written (the sentence to show).
        resend_failed_requested(): the Resend failed button was clicked.
        resend_unknown_requested(): the Resend unknown… button was clicked.
    """

    selection_changed = Signal()
    history_loaded = Signal()
    storage_error = Signal(object)
    export_failed = Signal(str)
    resend_failed_requested = Signal()
    resend_unknown_requested = Signal()

    def __init__(
        self, conn: sqlite3.Connection, db_path: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.conn, self.db_path = conn, db_path
        self.selected_id: int | None = None
        self.running_id: int | None = None  # the broadcast this window is sending
        # The selected broadcast as shown (state, counts): read at once when selected or
        # reloaded, while the whole history is read off the GUI thread.
        self._selected: tuple[journal.BroadcastRow, dict[str, int]] | None = None
        self._live = bp.LiveReport()  # when the running broadcast is read again
        self._history_reader = StoreReader(db_path, self)
        self._history_reader.finished.connect(self._on_history_reader_finished)
        self._history_reader.failed.connect(self.storage_failed)
        self._report_reader = StoreReader(db_path, self)  # refresh(): another desktop wrote
        self._report_reader.finished.connect(self._on_report_reader_finished)
        self._report_reader.failed.connect(self.storage_failed)
        self.history_model = HistoryModel()
        self.history_view = _table(self.history_model)
        self.history_search = QLineEdit()
        self.history_view.setAccessibleName(self.tr("Sends and broadcasts"))
        self.history_search.setAccessibleName(self.tr("Search the history"))
        self.history_search.setPlaceholderText(
            self.tr("Search the history: text, number, sender, account or ID")
        )
        self.history_search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_search)
        history_layout.addWidget(self.history_view, 1)
        self.report_model = ReportModel()
        self.report_view = _table(self.report_model)
        self.report_filter = QComboBox()
        self.report_view.setAccessibleName(self.tr("Recipients of the chosen send"))
        self.report_filter.setAccessibleName(self.tr("Which recipients to show"))
        for choice in REPORT_FILTERS:
            self.report_filter.addItem(self.tr(choice), choice)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this report as a CSV file or Excel workbook"))
        self.export_box: QMessageBox | None = None  # the last export's confirmation
        self.resend_failed_button = QPushButton(self.tr("Resend failed"))
        self.resend_unknown_button = QPushButton(self.tr("Resend unknown…"))
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.report_filter)
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.export_button)
        report_buttons.addWidget(self.resend_failed_button)
        report_buttons.addWidget(self.resend_unknown_button)
        report_box = QWidget()
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addLayout(report_buttons)
        report_layout.addWidget(self.report_view, 1)
        self.addWidget(history_box)
        self.addWidget(report_box)

        self.history_view.selectionModel().currentRowChanged.connect(self._history_row_changed)
        self.history_search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.reload_history)
        self.report_filter.currentIndexChanged.connect(self._filter_changed)
        self.export_button.clicked.connect(self._ask_export)
        self.resend_failed_button.clicked.connect(self.resend_failed_requested)
        self.resend_unknown_button.clicked.connect(self.resend_unknown_requested)

    def storage_failed(self, exc: sqlite3.Error) -> None:
        self.storage_error.emit(exc)

    # ---- reading the store --------------------------------------------------------------------

    @Slot()
    def reload_history(self) -> None:
        """The history, filtered by the search box (id, text, sender, account, recipient):
        read off the GUI thread (the journal can hold millions of rows), shown when read
        (`history_loaded`)."""
        self._read_selected()  # one broadcast, at once: the buttons follow it
        search, running, db_path = self.history_search.text(), self.running_id, self.db_path
        self._history_reader.request(lambda conn: bp.history_rows(conn, db_path, search, running))

    def refresh(self) -> None:
        """The history and the selected broadcast's report read again, both off the GUI
        thread: another desktop changed the office database (a broadcast's progress there,
        a send). The running broadcast's report follows the journal already
        (follow_running)."""
        search, running, db_path = self.history_search.text(), self.running_id, self.db_path
        self._history_reader.request(lambda conn: bp.history_rows(conn, db_path, search, running))
        chosen, show = self.selected_id, self.report_filter.currentData()
        if chosen is None or chosen == running:
            return
        self._report_reader.request(lambda conn: (chosen, show, bp.report_rows(conn, chosen, show)))

    @Slot(object)
    def _on_report_reader_finished(self, answer: tuple[int, str, list]) -> None:
        chosen, show, rows = answer
        if chosen != self.selected_id or show != self.report_filter.currentData():
            return  # the person chose another one meanwhile (its report was read then)
        self._live.report_read_at = time.time()
        self.report_model.set_rows(chosen, rows)
        self.selection_changed.emit()

    @property
    def history_pending(self) -> bool:
        """A history read is on its way (the list shown may be older)."""
        return self._history_reader.pending

    @Slot(object)
    def _on_history_reader_finished(self, rows: list) -> None:
        self.history_model.set_broadcasts(rows)
        self._select_row(self.selected_id)
        self._selected_from_model()
        self.history_loaded.emit()
        self.selection_changed.emit()  # the selected broadcast's state and counts are new

    @Slot()
    @store_guarded
    def reload_report(self) -> None:
        self._live.report_read_at = time.time()
        rows = []
        if self.selected_id is not None:
            rows = bp.report_rows(self.conn, self.selected_id, self.report_filter.currentData())
        self.report_model.set_rows(self.selected_id, rows)
        self.selection_changed.emit()

    @store_guarded
    def _read_selected(self) -> None:
        """The selected broadcast's state (as the history shows it) and counts, read now."""
        self._selected = None
        if self.selected_id is not None:
            broadcast = journal.get_broadcast(self.conn, self.selected_id)
            if broadcast is not None:
                shown = bp.as_shown(broadcast, self.db_path, self.running_id, self.conn)
                self._selected = (shown, journal.counts(self.conn, self.selected_id))

    def _selected_from_model(self) -> None:
        row = None if self.selected_id is None else self.history_model.row_of(self.selected_id)
        self._selected = None if row is None else self.history_model.row_at(row)

    def select_broadcast(self, broadcast_id: int | None) -> None:
        self.selected_id = broadcast_id
        self._read_selected()
        self._select_row(broadcast_id)
        self.reload_report()

    def _select_row(self, broadcast_id: int | None) -> None:
        """Highlight the broadcast's history row (without taking it as the person's choice)."""
        row = None if broadcast_id is None else self.history_model.row_of(broadcast_id)
        if row is not None and self.history_view.currentIndex().row() != row:
            selection = self.history_view.selectionModel()
            selection.blockSignals(True)
            self.history_view.selectRow(row)
            selection.blockSignals(False)

    def selected_state(self) -> str | None:
        """The selected broadcast's state as the history shows it (None: none shown)."""
        return None if self._selected is None else self._selected[0].state

    def selected_counts(self) -> dict[str, int] | None:
        """The selected broadcast's rows per state (None: none shown)."""
        return None if self._selected is None else self._selected[1]

    def show_crashed(self) -> tuple[journal.BroadcastRow, dict[str, int]] | None:
        """A broadcast still `running` in the store when the window starts (cut off by a
        crash), selected with its unknown rows on show; with its counts. None: there is none."""
        crashed = bp.crashed_broadcast(self.conn)
        if crashed is not None:
            self.report_filter.setCurrentIndex(self.report_filter.findData(bp.SHOW_UNKNOWN))
            self.select_broadcast(crashed[0].id)
        return crashed

    def follow_running(self) -> None:
        """The running broadcast's history row (state, counts) follows the journal once a
        second; while its report is on show, its rows do too: the whole list incrementally
        (only the rows changed since the last look), a filtered one re-read once a second."""
        now = time.time()
        if self.running_id is not None and self._live.history_due(now):
            running = journal.get_broadcast(self.conn, self.running_id)
            if running is not None:
                counts = journal.counts(self.conn, self.running_id)
                self.history_model.update_broadcast(running, counts)
                if self.selected_id == self.running_id:
                    self._selected = (running, counts)
        if self.selected_id != self.running_id or self.report_model.broadcast_id is None:
            return
        if self.report_filter.currentData() == bp.SHOW_ALL:
            since = self._live.changes_since(now)
            changes = journal.changed_since(self.conn, self.running_id, since)
            self.report_model.apply_changes(changes)
        elif self._live.report_due(now):
            self.reload_report()

    def set_actions(self, allowed: bp.Actions) -> None:
        self.resend_failed_button.setEnabled(allowed.resend_failed)
        self.resend_unknown_button.setEnabled(allowed.resend_unknown)
        self.export_button.setEnabled(allowed.export)

    def write_report(self, path: str | Path, kind: str | None = None) -> int:
        """The report as shown (its filter applied) to a CSV or XLSX file (`kind`, else by
        the extension), with the window's column names, words and CSV delimiter; how many
        rows. OSError, sqlite3.Error (the contacts' names) as raised."""
        return export_report(
            self.conn,
            self.report_model.rows(),
            path,
            headers=translated(REPORT_HEADER),
            delimiter=csv_delimiter(),
            kind=kind,
            state_text=state_word,
            explanation=row_explanation,
        )

    export_csv = write_report  # the broadcast panel's name for it

    def export_to(self, path: str | Path, kind: str | None = None) -> int | None:
        """write_report, then the confirmation (not blocking); None and `export_failed` with
        the sentence when it failed."""
        try:
            with busy_cursor():
                count = self.write_report(path, kind)
        except (OSError, sqlite3.Error) as exc:
            self.export_failed.emit(export_failure(exc, path))
            return None
        self.export_box = confirm_export(self, count, path)
        return count

    # ---- the person's actions -----------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _history_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selected_id = self.history_model.broadcast_at(current.row()).id
            self._selected = self.history_model.row_at(current.row())
            self.reload_report()

    @Slot(int)
    def _filter_changed(self, _index: int) -> None:
        self.reload_report()

    @Slot()
    def _ask_export(self) -> None:
        if self.selected_id is None:
            return
        target = ask_export_path(self, self.tr("Export report"), f"broadcast-{self.selected_id}")
        if target is not None:
            self.export_to(*target)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view
