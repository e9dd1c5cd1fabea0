"""How long a broadcast will take, shared by `smsgate broadcast` and the broadcast panel.

No I/O: the caller measures a round trip (e.g. the time a balance query took) and passes it in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ..protocol.phrases import Phrase, Template
from ..protocol.text import analyse
from .engine import Plan

ABOUT_HOURS: Final = Template("Forecast", "about-hours", "about {hours} h {minutes} min")
ABOUT_MINUTES: Final = Template("Forecast", "about-minutes", "about {minutes} min {seconds} s")
ABOUT_SECONDS: Final = Template("Forecast", "about-seconds", "about {seconds} s")


@dataclass(frozen=True, slots=True)
class Forecast:
    """What sending a plan would do, shown before anything is journalled (the window words it
    in the user's language, `smsgate broadcast` in English)."""

    recipients: int  # after duplicates and opt-outs are dropped
    duplicates: int
    opted_out: int
    parts: int  # SMS parts of the longest text
    credits: int
    balance: int | None  # None: not known (no account connected, or not answered yet)
    seconds: float | None  # None: no round trip measured and no throttle

    @property
    def shortfall(self) -> int:
        """Credits missing (0 when the balance covers it or is unknown)."""
        return max(0, self.credits - self.balance) if self.balance is not None else 0


def forecast(
    plan: Plan,
    balance: int | None = None,
    round_trip: float | None = None,
    throttle: float | None = None,
    merged: int = 0,
) -> Forecast:
    """The forecast of `plan`; `merged` counts repeats dropped before the plan was made (a
    file's repeated numbers). The duration is unknown without a round trip or a throttle."""
    count = plan.credits_needed
    seconds = None
    if round_trip is not None or throttle:
        seconds = estimate_seconds(count, round_trip, throttle)
    parts = max((analyse(message.TextMessage).parts for message in plan.messages), default=0)
    return Forecast(
        count, merged + len(plan.duplicates), len(plan.opted_out), parts, count, balance, seconds
    )


def estimate_seconds(count: int, round_trip: float | None, throttle: float | None) -> float:
    """Seconds to send `count` messages: one round trip each, but never faster than
    `throttle` messages per second (None or 0: as fast as the gateway answers)."""
    per_message = max(round_trip or 0.0, 1 / throttle if throttle else 0.0)
    return count * per_message


def duration_text(seconds: float) -> Phrase:
    """Rounded for people: "about 2 min 5 s", "about 1 h 3 min", at least a second."""
    seconds = max(1, round(seconds))
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return ABOUT_HOURS(hours=hours, minutes=minutes)
    if minutes:
        return ABOUT_MINUTES(minutes=minutes, seconds=seconds)
    return ABOUT_SECONDS(seconds=seconds)
