"""File > Office database…: where this desktop keeps contacts, groups, opt-outs and the
history of sends, this computer's own file or a PostgreSQL database the office shares; and the
banner the window shows while the office database it should use does not answer.

The address is kept without its password (config.set_office_database); the password goes to
the OS keyring (store.postgres.save_office_password), never to a file or a log. Test and Save
connect off the GUI thread (`OfficeProbe`, a QThreadPool of its own): a server that does not
answer keeps the window responsive for the CONNECT_TIMEOUT it takes to say so.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import config
from ..store.errors import OFFICE_SCHEMES
from ..store.postgres import BROKEN, split_password
from .i18n import storage_failure, translate_error
from .store_reader import NewestOffThread

EXAMPLE: Final = "postgresql://smsgate@server.office.lan:5432/smsgate"


# ---- the probe: connect, count, off the GUI thread ------------------------------------------


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What a connection attempt found: the counts (None: the database has no SMSGate tables
    yet), or the error (a StorageError, or what psycopg raised)."""

    contacts: int | None = None
    broadcasts: int | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def probe(url: str, password: str | None) -> ProbeResult:
    """Connect to `url` (with `password`, else the one in the keyring) and count what it
    shares. Nothing is written: a database without SMSGate's tables is reported empty (the
    first desktop that uses it creates them)."""
    from ..store import postgres

    try:
        conn = postgres.PgConnection(url, password) if password else postgres.connect(url)
        try:
            if conn.execute("SELECT to_regclass('broadcasts')").fetchone()[0] is None:
                return ProbeResult()
            contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
            broadcasts = conn.execute(
                "SELECT count(*) FROM broadcasts WHERE kind = 'broadcast'"
            ).fetchone()[0]
        finally:
            conn.close()
    except Exception as exc:  # shown to the person, whatever it is: the window goes on
        return ProbeResult(error=exc)
    return ProbeResult(contacts, broadcasts)


def probe_sentence(result: ProbeResult) -> str:
    """The probe's answer in one sentence, in the user's language."""
    # QCoreApplication.translate spelled out each time: lupdate reads a bare `tr(` as
    # QObject.tr and would file the texts under no context.
    if result.error is not None:
        error = result.error
        if getattr(error, "office", False):
            return storage_failure(error)  # type: ignore[arg-type]
        return QCoreApplication.translate(
            "OfficeDialog", "The office database refused: {error}"
        ).format(error=translate_error(error))
    if result.contacts is None:
        return QCoreApplication.translate(
            "OfficeDialog",
            "Connected: the database is empty; SMSGate prepares it when you save.",
        )
    contacts = QCoreApplication.translate(
        "OfficeDialog", "{count:,} contacts", "", result.contacts
    ).format(count=result.contacts)
    broadcasts = QCoreApplication.translate(
        "OfficeDialog", "{count:,} broadcasts", "", result.broadcasts or 0
    ).format(count=result.broadcasts or 0)
    return QCoreApplication.translate(
        "OfficeDialog", "Connected: {contacts}, {broadcasts} shared."
    ).format(contacts=contacts, broadcasts=broadcasts)


class OfficeProbe(NewestOffThread):
    """Connects off the GUI thread, one attempt at a time; the newest attempt's answer comes
    back as `finished` (a ProbeResult: probe() never raises). Deleting it waits for the
    attempt in flight (at most CONNECT_TIMEOUT)."""

    def start(self, url: str, password: str | None = None) -> None:
        self.submit(functools.partial(probe, url, password))


# ---- the address ------------------------------------------------------------------------------


def address_problem(address: str) -> str:
    """Why `address` is no office database address ("" when it is one, or empty)."""
    if not address:
        return ""
    parts = urlsplit(address)
    if not address.startswith(OFFICE_SCHEMES) or not parts.hostname or len(parts.path) < 2:
        return QCoreApplication.translate(
            "OfficeDialog", "The address must look like {example}."
        ).format(example=EXAMPLE)
    try:
        parts.port  # noqa: B018 (urlsplit checks the port only when asked)
    except ValueError:
        return QCoreApplication.translate("OfficeDialog", "The port must be a number.")
    return ""


def short_name(address: str) -> str:
    """The office database as the status bar shows it: server/database."""
    parts = urlsplit(address)
    return f"{parts.hostname or ''}{parts.path}"


# ---- the dialog -------------------------------------------------------------------------------


class OfficeDialog(QDialog):
    """The office database's address and password, a Test button, Save and Cancel.

    `busy()` says why the window cannot change its store now ("" when it can): Save waits.

    Signals:
        saved(str, str): the address was kept ("": this computer's own file), and why the
            office database did not answer ("" when it did: the window switches to it).
    """

    saved = Signal(str, str)

    def __init__(
        self,
        current: str = "",
        parent: QWidget | None = None,
        busy: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._window_busy = busy or (lambda: "")
        self.setWindowTitle(self.tr("Office database"))
        self.probe = OfficeProbe(self)
        self.probe.finished.connect(self._on_probe_finished)
        self._saving = ""  # the address being saved, while its probe runs
        intro = QLabel(
            self.tr(
                "Several computers can share contacts, groups, opt-outs and the history of "
                "sends in one PostgreSQL database on the office server. Leave the address "
                "empty to keep them on this computer only."
            )
        )
        intro.setWordWrap(True)
        self.address_edit = QLineEdit(current)
        self.address_edit.setPlaceholderText(EXAMPLE)
        self.address_edit.setClearButtonEnabled(True)
        example = QLabel(
            self.tr("For example {example}: ask whoever runs the office server.").format(
                example=EXAMPLE
            )
        )
        example.setWordWrap(True)
        example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("Kept in this computer's password store; empty: keep the stored one")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Address"), self.address_edit)
        form.addRow("", example)
        form.addRow(self.tr("&Password"), self.password_edit)
        self.test_button = QPushButton(self.tr("&Test"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.result_label, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.address_edit.editingFinished.connect(self._take_password_out)
        self.address_edit.textChanged.connect(self._address_changed)
        self.test_button.clicked.connect(self.test)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._address_changed()

    def reset(self, current: str) -> None:
        """Show `current` (the address in use or chosen), nothing typed, no answer yet."""
        self.probe.cancel()  # an answer still on its way belongs to the last showing
        self._saving = ""
        self.address_edit.setText(current)
        self.password_edit.clear()
        self._show("")
        self._busy(False)

    # ---- what was typed ---------------------------------------------------------------------

    def address(self) -> str:
        """The address as typed, without a password (that goes to the password box); an
        address too broken to read as typed, which address_problem then refuses."""
        typed = self.address_edit.text().strip()
        address = split_password(typed)[0]
        return typed if address.endswith(BROKEN) else address

    @Slot()
    def _take_password_out(self) -> None:
        """A pasted address with its password: the password moves to its own box, so that
        it is kept in the keyring and never in the settings file."""
        address, password = split_password(self.address_edit.text().strip())
        if password is not None:
            self.address_edit.setText(address)
            self.password_edit.setText(password)

    @Slot()
    def _address_changed(self) -> None:
        self.test_button.setEnabled(bool(self.address()) and not self.probe.pending)

    def _show(self, text: str, error: bool = False) -> None:
        self.result_label.setStyleSheet("color: #b00020;" if error else "")
        self.result_label.setText(text)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy and bool(self.address()))
        for edit in (self.address_edit, self.password_edit):
            edit.setReadOnly(busy)

    # ---- test and save ----------------------------------------------------------------------

    @Slot()
    def test(self) -> None:
        """Connect off the GUI thread with what is typed; the answer shows below."""
        self._take_password_out()
        address = self.address()
        problem = address_problem(address)
        if problem or not address:
            self._show(problem, error=True)
            return
        self._saving = ""
        self._start_probe(address)

    def _start_probe(self, address: str) -> None:
        self._busy(True)
        self._show(self.tr("Connecting to {address}…").format(address=short_name(address)))
        self.probe.start(address, self.password_edit.text() or None)

    @Slot()
    def save(self) -> None:
        """Keep the address (and the password, in the keyring), then connect off the GUI
        thread: `saved` says whether the office database answered. Empty: back to this
        computer's own file."""
        self._take_password_out()
        address = self.address()
        problem = address_problem(address)
        if problem:
            self._show(problem, error=True)
            return
        busy = self._window_busy()
        if busy:
            self._show(busy, error=True)
            return
        if not self._keep(address):
            return
        if not address:
            self.saved.emit("", "")
            self.accept()
            return
        self._saving = address
        self._start_probe(address)

    def _keep(self, address: str) -> bool:
        """The password to the keyring, the address to the settings; False (and why) when
        either cannot be kept."""
        from ..store import postgres

        password = self.password_edit.text()
        try:
            if address and password:
                postgres.save_office_password(address, password)
            config.set_office_database(address)
        except config.KeyringUnavailable as exc:
            self._show(
                self.tr("The password cannot be kept: {why}").format(why=translate_error(exc)),
                error=True,
            )
            return False
        except OSError as exc:
            self._show(
                self.tr("The setting cannot be kept in the data folder: {why}").format(
                    why=exc.strerror or exc
                ),
                error=True,
            )
            return False
        return True

    @Slot(object)
    def _on_probe_finished(self, result: ProbeResult) -> None:
        self._busy(False)
        sentence = probe_sentence(result)
        saving, self._saving = self._saving, ""
        if not saving:
            self._show(sentence, error=not result.ok)
            return
        if result.ok:
            self.accept()  # first: the window then switches with the dialog gone
            self.saved.emit(saving, "")
            return
        self.saved.emit(saving, sentence)
        self._show(
            sentence
            + " "
            + self.tr(
                "The address is saved: this window keeps using this computer's own data "
                "until the office database answers."
            ),
            error=True,
        )

    def done(self, result: int) -> None:
        """Closed while a probe runs: its answer is dropped (the probe's pool is joined when
        the dialog is deleted)."""
        self.probe.cancel()
        super().done(result)


# ---- the banner -------------------------------------------------------------------------------


class OfficeBanner(QWidget):
    """Across the top while the office database does not answer: what that means (this
    computer's own contacts and history are shown) and Retry.

    Signals:
        retry_requested(): the Retry button was clicked.
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#officeBanner { background: #fde2e1; border-bottom: 1px solid #d08080; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Retry"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.retry_requested)
        self.hide()

    def show_failure(self, failure: str) -> None:
        """`failure` (why the office database cannot be used), then what the window does."""
        self.label.setText(
            failure
            + " "
            + self.tr(
                "Until it answers, the contacts and the history shown are this computer's "
                "own; nothing is lost."
            )
        )
        self.button.setEnabled(True)
        self.show()

    def show_message(self, text: str) -> None:
        """`text` as it is, with Retry."""
        self.label.setText(text)
        self.button.setEnabled(True)
        self.show()

    def show_trying(self) -> None:
        self.label.setText(self.tr("Connecting to the office database…"))
        self.button.setEnabled(False)
