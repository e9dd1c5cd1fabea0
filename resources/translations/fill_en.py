"""Fill smsgate_en.ts: the English plural forms (used after lupdate -pluralonly; see update.sh).

English is the source language, so the window needs no English translation, except for the
texts with a count: tr(text, "", n) shows the source as it is unless a translation gives the
singular and the plural. Each numerus source below gets its (singular, plural); one not listed
gets its source twice (it reads right for any count, e.g. "sent %n").
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "smsgate_en.ts"

FORMS = {
    "Broadcast {id}: %n message(s) cancelled.": (
        "Broadcast {id}: %n message cancelled.",
        "Broadcast {id}: %n messages cancelled.",
    ),
    "Send the %n failed message(s) of broadcast {id} again, as a new broadcast?": (
        "Send the failed message of broadcast {id} again, as a new broadcast?",
        "Send the %n failed messages of broadcast {id} again, as a new broadcast?",
    ),
    "%n message(s) have an unknown outcome: the gateway may have accepted them, and their "
    "recipients would get them twice. Send them again?": (
        "%n message has an unknown outcome: the gateway may have accepted it, and its "
        "recipient would get it twice. Send it again?",
        "%n messages have an unknown outcome: the gateway may have accepted them, and their "
        "recipients would get them twice. Send them again?",
    ),
    "%n message(s) with an unknown outcome": (
        "%n message with an unknown outcome",
        "%n messages with an unknown outcome",
    ),
    "Sending %n message(s)…": ("Sending %n message…", "Sending %n messages…"),
    "{number} also at {where}: %n copies dropped": (
        "{number} also at {where}: %n copy dropped",
        "{number} also at {where}: %n copies dropped",
    ),
    "  Warning: %n credits short; the gateway will refuse the messages beyond the balance.": (
        "  Warning: %n credit short; the gateway will refuse the message beyond the balance.",
        "  Warning: %n credits short; the gateway will refuse the messages beyond the balance.",
    ),
    "{characters} characters · {encoding} · {parts} {parts_word} · costs {recipients} "
    "{credits_word} (1 per recipient)": (
        "{characters} character · {encoding} · {parts} {parts_word} · costs {recipients} "
        "{credits_word} (1 per recipient)",
        "{characters} characters · {encoding} · {parts} {parts_word} · costs {recipients} "
        "{credits_word} (1 per recipient)",
    ),
    "Add {count:,} contacts to:": ("Add {count:,} contact to:", "Add {count:,} contacts to:"),
    "{total:,} contacts": ("{total:,} contact", "{total:,} contacts"),
    "{shown:,} of {total:,} contacts": (
        "{shown:,} of {total:,} contact",
        "{shown:,} of {total:,} contacts",
    ),
    "{count:,} warnings while reading the file: check these lines": (
        "{count:,} warning while reading the file: check this line",
        "{count:,} warnings while reading the file: check these lines",
    ),
    "Checking {count:,} rows…": ("Checking {count:,} row…", "Checking {count:,} rows…"),
    "{count:,} duplicates merged": ("{count:,} duplicate merged", "{count:,} duplicates merged"),
    "{count:,} rows not imported": ("{count:,} row not imported", "{count:,} rows not imported"),
    "{count:,} warnings while reading the file (listed above): check those lines.": (
        "{count:,} warning while reading the file (listed above): check that line.",
        "{count:,} warnings while reading the file (listed above): check those lines.",
    ),
    "{kind}{about}: {count:,} rows; the first {shown} are shown.": (
        "{kind}{about}: {count:,} row; the first {shown} are shown.",
        "{kind}{about}: {count:,} rows; the first {shown} are shown.",
    ),
}


def main() -> int:
    tree = ET.parse(TS)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = FORMS.get(source, (source, source))
        for element, text in zip(translation.findall("numerusform"), forms, strict=True):
            element.text = text
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    body = TS.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in body:  # keep lupdate's DOCTYPE line
        TS.write_text(body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
