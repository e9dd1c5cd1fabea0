"""Sending from the Message tab, and what the account's worker reports back.

The window owns one SendFlow, hands it the current worker (`set_handle`) and the worker's
signals (`watch`); the flow numbers each batch, starts and cancels it, and puts what the worker
reports (log lines, results, progress, credit, connection state, errors) on the panels.
Whether a send may start or be cancelled and which events count is decided without Qt by
SendTurn; the words are the panels' and the worker's.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal, Slot

from ..protocol import SmsMessage
from .account import AccountPanel
from .compose import ComposePanel
from .protocol_log import ProtocolLogPanel
from .results import ResultsPanel
from .status_bar import StatusLine
from .worker import ConnectionState, SessionWorker, WorkerHandle, WorkerUpdate


class SendTurn:
    """One send at a time on the current worker, each batch numbered: the decisions SendFlow
    acts on, without Qt."""

    def __init__(self) -> None:
        self.worker: object | None = None  # the current worker; others are retired ones
        self.batch_id = 0
        self.sending = False

    def start(self) -> int | None:
        """The new batch's number, or None: there is no worker, or a batch still runs."""
        if self.worker is None or self.sending:
            return None
        self.batch_id += 1
        self.sending = True
        return self.batch_id

    def can_cancel(self) -> bool:
        return self.worker is not None and self.sending

    def is_current(self, sender: object | None) -> bool:
        """Whether an event comes from the current worker (a retired worker may still report
        the end of its last request)."""
        return self.worker is not None and sender is self.worker

    def shown(self, update: WorkerUpdate, sender: object | None) -> WorkerUpdate:
        """What of `update` goes on screen: the lines always (a retired worker's last lines
        are real exchanges), the rest only from the current worker, progress only while a
        batch runs."""
        if not self.is_current(sender):
            return dataclasses.replace(update, results=[], progress=None, credit=None)
        if not self.sending:
            return dataclasses.replace(update, progress=None)
        return update


class SendFlow(QObject):
    """The Message tab's sends on the account's worker, and the worker's reports on the panels.

    Signals:
        finished: a send batch's results are on screen (batch_id, sent, total, why).
        storage_failed: the journal could not be written (the sentence), from any worker, a
            retired one too: the person must know what was and was not sent.
        password_refused: the current worker's login was refused for its password.
    """

    finished = Signal(int, int, int, str)  # batch_id, sent, total, why it stopped early
    storage_failed = Signal(str)
    password_refused = Signal()

    def __init__(
        self,
        parent: QObject,
        *,
        compose: ComposePanel,
        results: ResultsPanel,
        log_panel: ProtocolLogPanel,
        account_panel: AccountPanel,
        status_line: StatusLine,
    ) -> None:
        super().__init__(parent)
        self.compose, self.results, self.log_panel = compose, results, log_panel
        self.account_panel, self.status_line = account_panel, status_line
        self.turn = SendTurn()
        self.handle: WorkerHandle | None = None

    def set_handle(self, handle: WorkerHandle | None) -> None:
        """Work with `handle`'s worker from now on (None: no worker; a send is over)."""
        self.handle = handle
        self.turn.worker = handle.worker if handle is not None else None
        if handle is None:
            self.set_sending(False)

    def watch(self, worker: SessionWorker) -> None:
        """Take `worker`'s reports; `updated` carries lines, results, progress and credit in
        one event (see worker.py)."""
        worker.updated.connect(self.apply_update)
        worker.batch_finished.connect(self.batch_finished)
        worker.balance_changed.connect(self.show_credit)
        worker.status_changed.connect(self.show_status)
        worker.connection_state.connect(self.show_state)
        worker.connection_tested.connect(self.tested)
        worker.failed.connect(self.failed)
        worker.storage_failed.connect(self.storage_failed)
        worker.password_refused.connect(self._password_refused)

    @property
    def sending(self) -> bool:
        return self.turn.sending

    @Slot(list, list)
    def send(self, messages: list[SmsMessage], recipients: list[str]) -> None:
        if self.handle is None or (batch_id := self.turn.start()) is None:
            return
        self.results.start_batch(batch_id, recipients)
        self.set_sending(True)
        self.handle.send_requested.emit(batch_id, messages)

    @Slot()
    def cancel(self) -> None:
        if self.turn.can_cancel() and self.handle is not None:
            self.handle.cancel()
            self.status_line.show_message(
                self.tr("Cancelling after the message being sent…"), timeout_ms=0
            )

    def set_sending(self, sending: bool) -> None:
        self.turn.sending = sending
        self.compose.set_sending(sending)
        self.account_panel.set_busy(sending)

    def _current(self) -> bool:
        return self.turn.is_current(self.sender())

    # ---- worker events ----------------------------------------------------------------------

    @Slot(object)
    def apply_update(self, update: WorkerUpdate) -> None:
        shown = self.turn.shown(update, self.sender())
        if shown.lines:
            self.log_panel.append_lines(shown.lines)
        if shown.results:
            self.results.apply_results(shown.batch_id, shown.results)
        if shown.progress is not None:
            self.compose.show_progress(*shown.progress)
        if shown.credit is not None:  # the gateway's +OK says what is left: show it
            self._show_credit_now(shown.credit)

    @Slot(int, int, int, str)
    def batch_finished(self, batch_id: int, sent: int, total: int, why: str) -> None:
        if not self._current():
            return
        self.results.finish_batch(batch_id, why)
        self.set_sending(False)
        self.status_line.show_message(self.results.summary_text())
        self.finished.emit(batch_id, sent, total, why)

    @Slot(int)
    def show_credit(self, credit: int) -> None:
        if self._current():
            self._show_credit_now(credit)

    def _show_credit_now(self, credit: int) -> None:
        self.account_panel.show_balance(credit)
        self.status_line.show_credit(credit)

    @Slot(object)
    def show_state(self, state: ConnectionState) -> None:
        if self._current():
            self.status_line.show_state(state)

    @Slot(str)
    def show_status(self, status: str) -> None:
        if self._current():
            self.account_panel.show_status(status)

    @Slot(bool, str)
    def tested(self, ok: bool, text: str) -> None:
        if self._current():
            self.account_panel.show_message(text, error=not ok)

    @Slot(str)
    def failed(self, text: str) -> None:
        if self._current():
            self.account_panel.show_message(text, error=True)
            self.status_line.show_message(text)

    @Slot()
    def _password_refused(self) -> None:
        if self._current():  # a retired worker's refusal is about a password no longer used
            self.password_refused.emit()
