"""How long a broadcast will take, shared by `smsgate broadcast` and the broadcast panel.

No I/O: the caller measures a round trip (e.g. the time a balance query took) and passes it in.
"""

from __future__ import annotations


def estimate_seconds(count: int, round_trip: float | None, throttle: float | None) -> float:
    """Seconds to send `count` messages: one round trip each, but never faster than
    `throttle` messages per second (None or 0: as fast as the gateway answers)."""
    per_message = max(round_trip or 0.0, 1 / throttle if throttle else 0.0)
    return count * per_message


def duration_text(seconds: float) -> str:
    """Rounded for people: "about 2 min 5 s", "about 1 h 3 min", at least a second."""
    seconds = max(1, round(seconds))
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"about {hours} h {minutes} min"
    return f"about {minutes} min {seconds} s" if minutes else f"about {seconds} s"
