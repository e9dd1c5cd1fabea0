"""A running simulator per test, and a session factory that records the protocol log."""

from __future__ import annotations

import pytest
from sessionkit import ACCOUNT, PASSWORD

from smsgate_desktop.protocol import Interface
from smsgate_desktop.session import Endpoint, GatewaySession, SessionConfig
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.runner import SimulatorThread


@pytest.fixture
def simulator_options() -> dict:
    return {}


@pytest.fixture
def sim(simulator_options, tmp_path):
    options = {"accounts": [Account(ACCOUNT, PASSWORD, credit=100)]} | simulator_options
    options.setdefault("record", tmp_path / "record.jsonl")
    with SimulatorThread(port=0, **options) as running:
        yield running


class LogRecorder:
    def __init__(self) -> None:
        self.lines: list[tuple[str, bytes]] = []

    def __call__(self, direction: str, line: bytes, when: float) -> None:
        self.lines.append((direction, line))

    def sent(self) -> list[bytes]:
        return [line for direction, line in self.lines if direction == "→"]

    def received(self) -> list[bytes]:
        return [line for direction, line in self.lines if direction == "←"]


@pytest.fixture
def log() -> LogRecorder:
    return LogRecorder()


@pytest.fixture
def make_session(sim, log):
    sessions = []

    def make(interface=Interface.PACKET, password=PASSWORD, **overrides) -> GatewaySession:
        config = SessionConfig(
            ACCOUNT, password, Endpoint(sim.host, sim.port), None, Interface(interface)
        )
        for key, value in overrides.items():
            setattr(config, key, value)
        session = GatewaySession(config, log)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def unused_port() -> int:
    """A loopback port with nothing listening on it."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
