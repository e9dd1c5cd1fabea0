"""The History tab's chart (gui.history_chart): bars where the sends are, in the palette's
colours, and the totals said in words for the tooltip and screen readers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QSizePolicy

from smsgate_desktop.gui.history_chart import HistoryChart
from smsgate_desktop.usecases.history_stats import DayStats

FIRST = date(2024, 3, 7)
BUSIEST = 20  # the day with the most messages
REFUSED = 10  # a day with failures stacked on its sends
QUIET = 25  # a day without messages


def month(**changes: tuple[int, int, int | None]) -> list[DayStats]:
    """30 days with nothing sent, but the days named (`d<index>=(sent, failed, credit)`)."""
    days = []
    for index in range(30):
        sent, failed, credit = changes.get(f"d{index}", (0, 0, None))
        days.append(DayStats(FIRST + timedelta(days=index), sent, failed, credit))
    return days


@pytest.fixture
def chart(qtbot) -> HistoryChart:
    widget = HistoryChart()
    qtbot.addWidget(widget)
    widget.resize(600, 150)
    return widget


def picture(chart: HistoryChart) -> QImage:
    image = chart.grab().toImage()
    assert (image.width(), image.height()) == (600, 150)  # one pixel per pixel: no scaling
    return image


def column(chart: HistoryChart, index: int) -> int:
    """The x of the middle of day `index`'s bar."""
    plot = chart.plot_rect()
    return int(plot.left() + (index + 0.5) * plot.width() / 30)


def colour_at(image: QImage, x: int, y: float) -> QColor:
    return image.pixelColor(x, int(y))


def test_bars_stand_on_their_days_in_the_palette_colours(chart):
    chart.set_stats(month(d20=(40, 0, None), d10=(5, 10, None), d3=(2, 0, None)))
    image = picture(chart)
    plot = chart.plot_rect()
    sent, failed = chart.sent_colour(), chart.failed_colour()
    assert sent == chart.palette().color(QPalette.ColorRole.Highlight)
    assert sent != failed
    near_bottom = plot.bottom() - 3
    assert colour_at(image, column(chart, BUSIEST), near_bottom) == sent
    assert colour_at(image, column(chart, BUSIEST), plot.top() + 3) == sent  # the tallest
    assert colour_at(image, column(chart, QUIET), near_bottom) != sent
    assert colour_at(image, column(chart, 3), plot.top() + 3) != sent  # 2 of 40: short
    # day 10: 5 sent at the bottom (1/8 of the height), 10 failed above them (2/8)
    assert colour_at(image, column(chart, REFUSED), near_bottom) == sent
    assert colour_at(image, column(chart, REFUSED), plot.bottom() - plot.height() / 4) == failed
    assert colour_at(image, column(chart, REFUSED), plot.top() + 3) not in (sent, failed)


def test_the_bars_follow_a_changed_palette(chart):
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#00c853"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))  # a dark theme
    chart.setPalette(palette)
    chart.set_stats(month(d20=(40, 0, None)))
    image = picture(chart)
    assert colour_at(image, column(chart, BUSIEST), chart.plot_rect().bottom() - 3) == QColor(
        "#00c853"
    )
    assert chart.failed_colour().lightness() > 128  # readable on the dark background


def test_the_credit_line_is_drawn_on_its_own_scale(chart):
    chart.set_stats(month(d5=(1, 0, 900), d20=(40, 0, 300)))
    image = picture(chart)
    colour = chart.credit_colour()
    plot = chart.plot_rect()
    x = column(chart, 5)  # 900 is the top of the credit scale, whatever the bars' maximum
    band = [image.pixelColor(x, y) for y in range(int(plot.top()) - 3, int(plot.top()) + 4)]
    assert colour in band
    low = [image.pixelColor(x, y) for y in range(int(plot.bottom()) - 3, int(plot.bottom()))]
    assert colour not in low


def test_the_totals_are_said_in_words(chart):
    chart.set_stats(month(d3=(12, 1, 700), d20=(400, 2, 588), d25=(0, 0, None)))
    text = "412 sent, 3 failed in 30 days; credit now 588"
    assert chart.summary() == text
    assert chart.accessibleDescription() == text
    assert chart.toolTip() == text
    assert chart.accessibleName() == "Messages sent per day and credit, last 30 days"
    chart.set_stats(month(d3=(4, 0, None)))
    assert chart.summary() == "4 sent, 0 failed in 30 days"  # no credit known


def test_nothing_sent_says_so_instead_of_a_chart(chart):
    chart.set_stats(month(d20=(40, 0, 10)))
    assert not chart.is_empty()
    chart.set_stats(month())
    assert chart.is_empty()
    text = "No messages sent in the last 30 days."
    assert chart.summary() == text
    assert chart.accessibleDescription() == text
    image = picture(chart)
    sent = chart.sent_colour()
    assert not any(
        image.pixelColor(x, y) == sent for x in range(0, 600, 3) for y in range(0, 150, 3)
    )
    assert HistoryChart().summary() == text  # before any data


def test_modest_fixed_height_expanding_width(chart):
    assert chart.sizeHint().height() == 150
    assert chart.minimumSizeHint().height() == 110
    policy = chart.sizePolicy()
    assert policy.horizontalPolicy() == QSizePolicy.Policy.Expanding
    assert policy.verticalPolicy() == QSizePolicy.Policy.Fixed
