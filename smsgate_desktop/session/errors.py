"""What can go wrong above the protocol: reaching the gateway, logging in, losing the line."""

from __future__ import annotations

from ..protocol import Err, ProtocolError, SmsGateError
from ..protocol.connection import MAX_REPLY
from ..protocol.redact import visible

SHOWN_BYTES = 120  # of a line the gateway sent, in a sentence for a person


class SessionError(SmsGateError):
    """Base of the session layer's errors; the message is a sentence for a person."""


class ConnectError(SessionError):
    """No gateway host could be reached (each host's reason is in the message)."""

    def __init__(self, attempts: list[tuple[str, str]]) -> None:
        self.attempts = attempts
        tried = "; ".join(f"{where}: {why}" for where, why in attempts)
        super().__init__(f"Could not connect to the gateway ({tried}).")


class LoginError(SessionError):
    """The gateway refused the login (or the greeting) with an -ERR code."""

    def __init__(self, error: Err) -> None:
        self.error = error
        super().__init__(f"Login refused: {error.explanation}")


class TooManySessionsError(LoginError):
    """-ERR 101: another session is open for this account."""


class ConnectionLostError(SessionError):
    """The line dropped while a login or a query was waiting for its reply."""


class SessionStopped(SessionError):
    """GatewaySession.abort() was called (the program is closing): no new connection."""


class GatewaySilentError(SessionError):
    """No complete reply line within the reply timeout (silence, or a reply that trickles)."""

    def __init__(self, seconds: float, doing: str) -> None:
        self.seconds = seconds
        super().__init__(f"The gateway did not answer within {seconds:g} s {doing}.")


class GatewayProtocolError(SessionError):
    """The gateway said something the spec does not describe (remote, h11's split): the line
    is closed, since nothing it says next can be trusted to be the answer to what we ask."""

    def __init__(self, error: ProtocolError, doing: str) -> None:
        self.error = error
        super().__init__(f"{describe_protocol_error(error)} ({doing}).")


def describe_protocol_error(error: ProtocolError) -> str:
    """One sentence for a person: what was wrong, and the line (made visible)."""
    line = visible(error.raw[:SHOWN_BYTES]) + ("…" if len(error.raw) > SHOWN_BYTES else "")
    if error.code == "cut-off":
        return f"The connection dropped in the middle of the gateway's reply: {line}"
    if error.code == "endless-line":
        return f"The gateway sent a line of over {MAX_REPLY // 1024} KiB without ending it: {line}"
    if error.code == "out-of-step":
        return f"The gateway's replies are out of step ({error.reason}): {line}"
    return f"The gateway answered something unexpected ({error.reason}): {line}"


def login_error(error: Err) -> LoginError:
    return TooManySessionsError(error) if error.code == 101 else LoginError(error)


class RequestRefused(SessionError):
    """The gateway answered a query with an -ERR code."""

    def __init__(self, error: Err) -> None:
        self.error = error
        super().__init__(error.explanation)
