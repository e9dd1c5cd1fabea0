"""What a new office user meets first: the dock, the history tab, quiet validation, one date
format (issue #12's smaller items, each checked the way a person would notice it)."""

from __future__ import annotations

from datetime import UTC, datetime

from gui_helpers import send_and_wait
from PySide6.QtCore import QDateTime, QLocale, Qt

from smsgate_desktop.gui.broadcast_models import shown_time
from smsgate_desktop.gui.compose import ComposePanel
from smsgate_desktop.gui.demo import DemoGateway
from smsgate_desktop.usecases.times import local_text


def test_no_red_error_before_anything_was_typed(qtbot):
    panel = ComposePanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.prepared.problem  # the form is incomplete ...
    assert panel.reason.text() == ""  # ... and says nothing yet
    assert not panel.send_button.isEnabled()
    qtbot.keyClicks(panel.sender_edit, "ACME")
    assert panel.reason.text() != ""  # once touched, what is missing is said


def test_the_log_dock_is_remembered(make_window, qtbot):
    window = make_window(demo=DemoGateway())
    assert window.log_dock.isVisible()
    window.menus.log_action.trigger()  # View > Protocol log
    assert not window.log_dock.isVisible()
    window.close()
    again = make_window(demo=DemoGateway())
    assert not again.log_dock.isVisible()
    again.menus.log_action.trigger()
    assert again.log_dock.isVisible()


def test_tabs_are_reached_from_the_keyboard(make_window, qtbot):
    window = make_window(demo=DemoGateway())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index in (3, 1, 2, 0):
        qtbot.keyClick(window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index


def test_a_single_send_is_in_the_history_at_once(make_window, qtbot):
    window = make_window(demo=DemoGateway())
    qtbot.waitUntil(lambda: window.handle is not None and window.account_panel.credit is not None)
    assert window.broadcasts.history_model.rowCount() == 0
    send_and_wait(qtbot, window, "+39 333 1234567")
    qtbot.waitUntil(lambda: window.broadcasts.history_model.rowCount() == 1)


def test_times_are_shown_in_the_local_zone_in_one_format():
    stored = datetime(2026, 11, 30, 20, 5, tzinfo=UTC).isoformat()
    local = datetime(2026, 11, 30, 20, 5, tzinfo=UTC).astimezone()
    assert local_text(stored) == local.strftime("%Y-%m-%d %H:%M")
    expected = QLocale().toString(
        QDateTime(local.replace(tzinfo=None)), QLocale.FormatType.ShortFormat
    )
    assert shown_time(stored) == expected
    assert shown_time("not a time") == "not a time"


def test_both_schedule_fields_use_the_locale_format(make_window):
    window = make_window(demo=DemoGateway())
    formats = {
        window.compose.schedule_edit.displayFormat(),
        window.broadcasts.schedule_edit.displayFormat(),
    }
    assert formats == {QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)}


def test_the_demo_account_stays_neither_editable_nor_deletable_after_a_send(make_window, qtbot):
    window = make_window(demo=DemoGateway())
    qtbot.waitUntil(lambda: window.handle is not None and window.account_panel.credit is not None)
    send_and_wait(qtbot, window, "+39 333 1234567")
    assert not window.account_panel.edit_button.isEnabled()
    assert not window.account_panel.delete_button.isEnabled()


def test_the_history_tab_charts_what_was_sent_today(make_window, qtbot):
    window = make_window(demo=DemoGateway())
    qtbot.waitUntil(lambda: window.handle is not None and window.account_panel.credit is not None)
    send_and_wait(qtbot, window, "+39 333 1234567, +39 347 7654321")
    window.tabs.setCurrentWidget(window.history_page)
    qtbot.waitUntil(lambda: not window.history_page.chart.is_empty())
    assert window.history_page.chart.summary().startswith("2 sent")


def test_a_landline_is_accepted_with_a_word(qtbot):
    panel = ComposePanel()
    qtbot.addWidget(panel)
    panel.recipients_edit.setPlainText("+39 06 12345678\n+39 333 1234567")
    panel.revalidate()
    texts = [panel.recipients_list.item(i).text() for i in range(panel.recipients_list.count())]
    assert texts[0].startswith("⚠ +39 06 12345678") and "may not receive SMS" in texts[0]
    assert texts[1] == "✓ +39 333 1234567"
    assert sum(entry.parts is not None for entry in panel.prepared.entries) == 2  # both kept
