"""The simulator in-process: its event loop in a daemon thread, for the demo mode and tests.

with SimulatorThread(accounts=[Account("demo", "demo")]) as sim:
    connect_to(sim.host, sim.port)
    ...
    assert sim.account("demo").credit == 999
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from .accounts import Account
from .gateway import AcceptedSms, Gateway
from .server import SimulatorServer

START_TIMEOUT = 10.0


class SimulatorThread:
    """Runs a SimulatorServer in a daemon thread. start() returns once it listens; stop()
    ends every connection and joins the thread."""

    def __init__(
        self,
        accounts: Iterable[Account] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: float = 0.0,
        idle_timeout: float = 600.0,
        record: str | Path | None = None,
        drop_after: int | None = None,
        locked_recipients: Iterable[str] = (),
        refuse_connections: bool = False,
    ) -> None:
        accounts = list(accounts) if accounts is not None else [Account("demo", "demo")]
        self.gateway = Gateway(
            accounts,
            locked_recipients=locked_recipients,
            drop_after=drop_after,
            refuse_connections=refuse_connections,
        )
        self.server = SimulatorServer(
            self.gateway,
            host=host,
            port=port,
            idle_timeout=idle_timeout,
            latency_ms=latency_ms,
            record=record,
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._stopping = asyncio.Event()  # binds to the thread's loop on first use

    # ---- what callers use ------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self.server.address[0]

    @property
    def port(self) -> int:
        return self.server.address[1]

    def account(self, name: str) -> Account:
        """The live account: its credit and status are those the gateway uses now."""
        return self.gateway.accounts[name]

    @property
    def sent(self) -> list[AcceptedSms]:
        """The messages accepted so far (the most recent 10,000)."""
        return list(self.gateway.history)

    def has_session(self, account: str) -> bool:
        """Whether a connection is logged in as `account` right now."""
        return self.gateway.has_session(account)

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self) -> SimulatorThread:
        if self._thread is not None:
            raise RuntimeError("the simulator is already started")
        self._thread = threading.Thread(target=self._run, name="smsgate-simulator", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT):
            raise RuntimeError("the simulator did not start listening in time")
        if self._failure is not None:
            self._thread.join()
            raise RuntimeError(f"the simulator could not start: {self._failure}") from self._failure
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if thread.is_alive():
            loop.call_soon_threadsafe(self._stopping.set)
            thread.join()
        self._loop = None

    def __enter__(self) -> SimulatorThread:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        try:
            await self.server.start()
        except BaseException as exc:  # reported to start()'s caller, in its thread
            self._failure = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            await self.server.stop()
