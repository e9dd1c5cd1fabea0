"""A gateway that misbehaves on purpose, for tests of every layer above the protocol core.

It greets and logs in like the spec (both interfaces), answers queries and sends correctly,
and misbehaves in one `mode` after the login:

    endless        a reply line that never ends (bytes without CR LF, as fast as they go)
    drip           a correct reply, one byte every `drip_interval` seconds, never finished
    garbage        "HELLO?" instead of a reply
    unknown-err    "-ERR 555 [Something New]" (a code the spec does not list)
    unsolicited    an extra "+OK 01 [unasked 1]" right behind the login reply
    double         every reply twice (in one write, so the client sees both at once)
    cut            half of the reply, then the connection is closed
    absurd-credit  credits of 4,000 digits in the login, send and balance replies
    silence        nothing at all after the login
    mute           nothing at all, not even the greeting

    with HostileGateway("drip") as gateway:
        ... connect to 127.0.0.1:gateway.port ...

`spare_queries=True` answers the balance and status correctly and misbehaves only on
messages (a gateway that hangs on a send while the window's refresh works). `messages` and
`queries` list the lines received of each kind, so a test can wait until one was written.

Every connection gets its own thread; `close()` ends them all. Nothing waits on a timer but
the drip, so tests stay fast.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Final

from smsgate_desktop.protocol import Interface
from smsgate_desktop.session import Endpoint, GatewaySession, SessionConfig

MODES: Final = (
    "endless",
    "drip",
    "garbage",
    "unknown-err",
    "unsolicited",
    "double",
    "cut",
    "absurd-credit",
    "silence",
    "mute",
)
GREETING: Final = b"+OK 01 [Connection 1 With 127.0.0.1]\r\n"
ABSURD: Final = "9" * 4000


def session_for(gateway: HostileGateway, window: int = 1, **timeouts: float) -> GatewaySession:
    """A Packets session on `gateway` (account acme), send window `window`; connect in 5 s,
    replies in 0.5 s unless `timeouts` says otherwise."""
    config = SessionConfig(
        "acme",
        "pw",
        Endpoint("127.0.0.1", gateway.port),
        None,
        Interface.PACKET,
        send_window=window,
        **({"connect_timeout": 5.0, "reply_timeout": 0.5} | timeouts),
    )
    return GatewaySession(config)


class HostileGateway:
    def __init__(self, mode: str, drip_interval: float = 0.2, spare_queries: bool = False) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self.drip_interval = drip_interval
        self.spare_queries = spare_queries
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.host: str = "127.0.0.1"
        self.port: int = self._listener.getsockname()[1]
        self.received: list[bytes] = []
        self.messages: list[bytes] = []  # <Send Data> / <Send Login & Data> / SendSMS lines
        self.queries: list[bytes] = []
        self.connections = 0
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        accept = threading.Thread(target=self._accept, daemon=True, name="hostile-accept")
        accept.start()
        self._threads.append(accept)

    # ---- lifecycle --------------------------------------------------------------------------

    def __enter__(self) -> HostileGateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept(); close() would not
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._sockets.append(conn)
                self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    # ---- one connection ---------------------------------------------------------------------

    def _serve(self, conn: socket.socket) -> None:
        state = _ConnectionState()
        with contextlib.suppress(OSError), conn:
            if self.mode == "mute":
                self._stop.wait()
                return
            conn.sendall(GREETING)
            buffer = b""
            while not self._stop.is_set():
                data = conn.recv(65536)
                if not data:
                    return
                buffer += data
                while b"\r\n" in buffer:
                    line, buffer = buffer.split(b"\r\n", 1)
                    self.received.append(line)
                    if not self._answer(conn, line, state):
                        return

    def _answer(self, conn: socket.socket, line: bytes, state: _ConnectionState) -> bool:
        """Answer one line; False to end the connection."""
        reply = self._correct_reply(line, state)
        if reply.startswith(b"LOGIN:"):
            reply = reply.removeprefix(b"LOGIN:")
            if b"ID ACCOUNT" in reply:
                state.logged_in = True
                if self.mode == "unsolicited":
                    reply += b"+OK 01 [unasked 1]\r\n"
            conn.sendall(reply)
            return True
        if not state.logged_in:
            conn.sendall(b"-ERR 100 [String Not Valid or Bad Command Request]\r\n")
            return True
        if line.startswith(b"SmsQuery="):
            self.queries.append(line)
            if self.spare_queries:
                conn.sendall(reply)
                return True
        elif line.startswith((b"\x01", b"\x03")) or line.lower().startswith(b"sendsms="):
            self.messages.append(line)
        return self._misbehave(conn, reply)

    def _misbehave(self, conn: socket.socket, reply: bytes) -> bool:
        mode = self.mode
        if mode == "endless":
            chunk = b"+OK 01 " + b"9" * 65536
            while not self._stop.is_set():
                conn.sendall(chunk)
                chunk = b"9" * 65536
            return False
        if mode == "drip":
            for byte in reply[:-2] * 1000:
                if self._stop.wait(self.drip_interval):
                    return False
                conn.sendall(bytes([byte]))
            return False
        if mode == "garbage":
            conn.sendall(b"HELLO?\r\n")
        elif mode == "unknown-err":
            conn.sendall(b"-ERR 555 [Something New]\r\n")
        elif mode == "double":
            conn.sendall(reply + reply)
        elif mode == "cut":
            conn.sendall(reply[: len(reply) // 2])
            return False
        elif mode == "silence":
            pass
        else:  # unsolicited (already done at the login), absurd-credit (in the reply)
            conn.sendall(reply)
        return True

    def _correct_reply(self, line: bytes, state: _ConnectionState) -> bytes:
        credit = ABSURD if self.mode == "absurd-credit" else "1000"
        if line.startswith(b"\x01") and b"\x03" not in line:  # <Send Login>
            return f"LOGIN:+OK 01 {credit} [ID ACCOUNT: 0001 STATUS: Active]\r\n".encode()
        lower = line.lower()
        if lower.startswith(b"account="):
            return b"LOGIN:+OK 01\r\n"
        if lower.startswith(b"password="):
            return f"LOGIN:+OK 01 {credit} [ID ACCOUNT: 0001 STATUS: Active]\r\n".encode()
        if line == b"SmsQuery=Balance":
            return f"+OK 01 [{credit}]\r\n".encode()
        if line == b"SmsQuery=Status":
            return b"+OK 01 [Active]\r\n"
        if line.startswith((b"\x03", b"\x01")):  # <Send Data>, <Send Login & Data>
            values = line.split(b"\x04")[0].split(b"\x03")[1:]
            return state.accept(values[1:4], credit)
        if lower.startswith(b"sendsms="):
            return state.accept(
                [state.fields.get(n, b"") for n in ("countrycode", "gsmcode", "phonenumber")],
                credit,
            )
        if b"=" in line:  # a Full Ascii field: acknowledged, remembered
            name, value = line.split(b"=", 1)
            state.fields[name.lower().decode()] = value
            return f"+OK 01 [{name.decode().upper()}: {value.decode('latin-1')}]\r\n".encode()
        return b"-ERR 100 [String Not Valid or Bad Command Request]\r\n"


class _ConnectionState:
    def __init__(self) -> None:
        self.logged_in = False
        self.fields: dict[str, bytes] = {}
        self.first: list[bytes] | None = None  # CountryCode, GsmCode of the first message

    def accept(self, number: list[bytes], credit: str) -> bytes:
        country, gsm, phone = number
        if self.first is None:
            self.first = [country, gsm]
        country, gsm = country or self.first[0], gsm or self.first[1]
        to = (country + gsm + phone).decode()
        stamp = time.strftime("%d-%m-%y %I:%M:%S %p")
        return f"+OK 01 {credit} [SMS SEND MESSAGE TO: {to} - {stamp}]\r\n".encode()
