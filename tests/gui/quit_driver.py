"""Run the real app (gui.app.main) in a process of its own, send one message, keep running.

    python tests/gui/quit_driver.py

For test_close.py: the profiles and data folder come from the environment (SMSGATE_DATA_DIR,
HOME), the password from an in-memory keyring (never the real one), the reply timeout is
60 s. Once the message is written, the test sends SIGTERM and reads the exit code.
"""

from __future__ import annotations

import functools
import sys

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from smsgate_desktop import profiles
from smsgate_desktop.gui import app, main_window


class TestKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return "pw"

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


def send_one() -> None:
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow)]
    panel = window.compose
    panel.recipients_edit.setPlainText("+39 333 1234567")
    panel.sender_edit.setText("ACME")
    panel.text_edit.setPlainText("Anyone there?")
    panel.send()


def main() -> int:
    keyring.set_keyring(TestKeyring())
    profiles.SessionConfig = functools.partial(profiles.SessionConfig, reply_timeout=60)
    qapp = QApplication(sys.argv[:1])
    QTimer.singleShot(300, send_one)
    code = app.main([])
    del qapp
    return code


if __name__ == "__main__":
    sys.exit(main())
