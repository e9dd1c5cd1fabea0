"""How long from start to the first painted window: the app against a bare PySide6 QMainWindow.

Each start is a fresh child process (`python -c ...`) with a fresh temporary profile (HOME,
XDG_CONFIG_HOME, SMSGATE_DATA_DIR), offscreen unless QT_QPA_PLATFORM says otherwise. Three
kinds of start, interleaved, REPEAT times each (median):

- bare:    `QApplication` + an empty `QMainWindow`, shown: the floor.
- demo:    `smsgate_desktop.gui.app.main()` with no profile stored: demo mode (the built-in
           simulator starts in the app's process).
- profile: main() with one stored profile whose gateway is unreachable (127.0.0.1:1) and whose
           password a stand-in keyring knows (so no password dialog): a worker starts and
           fails to connect; no simulator.

Start: the parent's CLOCK_MONOTONIC (time.monotonic(), one clock for every process on Linux)
just before it spawns the child, so interpreter start-up and every import count. First paint:
the first QEvent.Paint a top-level window receives (an application event filter, installed
before main() runs) is when painting begins; the frame is finished when a
`QTimer.singleShot(0)` queued from that paint event fires, i.e. once the event loop is back
after painting the window and all its children. That second time is the one reported (the
honest "the person sees the window"); the first is printed too. Then the child _exit()s.

Children run with .pyc files (written under a bench-wide PYTHONPYCACHEPREFIX, warmed by one
uncounted start of each kind), as an installed app does.

    python bench/startup.py [--repeat 7]

Prints each kind's median (and min..max) and the ratios demo/bare, profile/bare (goal <= 1.5).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A keyring that knows every password ("bench"): no D-Bus, no dialog (PYTHON_KEYRING_BACKEND).
KEYRING_MODULE = """
from keyring.backend import KeyringBackend

class BenchKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        return "bench"

    def set_password(self, service, username, password):
        pass

    def delete_password(self, service, username):
        pass
"""

CHILD = r"""
import os, sys, time
kind = sys.argv[1]

def finished(begun):
    print(f"{begun!r} {time.monotonic()!r}", flush=True)
    os._exit(0)

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    begun = None

    def eventFilter(self, obj, event):
        if (
            self.begun is None
            and event.type() == QEvent.Type.Paint
            and obj.isWidgetType()
            and obj.isWindow()
        ):
            self.begun = time.monotonic()
            QTimer.singleShot(0, lambda: finished(self.begun))
        return False


if kind == "bare":
    app = QApplication(sys.argv[:1])
    spy = FirstPaint()
    app.installEventFilter(spy)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.show()
    sys.exit(app.exec())
else:
    from smsgate_desktop.gui import app as smsgate_app

    app = QApplication(sys.argv[:1])
    spy = FirstPaint()
    app.installEventFilter(spy)
    sys.exit(smsgate_app.main([]))
"""

KINDS = ("bare", "demo", "profile")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    return parser.parse_args()


def fresh_environment(kind: str, keyring_dir: Path) -> dict[str, str]:
    home = Path(tempfile.mkdtemp(prefix=f"smsgate-startup-{kind}-"))
    data = home / "data"
    data.mkdir()
    env = dict(os.environ)
    # An installed app starts from compiled .pyc files (pip compiles them). With
    # PYTHONDONTWRITEBYTECODE set (CI, sandboxes) every start would compile ~130 of our
    # modules again (~200 ms) and the bench would measure the compiler: the children write
    # their .pyc under one bench-wide prefix instead (the tree stays untouched), warmed once.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(keyring_dir / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CACHE_HOME=str(home / "cache"),
        SMSGATE_DATA_DIR=str(data),
        PYTHON_KEYRING_BACKEND="bench_keyring.BenchKeyring",
        PYTHONPATH=os.pathsep.join(
            p for p in (str(keyring_dir), str(ROOT), env.get("PYTHONPATH", "")) if p
        ),
    )
    if kind == "profile":
        profile = {
            "name": "Unreachable",
            "account": "bench",
            "primary": "127.0.0.1:1",
        }
        book = {"version": 1, "last_used": "Unreachable", "profiles": [profile]}
        (data / "profiles.json").write_text(json.dumps(book), encoding="utf-8")
    return env


def start_once(kind: str, keyring_dir: Path) -> tuple[float, float]:
    """(painting begun, frame finished) in seconds after the spawn."""
    env = fresh_environment(kind, keyring_dir)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} start failed ({done.returncode}):\n{done.stderr}")
    begun, finished = (float(x) for x in lines[-1].split())
    return begun - started, finished - started


def main() -> int:
    args = parse_args()
    keyring_dir = Path(tempfile.mkdtemp(prefix="smsgate-startup-keyring-"))
    (keyring_dir / "bench_keyring.py").write_text(KEYRING_MODULE, encoding="utf-8")
    check_profile_format()
    begun: dict[str, list[float]] = {kind: [] for kind in KINDS}
    frame: dict[str, list[float]] = {kind: [] for kind in KINDS}
    for kind in KINDS:  # warm the OS file cache and .pyc files, not counted
        start_once(kind, keyring_dir)
    for _ in range(args.repeat):
        for kind in KINDS:  # interleaved: a busy moment of the machine hits all three
            first, last = start_once(kind, keyring_dir)
            begun[kind].append(first)
            frame[kind].append(last)
    print(f"start -> first paint, {args.repeat} fresh processes each, median (min..max):")
    for kind in KINDS:
        times = frame[kind]
        print(
            f"  {kind:8} frame {statistics.median(times) * 1000:6.0f} ms"
            f" ({min(times) * 1000:.0f}..{max(times) * 1000:.0f})"
            f"   paint begun {statistics.median(begun[kind]) * 1000:6.0f} ms"
        )
    bare = statistics.median(frame["bare"])
    for kind in ("demo", "profile"):
        print(f"  ratio {kind}/bare: {statistics.median(frame[kind]) / bare:.2f} (goal <= 1.5)")
    return 0


def check_profile_format() -> None:
    """The stored profile above must read back as a real (non-demo) profile."""
    sys.path.insert(0, str(ROOT))
    from smsgate_desktop.profiles import Profile

    profile = Profile.from_json(
        {"name": "Unreachable", "account": "bench", "primary": "127.0.0.1:1"}
    )
    assert not profile.demo, profile


if __name__ == "__main__":
    sys.exit(main())
