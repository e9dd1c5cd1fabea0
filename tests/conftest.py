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
import pgkit
import pytest
from keyring.backend import KeyringBackend
from simkit import RECORD_NAME, Simulators

from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.gateway import Gateway
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


# ---- the office database: a real PostgreSQL server (tests/pgkit.py) ----------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pgkit.PgServer]:
    """One PostgreSQL server for the whole test session (about 1 s to start)."""
    server = pgkit.start_server()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh office database, migrated, on the test server: its postgresql:// address."""
    return pgkit.fresh_database(pg_server)


@pytest.fixture
def backend() -> str:
    """The store's backend; the store, broadcast and use-case suites run on both
    (their conftests parametrise it: pgkit.both_backends)."""
    return "sqlite"


@pytest.fixture
def store_url(backend, tmp_path, request) -> str:
    """Where a test's store is: a file in tmp_path, or a fresh office database."""
    if backend == "postgresql":
        return pgkit.fresh_database(request.getfixturevalue("pg_server"))
    return str(tmp_path / "store.sqlite3")


@pytest.fixture
def office_store(backend, monkeypatch, request) -> str | None:
    """On the postgresql backend, `open_store()` (no argument) opens a fresh office
    database (SMSGATE_STORE); its address, None on sqlite."""
    if backend != "postgresql":
        return None
    url = pgkit.fresh_database(request.getfixturevalue("pg_server"))
    monkeypatch.setenv("SMSGATE_STORE", url)
    return url


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    """Every login the simulator refused because the account had a session already."""
    refused: list[str] = []
    claim = Gateway._claim

    def spy(gateway: Gateway, account: str, connection: object) -> bool:
        granted = claim(gateway, account, connection)
        if not granted:
            refused.append(account)
        return granted

    monkeypatch.setattr(Gateway, "_claim", spy)
    return refused
