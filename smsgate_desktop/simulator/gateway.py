"""The gateway's protocol logic, without sockets: what one connection answers to each request.

`Gateway` is the state every connection shares (accounts, who holds a session, the connection
counter); `GatewayConnection` is one connection's state machine. A request goes in, an
`Outcome` comes out: the line to write and what the server must do next (close, reset, record).
Credit is charged here, in memory; the server only does I/O.
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from ..protocol.errors import CATALOGUE
from ..protocol.fields import ELIDABLE, FIELD_NAMES, format_problem
from ..protocol.text import WIRE_ENCODING
from ..protocol.wire import Interface
from . import answers
from .accounts import Account
from .requests import (
    AccountLine,
    FieldLine,
    PacketData,
    PacketLogin,
    PacketLoginData,
    PasswordLine,
    QueryLine,
    Request,
    SendLine,
    parse_request,
)
from .submission import SCHEDULE, Refusal, resolve

NOT_VALID, BLOCKED, NOT_ACTIVE = CATALOGUE[89].texts

# Checked in this order after the credentials (clarifications §4).
LOGIN_RULE_ERRORS: Final = (("ip-locked", 87), ("ip-not-available", 85), ("tcp-not-allowed", 80))

HISTORY_SIZE: Final = 10_000  # accepted messages kept in memory for in-process callers


@dataclass(frozen=True, slots=True)
class AcceptedSms:
    """A message the gateway accepted, with the 20 values it actually used."""

    time: datetime
    interface: Interface
    account: str
    fields: dict[str, str]
    credit: int  # after the charge


@dataclass(frozen=True, slots=True)
class Outcome:
    """The answer to one request.

    `line` is written (CR LF included) unless `reset`, which aborts the connection instead.
    After `close` the server closes once the line is written.
    """

    line: bytes | None
    close: bool = False
    reset: bool = False
    accepted: AcceptedSms | None = None


class Gateway:
    """The state all connections share."""

    def __init__(
        self,
        accounts: Iterable[Account],
        *,
        locked_recipients: Iterable[str] = (),
        drop_after: int | None = None,
        refuse_connections: bool = False,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.accounts: dict[str, Account] = {}
        for number, account in enumerate(accounts, start=1):
            if account.name in self.accounts:
                raise ValueError(f"account {account.name!r} is given twice")
            if not account.id:
                account.id = f"{number:04d}"
            self.accounts[account.name] = account
        self.locked_recipients = frozenset(locked_recipients)
        if drop_after is not None and drop_after < 0:
            raise ValueError("drop_after must be 0 or more")
        self.drop_after = drop_after
        self.refuse_connections = refuse_connections
        self.clock = clock
        self.history: deque[AcceptedSms] = deque(maxlen=HISTORY_SIZE)
        self._connections = 0
        self._sessions: dict[str, GatewayConnection] = {}

    def connect(self, address: str) -> GatewayConnection:
        """A new connection from `address`; call its greet() first."""
        self._connections += 1
        return GatewayConnection(self, self._connections, address)

    def has_session(self, account: str) -> bool:
        return account in self._sessions

    def _claim(self, account: str, connection: GatewayConnection) -> bool:
        holder = self._sessions.setdefault(account, connection)
        return holder is connection

    def _release(self, account: str, connection: GatewayConnection) -> None:
        if self._sessions.get(account) is connection:
            del self._sessions[account]


class State(enum.Enum):
    CONNECTED = "connected"
    ACCOUNT_GIVEN = "account given"  # Full Ascii: Account= accepted, Password= expected
    LOGGED_IN = "logged in"
    CLOSED = "closed"


class GatewayConnection:
    """One connection, server side."""

    def __init__(self, gateway: Gateway, number: int, address: str) -> None:
        self.gateway = gateway
        self.number = number
        self.address = address
        self.state = State.CONNECTED
        self.account: Account | None = None  # pending after Account=, the session's after login
        self.accepted = 0
        # Full Ascii: the raw value of each field the connection holds (they persist, §7).
        self.fields: dict[str, bytes] = dict.fromkeys(FIELD_NAMES, b"")
        # The elidable values of the first accepted message, as bytes (the spec's Note).
        self.first: dict[str, bytes] | None = None

    # ---- events from the server ------------------------------------------------------------

    def greet(self) -> Outcome:
        if self.gateway.refuse_connections:
            return self._closing(79)
        return Outcome(answers.greeting(self.number, self.address))

    def receive_line(self, line: bytes) -> Outcome:
        """The answer to one line received without its CR LF."""
        return self.handle(parse_request(line))

    def line_too_long(self) -> Outcome:
        return self._closing(answers.BAD_REQUEST)

    def idle_timeout(self) -> Outcome:
        self.close()
        return Outcome(answers.idle_shutdown(), close=True)

    def close(self) -> None:
        """The connection ended, whoever ended it: free the account's session."""
        if self.account is not None:
            self.gateway._release(self.account.name, self)
        self.state = State.CLOSED

    # ---- requests --------------------------------------------------------------------------

    def handle(self, request: Request) -> Outcome:
        if self.state is State.CLOSED:
            return Outcome(None, close=True)
        logged_in = self.state is State.LOGGED_IN
        match request:
            case AccountLine(account) if not logged_in:
                return self._account_line(account)
            case PasswordLine(password) if self.state is State.ACCOUNT_GIVEN:
                return self._login(self.account, password)
            case PacketLogin(account, password) if not logged_in:
                return self._login(self._lookup(account), password)
            case PacketLoginData(account, password, values) if not logged_in:
                outcome = self._login(self._lookup(account), password)
                if self.state is not State.LOGGED_IN:
                    return outcome
                return self._send(dict(zip(FIELD_NAMES, values, strict=True)), Interface.PACKET)
            case PacketData(values) if logged_in:
                return self._send(dict(zip(FIELD_NAMES, values, strict=True)), Interface.PACKET)
            case FieldLine(name, value) if logged_in:
                return self._field_line(name, value)
            case SendLine(b"OKSEND") if logged_in:
                return self._send(self.fields, Interface.ASCII)
            case QueryLine(query) if logged_in:
                return self._query(query)
            case _:
                # Garbage, an unknown keyword, or a request out of sequence (§5, §11).
                return Outcome(answers.bad_request())

    def _lookup(self, account: bytes) -> Account | None:
        return self.gateway.accounts.get(account.decode(WIRE_ENCODING))

    def _account_line(self, name: bytes) -> Outcome:
        # A second Account= before Password= starts the login over with the new name.
        account = self._lookup(name)
        if account is None:
            return self._closing(89, NOT_VALID)
        self.account = account
        self.state = State.ACCOUNT_GIVEN
        return Outcome(answers.account_ack())

    def _login(self, account: Account | None, password: bytes) -> Outcome:
        """Credentials, IP rules, status, credit, then the one-session rule (§4)."""
        self.account = None
        self.state = State.CONNECTED
        if account is None or password.decode(WIRE_ENCODING) != account.password:
            return self._closing(89, NOT_VALID)
        for rule, code in LOGIN_RULE_ERRORS:
            if rule in account.rules:
                return self._closing(code)
        refusal = self._account_refusal(account)
        if refusal is not None:
            return refusal
        if not self.gateway._claim(account.name, self):
            return self._closing(101)
        self.account = account
        self.state = State.LOGGED_IN
        return Outcome(answers.logged_in(account.credit, account.id, account.status))

    def _account_refusal(self, account: Account) -> Outcome | None:
        """Status and credit: checked at login, and again at each send because a running
        simulator's account may be changed from outside (the spec lists 89 at SendSMS too)."""
        if account.status == "Blocked":
            return self._closing(89, BLOCKED)
        if account.status in ("Inactive", "Expired"):
            return self._closing(89, NOT_ACTIVE)
        if account.credit <= 0:
            return self._closing(99)
        return None

    def _field_line(self, name: str, value: bytes) -> Outcome:
        # Only the framing of TextMessage can be judged now; its bytes decode at the send,
        # by the SmsType then in force.
        # PhoneNumber is mandatory and never elided (clarifications §8-9): empty is wrong now.
        if (name == "PhoneNumber" and not value) or (
            value and format_problem(name, value.decode(WIRE_ENCODING), strict=False) is not None
        ):
            return Outcome(answers.field_error(name, ascii_interface=True))
        self.fields[name] = value
        return Outcome(answers.field_ack(name, value))

    def _query(self, query: bytes) -> Outcome:
        assert self.account is not None
        if query == b"Balance":
            return Outcome(answers.balance(self.account.credit))
        if query == b"Status":
            return Outcome(answers.status(self.account.status))
        return Outcome(answers.bad_request())

    def _send(self, values: Mapping[str, bytes], interface: Interface) -> Outcome:
        """Field errors, then recipient locked (86), then status and credit (§10)."""
        account = self.account
        assert account is not None
        drop_after = self.gateway.drop_after
        # Drop-after stands in for a line lost mid-send: the send is neither judged, charged
        # nor recorded. For <Send Login & Data> the login part has already happened.
        if drop_after is not None and self.accepted >= drop_after:
            self.close()
            return Outcome(None, close=True, reset=True)
        message = resolve(values, self.first)
        if isinstance(message, Refusal):
            if message.field == SCHEDULE:
                return Outcome(answers.schedule_error())
            ascii_interface = interface is Interface.ASCII
            return Outcome(answers.field_error(message.field, ascii_interface=ascii_interface))
        recipient = message["CountryCode"] + message["GsmCode"] + message["PhoneNumber"]
        if recipient in self.gateway.locked_recipients:
            return Outcome(answers.error(86))
        refusal = self._account_refusal(account)
        if refusal is not None:
            return refusal
        account.credit -= 1
        self.accepted += 1
        if self.first is None:  # nothing was elided, so the values are all there
            self.first = {name: values[name] for name in ELIDABLE}
        self.fields["PhoneNumber"] = b""  # the one field that does not persist (§7)
        when = self.gateway.clock()  # the reply names the acceptance time, even if scheduled
        accepted = AcceptedSms(when, interface, account.name, message, account.credit)
        self.gateway.history.append(accepted)
        return Outcome(answers.sent(account.credit, recipient, when), accepted=accepted)

    def _closing(self, code: int, text: str | None = None) -> Outcome:
        self.close()
        return Outcome(answers.error(code, text, closes=True), close=True)
