#!/usr/bin/env bash
# Build the one-folder bundle dist/SMSGate/ (run from anywhere; uses ./.venv-package).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv-package}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q -e ".[package]"
start=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --clean \
    --distpath "${DISTPATH:-dist}" --workpath "${WORKPATH:-build}" packaging/smsgate.spec
echo "build took $(( $(date +%s) - start )) s"
du -sh "${DISTPATH:-dist}/SMSGate"
