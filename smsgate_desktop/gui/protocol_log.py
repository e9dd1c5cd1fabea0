"""The protocol log: every line exchanged with the gateway, as a capped model/view list.

A QListView over a list model (not a growing QTextEdit): appending is O(lines added), only the
visible rows are ever drawn, and the model drops its oldest lines past MAX_LINES so a long
broadcast cannot eat the memory.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontDatabase,
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .worker import LogLine

MAX_LINES: Final = 100_000
ERROR_COLOUR: Final = QColor(180, 20, 20)
SENT_COLOUR: Final = QColor(30, 70, 150)


def format_line(line: LogLine) -> str:
    """`14:03:12.345 → text`: what the view shows, what Copy and Save write."""
    stamp = time.strftime("%H:%M:%S", time.localtime(line.time))
    millis = int((line.time % 1) * 1000)
    return f"{stamp}.{millis:03d} {line.direction} {line.text}"


class LogModel(QStandardItemModel):
    """The last `max_lines` LogLines, oldest first.

    A QStandardItemModel rather than a Python data(): painting and filtering then run in C++
    without calling back into Python for every visible row and role. During a fast send each
    of those calls would have to win the GIL back from the busy worker thread, which made the
    window stutter (bench/gui_stall.py). The LogLines are kept beside the items for Save.
    """

    def __init__(self, max_lines: int = MAX_LINES, parent: Any = None) -> None:
        super().__init__(parent)
        # Plain (time, direction, text) tuples, not LogLine objects: the garbage collector
        # stops tracking tuples of strings and floats, so 100,000 kept lines do not lengthen
        # every full collection (each one pauses the GUI and the worker alike).
        self._lines: list[tuple[float, str, str]] = []
        self._max = max_lines
        self._chunk = max(1, max_lines // 10)
        self._brushes = {"error": QBrush(ERROR_COLOUR), "→": QBrush(SENT_COLOUR)}

    def line(self, row: int) -> LogLine:
        return LogLine(*self._lines[row])

    def lines(self) -> list[LogLine]:
        return [LogLine(*line) for line in self._lines]

    def _item(self, line: LogLine) -> QStandardItem:
        item = QStandardItem(format_line(line))
        item.setEditable(False)
        brush = self._brushes.get("error" if line.is_error else line.direction)
        if brush is not None:
            item.setForeground(brush)
        return item

    @Slot(list)
    def append_lines(self, lines: list[LogLine]) -> None:
        if not lines:
            return
        # appendRows: one rowsInserted for the whole batch, not one per line.
        self.invisibleRootItem().appendRows([self._item(line) for line in lines])
        self._lines.extend((line.time, line.direction, line.text) for line in lines)
        excess = len(self._lines) - self._max
        if excess > 0:
            # Trim a whole chunk at once: removing from the front is O(n), so doing it for
            # every batch would make a long broadcast quadratic.
            count = min(len(self._lines), max(excess, self._chunk))
            self.removeRows(0, count)
            del self._lines[:count]

    @Slot()
    def clear(self) -> None:
        super().clear()
        self._lines.clear()


class LogFilter(QSortFilterProxyModel):
    """Case-insensitive substring filter on the shown text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(Qt.ItemDataRole.DisplayRole)


class ProtocolLogPanel(QWidget):
    """Filter box, pause-autoscroll, copy, save, clear, over the list of lines."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = MAX_LINES) -> None:
        super().__init__(parent)
        self.model = LogModel(max_lines, self)
        self.proxy = LogFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter the log (Ctrl+L)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.pause_box = QCheckBox(self.tr("Pause autoscroll"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected lines, or every shown line"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self._ask_save)
        self.clear_button.clicked.connect(self.model.clear)

        self.view = QListView()
        self.view.setModel(self.proxy)
        # Uniform rows let the view skip measuring 100,000 items: the key to a fast log.
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setAccessibleName(self.tr("Protocol log"))

        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        for widget in (self.pause_box, self.copy_button, self.save_button, self.clear_button):
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)

    @Slot(list)
    def append_lines(self, lines: list[LogLine]) -> None:
        self.model.append_lines(lines)
        if not self.pause_box.isChecked():
            self.view.scrollToBottom()

    def shown_text(self, selected_only: bool = False) -> str:
        """The shown (filtered) lines, or only the selected ones, one per line."""
        if selected_only:
            rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        else:
            rows = range(self.proxy.rowCount())
        return "\n".join(self.proxy.index(row, 0).data() for row in rows)

    @Slot()
    def copy(self) -> None:
        selected = self.view.selectionModel().hasSelection()
        QGuiApplication.clipboard().setText(self.shown_text(selected_only=selected))

    def save(self, path: Path) -> None:
        """Write every line (not only the filtered ones): a saved log is for support."""
        text = "\n".join(format_line(line) for line in self.model.lines())
        path.write_text(text + "\n" if text else "", encoding="utf-8")

    @Slot()
    def _ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the protocol log"),
            "smsgate-protocol.log",
            self.tr("Log files (*.log *.txt)"),
        )
        if not name:
            return
        try:
            self.save(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save the protocol log"),
                self.tr("Could not save the log: {error}").format(error=exc),
            )

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
