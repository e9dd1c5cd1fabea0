"""The protocol core's two exceptions and the gateway's error-code catalogue (72..102)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from .phrases import Phrase, Template

# FieldError's message: the wire field's name, its value (repr, or "(empty)") and the reason.
FIELD_PROBLEM: Final = Template("FieldFormats", "field-problem", "{field} {shown} {reason}")
# ProtocolError's message when it carries the line received (repr of the bytes).
PROTOCOL_PROBLEM: Final = Template("Session", "protocol-problem-line", "{reason}: {raw}")


class SmsGateError(Exception):
    """Base of every error the protocol core raises on purpose.

    `phrase` is the sentence the error says, as a Phrase (protocol/phrases.py), or None when
    its message is plain text: by default the first argument when that is a Phrase; an error
    whose message is not its first argument sets `self.phrase` itself (the property's setter
    stores it). phrases.phrase_of() reads this attribute, so the two always agree."""

    @property
    def phrase(self) -> Phrase | None:
        stored = self.__dict__.get("_phrase")
        if isinstance(stored, Phrase):
            return stored
        if self.args and isinstance(self.args[0], Phrase):
            return self.args[0]
        return None

    @phrase.setter
    def phrase(self, value: Phrase | None) -> None:
        self.__dict__["_phrase"] = value


def _shown(value: str) -> str:
    """A value as an error message quotes it: its repr, cut at 60 characters, or "(empty)"."""
    return "(empty)" if value == "" else repr(value if len(value) <= 60 else value[:57] + "…")


class FieldError(SmsGateError, ValueError):
    """A value we were asked to send does not fit its field (local, nothing was written).

    `reason` is a Phrase when the module that refused the value made one (they all do); the
    message is the FIELD_PROBLEM phrase "<field> <value> <reason>"."""

    def __init__(self, field: str, value: str, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(FIELD_PROBLEM(field=field, shown=_shown(value), reason=reason))


class ProtocolError(SmsGateError):
    """The server sent something the spec does not describe (remote); carries the raw bytes.

    `code` says which kind of wrong, for whoever words it for a person: "unexpected" (a line
    that is not the answer), "out-of-step" (a send reply naming another recipient), "cut-off"
    (the line ended mid-reply), "endless-line" (no CR LF within the reply limit).
    `reason` is the message given (a Phrase from this package); with `raw`, the message is
    the PROTOCOL_PROBLEM phrase "<reason>: <raw bytes' repr>"."""

    def __init__(self, message: str, raw: bytes = b"", code: str = "unexpected") -> None:
        self.raw = raw
        self.reason = message
        self.code = code
        super().__init__(PROTOCOL_PROBLEM(reason=message, raw=repr(raw)) if raw else message)


class LocalProtocolError(SmsGateError):
    """A request the connection's state does not allow (the caller's mistake, h11's split:
    nothing was queued or written). The gateway's mistakes are ProtocolError."""


Closes = Literal["always", "never", "when-said"]


@dataclass(frozen=True, slots=True)
class GatewayError:
    """One entry of the catalogue: what the gateway says, and what it means for a person."""

    code: int
    texts: tuple[str, ...]  # every text the spec gives for this code, the first is the usual one
    explanation: str  # plain words for office staff
    closes: Closes  # does the server close the connection after it?

    @property
    def text(self) -> str:
        return self.texts[0]


def _entry(code: int, texts: tuple[str, ...], explanation: str, closes: Closes = "never"):
    return code, GatewayError(code, texts, explanation, closes)


CATALOGUE: Final[dict[int, GatewayError]] = dict(
    [
        _entry(
            72,
            ("Dcs Not Valid", "Dcs Not valid"),
            "The data coding scheme (DCS) is not a valid value.",
        ),
        _entry(73, ("SmsRef Not Valid", "SmsRef Not valid"), "The message reference is not valid."),
        _entry(
            74,
            ("SmsValidity Not Valid", "SmsValidity Not valid"),
            "The validity period is not valid.",
        ),
        _entry(75, ("Notification Not Valid",), "The notification e-mail address is not valid."),
        _entry(76, ("Delivery Request Not Valid",), "The delivery report option is not valid."),
        _entry(77, ("Udh Not Valid",), "The user data header (UDH) is not valid."),
        _entry(
            79,
            ("Permission Denied!",),
            "The gateway refused the connection from this computer.",
            "always",
        ),
        _entry(
            80,
            ("TCP/IP Not Allowed!",),
            "This account is not allowed to use the TCP connection. Ask your provider.",
            "always",
        ),
        _entry(84, ("Sender Not Valid",), "The sender name or number was not accepted."),
        _entry(
            85,
            ("IP Not Available!",),
            "This computer's internet address is not enabled for the account.",
            "always",
        ),
        _entry(
            86,
            ("Recipient Locked From Account!",),
            "This recipient is blocked for your account; the message was not sent.",
        ),
        _entry(
            87,
            ("IP Locked!",),
            "This computer's internet address has been locked by the gateway.",
            "always",
        ),
        _entry(88, ("Sms Type Not Valid",), "The message type is not valid."),
        _entry(
            89,
            ("Account Not Valid", "Account Blocked!", "Account Not Active!"),
            "The account name or password is wrong, or the account is blocked or not active.",
            "always",
        ),
        _entry(
            92,
            (
                "Sms Date/Hour Not Valid",
                "Sms Day Not Valid",
                "Sms Month Not Valid",
                "Sms Year Not Valid",
                "Sms Hour Not Valid",
                "Sms Minute Not Valid",
                "Sms AmPm Not Valid",
            ),
            "The scheduled date or time is not valid.",
        ),
        _entry(93, ("Sms Text Message Not Valid",), "The message text was not accepted."),
        _entry(94, ("Phone Number Not Valid",), "The recipient's phone number is not valid."),
        _entry(95, ("Gsm Code Not Valid",), "The mobile prefix of the number is not valid."),
        _entry(96, ("Country Code Not Valid",), "The country code of the number is not valid."),
        _entry(
            99,
            ("Credit Not Available!",),
            "The account has no credit left. Top up the account to send more messages.",
            "always",
        ),
        _entry(
            100,
            ("String Not Valid or Bad Command Request",),
            "The gateway did not understand the request.",
            "when-said",
        ),
        _entry(
            101,
            ("Too many sessions",),
            "Another session is already open for this account (only one is allowed). "
            "Close the other program or wait for it to finish.",
            "always",
        ),
        _entry(
            102,
            ("Shut Down by Server",),
            "The gateway closed the connection after 10 minutes without activity.",
            "always",
        ),
    ]
)

# The explanation of the three 89 texts differs enough to matter to a person.
EXPLANATION_BY_TEXT: Final[dict[str, str]] = {
    "Account Not Valid": "The account name or password is wrong.",
    "Account Blocked!": "The account is blocked. Contact your provider.",
    "Account Not Active!": (
        "The account is not active (inactive or expired). Contact your provider."
    ),
}

CONNECTION_CLOSED_SUFFIX: Final = " - [Connection Closed]"

# Which error code a bad value of each field earns (the spec's SUBMISSION and <Send Data> tables).
FIELD_ERROR_CODES: Final[dict[str, int]] = {
    "Sender": 84,
    "CountryCode": 96,
    "GsmCode": 95,
    "PhoneNumber": 94,
    "TextMessage": 93,
    "SmsType": 88,
    "SmsDay": 92,
    "SmsMonth": 92,
    "SmsYear": 92,
    "SmsHour": 92,
    "SmsMinute": 92,
    "SmsAmPm": 92,
    "UDH": 77,
    "Delivery": 76,
    "Notification": 75,
    "SmsValidity": 74,
    "SmsRef": 73,
    "DCS": 72,
}

# The Full Ascii table names the date field in the error text; <Send Data> says "Date/Hour".
ASCII_FIELD_ERROR_TEXTS: Final[dict[str, str]] = {
    "SmsDay": "Sms Day Not Valid",
    "SmsMonth": "Sms Month Not Valid",
    "SmsYear": "Sms Year Not Valid",
    "SmsHour": "Sms Hour Not Valid",
    "SmsMinute": "Sms Minute Not Valid",
    "SmsAmPm": "Sms AmPm Not Valid",
}


def lookup(code: int) -> GatewayError:
    """The catalogue entry for `code`; an unknown code gets a generic, honest entry."""
    entry = CATALOGUE.get(code)
    if entry is not None:
        return entry
    return GatewayError(
        code, ("Unknown error",), f"The gateway reported error {code}.", "when-said"
    )


def explain(code: int, text: str = "") -> str:
    """A plain sentence for office staff, ending with the code in brackets."""
    entry = lookup(code)
    plain = EXPLANATION_BY_TEXT.get(text, entry.explanation)
    return f"{plain} [{code}]"
