"""The entry points: `smsgate-desktop` / `python -m smsgate_desktop` and the screenshot run."""

from __future__ import annotations

import runpy

from PySide6.QtGui import QImage

from smsgate_desktop.gui import app


def test_main_sends_a_demo_message_saves_a_screenshot_and_returns_0(qtbot, tmp_path):
    target = tmp_path / "shot.png"
    assert app.main(["--screenshot", str(target)]) == 0
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() > 600 and image.height() > 400


def test_python_dash_m_runs_main(monkeypatch):
    called = []
    monkeypatch.setattr(app, "main", lambda argv=None: called.append(argv) or 0)
    try:
        runpy.run_module("smsgate_desktop", run_name="__main__")
    except SystemExit as exit_:
        assert exit_.code == 0
    assert called == [None]


def test_version_flag(capsys):
    from smsgate_desktop import __version__

    try:
        app.parse_args(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert __version__ in capsys.readouterr().out
