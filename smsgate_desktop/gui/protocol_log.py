"""The protocol log: every line exchanged with the gateway, as a capped model/view list.

A QListView over a list model (not a growing QTextEdit): appending is O(lines added), only the
visible rows are ever drawn, and the model drops its oldest lines past MAX_LINES so a long
broadcast cannot eat the memory.

Control characters arrive as plain `<SOH>`, `<ETX>`, `<CR>`… (protocol/redact.py, the one rule
for CLI and window); the view draws them in their own colour and weight so they stand apart
from the text around them, while Copy, Save and the filter see the same plain notation.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from html import escape
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontDatabase,
    QGuiApplication,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..protocol.redact import SHOWN_CONTROL
from .file_dialogs import save_file_name
from .worker import LogLine

MAX_LINES: Final = 100_000
ERROR_COLOUR: Final = QColor(180, 20, 20)
SENT_COLOUR: Final = QColor(30, 70, 150)
# `<SOH>` and its kind: amber, readable on a light and on a dark background alike.
CONTROL_COLOUR: Final = QColor(160, 95, 0)
CONTROL_COLOUR_ON_DARK: Final = QColor(240, 180, 70)
BUSY_LINES_A_SECOND: Final = 50  # more, and the log is drawn plain (see CalmStyling)
CALM_MS: Final = 1000
TEXT_MARGIN: Final = 3  # px left of an item's text, as Qt's styles draw it (focus margin + 1)


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
        # No setEditable(False): the view has no edit triggers, and during a send every call
        # into Qt per line may wait for the worker's thread to hand back the GIL (20,000
        # lines for a 10,000-message broadcast; bench/gui_stall.py).
        item = QStandardItem(format_line(line))
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


# A run of them in one piece: fewer fragments make the rich text quicker to lay out.
_CONTROL_RUN: Final = re.compile(f"(?:{SHOWN_CONTROL.pattern})+")


def control_spans(text: str) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is shown control characters) runs, in order."""
    spans: list[tuple[str, bool]] = []
    start = 0
    for match in _CONTROL_RUN.finditer(text):
        if match.start() > start:
            spans.append((text[start : match.start()], False))
        spans.append((match.group(), True))
        start = match.end()
    if start < len(text):
        spans.append((text[start:], False))
    return spans


def control_markup(text: str, colour: QColor, control: QColor | None) -> str:
    """`text` as Qt rich text in `colour`: its shown control characters bold (and in
    `control`)."""
    start, end = (
        ("<b>", "</b>")
        if control is None
        else (f'<b><font color="{control.name()}">', "</font></b>")
    )
    parts = [
        f"{start}{escape(piece)}{end}" if is_control else escape(piece)
        for piece, is_control in control_spans(text)
    ]
    # A block with white-space:pre: spaces kept, and never wrapped (a span's style is not
    # enough for QStaticText, which then wraps at a width of its own choosing). Tags, not
    # style attributes: quicker to parse.
    return (
        f'<div style="white-space:pre"><font color="{colour.name()}">{"".join(parts)}</font></div>'
    )


class ControlCharacterDelegate(QStyledItemDelegate):
    """Draws a log line's `<SOH>`s bold and amber; a line without any is left to Qt.

    Lean on purpose: paint() runs in Python for every row drawn, and during a send each call
    it makes into Qt can wait for the worker thread to hand back the GIL (bench/gui_stall.py;
    a first version with one drawText per piece made a repaint 20 times slower under load).
    So a line is laid out once, colours and all (QStaticText, kept for the last CACHED lines),
    and an ordinary row costs one call to draw it.
    """

    CACHED: Final = 512
    _SPECIAL: Final = (
        QStyle.StateFlag.State_Selected
        | QStyle.StateFlag.State_MouseOver
        | QStyle.StateFlag.State_HasFocus
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: OrderedDict[tuple[str, bool], tuple[QStaticText, float]] = OrderedDict()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data()
        if not isinstance(text, str) or "<" not in text or not SHOWN_CONTROL.search(text):
            super().paint(painter, option, index)
            return
        state = option.state
        if state & self._SPECIAL:
            # The few rows selected, hovered or current: the style draws their background,
            # highlight and focus frame as for any item, without the text.
            item = QStyleOptionViewItem(option)
            self.initStyleOption(item, index)
            item.text = ""
            widget = item.widget
            style = widget.style() if widget is not None else QApplication.style()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        static, height = self._static(text, selected, option, index)
        left, top, _, row_height = option.rect.getRect()
        painter.drawStaticText(left + TEXT_MARGIN, top + (row_height - height) / 2, static)

    def _static(
        self,
        text: str,
        selected: bool,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> tuple[QStaticText, float]:
        """The line laid out in its colours, and its height; cached (a line's colour follows
        from its text: the direction arrow, -ERR)."""
        key = (text, selected)
        cached = self._texts.get(key)
        if cached is not None:
            self._texts.move_to_end(key)
            return cached
        palette = option.palette
        if selected:
            colour, control = palette.color(QPalette.ColorRole.HighlightedText), None
        else:
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            colour = brush.color() if brush is not None else palette.color(QPalette.ColorRole.Text)
            dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
            control = CONTROL_COLOUR_ON_DARK if dark else CONTROL_COLOUR
        static = QStaticText(control_markup(text, colour, control))
        static.setTextFormat(Qt.TextFormat.RichText)
        static.prepare(QTransform(), option.font)
        self._texts[key] = cached = (static, static.size().height())
        if len(self._texts) > self.CACHED:
            self._texts.popitem(last=False)
        return cached


class CalmStyling(QObject):
    """The styled delegate while the log can be read; Qt's own while lines pour in.

    The styled one runs Python for every row drawn. During a fast broadcast (the demo
    simulator sends 1000s of lines a second) each of those calls waits for the GIL and the
    window stutters (bench/gui_stall.py: +5 ms at the 99th percentile), for a log scrolling
    too fast to read anyway. So past BUSY_LINES_A_SECOND the rows are drawn by Qt alone, with
    the same `<SOH>` text in the row's colour, and styled again CALM_MS after the last burst.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self.styled = ControlCharacterDelegate(view)
        self.plain = QStyledItemDelegate(view)
        self.busy = False
        self._since, self._count = 0.0, 0  # lines arrived in the current second
        self.calm = QTimer(self, singleShot=True, interval=CALM_MS)
        self.calm.timeout.connect(self._restyle)
        view.setItemDelegate(self.styled)

    def lines_arrived(self, count: int) -> None:
        now = time.monotonic()
        if now - self._since >= 1.0:
            self._since, self._count = now, 0
        self._count += count
        if self._count > BUSY_LINES_A_SECOND:
            if not self.busy:
                self.busy = True
                self._view.setItemDelegate(self.plain)
            self.calm.start()

    @Slot()
    def _restyle(self) -> None:
        self.busy = False
        self._view.setItemDelegate(self.styled)
        self._view.viewport().update()


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
        self.filter_edit.setAccessibleName(self.tr("Filter the protocol log"))
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
        self.styling = CalmStyling(self.view)
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
        self.styling.lines_arrived(len(lines))
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
        name, _ = save_file_name(
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
