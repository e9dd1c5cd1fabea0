"""Before the QApplication: can Qt's X11 platform plugin (xcb) load on this machine?

pip installs Qt but not the X11 libraries its xcb plugin links against. Without one of them Qt
aborts (SIGABRT) with a message naming only libxcb-cursor0, whatever is actually missing, and
the office user is left with a crash. So `smsgate-desktop` looks first: it lists the libraries
the plugin cannot find (`ldd`, or ctypes where there is no ldd) and, if any, prints one
sentence and the exact `sudo apt-get install ...` line to stderr and exits with status
EXIT_MISSING_LIBRARIES (3) without creating the QApplication.

Only when the platform will be xcb: Linux, DISPLAY set, QT_QPA_PLATFORM "xcb", or unset outside
a Wayland session (and no `-platform` argument naming another). offscreen, wayland, minimal and
other systems are left to Qt. Never a false alarm: anything unclear (no plugin file, ldd
failing) means "go ahead", and Qt reports what it reports.

Imports only PySide6.QtCore (for the plugin folder; safe without an application object).
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Final

EXIT_MISSING_LIBRARIES: Final = 3

# The libraries Qt 6's xcb plugin (and libQt6Gui under it) load, and the Debian/Ubuntu package
# of each. Measured with ldd on PySide6's libqxcb.so and libQt6XcbQpa.so.6 (see the README).
PACKAGES: Final[Mapping[str, str]] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# What to try to load where there is no ldd: all of the above but xinerama (Qt 5 used it).
NEEDED: Final = tuple(name for name in PACKAGES if name != "libxcb-xinerama.so.0")

# ldd prints "\tlibxcb-icccm.so.4 => not found" for each library the loader cannot find.
_NOT_FOUND: Final = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
# Qt's own libraries ship with PySide6 (or the bundle), found by its RUNPATH or the bundle's
# loader path; ldd run from outside may miss them, and apt has nothing to offer for them.
_BUNDLED: Final = re.compile(r"^lib(Qt6|icu|pyside6|shiboken6)")


def uses_xcb(
    environ: Mapping[str, str], argv: Sequence[str] = (), platform: str | None = None
) -> bool:
    """Will Qt pick its xcb plugin? As Qt decides: `-platform NAME`, else QT_QPA_PLATFORM
    (its first choice of a `;` list, without `:options`), else xcb, on Linux."""
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    name = _platform_argument(argv)
    if name is None:
        name = environ.get("QT_QPA_PLATFORM", "")
        wayland = environ.get("XDG_SESSION_TYPE") == "wayland" or environ.get("WAYLAND_DISPLAY")
        if not name and wayland:
            # Qt 6 tries its wayland plugin first in a Wayland session, xcb only if that
            # fails: a check of xcb could refuse a start that works.
            return False
    first = name.split(";", 1)[0].split(":", 1)[0].strip()
    return first in ("", "xcb")


def _platform_argument(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg in ("-platform", "--platform") and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(("-platform=", "--platform=")):
            return arg.split("=", 1)[1]
    return None


def xcb_libraries() -> list[Path]:
    """The xcb plugin and the libQt6XcbQpa it is built on, where PySide6 keeps them."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return []
    folders = dict.fromkeys((libraries, plugins.parent / "lib"))  # wheel layout, or a bundle's
    qpa = sorted(path for folder in folders for path in folder.glob("libQt6XcbQpa.so*"))
    return [plugin, *qpa[:1]]


def run_ldd(paths: Sequence[str]) -> str:
    """ldd's report on `paths` (its stdout; "" when it fails)."""
    try:
        done = subprocess.run(
            ["ldd", *paths], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def parse_ldd(output: str) -> list[str]:
    """The sonames ldd could not find, in order, once each; Qt's own left out."""
    found = dict.fromkeys(_NOT_FOUND.findall(output))
    return [name for name in found if not _BUNDLED.match(name)]


def ldd_available() -> bool:
    return shutil.which("ldd") is not None


def missing_by_loading(names: Iterable[str] = NEEDED) -> list[str]:
    """Without ldd: the known libraries the dynamic loader cannot open."""
    missing = []
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def missing_libraries(paths: Sequence[Path] | None = None) -> list[str]:
    """The sonames the xcb plugin needs and this machine lacks ([] when all is there)."""
    paths = xcb_libraries() if paths is None else paths
    if not paths:
        return []
    if not ldd_available():
        return missing_by_loading()
    return parse_ldd(run_ldd([str(path) for path in paths]))


def packages_for(sonames: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Debian/Ubuntu packages to install, sonames no package is known for)."""
    packages = dict.fromkeys(PACKAGES[name] for name in sonames if name in PACKAGES)
    unknown = [name for name in sonames if name not in PACKAGES]
    return list(packages), unknown


def message(sonames: Sequence[str]) -> str:
    """One sentence naming what is missing, then the exact line that installs it."""
    packages, unknown = packages_for(sonames)
    what = "a system library" if len(sonames) == 1 else "system libraries"
    sentence = (
        f"SMSGate cannot open its window: Qt's X11 platform plugin (xcb) needs {what} "
        f"this computer lacks: {', '.join(sonames)}"
    )
    if unknown:
        # A soname is not a package name (apt-get would read its dots as a pattern).
        sentence += f" (for {', '.join(unknown)}: find the package with `apt-file search`)"
    lines = [sentence + "."]
    if packages:
        lines.append(f"sudo apt-get install {' '.join(packages)}")
    return "\n".join(lines)


def check(argv: Sequence[str] = (), environ: Mapping[str, str] | None = None) -> str | None:
    """The message to print before giving up, or None: go ahead and create the app."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, argv):
        return None
    missing = missing_libraries()
    return message(missing) if missing else None
