"""Write smsgate_desktop/gui/gateway_errors_tr.py: the error explanations, for lupdate."""

import json
from pathlib import Path

from smsgate_desktop.protocol.errors import CATALOGUE, EXPLANATION_BY_TEXT

TARGET = Path(__file__).resolve().parents[2] / "smsgate_desktop" / "gui" / "gateway_errors_tr.py"
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


if __name__ == "__main__":
    main()
