"""The mouse wheel over an unfocused combo box or spin box scrolls the page, never the value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QWidget,
)

from smsgate_desktop.gui.wheel_guard import install_wheel_guard

NOTCH = 120  # one click of a mouse wheel, in eighths of a degree


class Page:
    """A scroll area over a form far taller than itself; a combo and a spin box in the middle
    of the form, in sight, with room to scroll either way."""

    def __init__(self, qtbot) -> None:
        self.area = QScrollArea()
        form = QWidget()
        layout = QFormLayout(form)
        for row in range(30):
            layout.addRow(f"Field {row}", QLineEdit())
        self.combo = QComboBox()
        self.combo.addItems([f"Type {n}" for n in range(10)])
        self.combo.setCurrentIndex(5)
        self.spin = QSpinBox()
        self.spin.setRange(0, 100)
        self.spin.setValue(50)
        self.other = QLineEdit()  # somewhere for the focus to be
        layout.addRow("Type", self.combo)
        layout.addRow("Validity", self.spin)
        layout.addRow("Reference", self.other)
        for row in range(30, 60):
            layout.addRow(f"Field {row}", QLineEdit())
        self.area.setWidget(form)
        self.area.resize(300, 200)
        qtbot.addWidget(self.area)
        self.area.show()
        qtbot.waitExposed(self.area)
        self.bar = self.area.verticalScrollBar()
        self.bar.setValue(self.combo.y() - 20)
        assert 0 < self.bar.value() < self.bar.maximum()

    def focus(self, qtbot, widget: QWidget) -> None:
        self.area.activateWindow()
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(widget.hasFocus)


def wheel(widget: QWidget, notches: int = -1, at: QPoint | None = None) -> QWheelEvent:
    """A wheel turn (down for negative notches) over `widget` (its middle unless `at`), given
    to its window as the system gives it: Qt then finds the widget under the pointer."""
    window = widget.window()
    inside = QPointF(widget.mapTo(window, widget.rect().center() if at is None else at))
    event = QWheelEvent(
        inside,
        QPointF(window.mapToGlobal(inside)),
        QPoint(),
        QPoint(0, notches * NOTCH),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(window.windowHandle(), event)
    return event


@pytest.fixture
def page(qtbot, qapp) -> Page:
    install_wheel_guard(qapp)  # before the window: it is guarded once it comes to the front
    return Page(qtbot)


def test_the_wheel_over_an_unfocused_combo_scrolls_the_page_not_the_combo(page, qtbot):
    page.focus(qtbot, page.other)
    before = page.bar.value()
    event = wheel(page.combo)
    assert page.combo.currentIndex() == 5
    assert page.bar.value() > before  # scrolled down
    assert event.isAccepted()


def test_the_wheel_over_an_unfocused_spin_box_scrolls_the_page_not_the_value(page, qtbot):
    page.focus(qtbot, page.other)
    # Its middle is its line edit: the guard looks past the child to the spin box.
    middle = page.spin.mapTo(page.area.widget(), page.spin.rect().center())
    assert page.area.widget().childAt(middle) is page.spin.lineEdit()
    before = page.bar.value()
    wheel(page.spin, notches=+1)
    assert page.spin.value() == 50
    assert page.bar.value() < before  # scrolled up


def test_a_focused_combo_and_spin_box_still_take_the_wheel(page, qtbot):
    page.focus(qtbot, page.combo)
    before = page.bar.value()
    wheel(page.combo)
    assert page.combo.currentIndex() == 6
    page.focus(qtbot, page.spin)
    # Over its arrows: over the digits, Qt would give a system event to the spin box's line
    # edit and then to the spin box; one sent by a test stops at the line edit.
    arrows = QPoint(page.spin.width() - 4, page.spin.height() // 2)
    assert page.spin.childAt(arrows) is None
    wheel(page.spin, notches=+1, at=arrows)
    assert page.spin.value() == 51
    assert page.bar.value() == before  # the page stayed put


def test_value_widgets_no_longer_take_the_focus_from_the_wheel(page, qtbot, qapp):
    date, slider = QDateEdit(), QSlider()
    form = page.area.widget()
    form.layout().addRow("Date", date)
    form.layout().addRow("Level", slider)
    assert date.focusPolicy() == Qt.FocusPolicy.WheelFocus  # Qt's own choice
    install_wheel_guard(qapp)  # again: the same guard, and the windows looked over again
    for widget in (page.combo, page.spin, date, slider):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus, widget
    assert install_wheel_guard(qapp) is install_wheel_guard(qapp)


def test_the_main_window_is_guarded_without_app_main(demo_window, qtbot):
    """Tests and benches build MainWindow directly: it installs the guard itself."""
    qtbot.waitUntil(lambda: QApplication.focusWindow() is demo_window.windowHandle())
    combos = [
        combo
        for combo in demo_window.findChildren(QComboBox)
        if combo.isVisible() and combo.currentIndex() < combo.count() - 1
    ]
    assert combos
    demo_window.compose.text_edit.setFocus()
    for combo in combos:
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
        index = combo.currentIndex()
        wheel(combo)
        assert combo.currentIndex() == index, combo
