"""The built-in gateway: an asyncio server speaking SMS GATE SERVER 2.3.1 and the project's
clarifications, for the demo mode, the tests and anyone without a real account. Imports only
protocol (it must not lean on the client it is there to test).

    requests.py    one received line -> one request (pure)
    submission.py  a send -> the 20 values used, or the first wrong field (pure)
    answers.py     the reply lines, byte for byte (pure)
    gateway.py     what one connection answers, and the state connections share (pure)
    framing.py     CR LF framing under the 4096-byte limit (pure)
    server.py      the asyncio server: sockets, idle timeout, latency, reset, record
    record.py      the JSON-lines record of accepted messages
    runner.py      SimulatorThread: the server in a daemon thread
    __main__.py    the smsgate-sim command
"""

from .accounts import Account, parse_account
from .gateway import AcceptedSms, Gateway, GatewayConnection, Outcome
from .runner import SimulatorThread
from .server import SimulatorServer

__all__ = [
    "AcceptedSms",
    "Account",
    "Gateway",
    "GatewayConnection",
    "Outcome",
    "SimulatorServer",
    "SimulatorThread",
    "parse_account",
]
