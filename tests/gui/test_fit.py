"""The window fits an office laptop: on a fresh profile, at 1366x768 and 1280x720, in English
and Italian, every button and input of every tab is wholly visible, without scrolling or
eliding, and no horizontal scroll bar shows.

The window is given the screen's size minus a desktop panel and a title bar (what a window
maximised on such a screen gets). Offscreen there is no window manager, so that is set by
hand; the first-window sizing itself is tested on its own below.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from smsgate_desktop.gui import layout
from smsgate_desktop.gui.demo import DemoGateway

PANEL_AND_TITLE = 62  # px: a 32 px desktop panel and a 30 px title bar
SCREENS = [QSize(1366, 768), QSize(1280, 720)]
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
MIN_TEXT_BOX = 40  # px: a multi-line box shorter than this is not usable


def _problems(window, tab_name: str) -> list[str]:
    found = []
    frame = QRect(QPoint(0, 0), window.size())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QTabBar):
            continue
        if isinstance(widget, QScrollBar):
            area = _page_of(widget)
            if area is not None and widget.orientation().name == "Horizontal" and _scrolls(widget):
                found.append(f"{tab_name}: the page {_name(area)} scrolls sideways")
            continue
        if not isinstance(widget, CONTROLS) or _inside_a_view(widget):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not frame.contains(rect):
            found.append(f"{tab_name}: {_name(widget)} at {rect.getRect()} is outside {frame}")
            continue
        clip = widget.visibleRegion().boundingRect()
        if clip.size() != widget.size():
            found.append(f"{tab_name}: {_name(widget)} is cut to {clip.size()} of {widget.size()}")
        if isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
            if widget.width() < needed - 2:
                found.append(f"{tab_name}: {_name(widget)} is {widget.width()} < {needed} px")
        if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.height() < MIN_TEXT_BOX:
            found.append(f"{tab_name}: {_name(widget)} is only {widget.height()} px high")
    return found


def _page_of(bar: QScrollBar) -> QScrollArea | None:
    """The scroll area holding a page of widgets that `bar` scrolls (a table, a list or the
    log scrolling sideways over long content is their normal way)."""
    parent = bar.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent if isinstance(parent, QScrollArea) else None


def _scrolls(bar: QScrollBar) -> bool:
    return bar.maximum() > bar.minimum()


def _inside_a_view(widget: QWidget) -> bool:
    """An editor or a button inside a table or list (it scrolls with its view on purpose)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return not isinstance(widget.parentWidget(), QAbstractScrollArea)
        parent = parent.parentWidget()
    return False


def _name(widget) -> str:
    if widget is None:
        return "?"
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    label = text if isinstance(text, str) and text else widget.objectName()
    return f"{type(widget).__name__}({label or widget.accessibleName()!s})"


@pytest.mark.parametrize("code", ["en", "it"])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_control_of_every_tab_is_visible(language, make_window, qtbot, code, screen):
    language(code)
    window = make_window(demo=DemoGateway())
    size = QSize(screen.width(), screen.height() - PANEL_AND_TITLE)
    window.resize(size)
    qtbot.waitUntil(lambda: window.account_panel.credit is not None)
    assert window.size() == size, f"the window's minimum size is {window.minimumSizeHint()}"
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: window.tabs.currentWidget().isVisible())
        problems += _problems(window, window.tabs.tabText(index))
    assert problems == []


def test_the_log_dock_takes_at_most_a_third_of_a_fresh_window(make_window):
    window = make_window(demo=DemoGateway())
    assert window.log_dock.isVisible()
    assert 60 <= window.log_dock.height() <= window.height() / 3


def test_a_first_window_fits_the_screen(make_window, monkeypatch):
    """A fresh window asks for 1280x800; on a smaller screen it gets the available area."""
    monkeypatch.setattr(layout, "FIRST_SIZE", QSize(4000, 3000))
    window = make_window(demo=DemoGateway())
    area = window.screen().availableGeometry()  # offscreen: 800x800
    smallest = window.minimumSizeHint()  # wider than 800: the account strip's one row
    assert window.frameGeometry().height() <= area.height()
    assert window.width() <= max(area.width(), smallest.width())
    assert window.frameGeometry().topLeft() == area.topLeft()
    assert window.size().width() < 4000


INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


@pytest.mark.parametrize("code", ["en", "it"])
def test_every_input_is_named_and_mnemonics_do_not_clash(language, make_window, qtbot, code):
    """Each visible input has a label pointing at it (its Alt+letter focuses it) or an
    accessible name for screen readers; on each tab no two visible labels, buttons or menus
    share an Alt+letter."""
    language(code)
    window = make_window(demo=DemoGateway())
    problems = []
    menus = [action.text() for action in window.menuBar().actions()]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.tabText(index)
        visible = [w for w in window.findChildren(QWidget) if w.isVisible()]
        buddies = {label.buddy() for label in visible if isinstance(label, QLabel)}
        for widget in visible:
            if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
                continue
            if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                continue  # the line edit inside a combo or spin box
            if widget not in buddies and not widget.accessibleName():
                problems.append(f"{tab}: {_name(widget)} has neither a label nor a name")
        texts = menus + [
            w.text() for w in visible if isinstance(w, QLabel | QAbstractButton) and w.text()
        ]
        keys = [_mnemonic(text) for text in texts]
        clashes = {key for key in keys if key and keys.count(key) > 1}
        if clashes:
            problems.append(f"{tab}: Alt+{sorted(clashes)} used twice in {texts}")
    assert problems == []


def _mnemonic(text: str) -> str:
    """The letter after a single '&' ('' when none)."""
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else ""
