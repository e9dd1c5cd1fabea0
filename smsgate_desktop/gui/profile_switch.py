"""Adding, editing and deleting account profiles, and asking for their passwords.

The dialogs and the words are here; where a password is and goes is decided without Qt by
profiles.Passwords, and the profile book refuses a clash with a ProfileError (worded here by
its code). The window is told which profile to use next through `chosen`.

A password the gateway refused (the worker's `password_refused`) is asked for again, once per
refusal: a new one restarts the account with it (`chosen`); a cancel leaves the account
disconnected and says so (`declined`), and nothing asks again until the gateway refuses the
password once more, i.e. until the person tries again (Test connection, Refresh, a send).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from .. import config
from ..config import KeyringUnavailable
from ..profiles import (
    DEMO_NAME,
    Passwords,
    Profile,
    ProfileBook,
    ProfileError,
    demo_profile,
    save_profiles,
)
from .account import AccountPanel, ProfileDialog
from .password_dialog import PasswordDialog
from .send_flow import SendFlow


@dataclass(frozen=True, slots=True)
class PasswordAnswer:
    """A password asked for again, and whether to keep it in the system keyring."""

    password: str
    remember: bool


PasswordPrompt = Callable[..., "str | PasswordAnswer | None"]
"""Asks for a profile's password (None: cancelled): `prompt(profile)` when none is known,
`prompt(profile, refused=True)` after the gateway refused the one used; the answer to that
may be a PasswordAnswer (a plain str is kept in the keyring when one works). The window's
own prompts are the dialogs of ProfileSwitch; tests pass a function."""


class ProfileSwitch(QObject):
    """The profile book and the passwords, as the person edits them.

    Signals:
        chosen: a Profile to use from now on (saved, added, what is left after a delete, or
            the same one with the password asked for again).
        notice: a sentence for the status bar (a password kept in memory, a book not saved).
        declined: the refused password was not replaced (a sentence for the account strip).
    """

    chosen = Signal(object)
    notice = Signal(str)
    declined = Signal(str)

    def __init__(
        self,
        window: QWidget,
        book: ProfileBook,
        demo_start: Callable[[], Profile],
        prompt: PasswordPrompt | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.book = book
        self.passwords = Passwords()
        self.prompt = prompt  # None: the dialogs below
        self._demo_start = demo_start
        self._asking_again = False  # a refused password's dialog is open

    def initial(self) -> Profile:
        """The profile to start with: the one used last, else the first, else the demo."""
        profile = self.initial_without_starting()
        return self._demo_start() if profile.demo else profile

    def initial_without_starting(self) -> Profile:
        """The profile initial() will return, without starting the demo's simulator (its
        address is a placeholder): for showing it before it starts."""
        last = self.book.last_used
        if last != DEMO_NAME and self.book.has_real_account:
            return self.book.get(last or "") or self.book.profiles[0]
        return demo_profile()

    def choose(self, name: str) -> None:
        """The person picked the profile called `name` (the demo's included)."""
        if name == DEMO_NAME:
            self.chosen.emit(self._demo_start())
        elif (profile := self.book.get(name)) is not None:
            self.chosen.emit(profile)

    def password_for(self, profile: Profile) -> str | None:
        """Keyring first, then this run's memory, then ask once (kept in memory)."""
        known = self.passwords.known(profile)
        if known:
            return known
        asked = (self.prompt or self.ask_password)(profile)
        if asked:
            self.passwords.remember(profile, asked)
        return asked or None

    def ask_password(self, profile: Profile) -> str | None:
        why = (
            self.tr("No system keyring is available, so the password is not stored.")
            if not config.keyring_usable()
            else self.tr("No password is stored for this account.")
        )
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Password"),
            why
            + "\n"
            + self.tr("Password for {account} on {server} (kept until you quit):").format(
                account=profile.account, server=profile.primary
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def follow_refusals(
        self, send_flow: SendFlow, panel: AccountPanel, current: Callable[[], Profile | None]
    ) -> None:
        """Ask again when the current worker's password is refused (`send_flow` relays it);
        a cancel is said on the account strip `panel`. `current`: the profile in use."""
        send_flow.password_refused.connect(lambda: self.ask_again(current()))
        self.declined.connect(lambda text: panel.show_message(text, error=True))

    def ask_again(self, profile: Profile | None) -> None:
        """The gateway refused `profile`'s password: ask for a new one, one dialog at a time.
        The window's own dialog is opened with open(): modal to the window, but without a
        nested event loop, so the worker's reports keep arriving while it is shown."""
        if profile is None or profile.demo or self._asking_again:
            return
        if self.prompt is not None:
            self._answered(profile, self.prompt(profile, refused=True))
            return
        self._asking_again = True
        dialog = PasswordDialog(profile, keyring_ok=config.keyring_usable(), parent=self.window)

        def done(result: int) -> None:
            self._asking_again = False
            accepted = result == QDialog.DialogCode.Accepted
            self._answered(
                profile, PasswordAnswer(dialog.password(), dialog.remember()) if accepted else None
            )
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _answered(self, profile: Profile, answer: str | PasswordAnswer | None) -> None:
        if isinstance(answer, str):
            answer = PasswordAnswer(answer, config.keyring_usable())
        if answer is None or not answer.password:
            self.declined.emit(
                self.tr(
                    "The gateway refused the password and no new one was entered: {account} "
                    "stays disconnected. Test connection asks for it again."
                ).format(account=profile.account)
            )
            return
        if answer.remember:
            unavailable = self.passwords.save(profile, answer.password)
            if unavailable is not None:
                self.notice.emit(
                    self.tr("{reason} The password is kept in memory until you quit.").format(
                        reason=self.keyring_reason(unavailable)
                    )
                )
        else:
            # Kept for this run only; the refused one leaves the keyring, or it would be the
            # one used (the keyring comes first) and refused again at the next start.
            self.passwords.forget(profile)
            self.passwords.remember(profile, answer.password)
        self.chosen.emit(profile)

    @Slot()
    def add(self) -> None:
        dialog = ProfileDialog(keyring_ok=config.keyring_usable(), parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(dialog.profile(), dialog.password())

    def edit(self, profile: Profile | None) -> None:
        if profile is None or profile.demo:
            return
        dialog = ProfileDialog(
            profile,
            has_password=bool(self.passwords.known(profile)),
            keyring_ok=config.keyring_usable(),
            parent=self.window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(dialog.profile(), dialog.password(), replacing=profile)

    def save(self, profile: Profile, password: str, replacing: Profile | None = None) -> None:
        """Store the profile (never its password) and the password in the keyring only."""
        try:
            self.book.put(profile, replacing.name if replacing else None)
        except ProfileError as exc:
            QMessageBox.warning(self.window, self.tr("Profile"), self.profile_refusal(exc))
            return
        unavailable = self.passwords.save(profile, password, replacing)
        if unavailable is not None:
            self.notice.emit(
                self.tr("{reason} The password is kept in memory until you quit.").format(
                    reason=self.keyring_reason(unavailable)
                )
            )
        self.save_book()
        self.chosen.emit(profile)

    def delete(self, profile: Profile | None, confirm: bool = True) -> None:
        if profile is None or profile.demo:
            return
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Delete profile"),
                self.tr("Delete the profile {name} and its password?").format(
                    name=repr(profile.name)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.book.remove(profile.name)
        self.passwords.forget(profile)
        self.save_book()
        self.chosen.emit(self.book.profiles[0] if self.book.profiles else self._demo_start())

    def save_book(self) -> None:
        try:
            save_profiles(self.book)
        except OSError as exc:
            self.notice.emit(self.tr("Could not save the profiles: {error}").format(error=exc))

    def keyring_reason(self, exc: KeyringUnavailable) -> str:
        """Why the keyring could not take the password, by the error's code."""
        if exc.code == "refused":
            return self.tr("The password store refused the password: {detail}").format(
                detail=exc.detail
            )
        return self.tr("No password store (keyring) is available on this computer.")

    def profile_refusal(self, exc: ProfileError) -> str:
        """Why the book refused a profile, by the error's code."""
        if exc.code == "exists":
            return self.tr("A profile called {name} already exists.").format(name=repr(exc.name))
        return self.tr("The demo profile is built in and is not stored.")
