"""`--self-test`: open the window in demo mode, send one message to the built-in simulator,
wait for the gateway's answer, close, and exit 0 (non-zero with a message on failure).

Used after building a bundle (tests/packaging/test_bundle.py) to prove that the frozen app
starts, finds Qt, phonenumbers' metadata and the simulator, and talks the protocol end to end.
When SMSGATE_DATA_DIR is not set it runs in a temporary data directory, so the user's real
profiles, contacts and window state are never read or written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..config import DATA_DIR_ENV
from ..session import Outcome

SELF_TEST_RECIPIENT: Final = "+39 333 1234567"
SELF_TEST_TEXT: Final = "SMSGate self-test"
SELF_TEST_TIMEOUT_MS: Final = 30_000


@contextmanager
def private_data_dir() -> Iterator[Path]:
    """SMSGATE_DATA_DIR if set, else a temporary directory (removed afterwards)."""
    if os.environ.get(DATA_DIR_ENV):
        yield Path(os.environ[DATA_DIR_ENV])
        return
    with tempfile.TemporaryDirectory(prefix="smsgate-self-test-") as tmp:
        os.environ[DATA_DIR_ENV] = tmp
        try:
            yield Path(tmp)
        finally:
            os.environ.pop(DATA_DIR_ENV, None)


def run(app: QApplication, timeout_ms: int = SELF_TEST_TIMEOUT_MS) -> int:
    """Run the self-test inside `app`; 0 on success, 1 (after printing why) on failure."""
    with private_data_dir():
        return _run(app, timeout_ms)


def _run(app: QApplication, timeout_ms: int) -> int:
    from .main_window import MainWindow  # after the data dir is chosen: it loads profiles

    outcome: dict[str, str] = {}

    def finish(error: str = "") -> None:
        if "error" in outcome:
            return
        outcome["error"] = error
        window.close()
        app.exit(0)

    def on_finished(_batch_id: int, sent: int, total: int, why: str) -> None:
        counts = window.results.model.counts()
        accepted = counts.get(Outcome.ACCEPTED.value, 0)
        if accepted == 1 and total == 1:
            finish()
        else:
            finish(f"expected 1 accepted message, got {counts} (sent {sent}/{total}) {why}")

    def send() -> None:
        window.prepare_demo_message(SELF_TEST_RECIPIENT, "SMSGate", SELF_TEST_TEXT)
        compose = window.compose
        messages, recipients = list(compose.prepared.messages), list(compose.prepared.recipients)
        if len(messages) != 1:
            problem = compose.prepared.problem
            finish(f"the compose panel prepared {len(messages)} messages, not 1: {problem}")
            return
        window._send(messages, recipients)
        if not window.sending:
            finish("the window did not start sending (no worker for the demo account?)")

    window = MainWindow()
    window.send_finished.connect(on_finished)
    window.show()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: finish(f"no result within {timeout_ms / 1000:g} s"))
    timer.start(timeout_ms)
    QTimer.singleShot(0, send)
    app.exec()
    timer.stop()
    error = outcome.get("error", "the event loop ended before the self-test finished")
    if error:
        print(f"self-test FAILED: {error}", file=sys.stderr)
        return 1
    print("self-test OK: 1 message accepted by the demo simulator")
    return 0
