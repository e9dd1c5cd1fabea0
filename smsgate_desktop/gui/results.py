"""Send results, one row per recipient: accepted (credit left), rejected (code and plain
explanation) or unknown, as a table model and its view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..session import Outcome, SendResult
from .i18n import explain_translated, translate_text

COLUMNS: Final = (
    QT_TRANSLATE_NOOP("ResultsModel", "Recipient"),
    QT_TRANSLATE_NOOP("ResultsModel", "Result"),
    QT_TRANSLATE_NOOP("ResultsModel", "Credit left"),
    QT_TRANSLATE_NOOP("ResultsModel", "Details"),
)
PENDING: Final = "pending"
NOT_SENT: Final = "not sent"
# The outcome column's words, translated for display only (the rows keep the English keys).
# Each describes one row (Italian: "accettato"); the summary counts them with plural forms.
OUTCOME_WORDS: Final = (
    QT_TRANSLATE_NOOP("ResultsModel", "pending"),
    QT_TRANSLATE_NOOP("ResultsModel", "not sent"),
    QT_TRANSLATE_NOOP("ResultsModel", "accepted"),
    QT_TRANSLATE_NOOP("ResultsModel", "rejected"),
    QT_TRANSLATE_NOOP("ResultsModel", "unknown"),
)
COLOURS: Final = {
    Outcome.ACCEPTED.value: QColor(220, 245, 220),
    Outcome.REJECTED.value: QColor(250, 220, 220),
    Outcome.UNKNOWN.value: QColor(252, 240, 200),
    NOT_SENT: QColor(235, 235, 235),
}


@dataclass(slots=True)
class ResultRow:
    recipient: str  # as shown: "+39 333 1234567"
    outcome: str = PENDING
    credit: int | None = None
    details: str = ""


def describe(result: SendResult) -> str:
    """The Details cell: why a message was rejected or is unknown, with the gateway's code."""
    if result.outcome is Outcome.ACCEPTED:
        return QCoreApplication.translate("ResultsModel", "Accepted by the gateway.")
    if result.error is not None:
        error = result.error
        said = QCoreApplication.translate("ResultsModel", "gateway said:")
        return (
            f"{explain_translated(error.code, error.text)} ({said} -ERR {error.code} {error.text})"
        )
    return translate_text(result.reason)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsModel", text)


class ResultsModel(QStandardItemModel):
    """The rows of the current batch, added as the results arrive (in send order).

    A QStandardItemModel, like the log's, so that painting a 10,000-row table during a send
    never calls back into Python (see protocol_log.LogModel for why that matters). `rows`
    mirrors the table for code that reads it.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.rows: list[ResultRow] = []
        self.batch_id = -1
        self._recipients: list[str] = []
        self._counts: dict[str, int] = {}
        self._brushes = {name: QBrush(colour) for name, colour in COLOURS.items()}

    def start_batch(self, batch_id: int, recipients: list[str]) -> None:
        self.removeRows(0, self.rowCount())
        self.batch_id = batch_id
        self.rows = []
        self._recipients = list(recipients)
        self._counts = {}

    @Slot(int, list)
    def apply_results(self, batch_id: int, results: list[tuple[int, SendResult]]) -> None:
        if batch_id != self.batch_id:
            return  # a late batch of an earlier send
        rows = []
        for index, result in results:
            while len(self.rows) + len(rows) < index:  # never expected: results come in order
                rows.append(ResultRow(self._recipients[len(self.rows) + len(rows)]))
            outcome, credit = result.outcome.value, result.credit
            rows.append(ResultRow(self._recipients[index], outcome, credit, describe(result)))
        self._append(rows)

    def finish_batch(self, batch_id: int, why: str) -> None:
        """Add what was never sent (cancelled, or the session failed) as such."""
        if batch_id != self.batch_id:
            return
        missing = self._recipients[len(self.rows) :]
        self._append(
            [
                ResultRow(
                    r,
                    NOT_SENT,
                    None,
                    why or QCoreApplication.translate("ResultsModel", "Not sent."),
                )
                for r in missing
            ]
        )

    def _append(self, rows: list[ResultRow]) -> None:
        """Add rows with one insertion (a rowsInserted per row would make the view relayout
        thousands of times during a big send)."""
        if not rows:
            return
        first = self.rowCount()
        self.insertRows(first, len(rows))
        for offset, row in enumerate(rows):
            credit = "" if row.credit is None else str(row.credit)
            brush = self._brushes.get(row.outcome)
            outcome = _tr(row.outcome) if row.outcome in OUTCOME_WORDS else row.outcome
            for column, text in enumerate((row.recipient, outcome, credit, row.details)):
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(text)
                if brush is not None:
                    item.setBackground(brush)
                self.setItem(first + offset, column, item)
            self._counts[row.outcome] = self._counts.get(row.outcome, 0) + 1
        self.rows.extend(rows)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)


class ResultsPanel(QWidget):
    """The table and a one-line summary above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResultsModel(self)
        self.summary = QLabel(self.tr("No message sent yet."))
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Results per recipient"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Fixed starting widths, not ResizeToContents: that would measure every row of a
        # 10,000-recipient batch on each update.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 80, 80)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.setAccessibleName(self.tr("Send results"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def start_batch(self, batch_id: int, recipients: list[str]) -> None:
        self.model.start_batch(batch_id, recipients)
        self.summary.setText(self.tr("Sending %n message(s)…", "", len(recipients)))

    @Slot(int, list)
    def apply_results(self, batch_id: int, results: list[tuple[int, SendResult]]) -> None:
        self.model.apply_results(batch_id, results)

    def finish_batch(self, batch_id: int, why: str) -> None:
        self.model.finish_batch(batch_id, why)
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        """ "Last send: 2 accepted, 1 rejected, 0 unknown." (plural forms: "1 accettato")."""
        counts = self.model.counts()
        parts = [
            self.tr("%n accepted", "summary", counts.get(Outcome.ACCEPTED.value, 0)),
            self.tr("%n rejected", "summary", counts.get(Outcome.REJECTED.value, 0)),
            self.tr("%n unknown", "summary", counts.get(Outcome.UNKNOWN.value, 0)),
        ]
        if counts.get(NOT_SENT):
            parts.append(self.tr("%n not sent", "summary", counts[NOT_SENT]))
        return self.tr("Last send: {parts}.").format(parts=", ".join(parts))
