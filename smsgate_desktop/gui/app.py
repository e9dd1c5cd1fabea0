"""Application entry point: `smsgate-desktop` and `python -m smsgate_desktop`."""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSocketNotifier, QTimer, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from . import preflight
from .main_window import APP_TITLE, MainWindow
from .wheel_guard import install_wheel_guard

# In a source checkout the icon is beside the package; an install finds it by the theme name
# the .desktop entry uses.
SOURCE_ICON: Final = Path(__file__).resolve().parents[2] / "resources" / "smsgate.svg"
QUIT_SIGNALS: Final = (signal.SIGTERM, signal.SIGINT)
SCREENSHOT_RECIPIENTS: Final = "+39 333 1234567\n347 765 4321, 0039 320 1112223\n+39 12"
SCREENSHOT_TEXT: Final = "Ciao! Il tuo ordine n. 1042 è pronto: totale €12,50. A presto, Negozio"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="smsgate-desktop", description=APP_TITLE)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        type=Path,
        help="demo mode: send a sample message, save a picture of the window to PATH, quit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="demo mode in a temporary data folder: send one message to the built-in "
        "simulator, quit; exit code 0 when it was accepted",
    )
    args, _qt_args = parser.parse_known_args(argv)  # the rest is for Qt (-style, -platform…)
    return args


def main(argv: list[str] | None = None) -> int:
    """Open the main window; the exit code of the event loop, or
    preflight.EXIT_MISSING_LIBRARIES (3) when Qt's X11 plugin could not load."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # Before the QApplication: past that point a missing X11 library is Qt's abort.
    problem = preflight.check(argv)
    if problem is not None:
        print(problem, file=sys.stderr)
        return preflight.EXIT_MISSING_LIBRARIES
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    install_wheel_guard(app)
    app.setApplicationName(APP_TITLE)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SMSGate")
    app.setWindowIcon(app_icon())
    from .i18n import install_translator

    install_translator(app)
    if args.self_test:
        from . import self_test

        return self_test.run(app)
    # The account starts once the loop runs (after the first paint): the demo's simulator,
    # the keyring and the worker thread are not needed to draw the window.
    window = MainWindow(start_after_paint=True)
    window.show()
    # Everything loaded so far (Qt wrappers, phonenumbers' metadata: ~40,000 objects) lives
    # as long as the app: out of the collector's sight, full collections during a big send
    # stay short (they pause the GUI thread and the worker alike).
    QTimer.singleShot(0, gc.freeze)
    # A big address book is read after the first paint (off the GUI thread): frozen too once
    # on show (refcounting still frees what a later reload drops; entries hold no cycles).
    window.contacts.loaded.connect(gc.freeze)
    if args.screenshot is not None:
        QTimer.singleShot(0, lambda: demo_screenshot(window, args.screenshot))
    with closing_on_signals(window):
        return app.exec()


@contextlib.contextmanager
def closing_on_signals(window: MainWindow) -> Iterator[None]:
    """While the block runs, SIGTERM (a logout, `kill`) and SIGINT (Ctrl+C in a terminal)
    close the window the way its Quit does: the workers stop with a deadline, a message in
    flight is journalled, exit code 0. Python runs a signal handler only between two
    bytecodes, never while Qt's event loop runs in C++, so the signal is written to a socket
    (signal.set_wakeup_fd) that a QSocketNotifier watches, which wakes the loop. Handlers
    and wakeup fd are restored afterwards. Outside the main thread, nothing is changed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
    for number in QUIT_SIGNALS:
        signal.signal(number, lambda *_: None)  # the notifier below does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    @Slot()
    def woken() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        window.close()

    notifier.activated.connect(woken)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        reader.close()
        writer.close()


def app_icon() -> QIcon:
    fallback = QIcon(str(SOURCE_ICON)) if SOURCE_ICON.exists() else QIcon()
    return QIcon.fromTheme("smsgate", fallback)


def demo_screenshot(window: MainWindow, path: Path) -> None:
    """Fill the compose panel, send against the demo simulator, grab the window, quit."""
    window.prepare_demo_message(SCREENSHOT_RECIPIENTS, "Negozio", SCREENSHOT_TEXT)
    compose = window.compose

    def grab() -> None:
        window.grab().save(str(path))
        window.close()

    def send_valid_ones() -> None:
        # The invalid "+39 12" stays on show in the recipients list; send the others.
        compose.recipients_edit.setPlainText(SCREENSHOT_RECIPIENTS.rsplit("\n", 1)[0])
        compose.revalidate()
        compose.recipients_edit.appendPlainText("+39 12")
        window.send_finished.connect(lambda *_: QTimer.singleShot(400, grab))
        window._send(list(compose.prepared.messages), list(compose.prepared.recipients))

    QTimer.singleShot(500, send_valid_ones)
