"""The bundle's entry script (PyInstaller freezes this; it runs the desktop app)."""

import sys

from smsgate_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
