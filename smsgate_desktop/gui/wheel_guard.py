"""The mouse wheel scrolls the page; it never changes a value by accident.

Qt's combo boxes, spin boxes, date/time edits and sliders take the wheel whenever the pointer
is over them: scrolling down a long form changes the message type or the validity that happens
to pass under the pointer, and nobody notices. One guard per application changes that for
every such widget, in every window and dialog:

- over one that does not have the focus, the wheel goes to its parents as if the widget were
  not there (so the enclosing scroll area scrolls); clicked or tabbed into, it behaves as ever;
- their focus policy becomes StrongFocus instead of WheelFocus (a wheel turn does not focus
  them either).

The filter sits on each top-level QWindow, not on the QApplication: a window sees a wheel turn
before Qt picks the widget under the pointer (and before Qt gives that widget the focus for it)
but few other events, whereas an application filter would be a Python call, and a wait for the
GIL, for every paint and timer event of the window while the worker thread sends
(bench/gui_stall.py). Windows are watched as they come to the front (focusWindowChanged): a
window that was never active is not yet guarded.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Slot
from PySide6.QtGui import QGuiApplication, QWheelEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDial,
    QSlider,
    QWidget,
)

# QAbstractSpinBox covers QSpinBox, QDoubleSpinBox, QDateTimeEdit, QDateEdit and QTimeEdit.
# Not QAbstractSlider: a QScrollBar is one, and scrolling is what the wheel is for.
GUARDED: Final = (QComboBox, QAbstractSpinBox, QSlider, QDial)
_NAME: Final = "smsgate_wheel_guard"  # the guard's objectName, to find it again


class WheelGuard(QObject):
    """Install with install_wheel_guard(), not directly."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_NAME)
        app.focusWindowChanged.connect(self.watch_windows)

    @Slot()
    def watch_windows(self) -> None:
        """Filter every top-level window (again is harmless: Qt keeps one copy of a filter)
        and calm the value widgets in them."""
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            for kind in GUARDED:
                for child in widget.findChildren(kind):
                    no_wheel_focus(child)
            if isinstance(widget, GUARDED):
                no_wheel_focus(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QWheelEvent)
        # While a popup (a combo box's list) is open, Qt gives it every wheel event. A window
        # behind a modal dialog is never sent one.
        root = window_widget(watched)
        if root is None or QApplication.activePopupWidget() is not None:
            return False
        position = event.position()
        guarded = guarded_at(root, root.childAt(position.toPoint()))
        if guarded is None or guarded.hasFocus():
            return False
        no_wheel_focus(guarded)
        inside = QPointF(guarded.mapFrom(root, position))
        event.setAccepted(pass_to_parents(guarded, inside, event))
        return True  # the widget itself never sees it


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard:
    """The guard of `app` (default: the running QApplication), made on the first call; each
    call also watches the windows open at that moment."""
    app = app or QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    guard = app.findChild(WheelGuard, _NAME)
    if guard is None:
        guard = WheelGuard(app)
    guard.watch_windows()
    return guard


def no_wheel_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def window_widget(window: QWindow) -> QWidget | None:
    """The top-level widget that `window` shows."""
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() == window:
            return widget
    return None


def guarded_at(root: QWidget, widget: QWidget | None) -> QWidget | None:
    """The value widget `widget` is, or is part of (a spin box's line edit), if any."""
    while widget is not None and widget is not root:
        if isinstance(widget, GUARDED):
            return widget
        widget = widget.parentWidget()
    return root if isinstance(root, GUARDED) else None


def pass_to_parents(widget: QWidget, position: QPointF, event: QWheelEvent) -> bool:
    """Offer `event` (at `position` in widget) to widget's parents, nearest first, as Qt
    propagates a wheel event a widget ignores (up to the window, or a widget that stops mouse
    propagation); True once one of them takes it."""
    child = widget
    while not (child.isWindow() or child.testAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)):
        parent = child.parentWidget()
        if parent is None:
            break
        position = child.mapToParent(position)
        copy = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
            event.pointingDevice(),
        )
        copy.ignore()  # as Qt does: a widget that wants it accepts it
        if QCoreApplication.sendEvent(parent, copy) and copy.isAccepted():
            return True
        child = parent
    return False
