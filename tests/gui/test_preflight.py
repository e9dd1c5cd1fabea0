"""Before the QApplication: a missing X11 library is one clear sentence and an apt-get line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smsgate_desktop.gui import app, preflight

ROOT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}
# What ldd says about the plugin on a desktop that lacks two of the libraries (Debian 12).
LDD_OUTPUT = """\
/opt/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffc1c3f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f3a1c9e1000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f3a1c9b6000)
/opt/PySide6/Qt/lib/libQt6XcbQpa.so.6:
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibQt6Gui.so.6 => not found
"""
EXPECTED = (
    "SMSGate cannot open its window: Qt's X11 platform plugin (xcb) needs system libraries "
    "this computer lacks: libxcb-icccm.so.4, libxcb-keysyms.so.1.\n"
    "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
)


@pytest.fixture
def fake_ldd(monkeypatch) -> list[list[str]]:
    """ldd answers LDD_OUTPUT; the paths it was asked about are recorded."""
    asked: list[list[str]] = []
    monkeypatch.setattr(preflight, "ldd_available", lambda: True)
    monkeypatch.setattr(preflight, "run_ldd", lambda paths: asked.append(list(paths)) or LDD_OUTPUT)
    return asked


def test_ldd_output_gives_the_missing_libraries_once_each_and_not_qts_own():
    assert preflight.parse_ldd(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert preflight.parse_ldd("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n") == []
    assert preflight.parse_ldd("") == []


def test_the_message_is_one_sentence_and_the_exact_install_line():
    assert preflight.message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]) == EXPECTED
    single = preflight.message(["libxcb-cursor.so.0"])
    assert single.splitlines() == [
        "SMSGate cannot open its window: Qt's X11 platform plugin (xcb) needs a system library "
        "this computer lacks: libxcb-cursor.so.0.",
        "sudo apt-get install libxcb-cursor0",
    ]


def test_a_library_without_a_known_package_is_named_by_its_soname():
    text = preflight.message(["libxcb-util.so.1", "libxcb-frob.so.7"])
    sentence, apt = text.splitlines()
    assert "libxcb-util.so.1, libxcb-frob.so.7" in sentence
    assert "for libxcb-frob.so.7: find the package with `apt-file search`" in sentence
    assert apt == "sudo apt-get install libxcb-util1"  # a soname is no package name
    assert len(preflight.message(["libxcb-frob.so.7"]).splitlines()) == 1


def test_every_known_soname_has_its_debian_package():
    packages, unknown = preflight.packages_for(list(preflight.PACKAGES))
    assert unknown == []
    assert len(packages) == len(set(packages)) == len(preflight.PACKAGES)
    assert preflight.PACKAGES["libxkbcommon-x11.so.0"] == "libxkbcommon-x11-0"
    assert preflight.PACKAGES["libX11-xcb.so.1"] == "libx11-xcb1"


@pytest.mark.parametrize(
    ("environ", "argv", "platform", "xcb"),
    [
        (X11, [], "linux", True),
        ({**X11, "QT_QPA_PLATFORM": "xcb"}, [], "linux", True),
        ({**X11, "QT_QPA_PLATFORM": "xcb:nograb"}, [], "linux", True),
        ({**X11, "QT_QPA_PLATFORM": "offscreen"}, [], "linux", False),
        ({**X11, "QT_QPA_PLATFORM": "wayland"}, [], "linux", False),
        ({**X11, "QT_QPA_PLATFORM": "minimal"}, [], "linux", False),
        ({**X11, "QT_QPA_PLATFORM": "wayland;xcb"}, [], "linux", False),
        ({**X11, "XDG_SESSION_TYPE": "wayland"}, [], "linux", False),
        ({**X11, "WAYLAND_DISPLAY": "wayland-0"}, [], "linux", False),
        ({**X11, "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, [], "linux", True),
        ({**X11, "XDG_SESSION_TYPE": "x11"}, [], "linux", True),
        ({**X11, "QT_QPA_PLATFORM": "offscreen"}, ["-platform", "xcb"], "linux", True),
        (X11, ["-platform", "offscreen"], "linux", False),
        ({}, [], "linux", False),  # no X display: nothing to check against
        (X11, [], "win32", False),
        (X11, [], "darwin", False),
    ],
)
def test_only_an_x11_start_is_checked(environ, argv, platform, xcb):
    assert preflight.uses_xcb(environ, argv, platform) is xcb


def test_check_asks_ldd_about_the_plugin_and_answers_the_message(fake_ldd):
    assert preflight.check([], X11) == EXPECTED
    [paths] = fake_ldd
    assert paths[0].endswith("platforms/libqxcb.so")
    assert "libQt6XcbQpa.so" in paths[1]
    assert preflight.check([], {**X11, "QT_QPA_PLATFORM": "offscreen"}) is None
    assert len(fake_ldd) == 1  # offscreen: ldd not even run


def test_main_exits_3_with_the_message_before_any_qt_application(fake_ldd, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    made = []
    monkeypatch.setattr(app, "QApplication", lambda *args: made.append(args))
    monkeypatch.setattr(app, "MainWindow", lambda *args: made.append(args))

    assert app.main([]) == preflight.EXIT_MISSING_LIBRARIES == 3
    assert made == []
    assert capsys.readouterr().err == EXPECTED + "\n"


def test_a_missing_library_never_reaches_qts_abort(tmp_path):
    """The real entry point in a real process, on an X display that does not exist: had it
    created the QApplication, Qt would have aborted (SIGABRT) instead of exiting 3."""
    script = textwrap.dedent(
        f"""
        import sys
        from smsgate_desktop.gui import app, preflight
        preflight.ldd_available = lambda: True
        preflight.run_ldd = lambda paths: {LDD_OUTPUT!r}
        sys.exit(app.main([]))
        """
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "WAYLAND_DISPLAY")
    }
    env.update(DISPLAY=":99", SMSGATE_DATA_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    assert done.stderr.strip().endswith(EXPECTED)


def test_this_machine_has_every_library_the_plugin_needs():
    """The real ldd, on PySide6's real plugin (the test machine has Qt's X11 libraries)."""
    paths = preflight.xcb_libraries()
    assert [path.name for path in paths][:1] == ["libqxcb.so"]
    assert "not found" not in preflight.run_ldd(["/nonexistent/libnothing.so"])
    assert preflight.missing_libraries(paths) == []


def test_without_ldd_the_loader_is_asked_library_by_library(monkeypatch):
    monkeypatch.setattr(preflight, "ldd_available", lambda: False)
    assert preflight.missing_libraries() == []  # all of them load here
    assert preflight.missing_by_loading(["libc.so.6", "libsmsgate-absent.so.1"]) == [
        "libsmsgate-absent.so.1"
    ]


@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler")
def test_real_ldd_reports_a_library_that_is_gone(tmp_path):
    """A plugin stand-in linked against a library that is then deleted: what a desktop
    lacking one of the plugin's libraries looks like to ldd. (A made-up name: the real
    ones are all installed here, and the loader would find them in the system folders.)"""
    gone = tmp_path / "libxcb-smsgate-test.so.4"
    plugin = tmp_path / "libqxcb.so"

    def build(target: Path, source: str, *link: str) -> None:
        command = ["cc", "-shared", "-fPIC", "-o", str(target), "-x", "c", "-", "-x", "none"]
        subprocess.run([*command, *link], input=source, text=True, check=True)

    build(gone, "int gone(void) { return 4; }\n", f"-Wl,-soname,{gone.name}")
    source = "int gone(void);\nint plugin(void) { return gone(); }\n"
    build(plugin, source, str(gone), "-Wl,-rpath,$ORIGIN")  # found beside it, as Qt's are
    assert preflight.missing_libraries([plugin]) == []
    gone.unlink()
    missing = preflight.missing_libraries([plugin])
    assert missing == [gone.name]
    assert preflight.message(missing) == (
        "SMSGate cannot open its window: Qt's X11 platform plugin (xcb) needs a system "
        f"library this computer lacks: {gone.name} (for {gone.name}: find the package with "
        "`apt-file search`)."
    )
