"""The demo banner is painted in its colour (a QWidget subclass draws a style-sheet background
only when asked to: moving the banner into its own class once lost its yellow)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smsgate_desktop.gui.banner import DemoBanner


def test_the_demo_banner_has_its_background(qtbot):
    window = QWidget()  # as in the main window: drawn as part of its parent
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(DemoBanner())
    window.resize(400, 40)
    window.show()
    image = window.grab().toImage()
    assert QColor(image.pixel(2, 2)) == QColor("#fff3c4")
