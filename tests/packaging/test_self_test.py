"""`python -m smsgate_desktop --self-test` from source: demo send end to end, exit code 0."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_from_source_exits_0(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SMSGATE_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "smsgate_desktop", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test OK" in done.stdout
