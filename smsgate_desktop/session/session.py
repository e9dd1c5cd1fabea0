"""GatewaySession: the protocol core over a blocking socket. No Qt: the CLI and the GUI's
worker thread both drive it.

Delivery rule: a message whose final line was written and whose reply never came has an
UNKNOWN outcome (the gateway may have accepted it) and is never re-sent here. A message
whose final line was not written yet is re-sent transparently on a new connection.

Deadlines: the connect timeout covers the TCP connect and the greeting; the reply timeout is a
deadline for each whole reply line (a gateway that trickles a byte a second cannot reset it).
A dropped line is normal life (the gateway's idle shutdown, a router): the next request goes
on a new connection. A gateway that stays silent, or says something that does not fit, is not:
the request fails with GatewaySilentError / GatewayProtocolError, and send_many stops after
reporting the messages in flight UNKNOWN, rather than trying every message into the same wall.
An event no request of ours asked for (a request queued on the connection behind the
session's back) is our own mistake, never the gateway's: LocalProtocolError (h11's split).

Every sentence for a person is a Phrase (protocol/phrases.py), translated by the window by
its code; the templates are the module-level constants here and in errors.py.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Final

from ..protocol import (
    NEED_DATA,
    BalanceReported,
    ClientConnection,
    ConnectionLost,
    Err,
    Event,
    FieldError,
    Greeted,
    Interface,
    LocalProtocolError,
    LoggedIn,
    MessageAccepted,
    ProtocolError,
    Rejected,
    SmsMessage,
    State,
    StatusReported,
)
from ..protocol.connection import MAX_WINDOW
from ..protocol.phrases import Phrase, Template
from ..protocol.redact import mask_password
from .errors import (
    ConnectError,
    ConnectionLostError,
    GatewayProtocolError,
    GatewaySilentError,
    LoginError,
    RequestRefused,
    SessionError,
    SessionStopped,
    describe_protocol_error,
    login_error,
)
from .transport import Endpoint, Transport

DEFAULT_PRIMARY = Endpoint("tcp.smsitaly.com", 27)
DEFAULT_BACKUP = Endpoint("backup.smsitaly.com", 27)
SENT, RECEIVED = "→", "←"
_monotonic: Final = time.monotonic  # read per reply: a global name costs less than an attribute
MAX_ATTEMPTS = 3  # connections tried for one request whose bytes never fully left
NO_CREDIT: Final = 99  # -ERR 99 [Credit Not Available!] (protocol/errors.py): it closes the line

LineObserver = Callable[[str, bytes, float], None]
"""Called with (direction → or ←, the line without CR LF and with the password masked, time)."""
WrittenHook = Callable[[SmsMessage], None]
"""Called with a message once its final line was written to the socket (send_many)."""

OUTCOME_UNKNOWN: Final = Template(
    "Session",
    "outcome-unknown",
    "Outcome unknown: {why}. The gateway may have accepted the message; it was not sent again.",
)
DROPPED_BEFORE_SENT: Final = Template(
    "Session",
    "dropped-before-sent",
    "The connection dropped {count} times before the message to {recipient} could be sent; "
    "it was not sent.",
)
DROPPED_ASKING_BALANCE: Final = Template(
    "Session",
    "dropped-asking-balance",
    "The connection dropped {count} times while asking for the balance.",
)
DROPPED_ASKING_STATUS: Final = Template(
    "Session",
    "dropped-asking-status",
    "The connection dropped {count} times while asking for the status.",
)
STOPPED: Final = Template("Session", "stopped", "The session was stopped: the program is closing.")
# Why a line ended, or a host could not be used (the `why` of OUTCOME_UNKNOWN, a host's reason
# in ConnectError).
CLOSED_BEFORE_REPLYING: Final = Template(
    "Session", "closed-before-replying", "the gateway closed the connection before replying"
)
CLOSED: Final = Template("Session", "closed", "the gateway closed the connection")
CONNECTION_REFUSED: Final = Template("Session", "connection-refused", "connection refused")
CONNECTION_RESET: Final = Template(
    "Session", "connection-reset", "connection reset by the other side"
)
NO_ANSWER_IN_TIME: Final = Template("Session", "no-answer-in-time", "no answer in time")
NO_GREETING: Final = Template("Session", "no-greeting", "no greeting within {seconds} s")
NO_LOGIN_ANSWER: Final = Template(
    "Session", "no-login-answer", "no answer to the login within {seconds} s"
)
# What was being done (the `doing` of GatewaySilentError and GatewayProtocolError).
WHILE_SENDING: Final = Template("Session", "while-sending", "while sending")
AFTER_MESSAGE: Final = Template("Session", "after-message", "after the message to {recipient}")
ASKED_BALANCE: Final = Template("Session", "asked-balance", "when asked for the balance")
ASKED_STATUS: Final = Template("Session", "asked-status", "when asked for the status")
_ASKING: Final = {
    "Balance": (ASKED_BALANCE, DROPPED_ASKING_BALANCE),
    "Status": (ASKED_STATUS, DROPPED_ASKING_STATUS),
}
# The caller's mistake (LocalProtocolError), never the gateway's: an event no send asked for.
UNEXPECTED_EVENT: Final = Template(
    "Session", "unexpected-event-while-sending", "unexpected event while sending: {event}"
)


class CreditExhaustedError(LoginError):
    """send_many stopped: the gateway refused a send with -ERR 99 (no credit left) and closed
    the line. The messages still to send need a new login, which the gateway refuses with the
    same 99 while there is no credit (it checks the credit at the login too), so the session
    does not try it: a LoginError for that login (`error`: the -ERR 99), and those messages
    were not sent."""


class Outcome(enum.StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNKNOWN = "unknown"  # written, no reply: may have been accepted; never re-sent automatically


@dataclass(frozen=True, slots=True)
class SendResult:
    message: SmsMessage
    outcome: Outcome
    credit: int | None = None  # credit left, from the gateway's +OK
    error: Err | None = None  # the -ERR of a rejection
    reason: str = ""  # for a person: why rejected or why unknown

    def __init__(
        self,
        message: SmsMessage,
        outcome: Outcome,
        credit: int | None = None,
        error: Err | None = None,
        reason: str = "",
    ) -> None:
        # One per message: the slots' own setters cost half of the frozen dataclass's
        # object.__setattr__ per field (dataclass keeps an __init__ the class defines).
        _set_message(self, message)
        _set_outcome(self, outcome)
        _set_credit(self, credit)
        _set_error(self, error)
        _set_reason(self, reason)

    @property
    def recipient(self) -> str:
        return self.message.recipient


_set_message, _set_outcome, _set_credit, _set_error, _set_reason = (
    getattr(SendResult, name).__set__
    for name in ("message", "outcome", "credit", "error", "reason")
)


@dataclass(slots=True)
class SessionConfig:
    account: str
    password: str = field(repr=False)
    primary: Endpoint = DEFAULT_PRIMARY
    backup: Endpoint | None = DEFAULT_BACKUP
    interface: Interface = Interface.PACKET
    connect_timeout: float = 10.0
    reply_timeout: float = 30.0
    # Messages send_many may have in flight on the Packets interface (1 = one request, one
    # reply, as the spec shows; up to 64). Full Ascii always uses 1.
    send_window: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.send_window <= MAX_WINDOW:
            raise ValueError(f"send_window must be 1 to {MAX_WINDOW}, not {self.send_window}")

    @property
    def endpoints(self) -> list[Endpoint]:
        return [self.primary] if self.backup is None else [self.primary, self.backup]

    @property
    def pipeline_depth(self) -> int:
        """Messages send_many keeps in flight: the send window on Packets, 1 on Full Ascii."""
        return self.send_window if self.interface is Interface.PACKET else 1


class GatewaySession:
    """One account's session. Connects on demand, logs in again after an idle shutdown."""

    def __init__(self, config: SessionConfig, observer: LineObserver | None = None) -> None:
        self.config = config
        self._observer = observer
        self._transport: Transport | None = None
        self._conn: ClientConnection | None = None
        self.credit: int | None = None
        self.account_status: str | None = None
        self.account_id: str | None = None
        self._on_written: WrittenHook | None = None  # set while send_many runs
        # Set when a send ended UNKNOWN because the gateway went silent or said something
        # that does not fit: send_many raises it once that result was yielded.
        self._halt: SessionError | None = None
        self._aborted = False  # set by abort(): no new connection from then on
        # The closing -ERR 99 a send got during send_many: it logs in no more (see there).
        self._no_credit: Err | None = None

    # ---- public API ------------------------------------------------------------------------

    @property
    def pipeline_depth(self) -> int:
        """Messages send_many keeps in flight (see SessionConfig.pipeline_depth)."""
        return self.config.pipeline_depth

    @property
    def endpoint(self) -> Endpoint | None:
        """Where the session is logged in now, None when it is not connected."""
        return self._transport.endpoint if self._logged_in() else None

    def open(self) -> None:
        """Connect and log in now (otherwise it happens before the first request)."""
        self._ensure_logged_in()

    def send(self, message: SmsMessage) -> SendResult:
        """Send one message. Raises FieldError (nothing sent), ConnectError, LoginError, and
        GatewaySilentError / GatewayProtocolError when the gateway fails before the message
        was written (nothing sent). Written and unanswered, it is UNKNOWN. LocalProtocolError
        when a reply to a request queued behind the session's back arrives (our mistake)."""
        self._halt = None
        conn = self._conn
        if conn is None or conn.state is not State.LOGGED_IN:  # an invalid message must not
            message.validate()  # open a session (once logged in, the connection validates it)
        for _ in range(MAX_ATTEMPTS):
            self._ensure_logged_in()
            self._conn.send_message(message)
            result = self._await_send(message)
            if result is not None:
                return result
        raise ConnectionLostError(
            DROPPED_BEFORE_SENT(count=MAX_ATTEMPTS, recipient=message.recipient)
        )

    def send_many(
        self, messages: Iterable[SmsMessage], on_written: WrittenHook | None = None
    ) -> Iterator[SendResult]:
        """Send in order on one connection (broadcast elision applies), yielding each result
        in the order of `messages`.

        With `config.send_window` W > 1 on the Packets interface, up to W messages are in
        flight: written before the replies to the earlier ones arrive. `messages` is consumed
        lazily, at most W ahead of the results yielded, and a message is taken just before it
        may be written: a journal marks it `sending` as it hands it over. `on_written(message)`
        (optional) is called once its bytes were handed to the socket. If the line drops, every
        message written and unanswered is yielded UNKNOWN (never re-sent); those not written
        yet are sent on a new connection.

        Stops by raising when the gateway can no longer be reached or refuses the login, or
        with FieldError at an invalid message (after yielding the results of those before it);
        the messages not yet yielded were not sent (taken from `messages`, perhaps, but not
        written: on_written tells). A send refused with -ERR 99 (no credit) is yielded
        REJECTED like any refusal, but the gateway closes the line after it, and the next
        message would need a login that the gateway refuses with the same 99: a message left
        to send then raises CreditExhaustedError instead of logging in again.

        To pause or cancel without unknowns, end the `messages` iterable: the results of the
        messages in flight are still yielded. Closing the generator early instead closes the
        connection, and the messages in flight get no result (they may have been accepted)."""
        self._on_written = on_written
        self._halt = self._no_credit = None
        try:
            if self.config.pipeline_depth > 1:
                yield from self._send_pipelined(iter(messages))
            else:
                for message in messages:
                    if self._no_credit is not None:
                        self._refuse_without_credit()
                    yield self.send(message)
                    if self._halt is not None:
                        self._raise_halt()
        finally:
            self._on_written = None
            if self._conn is not None and not self._conn.idle:
                self.close()  # replies still due would be taken for the next request's

    def _send_pipelined(self, source: Iterator[SmsMessage]) -> Iterator[SendResult]:
        window = self.config.send_window
        retry: deque[SmsMessage] = deque()  # taken, never written: they go first next time
        attempts: dict[int, int] = {}  # id(message) -> connections it was queued on unwritten
        invalid: Exception | None = None  # a FieldError, raised once the earlier are yielded
        exhausted = False
        while True:
            in_flight: deque[SmsMessage] = deque()  # queued on this connection, in order
            while len(in_flight) < window and invalid is None:
                if retry:
                    message = retry.popleft()
                elif exhausted or (message := next(source, None)) is None:
                    exhausted = True
                    break
                try:
                    if not in_flight:
                        if not self._logged_in():
                            message.validate()  # an invalid message must not open a session
                            self._refuse_without_credit()
                        self._ensure_logged_in()
                    self._conn.send_message(message)
                except FieldError as exc:
                    invalid = exc
                    break
                in_flight.append(message)
            if not in_flight:
                if invalid is not None:
                    raise invalid
                return
            yield from self._exchange(in_flight, source, retry, invalid is None)
            self._raise_halt()  # in_flight: never written, hence not sent
            for message in in_flight:  # left over: the line dropped before they were written
                count = attempts.get(id(message), 0) + 1
                if count >= MAX_ATTEMPTS:
                    raise ConnectionLostError(
                        DROPPED_BEFORE_SENT(count=MAX_ATTEMPTS, recipient=message.recipient)
                    )
                attempts[id(message)] = count
            retry.extendleft(reversed(in_flight))

    def _exchange(
        self,
        in_flight: deque[SmsMessage],
        source: Iterator[SmsMessage],
        retry: deque[SmsMessage],
        refill: bool,
    ) -> Iterator[SendResult]:
        """Read the replies of `in_flight` in order, topping the window up from `retry` then
        `source` while the connection lasts. On return, `in_flight` holds the messages that
        were never written (to send again); the connection is closed if it ended."""
        conn, window = self._conn, self.config.send_window
        while in_flight:
            try:
                event = self._next_event()
            except TimeoutError:
                self._halt = self._silent(AFTER_MESSAGE(recipient=in_flight[0].recipient))
                yield from self._unknown(in_flight, len(conn.unsettled), self._halt)
                return
            except OSError as exc:
                yield from self._unknown(in_flight, len(conn.unsettled), _describe_os_error(exc))
                return
            except ProtocolError as exc:  # nothing in flight was written
                self.close()
                raise GatewayProtocolError(exc, WHILE_SENDING()) from None
            if isinstance(event, MessageAccepted):
                self.credit = event.credit if event.credit is not None else self.credit
                yield SendResult(in_flight.popleft(), Outcome.ACCEPTED, credit=event.credit)
            elif isinstance(event, Rejected) and event.request == "send":
                error = event.error
                self._note_refusal(error)
                yield SendResult(
                    in_flight.popleft(), Outcome.REJECTED, error=error, reason=error.explanation
                )
            elif isinstance(event, ConnectionLost):
                why = self._why_lost(event)
                yield from self._unknown(in_flight, len(event.messages), why)
                return
            else:  # our own bookkeeping is wrong (a request queued behind our back)
                raise LocalProtocolError(UNEXPECTED_EVENT(event=repr(event)))
            if conn.state is State.CLOSED:
                # A closing -ERR: a ConnectionLost for the later written ones may follow.
                while (event := conn.next_event()) is not NEED_DATA:
                    if isinstance(event, ConnectionLost):
                        why = self._why_lost(event)
                        yield from self._unknown(in_flight, len(event.messages), why)
                self.close()
                return
            while refill and len(in_flight) < window:
                if retry:
                    message = retry.popleft()
                elif (message := next(source, None)) is None:
                    refill = False
                    break
                try:
                    conn.send_message(message)
                except FieldError:
                    retry.appendleft(message)  # raised by the caller's loop once drained
                    refill = False
                    break
                in_flight.append(message)

    def _unknown(
        self, in_flight: deque[SmsMessage], written: int, why: str | SessionError
    ) -> Iterator[SendResult]:
        """The first `written` messages of `in_flight` were written and never answered."""
        self.close()
        for _ in range(written):
            yield SendResult(in_flight.popleft(), Outcome.UNKNOWN, reason=_unknown_reason(why))

    def _why_lost(self, event: ConnectionLost) -> str | SessionError:
        """Why the line of `event` ended: a drop (str: the run goes on, on a new connection),
        or a gateway that said something that does not fit (halts send_many)."""
        if event.error is None:
            return CLOSED_BEFORE_REPLYING()
        self._halt = GatewayProtocolError(event.error, WHILE_SENDING())
        return self._halt

    def _silent(self, doing: str) -> GatewaySilentError:
        return GatewaySilentError(self.config.reply_timeout, doing)

    def _note_refusal(self, error: Err) -> None:
        if error.code == NO_CREDIT and error.closes:
            self._no_credit = error

    def _refuse_without_credit(self) -> None:
        """Raise CreditExhaustedError, rather than log in again, after a closing -ERR 99."""
        if self._no_credit is not None:
            self.close()
            raise CreditExhaustedError(self._no_credit)

    def _raise_halt(self) -> None:
        halt, self._halt = self._halt, None
        if halt is not None:
            self.close()
            raise halt

    def balance(self) -> int:
        """`SmsQuery=Balance`: the account's credit."""
        event = self._query("Balance")
        self.credit = event.credit
        return event.credit

    def status(self) -> str:
        """`SmsQuery=Status`: Active, Inactive, Expired, Blocked or Standby."""
        event = self._query("Status")
        self.account_status = event.status
        return event.status

    def abort(self) -> None:
        """Cut the line from another thread (quitting): a blocked read or write in the
        session's own thread returns at once, and a message written and unanswered is then
        UNKNOWN, as for any dropped line. Sticky: no new connection or retry starts after it
        (the session raises SessionStopped instead). Safe at any time, from any thread."""
        self._aborted = True
        transport = self._transport
        if transport is not None:
            transport.abort()

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()
        self._transport = self._conn = None

    def __enter__(self) -> GatewaySession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- connecting ------------------------------------------------------------------------

    def _logged_in(self) -> bool:
        return self._conn is not None and self._conn.state is State.LOGGED_IN

    def _ensure_logged_in(self) -> None:
        if self._aborted:
            self.close()
            raise SessionStopped(STOPPED())
        # The gateway may have closed the line while we were not reading (-ERR 102 after an
        # idle spell): look before writing, so a message is never written into a dead line.
        conn = self._conn
        if conn is not None and conn.state is State.LOGGED_IN:
            if not self._transport.readable():
                return
            self._drain_unprompted()
        if not self._logged_in():
            self.close()
            self._connect_and_login()

    def _drain_unprompted(self) -> None:
        """Read what arrived while idle: -ERR 102, or the end of a connection the server
        (or a router) closed. Either way the next request goes on a new connection."""
        try:
            self._feed(self._transport.read(self.config.reply_timeout))
            while (event := self._conn.next_event()) is not NEED_DATA:
                if isinstance(event, ConnectionLost):
                    break
        except (OSError, ProtocolError):
            pass
        finally:
            self._report_received()
        if not self._logged_in() or self._conn.state is State.CLOSED:
            self.close()

    def _connect_and_login(self) -> None:
        attempts: list[tuple[str, str]] = []
        config = self.config
        for endpoint in config.endpoints:
            started = time.monotonic()
            try:
                self._transport = Transport.open(endpoint, config.connect_timeout)
            except OSError as exc:
                attempts.append((str(endpoint), _describe_os_error(exc)))
                continue
            self._conn = ClientConnection(
                config.interface, config.send_window, log_lines=self._observer is not None
            )
            self._conn.login(config.account, config.password)
            phase = NO_GREETING
            try:  # the connect timeout covers the connect and the greeting
                left = config.connect_timeout - (time.monotonic() - started)
                event = self._next_event(max(left, 0.001))
                if isinstance(event, Greeted):
                    phase = NO_LOGIN_ANSWER
                    event = self._next_event()
            except TimeoutError:
                seconds = config.connect_timeout if phase is NO_GREETING else config.reply_timeout
                attempts.append((str(endpoint), phase(seconds=f"{seconds:g}")))
                self.close()
                continue
            except OSError as exc:
                attempts.append((str(endpoint), _describe_os_error(exc)))
                self.close()
                continue
            except ProtocolError as exc:
                attempts.append((str(endpoint), describe_protocol_error(exc)))
                self.close()
                continue
            if isinstance(event, LoggedIn):
                self.credit, self.account_id = event.credit, event.account_id
                self.account_status = event.status
                return
            self.close()
            if isinstance(event, Rejected) and event.request == "login":
                raise login_error(event.error)
            if isinstance(event, Rejected):  # the greeting: this host refuses us, try the next
                attempts.append((str(endpoint), event.error.explanation))
            else:
                attempts.append((str(endpoint), CLOSED()))
        raise ConnectError(attempts)

    # ---- exchanging ------------------------------------------------------------------------

    def _await_send(self, message: SmsMessage) -> SendResult | None:
        """The outcome of the message in flight; None when it never fully left (retry)."""
        try:
            event = self._next_event()
        except TimeoutError:
            return self._lost(message, self._silent(AFTER_MESSAGE(recipient=message.recipient)))
        except OSError as exc:
            return self._lost(message, _describe_os_error(exc))
        except ProtocolError as exc:  # raised only while nothing was written
            return self._lost(message, GatewayProtocolError(exc, WHILE_SENDING()))
        if isinstance(event, MessageAccepted):
            self.credit = event.credit if event.credit is not None else self.credit
            return SendResult(message, Outcome.ACCEPTED, credit=event.credit)
        if isinstance(event, Rejected):
            if self._conn.state is State.CLOSED:
                self.close()
            self._note_refusal(event.error)
            return SendResult(
                message, Outcome.REJECTED, error=event.error, reason=event.error.explanation
            )
        if isinstance(event, ConnectionLost):
            return self._lost(message, self._why_lost(event), written=event.written)
        # Our own bookkeeping is wrong (a request queued behind our back), not the gateway's.
        raise LocalProtocolError(UNEXPECTED_EVENT(event=repr(event)))

    def _lost(
        self, message: SmsMessage, why: str | SessionError, written: bool | None = None
    ) -> SendResult | None:
        """The line ended with `message` in flight. Written, it is UNKNOWN; not written, it
        is sent again on a new connection (None) after a mere drop, and not at all when the
        gateway went silent or talked nonsense (`why` is then the error, raised)."""
        if written is None:
            written = self._conn is not None and self._conn.written
        self.close()
        if isinstance(why, SessionError):
            self._halt = why if written else None
            if not written:
                raise why
        if not written:
            return None
        return SendResult(message, Outcome.UNKNOWN, reason=_unknown_reason(why))

    def _query(self, kind: str) -> BalanceReported | StatusReported:
        """Ask; a dropped line is asked again (a query changes nothing), silence and nonsense
        are not (they would only cost the caller another reply timeout)."""
        asked, dropped = _ASKING[kind]
        doing = asked()
        for _ in range(MAX_ATTEMPTS):
            self._ensure_logged_in()
            self._conn.query(kind)
            try:
                event = self._next_event()
            except TimeoutError:
                self.close()
                raise self._silent(doing) from None
            except ProtocolError as exc:
                self.close()
                raise GatewayProtocolError(exc, doing) from None
            except OSError:
                self.close()
                continue
            if isinstance(event, BalanceReported | StatusReported):
                return event
            if isinstance(event, Rejected):
                if self._conn.state is State.CLOSED:
                    self.close()
                raise RequestRefused(event.error)
            self.close()  # ConnectionLost: the gateway closed the line (or -ERR 102)
        raise ConnectionLostError(dropped(count=MAX_ATTEMPTS))

    def _next_event(self, timeout: float | None = None) -> Event:
        """Write what may be written, read until the connection yields an event.

        Each reply line must be complete within `timeout` (default: the reply timeout) of
        the previous one, or of the start: a deadline for the whole line, not for each recv,
        so a gateway that trickles a byte a second cannot hold a caller for ever."""
        conn, transport, observer = self._conn, self._transport, self._observer
        timeout = self.config.reply_timeout if timeout is None else timeout
        deadline = _monotonic() + timeout
        seen = conn.lines_received
        while True:
            if observer is None:
                event = conn.next_event()
            else:
                try:
                    event = conn.next_event()
                finally:
                    self._report_received()
            if conn.lines_received != seen:
                seen = conn.lines_received
                deadline = _monotonic() + timeout
            if event is not NEED_DATA:
                if conn.state is State.CLOSED or type(event) is ConnectionLost:
                    transport.close()
                return event
            # A Full Ascii ack just parsed may have released the next line: write before
            # waiting, or both sides would wait for each other. data_to_send hands out all
            # that may go now and makes no event, so the read follows without asking again.
            outgoing = conn.data_to_send()
            if outgoing:
                if self._on_written is None:
                    self._write(outgoing)  # data_to_send forgets the written at its next call
                else:
                    try:
                        self._write(outgoing)
                    finally:  # a failed write may have sent part: those count as written
                        for message in conn.take_written_messages():
                            self._on_written(message)
            left = deadline - _monotonic()
            if left <= 0:
                raise TimeoutError(f"no complete reply line within {timeout:g} s")
            conn.receive_data(transport.read(left))

    def _feed(self, data: bytes) -> None:
        self._conn.receive_data(data)

    def _write(self, data: bytes) -> None:
        self._transport.write(data, self.config.reply_timeout)
        if self._observer is not None:
            now = time.time()
            for line in data.split(b"\r\n")[:-1]:
                self._observer(SENT, mask_password(line), now)

    def _report_received(self) -> None:
        """Hand the lines received to the observer (the connection keeps none without one)."""
        if self._conn is None or self._observer is None:
            return
        lines = self._conn.take_received_lines()
        if lines:
            now = time.time()
            for line in lines:
                self._observer(RECEIVED, line, now)


def _unknown_reason(why: str | SessionError) -> Phrase:
    text = str(why).rstrip(".")
    if text.startswith("The "):
        text = "t" + text[1:]
    # The same words as a phrase: a session error's clause, or `why` itself when it is one.
    clause = getattr(why, "clause", why)
    if isinstance(clause, Phrase) and clause == text:
        text = clause
    return OUTCOME_UNKNOWN(why=text)


def _describe_os_error(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return NO_ANSWER_IN_TIME()
    if isinstance(exc, ConnectionRefusedError):
        return CONNECTION_REFUSED()
    if isinstance(exc, ConnectionResetError):
        return CONNECTION_RESET()
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
