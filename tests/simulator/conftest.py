"""Fixtures of the simulator tests: raw clients connected to a simulator. The simulators
themselves are tests/conftest.py's `simulator` and `sim` (the one account demo:demo, credit
1000)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from simclient import GREETING, RawClient

from smsgate_desktop.simulator import SimulatorThread


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
