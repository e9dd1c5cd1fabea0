"""`python -m smsgate_desktop.cli` runs `smsgate`."""

import sys

from .main import main

sys.exit(main())
