#!/bin/sh
# Regenerate the translations (run from anywhere, with the project's venv active):
#   1. list the gateway error explanations and the phrase templates for lupdate
#      (gui/gateway_errors_tr.py, gui/phrases_tr.py);
#   2. pyside6-lupdate: extract every tr()/translate() text of the GUI into smsgate_it.ts
#      (existing translations are kept; new texts come in as "unfinished");
#   3. fill in the Italian texts kept in fill_it.py (add new texts there, or translate the
#      unfinished entries in Qt Linguist), then lupdate again to normalise the file;
#   4. pyside6-lrelease: compile the .ts into the .qm the app loads
#      (smsgate_desktop/gui/translations/, shipped as package data);
#   5. the same for English's plural forms only (smsgate_en.ts, filled by fill_en.py).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
python resources/translations/gen_error_strings.py
ruff format -q smsgate_desktop/gui/gateway_errors_tr.py 2>/dev/null || true
pyside6-lupdate -no-obsolete -source-language en -target-language it \
    smsgate_desktop/gui/*.py -ts resources/translations/smsgate_it.ts
python resources/translations/fill_it.py || echo "update.sh: some texts are untranslated" >&2
pyside6-lupdate -no-obsolete -source-language en -target-language it \
    smsgate_desktop/gui/*.py -ts resources/translations/smsgate_it.ts
pyside6-lrelease resources/translations/smsgate_it.ts \
    -qm smsgate_desktop/gui/translations/smsgate_it.qm
# English is the source language: its file holds only the plural forms ("1 message", "2 messages").
pyside6-lupdate -pluralonly -no-obsolete -source-language en -target-language en \
    smsgate_desktop/gui/*.py -ts resources/translations/smsgate_en.ts
python resources/translations/fill_en.py
pyside6-lrelease resources/translations/smsgate_en.ts \
    -qm smsgate_desktop/gui/translations/smsgate_en.qm
