"""The broadcast engine: journal-backed sending that never loses or repeats a message.

Owns the engine, its run lock, templates and the forecast. Imports session, store and
protocol only; never contacts, the window or the CLI.
"""

from . import forecast, templates  # their phrase templates register with the package
from .engine import BroadcastEngine, Plan, Progress, Report, plan
from .run_lock import BroadcastBusyError

__all__ = [
    "BroadcastBusyError",
    "BroadcastEngine",
    "Plan",
    "Progress",
    "Report",
    "forecast",
    "plan",
    "templates",
]
