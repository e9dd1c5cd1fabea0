"""What can go wrong above the protocol: reaching the gateway, logging in, losing the line."""

from __future__ import annotations

from ..protocol import Err, SmsGateError


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


def login_error(error: Err) -> LoginError:
    return TooManySessionsError(error) if error.code == 101 else LoginError(error)


class RequestRefused(SessionError):
    """The gateway answered a query with an -ERR code."""

    def __init__(self, error: Err) -> None:
        self.error = error
        super().__init__(error.explanation)
