"""Fixtures of the simulator tests: simulators on port 0 and raw clients connected to them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from simclient import GREETING, RawClient

from smsgate_desktop.simulator import Account, SimulatorThread


def default_accounts() -> list[Account]:
    return [Account("demo", "demo")]


@pytest.fixture
def start_simulator() -> Iterator[Callable[..., SimulatorThread]]:
    """start_simulator(accounts=None, **SimulatorThread options) -> a running simulator."""
    started: list[SimulatorThread] = []

    def start(accounts: list[Account] | None = None, **options: object) -> SimulatorThread:
        accounts = default_accounts() if accounts is None else accounts
        simulator = SimulatorThread(accounts, **options).start()
        started.append(simulator)
        return simulator

    yield start
    for simulator in started:
        simulator.stop()


@pytest.fixture
def sim(start_simulator: Callable[..., SimulatorThread]) -> SimulatorThread:
    """A simulator with the one account demo:demo (credit 1000)."""
    return start_simulator()


@pytest.fixture
def connect(sim: SimulatorThread) -> Iterator[Callable[..., RawClient]]:
    """connect(simulator=sim, greet=True) -> a raw client, its greeting read and checked."""
    clients: list[RawClient] = []

    def open_client(simulator: SimulatorThread | None = None, greet: bool = True) -> RawClient:
        target = simulator or sim
        client = RawClient((target.host, target.port))
        clients.append(client)
        if greet:
            greeting = client.read_line()
            assert GREETING.fullmatch(greeting), greeting
        return client

    yield open_client
    for client in clients:
        client.close()
