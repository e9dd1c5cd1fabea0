"""The in-process simulator for tests: SimulatorThreads on a free loopback port, every one
stopped when its test ends. The `simulator` and `sim` fixtures of tests/conftest.py are built
on `Simulators`; a helper that needs a simulator outside a fixture uses it as a context
manager:

    with Simulators([Account("acme", "pw")]) as simulator:
        sim = simulator(drop_after=3)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from types import TracebackType

from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.runner import SimulatorThread

RECORD_NAME = "record.jsonl"  # where `sim` records what it accepted, in the test's tmp_path


class Simulators:
    """simulator(accounts=None, **options) -> a running SimulatorThread on port 0.

    `options` are SimulatorThread's keywords. Without `accounts` each simulator gets its own
    copies of the default accounts (an Account is mutable: its credit goes down), so two
    simulators of one test never share a credit. stop_all() stops every one started."""

    def __init__(self, accounts: Iterable[Account], **defaults: object) -> None:
        self.accounts = list(accounts)
        self.defaults = defaults
        self.started: list[SimulatorThread] = []

    def __call__(
        self, accounts: Iterable[Account] | None = None, **options: object
    ) -> SimulatorThread:
        if accounts is None:
            accounts = [dataclasses.replace(account) for account in self.accounts]
        simulator = SimulatorThread(accounts, **(self.defaults | options))
        simulator.start()
        self.started.append(simulator)
        return simulator

    def stop_all(self) -> None:
        while self.started:
            self.started.pop().stop()

    def __enter__(self) -> Simulators:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop_all()
