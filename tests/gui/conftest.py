"""Fixtures for the window tests: simulators on port 0, windows that always close (joining
their worker thread), and helpers that drive the compose panel like a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from gui_helpers import profile_for

from smsgate_desktop import config
from smsgate_desktop.gui.demo import DemoGateway
from smsgate_desktop.gui.main_window import MainWindow
from smsgate_desktop.profiles import ProfileBook
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.runner import SimulatorThread


@pytest.fixture
def simulator() -> Iterator[Callable[..., SimulatorThread]]:
    """start(accounts=[...], **options) -> a running SimulatorThread, stopped afterwards."""
    started: list[SimulatorThread] = []

    def start(accounts: list[Account] | None = None, **options) -> SimulatorThread:
        sim = SimulatorThread(accounts or [Account("acme", "s3cret-pw")], port=0, **options)
        started.append(sim.start())
        return sim

    yield start
    for sim in started:
        sim.stop()


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
