"""The main window: panels, menus, status bar, and the wiring between them and the worker.

Following one message: ComposePanel.send_requested -> SendFlow.send -> WorkerHandle
.send_requested (queued into the worker thread) -> SessionWorker.send_messages ->
GatewaySession.send -> protocol/ -> socket; results come back as SessionWorker.results_batch
-> ResultsPanel, and the lines as line_batch -> ProtocolLogPanel (both through send_flow.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, config
from ..profiles import Profile, ProfileBook, demo_profile, load_profiles
from ..protocol import SmsMessage
from ..store.postgres import is_office
from .account import AccountPanel
from .active_account import ActiveAccount
from .banner import DemoBanner
from .broadcast_panel import BroadcastPanel
from .compose import ComposePanel
from .contacts_panel import ContactsPanel
from .demo import DemoGateway
from .failure_dialog import show_storage_failure
from .history_page import HistoryPage
from .i18n import display_name, storage_failure
from .layout import fit_to_screen, restore_geometry, save_geometry, titled
from .local_store import LocalStore
from .menus import MenuTargets, WindowMenus
from .office_dialog import OfficeBanner, OfficeDialog, OfficeProbe, ProbeResult, probe_sentence
from .office_dialog import short_name as office_short_name
from .profile_switch import PasswordPrompt, ProfileSwitch
from .protocol_log import ProtocolLogPanel
from .results import ResultsPanel
from .send_flow import SendFlow
from .shutdown import ThreadKeeper
from .status_bar import StatusLine
from .wheel_guard import install_wheel_guard
from .worker import DISCONNECTED, SessionWorker, Stoppable, WorkerHandle

if TYPE_CHECKING:
    from .office_watch import OfficeWatch

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
    The store it works on is this computer's file or the office database (local_store.py;
    chosen in office_dialog.py, switched live by switch_store; what other desktops change
    arrives through office_watch.py).

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
        # Contacts and broadcasts live in the store: this computer's file or the office
        # database (File > Office database…); both panels share the account's one worker
        # (the gateway allows one session per account).
        self.office_banner = OfficeBanner()
        self.office_banner.retry_requested.connect(self.retry_office)
        self.office_probe = OfficeProbe(self)
        self.office_probe.finished.connect(self._on_office_probe_finished)
        self.office_watch: OfficeWatch | None = None
        self.office_dialog: OfficeDialog | None = None
        self.local_store = LocalStore(self)
        self._make_store_panels()

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
        self._add_store_tabs()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.office_banner)
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
        self.store_label = QLabel()  # which store the window works on
        self.statusBar().addPermanentWidget(self.store_label)
        self._show_store()
        self._watch_office()
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
                office_database=self.open_office_dialog,
                show_tab=self.tabs.setCurrentIndex,
                log_dock_action=self.log_dock.toggleViewAction(),
            ),
        )
        self.quit_action = self.menus.quit_action
        self.send_action = self.menus.send_action
        self.filter_action = self.menus.filter_action
        self.about_action = self.menus.about_action

    # ---- the store: this computer's file or the office database ----------------------------

    def _make_store_panels(self) -> None:
        """The panels that show the store (contacts, broadcasts, history), on local_store."""
        self.store, self.db_path = self.local_store.connection, self.local_store.path
        self.contacts = ContactsPanel(self.store)
        self.broadcasts = BroadcastPanel(self.db_path)
        self.history_page = HistoryPage(self.broadcasts.history, self.broadcasts.conn)
        self.contacts.recipients_chosen.connect(self._broadcast_to)
        self.contacts.contacts_changed.connect(self.broadcasts.reload_groups)

    def _add_store_tabs(self) -> None:
        self.tabs.insertTab(1, self.contacts, self.tr("Contacts"))
        self.tabs.insertTab(2, self.broadcasts, self.tr("Broadcast"))
        self.tabs.insertTab(3, self.history_page, self.tr("History"))

    def _retire_store_panels(self) -> None:
        """Take the store's panels out (switch_store builds new ones on the new store)."""
        pages = (self.contacts, self.broadcasts, self.history_page)
        for page in pages:
            self.tabs.removeTab(self.tabs.indexOf(page))
        self.broadcasts.shutdown()
        for page in pages:
            page.deleteLater()  # their readers join the read in flight, if any

    def _show_store(self) -> None:
        """The status bar says which store is in use; the banner, why not the office one."""
        store = self.local_store
        self.store_label.setStyleSheet("")
        if store.shared:
            name = office_short_name(store.office)
            self.store_label.setText(self.tr("Office database: {name}").format(name=name))
            self.store_label.setToolTip(store.office)
        elif store.wanted:
            self.store_label.setText(self.tr("Data on this computer"))
            self.store_label.setToolTip(str(store.path))
        else:  # the usual single desktop: nothing to point out
            self.store_label.setText("")
            self.store_label.setToolTip("")
        if store.office_failure:
            self.office_banner.show_failure(store.office_failure)
        else:
            self.office_banner.hide()

    def store_busy(self) -> str:
        """Why the window cannot change its store now ("" when it can): a send, a broadcast
        or an import under way writes to the one it has."""
        if self.sending or self.broadcasts.running_id is not None:
            return self.tr(
                "Wait for the send under way to end (or pause it): the data in use changes "
                "only between sends."
            )
        if self.contacts.import_dialog is not None:
            return self.tr("Close the import first: the data in use changes only between imports.")
        return ""

    def switch_store(self, location: str) -> bool:
        """Work on `location` from now on ("" this computer's own file, else an office
        database's address, which the dialog or Retry reached off the GUI thread first): the
        Contacts, Broadcast and History tabs are made again on it and the account's worker
        restarted with it. False when it cannot be done now (store_busy) or the office
        database stopped answering meanwhile (the banner says so)."""
        busy = self.store_busy()
        if busy:
            self.status_line.show_message(busy)
            return False
        if not is_office(location) and not self.local_store.shared:
            self.local_store.wanted = self.local_store.office_failure = ""  # on it already
            self._show_store()
            return True
        store = LocalStore(self, location)
        if is_office(location) and not store.shared:
            store.close()
            self.local_store.wanted = store.wanted
            self.local_store.office_failure = store.office_failure
            self._show_store()
            return False
        index = self.tabs.currentIndex()
        self._stop_watch()
        self._retire_store_panels()
        old, self.local_store = self.local_store, store
        self._make_store_panels()
        self._add_store_tabs()
        self.tabs.setCurrentIndex(index)
        old.close()
        self._restart_worker()
        self._show_store()
        self._watch_office()
        return True

    def _restart_worker(self) -> None:
        """The account's worker journals into the store: a new one on the new store."""
        if self.profile is None:  # not started yet (start_after_paint): it will use it
            return
        if self.handle is not None:
            self.activate_profile(self.profile)
        else:
            self._hand_account(ActiveAccount(self.profile, None))

    @Slot()
    def open_office_dialog(self) -> OfficeDialog:
        """File > Office database…: one dialog, kept (a probe in flight never makes closing
        it wait), shown window-modal without blocking."""
        current = self.local_store.office or self.local_store.wanted or config.office_database()
        if self.office_dialog is None:
            self.office_dialog = OfficeDialog(parent=self, busy=self.store_busy)
            self.office_dialog.saved.connect(self._on_office_dialog_saved)
        self.office_dialog.reset(current)
        self.office_dialog.open()
        return self.office_dialog

    @Slot(str, str)
    def _on_office_dialog_saved(self, address: str, failure: str) -> None:
        if not failure:
            self.switch_store(address)
            return
        # Kept for the next start; the window stays on what it has and says why.
        self.local_store.wanted, self.local_store.office_failure = address, failure
        self._show_store()

    @Slot()
    def retry_office(self) -> None:
        """The banner's Retry: connect off the GUI thread, switch when it answers."""
        if not self.local_store.wanted:
            self._show_store()
            return
        self.office_banner.show_trying()
        self.office_probe.start(self.local_store.wanted)

    @Slot(object)
    def _on_office_probe_finished(self, result: ProbeResult) -> None:
        address = self.local_store.wanted
        if not address or self.threads.quitting:
            return
        if not result.ok:
            self.local_store.office_failure = probe_sentence(result)
            self._show_store()
            return
        busy = self.store_busy()
        if busy:
            self.office_banner.show_message(busy)
            return
        self.switch_store(address)

    def _watch_office(self) -> None:
        """On an office database, listen to what other desktops change (office_watch)."""
        self._stop_watch()
        if not self.local_store.shared:
            return
        from .office_watch import OfficeWatch  # imported only by a desktop that has one

        watch = OfficeWatch(str(self.local_store.path), self)
        watch.contacts_changed.connect(self._on_office_watch_contacts_changed)
        watch.history_changed.connect(self._on_office_watch_history_changed)
        watch.lost.connect(self._on_office_watch_lost)
        watch.back.connect(self._on_office_watch_back)
        watch.start()
        self.office_watch = watch

    def _stop_watch(self) -> None:
        watch, self.office_watch = self.office_watch, None
        if watch is not None:
            watch.stop()
            watch.deleteLater()

    # Another desktop (or this one) changed the office database: what the window shows of it
    # is read again, off the GUI thread.

    @Slot()
    def _on_office_watch_contacts_changed(self) -> None:
        if not self.broadcasts.closed:
            self.contacts.refresh_from_store()

    @Slot()
    def _on_office_watch_history_changed(self) -> None:
        if self.broadcasts.closed:
            return
        self.broadcasts.history.refresh()
        if self.history_page.isVisible():
            self.history_page.reload_chart()

    @Slot(object)
    def _on_office_watch_lost(self, error: Exception) -> None:
        text = storage_failure(error)
        name = office_short_name(self.local_store.office)
        self.store_label.setText(
            self.tr("Office database: {name} (not answering)").format(name=name)
        )
        self.store_label.setStyleSheet("color: #b00020;")
        self.store_label.setToolTip(text)
        self.status_line.show_message(text)

    @Slot()
    def _on_office_watch_back(self) -> None:
        self._show_store()
        self.status_line.show_message(self.tr("The office database answers again."))

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
        self._stop_watch()
        self.office_probe.cancel()  # an answer still on its way is not wanted
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
        worker = SessionWorker(
            profile.session_config(password), store=self.db_path, lease=not profile.demo
        )
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
