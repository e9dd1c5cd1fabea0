"""The broadcast panel's form: groups, numbers, sender, text (or template), type, schedule,
throttle, the Forecast and Send buttons and the forecast's words. Widgets only: the panel
reads it into a Draft (usecases.drafts) and plans with usecases.broadcast_plan."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..usecases.broadcast_plan import is_template
from ..usecases.drafts import SMS_TYPES, Draft, text_controls, without_controls
from .compose import fix_text_label, replace_text
from .layout import buddy_label, time_field


class BroadcastForm(QGroupBox):
    """A new broadcast, as the person fills it in.

    Signals:
        forecast_requested(): the Forecast button was clicked.
        send_requested(): the Send broadcast button was clicked.
    """

    forecast_requested = Signal()
    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New broadcast"))
        self.groups_list = QListWidget()
        self.numbers_edit = QPlainTextEdit()
        self.numbers_edit.setPlaceholderText(
            self.tr("Paste numbers: one per line, or comma-separated")
        )
        self.sender_edit = QLineEdit()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("The message text"))
        self.fix_text_button = QPushButton()  # line breaks, a pasted NUL: fixed in one click
        self.fix_text_button.setVisible(False)
        self.type_combo = QComboBox()
        for label, sms_type in SMS_TYPES[:4]:  # the text types; binary ones need compose
            self.type_combo.addItem(QCoreApplication.translate("ComposePanel", label), sms_type)
        self.schedule_check = QCheckBox(self.tr("Sen&d at"))
        self.schedule_edit = time_field()
        self.schedule_edit.setAccessibleName(self.tr("Send time"))
        self.schedule_edit.setEnabled(False)
        self.throttle_spin = QDoubleSpinBox()
        self.throttle_spin.setRange(0, 1000)
        self.throttle_spin.setDecimals(1)
        self.throttle_spin.setSuffix(self.tr(" msg/s"))
        self.throttle_spin.setSpecialValueText(self.tr("as fast as possible"))
        self.forecast_button = QPushButton(self.tr("Fore&cast"))
        self.send_button = QPushButton(self.tr("Send broadcast…"))
        self.forecast_label = QLabel()
        self.forecast_label.setWordWrap(True)

        # Two columns, so that a 1366x768 laptop shows the whole form with the log docked:
        # who it goes to on the left, what is sent and when on the right.
        who = QFormLayout()
        who.addRow(buddy_label(self.tr("&Groups"), self.groups_list), self.groups_list)
        who.addRow(buddy_label(self.tr("&Numbers"), self.numbers_edit), self.numbers_edit)
        what = QFormLayout()
        what.addRow(buddy_label(self.tr("S&ender"), self.sender_edit), self.sender_edit)
        what.addRow(buddy_label(self.tr("&Text"), self.text_edit), self.text_edit)
        what.addRow("", self.fix_text_button)
        what.addRow(buddy_label(self.tr("T&ype"), self.type_combo), self.type_combo)
        schedule = QHBoxLayout()
        schedule.addWidget(self.schedule_check)
        schedule.addWidget(self.schedule_edit, 1)
        what.addRow(self.tr("Schedule"), schedule)
        what.addRow(buddy_label(self.tr("Thr&ottle"), self.throttle_spin), self.throttle_spin)
        columns = QHBoxLayout()
        columns.addLayout(who, 2)
        columns.addLayout(what, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forecast_label, 1)
        buttons.addWidget(self.forecast_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.schedule_check.toggled.connect(self.schedule_edit.setEnabled)
        self.text_edit.textChanged.connect(self._text_changed)
        self.fix_text_button.clicked.connect(self.fix_text)
        self.forecast_button.clicked.connect(self.forecast_requested)
        self.send_button.clicked.connect(self.send_requested)

    # ---- groups -----------------------------------------------------------------------------

    def set_groups(self, groups: Iterable[tuple[str, int]]) -> None:
        """The groups (name, members) to choose from; the checked ones stay checked."""
        checked = set(self.checked_groups())
        self.groups_list.clear()
        for name, members in groups:
            item = QListWidgetItem(f"{name} ({members})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.groups_list.addItem(item)

    def checked_groups(self) -> list[str]:
        items = (self.groups_list.item(row) for row in range(self.groups_list.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_group_checked(self, name: str, checked: bool = True) -> None:
        for row in range(self.groups_list.count()):
            item = self.groups_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ---- the text ---------------------------------------------------------------------------

    def draft(self, recipients: str) -> Draft:
        """The form as a Draft, to `recipients` (the groups' members and the pasted numbers)."""
        schedule = None
        if self.schedule_check.isChecked():
            schedule = self.schedule_edit.dateTime().toPython().astimezone()
        return Draft(
            recipients=recipients,
            sender=self.sender_edit.text().strip(),
            text=self.text_edit.toPlainText(),
            sms_type=self.type_combo.currentData(),
            schedule=schedule,
        )

    def template(self) -> str | None:
        """The text when it is a template (it has a brace), else None."""
        text = self.text_edit.toPlainText()
        return text if is_template(text) else None

    @Slot()
    def _text_changed(self) -> None:
        controls = text_controls(self.text_edit.toPlainText())
        self.fix_text_button.setVisible(bool(controls))
        if controls:
            self.fix_text_button.setText(fix_text_label(controls))

    @Slot()
    def fix_text(self) -> None:
        """Line breaks and tabs to spaces, other control characters out (Ctrl+Z undoes)."""
        replace_text(self.text_edit, without_controls(self.text_edit.toPlainText()))
