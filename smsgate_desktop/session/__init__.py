"""Blocking I/O over the protocol core: one account's session with the gateway. No Qt.

Owns the socket, the deadlines, failover and the send window. Imports only protocol.
"""

from .errors import (
    ConnectError,
    ConnectionLostError,
    LoginError,
    RequestRefused,
    SessionError,
    TooManySessionsError,
)
from .session import (
    DEFAULT_BACKUP,
    DEFAULT_PRIMARY,
    RECEIVED,
    SENT,
    GatewaySession,
    LineObserver,
    Outcome,
    SendResult,
    SessionConfig,
    WrittenHook,
)
from .transport import Endpoint

__all__ = [
    "DEFAULT_BACKUP",
    "DEFAULT_PRIMARY",
    "RECEIVED",
    "SENT",
    "ConnectError",
    "ConnectionLostError",
    "Endpoint",
    "GatewaySession",
    "LineObserver",
    "LoginError",
    "Outcome",
    "RequestRefused",
    "SendResult",
    "SessionConfig",
    "SessionError",
    "TooManySessionsError",
    "WrittenHook",
]
