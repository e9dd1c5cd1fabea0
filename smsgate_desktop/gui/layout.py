"""Small layout helpers of the main window, and where its geometry is remembered."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDockWidget,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .settings import load_bytes, open_settings


def titled(title: str, widget: QWidget) -> QWidget:
    """`widget` under a bold title."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(widget, 1)
    return box


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label naming `buddy` for assistive technology, whose mnemonic (Alt+letter) focuses
    it."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def time_field() -> QDateTimeEdit:
    """A send time, an hour from now, in the locale's short date and time format: the same
    format as every time the window shows (broadcast_models.shown_time)."""
    field = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
    field.setCalendarPopup(True)
    field.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    return field


def scrolling(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area that resizes it (it scrolls, never clips)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


FIRST_SIZE: Final = QSize(1280, 800)  # a fresh window's size where the screen has room
WIDE_SCREEN: Final = 1440  # px: narrower than this, a fresh window takes the whole width
LOG_SHARE: Final = 0.22  # of the window's height: the protocol log dock at first


def restore_geometry(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    """The window's size, place, docks and splitters as the person left them; a first window
    (or one saved on a bigger screen) fits the screen's available area."""
    settings = open_settings()
    geometry = load_bytes(settings, "window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(first_size(window))
    fit_to_screen(window)
    state = load_bytes(settings, "window/state")
    if state is None or not window.restoreState(state):
        for dock in window.findChildren(QDockWidget):
            window.resizeDocks([dock], [int(window.height() * LOG_SHARE)], Qt.Orientation.Vertical)
    for key, splitter in splitters.items():
        state = load_bytes(settings, key)
        if state is not None:
            splitter.restoreState(state)


def first_size(window: QMainWindow) -> QSize:
    """FIRST_SIZE, or the whole width of a screen narrower than WIDE_SCREEN (a 1366 px
    laptop gives the tabs every pixel); fit_to_screen() then takes off the frame."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return FIRST_SIZE
    area = screen.availableGeometry()
    width = area.width() if area.width() < WIDE_SCREEN else FIRST_SIZE.width()
    return QSize(width, FIRST_SIZE.height())


def fit_to_screen(window: QMainWindow) -> None:
    """Shrink (and move) the window so that all of it, frame included, is on its screen's
    available area: a laptop's 1366x768 minus the panel, not the 1280x800 asked for."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    # Right and bottom edges on the screen, then the left and top (which win when even the
    # smallest window is bigger than the screen: its title bar and menus stay reachable).
    x = max(min(frame.x(), area.right() + 1 - frame.width()), area.left())
    y = max(min(frame.y(), area.bottom() + 1 - frame.height()), area.top())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def save_geometry(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings = open_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for key, splitter in splitters.items():
        settings.setValue(key, splitter.saveState())
    settings.sync()
