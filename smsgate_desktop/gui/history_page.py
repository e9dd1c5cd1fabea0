"""The History tab: messages sent per day and the credit (a chart), then every single send
and broadcast with its per-recipient report (BroadcastHistory, owned by the broadcast panel,
whose Resume acts on the broadcast chosen here)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..usecases.history_stats import daily_stats
from .broadcast_history import BroadcastHistory
from .history_chart import HistoryChart
from .i18n import storage_failure
from .store_reader import StoreReader


class HistoryPage(QWidget):
    """The chart above the history; the chart is read off the GUI thread (a grouped query
    over the whole journal) each time the tab is shown or a send ends while it is.

    Signals:
        chart_loaded(): the chart shows what was just read (or the failure's tooltip).
    """

    chart_loaded = Signal()

    def __init__(self, history: BroadcastHistory, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.conn = conn
        self.chart = HistoryChart()
        self.history = history
        self.failure = ""  # the last storage failure while reading the chart
        self._reader = StoreReader(history.db_path, self)
        self._reader.finished.connect(self._on_reader_finished)
        self._reader.failed.connect(self._on_reader_failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        layout.addWidget(history, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Read when shown, not on every send: the chart is a grouped query over the
        journal."""
        super().showEvent(event)
        self.reload_chart()

    @property
    def chart_pending(self) -> bool:
        """A chart read is on its way (the chart shown may be older)."""
        return self._reader.pending

    def reload_chart(self) -> None:
        self._reader.request(daily_stats)

    @Slot(object)
    def _on_reader_finished(self, stats: list) -> None:
        self.chart.set_stats(stats)
        self.failure = ""
        self.chart_loaded.emit()

    @Slot(object)
    def _on_reader_failed(self, exc: sqlite3.Error) -> None:
        self.failure = storage_failure(exc)
        self.chart.setToolTip(self.failure)
        self.chart_loaded.emit()
