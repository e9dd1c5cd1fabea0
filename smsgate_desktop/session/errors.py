"""What can go wrong above the protocol: reaching the gateway, logging in, losing the line.

Every message is a Phrase (protocol/phrases.py): English text that carries its template's
code and values, so the window translates it by code (phrase_of(exc)).
"""

from __future__ import annotations

from typing import Final

from ..protocol import Err, ProtocolError, SmsGateError
from ..protocol.connection import MAX_REPLY
from ..protocol.phrases import Template
from ..protocol.redact import visible

SHOWN_BYTES = 120  # of a line the gateway sent, in a sentence for a person

CONNECT_FAILED: Final = Template(
    "Session", "connect-failed", "Could not connect to the gateway ({attempts})."
)
# One host's reason ("tcp.smsitaly.com:27: connection refused"), and two or more of them
# joined ("{first}; {rest}"): the reasons stay phrases of their own, translated in turn.
HOST_ATTEMPT: Final = Template("Session", "host-attempt", "{host}: {why}")
HOST_ATTEMPTS: Final = Template("Session", "host-attempts", "{first}; {rest}")
LOGIN_REFUSED: Final = Template("SessionWorker", "login-refused", "Login refused: {reason}")
SILENT: Final = Template(
    "Session", "gateway-silent", "The gateway did not answer within {seconds} s {doing}."
)
SILENT_CLAUSE: Final = Template(
    "Session", "gateway-silent-clause", "the gateway did not answer within {seconds} s {doing}"
)

# A ProtocolError in words, by its code: (alone, as a GatewayProtocolError's message with what
# was being done, and the same as a clause inside "Outcome unknown: …").
_CUT_OFF: Final = (
    Template(
        "Session",
        "reply-cut-off-alone",
        "The connection dropped in the middle of the gateway's reply: {received}",
    ),
    Template(
        "Session",
        "reply-cut-off",
        "The connection dropped in the middle of the gateway's reply: {received} ({doing}).",
    ),
    Template(
        "Session",
        "reply-cut-off-clause",
        "the connection dropped in the middle of the gateway's reply: {received} ({doing})",
    ),
)
_ENDLESS_LINE: Final = (
    Template(
        "Session",
        "endless-line-alone",
        "The gateway sent a line of over {size} KiB without ending it: {received}",
    ),
    Template(
        "Session",
        "endless-line",
        "The gateway sent a line of over {size} KiB without ending it: {received} ({doing}).",
    ),
    Template(
        "Session",
        "endless-line-clause",
        "the gateway sent a line of over {size} KiB without ending it: {received} ({doing})",
    ),
)
_OUT_OF_STEP: Final = (
    Template(
        "Session",
        "out-of-step-alone",
        "The gateway's replies are out of step ({reason}): {received}",
    ),
    Template(
        "Session",
        "out-of-step",
        "The gateway's replies are out of step ({reason}): {received} ({doing}).",
    ),
    Template(
        "Session",
        "out-of-step-clause",
        "the gateway's replies are out of step ({reason}): {received} ({doing})",
    ),
)
_UNEXPECTED: Final = (
    Template(
        "Session",
        "unexpected-reply-alone",
        "The gateway answered something unexpected ({reason}): {received}",
    ),
    Template(
        "Session",
        "unexpected-reply",
        "The gateway answered something unexpected ({reason}): {received} ({doing}).",
    ),
    Template(
        "Session",
        "unexpected-reply-clause",
        "the gateway answered something unexpected ({reason}): {received} ({doing})",
    ),
)
_BY_CODE: Final = {"cut-off": _CUT_OFF, "endless-line": _ENDLESS_LINE, "out-of-step": _OUT_OF_STEP}


class SessionError(SmsGateError):
    """Base of the session layer's errors; the message is a sentence for a person (a
    Phrase, which protocol.phrases.phrase_of finds)."""


class ConnectError(SessionError):
    """No gateway host could be reached (each host's reason is in the message)."""

    def __init__(self, attempts: list[tuple[str, str]]) -> None:
        self.attempts = attempts
        super().__init__(CONNECT_FAILED(attempts=_joined(attempts)))


def _joined(attempts: list[tuple[str, str]]) -> str:
    """ "where: why; where: why", as a phrase whose reasons stay phrases ("" for none)."""
    if not attempts:
        return ""
    phrases = [HOST_ATTEMPT(host=where, why=why) for where, why in attempts]
    joined = phrases[-1]
    for earlier in reversed(phrases[:-1]):
        joined = HOST_ATTEMPTS(first=earlier, rest=joined)
    return joined


class LoginError(SessionError):
    """The gateway refused the login (or the greeting) with an -ERR code."""

    def __init__(self, error: Err) -> None:
        self.error = error
        super().__init__(LOGIN_REFUSED(reason=error.explanation))


class TooManySessionsError(LoginError):
    """-ERR 101: another session is open for this account."""


class ConnectionLostError(SessionError):
    """The line dropped while a login or a query was waiting for its reply."""


class SessionStopped(SessionError):
    """GatewaySession.abort() was called (the program is closing): no new connection."""


class GatewaySilentError(SessionError):
    """No complete reply line within the reply timeout (silence, or a reply that trickles).

    `clause`: the same sentence as a clause (lower case, no full stop), for "Outcome
    unknown: …"."""

    def __init__(self, seconds: float, doing: str) -> None:
        self.seconds = seconds
        shown = f"{seconds:g}"
        self.clause = SILENT_CLAUSE(seconds=shown, doing=doing)
        super().__init__(SILENT(seconds=shown, doing=doing))


class GatewayProtocolError(SessionError):
    """The gateway said something the spec does not describe (remote, h11's split): the line
    is closed, since nothing it says next can be trusted to be the answer to what we ask.

    `clause`: the same sentence as a clause (lower case, no full stop), for "Outcome
    unknown: …"."""

    def __init__(self, error: ProtocolError, doing: str) -> None:
        self.error = error
        _, whole, clause = _BY_CODE.get(error.code, _UNEXPECTED)
        values = _protocol_values(error)
        self.clause = clause(**values, doing=doing)
        super().__init__(whole(**values, doing=doing))


def describe_protocol_error(error: ProtocolError) -> str:
    """One sentence for a person: what was wrong, and the line (made visible)."""
    alone = _BY_CODE.get(error.code, _UNEXPECTED)[0]
    return alone(**_protocol_values(error))


def _protocol_values(error: ProtocolError) -> dict[str, object]:
    line = visible(error.raw[:SHOWN_BYTES]) + ("…" if len(error.raw) > SHOWN_BYTES else "")
    if error.code == "cut-off":
        return {"received": line}
    if error.code == "endless-line":
        return {"size": MAX_REPLY // 1024, "received": line}
    return {"reason": error.reason, "received": line}


def login_error(error: Err) -> LoginError:
    return TooManySessionsError(error) if error.code == 101 else LoginError(error)


class RequestRefused(SessionError):
    """The gateway answered a query with an -ERR code."""

    def __init__(self, error: Err) -> None:
        self.error = error
        super().__init__(error.explanation)
