"""The window's status bar: the connection state and the credit, worded in the user's language.

The worker reports its state as data (worker.ConnectionState); the words are chosen here, by
the state's kind, never parsed back from a sentence.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

from .worker import DISCONNECTED, ConnectionState, Link

MESSAGE_MS: Final = 10_000  # how long a passing message stays in the status bar


class StatusLine(QObject):
    """The permanent fields of a QStatusBar (connection state, credit) and its messages."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.state_label = QLabel()
        self.credit_label = QLabel()
        bar.addPermanentWidget(self.state_label)
        bar.addPermanentWidget(self.credit_label)
        self.show_state(DISCONNECTED)
        self.show_credit(None)

    def state_text(self, state: ConnectionState) -> str:
        """`state` in the user's language."""
        if state.link is Link.CONNECTED:
            return self.tr("Logged in as {account} on {server}").format(
                account=state.account, server=state.endpoint
            )
        if state.link is Link.CONNECTING:
            return self.tr("Connecting")
        if state.link is Link.QUEUED:  # its detail says who holds the account (translated)
            return state.detail
        return self.tr("Disconnected")

    @Slot(object)
    def show_state(self, state: ConnectionState) -> None:
        self.state_label.setText(self.state_text(state))

    def show_credit(self, credit: int | None) -> None:
        """The credit left (None: not known yet)."""
        text = self.tr("Credit: —") if credit is None else self.tr("Credit: {credit}")
        self.credit_label.setText(text.format(credit=credit))

    def show_message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        self.bar.showMessage(text, timeout_ms)
