"""Small layout helpers of the main window, and where its geometry is remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from .settings import load_bytes, open_settings


def titled(title: str, widget: QWidget) -> QWidget:
    """`widget` under a bold title."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(widget, 1)
    return box


def scrolling(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area that resizes it (it scrolls, never clips)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def restore_geometry(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    """The window's size and place and its splitters as the person left them."""
    settings = open_settings()
    geometry = load_bytes(settings, "window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1280, 800)
    for key, splitter in splitters.items():
        state = load_bytes(settings, key)
        if state is not None:
            splitter.restoreState(state)


def save_geometry(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings = open_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    for key, splitter in splitters.items():
        settings.setValue(key, splitter.saveState())
    settings.sync()
