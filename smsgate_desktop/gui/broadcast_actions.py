"""The broadcast panel's confirm-and-act flows: send, pause, cancel, resend failed, resend
unknown.

Each flow asks the person (a dialog over the panel), calls the BroadcastEngine on the panel's
store connection and says what happened in the panel's notice. What is allowed and what a
broadcast is made of is decided in usecases.broadcast_plan; the panel hands each flow what its
form and history show, and starts what a flow asks it to (BroadcastActions.start_requested).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ..broadcast import BroadcastBusyError, BroadcastEngine
from ..broadcast.forecast import Forecast
from ..store import journal
from ..usecases import broadcast_plan as bp
from ..usecases.broadcast_plan import Planned, PlanProblem
from .active_account import ActiveAccount
from .broadcast_history import store_guarded
from .forecast_text import ForecastText


class BroadcastActions(QObject):
    """The panel's actions on the store and the worker, each confirmed first.

    Signals (emitted in the GUI thread, during the call that causes them):
        notice(str, bool): a sentence for the panel's notice; True when it reports an error.
        start_requested(int): hand this broadcast (new, or its unknown rows requeued) to the
            worker.
        store_changed(): broadcasts changed here (or were found held elsewhere): read the
            history and the report again.
        report_changed(): the selected broadcast's report may have changed: read it again.
        storage_error(object): the store failed (the sqlite3.Error); nothing was changed.
    """

    notice = Signal(str, bool)
    start_requested = Signal(int)
    store_changed = Signal()
    report_changed = Signal()
    storage_error = Signal(object)

    def __init__(self, engine: BroadcastEngine, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.engine = engine
        self.account: ActiveAccount | None = None  # the panel's set_account
        self._dialog_parent = dialog_parent

    @property
    def conn(self) -> sqlite3.Connection:
        return self.engine.conn

    def _account_name(self) -> str:
        handle = self.account.handle if self.account is not None else None
        return handle.account[0] if handle is not None else ""

    def _connected(self) -> bool:
        """Whether an account is connected; says so when none is."""
        if self.account is not None and self.account.handle is not None:
            return True
        self.notice.emit(self.tr("No account is connected: choose a profile first."), True)
        return False

    # ---- the flows ----------------------------------------------------------------------

    @store_guarded
    def send(
        self,
        plan_now: Callable[[], tuple[Planned, Forecast | None]],
        *,
        groups: Sequence[str],
        throttle: float,
        template: str | None,
    ) -> int | None:
        """Plan the form (`plan_now`), confirm, journal and start a new broadcast; its id,
        None when nothing started."""
        if not self._connected():
            return None
        try:
            planned, shown = plan_now()
        except PlanProblem as exc:
            self.notice.emit(ForecastText().problem(exc), True)
            return None
        new_plan = planned.plan
        lines = ForecastText().lines(shown) if shown else []
        if template is not None:
            first = new_plan.messages[0].TextMessage
            lines.append(self.tr("First text: {text}").format(text=first))
        question = "\n".join([*lines, "", self.tr("Send %n SMS?", "", len(new_plan.messages))])
        if not self._confirm(self.tr("Send broadcast"), question):
            return None
        options = bp.broadcast_options(planned, groups=groups, throttle=throttle, template=template)
        broadcast_id = self.engine.create(new_plan, options, account=self._account_name())
        self.start_requested.emit(broadcast_id)
        return broadcast_id

    @Slot()
    def pause(self) -> None:
        """Ask the worker to pause the running broadcast after the message in flight."""
        handle = self.account.handle if self.account is not None else None
        if handle is not None:
            handle.pause()
            self.notice.emit(self.tr("Pausing after the message being sent…"), False)

    @store_guarded
    def cancel(self, running_id: int | None, selected: int | None, state: str | None) -> None:
        """Running: stop after the message in flight and cancel what is pending. Paused or
        interrupted (`selected`, in `state`): cancel its pending rows now."""
        if running_id is not None:
            handle = self.account.handle if self.account is not None else None
            if handle is not None:
                handle.cancel_broadcast()
                self.notice.emit(self.tr("Cancelling after the message being sent…"), False)
            return
        if selected is None or not bp.actions(False, selected, state).cancel:
            return
        if not self._confirm(
            self.tr("Cancel broadcast"), self.tr("Mark every message not sent yet cancelled?")
        ):
            return
        try:
            cancelled = self.engine.cancel(selected)
        except BroadcastBusyError:
            self._busy_elsewhere(selected)
            return
        self.notice.emit(
            self.tr("Broadcast {id}: %n message(s) cancelled.", "", cancelled).format(id=selected),
            False,
        )
        self.store_changed.emit()

    @store_guarded
    def resend_failed(self, source: int) -> int | None:
        """A new broadcast of `source`'s failed rows (after confirmation); its id."""
        try:
            new_plan, options = bp.resend_failed_plan(self.conn, source)
        except PlanProblem as exc:
            self.notice.emit(ForecastText().problem(exc), False)
            return None
        question = self.tr(
            "Send the %n failed message(s) of broadcast {id} again, as a new broadcast?",
            "",
            len(new_plan.messages),
        ).format(id=source)
        if not self._confirm(self.tr("Resend failed"), question):
            return None
        broadcast_id = self.engine.create(new_plan, options, account=self._account_name())
        self.start_requested.emit(broadcast_id)
        return broadcast_id

    @store_guarded
    def resend_unknown(self, broadcast_id: int) -> int:
        """Requeue `broadcast_id`'s unknown rows and resume it, only if the person agrees
        (the gateway may have accepted them). How many were requeued."""
        try:  # both take the broadcast's run lock: never while another window sends it
            self.engine.recover_interrupted(broadcast_id)  # `sending` left by a crash
        except BroadcastBusyError:
            self._busy_elsewhere(broadcast_id)
            return 0
        unknown = journal.counts(self.conn, broadcast_id)[journal.UNKNOWN]
        if not unknown:
            self.notice.emit(
                self.tr("Broadcast {id} has no message of unknown outcome.").format(
                    id=broadcast_id
                ),
                False,
            )
            self.report_changed.emit()
            return 0
        question = self.tr(
            "%n message(s) have an unknown outcome: the gateway may have accepted them, and "
            "their recipients would get them twice. Send them again?",
            "",
            unknown,
        )
        if not self._confirm(self.tr("Resend unknown"), question, warning=True):
            self.report_changed.emit()
            return 0
        try:
            requeued = self.engine.resend_unknown(broadcast_id)
        except BroadcastBusyError:  # another window or command started it meanwhile
            self._busy_elsewhere(broadcast_id)
            return 0
        self.start_requested.emit(broadcast_id)
        return requeued

    # ---- helpers ------------------------------------------------------------------------

    def storage_failed(self, exc: sqlite3.Error) -> None:
        """store_guarded's hook: the panel says it (a notice and a dialog)."""
        self.storage_error.emit(exc)

    def _busy_elsewhere(self, broadcast_id: int) -> None:
        self.notice.emit(
            self.tr(
                "Broadcast {id} is being sent by another SMSGate window or command: nothing "
                "was changed here."
            ).format(id=broadcast_id),
            True,
        )
        self.store_changed.emit()

    def _confirm(self, title: str, text: str, warning: bool = False) -> bool:
        ask = QMessageBox.warning if warning else QMessageBox.question
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = ask(self._dialog_parent, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
