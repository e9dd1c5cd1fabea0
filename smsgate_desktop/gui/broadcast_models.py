"""Table models of the broadcast panel: the history of broadcasts and one broadcast's rows.

Plain model/view: the rows are read from the store by the panel and handed over whole, so a
10,000-recipient report is one reset, not 10,000 inserts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..store import journal
from ..store.journal import BroadcastRow, JournalRow
from ..usecases.times import local_time
from .i18n import explanation_translated, translate_text

Index = QModelIndex | QPersistentModelIndex

HISTORY_COLUMNS: Final = (
    QT_TRANSLATE_NOOP("BroadcastModels", "ID"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Kind"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Created"),
    QT_TRANSLATE_NOOP("BroadcastModels", "State"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Sent"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Failed"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Unknown"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Pending"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Text"),
)
KIND_WORDS: Final = {
    journal.BROADCAST: QT_TRANSLATE_NOOP("BroadcastModels", "Broadcast"),
    journal.SINGLE: QT_TRANSLATE_NOOP("BroadcastModels", "Single send"),
}
REPORT_COLUMNS: Final = (
    "#",
    QT_TRANSLATE_NOOP("BroadcastModels", "Recipient"),
    QT_TRANSLATE_NOOP("BroadcastModels", "State"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Code"),
    QT_TRANSLATE_NOOP("BroadcastModels", "Detail"),
)
# A broadcast's and a row's state, shown translated (the store keeps the English).
STATE_WORDS: Final = {
    "ready": QT_TRANSLATE_NOOP("BroadcastModels", "ready"),
    "running": QT_TRANSLATE_NOOP("BroadcastModels", "running"),
    "paused": QT_TRANSLATE_NOOP("BroadcastModels", "paused"),
    "interrupted": QT_TRANSLATE_NOOP("BroadcastModels", "interrupted"),
    "cancelled": QT_TRANSLATE_NOOP("BroadcastModels", "cancelled"),
    "done": QT_TRANSLATE_NOOP("BroadcastModels", "done"),
    journal.PENDING: QT_TRANSLATE_NOOP("BroadcastModels", "pending"),
    journal.SENDING: QT_TRANSLATE_NOOP("BroadcastModels", "sending"),
    journal.SENT: QT_TRANSLATE_NOOP("BroadcastModels", "sent"),
    journal.FAILED: QT_TRANSLATE_NOOP("BroadcastModels", "failed"),
    journal.UNKNOWN: QT_TRANSLATE_NOOP("BroadcastModels", "unknown"),
}


def state_word(state: str) -> str:
    word = STATE_WORDS.get(state)
    return QCoreApplication.translate("BroadcastModels", word) if word else state


class _TableModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("BroadcastModels", self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self._cell(self._rows[index.row()], index.column())

    def _cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    _rows: list[Any]


class HistoryModel(_TableModel):
    """Every broadcast, newest first, with its rows counted per state."""

    columns = HISTORY_COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[BroadcastRow, dict[str, int]]] = []

    def set_broadcasts(self, rows: Sequence[tuple[BroadcastRow, dict[str, int]]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_broadcast(self, broadcast: BroadcastRow, counts: dict[str, int]) -> None:
        """One broadcast's state and counts changed (a running one): repaint its row."""
        number = self.row_of(broadcast.id)
        if number is not None:
            self._rows[number] = (broadcast, counts)
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def broadcast_at(self, row: int) -> BroadcastRow:
        return self._rows[row][0]

    def counts_at(self, row: int) -> dict[str, int]:
        return self._rows[row][1]

    def row_at(self, row: int) -> tuple[BroadcastRow, dict[str, int]]:
        return self._rows[row]

    def row_of(self, broadcast_id: int) -> int | None:
        for number, (broadcast, _) in enumerate(self._rows):
            if broadcast.id == broadcast_id:
                return number
        return None

    def _cell(self, row: tuple[BroadcastRow, dict[str, int]], column: int) -> Any:
        broadcast, counts = row
        match column:
            case 0:
                return broadcast.id
            case 1:
                return QCoreApplication.translate("BroadcastModels", KIND_WORDS[broadcast.kind])
            case 2:
                return shown_time(broadcast.created)
            case 3:
                return state_word(broadcast.state)
            case 4:
                return counts[journal.SENT]
            case 5:
                return counts[journal.FAILED]
            case 6:
                return counts[journal.UNKNOWN] + counts[journal.SENDING]
            case 7:
                return counts[journal.PENDING]
            case _:
                text = broadcast.text
                return text if len(text) <= 40 else text[:39] + "…"


class ReportModel(_TableModel):
    """One broadcast's recipients and what happened to each."""

    columns = REPORT_COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[JournalRow] = []
        self._index: dict[int, int] = {}  # seq -> row number
        self.broadcast_id: int | None = None

    def set_rows(self, broadcast_id: int | None, rows: Sequence[JournalRow]) -> None:
        self.beginResetModel()
        self.broadcast_id = broadcast_id
        self._rows = list(rows)
        self._index = {row.seq: number for number, row in enumerate(self._rows)}
        self.endResetModel()

    def apply_changes(
        self, changes: Sequence[tuple[int, str, int | None, int | None, str | None, float]]
    ) -> None:
        """Update the shown rows in place from journal.changed_since (a running broadcast):
        one repaint of the range touched, no reset, the scroll position kept."""
        touched = []
        for seq, state, credit, code, error, updated in changes:
            number = self._index.get(seq)
            if number is not None:
                self._rows[number] = dataclasses.replace(
                    self._rows[number],
                    state=state,
                    credit=credit,
                    code=code,
                    error=error,
                    updated=updated,
                )
                touched.append(number)
        if touched:
            self.dataChanged.emit(
                self.index(min(touched), 0), self.index(max(touched), self.columnCount() - 1)
            )

    def rows(self) -> list[JournalRow]:
        return list(self._rows)

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for row in self._rows:
            found[row.state] = found.get(row.state, 0) + 1
        return found

    def _cell(self, row: JournalRow, column: int) -> Any:
        match column:
            case 0:
                return row.seq
            case 1:
                return row.recipient
            case 2:
                return state_word(row.state)
            case 3:
                return "" if row.code is None else row.code
            case _:
                if row.error or row.credit is None:
                    return row_explanation(row)
                return QCoreApplication.translate("BroadcastModels", "credit {credit}").format(
                    credit=row.credit
                )


def row_explanation(row: JournalRow) -> str:
    """A row's error in the user's language: the gateway's -ERR explained, or why its outcome
    is not known; "" for a row without one (the report's Detail, the export's Explanation)."""
    if row.error and row.code is not None:  # the gateway's -ERR, explained by its code
        return explanation_translated(row.code)
    return translate_text(row.error) if row.error else ""


def shown_time(stored: str) -> str:
    """A stored time in this computer's zone, in the locale's short date and time format
    (the same format as the schedule fields)."""
    moment = local_time(stored)
    if moment is None:
        return stored
    return QLocale().toString(
        QDateTime(moment.replace(tzinfo=None)), QLocale.FormatType.ShortFormat
    )
