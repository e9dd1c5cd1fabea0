"""The window and `smsgate send` give the same verdict on the same draft, on both interfaces:
both go through usecases.drafts.prepare (issue 11: they used to disagree, e.g. a 4,060-
character text on Full Ascii was accepted by the window and refused by the CLI)."""

from __future__ import annotations

import argparse
from datetime import datetime

import pytest

from smsgate_desktop.cli import BadInput, build_parser
from smsgate_desktop.cli.messages import build_messages
from smsgate_desktop.gui.compose import ComposePanel
from smsgate_desktop.profiles import Profile

NOW = datetime(2026, 11, 30, 12, 0).astimezone()

# (sender, text, number, --type): each is tried on both interfaces
DRAFTS = [
    ("Acme", "Hello", "+39 333 1234567", ""),
    ("Acme", "x" * 4060, "+39 333 1234567", ""),  # fits a Full Ascii line, not a packet
    ("Acme", "x" * 5000, "+39 333 1234567", ""),
    ("Acme", "Ciao 😀", "+39 333 1234567", ""),
    ("Acme", "Ciao 😀", "+39 333 1234567", "UTF"),
    ("Acme", "two\nlines", "+39 333 1234567", ""),
    ("Acme", "nul\x00", "+39 333 1234567", ""),
    ("My-Shop", "Hello", "+39 333 1234567", ""),
    ("Acme", "Hello", "12ab", ""),
    ("Acme", "Hello", "+39 333 1234567", "FL"),
]


def cli_verdict(sender, text, number, sms_type, interface) -> tuple[bool, str]:
    argv = ["send", "--account", "acme", "--interface", interface, "--sender", sender]
    argv += ["--text", text, "--to", number, "--type", sms_type]
    args: argparse.Namespace = build_parser().parse_args(argv)
    try:
        build_messages(args, args.to, NOW)
    except BadInput as exc:
        return False, str(exc)
    return True, ""


def window_verdict(qtbot, sender, text, number, sms_type, interface) -> tuple[bool, str]:
    panel = ComposePanel()
    qtbot.addWidget(panel)
    panel.set_profile(Profile("Test", "acme", "127.0.0.1:2727", interface=interface))
    panel.recipients_edit.setPlainText(number)
    panel.sender_edit.setText(sender)
    panel.text_edit.setPlainText(text)
    panel.type_combo.setCurrentIndex(panel.type_combo.findData(sms_type))
    panel.revalidate()
    return panel.prepared.can_send, panel.prepared.problem


@pytest.mark.parametrize("interface", ["packet", "ascii"])
@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: f"{d[0]}-{d[1][:8]!r}-{d[2]}-{d[3]}")
def test_the_window_and_the_cli_agree(qtbot, draft, interface):
    window_ok, window_problem = window_verdict(qtbot, *draft, interface)
    cli_ok, cli_problem = cli_verdict(*draft, interface)
    assert window_ok == cli_ok, (window_problem, cli_problem)
    if not window_ok and "Recipient" not in window_problem:
        assert cli_problem.startswith(window_problem)


def test_a_long_text_on_full_ascii_is_accepted_by_both():
    assert cli_verdict("Acme", "x" * 4060, "+393331234567", "", "ascii") == (True, "")
    ok, problem = cli_verdict("Acme", "x" * 4060, "+393331234567", "", "packet")
    assert not ok and "4096" in problem
