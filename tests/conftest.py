"""Fixtures every test gets: an in-memory keyring and a temporary data directory, so no test
touches the real keyring or the user's home. And the in-process simulator on port 0, for the
tests that ask for it (tests/simkit.py):

- `simulator(accounts=None, **options)` starts one more, stopped after the test;
- `sim` is the one a test talks to, started with `simulator_options` (parametrise it:
  `@pytest.mark.parametrize("simulator_options", [{"drop_after": 1}])`);
- `simulator_accounts` are the accounts of both when none are given: a directory's conftest
  or a test module overrides it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from simkit import RECORD_NAME, Simulators

from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.runner import SimulatorThread

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("SMSGATE_DATA_DIR", str(path))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    return path


@pytest.fixture
def simulator_accounts() -> list[Account]:
    return [Account("demo", "demo")]


@pytest.fixture
def simulator_options() -> dict:
    """SimulatorThread keywords for `sim`, `accounts` included; {} unless parametrised."""
    return {}


@pytest.fixture
def simulator(simulator_accounts) -> Iterator[Simulators]:
    with Simulators(simulator_accounts) as start:
        yield start


@pytest.fixture
def sim(simulator, simulator_options, tmp_path) -> SimulatorThread:
    """A running simulator that records each accepted SMS in tmp_path / "record.jsonl"."""
    return simulator(**({"record": tmp_path / RECORD_NAME} | simulator_options))
