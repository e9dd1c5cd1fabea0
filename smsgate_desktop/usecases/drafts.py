"""A draft (what the compose panel holds, or what `smsgate send` was given) turned into
messages, or into the reason they can't be sent: one rule for the window and the CLI.

No Qt: the panel reads its fields into a Draft, the CLI its arguments; `prepare` does every
check the protocol core would do before a byte is written, on the interface in use (a text
that fits a Full Ascii line may not fit a packet), and each caller only shows the verdict.

The problems (and the schedule note) are Phrases (protocol/phrases.py): English sentences
that carry their template's code ("MessageDraft.<name>") and values, the protocol's own
reasons nested as Phrases. The CLI prints them as they are; the window translates them by
code (i18n.translate_text), never by parsing the English. A new or reworded sentence here is
a Template below, and needs its Italian in fill_it.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from ..protocol import FieldError, Interface, SmsMessage, ascii, packet
from ..protocol.fields import format_problem
from ..protocol.numbers import NumberEntry, parse_many
from ..protocol.phrases import Phrase, Template, phrase_of
from ..protocol.schedule import ScheduleError, to_gateway_fields
from ..protocol.text import TextInfo, analyse, unencodable_chars, wire_encoding

SMS_TYPES: Final = (
    ("Text (default)", ""),
    ("Flash (FL)", "FL"),
    ("Plain text as UCS-2, 70 characters per SMS (UCS)", "UCS"),
    ("Any character, sent as UTF-8 (UTF)", "UTF"),
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

# What to fix before the draft can be sent (Prepared.problem), in the order prepare() checks.
# {raw} and {char} are reprs, {char} of a control character its Unicode control picture;
# {reason} and {problem} are the protocol's own sentences. The "(and 1 more)" variants are
# sentences of their own (a translation may word one and many differently).
NO_SENDER: Final = Template(
    "MessageDraft",
    "no-sender",
    "Enter a sender: a name of up to 11 letters or digits, or a number.",
)
NO_TEXT: Final = Template("MessageDraft", "no-text", "Write the message text.")
LINE_BREAK: Final = Template(
    "MessageDraft",
    "line-break",
    "The text has a line break at position {position}; the gateway's protocol cannot carry "
    "line breaks in a message.",
)
CONTROL: Final = Template(
    "MessageDraft",
    "control",
    "The text contains the control character {char} at position {position}; the gateway's "
    "protocol cannot carry it.",
)
CONTROL_AND_ONE: Final = Template(
    "MessageDraft",
    "control-and-one",
    "The text contains the control character {char} at position {position} (and 1 more); the "
    "gateway's protocol cannot carry it.",
)
CONTROL_AND_MORE: Final = Template(
    "MessageDraft",
    "control-and-more",
    "The text contains the control character {char} at position {position} (and {count} "
    "more); the gateway's protocol cannot carry it.",
)
NOT_PLAIN: Final = Template(
    "MessageDraft",
    "not-plain",
    "The character {char} at position {position} cannot be sent as plain text: switch the type "
    "to UTF.",
)
NOT_PLAIN_AND_ONE: Final = Template(
    "MessageDraft",
    "not-plain-and-one",
    "The character {char} at position {position} (and 1 more) cannot be sent as plain text: "
    "switch the type to UTF.",
)
NOT_PLAIN_AND_MORE: Final = Template(
    "MessageDraft",
    "not-plain-and-more",
    "The character {char} at position {position} (and {count} more) cannot be sent as plain "
    "text: switch the type to UTF.",
)
NOT_UTF8: Final = Template(
    "MessageDraft",
    "not-utf8",
    "The character {char} at position {position} cannot be sent as UTF-8.",
)
NOT_UTF8_AND_ONE: Final = Template(
    "MessageDraft",
    "not-utf8-and-one",
    "The character {char} at position {position} (and 1 more) cannot be sent as UTF-8.",
)
NOT_UTF8_AND_MORE: Final = Template(
    "MessageDraft",
    "not-utf8-and-more",
    "The character {char} at position {position} (and {count} more) cannot be sent as UTF-8.",
)
BAD_SCHEDULE: Final = Template(
    "MessageDraft", "bad-schedule", "The send time is not usable: {reason}."
)
BAD_NOTIFICATION: Final = Template(
    "MessageDraft", "bad-notification", "The notification e-mail address is not valid."
)
BAD_RECIPIENT: Final = Template(
    "MessageDraft", "bad-recipient", "Recipient {raw} is not valid: {reason}."
)
BAD_RECIPIENT_AND_ONE: Final = Template(
    "MessageDraft",
    "bad-recipient-and-one",
    "Recipient {raw} is not valid: {reason} (and 1 more).",
)
BAD_RECIPIENT_AND_MORE: Final = Template(
    "MessageDraft",
    "bad-recipient-and-more",
    "Recipient {raw} is not valid: {reason} (and {count} more).",
)
NO_RECIPIENT: Final = Template("MessageDraft", "no-recipient", "Add at least one recipient.")
TOO_LONG: Final = Template("MessageDraft", "too-long", "The text is too long: it {reason}.")
CANNOT_SEND: Final = Template("MessageDraft", "cannot-send", "Cannot send: {error}.")
# "The <field> <problem>." for each field a problem can be about (the field is part of the
# sentence, so each is a sentence of its own).
FIELD_PROBLEMS: Final = {
    "Sender": Template("MessageDraft", "sender-problem", "The sender {problem}."),
    "TextMessage": Template("MessageDraft", "text-problem", "The text {problem}."),
    "SmsValidity": Template("MessageDraft", "validity-problem", "The validity {problem}."),
    "SmsRef": Template("MessageDraft", "reference-problem", "The reference {problem}."),
    "UDH": Template("MessageDraft", "udh-problem", "The UDH {problem}."),
    "DCS": Template("MessageDraft", "dcs-problem", "The DCS {problem}."),
    "Gateway": Template("MessageDraft", "gateway-problem", "The gateway {problem}."),
    "NetworkCode": Template("MessageDraft", "network-code-problem", "The network code {problem}."),
}
# Prepared.schedule_note: when a scheduled message leaves, in the gateway's time.
LEAVES_AT: Final = Template("MessageDraft", "leaves-at", "Leaves at {when} gateway time ({zone})")
LEAVES_AT_AMBIGUOUS: Final = Template(
    "MessageDraft",
    "leaves-at-ambiguous",
    "Leaves at {when} gateway time ({zone}) — that hour happens twice there; the gateway picks one",
)


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
    problem: str = ""  # a Phrase when there is one
    offer_utf: bool = False  # the text needs SmsType UTF to travel
    # The text's control characters (position, character): the window offers
    # without_controls() in one click.
    controls: list[tuple[int, str]] = field(default_factory=list)
    schedule_note: str = ""  # "Leaves at 25/12/2025 07:25 PM gateway time (Europe/Rome)"

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
    out.info = analyse(draft.text, draft.sms_type)
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
        return _first_of(
            len(bad) - 1,
            (BAD_RECIPIENT, BAD_RECIPIENT_AND_ONE, BAD_RECIPIENT_AND_MORE),
            raw=repr(first.raw),
            reason=first.error.reason,
        )
    if not good:
        return NO_RECIPIENT()
    return ""


def _base_message(draft: Draft, out: Prepared, zone: str, now: datetime) -> tuple[SmsMessage, str]:
    """The message without its recipient, or the first problem found in the draft."""
    values = {"Sender": draft.sender, "TextMessage": draft.text, "SmsType": draft.sms_type}
    if not draft.sender:
        return SmsMessage(), NO_SENDER()
    problem = format_problem("Sender", draft.sender)
    if problem:
        return SmsMessage(), FIELD_PROBLEMS["Sender"](problem=problem)
    if not draft.text:
        return SmsMessage(), NO_TEXT()
    problem = _text_problem(draft.text, draft.sms_type)
    if problem:
        return SmsMessage(), problem
    if draft.schedule is not None:
        try:
            fields_ = to_gateway_fields(draft.schedule, now=now, zone=zone)
        except ScheduleError as exc:
            return SmsMessage(), BAD_SCHEDULE(reason=exc.reason)
        values |= fields_.as_dict()
        note = LEAVES_AT_AMBIGUOUS if fields_.ambiguous else LEAVES_AT
        out.schedule_note = note(when=f"{fields_.when:%d/%m/%Y %I:%M %p}", zone=zone)
    if draft.validity:
        values["SmsValidity"] = str(draft.validity)
    if draft.delivery:
        values["Delivery"] = "1"
    if draft.notification.strip():
        values["Notification"] = "mailto:" + draft.notification.strip().removeprefix("mailto:")
        if format_problem("Notification", values["Notification"]):
            return SmsMessage(), BAD_NOTIFICATION()
    if draft.reference:
        values["SmsRef"] = draft.reference
    if draft.udh and draft.sms_type == "UDH":
        values["UDH"] = draft.udh
    values |= {"DCS": draft.dcs, "Gateway": draft.gateway, "NetworkCode": draft.network_code}
    message = SmsMessage(**values)
    for name in _OPTIONS:
        value = getattr(message, name)
        problem = format_problem(name, value) if value else None
        if problem:
            return message, FIELD_PROBLEMS[name](problem=problem)
    return message, ""


# The options checked, in this order, once the message is built.
_OPTIONS: Final = ("SmsValidity", "SmsRef", "UDH", "DCS", "Gateway", "NetworkCode")


def _first_of(
    more: int, sentences: tuple[Template, Template, Template], **values: object
) -> Phrase:
    """The first of `more` + 1 problems in its sentence: alone, with "(and 1 more)" or with
    "(and {count} more)" (`sentences`, in this order)."""
    alone, and_one, and_more = sentences
    if more <= 0:
        return alone(**values)
    if more == 1:
        return and_one(**values)
    return and_more(count=more, **values)


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
            return LINE_BREAK(position=index + 1)
        return _first_of(
            len(controls) - 1,
            (CONTROL, CONTROL_AND_ONE, CONTROL_AND_MORE),
            char=visible_control(char),
            position=index + 1,
        )
    encoding = wire_encoding(sms_type)
    bad = unencodable_chars(text, encoding)
    if bad:
        index, char = bad[0]
        if encoding == "utf-8":  # only what no encoding carries, e.g. a lone surrogate
            sentences = (NOT_UTF8, NOT_UTF8_AND_ONE, NOT_UTF8_AND_MORE)
        else:
            sentences = (NOT_PLAIN, NOT_PLAIN_AND_ONE, NOT_PLAIN_AND_MORE)
        return _first_of(len(bad) - 1, sentences, char=repr(char), position=index + 1)
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
            return TOO_LONG(reason=exc.reason)
        if exc.field in FIELD_PROBLEMS:
            return FIELD_PROBLEMS[exc.field](problem=exc.reason)
        return CANNOT_SEND(error=phrase_of(exc) or str(exc))
    return ""
