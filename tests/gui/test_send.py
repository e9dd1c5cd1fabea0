"""Compose -> Send -> results, against the simulator, and what is refused before sending."""

from __future__ import annotations

from datetime import datetime, timedelta

from gui_helpers import SIGNAL_TIMEOUT, Recorder, compose, send_and_wait, wait_logged_in
from PySide6.QtCore import QDateTime, Qt

from smsgate_desktop.simulator.accounts import Account


def test_demo_send_is_accepted_and_credit_goes_down(qtbot, demo_window):
    window = demo_window
    wait_logged_in(qtbot, window)
    assert window.account_panel.credit == 1000

    _, sent, total, why = send_and_wait(qtbot, window, "+39 333 1234567\n347 765 4321")

    assert (sent, total, why) == (2, 2, "")
    rows = window.results.model.rows
    assert [(r.recipient, r.outcome, r.credit) for r in rows] == [
        ("+39 333 1234567", "accepted", 999),
        ("+39 347 7654321", "accepted", 998),
    ]
    qtbot.waitUntil(lambda: window.credit_label.text() == "Credit: 998")
    assert window.account_panel.balance_label.text() == "Credit: 998"
    assert window.demo.simulator.account("demo").credit == 998
    assert window.results.summary.text() == "Last send: 2 accepted, 0 rejected, 0 unknown."


def test_ctrl_enter_sends_from_the_text_box(qtbot, demo_window):
    window = demo_window
    wait_logged_in(qtbot, window)
    panel = compose(window, "+39 333 1234567", "Sent with the keyboard")
    panel.text_edit.setFocus()
    with qtbot.waitSignal(window.send_finished, timeout=SIGNAL_TIMEOUT):
        qtbot.keyClick(panel.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.results.model.rows[0].outcome == "accepted"
    assert panel.text_edit.toPlainText() == "Sent with the keyboard"  # no newline typed
    assert window.demo.simulator.sent[-1].fields["TextMessage"] == "Sent with the keyboard"


def test_invalid_number_disables_send_with_the_reason(qtbot, demo_window):
    panel = compose(demo_window, "+39 333 1234567\n+39 12")
    assert not panel.send_button.isEnabled()
    assert panel.reason.text() == "Recipient '+39 12' is not valid: too short."
    items = [panel.recipients_list.item(i).text() for i in range(panel.recipients_list.count())]
    assert items == ["✓ +39 333 1234567", "✗ +39 12 — too short (line 2, column 1)"]

    compose(demo_window, "+39 333 1234567")
    assert panel.send_button.isEnabled()
    assert panel.reason.text() == ""


def test_pasted_list_is_normalised_and_costs_one_credit_per_recipient(demo_window):
    panel = compose(demo_window, "0039 333 1234567; 3477654321,\t+39 320 111 2223", "Ciao")
    assert panel.prepared.recipients == ["+39 333 1234567", "+39 347 7654321", "+39 320 1112223"]
    assert "4 characters · GSM-7 · 1 part · costs 3 credits" in panel.counter.text()


def test_text_that_plain_encoding_cannot_carry_offers_utf(qtbot, demo_window):
    panel = compose(demo_window, "+39 333 1234567", "Ciao 😀 a tutti")
    assert not panel.send_button.isEnabled()
    assert "switch the type to UTF" in panel.reason.text()
    assert "'😀' at position 6" in panel.reason.text()
    assert panel.utf_button.isVisibleTo(panel)
    assert "UCS-2" in panel.counter.text()

    qtbot.mouseClick(panel.utf_button, Qt.MouseButton.LeftButton)

    assert panel.type_combo.currentData() == "UTF"
    assert panel.send_button.isEnabled()
    assert not panel.utf_button.isVisibleTo(panel)


def test_ucs2_characters_are_counted_and_highlighted(demo_window):
    panel = compose(demo_window, "+39 333 1234567", "Prezzo: 5 â")  # â: Latin-9 yes, GSM-7 no
    assert panel.send_button.isEnabled()
    assert "UCS-2" in panel.counter.text()
    assert "'â' at 11" in panel.utf_note.text()
    block = panel.text_edit.document().firstBlock()
    formats = block.layout().formats()
    assert [(f.start, f.length) for f in formats] == [(10, 1)]


def test_over_long_text_is_refused_before_sending(demo_window):
    panel = compose(demo_window, "+39 333 1234567", "x" * 5000)
    assert not panel.send_button.isEnabled()
    assert panel.reason.text().startswith("The text is too long")
    assert "4096" in panel.reason.text()


def test_line_break_in_text_is_refused_and_replaced_by_a_space_in_one_click(demo_window):
    panel = compose(demo_window, "+39 333 1234567", "two\nlines\tand a tab")
    assert not panel.send_button.isEnabled()
    assert "line break at position 4" in panel.reason.text()
    assert panel.fix_text_button.isVisible()
    assert panel.fix_text_button.text() == "Replace line breaks with spaces"

    panel.fix_text_button.click()

    assert panel.text_edit.toPlainText() == "two lines and a tab"
    assert panel.send_button.isEnabled() and not panel.fix_text_button.isVisible()
    panel.text_edit.undo()  # one edit: the person can take it back
    assert panel.text_edit.toPlainText() == "two\nlines\tand a tab"


def test_pasted_control_characters_are_named_and_removed_in_one_click(demo_window):
    panel = compose(demo_window, "+39 333 1234567", "a\x00b\x1bc\x00\nd")
    assert not panel.send_button.isEnabled()
    assert panel.reason.text() == (
        "The text contains the control character ␀ at position 2 (and 3 more); the "
        "gateway's protocol cannot carry it."
    )
    assert panel.fix_text_button.text() == "Remove the control characters ␀ ␛ ␊"
    panel.fix_text_button.click()
    assert panel.text_edit.toPlainText() == "abc d"
    assert panel.send_button.isEnabled()


def test_scheduled_send_carries_the_gateway_twelve_hour_fields(qtbot, demo_window):
    window = demo_window
    wait_logged_in(qtbot, window)
    panel = compose(window, "+39 333 1234567")
    when = (datetime.now() + timedelta(days=2)).replace(hour=19, minute=25, second=0)
    panel.schedule_box.setChecked(True)
    panel.schedule_edit.setDateTime(QDateTime(when))
    panel.revalidate()
    assert "gateway time (Europe/Rome)" in panel.schedule_note.text()

    with qtbot.waitSignal(window.send_finished, timeout=SIGNAL_TIMEOUT):
        panel.send()

    fields = window.demo.simulator.sent[-1].fields
    rome = when.astimezone().astimezone(__import__("zoneinfo").ZoneInfo("Europe/Rome"))
    assert fields["SmsHour"] == f"{rome.hour % 12 or 12:02d}"
    assert fields["SmsMinute"] == "25"
    assert fields["SmsAmPm"] == ("PM" if rome.hour >= 12 else "AM")


def test_options_travel_with_the_message(qtbot, demo_window):
    window = demo_window
    wait_logged_in(qtbot, window)
    panel = compose(window, "+39 333 1234567")
    panel.validity_spin.setValue(1440)
    panel.delivery_box.setChecked(True)
    panel.notification_edit.setText("office@example.com")
    panel.reference_edit.setText("AB10000123")
    with qtbot.waitSignal(window.send_finished, timeout=SIGNAL_TIMEOUT):
        panel.send()
    fields = window.demo.simulator.sent[-1].fields
    assert fields["SmsValidity"] == "1440"
    assert fields["Delivery"] == "1"
    assert fields["Notification"] == "mailto:office@example.com"
    assert fields["SmsRef"] == "AB10000123"


def test_err_86_locked_recipient_in_plain_words(qtbot, real_window):
    window, _ = real_window(locked_recipients={"+393331234567"})
    send_and_wait(qtbot, window, "+39 333 1234567\n+39 347 7654321")
    first, second = window.results.model.rows
    assert first.outcome == "rejected"
    assert first.details == (
        "This recipient is blocked for your account; the message was not sent. [86] "
        "(gateway said: -ERR 86 Recipient Locked From Account!)"
    )
    assert second.outcome == "accepted"


def test_err_99_when_credit_runs_out_mid_send(qtbot, real_window):
    window, sim = real_window([Account("acme", "s3cret-pw", credit=1)])
    *_, why = send_and_wait(qtbot, window, "+39 333 1234567\n+39 347 7654321\n+39 320 1112223")
    rows = window.results.model.rows
    assert (rows[0].outcome, rows[0].credit) == ("accepted", 0)
    # The gateway refused the second for credit and closed; nothing logs in again (it would
    # be refused with 99 too): that one and the next are not sent, and `why` says so.
    assert why == (
        "Credit exhausted: 1 of 3 sent, 2 not sent. Top up the account, then send the rest again."
    )
    assert [(row.outcome, row.details) for row in rows[1:]] == [("not sent", why)] * 2
    assert sim.account("acme").credit == 0
    assert sim.gateway._connections == 1


def test_err_99_at_login_says_credit_exhausted(qtbot, real_window):
    window, _ = real_window([Account("acme", "s3cret-pw", credit=0)])
    qtbot.waitUntil(lambda: window.account_panel.message_label.text() != "")
    assert window.account_panel.message_label.text() == (
        "Credit exhausted: the gateway refuses the login while the account has no credit "
        "left. Top up the account, then press Refresh."
    )
    assert window.account_panel.balance_label.text() == "Credit: 0"


def test_err_101_second_session_is_shown_with_its_code(qtbot, real_window, simulator):
    from smsgate_desktop.session import GatewaySession, SessionConfig
    from smsgate_desktop.session.transport import Endpoint

    window, sim = real_window()
    wait_logged_in(qtbot, window)
    window.handle.stop_requested.emit()  # our session ends; another program takes the account
    qtbot.waitUntil(lambda: not sim.has_session("acme"))
    other = GatewaySession(
        SessionConfig("acme", "s3cret-pw", primary=Endpoint(sim.host, sim.port), backup=None)
    )
    other.open()
    try:
        failures = Recorder(window.handle.worker.failed)
        window.refresh()
        (text,) = failures.wait(qtbot)
        assert "[101]" in text
        assert "Another session is already open for this account" in text
        qtbot.waitUntil(lambda: "[101]" in window.account_panel.message_label.text())
        assert "Traceback" not in window.account_panel.message_label.text()
    finally:
        other.close()
