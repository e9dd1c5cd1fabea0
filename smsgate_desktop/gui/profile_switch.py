"""Adding, editing and deleting account profiles, and asking for their passwords.

The dialogs and the words are here; where a password is and goes is decided without Qt by
profiles.Passwords, and the profile book refuses a clash with a ProfileError (worded here by
its code). The window is told which profile to use next through `chosen`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from .. import config
from ..config import KeyringUnavailable
from ..profiles import DEMO_NAME, Passwords, Profile, ProfileBook, ProfileError, save_profiles
from .account import ProfileDialog

PasswordPrompt = Callable[[Profile], str | None]


class ProfileSwitch(QObject):
    """The profile book and the passwords, as the person edits them.

    Signals:
        chosen: a Profile to use from now on (saved, added, or what is left after a delete).
        notice: a sentence for the status bar (a password kept in memory, a book not saved).
    """

    chosen = Signal(object)
    notice = Signal(str)

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
        self.prompt = prompt or self.ask_password
        self._demo_start = demo_start

    def initial(self) -> Profile:
        """The profile to start with: the one used last, else the first, else the demo."""
        last = self.book.last_used
        if last != DEMO_NAME and self.book.has_real_account:
            return self.book.get(last or "") or self.book.profiles[0]
        return self._demo_start()

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
        asked = self.prompt(profile)
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
