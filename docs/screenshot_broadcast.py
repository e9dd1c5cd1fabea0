"""Make docs/screenshot-broadcast.png: the Broadcast tab in the middle of a send.

    xvfb-run -a python docs/screenshot_broadcast.py [--lang en|it] [--out PATH]

Runs the real window in demo mode (the built-in simulator, 30 ms per reply) in a temporary
data folder (nothing of yours is read or written), adds 400 sample contacts to a group,
starts a personalised broadcast to that group throttled to 12 messages a second, and grabs
the window once about a third has gone. Under Xvfb the picture has real fonts; with
QT_QPA_PLATFORM=offscreen it works too.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST_NAMES = ("Anna", "Marco", "Giulia", "Luca", "Sara", "Paolo", "Elena", "Davide")
TEMPLATE = "Ciao {name}, il tuo appuntamento è confermato per lunedì alle 9:30. Studio Rossi"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=HERE / "screenshot-broadcast.png")
    args = parser.parse_args()
    os.environ["SMSGATE_DATA_DIR"] = tempfile.mkdtemp(prefix="smsgate-shot-")
    os.environ["SMSGATE_LANG"] = args.lang
    sys.path.insert(0, str(HERE.parent))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from smsgate_desktop.gui.app import app_icon
    from smsgate_desktop.gui.demo import DemoGateway
    from smsgate_desktop.gui.i18n import install_translator
    from smsgate_desktop.gui.main_window import MainWindow
    from smsgate_desktop.store import contacts, open_store

    conn = open_store()
    with contacts.transaction(conn):
        for i in range(400):
            name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {chr(65 + i % 26)}."
            contacts.add_to_group(conn, "Clienti", f"+39333{2000000 + i}", name)
    conn.close()

    app = QApplication([sys.argv[0]])
    app.setWindowIcon(app_icon())
    install_translator(app)
    # The confirmation is answered Yes, as the person would.
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    window = MainWindow(demo=DemoGateway(latency_ms=30))
    window.resize(1360, 860)
    window.show()
    window.main_splitter.setSizes([900, 460])  # the Broadcast tab wants the room
    panel = window.broadcasts

    def start() -> None:
        window.tabs.setCurrentIndex(window.tabs.count() - 1)
        panel.reload_groups()
        panel.set_group_checked("Clienti")
        panel.sender_edit.setText("StudioRossi")
        panel.text_edit.setPlainText(TEMPLATE)
        panel.throttle_spin.setValue(12)
        panel.show_forecast()  # asks the worker for the balance; sent once it is known
        wait_balance.start()

    def send_when_forecast() -> None:
        if panel.forecast is None or panel.forecast.balance is None:
            return
        wait_balance.stop()
        if panel.send() is None:
            print(f"not started: {panel.notice.text()}", file=sys.stderr)
            app.exit(1)
            return
        poll.start()

    def maybe_grab() -> None:
        if panel.progress_bar.value() >= 130:
            poll.stop()
            window.grab().save(str(args.out))
            print(f"saved {args.out}")
            window.close()
            app.quit()

    poll = QTimer(interval=100)
    poll.timeout.connect(maybe_grab)
    wait_balance = QTimer(interval=50)
    wait_balance.timeout.connect(send_when_forecast)
    QTimer.singleShot(1500, start)  # demo login and the opening balance first
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
