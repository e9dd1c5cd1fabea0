"""A password the gateway refuses is asked for again: the new one is used (and kept in the
keyring when the person says so), a cancel leaves the account disconnected with a clear
message, and nothing asks again by itself. Prompts are faked (`password_prompt=`), except
where the window's own dialog is driven."""

from __future__ import annotations

import keyring
import pytest
from gui_helpers import SIGNAL_TIMEOUT, profile_for, wait_logged_in
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QDialogButtonBox

from smsgate_desktop import config
from smsgate_desktop.gui.password_dialog import PasswordDialog
from smsgate_desktop.gui.profile_switch import PasswordAnswer
from smsgate_desktop.profiles import Profile, ProfileBook
from smsgate_desktop.simulator.accounts import Account

GOOD = "s3cret-pw"


class Prompt:
    """Answers in turn; records (profile name, refused) for each question."""

    def __init__(self, *answers) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, bool]] = []

    def __call__(self, profile: Profile, refused: bool = False):
        self.asked.append((profile.name, refused))
        return self.answers.pop(0)


@pytest.fixture
def wrong_window(make_window, simulator):
    """wrong_window(prompt, accounts=None) -> (window, sim, keyring key): the stored password
    is wrong."""

    def make(prompt, accounts=None):
        sim = simulator(accounts)
        profile = profile_for(sim)
        config.set_password(profile.account, profile.keyring_host, "wrong")
        window = make_window(book=ProfileBook([profile], profile.name), password_prompt=prompt)
        return window, sim, (config.KEYRING_SERVICE, f"acme@{sim.host}")

    return make


def logged_in(qtbot, window) -> None:
    wait_logged_in(qtbot, window)
    qtbot.waitUntil(
        lambda: window.state_label.text().startswith("Logged in as acme"), timeout=SIGNAL_TIMEOUT
    )


def test_cancelled_then_test_connection_asks_again_and_remembers(
    qtbot, wrong_window, memory_keyring
):
    prompt = Prompt(None, PasswordAnswer(GOOD, remember=True))
    window, sim, key = wrong_window(prompt)
    panel = window.account_panel

    # The opening refresh is refused: asked once; cancelled, the account stays disconnected.
    qtbot.waitUntil(lambda: "stays disconnected" in panel.message_label.text())
    assert panel.message_label.text() == (
        "The gateway refused the password and no new one was entered: acme stays "
        "disconnected. Test connection asks for it again."
    )
    assert prompt.asked == [("Office", True)]
    assert window.state_label.text() == "Disconnected"
    assert memory_keyring.entries[key] == "wrong"  # a cancel changes nothing

    # Test connection: refused again, so asked again; the new password logs in.
    window.test_connection()
    logged_in(qtbot, window)
    assert prompt.asked == [("Office", True), ("Office", True)]
    assert memory_keyring.entries[key] == GOOD
    assert window.memory_passwords == {}
    assert window.handle.worker._config.password == GOOD
    # Two refused logins (the opening refresh, Test connection), then the good one: no loop.
    assert sim.gateway._connections == 3
    assert panel.message_label.text() == ""


def test_not_remembered_it_is_kept_for_this_session_only(qtbot, wrong_window, memory_keyring):
    prompt = Prompt(PasswordAnswer(GOOD, remember=False))
    window, _, key = wrong_window(prompt)
    logged_in(qtbot, window)
    assert prompt.asked == [("Office", True)]
    # Not in the keyring; the refused one left it too (it would be used, and refused, next).
    assert key not in memory_keyring.entries
    assert window.memory_passwords == {"Office": GOOD}


def test_a_plain_answer_goes_to_the_keyring(qtbot, wrong_window, memory_keyring):
    window, _, key = wrong_window(Prompt(GOOD))
    logged_in(qtbot, window)
    assert memory_keyring.entries[key] == GOOD


def test_without_a_keyring_the_new_password_is_kept_in_memory(qtbot, make_window, simulator):
    keyring.set_keyring(FailKeyring())
    sim = simulator()
    profile = profile_for(sim)
    prompt = Prompt("wrong", GOOD)  # asked first (nothing stored), then again once refused
    window = make_window(book=ProfileBook([profile], profile.name), password_prompt=prompt)
    logged_in(qtbot, window)
    assert prompt.asked == [("Office", False), ("Office", True)]
    assert window.memory_passwords == {"Office": GOOD}


def test_a_blocked_account_is_not_a_password_problem(qtbot, wrong_window):
    prompt = Prompt()
    window, _, _ = wrong_window(prompt, accounts=[Account("acme", "wrong", status="Blocked")])
    panel = window.account_panel
    qtbot.waitUntil(lambda: panel.message_label.text() != "", timeout=SIGNAL_TIMEOUT)
    assert panel.message_label.text() == (
        "Login refused: The account is blocked. Contact your provider. [89]"
    )
    assert prompt.asked == []


def dialog_of(qtbot, window) -> PasswordDialog:
    found: list[PasswordDialog] = []

    def shown() -> bool:
        found[:] = [d for d in window.findChildren(PasswordDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=SIGNAL_TIMEOUT)
    assert len(found) == 1
    return found[0]


def test_the_windows_own_dialog(qtbot, make_window, simulator, memory_keyring):
    sim = simulator()
    profile = profile_for(sim)
    config.set_password(profile.account, profile.keyring_host, "wrong")
    window = make_window(book=ProfileBook([profile], profile.name))

    dialog = dialog_of(qtbot, window)
    assert dialog.refused_label.text().startswith(
        f"The gateway refused the password for acme on {sim.host}:{sim.port}."
    )
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed yet
    assert dialog.remember_check.isChecked() and dialog.remember_check.isEnabled()
    assert not dialog.keyring_note.isVisible()
    dialog.password_edit.setText(GOOD)
    ok.click()

    logged_in(qtbot, window)
    assert memory_keyring.entries[(config.KEYRING_SERVICE, f"acme@{sim.host}")] == GOOD


def test_the_windows_own_dialog_cancelled(qtbot, make_window, simulator):
    sim = simulator()
    profile = profile_for(sim)
    config.set_password(profile.account, profile.keyring_host, "wrong")
    window = make_window(book=ProfileBook([profile], profile.name))

    dialog_of(qtbot, window).reject()

    panel = window.account_panel
    qtbot.waitUntil(lambda: "stays disconnected" in panel.message_label.text())
    assert not [d for d in window.findChildren(PasswordDialog) if d.isVisible()]
    assert window.state_label.text() == "Disconnected"


def test_the_dialog_without_a_keyring(qtbot):
    dialog = PasswordDialog(Profile("Office", "acme", "gw.example.com:27"), keyring_ok=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember_check.isChecked() and not dialog.remember_check.isEnabled()
    assert dialog.keyring_note.isVisible()
    assert dialog.keyring_note.text() == (
        "No system keyring is available: the password is kept for this session only."
    )
