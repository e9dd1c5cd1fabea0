"""The English sentences of the Qt-free modules, listed for translation.

protocol/, session/, broadcast/, contacts/, store/, config.py, profiles.py and gui/draft.py do
not use Qt: they speak English, and their sentences reach the window as plain strings (an
exception's message, a problem, a reason). Each sentence is listed here as a template, with
`{name}` where a value goes, under a translation context named after where it comes from, so
that pyside6-lupdate finds it; i18n.translate_text() recognises a sentence by its template,
translates the template and puts the values back (the values named in i18n.NESTED are
sentences of their own, translated in turn).

A template must reproduce its module's f-string exactly, braces doubled where the sentence
has a literal brace; tests/gui/test_i18n.py drives the modules and checks that their
sentences come out translated.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: Final[dict[str, tuple[str, ...]]] = {
    # protocol/numbers.py: why a phone number was refused (NumberError.reason).
    "PhoneNumbers": (
        QT_TRANSLATE_NOOP("PhoneNumbers", "unknown country code"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "not a phone number"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "too short"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "too long"),
        QT_TRANSLATE_NOOP(
            "PhoneNumbers",
            "too short for the gateway, which needs at least {digits} digits after the "
            "country code",
        ),
        QT_TRANSLATE_NOOP("PhoneNumbers", "it is empty"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "'+' is allowed only at the start (position {position})"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "it contains the letter {char} at position {position}"),
        QT_TRANSLATE_NOOP(
            "PhoneNumbers", "it contains the character {char} at position {position}"
        ),
        QT_TRANSLATE_NOOP("PhoneNumbers", "there are no digits after '+'"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "it has no digits"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "unknown country code {code}"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "too short (a local number without its area code?)"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "wrong number of digits for country code {code}"),
        QT_TRANSLATE_NOOP("PhoneNumbers", "no such number range for country code {code}"),
    ),
    # protocol/fields.py, wire.py, text.py: why a value does not fit its field (the end of
    # "The sender …", "The text …").
    "FieldFormats": (
        QT_TRANSLATE_NOOP(
            "FieldFormats", "contains the control character {name} at position {position}"
        ),
        QT_TRANSLATE_NOOP("FieldFormats", "must be + followed by 1 to 4 digits, e.g. +39"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be 2 to 5 digits, e.g. 333"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be 3 to 12 digits"),
        QT_TRANSLATE_NOOP(
            "FieldFormats",
            "must be 1 to 11 letters, digits or spaces, or + followed by up to 16 digits",
        ),
        QT_TRANSLATE_NOOP("FieldFormats", "must be one of FL UCS UTF UDH WBK WPS"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be a day from 1 to 31"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be a month from 1 to 12"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be a year from 00 to 99 (1 or 2 digits)"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be an hour from 1 to 12"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be a minute from 0 to 59"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be AM or PM"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be an even number of hex digits, at most 280"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be 0 or 1"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be mailto: followed by an e-mail address"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be a number of minutes from 1 to 10080"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be 1 to 20 letters or digits"),
        QT_TRANSLATE_NOOP("FieldFormats", "must be two hex digits"),
        QT_TRANSLATE_NOOP("FieldFormats", "is mandatory and empty"),
        QT_TRANSLATE_NOOP("FieldFormats", "is empty"),
        QT_TRANSLATE_NOOP(
            "FieldFormats", "makes a line of {size} bytes, over the gateway's limit of {limit}"
        ),
        QT_TRANSLATE_NOOP(
            "FieldFormats",
            "has the character {char} (U+{code}) at position {position}, which {encoding} "
            "cannot carry; choose the UTF message type",
        ),
        QT_TRANSLATE_NOOP(
            "FieldFormats",
            "has the character {char} (U+{code}) at position {position} and {count} more, "
            "which {encoding} cannot carry; choose the UTF message type",
        ),
        QT_TRANSLATE_NOOP(
            "FieldFormats",
            "has the character {char} (U+{code}) at position {position}, which {encoding} "
            "cannot carry",
        ),
    ),
    # protocol/schedule.py: why a send time cannot be used (ScheduleError.reason).
    "Schedule": (
        QT_TRANSLATE_NOOP("Schedule", "it is in the past (now is {now})"),
        QT_TRANSLATE_NOOP("Schedule", "the gateway's two-digit year only covers {first}–{last}"),
        QT_TRANSLATE_NOOP("Schedule", "unknown time zone"),
    ),
    # gui/draft.py: what to fix before the compose panel (or a broadcast) can send.
    "MessageDraft": (
        QT_TRANSLATE_NOOP("MessageDraft", "Recipient {raw} is not valid: {reason}."),
        QT_TRANSLATE_NOOP("MessageDraft", "Recipient {raw} is not valid: {reason} (and 1 more)."),
        QT_TRANSLATE_NOOP(
            "MessageDraft", "Recipient {raw} is not valid: {reason} (and {count} more)."
        ),
        QT_TRANSLATE_NOOP("MessageDraft", "Add at least one recipient."),
        QT_TRANSLATE_NOOP(
            "MessageDraft", "Enter a sender: a name of up to 11 letters or digits, or a number."
        ),
        QT_TRANSLATE_NOOP("MessageDraft", "The sender {problem}."),
        QT_TRANSLATE_NOOP("MessageDraft", "Write the message text."),
        QT_TRANSLATE_NOOP("MessageDraft", "The send time is not usable: {reason}."),
        QT_TRANSLATE_NOOP("MessageDraft", "Leaves at {when} gateway time ({zone})"),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "Leaves at {when} gateway time ({zone}) — that hour happens twice there; the "
            "gateway picks one",
        ),
        QT_TRANSLATE_NOOP("MessageDraft", "The notification e-mail address is not valid."),
        QT_TRANSLATE_NOOP("MessageDraft", "The validity {problem}."),
        QT_TRANSLATE_NOOP("MessageDraft", "The reference {problem}."),
        QT_TRANSLATE_NOOP("MessageDraft", "The UDH {problem}."),
        QT_TRANSLATE_NOOP("MessageDraft", "The text {problem}."),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The text has a line break at position {position}; the gateway's protocol cannot "
            "carry line breaks in a message.",
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The text contains the control character {char} at position {position}; the "
            "gateway's protocol cannot carry it.",
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The text contains the control character {char} at position {position} (and 1 "
            "more); the gateway's protocol cannot carry it.",
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The text contains the control character {char} at position {position} (and "
            "{count} more); the gateway's protocol cannot carry it.",
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The character {char} at position {position} cannot be sent as plain text: "
            "switch the type to UTF.",
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The character {char} at position {position} (and 1 more) cannot be sent as "
            "plain text: switch the type to UTF.",
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The character {char} at position {position} (and {count} more) cannot be sent "
            "as plain text: switch the type to UTF.",
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft", "The character {char} at position {position} cannot be sent as UTF-8."
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The character {char} at position {position} (and 1 more) cannot be sent as UTF-8.",
        ),
        QT_TRANSLATE_NOOP(
            "MessageDraft",
            "The character {char} at position {position} (and {count} more) cannot be sent "
            "as UTF-8.",
        ),
        QT_TRANSLATE_NOOP("MessageDraft", "The text is too long: it {reason}."),
        QT_TRANSLATE_NOOP("MessageDraft", "Cannot send: {error}."),
    ),
    # profiles.py (Profile.problems, ProfileBook.put) and session/transport.py (a host).
    "Profiles": (
        QT_TRANSLATE_NOOP("Profiles", "Demo (built-in simulator)"),
        QT_TRANSLATE_NOOP("Profiles", "The profile needs a name."),
        QT_TRANSLATE_NOOP("Profiles", "The account name is empty."),
        QT_TRANSLATE_NOOP("Profiles", "The primary host is empty."),
        QT_TRANSLATE_NOOP("Profiles", "Primary host: {error}."),
        QT_TRANSLATE_NOOP("Profiles", "Backup host: {error}."),
        QT_TRANSLATE_NOOP("Profiles", "{host} has no host name"),
        QT_TRANSLATE_NOOP("Profiles", "{host}: the port must be a number from 1 to 65535"),
        QT_TRANSLATE_NOOP("Profiles", "Unknown interface {name}."),
        QT_TRANSLATE_NOOP("Profiles", "Unknown country {name}."),
        QT_TRANSLATE_NOOP("Profiles", "Unknown time zone {name}."),
        QT_TRANSLATE_NOOP("Profiles", "The low-credit threshold cannot be negative."),
        QT_TRANSLATE_NOOP("Profiles", "The send window must be a whole number from 1 to 64."),
        QT_TRANSLATE_NOOP("Profiles", "A profile called {name} already exists."),
    ),
    # config.py: the keyring (KeyringUnavailable).
    "Keyring": (
        QT_TRANSLATE_NOOP("Keyring", "No password store (keyring) is available on this computer."),
        QT_TRANSLATE_NOOP("Keyring", "The password store refused the password: {detail}"),
    ),
    # session/: why a message's outcome is unknown, why a host could not be used.
    "Session": (
        QT_TRANSLATE_NOOP(
            "Session",
            "Outcome unknown: {why}. The gateway may have accepted the message; it was not "
            "sent again.",
        ),
        QT_TRANSLATE_NOOP("Session", "the gateway closed the connection before replying"),
        QT_TRANSLATE_NOOP("Session", "the gateway closed the connection"),
        QT_TRANSLATE_NOOP("Session", "connection refused"),
        QT_TRANSLATE_NOOP("Session", "connection reset by the other side"),
        QT_TRANSLATE_NOOP(
            "Session",
            "The connection dropped {count} times before the message to {recipient} could "
            "be sent; it was not sent.",
        ),
        QT_TRANSLATE_NOOP("Session", "Could not connect to the gateway ({attempts})."),
        QT_TRANSLATE_NOOP("Session", "The gateway did not answer within {seconds} s {doing}."),
        QT_TRANSLATE_NOOP("Session", "the gateway did not answer within {seconds} s {doing}"),
        QT_TRANSLATE_NOOP("Session", "when asked for the balance"),
        QT_TRANSLATE_NOOP("Session", "when asked for the status"),
        QT_TRANSLATE_NOOP("Session", "after the message to {recipient}"),
        QT_TRANSLATE_NOOP("Session", "while sending"),
        QT_TRANSLATE_NOOP(
            "Session", "The gateway answered something unexpected ({reason}): {received} ({doing})."
        ),
        QT_TRANSLATE_NOOP(
            "Session", "the gateway answered something unexpected ({reason}): {received} ({doing})"
        ),
        QT_TRANSLATE_NOOP(
            "Session", "The gateway's replies are out of step ({reason}): {received} ({doing})."
        ),
        QT_TRANSLATE_NOOP(
            "Session", "the gateway's replies are out of step ({reason}): {received} ({doing})"
        ),
        QT_TRANSLATE_NOOP(
            "Session",
            "The connection dropped in the middle of the gateway's reply: {received} ({doing}).",
        ),
        QT_TRANSLATE_NOOP(
            "Session",
            "the connection dropped in the middle of the gateway's reply: {received} ({doing})",
        ),
        QT_TRANSLATE_NOOP(
            "Session",
            "The gateway sent a line of over {size} KiB without ending it: {received} ({doing}).",
        ),
        QT_TRANSLATE_NOOP(
            "Session",
            "the gateway sent a line of over {size} KiB without ending it: {received} ({doing})",
        ),
        QT_TRANSLATE_NOOP("Session", "reply with no request pending"),
        QT_TRANSLATE_NOOP("Session", "unexpected reply from the gateway"),
        QT_TRANSLATE_NOOP("Session", "expected a balance like +OK 01 [1499]"),
        QT_TRANSLATE_NOOP("Session", "expected a status like +OK 01 [Active]"),
        QT_TRANSLATE_NOOP(
            "Session", "the reply names {number}, not {recipient}: replies are out of step"
        ),
        QT_TRANSLATE_NOOP(
            "Session", "The connection dropped {count} times while asking for the balance."
        ),
        QT_TRANSLATE_NOOP(
            "Session", "The connection dropped {count} times while asking for the status."
        ),
        QT_TRANSLATE_NOOP("Session", "The session was stopped: the program is closing."),
    ),
    # broadcast/forecast.py: a duration for people.
    "Forecast": (
        QT_TRANSLATE_NOOP("Forecast", "about {hours} h {minutes} min"),
        QT_TRANSLATE_NOOP("Forecast", "about {minutes} min {seconds} s"),
        QT_TRANSLATE_NOOP("Forecast", "about {seconds} s"),
    ),
    # broadcast/templates.py: a personalised text that cannot be rendered (TemplateError).
    "BroadcastTemplates": (
        QT_TRANSLATE_NOOP("BroadcastTemplates", "{contact} has no {field}"),
        QT_TRANSLATE_NOOP("BroadcastTemplates", "no value for {field}"),
        QT_TRANSLATE_NOOP(
            "BroadcastTemplates",
            "position {position}: '}}' without its '{{' (write '}}}}' for a brace)",
        ),
        QT_TRANSLATE_NOOP(
            "BroadcastTemplates",
            "position {position}: '{{' is not closed (write '{{{{' for a brace)",
        ),
        QT_TRANSLATE_NOOP("BroadcastTemplates", "position {position}: '{{}}' names no field"),
    ),
    # broadcast/engine.py, run_lock.py, store/journal.py: a broadcast's rows and runs.
    "Broadcasts": (
        QT_TRANSLATE_NOOP(
            "Broadcasts",
            "Broadcast {id} is being sent by another SMSGate window or command (process "
            "{pid}); it was not started again here.",
        ),
        QT_TRANSLATE_NOOP(
            "Broadcasts",
            "Broadcast {id} is being sent by another SMSGate window or command; it was not "
            "started again here.",
        ),
        QT_TRANSLATE_NOOP(
            "Broadcasts",
            "Broadcast {id} was made for the account {made_for}, not {account}: send it with "
            "that account.",
        ),
        QT_TRANSLATE_NOOP(
            "Broadcasts",
            "Interrupted while sending: the gateway may have accepted it; not sent again.",
        ),
        QT_TRANSLATE_NOOP("Broadcasts", "Cancelled before sending."),
        QT_TRANSLATE_NOOP("Broadcasts", "Not sent: {error}."),
        QT_TRANSLATE_NOOP("Broadcasts", "there is no broadcast {id}."),
    ),
    # contacts/: a file that cannot be imported (ContactImportError.reason), a refused row.
    "ContactFiles": (
        QT_TRANSLATE_NOOP("ContactFiles", "old .xls workbooks are not supported: save it as .xlsx"),
        QT_TRANSLATE_NOOP("ContactFiles", "the file is too big ({size} MiB)"),
        QT_TRANSLATE_NOOP("ContactFiles", "this is not a text file (it contains binary data)"),
        QT_TRANSLATE_NOOP(
            "ContactFiles", "it starts with a {encoding} mark but is not {encoding}: {detail}"
        ),
        QT_TRANSLATE_NOOP("ContactFiles", "this is not a text file: {reason}"),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "it is a ZIP archive (an .xlsx workbook? save it with that extension)",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "it is an old Excel/Office binary file (save it as .xlsx or .csv)",
        ),
        QT_TRANSLATE_NOOP("ContactFiles", "it is a PDF document"),
        QT_TRANSLATE_NOOP("ContactFiles", "the file is empty"),
        QT_TRANSLATE_NOOP("ContactFiles", "cannot read it as {encoding}: {detail}"),
        QT_TRANSLATE_NOOP("ContactFiles", "malformed CSV: {detail}"),
        QT_TRANSLATE_NOOP("ContactFiles", "the file has no data"),
        QT_TRANSLATE_NOOP("ContactFiles", "the file has only a header line and no contacts"),
        QT_TRANSLATE_NOOP(
            "ContactFiles", "text before the first card is not part of any vCard: {text}"
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles", "text between two cards is not part of any vCard: {text}"
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles", "the vCard starting here has no END:VCARD (is the file truncated?)"
        ),
        QT_TRANSLATE_NOOP("ContactFiles", "no vCard found (no BEGIN:VCARD line)"),
        QT_TRANSLATE_NOOP("ContactFiles", "this vCard is malformed: {detail}"),
        QT_TRANSLATE_NOOP("ContactFiles", "this is not a vCard"),
        QT_TRANSLATE_NOOP("ContactFiles", "the workbook has no sheets"),
        QT_TRANSLATE_NOOP(
            "ContactFiles", "there is no sheet named {sheet}; the sheets are {sheets}"
        ),
        QT_TRANSLATE_NOOP("ContactFiles", "{sheet} is a chart sheet, not a table"),
        QT_TRANSLATE_NOOP("ContactFiles", "the workbook is damaged: {detail}"),
        QT_TRANSLATE_NOOP("ContactFiles", "the sheet {sheet} is empty"),
        QT_TRANSLATE_NOOP(
            "ContactFiles", "the sheet {sheet} has only a header row and no contacts"
        ),
        QT_TRANSLATE_NOOP("ContactFiles", "this is not an .xlsx workbook (an old .xls workbook)"),
        QT_TRANSLATE_NOOP("ContactFiles", "this is not an .xlsx workbook (not one)"),
        QT_TRANSLATE_NOOP("ContactFiles", "no phone number in this row"),
        QT_TRANSLATE_NOOP("ContactFiles", "Column {count}"),  # a blank header cell's name
        # contacts/limits.py, textfile.py, csv_import.py, vcard_import.py, xlsx_guard.py:
        # a file past a limit ("it" is the file, "the sheet 'Contatti'" a sheet).
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "it has more than {limit} rows, the most one import takes: split it into smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "it has more than {limit} cells (rows × columns), the most one import takes: remove "
            "the columns you do not need or split it",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "it has more than {limit} filled cells, the most one import takes: split it into "
            "smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "it holds more than {limit} characters of text, the most one import takes: split it "
            "into smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the sheet {sheet} has more than {limit} rows, the most one import takes: split it "
            "into smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the sheet {sheet} has more than {limit} cells (rows × columns), the most one "
            "import takes: remove the columns you do not need or split it",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the sheet {sheet} has more than {limit} filled cells, the most one import takes: "
            "split it into smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the sheet {sheet} holds more than {limit} characters of text, the most one import "
            "takes: split it into smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the workbook holds more than {limit} characters of text, the most one import "
            "takes: split it into smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "it has more than {limit} lines, the most one import takes: split it into smaller "
            "files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "this line is longer than {limit} characters, the most one line may have",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "malformed CSV: a field is longer than {limit} characters, the most one field may have",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "this vCard is longer than {limit} characters without its photos, the most one card "
            "may have",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the workbook has more than {limit} parts (or a bigger directory of them), the most "
            "one import takes",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the workbook unpacks to {size} MiB, more than the {limit} MiB one import takes (a "
            "ZIP bomb?)",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the part {part} of the workbook is compressed {ratio} times, more than the {limit} "
            "times of any genuine workbook (a ZIP bomb?)",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the part {part} of the workbook is {size} MiB unpacked, more than the {limit} MiB "
            "one import takes for it",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the workbook has more than {limit} XML elements outside its rows and shared "
            "strings (in {part}), the most one import takes",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the workbook has more than {limit} distinct texts (shared strings), the most one "
            "import takes: split it into smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the workbook's sheets have more than {limit} XML elements in their rows, the most "
            "one import takes: split it into smaller files",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "the sheet {sheet} has a row of more than {limit} XML elements, the most one import "
            "takes",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "it has a shared string of more than {limit} XML elements, the most one import takes",
        ),
        # contacts/textfile.py: a line of a mixed-encoding file (ReadWarning.reason).
        QT_TRANSLATE_NOOP(
            "ContactFiles", "not {expected} like the rest of the file: read as {encoding}"
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "1 more lines are not {expected} like the rest of the file: read as {encoding}",
        ),
        QT_TRANSLATE_NOOP(
            "ContactFiles",
            "{count} more lines are not {expected} like the rest of the file: read as {encoding}",
        ),
        # contacts/errors.py: ContactImportError's message (import_dialog.py builds
        # its own from the reason; this is for the message as a whole).
        QT_TRANSLATE_NOOP("ContactFiles", "Cannot import {file}: line {line}: {reason}"),
        QT_TRANSLATE_NOOP("ContactFiles", "Cannot import {file}: {reason}"),
    ),
    # store/contacts.py: a change the contacts database refused.
    "ContactStore": (
        QT_TRANSLATE_NOOP("ContactStore", "no contact with number {number}"),
        QT_TRANSLATE_NOOP("ContactStore", "a group needs a name"),
        QT_TRANSLATE_NOOP("ContactStore", "no group {name}"),
        QT_TRANSLATE_NOOP("ContactStore", "there is already a group {name}"),
    ),
    # session/errors.py: LoginError's message (also translated from its code by the worker).
    "SessionWorker": (QT_TRANSLATE_NOOP("SessionWorker", "Login refused: {reason}"),),
}
