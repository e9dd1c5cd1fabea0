"""The demo-mode banner across the top of the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .demo import BANNER


class DemoBanner(QWidget):
    """ "Demo mode — no messages leave this computer", and a button to add a real account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        # A QWidget subclass paints its style-sheet background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#demoBanner { background: #fff3c4; border-bottom: 1px solid #e0c060; }")
        self.label = QLabel(QCoreApplication.translate("MainWindow", BANNER))
        self.label.setStyleSheet("font-weight: bold;")
        self.button = QPushButton(self.tr("Add account…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
