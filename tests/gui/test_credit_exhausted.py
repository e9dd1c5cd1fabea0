"""-ERR 99 (no credit left) in the window, against the simulator: a broadcast larger than the
credit stops at once with the counts, the rest pending for Resume, the credit shown 0, the
rate and the time left gone, and no login after the refusal (nor a misleading "Login refused").
The same for a send from the Message tab, and for a login refused because the credit is 0."""

from __future__ import annotations

import pytest
from gui_helpers import SIGNAL_TIMEOUT, log_texts, profile_for, send_and_wait, wait_logged_in
from PySide6.QtWidgets import QMessageBox

from smsgate_desktop import config
from smsgate_desktop.profiles import ProfileBook
from smsgate_desktop.simulator.accounts import Account

LONG_TIMEOUT = 60_000


@pytest.fixture(autouse=True)
def yes(monkeypatch):
    """Every confirmation is answered Yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def numbers(count: int) -> str:
    return "\n".join(f"+39 333 {1000000 + i}" for i in range(count))


def fill(panel, count: int) -> None:
    panel.numbers_edit.setPlainText(numbers(count))
    panel.sender_edit.setText("ACME")
    panel.text_edit.setPlainText("Hello")


def logins(window) -> int:
    """Login requests in the protocol log (the Packets login starts with Chr(1))."""
    return sum(1 for line in log_texts(window) if line.startswith("→ <SOH>acme"))


def run(qtbot, panel, start) -> tuple[int, dict, str]:
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as finished:
        assert start() is not None, panel.notice.text()
    return tuple(finished.args)


def test_a_broadcast_larger_than_the_credit_stops_with_the_counts(qtbot, real_window):
    window, sim = real_window(accounts=[Account("acme", "s3cret-pw", credit=5)])
    wait_logged_in(qtbot, window)
    panel = window.broadcasts
    fill(panel, 8)

    broadcast_id, report, why = run(qtbot, panel, panel.send)

    sentence = "Credit exhausted: 5 of 8 sent, 3 not sent. Top up the account, then press Resume."
    assert why == sentence
    assert report["state"] == "interrupted" and report["credit_exhausted"]
    assert (report["counts"]["sent"], report["counts"]["pending"]) == (5, 3)
    assert report["counts"]["failed"] == report["counts"]["unknown"] == 0
    assert len(sim.sent) == 5
    assert panel.notice.text() == sentence
    # The run is over: the counts stay, a rate and a time left would be stale.
    assert panel.progress_label.text() == "pending 3, sent 5"
    assert not panel.progress_bar.isVisible()
    # The account strip: credit 0 and the same sentence, never "Login refused".
    qtbot.waitUntil(lambda: window.account_panel.balance_label.text() == "Credit: 0")
    assert window.credit_label.text() == "Credit: 0"
    assert window.account_panel.message_label.text() == sentence
    assert "Login refused" not in window.statusBar().currentMessage()
    assert window.state_label.text() == "Disconnected"
    assert panel.resume_button.isEnabled()  # the broadcast stays selected, resumable
    assert logins(window) == 1  # the opening one; the broadcast shared its session

    # Topped up, Resume sends the three left, on one new login: nothing logged in between
    # (a balance asked after the run would have been refused and counted here).
    sim.account("acme").credit = 10
    assert panel.selected_id == broadcast_id
    _, report, why = run(qtbot, panel, panel.resume)
    assert why == "" and report["state"] == "done"
    assert report["counts"]["sent"] == 8
    assert sorted(s.fields["PhoneNumber"] for s in sim.sent) == [str(1000000 + i) for i in range(8)]
    assert sim.gateway._connections == 2
    qtbot.waitUntil(lambda: window.credit_label.text() == "Credit: 7", timeout=SIGNAL_TIMEOUT)
    assert logins(window) == 2


def test_a_send_from_the_message_tab_larger_than_the_credit(qtbot, real_window):
    window, sim = real_window(accounts=[Account("acme", "s3cret-pw", credit=2)])
    wait_logged_in(qtbot, window)

    _, sent, total, why = send_and_wait(qtbot, window, numbers(4).replace("\n", ", "))

    assert (sent, total) == (2, 4)

    assert why == (
        "Credit exhausted: 2 of 4 sent, 2 not sent. Top up the account, then send the rest again."
    )
    assert len(sim.sent) == 2
    assert window.results.summary_text() == (
        "Last send: 2 accepted, 0 rejected, 0 unknown, 2 not sent."
    )
    qtbot.waitUntil(lambda: window.credit_label.text() == "Credit: 0")
    assert window.account_panel.message_label.text() == why
    assert logins(window) == 1
    assert sim.gateway._connections == 1


def test_a_login_refused_for_credit_shows_credit_0(qtbot, make_window, simulator):
    """E.g. the window started again after a broadcast used the credit up."""
    sim = simulator([Account("acme", "s3cret-pw", credit=0)])
    profile = profile_for(sim)
    config.set_password(profile.account, profile.keyring_host, "s3cret-pw")
    asked = []
    window = make_window(
        book=ProfileBook([profile], profile.name),
        password_prompt=lambda *a, **k: asked.append(a) or None,
    )

    qtbot.waitUntil(lambda: window.account_panel.balance_label.text() == "Credit: 0")
    panel = window.account_panel
    qtbot.waitUntil(lambda: panel.message_label.text() != "")
    assert panel.message_label.text().startswith("Credit exhausted: ")
    assert "Login refused" not in panel.message_label.text()
    assert window.credit_label.text() == "Credit: 0"
    assert asked == []  # not a password problem: nothing asks for one
    assert sim.gateway._connections == 1


@pytest.mark.parametrize("stop", ["pause", "cancel"])
def test_every_stop_clears_the_rate_and_the_time_left(qtbot, real_window, stop):
    window, _ = real_window(latency_ms=5)
    wait_logged_in(qtbot, window)
    panel = window.broadcasts
    fill(panel, 200)

    def start_then_stop():
        broadcast_id = panel.send()
        qtbot.waitUntil(lambda: "msg/s" in panel.progress_label.text(), timeout=SIGNAL_TIMEOUT)
        getattr(panel, stop)()
        return broadcast_id

    _, report, _ = run(qtbot, panel, start_then_stop)

    assert report["state"] == {"pause": "paused", "cancel": "cancelled"}[stop]
    text = panel.progress_label.text()
    assert text and "msg/s" not in text and "left" not in text
    assert not panel.progress_bar.isVisible()
