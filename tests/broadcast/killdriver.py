"""Run (or resume) broadcast 1 of a database once, as a real process for the kill tests.

    python killdriver.py DATABASE PORT WINDOW ACCOUNT PASSWORD

The same engine and session as the window and `smsgate broadcast`, without the CLI's
start-up (importers, forecast, confirmation), so that a test can kill and restart it many
times within seconds. Exits 0 when the run ended (whatever its outcome)."""

from __future__ import annotations

import sys

from smsgate_desktop.broadcast import BroadcastEngine
from smsgate_desktop.protocol import Interface
from smsgate_desktop.session import Endpoint, GatewaySession, SessionConfig
from smsgate_desktop.store import open_store


def main(database: str, port: str, window: str, account: str, password: str) -> None:
    config = SessionConfig(
        account,
        password,
        Endpoint("127.0.0.1", int(port)),
        None,
        Interface.PACKET,
        send_window=int(window),
        reply_timeout=10,
    )
    engine = BroadcastEngine(open_store(database))
    with GatewaySession(config) as session:
        report = engine.run(session, 1)
    print(report.state, dict(report.counts), report.error)


if __name__ == "__main__":
    main(*sys.argv[1:])
