"""The contacts panel's table view, made for 100,000 rows: fixed row heights and column
widths (the view never measures the rows), the selection read and set by runs of rows."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .contacts_model import GROUPS, NAME, NUMBER, OPTED_OUT

ROW_HEIGHT_PADDING: Final = 6
SAMPLES: Final = {  # the widest text each fixed-width column is made for
    NAME: "Name Surname Longername",
    NUMBER: "+39 0471 123456789",
    OPTED_OUT: "Opted out",
}


class ContactsTable(QTableView):
    """Whole rows selected (several at once), read-only cells, sorted by name at first."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        metrics = self.fontMetrics()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + ROW_HEIGHT_PADDING)
        rows.setVisible(False)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(GROUPS, QHeaderView.ResizeMode.Stretch)
        padding = 4 * metrics.averageCharWidth()
        for column, sample in SAMPLES.items():
            self.setColumnWidth(column, metrics.horizontalAdvance(sample) + padding)

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom, read from the selection's ranges:
        QItemSelectionModel.selectedRows() takes seconds for 100,000 selected rows, the
        ranges are one per run of rows."""
        ranges = self.selectionModel().selection()
        if len(ranges) == 1:
            return list(range(ranges[0].top(), ranges[0].bottom() + 1))
        rows: set[int] = set()
        for part in ranges:
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)

    def select_rows(self, rows: Sequence[int]) -> None:
        """Select these rows (sorted), replacing the selection: one range per run."""
        model = self.model()
        selection = QItemSelection()
        last = model.columnCount() - 1
        for first, end in runs(rows):
            selection.select(model.index(first, 0), model.index(end, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)


def runs(rows: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Sorted row numbers -> (first, last) of each run of consecutive rows."""
    start = previous = None
    for row in rows:
        if previous is not None and row == previous + 1:
            previous = row
            continue
        if start is not None:
            yield start, previous
        start = previous = row
    if start is not None:
        yield start, previous
