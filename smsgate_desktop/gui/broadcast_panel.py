"""The broadcast panel: one text to many recipients, journalled, with pause, resume and reports.

Following one broadcast: Send -> `_plan_now` (usecases.broadcast_plan.plan_broadcast: the
draft checked as the compose panel does, opt-outs and repeats dropped, a template
personalised) -> a confirmation -> BroadcastEngine.create (every recipient journalled
`pending`) -> WorkerHandle.broadcast_requested (queued) -> SessionWorker.run_broadcast, which
runs the engine on the account's one session and reports back with broadcast_progress /
broadcast_finished.

The panel composes its parts (BroadcastForm, BroadcastControls, BroadcastHistory) and its
confirm-and-act flows (BroadcastActions: send, pause, cancel, resend) and wires them to the
store and the worker; what is allowed and what a broadcast is made of is decided in
usecases.broadcast_plan. It reads the store on its own connection in the GUI thread (WAL
lets it look while the worker writes) and writes on it only between runs: creating a
broadcast, cancelling a paused one, requeueing unknown rows after the person agreed.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..broadcast import BroadcastEngine, Plan
from ..broadcast.forecast import Forecast, forecast
from ..profiles import demo_profile
from ..store import contacts, journal, open_store
from ..usecases import broadcast_plan as bp
from ..usecases.broadcast_plan import Planned, PlanProblem
from .active_account import ActiveAccount
from .broadcast_actions import BroadcastActions
from .broadcast_form import BroadcastForm
from .broadcast_history import BroadcastHistory, store_guarded
from .broadcast_progress import BroadcastControls
from .failure_dialog import show_storage_failure
from .forecast_text import ForecastText
from .i18n import storage_failure
from .worker import BroadcastProgress, WorkerHandle

__all__ = ["BroadcastPanel", "ForecastText", "PlanProblem"]


class BroadcastPanel(QWidget):
    """The Broadcast tab.

    Signals (emitted in the GUI thread, for the window and tests; the worker's own signals
    are emitted in its thread):
        broadcast_started(int): this broadcast id was handed to the worker.
        broadcast_finished(int, object, str): broadcast id, report dict, why it stopped.
        forecast_changed(object): the Forecast shown changed.
    """

    broadcast_started = Signal(int)
    broadcast_finished = Signal(int, object, str)
    forecast_changed = Signal(object)

    def __init__(self, db_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = str(db_path)
        self.conn = open_store(self.db_path)
        self.engine = BroadcastEngine(self.conn)
        self.account: ActiveAccount | None = None  # set_account: numbers, zone, interface
        self._worker: Any = None  # the worker whose signals reach this panel
        self.forecast: Forecast | None = None
        self.last_storage_failure = ""  # the last sentence of storage_failed (for tests)
        self.closed = False  # shutdown() closed the store: late reports are ignored
        self._planned: Planned | None = None  # the last plan, repeats merged before it
        self._timing = bp.BalanceTiming()  # the credit and the round trip, for the forecast
        self._build()
        self._connect()
        self.reload_groups()
        self.reload_history()
        self._show_crashed()

    def _build(self) -> None:
        self.form = form = BroadcastForm()
        self.controls = controls = BroadcastControls()
        self.history = history = BroadcastHistory(self.conn, self.db_path)
        self.actions = BroadcastActions(self.engine, self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        # The parts' widgets, by the names the window, the tests and the scripts use.
        self.groups_list, self.numbers_edit = form.groups_list, form.numbers_edit
        self.sender_edit, self.text_edit = form.sender_edit, form.text_edit
        self.fix_text_button, self.type_combo = form.fix_text_button, form.type_combo
        self.schedule_check, self.schedule_edit = form.schedule_check, form.schedule_edit
        self.throttle_spin, self.forecast_label = form.throttle_spin, form.forecast_label
        self.forecast_button, self.send_button = form.forecast_button, form.send_button
        self.progress_bar, self.progress_label = controls.progress_bar, controls.progress_label
        self.pause_button, self.resume_button = controls.pause_button, controls.resume_button
        self.cancel_button = controls.cancel_button
        self.history_model, self.history_view = history.history_model, history.history_view
        self.history_search, self.report_filter = history.history_search, history.report_filter
        self.report_model, self.report_view = history.report_model, history.report_view

        # The form, then the run under way (or the broadcast chosen in the history) and what
        # became of it. The history itself (`self.history`) is a tab of its own: the window
        # places it; the panel keeps it because its selection is what Resume acts on.
        layout = QVBoxLayout(self)
        layout.addWidget(form, 1)
        layout.addWidget(controls)
        layout.addWidget(self.notice)
        self._update_buttons()

    def _connect(self) -> None:
        self.form.forecast_requested.connect(self.show_forecast)
        self.form.send_requested.connect(self.send)
        self.controls.pause_requested.connect(self.pause)
        self.controls.resume_requested.connect(self.resume)
        self.controls.cancel_requested.connect(self.cancel)
        self.history.selection_changed.connect(self._update_buttons)
        self.history.storage_error.connect(self.storage_failed)
        self.history.export_failed.connect(self._on_history_export_failed)
        self.history.resend_failed_requested.connect(self.resend_failed)
        self.history.resend_unknown_requested.connect(self.resend_unknown)
        self.actions.notice.connect(self.show_notice)
        self.actions.start_requested.connect(self._start)
        self.actions.store_changed.connect(self.reload_history)  # then its report:
        self.actions.store_changed.connect(self.history.reload_report)
        self.actions.report_changed.connect(self.history.reload_report)
        self.actions.storage_error.connect(self.storage_failed)

    # ---- reading the store ----------------------------------------------------------------

    def set_numbers(self, numbers: list[str]) -> None:
        """Put these numbers (e.g. contacts chosen in the Contacts tab) in the numbers box."""
        self.numbers_edit.setPlainText("\n".join(numbers))

    @Slot()
    @store_guarded
    def reload_groups(self) -> None:
        self.form.set_groups(contacts.list_groups(self.conn))

    def set_group_checked(self, name: str, checked: bool = True) -> None:
        self.form.set_group_checked(name, checked)

    @property
    def running_id(self) -> int | None:
        """The broadcast this window is sending (None: none)."""
        return self.history.running_id

    @running_id.setter
    def running_id(self, broadcast_id: int | None) -> None:
        self.history.running_id = broadcast_id

    @property
    def selected_id(self) -> int | None:
        """The broadcast selected in the history (None: none)."""
        return self.history.selected_id

    def reload_history(self) -> None:
        self.history.reload_history()

    def select_broadcast(self, broadcast_id: int | None) -> None:
        self.history.select_broadcast(broadcast_id)

    def _show_crashed(self) -> None:
        """A broadcast still `running` in the store when the panel starts was cut off by a
        crash: show it, its unknown rows, and offer Resume (nothing is sent without asking)."""
        crashed = self.history.show_crashed()
        if crashed is None:  # else the newest one left paused, so that Resume is at hand
            self.select_broadcast(bp.newest_paused(self.conn))
            return
        broadcast, counts = crashed
        unknown = bp.outcome_unknown(counts)
        self.show_notice(
            self.tr(
                "Broadcast {id} was interrupted (the program ended while it ran): "
                "{unknown}, {pending}. Resume sends the pending ones; Resend unknown… asks "
                "first."
            ).format(
                id=broadcast.id,
                unknown=self.tr("%n message(s) with an unknown outcome", "", unknown),
                pending=self.tr("%n not sent yet", "", counts[journal.PENDING]),
            )
        )

    # ---- the form -> a plan ---------------------------------------------------------------

    def recipients_text(self) -> str:
        pasted = self.numbers_edit.toPlainText()
        return bp.recipients_text(self.conn, self.form.checked_groups(), pasted)

    def set_account(self, account: ActiveAccount | None) -> None:
        """The account broadcasts go through from now on (None: none connected)."""
        self.account = self.actions.account = account

    def _handle(self) -> WorkerHandle | None:
        return self.account.handle if self.account is not None else None

    def _plan_now(self) -> Plan:
        """The form as a plan; PlanProblem when it cannot be sent. Updates the forecast."""
        return self._forecast_now()[0].plan

    def _forecast_now(self) -> tuple[Planned, Forecast | None]:
        """The form as a plan and its forecast (shown); PlanProblem when it cannot be sent."""
        account = self.account or ActiveAccount(demo_profile())
        self._planned = bp.plan_broadcast(
            self.form.draft(self.recipients_text()),
            region=account.region,
            zone=account.zone,
            interface=account.interface,
            opted_out=contacts.opted_out(self.conn),
            now=datetime.now().astimezone(),
            fields_of=bp.stored_fields(self.conn),
        )
        self._update_forecast()
        return self._planned, self.forecast

    def _update_forecast(self) -> None:
        planned, timing, throttle = self._planned, self._timing, self.throttle_spin.value()
        if planned is None:
            return
        self.forecast = forecast(
            planned.plan, timing.balance, timing.round_trip, throttle or None, planned.merged
        )
        self.forecast_label.setText("\n".join(ForecastText().lines(self.forecast)))
        self.forecast_changed.emit(self.forecast)

    @Slot()
    @store_guarded
    def show_forecast(self) -> Forecast | None:
        """Compute the forecast now; ask the worker for the balance (the answer updates it)."""
        try:
            self._plan_now()
        except PlanProblem as exc:
            self.forecast = None
            self.forecast_label.setText(ForecastText().problem(exc))
            return None
        handle = self._attach()
        if handle is not None and self.running_id is None:
            self._timing.asked(time.perf_counter())
            handle.balance_requested.emit()
        return self.forecast

    # ---- the actions (BroadcastActions asks, acts and says what happened) -------------------

    @Slot()
    @store_guarded
    def send(self) -> int | None:
        """Confirm, journal and start a new broadcast; its id, None when nothing started."""
        if not self._allowed().send:
            return None
        return self.actions.send(
            self._forecast_now,
            groups=self.form.checked_groups(),
            throttle=self.throttle_spin.value(),
            template=self.form.template(),
        )

    @Slot(int)
    def _start(self, broadcast_id: int) -> bool:
        handle = self._attach()
        if handle is None:
            self.show_notice(
                self.tr("No account is connected: choose a profile first."), error=True
            )
            return False
        self.running_id = broadcast_id
        self.controls.restart()
        self.show_notice(self.tr("Broadcast {id} is sending.").format(id=broadcast_id))
        self.reload_history()
        self.select_broadcast(broadcast_id)
        handle.broadcast_requested.emit(broadcast_id, self.db_path)
        self.broadcast_started.emit(broadcast_id)
        return True

    @Slot()
    def pause(self) -> None:
        if self.running_id is not None:
            self.actions.pause()

    @Slot()
    @store_guarded
    def resume(self) -> bool:
        """Continue the selected broadcast from its first pending row."""
        if not self._allowed().resume:
            return False
        return self._start(self.selected_id)

    @Slot()
    def cancel(self) -> None:
        """Running: stop after the message in flight and cancel what is pending. Paused or
        interrupted: cancel its pending rows now (after confirmation)."""
        self.actions.cancel(self.running_id, self.selected_id, self.history.selected_state())

    @Slot()
    def resend_failed(self) -> int | None:
        """A new broadcast of the selected one's failed rows (after confirmation); its id."""
        if not self._allowed().resend_failed:
            return None
        return self.actions.resend_failed(self.selected_id)

    @Slot()
    def resend_unknown(self) -> int | None:
        """Requeue the selected broadcast's unknown rows and resume it, only if the person
        agrees (the gateway may have accepted them). How many were requeued."""
        if not self._allowed().resend_unknown:
            return 0
        return self.actions.resend_unknown(self.selected_id)

    def export_csv(self, path: str | Path) -> None:
        self.history.export_csv(path)

    @Slot(str)
    def _on_history_export_failed(self, text: str) -> None:
        """Said where the person is (the History tab), not only in this tab's notice."""
        self.show_notice(text, error=True)
        show_storage_failure(self.history, text)

    # ---- worker events ----------------------------------------------------------------------

    def _attach(self) -> WorkerHandle | None:
        """The current handle, its worker's signals connected to this panel (once)."""
        handle = self._handle()
        if handle is not None and handle.worker is not self._worker:
            self._worker = handle.worker
            # Methods of a QObject living in the GUI thread: queued connections.
            self._worker.broadcast_progress.connect(self._on_progress)
            self._worker.broadcast_finished.connect(self._on_finished)
            self._worker.balance_changed.connect(self._on_balance)
        return handle

    def _from_current_worker(self) -> bool:
        return self.sender() is self._worker

    @Slot(object)
    @store_guarded
    def _on_progress(self, progress: BroadcastProgress) -> None:
        if not self._from_current_worker() or progress.broadcast_id != self.running_id:
            return
        self.controls.show_progress(progress)
        self.history.follow_running()

    @Slot(int, object, str)
    @store_guarded
    def _on_finished(self, broadcast_id: int, report: dict, why: str) -> None:
        if not self._from_current_worker() or broadcast_id != self.running_id:
            return
        self.running_id = None
        self.reload_history()
        self.select_broadcast(broadcast_id)
        summary = self.controls.summary(report.get("counts") or {})
        self.controls.stopped(report.get("counts") or {})
        finished = self.tr("Broadcast {id} finished: {summary}.")
        self.show_notice(
            why or finished.format(id=broadcast_id, summary=summary),
            error=bool(report.get("error")),
        )
        handle = self._handle()
        # The credit after the broadcast. Not after -ERR 99: the worker has said it is 0, and
        # the gateway refuses a login while there is no credit (it would only say so again).
        if handle is not None and not report.get("credit_exhausted"):
            handle.balance_requested.emit()
        self.broadcast_finished.emit(broadcast_id, report, why)

    @Slot(int)
    def _on_balance(self, credit: int) -> None:
        if not self._from_current_worker():
            return
        self._timing.answered(credit, time.perf_counter())
        self._update_forecast()

    @property
    def _balance(self) -> int | None:
        """The credit last reported (None: not yet)."""
        return self._timing.balance

    # ---- small helpers ----------------------------------------------------------------------

    @Slot(object)
    def storage_failed(self, exc: sqlite3.Error) -> None:
        """The store failed under a direct call of the panel: say so in the notice and in a
        dialog; the panel stays usable (the same action works again once it is solved)."""
        if self.closed:  # a last report reaching the panel while the window quits
            return
        text = self.tr("{storage} Nothing was changed; try again once this is solved.").format(
            storage=storage_failure(exc)
        )
        self.show_notice(text, error=True)
        self.last_storage_failure = text
        show_storage_failure(self, text)

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #b00020;" if error else "")

    def _allowed(self) -> bp.Actions:
        return bp.actions(
            self.running_id is not None,
            self.selected_id,
            self.history.selected_state(),
            self.history.selected_counts(),
        )

    @Slot()
    def _update_buttons(self) -> None:
        allowed = self._allowed()
        self.send_button.setEnabled(allowed.send)
        self.controls.set_actions(allowed)
        self.history.set_actions(allowed)

    def shutdown(self) -> None:
        """Close the panel's store connection (the window calls it on quit); what a worker
        still reports afterwards is ignored."""
        self._worker = None
        self.closed = True
        self.conn.close()
