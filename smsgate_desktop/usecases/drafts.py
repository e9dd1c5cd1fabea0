"""A draft (what the compose panel holds, or what `smsgate send` was given) turned into
messages, or into the reason they can't be sent: one rule for the window and the CLI.

No Qt: the panel reads its fields into a Draft, the CLI its arguments; `prepare` does every
check the protocol core would do before a byte is written, on the interface in use (a text
that fits a Full Ascii line may not fit a packet), and each caller only shows the verdict.

The problems are English sentences; the window shows them translated by i18n.translate_text,
which knows each of them by its template (listed in core_texts.py, context "MessageDraft":
a new or reworded sentence here needs its template there, and its Italian in fill_it.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from ..protocol import FieldError, Interface, SmsMessage, ascii, packet
from ..protocol.fields import format_problem
from ..protocol.numbers import NumberEntry, parse_many
from ..protocol.schedule import ScheduleError, to_gateway_fields
from ..protocol.text import TextInfo, analyse, unencodable_chars, wire_encoding

SMS_TYPES: Final = (
    ("Text (default)", ""),
    ("Flash (FL)", "FL"),
    ("UCS", "UCS"),
    ("Unicode text (UTF)", "UTF"),
    ("Binary header (UDH)", "UDH"),
    ("WAP bookmark (WBK)", "WBK"),
    ("WAP push (WPS)", "WPS"),
)
MAX_VALIDITY: Final = 10080  # minutes (clarifications §9)
# What the protocol cannot carry in a field: every C0 control character and DEL (the core
# refuses them all, protocol/fields.py). Line breaks and tabs can become spaces; the others
# (a NUL pasted from a spreadsheet, an ESC) are removed.
_CONTROLS: Final = re.compile("[\x00-\x1f\x7f]")
_SPACING: Final = re.compile("\r\n|[\r\n\t]")


@dataclass(slots=True)
class Draft:
    recipients: str = ""  # one or many numbers, as typed or pasted
    sender: str = ""
    text: str = ""
    sms_type: str = ""
    schedule: datetime | None = None  # timezone-aware; None = send now
    validity: int = 0  # minutes; 0 = the gateway's default
    delivery: bool = False
    notification: str = ""  # an e-mail address; "mailto:" is added here
    reference: str = ""
    udh: str = ""  # used with sms_type UDH only
    dcs: str = ""  # the rarely used fields, given on the command line
    gateway: str = ""
    network_code: str = ""


@dataclass(slots=True)
class Prepared:
    """The verdict on a Draft. `problem` is "" exactly when `messages` can be sent."""

    entries: list[NumberEntry] = field(default_factory=list)
    messages: list[SmsMessage] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)  # shown form, same order as messages
    info: TextInfo | None = None
    problem: str = ""
    offer_utf: bool = False  # the text needs SmsType UTF to travel
    # The text's control characters (position, character): the window offers
    # without_controls() in one click.
    controls: list[tuple[int, str]] = field(default_factory=list)
    schedule_note: str = ""  # "Leaves at 25/12/2025 07:25 PM, Europe/Rome time"

    @property
    def cost(self) -> int:
        """Credits: 1 per accepted SMS per recipient, whatever its length (clarifications §14)."""
        return len(self.messages)

    @property
    def can_send(self) -> bool:
        return not self.problem and bool(self.messages)


def check_recipients(text: str, region: str) -> list[NumberEntry]:
    """Every number in `text` with its verdict (parse_many; nothing for a blank box)."""
    return parse_many(text, region) if text.strip() else []


def prepare(
    draft: Draft,
    *,
    region: str,
    zone: str,
    interface: Interface | str,
    now: datetime,
    entries: list[NumberEntry] | None = None,
) -> Prepared:
    """Check everything, in the order a person fixes things: sender, text, options, recipients.

    `entries` is check_recipients(draft.recipients, region) when the caller has it already
    (re-parsing a pasted list of thousands on each keystroke in the text would be wasteful).
    """
    if entries is None:
        entries = check_recipients(draft.recipients, region)
    out = Prepared(entries=entries)
    out.info = analyse(draft.text)
    good = [entry for entry in out.entries if entry.parts is not None]
    bad = [entry for entry in out.entries if entry.parts is None]
    out.offer_utf = draft.sms_type != "UTF" and bool(unencodable_chars(draft.text))
    out.controls = text_controls(draft.text)

    base, out.problem = _base_message(draft, out, zone, now)
    if not out.problem:
        out.problem = _recipients_problem(good, bad)
    if out.problem:
        return out
    first = base.with_values(**good[0].parts.as_fields())
    out.problem = wire_problem(first, interface)
    if out.problem:
        return out
    out.messages = [base.with_values(**entry.parts.as_fields()) for entry in good]
    out.recipients = [entry.parts.display for entry in good]
    return out


def _recipients_problem(good: list[NumberEntry], bad: list[NumberEntry]) -> str:
    if bad:
        first = bad[0]
        return f"Recipient {first.raw!r} is not valid: {first.error.reason}{_more(len(bad) - 1)}."
    if not good:
        return "Add at least one recipient."
    return ""


def _base_message(draft: Draft, out: Prepared, zone: str, now: datetime) -> tuple[SmsMessage, str]:
    """The message without its recipient, or the first problem found in the draft."""
    values = {"Sender": draft.sender, "TextMessage": draft.text, "SmsType": draft.sms_type}
    if not draft.sender:
        return SmsMessage(), "Enter a sender: a name of up to 11 letters or digits, or a number."
    problem = format_problem("Sender", draft.sender)
    if problem:
        return SmsMessage(), f"The sender {problem}."
    if not draft.text:
        return SmsMessage(), "Write the message text."
    problem = _text_problem(draft.text, draft.sms_type)
    if problem:
        return SmsMessage(), problem
    if draft.schedule is not None:
        try:
            fields_ = to_gateway_fields(draft.schedule, now=now, zone=zone)
        except ScheduleError as exc:
            return SmsMessage(), f"The send time is not usable: {exc.reason}."
        values |= fields_.as_dict()
        out.schedule_note = f"Leaves at {fields_.when:%d/%m/%Y %I:%M %p} gateway time ({zone})"
        if fields_.ambiguous:
            out.schedule_note += " — that hour happens twice there; the gateway picks one"
    if draft.validity:
        values["SmsValidity"] = str(draft.validity)
    if draft.delivery:
        values["Delivery"] = "1"
    if draft.notification.strip():
        values["Notification"] = "mailto:" + draft.notification.strip().removeprefix("mailto:")
        if format_problem("Notification", values["Notification"]):
            return SmsMessage(), "The notification e-mail address is not valid."
    if draft.reference:
        values["SmsRef"] = draft.reference
    if draft.udh and draft.sms_type == "UDH":
        values["UDH"] = draft.udh
    values |= {"DCS": draft.dcs, "Gateway": draft.gateway, "NetworkCode": draft.network_code}
    message = SmsMessage(**values)
    for name, label in _OPTION_LABELS.items():
        value = getattr(message, name)
        problem = format_problem(name, value) if value else None
        if problem:
            return message, f"The {label} {problem}."
    return message, ""


_OPTION_LABELS: Final = {
    "SmsValidity": "validity",
    "SmsRef": "reference",
    "UDH": "UDH",
    "DCS": "DCS",
    "Gateway": "gateway",
    "NetworkCode": "network code",
}
# Fields named in a problem found when the whole message is encoded ("The text …").
_FIELD_LABELS: Final = _OPTION_LABELS | {"TextMessage": "text", "Sender": "sender"}


def _more(count: int) -> str:
    """ " (and 3 more)" after the first of several problems; "" when there is one."""
    if count <= 0:
        return ""
    return " (and 1 more)" if count == 1 else f" (and {count} more)"


def text_controls(text: str) -> list[tuple[int, str]]:
    """Every control character of `text` (C0 and DEL) with its 0-based position."""
    return [(match.start(), match.group()) for match in _CONTROLS.finditer(text)]


def only_spacing(controls: list[tuple[int, str]]) -> bool:
    """Whether these control characters are all line breaks and tabs (become spaces)."""
    return all(char in "\r\n\t" for _, char in controls)


def without_controls(text: str) -> str:
    """`text` as the protocol can carry it: each line break (CR LF, CR or LF) and each tab
    a space, every other control character removed."""
    return _CONTROLS.sub("", _SPACING.sub(" ", text))


def visible_control(char: str) -> str:
    """A control character as a person can see it: its Unicode control picture (␀, ␉, ␡)."""
    code = ord(char)
    return chr(0x2421) if code == 0x7F else chr(0x2400 + code)


def _text_problem(text: str, sms_type: str) -> str:
    controls = text_controls(text)
    if controls:
        index, char = controls[0]
        if char in "\r\n":
            return (
                f"The text has a line break at position {index + 1}; the gateway's protocol "
                "cannot carry line breaks in a message."
            )
        return (
            f"The text contains the control character {visible_control(char)} at position "
            f"{index + 1}{_more(len(controls) - 1)}; the gateway's protocol cannot carry it."
        )
    encoding = wire_encoding(sms_type)
    bad = unencodable_chars(text, encoding)
    if bad:
        index, char = bad[0]
        where = f"The character {char!r} at position {index + 1}{_more(len(bad) - 1)}"
        if encoding == "utf-8":  # only what no encoding carries, e.g. a lone surrogate
            return f"{where} cannot be sent as UTF-8."
        return f"{where} cannot be sent as plain text: switch the type to UTF."
    return ""


def wire_problem(message: SmsMessage, interface: Interface | str) -> str:
    """Encode the first message as the session would; catches the 4096-byte line limit."""
    try:
        message.validate()
        if Interface(interface) is Interface.PACKET:
            packet.data_packet(message)
        else:
            ascii.message_lines(message, {})
    except FieldError as exc:
        if exc.field in ("Message", "TextMessage") and "limit" in exc.reason:
            return f"The text is too long: it {exc.reason}."
        if exc.field in _FIELD_LABELS:
            return f"The {_FIELD_LABELS[exc.field]} {exc.reason}."
        return f"Cannot send: {exc}."
    return ""
