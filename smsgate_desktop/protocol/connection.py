"""The client side of one gateway connection as a pure state machine (the h11 model).

    conn = ClientConnection(Interface.PACKET)
    conn.login("acct", "secret")          # queue requests ...
    sock.sendall(conn.data_to_send())     # ... write what may be written now
    conn.receive_data(sock.recv(4096))    # feed what arrived (b"" = the peer closed)
    event = conn.next_event()             # Greeted, LoggedIn, MessageAccepted, ... or NEED_DATA

Requests run one at a time in the order queued. On the Full Ascii interface a message is a
series of field lines, each released only after the previous one was acknowledged, then
`SendSMS=OKSEND`.

Pipelining (opt-in, Packets only): `ClientConnection(Interface.PACKET, window=W)` releases up
to W consecutive <Send Data> packets before their replies arrive; replies are matched to them in
order. Logins, <Send Login & Data> and queries are never pipelined: they wait until nothing is
in flight, and nothing is released past them until they are answered. A packet is elided only
against a first accepted message already known when it is released, so every packet released
before the first +OK of the connection goes in full. When the line ends, or a closing -ERR
answers one of them, every other written and unanswered message is reported in one
ConnectionLost (`messages`): its outcome is unknown.

A reply is checked against what it answers: a +OK to a send that names another recipient
(`[SMS SEND MESSAGE TO: +39...]`) means the stream is out of step (a reply was doubled or
lost), so the connection closes itself. When pipelining, a -ERR to a message names no
recipient and so cannot be checked: it is held back until a later +OK proves the stream in
step, or until nothing is left in flight. If the stream turns out to be out of step first,
every message since the last verified +OK is lost (UNKNOWN), never reported rejected: a
rejection invites "resend failed", and a duplicate.

The connection tracks what the server holds (fields persist there) and the first accepted
message (the base of broadcast elision), so callers just hand it messages.
"""

from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass, field
from typing import Final

from . import ascii, packet
from .errors import FIELD_ERROR_CODES, LocalProtocolError, ProtocolError
from .fields import SmsMessage
from .phrases import Template
from .replies import Err, Ok, parse_reply
from .wire import CRLF, MAX_LINE, Interface

MAX_WINDOW: Final = 64  # messages in flight at most when pipelining
MAX_REPLY: Final = 64 * 1024  # a reply line longer than this is not the gateway talking

# What was wrong with the gateway's replies (ProtocolError.reason), for the session's sentences.
NO_REQUEST_PENDING: Final = Template(
    "Session", "protocol-no-request-pending", "reply with no request pending"
)
OUT_OF_STEP: Final = Template(
    "Session",
    "protocol-out-of-step",
    "the reply names {number}, not {recipient}: replies are out of step",
)
CUT_OFF: Final = Template(
    "Session", "protocol-cut-off", "the connection dropped in the middle of a reply"
)
ENDLESS_LINE: Final = Template(
    "Session", "protocol-endless-line", "the gateway sent over {size} bytes without ending the line"
)
# -ERR codes that refuse the data of a message, so its login part (if any) was accepted.
DATA_ERRORS: Final = frozenset(FIELD_ERROR_CODES.values()) | {86}


class State(enum.Enum):
    AWAIT_GREETING = "awaiting greeting"
    CONNECTED = "connected"  # greeted, not logged in
    LOGGED_IN = "logged in"
    CLOSED = "closed"


# The state table (h11's _state.py): the requests each state allows, and the state a request
# leads to once answered with +OK. A request is checked against the state the connection will
# be in when its turn comes (every request queued before it answered +OK); the gateway would
# answer a request out of sequence with -ERR 100 (clarifications §5), so it is refused here.
TRANSITIONS: Final[dict[State, dict[str, State]]] = {
    State.AWAIT_GREETING: {"login": State.LOGGED_IN, "login-and-send": State.LOGGED_IN},
    State.CONNECTED: {"login": State.LOGGED_IN, "login-and-send": State.LOGGED_IN},
    State.LOGGED_IN: {"send": State.LOGGED_IN, "query": State.LOGGED_IN},
    State.CLOSED: {},
}


class _NeedData:
    def __repr__(self) -> str:
        return "NEED_DATA"


NEED_DATA: Final = _NeedData()


# ---- events -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Greeted:
    detail: str


@dataclass(frozen=True, slots=True)
class LoggedIn:
    credit: int
    account_id: str
    status: str


@dataclass(frozen=True, slots=True)
class MessageAccepted:
    message: SmsMessage  # as the caller gave it (before elision)
    credit: int | None
    detail: str

    def __init__(self, message: SmsMessage, credit: int | None, detail: str) -> None:
        # One per message: the slots' own setters cost half of the frozen dataclass's
        # object.__setattr__ per field (dataclass keeps an __init__ the class defines).
        _set_accepted_message(self, message)
        _set_accepted_credit(self, credit)
        _set_accepted_detail(self, detail)


_set_accepted_message, _set_accepted_credit, _set_accepted_detail = (
    getattr(MessageAccepted, name).__set__ for name in ("message", "credit", "detail")
)


@dataclass(frozen=True, slots=True)
class Rejected:
    """The gateway answered -ERR. `request` is greeting | login | send | query."""

    request: str
    error: Err
    message: SmsMessage | None = None
    field: str | None = None  # Full Ascii: the field line that was refused


@dataclass(frozen=True, slots=True)
class BalanceReported:
    credit: int


@dataclass(frozen=True, slots=True)
class StatusReported:
    status: str


@dataclass(frozen=True, slots=True)
class ConnectionLost:
    """The line ended: the peer closed, or said -ERR 102 (idle shutdown), or a closing -ERR
    answered an earlier pipelined message (then it follows that Rejected).

    `request` is the oldest request in flight (None when idle). `written` says whether its
    final line had been handed out for writing: for a message, the outcome is then UNKNOWN (the
    gateway may have accepted it) and it must never be re-sent automatically. `messages` holds
    every message written and unanswered, oldest first (more than one only when pipelining):
    all of them are UNKNOWN. Queued messages not in it were never written. (`messages` is left
    out of equality, so that events compare as they did before pipelining.)
    """

    shutdown: Err | None
    request: str | None = None
    message: SmsMessage | None = None
    written: bool = False
    messages: tuple[SmsMessage, ...] = field(default=(), compare=False)
    # Set when the connection closed itself because the gateway said something that does
    # not fit (garbage, a reply nobody asked for, a +OK naming another recipient).
    error: ProtocolError | None = field(default=None, compare=False)


Event = (
    Greeted
    | LoggedIn
    | MessageAccepted
    | Rejected
    | BalanceReported
    | StatusReported
    | ConnectionLost
)


# ---- requests -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Request:
    kind: str  # login | send | query
    message: SmsMessage | None = None
    query: str | None = None
    credentials: tuple[str, str] | None = None
    encoded: list[bytes] | None = None  # the message's validated wire values
    # Filled when the request becomes the head of the queue:
    lines: deque[tuple[str | None, bytes]] = field(default_factory=deque)
    started: bool = False
    released: int = 0  # lines handed to data_to_send
    answered: int = 0  # replies consumed

    @property
    def transition(self) -> str:
        """The request's name in the state table."""
        if self.kind == "send" and self.credentials is not None:
            return "login-and-send"
        return self.kind


class ClientConnection:
    """One connection's protocol state. Pure: no sockets, clocks or threads."""

    def __init__(
        self,
        interface: Interface | str = Interface.PACKET,
        window: int = 1,
        *,
        log_lines: bool = True,
    ) -> None:
        self.interface = Interface(interface)
        if not 1 <= window <= MAX_WINDOW:
            raise ValueError(f"the send window must be 1 to {MAX_WINDOW}, not {window}")
        # Full Ascii is a dialogue of acknowledged field lines: never pipelined.
        self.window = window if self.interface is Interface.PACKET else 1
        self.state = State.AWAIT_GREETING
        self.credit: int | None = None
        self._buffer = bytearray()
        self._eof = False
        self._events: deque[Event] = deque()
        self._requests: deque[_Request] = deque()
        self._held: dict[str, bytes] = {}  # Full Ascii: the value bytes the server holds
        self._first: SmsMessage | None = None  # first accepted message (elision base)
        self._first_encoded: list[bytes] | None = None
        self._received: list[bytes] = []  # complete lines, for the caller's protocol log
        # Without a protocol log, the lines are only counted: a list per reply for nobody to
        # read would cost every message of a broadcast.
        self.log_lines = log_lines
        self.lines_received = 0  # complete reply lines so far (a deadline restarts at each)
        self._lost_written = False  # `written` of the request in flight when the line ended
        self._newly_written: list[SmsMessage] = []  # for take_written_messages()
        self._unconfirmed: list[Rejected] = []  # pipelined -ERRs awaiting a verified +OK

    # ---- queueing requests -----------------------------------------------------------------

    def login(self, account: str, password: str) -> None:
        """Queue a login. Credentials are validated now: a bad one raises FieldError."""
        if self.interface is Interface.ASCII:
            ascii.account_line(account), ascii.password_line(password)
        else:
            packet.login_packet(account, password)
        self._queue(_Request("login", credentials=(account, password)))

    def send_message(self, message: SmsMessage) -> None:
        """Queue a message. It is validated now: an invalid one raises FieldError."""
        encoded = message.encode()
        self._queue(_Request("send", message=message, encoded=encoded))

    def login_and_send(self, account: str, password: str, message: SmsMessage) -> None:
        """Queue <Send Login & Data> (Packets only): one line, one reply (the data reply)."""
        if self.interface is not Interface.PACKET:
            raise ValueError("<Send Login & Data> exists only on the Packets interface")
        message.validate()
        packet.login_data_packet(account, password, message)
        self._queue(_Request("send", message=message, credentials=(account, password)))

    def query(self, kind: str) -> None:
        """Queue `SmsQuery=Balance` or `SmsQuery=Status`."""
        ascii.query_line(kind)
        self._queue(_Request("query", query=kind))

    def _queue(self, request: _Request) -> None:
        """Queue `request`, or raise LocalProtocolError when the state table forbids it."""
        state = self.state
        # The usual case, a send or a query on a logged-in line with nothing queued: what the
        # table allows there, without hashing enum members (a Python call each).
        if (
            not self._requests
            and state is State.LOGGED_IN
            and request.kind != "login"
            and request.credentials is None
        ):
            self._requests.append(request)
            return
        for queued in self._requests:
            state = TRANSITIONS[state][queued.transition]
        if request.transition not in TRANSITIONS[state]:
            raise LocalProtocolError(
                f"cannot {request.transition.replace('-', ' ')} when the connection is "
                f"{state.value}" + (" (after the requests queued)" if self._requests else "")
            )
        self._requests.append(request)

    @property
    def idle(self) -> bool:
        """No request queued or waiting for its reply."""
        return not self._requests

    @property
    def first_accepted(self) -> SmsMessage | None:
        return self._first

    # ---- bytes out -------------------------------------------------------------------------

    def data_to_send(self) -> bytes:
        """The bytes that may be written now (b"" when the next line waits for a reply).

        One line, or with a window > 1 every <Send Data> packet the window lets go now."""
        if self.state in (State.AWAIT_GREETING, State.CLOSED) or not self._requests:
            return b""
        self._newly_written.clear()
        if self.window == 1:
            # Unpipelined, one line goes at a time: a Full Ascii line waits for the previous
            # one's ack, and nothing goes past a request whose last line is out.
            line = self._release_one()
            return b"" if line is None else line
        lines = []
        while (line := self._release_one()) is not None:
            lines.append(line)
        return b"".join(lines)

    def _release_one(self) -> bytes | None:
        """The next line that may go out now, None when everything waits for a reply."""
        # in_flight: the requests ahead, whose lines are all out, awaiting their replies
        for in_flight, request in enumerate(self._requests):
            if not request.started:
                if in_flight and (in_flight >= self.window or not self._pipelined(request)):
                    return None
                self._start(request)
            if request.released < len(request.lines):
                if request.released > request.answered:
                    return None  # a Full Ascii line waits for the previous line's ack
                request.released += 1
                if request.released == len(request.lines) and request.kind == "send":
                    self._newly_written.append(request.message)
                return request.lines[request.released - 1][1]
            if not self._pipelined(request):
                return None  # its reply comes before anything else goes out
        return None

    def _pipelined(self, request: _Request) -> bool:
        """Whether other <Send Data> packets may be in flight together with `request`."""
        return (
            self.window > 1
            and request.kind == "send"
            and request.credentials is None
            and self.state is State.LOGGED_IN
        )

    def take_written_messages(self) -> list[SmsMessage]:
        """The messages whose final line the last data_to_send call handed out."""
        written, self._newly_written = self._newly_written, []
        return written

    @property
    def unanswered(self) -> tuple[SmsMessage, ...]:
        """The messages written (final line handed out) whose reply has not arrived, oldest
        first: if the line fails now, their outcome is unknown."""
        return tuple(
            request.message
            for request in self._requests
            if request.kind == "send" and request.started and request.released == len(request.lines)
        )

    @property
    def unsettled(self) -> tuple[SmsMessage, ...]:
        """The messages written whose outcome is not reported yet, oldest first: those whose
        -ERR is held back (pipelining), then the unanswered. If the line fails now, all of
        them are unknown."""
        return tuple(event.message for event in self._unconfirmed) + self.unanswered

    def _start(self, request: _Request) -> None:
        request.started = True
        if request.kind == "login":
            account, password = request.credentials
            if self.interface is Interface.ASCII:
                request.lines.extend(
                    [
                        ("Account", ascii.account_line(account)),
                        (None, ascii.password_line(password)),
                    ]
                )
            else:
                request.lines.append((None, packet.login_packet(account, password)))
        elif request.kind == "query":
            request.lines.append((None, ascii.query_line(request.query)))
        elif request.credentials is not None:  # <Send Login & Data>
            account, password = request.credentials
            line = packet.login_data_packet(account, password, request.message, self._first)
            request.lines.append((None, line))
        elif self.interface is Interface.PACKET:
            line = packet.elided_data_packet(request.encoded, self._first_encoded)
            request.lines.append((None, line))
        else:
            request.lines.extend(ascii.message_lines(request.message, self._held))
            request.lines.append((None, ascii.SEND_LINE))

    @property
    def written(self) -> bool:
        """The final line of the request in flight has been handed out for writing."""
        if not self._requests:
            return self._lost_written  # still answerable after ConnectionLost
        request = self._requests[0]
        return request.started and request.released == len(request.lines)

    # ---- bytes in --------------------------------------------------------------------------

    def receive_data(self, data: bytes) -> None:
        """Feed bytes from the socket; b"" means the peer closed the connection."""
        if data:
            self._buffer += data
        else:
            self._eof = True

    def take_received_lines(self) -> list[bytes]:
        """The reply lines parsed since the last call (without CR LF), oldest first; always
        empty when the connection was made with log_lines=False."""
        lines, self._received = self._received, []
        return lines

    def next_event(self) -> Event | _NeedData:
        """The next event, NEED_DATA when more bytes are needed. Raises ProtocolError when
        the server says something the spec does not describe; the connection is then closed."""
        if self._events:
            return self._events.popleft()
        if not self._buffer and not self._eof:  # the usual answer between two replies
            return NEED_DATA
        while not self._events:
            if self.state is State.CLOSED:
                return NEED_DATA
            try:
                line = self._next_line()
                if line is None:
                    if self._eof:
                        self._lose(None)
                        continue
                    return NEED_DATA
                self._handle(parse_reply(line))
            except ProtocolError as exc:
                self._fail(exc)
        return self._events.popleft()

    def _fail(self, error: ProtocolError) -> None:
        """The gateway said something that does not fit. With messages in flight, the line
        is lost (ConnectionLost with `error`): they are UNKNOWN, never rejected. Otherwise
        (greeting, login, query) the error is raised to the caller."""
        lost = self.unsettled
        self._unconfirmed.clear()
        self.state = State.CLOSED
        if not lost:
            self._requests.clear()
            raise error
        self._lost_written = True
        self._events.append(ConnectionLost(None, "send", lost[0], True, lost, error))
        self._requests.clear()

    def _next_line(self) -> bytes | None:
        end = self._buffer.find(CRLF)
        if end < 0:
            if len(self._buffer) > MAX_REPLY:
                raise ProtocolError(
                    ENDLESS_LINE(size=MAX_REPLY),
                    bytes(self._buffer[:200]),
                    "endless-line",
                )
            if self._eof and self._buffer:  # a last line without CR LF
                line = bytes(self._buffer)
                self._buffer.clear()
                self._count_line(line)
                if self._unconfirmed or self.unanswered:
                    # A send's reply cut off: "+OK 01 14" may be "+OK 01 1499 [...]" or a
                    # stray line; "-ERR 9" may have been "-ERR 94". Never guess an outcome.
                    raise ProtocolError(CUT_OFF(), line, "cut-off")
                return line  # greeting, login or query: read it, leniently
            return None
        buffer = self._buffer
        if end + 2 == len(buffer):  # the usual case, one whole line: no slice, no shift
            line = bytes(buffer[:end])
            buffer.clear()
        else:
            line = bytes(buffer[:end])
            del buffer[: end + 2]
        self.lines_received += 1
        if self.log_lines:
            self._received.append(line)
        return line

    def _count_line(self, line: bytes) -> None:
        self.lines_received += 1
        if self.log_lines:
            self._received.append(line)

    def _lose(self, shutdown: Err | None) -> None:
        self._confirm()  # answered before the line ended: nothing says they were out of step
        request = self._requests[0] if self._requests else None
        started = request is not None and request.started
        self._lost_written = self.written if started else False
        self._events.append(
            ConnectionLost(
                shutdown,
                request.kind if started else None,
                request.message if started else None,
                self._lost_written,
                self.unanswered,
            )
        )
        self.state = State.CLOSED
        self._requests.clear()

    def _handle(self, reply: Ok | Err) -> None:
        if self.state is State.AWAIT_GREETING:
            if isinstance(reply, Err):
                self._close_with(Rejected("greeting", reply))
            else:
                self.state = State.CONNECTED
                self._events.append(Greeted(reply.detail))
            return
        if isinstance(reply, Err) and reply.code == 102:
            self._lose(reply)
            return
        request = self._requests[0] if self._requests else None
        if request is None or request.released <= request.answered:
            raise ProtocolError(NO_REQUEST_PENDING(), reply.raw)
        request.answered += 1
        name = request.lines[request.answered - 1][0]
        if isinstance(reply, Err):
            self._requests.popleft()
            if request.credentials is not None and reply.code in DATA_ERRORS:
                self.state = State.LOGGED_IN  # <Send Login & Data>: only the data failed (§13)
            event = Rejected(request.kind, reply, request.message, name)
            if reply.closes:
                self._confirm()
                self._close_with(event)
            elif request.kind == "send" and self.window > 1:
                self._unconfirmed.append(event)
                if not self.unanswered:  # nothing after it that could prove it misplaced
                    self._confirm()
            else:
                self._events.append(event)
            return
        if request.answered < len(request.lines):  # a Full Ascii field or Account= ack
            if name is not None and name != "Account":
                self._held[name] = _field_bytes(request.lines[request.answered - 1][1])
            return
        if request.kind == "send":
            named = reply.recipient()
            if named is not None and named != request.message.recipient.lstrip("+"):
                raise ProtocolError(
                    OUT_OF_STEP(number=named, recipient=request.message.recipient),
                    reply.raw,
                    "out-of-step",
                )
        self._requests.popleft()
        if self._unconfirmed:
            self._confirm()
        self._complete(request, reply)

    def _confirm(self) -> None:
        """The held -ERRs are theirs after all: report them."""
        self._events.extend(self._unconfirmed)
        self._unconfirmed.clear()

    def _complete(self, request: _Request, reply: Ok) -> None:
        if request.kind == "login":
            credit, account_id, status = reply.login()
            self.credit = credit
            self.state = State.LOGGED_IN
            self._events.append(LoggedIn(credit, account_id, status))
        elif request.kind == "query":
            if request.query == "Balance":
                self.credit = reply.balance()
                self._events.append(BalanceReported(self.credit))
            else:
                self._events.append(StatusReported(reply.status()))
        else:
            if request.credentials is not None:
                self.state = State.LOGGED_IN
            if reply.credit is not None:
                self.credit = reply.credit
            if self._first is None:
                self._first = request.message
                self._first_encoded = request.encoded or request.message.encode()
            self._held.pop("PhoneNumber", None)  # cleared by the server after each send
            self._events.append(MessageAccepted(request.message, reply.credit, reply.detail))

    def _close_with(self, event: Event) -> None:
        """A closing -ERR: `event`, then the other pipelined messages in flight are lost."""
        self._events.append(event)
        later = self.unanswered
        if later:  # written: the gateway may have processed none or some of them
            self._lost_written = True
            self._events.append(ConnectionLost(None, "send", later[0], True, later))
        self.state = State.CLOSED
        self._requests.clear()


def _field_bytes(line: bytes) -> bytes:
    """The value bytes of a `Name=value` CR LF line we sent: what the server now holds."""
    return line[line.index(b"=") + 1 : -2]


assert MAX_LINE < MAX_REPLY
