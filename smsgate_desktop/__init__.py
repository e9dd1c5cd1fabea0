"""SMSGate Desktop: a desktop client and built-in simulator for the SMS GATE SERVER gateway."""

__version__ = "0.1.0"  # the package's version (pyproject.toml reads it from here)
