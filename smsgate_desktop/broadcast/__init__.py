"""The broadcast engine: journal-backed sending that never loses or repeats a message."""

from .engine import BroadcastEngine, Plan, Progress, Report, plan

__all__ = ["BroadcastEngine", "Plan", "Progress", "Report", "plan"]
