"""A scheduled send time -> the gateway's six date fields, and back.

The gateway reads SmsDay, SmsMonth, SmsYear (2 digits), SmsHour (1..12), SmsMinute and
SmsAmPm as wall-clock time in its own zone, Italy unless a profile says otherwise
(clarifications §15). The user picks a time in their own zone; we convert the instant, so the
message leaves when the user meant even across a border or a daylight-saving change.

- 12-hour clock: 00:xx is 12 AM, 12:xx is 12 PM. Every field is sent as two digits ("07",
  "05"), as in the spec's examples.
- The gateway has minutes, not seconds: seconds are dropped (truncated).
- Years 2000–2099 only, since SmsYear has two digits.
- When Rome's clocks go back (last Sunday of October, 02:00–03:00 happens twice), both
  instants give the same fields: the gateway cannot be told which one is meant.
  `ScheduleFields.ambiguous` says so, and the caller may warn.
- Pure: no clock is read. "now" is an argument; the only environment read is the system's
  time zone rules when `parse_local` is asked for the local zone (zone=None).

zoneinfo reads the IANA database of the OS; Windows has none, so there it needs the `tzdata`
package (a platform-conditional dependency in pyproject.toml).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import FieldError
from .fields import SCHEDULE_FIELDS
from .phrases import Template

GATEWAY_ZONE: Final = "Europe/Rome"
FIRST_YEAR, LAST_YEAR = 2000, 2099  # what two digits of SmsYear can say

_LOCAL_INPUT: Final = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})"
    r"(?:[ \t]+|T)(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})"
)
EXAMPLE: Final = "2025-03-30 14:05"

# Why a send time cannot be used (ScheduleError.reason), and ScheduleError's message.
IN_THE_PAST: Final = Template("Schedule", "in-the-past", "it is in the past (now is {now})")
YEARS_COVERED: Final = Template(
    "Schedule", "years-covered", "the gateway's two-digit year only covers {first}–{last}"
)
UNKNOWN_ZONE: Final = Template("Schedule", "unknown-zone", "unknown time zone")
CANNOT_SCHEDULE: Final = Template(
    "Schedule", "cannot-schedule", "cannot schedule {shown}: {reason}"
)
MISSING_FIELDS: Final = Template("Schedule", "missing-fields", "missing {names}")
NOT_NUMBERS: Final = Template("Schedule", "not-numbers", "the date fields must be numbers")
BAD_HOUR_FIELDS: Final = Template(
    "Schedule", "bad-hour-fields", "the hour must be 1 to 12 with AM or PM"
)
BAD_YEAR_FIELD: Final = Template("Schedule", "bad-year-field", "the year must be two digits")
EMPTY: Final = Template("Schedule", "empty", "it is empty")
EXPECTED_FORMAT: Final = Template(
    "Schedule", "expected-format", "expected a date and time like {example}"
)
NO_SUCH_YEAR: Final = Template("Schedule", "no-such-year", "there is no year {year}")
NO_SUCH_MONTH: Final = Template("Schedule", "no-such-month", "there is no month {month}")
NO_SUCH_HOUR: Final = Template("Schedule", "no-such-hour", "there is no hour {hour} (use 0 to 23)")
NO_SUCH_MINUTE: Final = Template(
    "Schedule", "no-such-minute", "there is no minute {minute} (use 0 to 59)"
)
NO_SUCH_DAY: Final = Template("Schedule", "no-such-day", "there is no day {day} in {month}")
YEAR_OUT_OF_RANGE: Final = Template("Schedule", "year-out-of-range", "the year is out of range")
SKIPPED_TIME: Final = Template(
    "Schedule", "skipped-time", "{time} does not exist in {zone} (the clocks skip it)"
)
LOCAL_ZONE: Final = Template("Schedule", "local-zone", "the local time zone")
NAIVE: Final = {
    "the send time": Template(
        "Schedule", "naive-send-time", "the send time has no time zone (naive datetime)"
    ),
    "now": Template("Schedule", "naive-now", "now has no time zone (naive datetime)"),
}


class ScheduleError(FieldError):
    """A send time that cannot be scheduled; the message says which value and why (the
    CANNOT_SCHEDULE phrase, with `reason` a phrase of this module)."""

    def __init__(self, value: str, reason: str) -> None:
        super().__init__("schedule", value, reason)
        shown = repr(value) if value else "(empty)"
        Exception.__init__(self, CANNOT_SCHEDULE(shown=shown, reason=reason))


@dataclass(frozen=True, slots=True)
class ScheduleFields(Mapping[str, str]):
    """The six wire fields, plus `when` (the same instant on the gateway's clock) and
    `ambiguous` (that wall time happens twice there, see the module docstring).

    It is a read-only mapping of the six fields (and only those), so
    `message.with_values(**fields)` works.
    """

    SmsDay: str
    SmsMonth: str
    SmsYear: str
    SmsHour: str
    SmsMinute: str
    SmsAmPm: str
    when: datetime
    ambiguous: bool = False

    def __getitem__(self, name: str) -> str:
        if name not in SCHEDULE_FIELDS:
            raise KeyError(name)
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(SCHEDULE_FIELDS)

    def __len__(self) -> int:
        return len(SCHEDULE_FIELDS)

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in SCHEDULE_FIELDS}


def zone_of(zone: str | tzinfo) -> tzinfo:
    """A tzinfo from an IANA name ("Europe/Rome") or a tzinfo; ScheduleError when unknown."""
    if isinstance(zone, tzinfo):
        return zone
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        # ValueError: a malformed key such as "../x"; TypeError: not a string at all.
        raise ScheduleError(str(zone), UNKNOWN_ZONE()) from None


def to_gateway_fields(
    when: datetime, *, now: datetime, zone: str | tzinfo = GATEWAY_ZONE
) -> ScheduleFields:
    """The six date fields for sending at `when` (timezone-aware, any zone).

    Raises ScheduleError when `when` or `now` is naive, when `when` is before `now`, or when
    its year on the gateway's clock is outside 2000–2099 (or beyond the calendar).
    """
    _require_aware(when, "the send time")
    _require_aware(now, "now")
    if when < now:  # instants are compared, whatever the zones
        raise ScheduleError(
            when.isoformat(timespec="minutes"),
            IN_THE_PAST(now=now.isoformat(timespec="minutes")),
        )
    try:
        gateway = when.astimezone(zone_of(zone)).replace(second=0, microsecond=0)
    except OverflowError:  # e.g. 9999-12-31 23:59 in London is in the year 10000 in Rome
        gateway = None
    if gateway is None or not FIRST_YEAR <= gateway.year <= LAST_YEAR:
        shown = when if gateway is None else gateway
        raise ScheduleError(
            shown.isoformat(timespec="minutes"),
            YEARS_COVERED(first=FIRST_YEAR, last=LAST_YEAR),
        )
    hour = gateway.hour % 12 or 12  # 00:xx -> 12 AM, 12:xx -> 12 PM
    return ScheduleFields(
        SmsDay=f"{gateway.day:02d}",
        SmsMonth=f"{gateway.month:02d}",
        SmsYear=f"{gateway.year % 100:02d}",
        SmsHour=f"{hour:02d}",
        SmsMinute=f"{gateway.minute:02d}",
        SmsAmPm="AM" if gateway.hour < 12 else "PM",
        when=gateway,
        ambiguous=_is_ambiguous(gateway),
    )


def from_gateway_fields(fields: Mapping[str, str], zone: str | tzinfo = GATEWAY_ZONE) -> datetime:
    """The instant the six fields name on the gateway's clock (the earlier one when ambiguous).

    The inverse of `to_gateway_fields`, for the simulator and for showing a stored schedule.
    Raises ScheduleError for a missing or impossible value.
    """
    missing = [name for name in SCHEDULE_FIELDS if not fields.get(name)]
    if missing:
        raise ScheduleError("", MISSING_FIELDS(names=", ".join(missing)))
    shown = " ".join(f"{name}={fields[name]}" for name in SCHEDULE_FIELDS)
    try:
        day, month, year, hour, minute = (int(fields[name]) for name in SCHEDULE_FIELDS[:5])
    except ValueError:
        raise ScheduleError(shown, NOT_NUMBERS()) from None
    ampm = fields["SmsAmPm"]
    if not 1 <= hour <= 12 or ampm not in ("AM", "PM"):
        raise ScheduleError(shown, BAD_HOUR_FIELDS())
    if not 0 <= year <= 99:
        raise ScheduleError(shown, BAD_YEAR_FIELD())
    hour24 = hour % 12 + (12 if ampm == "PM" else 0)  # 12 AM -> 0, 12 PM -> 12
    return _wall_time(shown, FIRST_YEAR + year, month, day, hour24, minute, zone_of(zone))


def parse_local(text: str, zone: str | tzinfo | None = None) -> datetime:
    """Read "YYYY-MM-DD HH:MM" (24-hour) as wall time in `zone` -> a timezone-aware datetime.

    `zone` is an IANA name or a tzinfo; None means the computer's local zone (the caller, not
    this module, decides that default). A time that does not exist in the zone (skipped when
    the clocks go forward) is refused; a time that happens twice is the earlier one. Every
    refusal is a ScheduleError, the ends of the calendar included (9999-12-31 23:59).
    """
    if not isinstance(text, str):
        raise TypeError(f"a date and time must be text, not {type(text).__name__}")
    stripped = text.strip()
    if not stripped:
        raise ScheduleError(text, EMPTY())
    match = _LOCAL_INPUT.fullmatch(stripped)
    if match is None:
        raise ScheduleError(text, EXPECTED_FORMAT(example=repr(EXAMPLE)))
    year, month, day, hour, minute = (
        int(match.group(name)) for name in ("year", "month", "day", "hour", "minute")
    )
    return _wall_time(text, year, month, day, hour, minute, None if zone is None else zone_of(zone))


def _wall_time(
    shown: str, year: int, month: int, day: int, hour: int, minute: int, zone: tzinfo | None
) -> datetime:
    """An aware datetime for a wall time in `zone` (None: the system's local zone)."""
    if not 1 <= year <= 9999:
        raise ScheduleError(shown, NO_SUCH_YEAR(year=year))
    if not 1 <= month <= 12:
        raise ScheduleError(shown, NO_SUCH_MONTH(month=month))
    if not 0 <= hour <= 23:
        raise ScheduleError(shown, NO_SUCH_HOUR(hour=hour))
    if not 0 <= minute <= 59:
        raise ScheduleError(shown, NO_SUCH_MINUTE(minute=minute))
    try:
        naive = datetime(year, month, day, hour, minute)
    except ValueError:
        month_shown = f"{year}-{month:02d}"
        raise ScheduleError(shown, NO_SUCH_DAY(day=day, month=month_shown)) from None
    try:
        if zone is None:
            # astimezone() on a naive datetime reads it as local time via the C library: the
            # system's rules for that date, no clock read. Its result has a fixed offset.
            aware = naive.astimezone()
            back = aware.astimezone(UTC).astimezone()
        else:
            aware = naive.replace(tzinfo=zone)  # fold=0: the earlier of two repeated times
            back = aware.astimezone(UTC).astimezone(zone)
    except (OverflowError, OSError, ValueError):
        # Years the platform's time_t cannot hold, and the first and last hours of the
        # calendar, whose UTC instant falls in year 0 or 10000.
        raise ScheduleError(shown, YEAR_OUT_OF_RANGE()) from None
    if back.replace(tzinfo=None) != naive:
        # The wall time does not round-trip: the clocks skipped it (spring forward).
        name = getattr(zone, "key", None) or (str(zone) if zone else LOCAL_ZONE())
        raise ScheduleError(shown, SKIPPED_TIME(time=f"{naive:%Y-%m-%d %H:%M}", zone=name))
    return aware


def _require_aware(moment: datetime, what: str) -> None:
    if not isinstance(moment, datetime):
        raise TypeError(f"{what} must be a datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ScheduleError(moment.isoformat(timespec="minutes"), NAIVE[what]())


def _is_ambiguous(gateway: datetime) -> bool:
    """The wall time happens twice in its zone (the hour repeated when clocks go back)."""
    other = gateway.replace(fold=1 - gateway.fold)
    return other.utcoffset() != gateway.utcoffset()
