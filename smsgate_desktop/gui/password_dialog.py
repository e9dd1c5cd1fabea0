"""The dialog that asks for a password again after the gateway refused the one used."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..profiles import Profile


class PasswordDialog(QDialog):
    """Says that the gateway refused the password, takes a new one and whether to keep it in
    the system keyring (checked by default; without a keyring it is kept for this session
    only, and the dialog says so)."""

    def __init__(
        self, profile: Profile, *, keyring_ok: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password refused"))
        self.refused_label = QLabel(
            self.tr("The gateway refused the password for {account} on {server}.").format(
                account=profile.account, server=profile.primary
            )
            + "\n"
            + self.tr("Enter it again (if the account name is wrong, cancel and use Edit…).")
        )
        self.refused_label.setWordWrap(True)
        self.refused_label.setStyleSheet("color: #b41414;")
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember_check.setChecked(keyring_ok)
        self.remember_check.setEnabled(keyring_ok)
        self.keyring_note = QLabel(
            ""
            if keyring_ok
            else self.tr(
                "No system keyring is available: the password is kept for this session only."
            )
        )
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not keyring_ok)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow("", self.remember_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.refused_label)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)
        self.password_edit.textChanged.connect(self._check)
        self._check()

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.remember_check.isChecked()

    @Slot()
    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.password()))
