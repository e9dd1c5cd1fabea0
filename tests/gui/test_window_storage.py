"""The local database fails (disk full, locked): a dialog with one clear sentence, the window
keeps running, nothing is repeated, and a broadcast resumes once the disk has room again.

The disk is "full" deterministically: a journal function raises what the store raises on a
full disk (store.errors.from_sqlite of SQLite's own error), in whichever thread calls it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest
from gui_helpers import SIGNAL_TIMEOUT, send_and_wait, wait_logged_in
from PySide6.QtWidgets import QMessageBox

from smsgate_desktop.gui.failure_dialog import DIALOG_NAME
from smsgate_desktop.store import errors as store_errors
from smsgate_desktop.store import journal, open_store
from smsgate_desktop.store.db import default_path

LONG_TIMEOUT = 60_000


class FullDisk:
    """Patch `owner.<name>` (a function of journal, or a method) to fail as on a full disk
    once it was called `after` times, until `free()`."""

    def __init__(self, monkeypatch, name: str, after: int = 0, owner: object = journal) -> None:
        self.real = getattr(owner, name)
        self.calls = 0
        self.after = after
        self.full = True

        def patched(*args, **kwargs):  # a function: bound like the method it replaces
            return self(*args, **kwargs)

        monkeypatch.setattr(owner, name, patched)

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.full and self.calls > self.after:
            raise store_errors.from_sqlite(
                sqlite3.OperationalError("database or disk is full"), default_path()
            )
        return self.real(*args, **kwargs)

    def free(self) -> None:
        self.full = False


@pytest.fixture
def yes(monkeypatch):
    """Every question is answered Yes (the broadcast's confirmation)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)


def storage_box(window) -> QMessageBox | None:
    return window.findChild(QMessageBox, DIALOG_NAME)


def numbers(count: int) -> str:
    return "\n".join(f"+39 333 {1000000 + i}" for i in range(count))


def test_disk_full_mid_broadcast_shows_a_dialog_and_resume_finishes_it(
    qtbot, real_window, monkeypatch, yes
):
    window, sim = real_window(latency_ms=2)
    wait_logged_in(qtbot, window)
    panel = window.broadcasts
    panel.numbers_edit.setPlainText(numbers(40))
    panel.sender_edit.setText("ACME")
    panel.text_edit.setPlainText("Hello")
    # The 11th reply cannot be recorded (the run's records file, then the journal).
    disk = FullDisk(monkeypatch, "sent", after=10, owner=journal.Recorder)

    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        broadcast_id = panel.send()
    _, report, why = blocker.args

    assert why.startswith("The disk holding the data folder ")
    assert "is full. The broadcast stopped: nothing further was sent" in why
    box = storage_box(window)
    assert box is not None and box.isVisible() and box.text() == why
    assert panel.notice.text() == why
    assert window.isVisible() and not window.sending
    assert len(sim.sent) == 11  # the 11th was accepted; the journal could not say so

    box.close()
    disk.free()
    qtbot.waitUntil(lambda: panel.resume_button.isEnabled(), timeout=SIGNAL_TIMEOUT)
    panel.select_broadcast(broadcast_id)
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        assert panel.resume()
    _, report, why = blocker.args
    assert why == ""
    assert report["counts"]["sent"] == 39
    assert report["counts"]["unknown"] == 1  # accepted, unrecorded: asked about, not resent
    sent = Counter(message.fields["PhoneNumber"] for message in sim.sent)
    assert len(sent) == 40 and max(sent.values()) == 1  # nobody got it twice
    assert not storage_box(window).isVisible()


def test_disk_full_when_a_single_send_is_journalled_nothing_leaves(qtbot, real_window, monkeypatch):
    window, sim = real_window()
    wait_logged_in(qtbot, window)
    disk = FullDisk(monkeypatch, "insert_broadcast")

    _, sent, total, why = send_and_wait(qtbot, window, "+39 333 1234567")

    assert (sent, total) == (0, 1)
    assert why.startswith("The disk holding the data folder ")
    assert why.endswith(
        "Sending stopped: nothing further was sent (the Broadcast tab's history lists what was)."
    )
    qtbot.waitUntil(lambda: storage_box(window) is not None, timeout=SIGNAL_TIMEOUT)
    assert storage_box(window).text() == why
    assert sim.sent == []

    storage_box(window).close()
    disk.free()
    _, sent, total, why = send_and_wait(qtbot, window, "+39 333 1234567")
    assert (sent, total, why) == (1, 1, "")


def test_a_store_failure_in_the_panel_is_a_notice_and_a_dialog_not_a_traceback(
    qtbot, real_window, monkeypatch, yes
):
    window, sim = real_window()
    wait_logged_in(qtbot, window)
    panel = window.broadcasts
    panel.numbers_edit.setPlainText(numbers(3))
    panel.sender_edit.setText("ACME")
    panel.text_edit.setPlainText("Hello")
    disk = FullDisk(monkeypatch, "insert_broadcast")  # the panel creates it, GUI thread

    assert panel.send() is None
    assert panel.notice.text().endswith("Nothing was changed; try again once this is solved.")
    assert storage_box(window).isVisible()
    assert sim.sent == [] and panel.running_id is None

    disk.free()
    storage_box(window).close()
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        assert panel.send() is not None
    assert blocker.args[1]["counts"]["sent"] == 3
    conn = open_store()
    try:
        assert len(journal.list_broadcasts(conn)) == 1
    finally:
        conn.close()


def test_a_damaged_database_at_start_is_a_dialog_and_the_window_still_sends(
    qtbot, make_window, simulator, data_dir
):
    from gui_helpers import profile_for

    from smsgate_desktop import config
    from smsgate_desktop.profiles import ProfileBook

    data_dir.mkdir(parents=True, exist_ok=True)
    damaged = default_path()
    damaged.write_bytes(b"this is not a database, just what a bad disk left" * 100)
    sim = simulator()
    profile = profile_for(sim)
    config.set_password(profile.account, profile.keyring_host, "s3cret-pw")
    window = make_window(book=ProfileBook([profile], profile.name))

    qtbot.waitUntil(lambda: storage_box(window) is not None, timeout=SIGNAL_TIMEOUT)
    text = storage_box(window).text()
    assert text.startswith(f"The local database {damaged} is damaged (")
    assert text.endswith("kept in a temporary folder and then forgotten.")
    assert window.db_path != damaged
    storage_box(window).close()
    wait_logged_in(qtbot, window)
    _, sent, total, why = send_and_wait(qtbot, window, "+39 333 1234567")
    assert (sent, total, why) == (1, 1, "")
    assert damaged.read_bytes().startswith(b"this is not a database")  # left as it was
