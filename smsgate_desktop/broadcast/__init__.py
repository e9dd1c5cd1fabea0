"""The broadcast engine: journal-backed sending that never loses or repeats a message."""

from .engine import BroadcastEngine, Plan, Progress, Report, plan
from .run_lock import BroadcastBusyError

__all__ = ["BroadcastBusyError", "BroadcastEngine", "Plan", "Progress", "Report", "plan"]
