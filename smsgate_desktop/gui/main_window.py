"""The main window: panels, menus, status bar, and the wiring between them and the worker.

Following one message: ComposePanel.send_requested -> SendFlow.send -> WorkerHandle
.send_requested (queued into the worker thread) -> SessionWorker.send_messages ->
GatewaySession.send -> protocol/ -> socket; results come back as SessionWorker.results_batch
-> ResultsPanel, and the lines as line_batch -> ProtocolLogPanel (both through send_flow.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..profiles import Profile, ProfileBook, demo_profile, load_profiles
from ..protocol import SmsMessage
from .account import AccountPanel
from .active_account import ActiveAccount
from .banner import DemoBanner
from .broadcast_panel import BroadcastPanel
from .compose import ComposePanel
from .contacts_panel import ContactsPanel
from .demo import DemoGateway
from .failure_dialog import show_storage_failure
from .history_page import HistoryPage
from .i18n import display_name
from .layout import fit_to_screen, restore_geometry, save_geometry, titled
from .local_store import LocalStore
from .menus import MenuTargets, WindowMenus
from .profile_switch import PasswordPrompt, ProfileSwitch
from .protocol_log import ProtocolLogPanel
from .results import ResultsPanel
from .send_flow import SendFlow
from .shutdown import ThreadKeeper
from .status_bar import StatusLine
from .wheel_guard import install_wheel_guard
from .worker import DISCONNECTED, SessionWorker, Stoppable, WorkerHandle

log = logging.getLogger(__name__)

APP_TITLE: Final = "SMSGate Desktop"
START_AT_THE_LATEST_MS: Final = 1000  # start_after_paint without a paint (shown minimised)


class AfterFirstPaint(QObject):
    """Calls `then` once the loop is back after `window`'s first paint (then lets go)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    """The account strip, the task tabs and the protocol log dock; menus (menus.py), status
    bar (status_bar.py), profiles and passwords (profile_switch.py), ending threads
    (shutdown.py), sending and the worker's reports (send_flow.py) are parts of their own.

    Signals:
        send_finished: a send batch's results are on screen (batch_id, sent, total, why).
    """

    # SendFlow.finished, in the GUI thread once a batch's results are on screen (for drivers
    # and tests: a plain callable connected to the worker's own signal would run in its thread).
    send_finished = Signal(int, int, int, str)  # batch_id, sent, total, why it stopped early

    def __init__(
        self,
        book: ProfileBook | None = None,
        demo: DemoGateway | None = None,
        password_prompt: PasswordPrompt | None = None,
        *,
        start_after_paint: bool = False,
    ) -> None:
        """`start_after_paint`: the account (the demo simulator, the keyring, the worker
        thread) starts once the event loop runs, i.e. after the window's first paint; until
        then the strip already shows the profile it will use (app.main, for a quick start).
        False: it has started when the constructor returns (what tests and drivers expect)."""
        super().__init__()
        install_wheel_guard()  # once per app (idempotent), also without app.main()
        self.book = book if book is not None else load_profiles()
        self.demo = demo or DemoGateway()
        self.profiles = ProfileSwitch(self, self.book, self.demo.start, password_prompt)
        self.threads = ThreadKeeper(self)
        self.profile: Profile | None = None
        self._fitted = False
        self.setWindowTitle(APP_TITLE)
        self._build()
        self._build_menus()
        self.profiles.chosen.connect(self.activate_profile)
        self.profiles.notice.connect(self.status_line.show_message)
        self.profiles.follow_refusals(self.send_flow, self.account_panel, lambda: self.profile)
        self.threads.all_ended.connect(self.close)
        restore_geometry(self, self._splitters())
        self._start_pending = start_after_paint
        if start_after_paint:
            self._show_profile(self.profiles.initial_without_starting())
            # A zero timer queued now can fire before the first paint (the expose comes
            # later): the first paint queues it. Should no paint come (shown minimised), the
            # account starts anyway.
            self._first_paint = AfterFirstPaint(self, self._start_initial_profile)
            QTimer.singleShot(START_AT_THE_LATEST_MS, self._start_initial_profile)
        else:
            self.activate_profile(self.profiles.initial())

    @Slot()
    def _start_initial_profile(self) -> None:
        if not self._start_pending:
            return
        self._start_pending = False
        # Closed before the account started, or one was chosen already (--screenshot's
        # prepare_demo_message can run first): nothing to start.
        if self.threads.quitting or self.profile is not None:
            return
        self.activate_profile(self.profiles.initial())

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = DemoBanner()
        self.banner_label, self.banner_button = self.banner.label, self.banner.button

        self.account_panel = AccountPanel()
        self.compose = ComposePanel()
        self.results = ResultsPanel()
        self.log_panel = ProtocolLogPanel()
        # Contacts and broadcasts live in the local store; both panels share the account's
        # one worker (the gateway allows one session per account).
        self.local_store = LocalStore(self)
        self.store, self.db_path = self.local_store.connection, self.local_store.path
        self.contacts = ContactsPanel(self.store)
        self.broadcasts = BroadcastPanel(self.db_path)
        self.contacts.recipients_chosen.connect(self._broadcast_to)

        # The tasks own the window: the tabs fill it, the account is a strip above them, the
        # protocol log is a dock below (View > Protocol log), results sit next to the form that
        # produced them and the history of every send has its own tab.
        self.message_page = QSplitter(Qt.Orientation.Horizontal)
        self.message_page.setChildrenCollapsible(False)
        self.message_page.addWidget(self.compose)
        self.message_page.addWidget(titled(self.tr("Results"), self.results))
        self.message_page.setStretchFactor(0, 3)
        self.message_page.setStretchFactor(1, 2)
        self.message_page.setSizes([600, 400])  # the same shares until the person moves it
        self.tabs = QTabWidget()
        self.tabs.addTab(self.message_page, self.tr("Message"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.broadcasts, self.tr("Broadcast"))
        self.history_page = HistoryPage(self.broadcasts.history, self.broadcasts.conn)
        self.tabs.addTab(self.history_page, self.tr("History"))
        self.contacts.contacts_changed.connect(self.broadcasts.reload_groups)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.account_panel)
        body = QVBoxLayout()
        body.setContentsMargins(4, 0, 4, 0)
        body.addWidget(self.tabs)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.log_dock = QDockWidget(self.tr("Protocol log"), self)
        self.log_dock.setObjectName("protocol_log_dock")  # saveState() keys it by this name
        self.log_dock.setWidget(self.log_panel)
        self.log_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)

        self.status_line = StatusLine(self.statusBar())
        self.state_label = self.status_line.state_label
        self.credit_label = self.status_line.credit_label
        self.send_flow = SendFlow(
            self,
            compose=self.compose,
            results=self.results,
            log_panel=self.log_panel,
            account_panel=self.account_panel,
            status_line=self.status_line,
        )
        self.send_flow.finished.connect(self.send_finished)
        # A single send is journalled like a broadcast: the History tab lists it at once.
        self.send_flow.finished.connect(self._reload_history)
        self.send_flow.storage_failed.connect(self._storage_failed)

        self.banner_button.clicked.connect(self.add_profile)
        self.account_panel.profile_chosen.connect(self._choose_profile)
        self.account_panel.add_requested.connect(self.add_profile)
        self.account_panel.edit_requested.connect(self.edit_profile)
        self.account_panel.delete_requested.connect(self.delete_profile)
        self.account_panel.test_requested.connect(self.test_connection)
        self.account_panel.refresh_requested.connect(self.refresh)
        self.compose.send_requested.connect(self.send_flow.send)
        self.compose.cancel_requested.connect(self.send_flow.cancel)

    def _build_menus(self) -> None:
        self.menus = WindowMenus(
            self,
            MenuTargets(
                quit=self.close,
                add_profile=self.add_profile,
                edit_profile=self.edit_profile,
                test_connection=self.test_connection,
                refresh=self.refresh,
                send=self.compose.send,
                cancel_send=self.cancel_send,
                filter_log=self.log_panel.focus_filter,
                clear_log=self.log_panel.model.clear,
                about=lambda: self.menus.show_about(APP_TITLE, __version__),
                import_contacts=self._import_contacts,
                export_contacts=self._export_contacts,
                show_tab=self.tabs.setCurrentIndex,
                log_dock_action=self.log_dock.toggleViewAction(),
            ),
        )
        self.quit_action = self.menus.quit_action
        self.send_action = self.menus.send_action
        self.filter_action = self.menus.filter_action
        self.about_action = self.menus.about_action

    # ---- window state -----------------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {"window/message_splitter": self.message_page}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the frame's size is known only now
            self._fitted = True
            fit_to_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit within 3 s, whatever the gateway does (shutdown.ThreadKeeper.quit): every
        thread (the account's worker, earlier profiles' still ending, an import) is stopped at
        once with a deadline. One that still runs after that (a connect whose SYN nobody
        answers) is never destroyed: the window hides now and closes for good when it ends."""
        if not self.threads.quitting:
            save_geometry(self, self._splitters())
            dialog = getattr(self.contacts, "import_dialog", None)
            job = dialog.job() if dialog is not None else None
            handle = self.handle
            self.send_flow.set_handle(None)
            self.threads.quit([handle, job])
            if dialog is not None:
                dialog.close()  # its import has ended (or is kept alive, see ImportDialog.done)
        if self.threads.stragglers:
            self.hide()
            event.ignore()
            return
        self.broadcasts.shutdown()
        self.local_store.close()
        self.demo.stop()
        super().closeEvent(event)

    @property
    def _stragglers(self) -> list[Stoppable]:
        return self.threads.stragglers

    @property
    def _retiring(self) -> set[WorkerHandle]:
        return self.threads.retiring

    def prepare_demo_message(self, recipients: str, sender: str, text: str) -> None:
        """Switch to demo mode and fill the Message tab (for --screenshot and --self-test)."""
        if self.profile is None or not self.profile.demo:
            self.activate_profile(self.demo.start())
        self.compose.recipients_edit.setPlainText(recipients)
        self.compose.sender_edit.setText(sender)
        self.compose.text_edit.setPlainText(text)
        self.compose.revalidate()

    @Slot()
    def _reload_history(self) -> None:
        if self.broadcasts.closed:  # a send's last report while the window quits
            return
        self.broadcasts.reload_history()
        self.broadcasts.history.reload_report()
        if self.history_page.isVisible():
            self.history_page.reload_chart()

    @Slot()
    def _import_contacts(self) -> None:
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.open_import()

    @Slot()
    def _export_contacts(self) -> None:
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.export()

    @Slot(list)
    def _broadcast_to(self, numbers: list[str]) -> None:
        """Contacts' "Use as recipients": open the broadcast tab with those numbers."""
        self.broadcasts.set_numbers(numbers)
        self.tabs.setCurrentWidget(self.broadcasts)

    # ---- profiles ---------------------------------------------------------------------------

    def all_profiles(self) -> list[Profile]:
        demo = self.profile if self.profile and self.profile.demo else None
        return [demo or demo_profile(), *self.book.profiles]

    @Slot(str)
    def _choose_profile(self, name: str) -> None:
        self.profiles.choose(name)

    def activate_profile(self, profile: Profile) -> None:
        """Use `profile` from now on: a new worker (one per account) and a fresh panel."""
        self._stop_worker(wait_for=profile)
        self.profile = profile
        self.book.last_used = profile.name
        self.profiles.save_book()
        self._show_profile(profile)
        password = self.password_for(profile)
        if password is not None:
            self.send_flow.set_handle(self._start_worker(profile, password))
        self._hand_account(ActiveAccount(profile, self.handle))
        if password is None:
            self.account_panel.show_message(
                self.tr("No password for this account: use Edit… to enter it."), error=True
            )
            return
        self.refresh()

    def _show_profile(self, profile: Profile) -> None:
        """What the window shows of the account in use: banner, title, strip, status bar."""
        self.banner.setVisible(profile.demo)
        self.setWindowTitle(f"{APP_TITLE} — {display_name(profile)}")
        self.account_panel.set_profiles(self.all_profiles(), profile)
        self.status_line.show_credit(None)
        self.status_line.show_state(DISCONNECTED)

    def _hand_account(self, account: ActiveAccount) -> None:
        """Every panel works with `account` from now on (its country, zone, interface and
        worker): one object, handed over when it changes."""
        for panel in (self.compose, self.broadcasts, self.contacts):
            panel.set_account(account)

    def password_for(self, profile: Profile) -> str | None:
        """Keyring first, then this run's memory, then ask once (kept in memory)."""
        return self.profiles.password_for(profile)

    @property
    def memory_passwords(self) -> dict[str, str]:
        """Passwords asked for or not storable, by profile name (this run only)."""
        return self.profiles.passwords.memory

    @Slot()
    def add_profile(self) -> None:
        self.profiles.add()

    @Slot()
    def edit_profile(self) -> None:
        self.profiles.edit(self.profile)

    def save_profile(
        self, profile: Profile, password: str, replacing: Profile | None = None
    ) -> None:
        self.profiles.save(profile, password, replacing)

    @Slot()
    def delete_profile(self, confirm: bool = True) -> None:
        self.profiles.delete(self.profile, confirm)

    # ---- the worker -------------------------------------------------------------------------

    def _start_worker(self, profile: Profile, password: str) -> WorkerHandle:
        worker = SessionWorker(profile.session_config(password), store=self.db_path)
        self.send_flow.watch(worker)
        return WorkerHandle(worker, self)

    def _stop_worker(self, wait_for: Profile | None = None) -> None:
        """End the current worker (shutdown.ThreadKeeper.retire: joined or left to end)."""
        handle = self.handle
        self.send_flow.set_handle(None)
        if handle is not None:
            self.threads.retire(handle, wait_for)

    @property
    def handle(self) -> WorkerHandle | None:
        """The current account's worker (None: no password given yet, or closing)."""
        return self.send_flow.handle

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
        self.send_flow.send(messages, recipients)

    @Slot()
    def cancel_send(self) -> None:
        self.send_flow.cancel()

    @property
    def sending(self) -> bool:
        return self.send_flow.sending

    @Slot(str)
    def _storage_failed(self, text: str) -> None:
        """The journal could not be written (from any worker, a retired one too: the person
        must know what was and was not sent). A dialog; the window keeps running."""
        if self.threads.quitting:  # a worker's last words while the window closes
            log.warning("%s", text)
            return
        self.status_line.show_message(text)
        show_storage_failure(self, text)

    def about_text(self) -> str:
        return self.menus.about_text(APP_TITLE, __version__)
