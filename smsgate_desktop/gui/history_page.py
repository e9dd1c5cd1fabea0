"""The History tab: messages sent per day and the credit (a chart), then every single send
and broadcast with its per-recipient report (BroadcastHistory, owned by the broadcast panel,
whose Resume acts on the broadcast chosen here)."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..usecases.history_stats import daily_stats
from .broadcast_history import BroadcastHistory
from .history_chart import HistoryChart
from .i18n import storage_failure


class HistoryPage(QWidget):
    def __init__(self, history: BroadcastHistory, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.conn = conn
        self.chart = HistoryChart()
        self.history = history
        self.failure = ""  # the last storage failure while reading the chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        layout.addWidget(history, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Read when shown, not on every send: the chart is a grouped query over the
        journal."""
        super().showEvent(event)
        self.reload_chart()

    def reload_chart(self) -> None:
        try:
            self.chart.set_stats(daily_stats(self.conn))
            self.failure = ""
        except sqlite3.Error as exc:
            self.failure = storage_failure(exc)
            self.chart.setToolTip(self.failure)
