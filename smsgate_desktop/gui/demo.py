"""Demo mode: the built-in simulator running in-process, so the app works with no account.

The simulator listens on a free loopback port in its own thread; nothing leaves the computer.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..profiles import DEMO_ACCOUNT, DEMO_PASSWORD, Profile, demo_profile

if TYPE_CHECKING:
    from ..simulator.runner import SimulatorThread

log = logging.getLogger(__name__)

DEMO_CREDIT: Final = 1000
BANNER: Final = QT_TRANSLATE_NOOP("MainWindow", "Demo mode — no messages leave this computer")


class DemoGateway:
    """Starts the simulator on first use and stops it when asked (or when the app quits)."""

    def __init__(self, credit: int = DEMO_CREDIT, latency_ms: float = 0.0) -> None:
        self._credit = credit
        self._latency_ms = latency_ms
        self.simulator: SimulatorThread | None = None

    @property
    def running(self) -> bool:
        return self.simulator is not None

    def start(self) -> Profile:
        """Run the simulator (once) and return the demo profile pointing at it."""
        if self.simulator is None:
            # Imported here: a start with a real profile needs no simulator (nor asyncio).
            from ..simulator.accounts import Account
            from ..simulator.runner import SimulatorThread

            accounts = [Account(DEMO_ACCOUNT, DEMO_PASSWORD, credit=self._credit)]
            self.simulator = SimulatorThread(
                accounts=accounts, port=0, latency_ms=self._latency_ms
            ).start()
            log.info("demo simulator listening on %s:%s", self.simulator.host, self.simulator.port)
        return demo_profile(f"{self.simulator.host}:{self.simulator.port}")

    def stop(self) -> None:
        if self.simulator is not None:
            self.simulator.stop()
            self.simulator = None
