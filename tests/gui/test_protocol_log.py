"""The protocol log panel: exact lines, masked passwords, colours, filter, copy, save, cap."""

from __future__ import annotations

from gui_helpers import log_texts, send_and_wait, wait_logged_in
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from smsgate_desktop.gui.protocol_log import ERROR_COLOUR, LogModel, ProtocolLogPanel
from smsgate_desktop.gui.worker import LogLine


def test_full_ascii_lines_are_exact_and_the_password_masked(qtbot, real_window):
    window, sim = real_window(interface="ascii")
    wait_logged_in(qtbot, window)
    send_and_wait(qtbot, window, "+39 333 1234567", "Hi")

    lines = log_texts(window)
    assert lines[:9] == [
        f"← +OK 01 [Connection 1 With {sim.host}]",
        "→ Account=acme",
        "← +OK 01",
        "→ Password=********",
        "← +OK 01 1000 [ID ACCOUNT: 0001 STATUS: Active]",
        "→ SmsQuery=Balance",
        "← +OK 01 [1000]",
        "→ SmsQuery=Status",
        "← +OK 01 [Active]",
    ]
    assert "→ Sender=ACME" in lines
    assert "→ TextMessage=Hi" in lines
    assert "→ SendSMS=OKSEND" in lines
    assert lines[-1].startswith("← +OK 01 999 [SMS SEND MESSAGE TO: +393331234567 - ")
    assert not any("s3cret-pw" in line for line in lines)


def test_packet_login_shows_control_characters_and_masks_the_password(qtbot, real_window):
    window, _ = real_window(interface="packet")
    wait_logged_in(qtbot, window)
    send_and_wait(qtbot, window, "+39 333 1234567", "Hi")

    lines = log_texts(window)
    assert lines[1] == "→ ␁acme␂********␄OKSEND␅␆"
    assert "→ ␃ACME␃+39␃333␃1234567␃Hi" + "␃" * 15 + "␄OKSEND␅␆" in lines
    assert not any("s3cret-pw" in line for line in lines)


def test_err_lines_are_coloured_and_the_filter_finds_them(qtbot, real_window):
    window, _ = real_window(locked_recipients={"+393331234567"})
    send_and_wait(qtbot, window, "+39 333 1234567\n+39 347 7654321")
    panel = window.log_panel

    colours = [
        panel.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        for row in range(panel.model.rowCount())
    ]
    errors = [row for row, brush in enumerate(colours) if brush and brush.color() == ERROR_COLOUR]
    assert [panel.model.line(row).text for row in errors] == [
        "-ERR 86 [Recipient Locked From Account!]"
    ]

    qtbot.keyClicks(panel.filter_edit, "err 86")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data().endswith("← -ERR 86 [Recipient Locked From Account!]")
    panel.copy()
    assert QGuiApplication.clipboard().text().endswith("-ERR 86 [Recipient Locked From Account!]")


def test_ctrl_l_focuses_the_filter(qtbot, demo_window):
    demo_window.compose.text_edit.setFocus()
    demo_window.activateWindow()
    qtbot.keyClick(demo_window.compose.text_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo_window.log_panel.filter_edit.hasFocus())


def test_save_writes_every_line_and_clear_empties(qtbot, demo_window, tmp_path):
    wait_logged_in(qtbot, demo_window)
    panel = demo_window.log_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 7)
    target = tmp_path / "log.txt"
    panel.save(target)
    saved = target.read_text(encoding="utf-8").splitlines()
    assert len(saved) == panel.model.rowCount()
    assert saved[1].endswith("→ ␁demo␂********␄OKSEND␅␆")

    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0


def test_pause_autoscroll_keeps_the_view_where_it_is(qtbot):
    panel = ProtocolLogPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 200)
    panel.show()
    panel.append_lines([LogLine(0.0, "→", f"line {i}") for i in range(500)])
    bar = panel.view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    panel.pause_box.setChecked(True)
    bar.setValue(0)
    panel.append_lines([LogLine(0.0, "←", "+OK 01")])
    assert bar.value() == 0


def test_model_keeps_only_the_newest_lines():
    model = LogModel(max_lines=100)
    for batch in range(25):
        model.append_lines([LogLine(0.0, "→", f"{batch}-{i}") for i in range(10)])
    assert model.rowCount() <= 100
    assert model.line(model.rowCount() - 1).text == "24-9"
    assert model.line(0).text.startswith(("15-", "16-", "17-"))
