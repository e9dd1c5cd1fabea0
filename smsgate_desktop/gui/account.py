"""The account panel (profile choice, balance, status, test) and the profile editor dialog."""

from __future__ import annotations

import time
import zoneinfo
from typing import Final

import phonenumbers
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..profiles import DEFAULT_THRESHOLD, Profile
from ..protocol import Interface
from ..protocol.connection import MAX_WINDOW
from ..store import store_location
from .i18n import display_name, translate_text
from .profile_test import ProfileTest

# The gateway's two interfaces, by the names the spec gives them, explained in the user's
# language (shown through self.tr in the profile dialog).
INTERFACES: Final = (
    (QT_TRANSLATE_NOOP("ProfileDialog", "Packets (recommended)"), Interface.PACKET.value),
    (
        QT_TRANSLATE_NOOP("ProfileDialog", "Full Ascii (one line per message)"),
        Interface.ASCII.value,
    ),
)
COMMON_ZONES: Final = ("Europe/Rome", "Europe/London", "Europe/Berlin", "UTC")
# The account statuses the gateway reports (SmsQuery=Status), shown translated.
STATUS_WORDS: Final = (
    QT_TRANSLATE_NOOP("AccountPanel", "Active"),
    QT_TRANSLATE_NOOP("AccountPanel", "Inactive"),
    QT_TRANSLATE_NOOP("AccountPanel", "Expired"),
    QT_TRANSLATE_NOOP("AccountPanel", "Blocked"),
    QT_TRANSLATE_NOOP("AccountPanel", "Standby"),
)


class AccountPanel(QWidget):
    """The account strip: which profile is used, and what the gateway last said about it."""

    profile_chosen = Signal(str)
    add_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    test_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Account"))
        self._threshold = DEFAULT_THRESHOLD
        self._demo = False
        self.credit: int | None = None
        self.profile_combo = QComboBox()
        self.profile_combo.setMinimumContentsLength(16)
        self.profile_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_button = QPushButton(self.tr("Add account…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Ask the gateway for the balance and the account status")
        )
        self.balance_label = QLabel(self.tr("Credit: —"))
        self.status_label = QLabel(self.tr("Status: —"))
        self.checked_label = QLabel(self.tr("not checked yet"))
        self.checked_label.setStyleSheet("color: palette(mid);")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.low_credit_label = QLabel()
        self.low_credit_label.setWordWrap(True)
        self.low_credit_label.setStyleSheet("color: #a04000; font-weight: bold;")
        self.low_credit_label.setVisible(False)

        # One compact row (the tabs own the window): the account, what the gateway last said
        # of it, and its actions; a message or a low-credit warning shows below when there is one.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        account_label = QLabel(self.tr("Acco&unt:"))
        account_label.setBuddy(self.profile_combo)
        row.addWidget(account_label)
        row.addWidget(self.profile_combo, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addSpacing(12)
        for label in (self.balance_label, self.status_label, self.checked_label):
            row.addWidget(label)
            row.addSpacing(8)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.low_credit_label)
        layout.addWidget(self.message_label)

        self.profile_combo.activated.connect(
            lambda _: self.profile_chosen.emit(self.profile_combo.currentData())
        )
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.test_button.clicked.connect(self.test_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)

    def set_profiles(self, profiles: list[Profile], current: Profile) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in profiles:
            self.profile_combo.addItem(display_name(profile), profile.name)
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(current.name))
        self.profile_combo.blockSignals(False)
        self._demo = current.demo
        self.edit_button.setEnabled(not current.demo)
        self.delete_button.setEnabled(not current.demo)
        self._threshold = current.low_credit_threshold
        self.credit = None
        self.balance_label.setText(self.tr("Credit: —"))
        self.status_label.setText(self.tr("Status: —"))
        self.checked_label.setText(self.tr("not checked yet"))
        self.show_message("")
        self.low_credit_label.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        """While a send runs the profile cannot change (its worker is busy)."""
        for widget in (self.profile_combo, self.add_button):
            widget.setEnabled(not busy)
        for widget in (self.edit_button, self.delete_button):  # the demo is neither
            widget.setEnabled(not busy and not self._demo)

    @Slot(int)
    def show_balance(self, credit: int) -> None:
        self.credit = credit
        self.balance_label.setText(self.tr("Credit: {credit}").format(credit=credit))
        self._checked_now()
        low = credit < self._threshold
        self.low_credit_label.setVisible(low)
        if low:
            self.low_credit_label.setText(
                self.tr(
                    "Low credit: only {credit} left (warning below {threshold}). "
                    "Top up the account before a large send."
                ).format(credit=credit, threshold=self._threshold)
            )

    @Slot(str)
    def show_status(self, status: str) -> None:
        word = self.tr(status) if status in STATUS_WORDS else status
        self.status_label.setText(self.tr("Status: {status}").format(status=word))
        self._checked_now()

    @Slot(str)
    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b41414;" if error else "color: #146e28;")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _checked_now(self) -> None:
        self.checked_label.setText(
            self.tr("checked at {time}").format(time=time.strftime("%H:%M:%S"))
        )


class ProfileDialog(QDialog):
    """Add or edit a profile. The password goes to the keyring (by the caller), never to the
    profile; leaving it empty when editing keeps the stored one."""

    def __init__(
        self,
        profile: Profile | None = None,
        *,
        has_password: bool = False,
        keyring_ok: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit account") if profile else self.tr("Add account"))
        self.original = profile
        self.name_edit = QLineEdit()
        self.account_edit = QLineEdit()
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        if has_password:
            self.password_edit.setPlaceholderText(
                self.tr("(stored; leave empty to keep it)")
                if keyring_ok
                else self.tr("(remembered until you quit; leave empty to keep it)")
            )
        self.primary_edit = QLineEdit(
            placeholderText=self.tr("host:port, e.g. tcp.smsitaly.com:27")
        )
        self.backup_edit = QLineEdit(
            placeholderText=self.tr("optional, e.g. backup.smsitaly.com:27")
        )
        self.interface_combo = QComboBox()
        for label, value in INTERFACES:
            self.interface_combo.addItem(self.tr(label), value)
        self.region_combo = QComboBox()
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            code = phonenumbers.country_code_for_region(region)
            self.region_combo.addItem(f"{region} (+{code})", region)
        self.zone_combo = QComboBox(editable=True)
        self.zone_combo.addItems(list(COMMON_ZONES) + sorted(zoneinfo.available_timezones()))
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(0, 10_000_000)
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, MAX_WINDOW)
        self.window_spin.setToolTip(
            self.tr(
                "Messages sent before their replies are read (Packets interface only). "
                "1 is one request, one reply, as the gateway's manual shows. A larger window "
                "makes big broadcasts over slow links much faster; if the line drops, every "
                "message in flight is reported unknown."
            )
        )
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b41414;")
        keyring_note = QLabel(
            self.tr("The password is kept in the system keyring.")
            if keyring_ok
            else self.tr(
                "No system keyring is available: the password is kept in memory only and "
                "asked again at the next start."
            )
        )
        keyring_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Profile &name"), self.name_edit)
        form.addRow(self.tr("&Account"), self.account_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow("", keyring_note)
        form.addRow(self.tr("P&rimary host"), self.primary_edit)
        form.addRow(self.tr("&Backup host"), self.backup_edit)
        form.addRow(self.tr("&Interface"), self.interface_combo)
        form.addRow(self.tr("Send &window"), self.window_spin)
        form.addRow(self.tr("Default &country"), self.region_combo)
        form.addRow(self.tr("Gateway &time zone"), self.zone_combo)
        form.addRow(self.tr("&Low-credit warning at"), self.threshold_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Try the values before saving them (a new account only: an existing one is tested
        # from the window, on its own connection — the gateway allows one per account).
        self.test_button = self.buttons.addButton(
            self.tr("T&est connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setVisible(profile is None)
        self.test_label = QLabel()
        self.test_label.setWordWrap(True)
        self.tester = ProfileTest(self)
        self.test_button.clicked.connect(self.test_connection)
        self.tester.finished.connect(self._tested)
        self.finished.connect(self.tester.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.test_label)
        layout.addWidget(self.buttons)

        self._fill(profile or Profile("", "", "tcp.smsitaly.com:27", "backup.smsitaly.com:27"))
        self._needs_password = not has_password
        for edit in (self.name_edit, self.account_edit, self.password_edit, self.primary_edit):
            edit.textChanged.connect(self._check)
        self.backup_edit.textChanged.connect(self._check)
        self.zone_combo.currentTextChanged.connect(self._check)
        self.interface_combo.currentIndexChanged.connect(self._interface_changed)
        self._check()

    @Slot()
    def _interface_changed(self) -> None:
        """Full Ascii sends one field per line and waits for each: no pipelining there."""
        self.window_spin.setEnabled(self.interface_combo.currentData() == "packet")

    def _fill(self, profile: Profile) -> None:
        self.name_edit.setText(profile.name)
        self.account_edit.setText(profile.account)
        self.primary_edit.setText(profile.primary)
        self.backup_edit.setText(profile.backup)
        self.interface_combo.setCurrentIndex(self.interface_combo.findData(profile.interface))
        self.region_combo.setCurrentIndex(self.region_combo.findData(profile.default_region))
        self.zone_combo.setCurrentText(profile.gateway_timezone)
        self.threshold_spin.setValue(profile.low_credit_threshold)
        self.window_spin.setValue(profile.send_window)
        self._interface_changed()

    def profile(self) -> Profile:
        return Profile(
            name=self.name_edit.text().strip(),
            account=self.account_edit.text().strip(),
            primary=self.primary_edit.text().strip(),
            backup=self.backup_edit.text().strip(),
            interface=self.interface_combo.currentData(),
            default_region=self.region_combo.currentData(),
            gateway_timezone=self.zone_combo.currentText().strip(),
            low_credit_threshold=self.threshold_spin.value(),
            send_window=self.window_spin.value(),
        )

    def password(self) -> str:
        """The new password, "" to keep the stored one."""
        return self.password_edit.text()

    @Slot()
    def test_connection(self) -> None:
        """Log in with what is typed now; the answer shows under the form."""
        if self.profile().problems() or not self.password():
            self._tested(False, self.tr("Fill in the account, its password and the host first."))
            return
        self.test_label.setStyleSheet("")
        self.test_label.setText(self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        # The store the user chose: on an office database the test waits for nobody but
        # says who holds an account another desktop is using.
        self.tester.start(self.profile(), self.password(), store_location())

    @Slot(bool, str)
    def _tested(self, ok: bool, sentence: str) -> None:
        self.test_button.setEnabled(True)
        self.test_label.setStyleSheet("color: #146e28;" if ok else "color: #b41414;")
        self.test_label.setText(sentence)

    @Slot()
    def _check(self) -> None:
        problems = [translate_text(problem) for problem in self.profile().problems()]
        if self._needs_password and not self.password():
            problems.append(self.tr("Enter the account's password."))
        self.problem_label.setText(" ".join(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
