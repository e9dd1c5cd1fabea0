"""The main window: panels, menus, status bar, and the wiring between them and the worker.

Following one message: ComposePanel.send_requested -> MainWindow._send -> WorkerHandle
.send_requested (queued into the worker thread) -> SessionWorker.send_messages ->
GatewaySession.send -> protocol/ -> socket; results come back as SessionWorker.results_batch
-> ResultsPanel, and the lines as line_batch -> ProtocolLogPanel.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, config
from ..profiles import (
    DEMO_NAME,
    DEMO_PASSWORD,
    Profile,
    ProfileBook,
    demo_profile,
    load_profiles,
    save_profiles,
)
from ..protocol import Interface, SmsMessage
from ..session import SessionConfig
from ..store.db import DB_NAME, default_path, open_store
from .account import AccountPanel, ProfileDialog
from .active_account import ActiveAccount
from .broadcast_panel import BroadcastPanel
from .compose import ComposePanel
from .contacts_panel import ContactsPanel
from .demo import BANNER, DemoGateway
from .failure_dialog import show_storage_failure
from .i18n import display_name, storage_failure, translate_text
from .protocol_log import ProtocolLogPanel
from .results import ResultsPanel
from .settings import load_bytes, open_settings
from .worker import (
    DISCONNECTED,
    SessionWorker,
    Stoppable,
    WorkerHandle,
    WorkerUpdate,
    close_workers,
)

log = logging.getLogger(__name__)

APP_TITLE: Final = "SMSGate Desktop"
# The worker's connection states, shown translated in the status bar.
STATE_WORDS: Final = (
    QT_TRANSLATE_NOOP("MainWindow", "disconnected"),
    QT_TRANSLATE_NOOP("MainWindow", "connecting"),
)
LOGGED_IN: Final = "logged in as "
STATUS_MESSAGE_MS: Final = 10_000

PasswordPrompt = Callable[[Profile], str | None]


class MainWindow(QMainWindow):
    # Re-emitted in the GUI thread once a batch's results are on screen (for drivers/tests:
    # a plain callable connected to the worker's own signal would run in the worker thread).
    send_finished = Signal(int, int, int, str)  # batch_id, sent, total, why it stopped early

    def __init__(
        self,
        book: ProfileBook | None = None,
        demo: DemoGateway | None = None,
        password_prompt: PasswordPrompt | None = None,
    ) -> None:
        super().__init__()
        self.book = book if book is not None else load_profiles()
        self.demo = demo or DemoGateway()
        self.password_prompt = password_prompt or self._ask_password
        self.memory_passwords: dict[str, str] = {}  # profile name -> password, this run only
        self.profile: Profile | None = None
        self.handle: WorkerHandle | None = None
        self._retiring: set[WorkerHandle] = set()  # earlier profiles' workers, still ending
        self._quitting = False
        self._temporary: tempfile.TemporaryDirectory[str] | None = None  # see _open_store
        self._stragglers: list[Stoppable] = []  # threads that outlived the quit deadline
        self._batch_id = 0
        self._sending = False
        self.setWindowTitle(APP_TITLE)
        self._build()
        self._build_menus()
        self._restore_state()
        self.activate_profile(self._initial_profile())

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QWidget()
        self.banner.setObjectName("demoBanner")
        self.banner.setStyleSheet(
            "#demoBanner { background: #fff3c4; border-bottom: 1px solid #e0c060; }"
        )
        self.banner_label = QLabel(self.tr(BANNER))
        self.banner_label.setStyleSheet("font-weight: bold;")
        self.banner_button = QPushButton(self.tr("Add a real account…"))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_button)

        self.account_panel = AccountPanel()
        self.compose = ComposePanel()
        self.results = ResultsPanel()
        self.log_panel = ProtocolLogPanel()
        # Contacts and broadcasts live in the local store; both panels share the account's
        # one worker (the gateway allows one session per account).
        self.store, self.db_path = self._open_store()
        self.contacts = ContactsPanel(self.store)
        self.broadcasts = BroadcastPanel(self.db_path)
        self.contacts.recipients_chosen.connect(self._broadcast_to)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.compose, self.tr("Message"))
        # The contacts and broadcast pages have wide button rows: they scroll sideways inside
        # their tab rather than widening the whole left pane and clipping the account panel.
        self.tabs.addTab(_scrolling(self.contacts), self.tr("Contacts"))
        self.tabs.addTab(_scrolling(self.broadcasts), self.tr("Broadcast"))
        self.contacts.contacts_changed.connect(self.broadcasts.reload_groups)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.account_panel)
        left_layout.addWidget(self.tabs, 1)
        scroll = QScrollArea()  # on a small screen the forms scroll, never clip
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(_titled(self.tr("Results"), self.results))
        self.right_splitter.addWidget(_titled(self.tr("Protocol log"), self.log_panel))
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(scroll)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([620, 640])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        body = QVBoxLayout()
        body.setContentsMargins(6, 6, 6, 0)
        body.addWidget(self.main_splitter)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.state_label = QLabel()
        self._set_state(DISCONNECTED)
        self.credit_label = QLabel(self.tr("Credit: —"))
        self.statusBar().addPermanentWidget(self.state_label)
        self.statusBar().addPermanentWidget(self.credit_label)

        self.banner_button.clicked.connect(self.add_profile)
        self.account_panel.profile_chosen.connect(self._choose_profile)
        self.account_panel.add_requested.connect(self.add_profile)
        self.account_panel.edit_requested.connect(self.edit_profile)
        self.account_panel.delete_requested.connect(self.delete_profile)
        self.account_panel.test_requested.connect(self.test_connection)
        self.account_panel.refresh_requested.connect(self.refresh)
        self.compose.send_requested.connect(self._send)
        self.compose.cancel_requested.connect(self.cancel_send)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = file_menu.addAction(self.tr("&Quit"), QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        account_menu.addAction(self.tr("&Add profile…")).triggered.connect(self.add_profile)
        account_menu.addAction(self.tr("&Edit profile…")).triggered.connect(self.edit_profile)
        account_menu.addAction(self.tr("&Test connection")).triggered.connect(self.test_connection)
        refresh = account_menu.addAction(self.tr("&Refresh balance and status"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)

        message_menu = self.menuBar().addMenu(self.tr("&Message"))
        self.send_action = QAction(self.tr("&Send"), self)
        # Ctrl+Enter sends from anywhere in the window, including from inside the text box
        # (a window shortcut wins: QPlainTextEdit does not claim Ctrl+Return).
        self.send_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.send_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.send_action.triggered.connect(self.compose.send)
        message_menu.addAction(self.send_action)
        message_menu.addAction(self.tr("&Cancel sending")).triggered.connect(self.cancel_send)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.filter_action = QAction(self.tr("&Filter the protocol log"), self)
        self.filter_action.setShortcut(QKeySequence("Ctrl+L"))
        self.filter_action.triggered.connect(self.log_panel.focus_filter)
        view_menu.addAction(self.filter_action)
        view_menu.addAction(self.tr("C&lear the protocol log")).triggered.connect(
            self.log_panel.model.clear
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About SMSGate Desktop"))
        self.about_action.triggered.connect(self.show_about)

    # ---- window state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = open_settings()
        geometry = load_bytes(settings, "window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        for key, splitter in self._splitters().items():
            state = load_bytes(settings, key)
            if state is not None:
                splitter.restoreState(state)

    def _save_state(self) -> None:
        settings = open_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            settings.setValue(key, splitter.saveState())
        settings.sync()

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "window/main_splitter": self.main_splitter,
            "window/right_splitter": self.right_splitter,
        }

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit within 3 s, whatever the gateway does (worker.close_workers): every thread
        (the account's worker, earlier profiles' still ending, an import) is cancelled at
        once and given 2 s to end after the message in flight; a worker still blocked on the
        gateway then has its socket cut (the message in flight becomes unknown in the
        journal) and gets a little longer. A thread that still runs after that (a connect
        whose SYN nobody answers: no socket to cut yet) is never destroyed: the window hides
        now and closes for good when the thread ends on its connect timeout."""
        if not self._quitting:
            self._quitting = True
            self._save_state()
            self._stragglers = self._stop_threads()
            for straggler in self._stragglers:
                straggler.ended.connect(self._straggler_ended)
        if self._stragglers:
            self.hide()
            event.ignore()
            return
        self.broadcasts.shutdown()
        self.store.close()
        self.demo.stop()
        if self._temporary is not None:
            self._temporary.cleanup()
        super().closeEvent(event)

    def _stop_threads(self) -> list[Stoppable]:
        """Stop every thread of the window at once; those still running after the deadline."""
        dialog = getattr(self.contacts, "import_dialog", None)
        job = dialog.job() if dialog is not None else None
        handle, self.handle = self.handle, None
        self._set_sending(False)
        threads: list[Stoppable] = [h for h in (handle, *self._retiring, job) if h is not None]
        self._retiring.clear()
        stragglers = close_workers(threads)
        if dialog is not None:
            dialog.close()  # its import has ended (or is kept alive, see ImportDialog.done)
        return stragglers

    @Slot()
    def _straggler_ended(self) -> None:
        self._stragglers = [s for s in self._stragglers if s.is_running()]
        if not self._stragglers:
            self.close()

    def _open_store(self) -> tuple[sqlite3.Connection, Path]:
        """The data folder's database; when it cannot be used (read-only, locked, a disk
        full before the first table), a temporary one for this run, and a dialog that says
        so once the window is on screen: the window still works, nothing is kept."""
        try:
            path = default_path()
            return open_store(path), path
        except (sqlite3.Error, OSError) as exc:  # StorageError is a sqlite3.Error
            failure = storage_failure(exc) if isinstance(exc, sqlite3.Error) else str(exc)
        self._temporary = tempfile.TemporaryDirectory(prefix="smsgate-")
        path = Path(self._temporary.name) / DB_NAME
        text = self.tr(
            "{storage} Until you quit, contacts and sends are kept in a temporary folder "
            "and then forgotten."
        ).format(storage=failure)
        QTimer.singleShot(0, self, lambda: show_storage_failure(self, text))
        return open_store(path), path

    def prepare_demo_message(self, recipients: str, sender: str, text: str) -> None:
        """Switch to demo mode and fill the Message tab (for --screenshot and --self-test)."""
        if self.profile is None or not self.profile.demo:
            self.activate_profile(self.demo.start())
        self.compose.recipients_edit.setPlainText(recipients)
        self.compose.sender_edit.setText(sender)
        self.compose.text_edit.setPlainText(text)
        self.compose.revalidate()

    @Slot(list)
    def _broadcast_to(self, numbers: list[str]) -> None:
        """Contacts' "Use as recipients": open the broadcast tab with those numbers."""
        self.broadcasts.set_numbers(numbers)
        self.tabs.setCurrentIndex(self.tabs.count() - 1)

    # ---- profiles ---------------------------------------------------------------------------

    def _initial_profile(self) -> Profile:
        last = self.book.last_used
        if last != DEMO_NAME and self.book.has_real_account:
            return self.book.get(last or "") or self.book.profiles[0]
        return self.demo.start()

    def all_profiles(self) -> list[Profile]:
        demo = self.profile if self.profile and self.profile.demo else None
        return [demo or demo_profile(), *self.book.profiles]

    @Slot(str)
    def _choose_profile(self, name: str) -> None:
        if name == DEMO_NAME:
            self.activate_profile(self.demo.start())
        elif (profile := self.book.get(name)) is not None:
            self.activate_profile(profile)

    def activate_profile(self, profile: Profile) -> None:
        """Use `profile` from now on: a new worker (one per account) and a fresh panel."""
        self._stop_worker(wait_for=profile)
        self.profile = profile
        self.book.last_used = profile.name
        self._save_book()
        self.banner.setVisible(profile.demo)
        self.setWindowTitle(f"{APP_TITLE} — {display_name(profile)}")
        self.account_panel.set_profiles(self.all_profiles(), profile)
        self.credit_label.setText(self.tr("Credit: —"))
        self._set_state(DISCONNECTED)
        password = self.password_for(profile)
        if password is not None:
            self.handle = self._start_worker(profile, password)
        self._hand_account(ActiveAccount(profile, self.handle))
        if password is None:
            self.account_panel.show_message(
                self.tr("No password for this account: use Edit… to enter it."), error=True
            )
            return
        self.refresh()

    def _hand_account(self, account: ActiveAccount) -> None:
        """Every panel works with `account` from now on (its country, zone, interface and
        worker): one object, handed over when it changes."""
        for panel in (self.compose, self.broadcasts, self.contacts):
            panel.set_account(account)

    def password_for(self, profile: Profile) -> str | None:
        """Keyring first, then this run's memory, then ask once (kept in memory)."""
        if profile.demo:
            return DEMO_PASSWORD
        stored = config.get_password(profile.account, profile.keyring_host)
        if stored:
            return stored
        if profile.name in self.memory_passwords:
            return self.memory_passwords[profile.name]
        asked = self.password_prompt(profile)
        if asked:
            self.memory_passwords[profile.name] = asked
        return asked or None

    def _ask_password(self, profile: Profile) -> str | None:
        why = (
            self.tr("No system keyring is available, so the password is not stored.")
            if not config.keyring_usable()
            else self.tr("No password is stored for this account.")
        )
        text, ok = QInputDialog.getText(
            self,
            self.tr("Password"),
            why
            + "\n"
            + self.tr("Password for {account} on {server} (kept until you quit):").format(
                account=profile.account, server=profile.primary
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    @Slot()
    def add_profile(self) -> None:
        dialog = ProfileDialog(keyring_ok=config.keyring_usable(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_profile(dialog.profile(), dialog.password())

    @Slot()
    def edit_profile(self) -> None:
        if self.profile is None or self.profile.demo:
            return
        has_password = bool(self.password_for_silently(self.profile))
        dialog = ProfileDialog(
            self.profile, has_password=has_password, keyring_ok=config.keyring_usable(), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_profile(dialog.profile(), dialog.password(), replacing=self.profile)

    def password_for_silently(self, profile: Profile) -> str | None:
        return config.get_password(
            profile.account, profile.keyring_host
        ) or self.memory_passwords.get(profile.name)

    def save_profile(
        self, profile: Profile, password: str, replacing: Profile | None = None
    ) -> None:
        """Store the profile (never its password) and the password in the keyring only."""
        if replacing is not None and not password:
            password = self.password_for_silently(replacing) or ""
        try:
            self.book.put(profile, replacing.name if replacing else None)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Profile"), translate_text(str(exc)))
            return
        if replacing is not None and (replacing.account, replacing.keyring_host) != (
            profile.account,
            profile.keyring_host,
        ):
            config.delete_password(replacing.account, replacing.keyring_host)
        self.memory_passwords.pop(replacing.name if replacing else profile.name, None)
        if password:
            self._store_password(profile, password)
        self._save_book()
        self.activate_profile(profile)

    def _store_password(self, profile: Profile, password: str) -> None:
        try:
            config.set_password(profile.account, profile.keyring_host, password)
        except config.KeyringUnavailable as exc:
            self.memory_passwords[profile.name] = password
            self.statusBar().showMessage(
                self.tr("{reason} The password is kept in memory until you quit.").format(
                    reason=translate_text(str(exc))
                ),
                STATUS_MESSAGE_MS,
            )

    @Slot()
    def delete_profile(self, confirm: bool = True) -> None:
        profile = self.profile
        if profile is None or profile.demo:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete profile"),
                self.tr("Delete the profile {name} and its password?").format(
                    name=repr(profile.name)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.book.remove(profile.name)
        config.delete_password(profile.account, profile.keyring_host)
        self.memory_passwords.pop(profile.name, None)
        self._save_book()
        self.activate_profile(self.book.profiles[0] if self.book.profiles else self.demo.start())

    def _save_book(self) -> None:
        try:
            save_profiles(self.book)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Could not save the profiles: {error}").format(error=exc), STATUS_MESSAGE_MS
            )

    # ---- the worker -------------------------------------------------------------------------

    def _start_worker(self, profile: Profile, password: str) -> WorkerHandle:
        session_config = SessionConfig(
            account=profile.account,
            password=password,
            primary=profile.primary_endpoint,
            backup=profile.backup_endpoint,
            interface=Interface(profile.interface),
            send_window=profile.send_window,
        )
        worker = SessionWorker(session_config, store=self.db_path)
        # `updated` carries lines, results, progress and credit in one event (see worker.py).
        worker.updated.connect(self._apply_update)
        worker.batch_finished.connect(self._batch_finished)
        worker.balance_changed.connect(self._show_credit)
        worker.status_changed.connect(self._show_status)
        worker.connection_state.connect(self._worker_state)
        worker.connection_tested.connect(self._tested)
        worker.failed.connect(self._failed)
        worker.storage_failed.connect(self._storage_failed)
        return WorkerHandle(worker, self)

    def _stop_worker(self, wait_for: Profile | None = None) -> None:
        """End the current worker. Joined now on quit, or when the next profile is the same
        account (its new session must not meet the old one: -ERR 101); otherwise it is left
        to end on its own so the window never waits on a slow gateway."""
        handle, self.handle = self.handle, None
        if handle is not None:
            same = wait_for is not None and handle.account == (
                wait_for.account,
                wait_for.primary_endpoint.host,
            )
            joined = (wait_for is None or same) and handle.close()
            if not joined:  # it ends on its own (at worst on its connect timeout): kept
                self._retiring.add(handle)
                handle.ended.connect(self._worker_ended)
                handle.retire()
        self._set_sending(False)

    @Slot()
    def _worker_ended(self) -> None:
        handle = self.sender()
        self._retiring.discard(handle)
        if isinstance(handle, WorkerHandle):
            handle.deleteLater()

    def _current(self) -> bool:
        """Whether the signal being handled comes from the current profile's worker (a
        retired worker may still report the end of its last request)."""
        return self.handle is not None and self.sender() is self.handle.worker

    @Slot()
    def refresh(self) -> None:
        if self.handle is not None:
            self.handle.refresh_requested.emit()

    @Slot()
    def test_connection(self) -> None:
        if self.handle is None:
            self.activate_profile(self.profile)  # asks for the password again
            return
        self.account_panel.show_message(self.tr("Testing the connection…"))
        self.handle.test_requested.emit()

    @Slot(list, list)
    def _send(self, messages: list[SmsMessage], recipients: list[str]) -> None:
        if self.handle is None or self._sending:
            return
        self._batch_id += 1
        self.results.start_batch(self._batch_id, recipients)
        self._set_sending(True)
        self.handle.send_requested.emit(self._batch_id, messages)

    @Slot()
    def cancel_send(self) -> None:
        if self.handle is not None and self._sending:
            self.handle.cancel()
            self.statusBar().showMessage(self.tr("Cancelling after the message being sent…"))

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self.compose.set_sending(sending)
        self.account_panel.set_busy(sending)

    @property
    def sending(self) -> bool:
        return self._sending

    # ---- worker events ----------------------------------------------------------------------

    @Slot(object)
    def _apply_update(self, update: WorkerUpdate) -> None:
        if update.lines:  # a retired worker's last lines are real exchanges: log them too
            self.log_panel.append_lines(update.lines)
        if not self._current():
            return
        if update.results:
            self.results.apply_results(update.batch_id, update.results)
        if update.progress is not None and self._sending:
            self.compose.show_progress(*update.progress)
        if update.credit is not None:  # the gateway's +OK says what is left: show it
            self._show_credit_now(update.credit)

    @Slot(int, int, int, str)
    def _batch_finished(self, batch_id: int, sent: int, total: int, why: str) -> None:
        if not self._current():
            return
        self.results.finish_batch(batch_id, why)
        self._set_sending(False)
        self.statusBar().showMessage(self.results.summary_text(), STATUS_MESSAGE_MS)
        self.send_finished.emit(batch_id, sent, total, why)

    @Slot(int)
    def _show_credit(self, credit: int) -> None:
        if self._current():
            self._show_credit_now(credit)

    def _show_credit_now(self, credit: int) -> None:
        self.account_panel.show_balance(credit)
        self.credit_label.setText(self.tr("Credit: {credit}").format(credit=credit))

    @Slot(str)
    def _worker_state(self, state: str) -> None:
        if self._current():
            self._set_state(state)

    def _set_state(self, state: str) -> None:
        if state.startswith(LOGGED_IN):
            account, _, server = state[len(LOGGED_IN) :].rpartition(" on ")
            state = self.tr("logged in as {account} on {server}").format(
                account=account, server=server
            )
        elif state in STATE_WORDS:
            state = self.tr(state)
        self.state_label.setText(state[:1].upper() + state[1:])

    @Slot(str)
    def _show_status(self, status: str) -> None:
        if self._current():
            self.account_panel.show_status(status)

    @Slot(bool, str)
    def _tested(self, ok: bool, text: str) -> None:
        if not self._current():
            return
        self.account_panel.show_message(text, error=not ok)

    @Slot(str)
    def _failed(self, text: str) -> None:
        if not self._current():
            return
        self.account_panel.show_message(text, error=True)
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot(str)
    def _storage_failed(self, text: str) -> None:
        """The journal could not be written (from any worker, a retired one too: the person
        must know what was and was not sent). A dialog; the window keeps running."""
        if self._quitting:  # a worker's last words while the window closes
            log.warning("%s", text)
            return
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        show_storage_failure(self, text)

    # ---- help -------------------------------------------------------------------------------

    def about_text(self) -> str:
        return f"<b>{APP_TITLE}</b> {__version__}<br>" + self.tr(
            "A desktop client and built-in simulator for the SMS GATE SERVER 2.3.1 gateway."
        )

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_TITLE), self.about_text())


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
