"""The broadcast panel: one text to many recipients, journalled, with pause, resume and reports.

Following one broadcast: Send -> `_plan_now` (draft.prepare checks the text and numbers as
the compose panel does; engine.plan drops opt-outs and repeats) -> a confirmation ->
BroadcastEngine.create (every recipient journalled `pending`) -> WorkerHandle
.broadcast_requested (queued) -> SessionWorker.run_broadcast, which runs the engine on the
account's one session and reports back with broadcast_progress / broadcast_finished.

The panel reads the store on its own connection in the GUI thread (WAL lets it look while the
worker writes) and writes on it only between runs: creating a broadcast, cancelling a paused
one, requeueing unknown rows after the person agreed.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..broadcast import BroadcastBusyError, BroadcastEngine, Plan, plan
from ..broadcast.forecast import Forecast, duration_text, forecast
from ..broadcast.run_lock import is_running
from ..profiles import demo_profile
from ..store import contacts, journal, open_store
from ..usecases.drafts import SMS_TYPES, Draft, prepare, text_controls, without_controls
from ..usecases.personalise import (
    MISSING,
    TEXT,
    PersonalisationError,
    contact_fields,
    personalise,
)
from .active_account import ActiveAccount
from .broadcast_models import HistoryModel, ReportModel, write_report_csv
from .compose import fix_text_label, replace_text
from .failure_dialog import show_storage_failure
from .i18n import storage_failure, translate_text
from .worker import BroadcastProgress, WorkerHandle

RESUMABLE: Final = ("ready", "paused", "interrupted", "running")
# A row's `updated` time is taken just before its commit, which another connection sees a
# little later: the live report looks back this far each time (re-applying is harmless).
REREAD_MARGIN: Final = 1.0
# The report filter's choices (the combo's data; shown translated).
SHOW_ALL, SHOW_FAILED, SHOW_UNKNOWN = "All recipients", "Failed", "Unknown outcome"
REPORT_FILTERS: Final = (
    QT_TRANSLATE_NOOP("BroadcastPanel", "All recipients"),
    QT_TRANSLATE_NOOP("BroadcastPanel", "Failed"),
    QT_TRANSLATE_NOOP("BroadcastPanel", "Unknown outcome"),
)


def _store_guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    """A method of the panel that reads or writes the store: a storage failure (disk full,
    database locked by another program) becomes the panel's notice and dialog
    (BroadcastPanel.storage_failed), and the method returns None, instead of an exception
    escaping into Qt's event loop (a traceback on stderr and a half-updated panel)."""

    @functools.wraps(method)
    def guarded(self: BroadcastPanel, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:  # store.StorageError is one too
            self.storage_failed(exc)
            return None

    return guarded


class PlanProblem(Exception):
    """Why the form cannot become a broadcast, as a sentence for the person (translated)."""


class ForecastText(QObject):
    """The forecast's words (a QObject for self.tr and its plural forms)."""

    def lines(self, forecast: Forecast) -> list[str]:
        lines = [self.tr("Recipients: {count}").format(count=forecast.recipients)]
        if forecast.duplicates:
            lines.append(self.tr("  duplicates merged: {count}").format(count=forecast.duplicates))
        if forecast.opted_out:
            lines.append(self.tr("  opted out, excluded: {count}").format(count=forecast.opted_out))
        lines.append(
            self.tr("Parts per message: {count} (longest text)").format(count=forecast.parts)
        )
        balance = self.tr("unknown") if forecast.balance is None else str(forecast.balance)
        lines.append(
            self.tr("Credits needed: {count} (balance {balance})").format(
                count=forecast.credits, balance=balance
            )
        )
        if forecast.shortfall:
            lines.append(
                self.tr(
                    "  Warning: %n credits short; the gateway will refuse the messages beyond "
                    "the balance.",
                    "",
                    forecast.shortfall,
                )
            )
        duration = (
            self.tr("unknown")
            if forecast.seconds is None
            else translate_text(duration_text(forecast.seconds))
        )
        lines.append(self.tr("Estimated duration: {duration}").format(duration=duration))
        return lines


class BroadcastPanel(QWidget):
    # Emitted in the GUI thread (for the window and tests; the worker's own signals are
    # emitted in its thread).
    broadcast_started = Signal(int)  # broadcast_id
    broadcast_finished = Signal(int, object, str)  # broadcast_id, report dict, why
    forecast_changed = Signal(object)  # Forecast

    def __init__(self, db_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = str(db_path)
        self.conn = open_store(self.db_path)
        self.engine = BroadcastEngine(self.conn)
        self.account: ActiveAccount | None = None  # set_account: numbers, zone, interface
        self._worker: Any = None  # the worker whose signals reach this panel
        self.running_id: int | None = None
        self.selected_id: int | None = None
        self._report_read_at = 0.0  # time.time() of the report's last read from the journal
        self._history_read_at = 0.0  # likewise, the running broadcast's history row
        self.forecast: Forecast | None = None
        self.last_storage_failure = ""  # the last sentence of storage_failed (for tests)
        self._planned: tuple[Plan, int] | None = None  # the last plan, repeats merged before it
        self._balance: int | None = None
        self._round_trip: float | None = None
        self._balance_asked_at: float | None = None
        self._build()
        self._connect()
        self.reload_groups()
        self.reload_history()
        self._show_crashed()

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
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
        self.schedule_check = QCheckBox(self.tr("Send at"))
        self.schedule_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.schedule_edit.setCalendarPopup(True)
        self.schedule_edit.setEnabled(False)
        self.throttle_spin = QDoubleSpinBox()
        self.throttle_spin.setRange(0, 1000)
        self.throttle_spin.setDecimals(1)
        self.throttle_spin.setSuffix(self.tr(" msg/s"))
        self.throttle_spin.setSpecialValueText(self.tr("as fast as possible"))
        self.forecast_button = QPushButton(self.tr("Forecast"))
        self.send_button = QPushButton(self.tr("Send broadcast…"))
        self.forecast_label = QLabel()
        self.forecast_label.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Groups"), self.groups_list)
        form.addRow(self.tr("Numbers"), self.numbers_edit)
        form.addRow(self.tr("Sender"), self.sender_edit)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow("", self.fix_text_button)
        form.addRow(self.tr("Type"), self.type_combo)
        schedule = QHBoxLayout()
        schedule.addWidget(self.schedule_check)
        schedule.addWidget(self.schedule_edit, 1)
        form.addRow(self.tr("Schedule"), schedule)
        form.addRow(self.tr("Throttle"), self.throttle_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forecast_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        new_box = QGroupBox(self.tr("New broadcast"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addLayout(form)
        new_layout.addLayout(buttons)
        new_layout.addWidget(self.forecast_label)

        self.progress_bar = QProgressBar()
        self.progress_label = QLabel()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        controls = QHBoxLayout()
        controls.addWidget(self.progress_bar, 1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.resume_button)
        controls.addWidget(self.cancel_button)

        self.history_model = HistoryModel()
        self.history_view = _table(self.history_model)
        self.history_search = QLineEdit()
        self.history_search.setPlaceholderText(
            self.tr("Search the history: text, number, sender, account or ID")
        )
        self.history_search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_search)
        history_layout.addWidget(self.history_view, 1)
        self.report_model = ReportModel()
        self.report_view = _table(self.report_model)
        self.report_filter = QComboBox()
        for choice in REPORT_FILTERS:
            self.report_filter.addItem(self.tr(choice), choice)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.resend_failed_button = QPushButton(self.tr("Resend failed"))
        self.resend_unknown_button = QPushButton(self.tr("Resend unknown…"))
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.report_filter)
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.export_button)
        report_buttons.addWidget(self.resend_failed_button)
        report_buttons.addWidget(self.resend_unknown_button)
        report_box = QWidget()
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addLayout(report_buttons)
        report_layout.addWidget(self.report_view, 1)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(history_box)
        tables.addWidget(report_box)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(controls)
        right_layout.addWidget(self.progress_label)
        right_layout.addWidget(self.notice)
        right_layout.addWidget(tables, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(new_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def _connect(self) -> None:
        self.schedule_check.toggled.connect(self.schedule_edit.setEnabled)
        self.forecast_button.clicked.connect(self.show_forecast)
        self.text_edit.textChanged.connect(self._text_changed)
        self.fix_text_button.clicked.connect(self.fix_text)
        self.send_button.clicked.connect(self.send)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.cancel)
        self.history_view.selectionModel().currentRowChanged.connect(self._history_row_changed)
        self.history_search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.reload_history)
        self.report_filter.currentIndexChanged.connect(lambda _: self.reload_report())
        self.export_button.clicked.connect(self._ask_export)
        self.resend_failed_button.clicked.connect(self.resend_failed)
        self.resend_unknown_button.clicked.connect(self.resend_unknown)

    # ---- reading the store ----------------------------------------------------------------

    def set_numbers(self, numbers: list[str]) -> None:
        """Put these numbers (e.g. contacts chosen in the Contacts tab) in the numbers box."""
        self.numbers_edit.setPlainText("\n".join(numbers))

    @_store_guarded
    def reload_groups(self) -> None:
        checked = set(self.checked_groups())
        self.groups_list.clear()
        for name, members in contacts.list_groups(self.conn):
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

    @_store_guarded
    def reload_history(self) -> None:
        """The history, filtered by the search box (id, text, sender, account, recipient)."""
        rows = []
        search = self.history_search.text()
        for broadcast in journal.list_broadcasts(self.conn, search):
            if (
                broadcast.state == "running"
                and broadcast.id != self.running_id
                and not is_running(self.db_path, broadcast.id)  # another window, a send
            ):
                broadcast = dataclasses.replace(broadcast, state="interrupted")  # a crash
            rows.append((broadcast, journal.counts(self.conn, broadcast.id)))
        self.history_model.set_broadcasts(rows)
        self._select_history(self.selected_id)

    @_store_guarded
    def reload_report(self) -> None:
        self._report_read_at = time.time()
        if self.selected_id is None:
            self.report_model.set_rows(None, [])
        else:
            states = {
                SHOW_ALL: None,
                SHOW_FAILED: [journal.FAILED],
                SHOW_UNKNOWN: [journal.UNKNOWN, journal.SENDING],
            }[self.report_filter.currentData()]
            self.report_model.set_rows(
                self.selected_id, journal.rows(self.conn, self.selected_id, states)
            )
        self._update_buttons()

    def select_broadcast(self, broadcast_id: int | None) -> None:
        self.selected_id = broadcast_id
        self._select_history(broadcast_id)
        self.reload_report()

    def _select_history(self, broadcast_id: int | None) -> None:
        row = None if broadcast_id is None else self.history_model.row_of(broadcast_id)
        if row is not None and self.history_view.currentIndex().row() != row:
            selection = self.history_view.selectionModel()
            selection.blockSignals(True)
            self.history_view.selectRow(row)
            selection.blockSignals(False)

    @Slot(QModelIndex, QModelIndex)
    @_store_guarded
    def _history_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selected_id = self.history_model.broadcast_at(current.row()).id
            self.reload_report()

    def selected_state(self) -> str | None:
        if self.selected_id is None:
            return None
        row = self.history_model.row_of(self.selected_id)
        return None if row is None else self.history_model.broadcast_at(row).state

    def _show_crashed(self) -> None:
        """A broadcast still `running` in the store when the panel starts was cut off by a
        crash: show it, its unknown rows, and offer Resume (nothing is sent without asking)."""
        crashed = [
            broadcast
            for broadcast in journal.list_broadcasts(self.conn)
            if broadcast.state == "running"
        ]
        if not crashed:
            return
        broadcast = crashed[0]
        counts = journal.counts(self.conn, broadcast.id)
        unknown = counts[journal.UNKNOWN] + counts[journal.SENDING]
        self.report_filter.setCurrentIndex(self.report_filter.findData(SHOW_UNKNOWN))
        self.select_broadcast(broadcast.id)
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
        numbers: list[str] = []
        for group in self.checked_groups():
            numbers += contacts.group_members(self.conn, group) or []
        pasted = self.numbers_edit.toPlainText().strip()
        return "\n".join([*numbers, pasted] if pasted else numbers)

    def _draft(self) -> Draft:
        schedule = None
        if self.schedule_check.isChecked():
            schedule = self.schedule_edit.dateTime().toPython().astimezone()
        return Draft(
            recipients=self.recipients_text(),
            sender=self.sender_edit.text().strip(),
            text=self.text_edit.toPlainText(),
            sms_type=self.type_combo.currentData(),
            schedule=schedule,
        )

    def set_account(self, account: ActiveAccount | None) -> None:
        """The account broadcasts go through from now on (None: none connected)."""
        self.account = account

    def _handle(self) -> WorkerHandle | None:
        return self.account.handle if self.account is not None else None

    def _plan_now(self) -> Plan:
        """The form as a plan; PlanProblem when it cannot be sent. Updates the forecast."""
        account = self.account or ActiveAccount(demo_profile())
        interface = account.interface
        prepared = prepare(
            self._draft(),
            region=account.region,
            zone=account.zone,
            interface=interface,
            now=datetime.now().astimezone(),
        )
        if prepared.problem:
            raise PlanProblem(translate_text(prepared.problem))
        merged = sum(len(entry.duplicates) for entry in prepared.entries)
        result = plan(prepared.messages, contacts.opted_out(self.conn))
        if not result.messages:
            raise PlanProblem(self.tr("Every recipient is on the opt-out list: nothing to send."))
        result = self._personalise(result, interface)
        self._planned = (result, merged)
        self._update_forecast()
        return result

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

    def is_template(self) -> bool:
        """A text with a brace is a template: `{field}` placeholders, `{{` for a brace."""
        text = self.text_edit.toPlainText()
        return "{" in text or "}" in text

    def _personalise(self, result: Plan, interface: str) -> Plan:
        """Each message's text rendered from the template with its contact's fields
        (usecases.personalise, as `smsgate broadcast --template`); the plan as is for a
        plain text."""
        if not self.is_template():
            return result
        known = {contact.e164: contact for contact in contacts.list_contacts(self.conn)}
        try:
            messages = personalise(
                result.messages,
                self.text_edit.toPlainText(),
                lambda m: contact_fields(known.get(m.recipient), m.recipient),
                interface,
            )
        except PersonalisationError as exc:
            raise PlanProblem(self._personalisation_problem(exc)) from None
        return Plan(messages, result.duplicates, result.opted_out)

    def _personalisation_problem(self, exc: PersonalisationError) -> str:
        if exc.code == MISSING:
            return self.tr(
                "%n recipient(s) lack a field of the template; the first: {reason}.",
                "",
                len(exc.errors),
            ).format(reason=translate_text(str(exc.errors[0])))
        if exc.code == TEXT:
            return self.tr("The message to {recipient}: {reason}").format(
                recipient=exc.recipient, reason=translate_text(exc.problem)
            )
        return self.tr("The template is not valid: {reason}.").format(
            reason=translate_text(str(exc.errors[0]))
        )

    def _update_forecast(self) -> None:
        if self._planned is None:
            return
        planned, merged = self._planned
        throttle = self.throttle_spin.value() or None
        self.forecast = forecast(planned, self._balance, self._round_trip, throttle, merged)
        self.forecast_label.setText("\n".join(ForecastText().lines(self.forecast)))
        self.forecast_changed.emit(self.forecast)

    @Slot()
    @_store_guarded
    def show_forecast(self) -> Forecast | None:
        """Compute the forecast now; ask the worker for the balance (the answer updates it)."""
        try:
            self._plan_now()
        except PlanProblem as exc:
            self.forecast = None
            self.forecast_label.setText(str(exc))
            return None
        handle = self._attach()
        if handle is not None and self.running_id is None:
            self._balance_asked_at = time.perf_counter()
            handle.balance_requested.emit()
        return self.forecast

    # ---- sending ----------------------------------------------------------------------------

    @Slot()
    @_store_guarded
    def send(self) -> int | None:
        """Confirm, journal and start a new broadcast; its id, None when nothing started."""
        if self.running_id is not None:
            return None
        if self._handle() is None:
            self.show_notice(
                self.tr("No account is connected: choose a profile first."), error=True
            )
            return None
        try:
            new_plan = self._plan_now()
        except PlanProblem as exc:
            self.show_notice(str(exc), error=True)
            return None
        forecast = self.forecast
        lines = ForecastText().lines(forecast) if forecast else []
        if self.is_template():
            lines.append(
                self.tr("First text: {text}").format(text=new_plan.messages[0].TextMessage)
            )
        question = "\n".join([*lines, "", self.tr("Send %n SMS?", "", len(new_plan.messages))])
        if not self._confirm(self.tr("Send broadcast"), question):
            return None
        options = {
            "source": "gui",
            "groups": self.checked_groups(),
            "throttle": self.throttle_spin.value(),
            "duplicates": forecast.duplicates if forecast else 0,
            "opted_out": len(new_plan.opted_out),
        }
        if self.is_template():
            options["template"] = self.text_edit.toPlainText()
        broadcast_id = self.engine.create(new_plan, options, account=self._account())
        self._start(broadcast_id)
        return broadcast_id

    def _account(self) -> str:
        handle = self._handle()
        return handle.account[0] if handle is not None else ""

    def _start(self, broadcast_id: int) -> bool:
        handle = self._attach()
        if handle is None:
            self.show_notice(
                self.tr("No account is connected: choose a profile first."), error=True
            )
            return False
        self.running_id = broadcast_id
        self.progress_bar.setValue(0)
        self.show_notice(self.tr("Broadcast {id} is sending.").format(id=broadcast_id))
        self.reload_history()
        self.select_broadcast(broadcast_id)
        handle.broadcast_requested.emit(broadcast_id, self.db_path)
        self.broadcast_started.emit(broadcast_id)
        return True

    @Slot()
    def pause(self) -> None:
        handle = self._handle()
        if handle is not None and self.running_id is not None:
            handle.pause()
            self.show_notice(self.tr("Pausing after the message being sent…"))

    @Slot()
    @_store_guarded
    def resume(self) -> bool:
        """Continue the selected broadcast from its first pending row."""
        if self.running_id is not None or self.selected_state() not in RESUMABLE:
            return False
        return self._start(self.selected_id)

    @Slot()
    @_store_guarded
    def cancel(self) -> None:
        """Running: stop after the message in flight and cancel what is pending. Paused or
        interrupted: cancel its pending rows now."""
        handle = self._handle()
        if self.running_id is not None:
            if handle is not None:
                handle.cancel_broadcast()
                self.show_notice(self.tr("Cancelling after the message being sent…"))
            return
        if self.selected_id is None or self.selected_state() not in RESUMABLE:
            return
        if not self._confirm(
            self.tr("Cancel broadcast"), self.tr("Mark every message not sent yet cancelled?")
        ):
            return
        try:
            cancelled = self.engine.cancel(self.selected_id)
        except BroadcastBusyError:
            self._busy_elsewhere(self.selected_id)
            return
        self.show_notice(
            self.tr("Broadcast {id}: %n message(s) cancelled.", "", cancelled).format(
                id=self.selected_id
            )
        )
        self.reload_history()
        self.reload_report()

    @Slot()
    @_store_guarded
    def resend_failed(self) -> int | None:
        """A new broadcast of the selected one's failed rows (after confirmation); its id."""
        source = self.selected_id
        if source is None or self.running_id is not None:
            return None
        failed = journal.rows(self.conn, source, [journal.FAILED])
        if not failed:
            self.show_notice(self.tr("Broadcast {id} has no failed message.").format(id=source))
            return None
        new_plan = plan([row.message for row in failed], contacts.opted_out(self.conn))
        if not new_plan.messages:
            self.show_notice(
                self.tr("Every failed recipient has opted out since: nothing to send.")
            )
            return None
        question = self.tr(
            "Send the %n failed message(s) of broadcast {id} again, as a new broadcast?",
            "",
            len(new_plan.messages),
        ).format(id=source)
        if not self._confirm(self.tr("Resend failed"), question):
            return None
        options = journal.get_broadcast(self.conn, source).options
        broadcast_id = self.engine.create(
            new_plan,
            {"source": "gui", "resend_of": source, "throttle": options.get("throttle")},
            account=self._account(),
        )
        self._start(broadcast_id)
        return broadcast_id

    @Slot()
    @_store_guarded
    def resend_unknown(self) -> int | None:
        """Requeue the selected broadcast's unknown rows and resume it, only if the person
        agrees (the gateway may have accepted them). How many were requeued."""
        broadcast_id = self.selected_id
        if broadcast_id is None or self.running_id is not None:
            return 0
        try:  # both take the broadcast's run lock: never while another window sends it
            self.engine.recover_interrupted(broadcast_id)  # `sending` left by a crash
        except BroadcastBusyError:
            self._busy_elsewhere(broadcast_id)
            return 0
        unknown = journal.counts(self.conn, broadcast_id)[journal.UNKNOWN]
        if not unknown:
            self.show_notice(
                self.tr("Broadcast {id} has no message of unknown outcome.").format(id=broadcast_id)
            )
            self.reload_report()
            return 0
        question = self.tr(
            "%n message(s) have an unknown outcome: the gateway may have accepted them, and "
            "their recipients would get them twice. Send them again?",
            "",
            unknown,
        )
        if not self._confirm(self.tr("Resend unknown"), question, warning=True):
            self.reload_report()
            return 0
        try:
            requeued = self.engine.resend_unknown(broadcast_id)
        except BroadcastBusyError:  # another window or command started it meanwhile
            self._busy_elsewhere(broadcast_id)
            return 0
        self._start(broadcast_id)
        return requeued

    def _busy_elsewhere(self, broadcast_id: int) -> None:
        self.show_notice(
            self.tr(
                "Broadcast {id} is being sent by another SMSGate window or command: nothing "
                "was changed here."
            ).format(id=broadcast_id),
            error=True,
        )
        self.reload_history()
        self.reload_report()

    def export_csv(self, path: str | Path) -> None:
        """The report as shown (its filter applied) to a CSV file."""
        write_report_csv(self.report_model.rows(), path)

    @Slot()
    def _ask_export(self) -> None:
        if self.selected_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            f"broadcast-{self.selected_id}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            try:
                self.export_csv(path)
            except OSError as exc:
                self.show_notice(
                    self.tr("Could not write {file}: {error}").format(file=path, error=exc),
                    error=True,
                )

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
    @_store_guarded
    def _on_progress(self, progress: BroadcastProgress) -> None:
        if not self._from_current_worker() or progress.broadcast_id != self.running_id:
            return
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.done)
        counts = progress.counts
        text = self.tr("{done}/{total}: {sent}, {failed}, {unknown}").format(
            done=progress.done,
            total=progress.total,
            sent=self._count(journal.SENT, counts[journal.SENT]),
            failed=self._count(journal.FAILED, counts[journal.FAILED]),
            unknown=self._count(journal.UNKNOWN, counts[journal.UNKNOWN]),
        )
        if progress.rate:
            text += self.tr(" — {rate} msg/s").format(rate=f"{progress.rate:.1f}")
        if progress.eta is not None and progress.done < progress.total:
            text += self.tr(", {duration} left").format(
                duration=translate_text(duration_text(progress.eta))
            )
        self.progress_label.setText(text)
        self._refresh_running_report()

    def _refresh_running_report(self) -> None:
        """The running broadcast's history row (state, counts) follows the journal once a
        second; while its report is on show, its rows do too: the whole list incrementally
        (only the rows changed since the last look), a filtered one re-read once a second."""
        now = time.time()
        if self.running_id is not None and now - self._history_read_at >= 1.0:
            self._history_read_at = now
            running = journal.get_broadcast(self.conn, self.running_id)
            if running is not None:
                counts = journal.counts(self.conn, self.running_id)
                self.history_model.update_broadcast(running, counts)
        if self.selected_id != self.running_id or self.report_model.broadcast_id is None:
            return
        if self.report_filter.currentData() == SHOW_ALL:
            since, self._report_read_at = self._report_read_at, now
            changes = journal.changed_since(self.conn, self.running_id, since - REREAD_MARGIN)
            self.report_model.apply_changes(changes)
        elif now - self._report_read_at >= 1.0:
            self.reload_report()

    def _count(self, state: str, count: int) -> str:
        """ "sent 3": a journal state and how many rows are in it (plural forms)."""
        match state:
            case journal.SENT:
                return self.tr("sent %n", "", count)
            case journal.FAILED:
                return self.tr("failed %n", "", count)
            case journal.UNKNOWN:
                return self.tr("unknown %n", "", count)
            case journal.PENDING:
                return self.tr("pending %n", "", count)
            case journal.SENDING:
                return self.tr("sending %n", "", count)
        return f"{state} {count}"

    @Slot(int, object, str)
    @_store_guarded
    def _on_finished(self, broadcast_id: int, report: dict, why: str) -> None:
        if not self._from_current_worker() or broadcast_id != self.running_id:
            return
        self.running_id = None
        self.reload_history()
        self.select_broadcast(broadcast_id)
        counts = report.get("counts") or {}
        summary = ", ".join(self._count(state, n) for state, n in counts.items() if n)
        finished = self.tr("Broadcast {id} finished: {summary}.")
        self.show_notice(
            why or finished.format(id=broadcast_id, summary=summary),
            error=bool(report.get("error")),
        )
        handle = self._handle()
        if handle is not None:
            handle.balance_requested.emit()  # the credit after the broadcast
        self.broadcast_finished.emit(broadcast_id, report, why)

    @Slot(int)
    def _on_balance(self, credit: int) -> None:
        if not self._from_current_worker():
            return
        self._balance = credit
        if self._balance_asked_at is not None:
            elapsed = time.perf_counter() - self._balance_asked_at
            # the first answer may include connecting and logging in: keep the fastest
            self._round_trip = min(elapsed, self._round_trip or elapsed)
            self._balance_asked_at = None
        self._update_forecast()

    # ---- small helpers ----------------------------------------------------------------------

    def storage_failed(self, exc: sqlite3.Error) -> None:
        """The store failed under a direct call of the panel: say so in the notice and in a
        dialog; the panel stays usable (the same action works again once it is solved)."""
        text = self.tr("{storage} Nothing was changed; try again once this is solved.").format(
            storage=storage_failure(exc)
        )
        self.show_notice(text, error=True)
        self.last_storage_failure = text
        show_storage_failure(self, text)

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #b00020;" if error else "")

    def _confirm(self, title: str, text: str, warning: bool = False) -> bool:
        ask = QMessageBox.warning if warning else QMessageBox.question
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = ask(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _update_buttons(self) -> None:
        running = self.running_id is not None
        state = self.selected_state()
        idle_with = not running and self.selected_id is not None
        self.send_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.resume_button.setEnabled(not running and state in RESUMABLE)
        self.cancel_button.setEnabled(running or state in RESUMABLE)
        self.resend_failed_button.setEnabled(idle_with)
        self.resend_unknown_button.setEnabled(idle_with)
        self.export_button.setEnabled(self.selected_id is not None)

    def shutdown(self) -> None:
        """Close the panel's store connection (the window calls it on quit); what a worker
        still reports afterwards is ignored."""
        self._worker = None
        self.conn.close()


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view
