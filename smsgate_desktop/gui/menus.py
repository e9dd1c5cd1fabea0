"""The main window's menu bar: File, Account, Message, View, Help.

Only actions and their shortcuts; each one is connected to a slot the window (or one of its
panels) already has, passed in as `MenuTargets`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox


@dataclass(frozen=True, slots=True)
class MenuTargets:
    """What each menu entry does (slots of the window and its panels)."""

    quit: Callable[[], object]
    add_profile: Callable[[], object]
    edit_profile: Callable[[], object]
    test_connection: Callable[[], object]
    refresh: Callable[[], object]
    send: Callable[[], object]
    cancel_send: Callable[[], object]
    filter_log: Callable[[], object]
    clear_log: Callable[[], object]
    about: Callable[[], object]
    import_contacts: Callable[[], object]
    export_contacts: Callable[[], object]
    office_database: Callable[[], object]  # where contacts and history live (office_dialog)
    show_tab: Callable[[int], object]  # 0 Message, 1 Contacts, 2 Broadcast, 3 History
    log_dock_action: QAction  # the dock's own show/hide action (QDockWidget.toggleViewAction)


class WindowMenus(QObject):
    """Builds the menus of `window`; keeps the actions tests and shortcuts refer to."""

    def __init__(self, window: QMainWindow, targets: MenuTargets) -> None:
        super().__init__(window)
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.tr("&Import contacts…"), QKeySequence("Ctrl+I")).triggered.connect(
            targets.import_contacts
        )
        file_menu.addAction(self.tr("&Export contacts…")).triggered.connect(targets.export_contacts)
        file_menu.addSeparator()
        self.office_action = file_menu.addAction(self.tr("Office &database…"))
        self.office_action.triggered.connect(targets.office_database)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"), QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(targets.quit)

        account_menu = bar.addMenu(self.tr("&Account"))
        account_menu.addAction(self.tr("&Add account…")).triggered.connect(targets.add_profile)
        account_menu.addAction(self.tr("&Edit account…")).triggered.connect(targets.edit_profile)
        account_menu.addAction(self.tr("&Test connection")).triggered.connect(
            targets.test_connection
        )
        refresh = account_menu.addAction(self.tr("&Refresh balance and status"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(targets.refresh)

        message_menu = bar.addMenu(self.tr("&Message"))
        self.send_action = QAction(self.tr("&Send"), window)
        # Ctrl+Enter sends from anywhere in the window, including from inside the text box
        # (a window shortcut wins: QPlainTextEdit does not claim Ctrl+Return).
        self.send_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.send_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.send_action.triggered.connect(targets.send)
        message_menu.addAction(self.send_action)
        message_menu.addAction(self.tr("&Cancel sending")).triggered.connect(targets.cancel_send)

        view_menu = bar.addMenu(self.tr("&View"))
        tabs = (
            self.tr("&Message"),
            self.tr("&Contacts"),
            self.tr("&Broadcast"),
            self.tr("&History"),
        )
        for index, name in enumerate(tabs):
            action = view_menu.addAction(name, QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: targets.show_tab(i))
        view_menu.addSeparator()
        self.log_action = targets.log_dock_action
        self.log_action.setText(self.tr("&Protocol log"))
        self.log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        view_menu.addAction(self.log_action)
        self.filter_action = QAction(self.tr("&Filter the protocol log"), window)
        self.filter_action.setShortcut(QKeySequence("Ctrl+L"))
        self.filter_action.triggered.connect(targets.filter_log)
        view_menu.addAction(self.filter_action)
        view_menu.addAction(self.tr("C&lear the protocol log")).triggered.connect(targets.clear_log)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About SMSGate Desktop"))
        self.about_action.triggered.connect(targets.about)
        self._window = window

    def about_text(self, app: str, version: str) -> str:
        return f"<b>{app}</b> {version}<br>" + self.tr(
            "A desktop client and built-in simulator for the SMS GATE SERVER 2.3.1 gateway."
        )

    def show_about(self, app: str, version: str) -> None:
        QMessageBox.about(
            self._window, self.tr("About {app}").format(app=app), self.about_text(app, version)
        )
