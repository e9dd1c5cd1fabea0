"""Make the README's screenshots: the window as a new user first sees it, one per tab.

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots.py

Each language runs the real window in a child process on a fresh temporary profile (data
folder, settings and home: nothing of yours is read or written), in demo mode, with the default
layout: the window sizes itself to the screen as it would on a 1366x768 laptop; nothing is
resized or rearranged here. The only thing done is what a user would do first: one demo
message sent from the Message tab, so that the results and the history are not empty.
Writes docs/screenshot-<tab>.png (English) and docs/screenshot-it.png (Italian, Message tab).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABS = ("message", "contacts", "broadcast", "history")


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        return _child(sys.argv[2])
    for language in ("en", "it"):
        with tempfile.TemporaryDirectory(prefix="smsgate-shot-") as fresh:
            env = dict(os.environ, HOME=fresh, XDG_CONFIG_HOME=f"{fresh}/config")
            env.update(SMSGATE_DATA_DIR=f"{fresh}/data", SMSGATE_LANG=language)
            done = subprocess.run([sys.executable, __file__, "--child", language], env=env)
            if done.returncode:
                return done.returncode
    return 0


def _child(language: str) -> int:
    sys.path.insert(0, str(HERE.parent))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from smsgate_desktop.gui.app import app_icon
    from smsgate_desktop.gui.i18n import install_translator
    from smsgate_desktop.gui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    app.setWindowIcon(app_icon())
    install_translator(app, language)
    window = MainWindow()
    window.show()
    shots = list(enumerate(TABS)) if language == "en" else [(0, "it")]

    def send() -> None:
        window.prepare_demo_message(
            "+39 333 1234567, +39 347 7654321", "Studio", "Promemoria: appuntamento lunedì 9:30."
        )
        window.compose.send()

    def grab() -> None:
        if window.sending:
            QTimer.singleShot(200, grab)
            return
        for index, name in shots:
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            out = HERE / f"screenshot-{name}.png"
            window.grab().save(str(out))
            print(f"{out.name}: {window.width()}x{window.height()}")
        window.close()
        app.quit()

    QTimer.singleShot(1500, send)  # the demo gateway logs in first
    QTimer.singleShot(3000, grab)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
