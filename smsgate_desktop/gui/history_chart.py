"""The History tab's small chart (issue #12): messages sent per day as bars (the failed ones
stacked on top in another colour) and the credit left as a line on its own scale, over the
days usecases.history_stats.daily_stats returns (30 by default).

Painted with QPainter rather than QtCharts: a few rectangles and a polyline do not justify
the weight of another Qt module in the package. Colours come from the palette where one fits
(bars in the highlight colour, text in the window text colour), so a dark theme works; the
failure and credit colours have no palette role and are picked by the palette's lightness.

The same one-line summary (`summary()`) is the tooltip and the accessible description, and
the text painted when nothing was sent: a screen reader hears what the picture shows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..usecases.history_stats import DayStats

LABEL_EVERY = 7  # days between two date labels, counted back from today
PAD = 4  # pixels between the chart's parts


class HistoryChart(QWidget):
    """Bars of sent (and failed) messages per day and a line of the credit left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stats: tuple[DayStats, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Messages sent per day and credit, last 30 days"))
        self._describe()

    # ---- data -------------------------------------------------------------------------------

    def set_stats(self, stats: Sequence[DayStats]) -> None:
        """Show these days (oldest first), replacing what was shown."""
        self._stats = tuple(stats)
        self._describe()
        self.update()

    def is_empty(self) -> bool:
        """True when no message was sent or refused in the days shown: nothing to draw."""
        return not any(day.sent or day.failed for day in self._stats)

    def summary(self) -> str:
        """The totals in one sentence (the tooltip and the accessible description), or the
        sentence painted instead of the chart when it is empty."""
        days = len(self._stats) or 30
        if self.is_empty():
            return self.tr("No messages sent in the last {days} days.").format(days=days)
        sent = sum(day.sent for day in self._stats)
        failed = sum(day.failed for day in self._stats)
        credit = self._latest_credit()
        if credit is None:
            return self.tr("{sent} sent, {failed} failed in {days} days").format(
                sent=sent, failed=failed, days=days
            )
        return self.tr("{sent} sent, {failed} failed in {days} days; credit now {credit}").format(
            sent=sent, failed=failed, days=days, credit=credit
        )

    def _latest_credit(self) -> int | None:
        """The credit the last day with a known credit ended with."""
        return next((d.credit for d in reversed(self._stats) if d.credit is not None), None)

    def _describe(self) -> None:
        text = self.summary()
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    # ---- size -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(420, 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 110)

    # ---- colours ----------------------------------------------------------------------------

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def sent_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Highlight)

    def failed_colour(self) -> QColor:
        return QColor("#ff6b6b") if self._dark() else QColor("#c62828")

    def credit_colour(self) -> QColor:
        return QColor("#ffb74d") if self._dark() else QColor("#e65100")

    # ---- painting ---------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        """Where the bars go: below the legend, above the date labels, between the two
        axes' labels."""
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance(str(self._max_messages())) + 2 * PAD
        credit = max((d.credit for d in self._stats if d.credit is not None), default=None)
        right = (metrics.horizontalAdvance(str(credit)) if credit is not None else 0) + 2 * PAD
        top = metrics.height() + 2 * PAD
        bottom = metrics.height() + PAD
        return QRectF(self.rect()).adjusted(left, top, -right, -bottom)

    def _max_messages(self) -> int:
        return max((d.sent + d.failed for d in self._stats), default=0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        if self.is_empty():
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.summary())
            return
        plot = self.plot_rect()
        if plot.width() < 1 or plot.height() < 1:
            return
        self._paint_axes(painter, plot, text)
        self._paint_bars(painter, plot)
        self._paint_credit(painter, plot)
        self._paint_legend(painter, text)
        self._paint_dates(painter, plot, text)

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / len(self._stats)

    def _paint_axes(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        """The baseline, a faint line at the top, and the maximum of each scale beside it."""
        grid = QColor(text)
        grid.setAlpha(60)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.topLeft(), plot.topRight())
        metrics = QFontMetrics(self.font())
        painter.setPen(text)
        label = QRectF(0, plot.top() - metrics.height() / 2, plot.left() - PAD, metrics.height())
        painter.drawText(
            label,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(self._max_messages()),
        )
        credit = max((d.credit for d in self._stats if d.credit is not None), default=None)
        if credit is not None:
            painter.setPen(self.credit_colour())
            label.moveLeft(plot.right() + PAD)
            label.setWidth(self.width() - plot.right() - PAD)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(credit)
            )

    def _paint_bars(self, painter: QPainter, plot: QRectF) -> None:
        top = self._max_messages()
        slot = self._slot(plot)
        width = max(1.0, slot * 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, day in enumerate(self._stats):
            x = plot.left() + index * slot + (slot - width) / 2
            sent = plot.height() * day.sent / top
            failed = plot.height() * day.failed / top
            painter.fillRect(QRectF(x, plot.bottom() - sent, width, sent), self.sent_colour())
            painter.fillRect(
                QRectF(x, plot.bottom() - sent - failed, width, failed), self.failed_colour()
            )

    def _paint_credit(self, painter: QPainter, plot: QRectF) -> None:
        """The known credits joined by a line (a day without sends has none: the line goes
        straight across it), scaled from 0 to the highest."""
        known = [(i, d.credit) for i, d in enumerate(self._stats) if d.credit is not None]
        if not known:
            return
        top = max(credit for _, credit in known) or 1
        slot = self._slot(plot)
        points = [
            QPointF(
                plot.left() + (i + 0.5) * slot,
                plot.bottom() - plot.height() * max(credit, 0) / top,
            )
            for i, credit in known
        ]
        painter.setPen(QPen(self.credit_colour(), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(self.credit_colour())
        for point in points:
            painter.drawEllipse(point, 2.5, 2.5)

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        box = metrics.ascent() * 0.8
        x = float(PAD)
        y = PAD + (metrics.height() - box) / 2
        for label, colour, line in (
            (self.tr("Sent"), self.sent_colour(), False),
            (self.tr("Failed"), self.failed_colour(), False),
            (self.tr("Credit"), self.credit_colour(), True),
        ):
            if line:
                painter.setPen(QPen(colour, 2))
                painter.drawLine(QPointF(x, y + box / 2), QPointF(x + box * 1.5, y + box / 2))
                x += box * 1.5
            else:
                painter.fillRect(QRectF(x, y, box, box), colour)
                x += box
            x += PAD
            painter.setPen(text)
            painter.drawText(QPointF(x, PAD + metrics.ascent()), label)
            x += metrics.horizontalAdvance(label) + 3 * PAD

    def _paint_dates(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        """Every LABEL_EVERY-th day back from the last one (today), kept inside the widget."""
        metrics = QFontMetrics(self.font())
        slot = self._slot(plot)
        painter.setPen(text)
        last = len(self._stats) - 1
        for index in range(last, -1, -LABEL_EVERY):
            day = self._stats[index].day
            label = self.locale().toString(QDate(day.year, day.month, day.day), "d MMM")
            width = metrics.horizontalAdvance(label)
            centre = plot.left() + (index + 0.5) * slot
            x = min(max(centre - width / 2, 0.0), self.width() - width)
            painter.drawText(QPointF(x, plot.bottom() + PAD + metrics.ascent()), label)
