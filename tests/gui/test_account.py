"""Profiles, demo mode, passwords (keyring only), balance/status refresh, window state."""

from __future__ import annotations

import dataclasses
import json

import keyring
from gui_helpers import SIGNAL_TIMEOUT, Recorder, profile_for, wait_logged_in
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt

from smsgate_desktop import config
from smsgate_desktop.gui.account import ProfileDialog
from smsgate_desktop.gui.demo import BANNER, DemoGateway
from smsgate_desktop.profiles import DEMO_NAME, Profile, ProfileBook, load_profiles, profiles_path


def test_first_run_is_demo_mode(qtbot, make_window, data_dir):
    assert not (data_dir / "profiles.json").exists()
    window = make_window(demo=DemoGateway())
    assert window.profile.demo
    assert window.banner.isVisible()
    assert window.banner_label.text() == BANNER == "Demo mode — no messages leave this computer"
    wait_logged_in(qtbot, window)
    sim = window.demo.simulator
    qtbot.waitUntil(
        lambda: window.state_label.text() == f"Logged in as demo on {sim.host}:{sim.port}"
    )
    assert window.credit_label.text() == "Credit: 1000"
    assert window.account_panel.status_label.text() == "Status: Active"
    assert window.account_panel.checked_label.text().startswith("checked at ")


def test_adding_a_real_account_ends_demo_mode_and_switching_back_works(
    qtbot, make_window, simulator, memory_keyring
):
    window = make_window(demo=DemoGateway())
    sim = simulator()
    profile = profile_for(sim)

    window.save_profile(profile, "s3cret-pw")

    assert not window.profile.demo
    assert not window.banner.isVisible()
    wait_logged_in(qtbot, window)
    assert window.account_panel.profile_combo.count() == 2
    window._choose_profile(DEMO_NAME)
    assert window.profile.demo and window.banner.isVisible()
    assert load_profiles().last_used == DEMO_NAME


def test_password_goes_to_the_keyring_and_never_to_profiles_json(
    qtbot, make_window, simulator, memory_keyring
):
    sim = simulator()
    window = make_window(demo=DemoGateway())
    window.save_profile(profile_for(sim), "s3cret-pw")
    wait_logged_in(qtbot, window)

    assert memory_keyring.entries == {(config.KEYRING_SERVICE, f"acme@{sim.host}"): "s3cret-pw"}
    stored = profiles_path().read_text(encoding="utf-8")
    assert "s3cret-pw" not in stored
    assert "password" not in stored.lower()
    assert json.loads(stored)["last_used"] == "Office"

    # A new window finds the password in the keyring: nobody is asked.
    window.close()  # (one session per account: the first window must let go of it)
    asked = []
    second = make_window(password_prompt=lambda p: asked.append(p) or None)
    wait_logged_in(qtbot, second)
    assert asked == []
    assert second.profile.name == "Office"


def test_without_a_keyring_the_password_is_asked_once_per_run(qtbot, make_window, simulator):
    keyring.set_keyring(FailKeyring())
    assert not config.keyring_usable()
    sim = simulator()
    profile = profile_for(sim)
    asked = []

    def prompt(p):
        asked.append(p.name)
        return "s3cret-pw"

    window = make_window(book=ProfileBook([profile], profile.name), password_prompt=prompt)
    wait_logged_in(qtbot, window)
    window.activate_profile(profile)  # e.g. switching away and back
    wait_logged_in(qtbot, window)
    assert asked == ["Office"]
    assert "s3cret-pw" not in profiles_path().read_text(encoding="utf-8")


def test_saving_a_profile_without_keyring_keeps_the_password_in_memory(
    qtbot, make_window, simulator
):
    keyring.set_keyring(FailKeyring())
    sim = simulator()
    window = make_window(demo=DemoGateway(), password_prompt=lambda p: None)
    window.save_profile(profile_for(sim), "s3cret-pw")
    wait_logged_in(qtbot, window)
    assert window.memory_passwords == {"Office": "s3cret-pw"}
    assert "in memory" in window.statusBar().currentMessage()


def test_profile_dialog_validates_and_needs_a_password(qtbot):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name_edit.setText("Office")
    dialog.account_edit.setText("acme")
    assert "password" in dialog.problem_label.text()
    dialog.password_edit.setText("pw")
    assert ok.isEnabled()
    dialog.primary_edit.setText("host:99999")
    assert not ok.isEnabled()
    assert "port" in dialog.problem_label.text()
    dialog.primary_edit.setText("gw.example.com:2700")
    dialog.interface_combo.setCurrentIndex(dialog.interface_combo.findData("ascii"))
    profile = dialog.profile()
    assert (profile.primary, profile.interface, profile.default_region) == (
        "gw.example.com:2700",
        "ascii",
        "IT",
    )


def test_the_send_window_is_a_profile_setting_for_the_packets_interface(
    qtbot, real_window, tmp_path
):
    dialog = ProfileDialog(Profile("Office", "acme", "gw.example.com:27", send_window=16))
    qtbot.addWidget(dialog)
    assert dialog.window_spin.value() == 16 and dialog.window_spin.isEnabled()
    assert (dialog.window_spin.minimum(), dialog.window_spin.maximum()) == (1, 64)
    dialog.window_spin.setValue(32)
    assert dialog.profile().send_window == 32
    dialog.interface_combo.setCurrentIndex(dialog.interface_combo.findData("ascii"))
    assert not dialog.window_spin.isEnabled()  # Full Ascii never pipelines
    # The window's session uses the profile's window.
    window, _ = real_window()
    wait_logged_in(qtbot, window)
    window.save_profile(
        dataclasses.replace(window.profile, send_window=24), "", replacing=window.profile
    )
    qtbot.waitUntil(
        lambda: window.handle is not None and window.handle.worker._config.send_window == 24,
        timeout=SIGNAL_TIMEOUT,
    )
    assert load_profiles().profiles[0].send_window == 24


def test_delete_profile_removes_its_password(qtbot, make_window, simulator, memory_keyring):
    sim = simulator()
    window = make_window(demo=DemoGateway())
    window.save_profile(profile_for(sim), "s3cret-pw")
    wait_logged_in(qtbot, window)
    window.delete_profile(confirm=False)
    assert memory_keyring.entries == {}
    assert window.profile.demo
    assert load_profiles().profiles == []


def test_refresh_shows_new_balance_status_and_low_credit(qtbot, real_window):
    window, sim = real_window()
    wait_logged_in(qtbot, window)
    panel = window.account_panel
    assert not panel.low_credit_label.isVisible()
    sim.account("acme").credit = 42
    sim.account("acme").status = "Standby"

    statuses = Recorder(window.handle.worker.status_changed)
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    statuses.wait(qtbot)

    qtbot.waitUntil(lambda: panel.status_label.text() == "Status: Standby")
    assert panel.balance_label.text() == "Credit: 42"
    assert window.credit_label.text() == "Credit: 42"
    assert panel.low_credit_label.isVisible()
    assert "only 42 left" in panel.low_credit_label.text()


def test_test_connection_reports_success_and_wrong_password(qtbot, real_window):
    window, _ = real_window()
    wait_logged_in(qtbot, window)
    tested = Recorder(window.handle.worker.connection_tested)
    window.test_connection()
    assert tested.wait(qtbot)[0] is True
    qtbot.waitUntil(lambda: "the account works" in window.account_panel.message_label.text())

    bad, _ = real_window(password="wrong")
    tested = Recorder(bad.handle.worker.connection_tested)
    bad.test_connection()
    ok, text = tested.wait(qtbot)
    assert (ok, text) == (False, "Login refused: The account name or password is wrong. [89]")


def test_unreachable_gateway_is_a_plain_sentence(qtbot, make_window, simulator):
    sim = simulator()
    profile = profile_for(sim)
    sim.stop()  # nothing listens on that port any more
    config.set_password(profile.account, profile.keyring_host, "pw")
    window = make_window(book=ProfileBook([profile], profile.name))
    qtbot.waitUntil(lambda: window.account_panel.message_label.text() != "")
    text = window.account_panel.message_label.text()
    assert text.startswith("Could not connect to the gateway (")
    assert "connection refused" in text
    assert window.state_label.text() == "Disconnected"


def test_about_and_menus(demo_window):
    from smsgate_desktop import __version__

    assert __version__ in demo_window.about_text()
    titles = [action.text() for action in demo_window.menuBar().actions()]
    assert titles == ["&File", "&Account", "&Message", "&View", "&Help"]
    assert demo_window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_geometry_and_splitters_persist_in_the_data_dir(qtbot, make_window, data_dir):
    window = make_window(demo=DemoGateway())
    window.resize(window.width(), 640)  # the offscreen screen is 800x800
    window.message_page.setSizes([500, 300])
    sizes = window.message_page.sizes()
    window.close()
    assert (data_dir / "window.ini").exists()

    again = make_window(demo=DemoGateway())
    assert again.height() == 640
    assert again.message_page.sizes() == sizes


def test_switching_profile_does_not_wait_for_a_slow_gateway(qtbot, make_window):
    import socket
    import time

    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never greets
    host, port = silent.getsockname()
    profile = Profile("Slow", "acme", f"{host}:{port}")
    config.set_password(profile.account, profile.keyring_host, "pw")
    window = make_window(book=ProfileBook([profile], profile.name), demo=DemoGateway())
    connection, _ = silent.accept()  # the worker is now waiting for a greeting
    try:
        started = time.monotonic()
        window._choose_profile(DEMO_NAME)
        assert time.monotonic() - started < 2
        assert window.profile.demo
        wait_logged_in(qtbot, window)
    finally:
        connection.close()  # the old worker's wait ends: its failure must not show
        silent.close()
    qtbot.waitUntil(lambda: not window._retiring, timeout=15_000)
    assert window.account_panel.message_label.text() == ""
    assert window.credit_label.text() == "Credit: 1000"


def test_the_add_account_dialog_tests_the_values_before_saving(qtbot, simulator):
    """Test connection in the dialog logs in with what is typed: a wrong password is said,
    the right one works; nothing is saved either way."""
    sim = simulator()
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    assert dialog.test_button.isVisibleTo(dialog)
    dialog.name_edit.setText("Office")
    dialog.account_edit.setText("acme")
    dialog.primary_edit.setText(f"127.0.0.1:{sim.port}")
    dialog.backup_edit.setText("")
    dialog.password_edit.setText("wrong")
    with qtbot.waitSignal(dialog.tester.finished, timeout=SIGNAL_TIMEOUT) as wrong:
        dialog.test_button.click()
    assert wrong.args[0] is False
    assert "password" in dialog.test_label.text().lower()
    dialog.password_edit.setText("s3cret-pw")
    with qtbot.waitSignal(dialog.tester.finished, timeout=SIGNAL_TIMEOUT) as right:
        dialog.test_button.click()
    assert right.args[0] is True
    assert "the account works" in dialog.test_label.text()
    assert not load_profiles().profiles  # nothing saved by a test
    dialog.reject()
    assert not dialog.tester.running()


def test_an_existing_account_is_tested_from_the_window_not_the_dialog(qtbot):
    dialog = ProfileDialog(Profile("Office", "acme", "gw.example.com:27"))
    qtbot.addWidget(dialog)
    assert not dialog.test_button.isVisibleTo(dialog)
