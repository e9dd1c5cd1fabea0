"""The SMS GATE SERVER 2.3.1 protocol, sans-IO: bytes in, events out, no sockets or threads.

Owns the whole spec: fields, encoders, the reply parser, the client state machine, the
error catalogue, numbers, text. Must not import any other package of ours (checked by
`lint-imports`): no sockets, clocks, threads or Qt here.
"""

from .connection import (
    NEED_DATA,
    BalanceReported,
    ClientConnection,
    ConnectionLost,
    Event,
    Greeted,
    LoggedIn,
    MessageAccepted,
    Rejected,
    State,
    StatusReported,
)
from .errors import (
    CATALOGUE,
    FieldError,
    GatewayError,
    LocalProtocolError,
    ProtocolError,
    SmsGateError,
    explain,
)
from .fields import FIELD_NAMES, SmsMessage
from .replies import Err, Ok, parse_reply
from .wire import MAX_LINE, Interface

__all__ = [
    "CATALOGUE",
    "FIELD_NAMES",
    "MAX_LINE",
    "NEED_DATA",
    "BalanceReported",
    "ClientConnection",
    "ConnectionLost",
    "Err",
    "Event",
    "FieldError",
    "GatewayError",
    "Greeted",
    "Interface",
    "LocalProtocolError",
    "LoggedIn",
    "MessageAccepted",
    "Ok",
    "ProtocolError",
    "Rejected",
    "SmsGateError",
    "SmsMessage",
    "State",
    "StatusReported",
    "explain",
    "parse_reply",
]
