"""Write the files that list the Qt-free layers' texts for lupdate (run by update.sh):
smsgate_desktop/gui/gateway_errors_tr.py (the gateway error explanations) and
smsgate_desktop/gui/phrases_tr.py (every phrase template, protocol/phrases.py)."""

import json
from pathlib import Path

from smsgate_desktop.phrasebook import every_template
from smsgate_desktop.protocol.errors import CATALOGUE, EXPLANATION_BY_TEXT

GUI = Path(__file__).resolve().parents[2] / "smsgate_desktop" / "gui"
TARGET = GUI / "gateway_errors_tr.py"
PHRASES = GUI / "phrases_tr.py"
HEADER = '''# ruff: noqa: E501
"""The gateway error explanations, listed for pyside6-lupdate (context "GatewayErrors").

Generated from protocol/errors.py by resources/translations/gen_error_strings.py (run by
update.sh). gui/i18n.py translates the catalogue's own strings; this only marks them.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS = (
'''


def main() -> None:
    strings = [entry.explanation for entry in CATALOGUE.values()]
    strings += list(EXPLANATION_BY_TEXT.values())
    strings.append("The gateway reported error %1.")  # lookup()'s entry for an unknown code
    body = "".join(
        f'    QT_TRANSLATE_NOOP("GatewayErrors", {json.dumps(s, ensure_ascii=False)}),\n'
        for s in dict.fromkeys(strings)
    )
    TARGET.write_text(HEADER + body + ")\n", encoding="utf-8")
    PHRASES.write_text(phrases_listing(), encoding="utf-8")


PHRASES_HEADER = '''# ruff: noqa: E501
"""Every phrase template of the Qt-free layers, listed for pyside6-lupdate.

Generated from the phrase registry (protocol/phrases.py, smsgate_desktop.phrasebook) by
resources/translations/gen_error_strings.py (run by update.sh). gui/i18n.translate_text
translates a phrase by its code; this file only marks the texts. Do not edit by hand.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

PHRASES = {
'''


def phrases_listing() -> str:
    body = "".join(
        f"    {json.dumps(t.code)}: QT_TRANSLATE_NOOP("
        f"{json.dumps(t.context)}, {json.dumps(t.english, ensure_ascii=False)}),\n"
        for t in every_template()
    )
    return PHRASES_HEADER + body + "}\n"


if __name__ == "__main__":
    main()
