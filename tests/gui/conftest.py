"""Fixtures for the window tests: windows that always close (joining their worker thread),
and windows on a simulator (tests/conftest.py's `simulator`, with the account acme). The
helpers that drive the compose panel like a person would are in gui_helpers.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from gui_helpers import profile_for

from smsgate_desktop import config
from smsgate_desktop.gui import i18n
from smsgate_desktop.gui.demo import DemoGateway
from smsgate_desktop.gui.main_window import MainWindow
from smsgate_desktop.profiles import ProfileBook
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.runner import SimulatorThread


@pytest.fixture
def simulator_accounts() -> list[Account]:
    """The account of tests/conftest.py's `simulator(...)` unless a test gives others."""
    return [Account("acme", "s3cret-pw")]


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., MainWindow]]:
    """make_window(book=None, demo=None, password_prompt=None) -> a shown MainWindow."""
    windows: list[MainWindow] = []

    def make(**kwargs) -> MainWindow:
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # joins the worker thread and stops the demo simulator
        assert window.handle is None


@pytest.fixture
def demo_window(make_window) -> MainWindow:
    """The first-run window: no profiles.json, so demo mode on the built-in simulator."""
    return make_window(demo=DemoGateway())


@pytest.fixture
def real_window(make_window, simulator) -> Callable[..., tuple[MainWindow, SimulatorThread]]:
    """real_window(accounts=..., interface=..., **sim options) -> (window, simulator): a window
    on a stored profile whose password is in the (test) keyring."""

    def make(accounts=None, interface="packet", password="s3cret-pw", **options):
        sim = simulator(accounts, **options)
        profile = profile_for(sim, interface=interface)
        config.set_password(profile.account, profile.keyring_host, password)
        window = make_window(book=ProfileBook([profile], profile.name))
        return window, sim

    return make


@pytest.fixture
def language(qapp, monkeypatch):
    """language("it") installs a translator for the test; always removed afterwards."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)

    def install(code: str | None) -> str:
        return i18n.install_translator(qapp, code)

    yield install
    i18n.remove_translators(qapp)
