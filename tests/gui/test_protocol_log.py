"""The protocol log panel: exact lines, masked passwords, colours, filter, copy, save, cap."""

from __future__ import annotations

import time

from gui_helpers import log_texts, send_and_wait, wait_logged_in
from PySide6.QtCore import QItemSelectionModel, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette

from smsgate_desktop.gui.protocol_log import (
    CONTROL_COLOUR,
    ERROR_COLOUR,
    LogModel,
    ProtocolLogPanel,
    control_spans,
)
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
    assert lines[1] == "→ <SOH>acme<STX>********<EOT>OKSEND<ENQ><ACK>"
    etx = "<ETX>"
    assert f"→ {etx}ACME{etx}+39{etx}333{etx}1234567{etx}Hi{etx * 15}<EOT>OKSEND<ENQ><ACK>" in lines
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
    assert saved[1].endswith("→ <SOH>demo<STX>********<EOT>OKSEND<ENQ><ACK>")

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


def test_a_double_click_on_a_line_opens_no_editor(qtbot):
    # The items are left editable (one call less per line during a send): the view is not.
    panel = ProtocolLogPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 200)
    panel.show()
    panel.append_lines([LogLine(0.0, "→", "SEND 1")])
    rect = panel.view.visualRect(panel.view.model().index(0, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.view.state() != panel.view.State.EditingState
    assert panel.model.line(0).text == "SEND 1"


def test_model_keeps_only_the_newest_lines():
    model = LogModel(max_lines=100)
    for batch in range(25):
        model.append_lines([LogLine(0.0, "→", f"{batch}-{i}") for i in range(10)])
    assert model.rowCount() <= 100
    assert model.line(model.rowCount() - 1).text == "24-9"
    assert model.line(0).text.startswith(("15-", "16-", "17-"))


def test_control_spans_cut_a_line_at_each_shown_control_character():
    assert control_spans("<SOH>acme<STX>**<EOT><ENQ><ACK>") == [
        ("<SOH>", True),
        ("acme", False),
        ("<STX>", True),
        ("**", False),
        ("<EOT><ENQ><ACK>", True),
    ]
    assert control_spans("+OK 01 <b> <SOHO>") == [("+OK 01 <b> <SOHO>", False)]
    assert control_spans("") == []


def colour_pixels(image: QImage, rect: QRect, colour: QColor) -> int:
    """How many pixels of `rect` in `image` are `colour`, give or take antialiasing."""
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if all(
                abs(a - b) <= 24
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
            ):
                count += 1
    return count


def test_control_characters_are_drawn_in_their_own_colour_and_copied_as_text(qtbot):
    panel = ProtocolLogPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 200)
    panel.show()
    qtbot.waitExposed(panel)
    panel.append_lines(
        [
            LogLine(0.0, "←", "+OK 01 [1000] <not a control>"),
            LogLine(0.0, "←", "<SOH>demo<STX><ETX><ETX><ETX><EOT>OK<ACK>"),
        ]
    )
    image = panel.view.viewport().grab().toImage()
    plain_row, control_row = (panel.view.visualRect(panel.proxy.index(row, 0)) for row in (0, 1))
    assert colour_pixels(image, control_row, CONTROL_COLOUR) > 20
    assert colour_pixels(image, plain_row, CONTROL_COLOUR) == 0
    # The rest of the line is still drawn, in the ordinary text colour.
    text_colour = panel.view.palette().color(QPalette.ColorRole.Text)
    assert colour_pixels(image, control_row, text_colour) > 20

    panel.view.selectionModel().select(
        panel.proxy.index(1, 0), QItemSelectionModel.SelectionFlag.Select
    )
    panel.copy()
    assert QGuiApplication.clipboard().text() == (
        "00:00:00.000 ← <SOH>demo<STX><ETX><ETX><ETX><EOT>OK<ACK>".replace(
            "00:00:00", time.strftime("%H:%M:%S", time.localtime(0.0))
        )
    )


def test_while_lines_pour_in_qt_draws_them_plain_and_styles_them_once_calm(qtbot):
    panel = ProtocolLogPanel()
    qtbot.addWidget(panel)
    panel.show()
    styling = panel.styling
    panel.append_lines([LogLine(0.0, "→", "<SOH>demo<STX>")] * 5)
    assert panel.view.itemDelegate() is styling.styled  # a login's worth: styled
    styling.calm.setInterval(20)
    panel.append_lines([LogLine(0.0, "→", f"<ETX>{n}<ETX>") for n in range(200)])
    assert styling.busy
    assert panel.view.itemDelegate() is styling.plain
    qtbot.waitUntil(lambda: not styling.busy)
    assert panel.view.itemDelegate() is styling.styled
