"""`smsgate-sim`: run the built-in gateway simulator from a terminal."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

from .accounts import Account, parse_account, parse_rule
from .gateway import Gateway
from .server import SimulatorServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smsgate-sim",
        description="A local SMS GATE SERVER 2.3.1 gateway that accepts messages but sends none.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0 = a free one)")
    parser.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="NAME:PASS[:CREDIT[:STATUS]]",
        help="an account (repeatable; credit 1000 and status Active unless given; "
        "without any, the account demo:demo)",
    )
    parser.add_argument(
        "--idle-timeout",
        type=float,
        default=600.0,
        metavar="SECONDS",
        help="close a connection silent this long with -ERR 102 (default 600)",
    )
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, metavar="MS", help="delay before each reply"
    )
    parser.add_argument(
        "--record", metavar="FILE", help="append one JSON line per accepted SMS to FILE"
    )
    parser.add_argument(
        "--drop-after",
        type=int,
        metavar="N",
        help="after N accepted SMS on a connection, reset it instead of answering the next send",
    )
    parser.add_argument(
        "--lock-recipient",
        action="append",
        default=[],
        metavar="+393331234567",
        help="a recipient whose messages get -ERR 86 (repeatable)",
    )
    parser.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="NAME=RULE",
        help="make NAME's login fail: ip-locked (87), ip-not-available (85), "
        "tcp-not-allowed (80) (repeatable)",
    )
    parser.add_argument(
        "--refuse-connections",
        action="store_true",
        help="greet every connection with -ERR 79 and close it",
    )
    parser.add_argument("--verbose", action="store_true", help="log every line exchanged on stderr")
    return parser


def build_gateway(options: argparse.Namespace) -> Gateway:
    """The gateway the options describe; ValueError with a readable message otherwise."""
    accounts = [parse_account(spec) for spec in options.account] or [Account("demo", "demo")]
    by_name = {account.name: account for account in accounts}
    for spec in options.rule:
        name, rule = parse_rule(spec)
        if name not in by_name:
            raise ValueError(f"rule {spec!r} names no account given with --account")
        by_name[name].rules.add(rule)
    if options.drop_after is not None and options.drop_after < 0:
        raise ValueError("--drop-after must be 0 or more")
    return Gateway(
        accounts,
        locked_recipients=options.lock_recipient,
        drop_after=options.drop_after,
        refuse_connections=options.refuse_connections,
    )


async def serve(server: SimulatorServer) -> None:
    """Serve until SIGINT or SIGTERM."""
    await server.start()
    host, port = server.address
    print(f"listening on {host}:{port}", flush=True)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        # Windows has no loop signal handlers: Ctrl+C then arrives as KeyboardInterrupt.
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stopping.set)
    try:
        await stopping.wait()
    finally:
        await server.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    options = parser.parse_args(argv)
    if options.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")
    try:
        gateway = build_gateway(options)
        server = SimulatorServer(
            gateway,
            host=options.host,
            port=options.port,
            idle_timeout=options.idle_timeout,
            latency_ms=options.latency_ms,
            record=options.record,
        )
    except ValueError as exc:
        parser.error(str(exc))
    try:
        asyncio.run(serve(server))
    except KeyboardInterrupt:
        pass
    except OSError as exc:  # the port is taken, the record file cannot be opened, ...
        print(f"smsgate-sim: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
