"""The session tests' simulator account, and a session factory that records the protocol log.
The simulator itself is tests/conftest.py's `sim` (parametrise `simulator_options`)."""

from __future__ import annotations

import socket

import pytest
from sessionkit import ACCOUNT, PASSWORD, LogRecorder

from smsgate_desktop.protocol import Interface
from smsgate_desktop.session import Endpoint, GatewaySession, SessionConfig
from smsgate_desktop.simulator.accounts import Account


@pytest.fixture
def simulator_accounts() -> list[Account]:
    return [Account(ACCOUNT, PASSWORD, credit=100)]


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
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
