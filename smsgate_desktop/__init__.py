"""SMSGate Desktop: a desktop client and built-in simulator for the SMS GATE SERVER gateway."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("smsgate-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
