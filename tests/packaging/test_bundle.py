"""Build the PyInstaller bundle and run its `--self-test` (slow: about a minute or more).

Skipped when PyInstaller is not installed (`pip install -e ".[package]"` adds it).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "smsgate.spec"


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
)
def test_bundle_builds_and_passes_its_self_test(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT,
        check=True,
        timeout=840,
    )  # fmt: skip
    executable = dist / "SMSGate" / ("SMSGate.exe" if sys.platform == "win32" else "SMSGate")
    assert executable.exists()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SMSGATE_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [str(executable), "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Italian all the way: the app's own translation and Qt's (standard dialogs) are shipped.
    assert list(dist.rglob("smsgate_it.qm")), "the app's Italian is missing from the bundle"
    assert list(dist.rglob("qtbase_it.qm")), "Qt's own Italian is missing from the bundle"
