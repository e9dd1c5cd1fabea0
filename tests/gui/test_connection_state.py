"""The worker's connection state is data (ConnectionState); the status bar words it."""

from __future__ import annotations

import pytest
from gui_helpers import SIGNAL_TIMEOUT, Recorder
from PySide6.QtWidgets import QStatusBar

from smsgate_desktop.gui import i18n
from smsgate_desktop.gui.status_bar import StatusLine
from smsgate_desktop.gui.worker import (
    CONNECTING,
    DISCONNECTED,
    ConnectionState,
    Link,
    SessionWorker,
    WorkerHandle,
)
from smsgate_desktop.session import Endpoint, SessionConfig

CONNECTED = ConnectionState(Link.CONNECTED, "acme", "gw.example:27")


@pytest.fixture
def language(qapp, monkeypatch):
    """language("it") installs a translator for the test; always removed afterwards."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield lambda code: i18n.install_translator(qapp, code)
    i18n.remove_translators(qapp)


def test_the_worker_reports_its_state_as_data(qtbot, simulator):
    sim = simulator()
    config = SessionConfig("acme", "s3cret-pw", primary=Endpoint(sim.host, sim.port), backup=None)
    worker = SessionWorker(config)
    states = Recorder(worker.connection_state)
    handle = WorkerHandle(worker)
    try:
        handle.balance_requested.emit()
        assert states.wait(qtbot, 2) == (
            ConnectionState(Link.CONNECTED, "acme", f"{sim.host}:{sim.port}"),
        )
        assert states.calls[0] == (CONNECTING,)
        handle.stop_requested.emit()
        assert states.wait(qtbot, 3) == (DISCONNECTED,)
    finally:
        assert handle.close()
    qtbot.waitUntil(lambda: not sim.has_session("acme"), timeout=SIGNAL_TIMEOUT)


def test_a_state_is_a_small_immutable_value():
    assert ConnectionState(Link.DISCONNECTED) == DISCONNECTED
    assert CONNECTED.endpoint == "gw.example:27" and CONNECTED.account == "acme"
    with pytest.raises(AttributeError):
        CONNECTED.link = Link.DISCONNECTED  # type: ignore[misc]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en", ["Disconnected", "Connecting", "Logged in as acme on gw.example:27"]),
        ("it", ["Disconnesso", "Connessione in corso", "Connesso come acme su gw.example:27"]),
    ],
)
def test_the_status_bar_words_each_state(qtbot, language, code, words):
    assert language(code) == code
    bar = QStatusBar()
    qtbot.addWidget(bar)
    line = StatusLine(bar)
    shown = []
    for state in (DISCONNECTED, CONNECTING, CONNECTED):
        line.show_state(state)
        shown.append(line.state_label.text())
    assert shown == words


def test_the_window_shows_the_worker_state(qtbot, demo_window):
    sim = demo_window.demo.simulator
    qtbot.waitUntil(
        lambda: demo_window.state_label.text() == f"Logged in as demo on {sim.host}:{sim.port}"
    )
