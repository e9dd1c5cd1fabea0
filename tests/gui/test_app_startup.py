"""A quick start (bench/startup.py): what the first paint does not need waits until after it."""

from __future__ import annotations

import os
import subprocess
import sys

from smsgate_desktop.gui.demo import DemoGateway
from smsgate_desktop.gui.main_window import APP_TITLE
from smsgate_desktop.profiles import DEMO_NAME

# Loaded only by what runs after the first paint: an import, an export, the demo's simulator,
# the keyring (the account starts after the paint); psycopg only by a desktop that has an
# office database.
NOT_BEFORE_THE_FIRST_PAINT = (
    "openpyxl",
    "vobject",
    "asyncio",
    "keyring",
    "psycopg",
    "smsgate_desktop.simulator",
)


def test_importing_the_app_leaves_what_comes_later_unloaded():
    probe = (
        "import sys\n"
        "import smsgate_desktop.gui.app\n"
        f"print(sorted(set({NOT_BEFORE_THE_FIRST_PAINT!r}) & set(sys.modules)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_demo_starts_after_the_first_paint_and_shows_before(make_window, qtbot):
    window = make_window(demo=DemoGateway(), start_after_paint=True)
    # Shown, not painted yet (the loop has not run): the demo is on show but not started.
    assert not window.demo.running
    assert window.handle is None
    assert window.windowTitle().startswith(f"{APP_TITLE} — ")
    assert not window.banner.isHidden()
    assert window.account_panel.profile_combo.currentData() == DEMO_NAME
    qtbot.waitUntil(lambda: window.handle is not None)
    assert window.demo.running
    assert window.profile is not None and window.profile.demo
    assert window.tabs.currentIndex() == 0


def test_a_window_closed_before_its_first_paint_starts_nothing(make_window):
    window = make_window(demo=DemoGateway(), start_after_paint=True)
    window.close()
    window._start_initial_profile()  # the fallback timer, had it fired now
    assert not window.demo.running
    assert window.handle is None
