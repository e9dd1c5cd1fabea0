"""protocol/schedule.py: the user's send time -> the gateway's six date fields, and back."""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol.errors import FieldError
from smsgate_desktop.protocol.fields import SCHEDULE_FIELDS, SmsMessage, check_field
from smsgate_desktop.protocol.schedule import (
    GATEWAY_ZONE,
    ScheduleError,
    ScheduleFields,
    from_gateway_fields,
    parse_local,
    to_gateway_fields,
    zone_of,
)

ROME = ZoneInfo("Europe/Rome")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2025, 1, 1, 0, 0, tzinfo=UTC)  # before every time scheduled below
EARLY = datetime(2000, 1, 1, 0, 0, tzinfo=UTC)  # before every time the properties draw


def fields_of(when: datetime, now: datetime = NOW, **kwargs) -> tuple[str, ...]:
    fields = to_gateway_fields(when, now=now, **kwargs)
    return tuple(fields[name] for name in SCHEDULE_FIELDS)


# ---- conversion ---------------------------------------------------------------------------


def test_default_gateway_zone_is_rome():
    assert GATEWAY_ZONE == "Europe/Rome"


def test_rome_afternoon():
    fields = to_gateway_fields(datetime(2025, 6, 15, 14, 30, tzinfo=ROME), now=NOW)
    assert fields.as_dict() == {
        "SmsDay": "15",
        "SmsMonth": "06",
        "SmsYear": "25",
        "SmsHour": "02",
        "SmsMinute": "30",
        "SmsAmPm": "PM",
    }
    assert fields.when == datetime(2025, 6, 15, 14, 30, tzinfo=ROME)
    assert fields.ambiguous is False


def test_every_field_has_two_digits():
    assert fields_of(datetime(2025, 3, 5, 7, 5, tzinfo=ROME)) == (
        "05",
        "03",
        "25",
        "07",
        "05",
        "AM",
    )


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [
        (0, 0, ("12", "00", "AM")),  # midnight
        (0, 5, ("12", "05", "AM")),
        (1, 0, ("01", "00", "AM")),
        (11, 59, ("11", "59", "AM")),
        (12, 0, ("12", "00", "PM")),  # noon
        (12, 59, ("12", "59", "PM")),
        (13, 0, ("01", "00", "PM")),
        (23, 59, ("11", "59", "PM")),
    ],
)
def test_twelve_hour_clock(hour, minute, expected):
    assert fields_of(datetime(2025, 6, 15, hour, minute, tzinfo=ROME))[3:] == expected


def test_user_in_another_zone_is_converted_to_rome():
    # 08:30 in New York (EDT, UTC-4) is 14:30 in Rome (CEST, UTC+2).
    assert fields_of(datetime(2025, 6, 15, 8, 30, tzinfo=NEW_YORK)) == (
        "15", "06", "25", "02", "30", "PM",
    )  # fmt: skip
    # 09:00 in Tokyo is 02:00 in Rome, the same day in summer.
    assert fields_of(datetime(2025, 6, 15, 9, 0, tzinfo=TOKYO)) == (
        "15", "06", "25", "02", "00", "AM",
    )  # fmt: skip


def test_conversion_can_change_the_date_month_and_year():
    # 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Rome.
    assert fields_of(datetime(2025, 12, 31, 23, 30, tzinfo=UTC)) == (
        "01", "01", "26", "12", "30", "AM",
    )  # fmt: skip
    # 20:00 on 28 February in New York is 02:00 on 1 March in Rome.
    assert fields_of(datetime(2025, 2, 28, 20, 0, tzinfo=NEW_YORK))[:5] == (
        "01", "03", "25", "02", "00",
    )  # fmt: skip


def test_winter_and_summer_offsets_of_rome():
    assert fields_of(datetime(2025, 1, 15, 10, 0, tzinfo=UTC))[3:] == ("11", "00", "AM")  # CET
    assert fields_of(datetime(2025, 7, 15, 10, 0, tzinfo=UTC))[3:] == ("12", "00", "PM")  # CEST


def test_rome_spring_forward():
    # 30 March 2025: at 01:00 UTC Rome's clocks jump from 02:00 to 03:00.
    assert fields_of(datetime(2025, 3, 30, 0, 59, tzinfo=UTC))[3:] == ("01", "59", "AM")
    assert fields_of(datetime(2025, 3, 30, 1, 0, tzinfo=UTC))[3:] == ("03", "00", "AM")
    assert fields_of(datetime(2025, 3, 30, 1, 30, tzinfo=UTC))[3:] == ("03", "30", "AM")
    assert not to_gateway_fields(datetime(2025, 3, 30, 1, 30, tzinfo=UTC), now=NOW).ambiguous


def test_rome_fall_back_repeats_an_hour_and_says_so():
    # 26 October 2025: at 01:00 UTC Rome's clocks go back from 03:00 to 02:00.
    summer = to_gateway_fields(datetime(2025, 10, 26, 0, 30, tzinfo=UTC), now=NOW)
    winter = to_gateway_fields(datetime(2025, 10, 26, 1, 30, tzinfo=UTC), now=NOW)
    assert summer.as_dict() == winter.as_dict()
    assert summer.as_dict() == {
        "SmsDay": "26",
        "SmsMonth": "10",
        "SmsYear": "25",
        "SmsHour": "02",
        "SmsMinute": "30",
        "SmsAmPm": "AM",
    }
    assert summer.ambiguous and winter.ambiguous
    assert summer.when.utcoffset() == timedelta(hours=2)
    assert winter.when.utcoffset() == timedelta(hours=1)
    after = to_gateway_fields(datetime(2025, 10, 26, 2, 30, tzinfo=UTC), now=NOW)
    assert (after.SmsHour, after.ambiguous) == ("03", False)


def test_user_and_gateway_change_clocks_on_different_days():
    # US summer time starts on 9 March 2025, Europe's on 30 March: in between, New York is
    # 5 hours behind Rome instead of 6.
    assert fields_of(datetime(2025, 3, 20, 9, 0, tzinfo=NEW_YORK))[3:] == ("02", "00", "PM")
    assert fields_of(datetime(2025, 4, 20, 9, 0, tzinfo=NEW_YORK))[3:] == ("03", "00", "PM")
    assert fields_of(datetime(2025, 2, 20, 9, 0, tzinfo=NEW_YORK))[3:] == ("03", "00", "PM")


def test_seconds_are_dropped():
    fields = to_gateway_fields(datetime(2025, 6, 15, 14, 30, 59, 999999, tzinfo=ROME), now=NOW)
    assert (fields.SmsHour, fields.SmsMinute) == ("02", "30")
    assert fields.when == datetime(2025, 6, 15, 14, 30, tzinfo=ROME)


def test_another_gateway_zone_by_name_or_tzinfo():
    when = datetime(2025, 6, 15, 14, 30, tzinfo=ROME)
    assert fields_of(when, zone="UTC")[3:] == ("12", "30", "PM")
    assert fields_of(when, zone=timezone(timedelta(hours=-3)))[3:] == ("09", "30", "AM")
    assert fields_of(when, zone="Asia/Tokyo")[:5] == ("15", "06", "25", "09", "30")


def test_fixed_offset_input():
    assert fields_of(datetime(2025, 6, 15, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))))[
        3:
    ] == ("08", "30", "AM")


def test_fields_fill_and_validate_a_message():
    fields = to_gateway_fields(datetime(2025, 12, 24, 18, 5, tzinfo=ROME), now=NOW)
    message = SmsMessage(
        Sender="Shop", CountryCode="+39", GsmCode="333", PhoneNumber="1234567", TextMessage="Hi"
    ).with_values(**fields)
    message.validate()
    assert (message.SmsDay, message.SmsHour, message.SmsMinute, message.SmsAmPm) == (
        "24", "06", "05", "PM",
    )  # fmt: skip


def test_schedule_fields_is_a_mapping_of_exactly_the_six_fields():
    fields = to_gateway_fields(datetime(2025, 6, 15, 14, 30, tzinfo=ROME), now=NOW)
    assert tuple(fields.keys()) == SCHEDULE_FIELDS
    assert list(fields) == list(SCHEDULE_FIELDS)
    assert dict(**fields) == fields.as_dict() == dict(fields.items())
    assert len(fields) == 6
    assert "when" not in fields
    assert fields.get("SmsAmPm") == "PM"
    with pytest.raises(KeyError):
        fields["when"]
    # Equality and hashing are the dataclass's: every attribute counts.
    assert fields == to_gateway_fields(datetime(2025, 6, 15, 14, 30, tzinfo=ROME), now=NOW)
    assert hash(fields) == hash(to_gateway_fields(fields.when, now=NOW))
    assert isinstance(fields, ScheduleFields)


# ---- refused times ------------------------------------------------------------------------


def test_a_time_in_the_past_is_refused():
    now = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
    with pytest.raises(ScheduleError) as info:
        to_gateway_fields(datetime(2025, 6, 15, 11, 59, tzinfo=UTC), now=now)
    assert str(info.value) == (
        "cannot schedule '2025-06-15T11:59+00:00': "
        "it is in the past (now is 2025-06-15T12:00+00:00)"
    )
    assert isinstance(info.value, FieldError)
    assert isinstance(info.value, ValueError)


def test_past_is_judged_on_the_instant_not_the_wall_clock():
    now = datetime(2025, 6, 15, 9, 0, tzinfo=UTC)  # 11:00 in Rome
    with pytest.raises(ScheduleError, match="in the past"):
        to_gateway_fields(datetime(2025, 6, 15, 10, 30, tzinfo=ROME), now=now)  # 08:30 UTC
    to_gateway_fields(datetime(2025, 6, 15, 5, 30, tzinfo=NEW_YORK), now=now)  # 09:30 UTC


def test_now_itself_is_not_the_past():
    moment = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
    assert to_gateway_fields(moment, now=moment).SmsHour == "02"


def test_naive_datetimes_are_refused():
    with pytest.raises(ScheduleError, match="the send time has no time zone"):
        to_gateway_fields(datetime(2025, 6, 15, 14, 30), now=NOW)
    with pytest.raises(ScheduleError, match="now has no time zone"):
        to_gateway_fields(datetime(2025, 6, 15, 14, 30, tzinfo=ROME), now=datetime(2025, 1, 1))
    with pytest.raises(TypeError):
        to_gateway_fields("2025-06-15 14:30", now=NOW)  # type: ignore[arg-type]


def test_years_the_two_digit_field_cannot_say_are_refused():
    with pytest.raises(ScheduleError, match="2000–2099"):
        to_gateway_fields(datetime(2100, 1, 1, 12, 0, tzinfo=ROME), now=NOW)
    # 23:30 UTC on 31 Dec 2099 is already 2100 in Rome.
    with pytest.raises(ScheduleError, match="2000–2099"):
        to_gateway_fields(datetime(2099, 12, 31, 23, 30, tzinfo=UTC), now=NOW)
    old_now = datetime(1999, 1, 1, tzinfo=UTC)
    with pytest.raises(ScheduleError, match="2000–2099"):
        to_gateway_fields(datetime(1999, 6, 1, 12, 0, tzinfo=ROME), now=old_now)
    assert fields_of(datetime(2099, 12, 31, 22, 59, tzinfo=UTC))[:3] == ("31", "12", "99")
    assert fields_of(datetime(2000, 1, 1, 0, 0, tzinfo=ROME), now=old_now)[:3] == ("01", "01", "00")


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "", "../etc/passwd", "Europe/"])
def test_unknown_gateway_zone(zone):
    with pytest.raises(ScheduleError, match="unknown time zone"):
        to_gateway_fields(datetime(2025, 6, 15, 14, 30, tzinfo=ROME), now=NOW, zone=zone)


def test_zone_of():
    assert zone_of("Europe/Rome") == ROME
    assert zone_of(UTC) is UTC
    with pytest.raises(ScheduleError) as info:
        zone_of("Nowhere")
    assert str(info.value) == "cannot schedule 'Nowhere': unknown time zone"


# ---- from_gateway_fields ------------------------------------------------------------------


def gateway(day="15", month="06", year="25", hour="02", minute="30", ampm="PM") -> dict[str, str]:
    values = (day, month, year, hour, minute, ampm)
    return dict(zip(SCHEDULE_FIELDS, values, strict=True))


@pytest.mark.parametrize(
    ("hour", "ampm", "hour24"),
    [
        ("12", "AM", 0),
        ("01", "AM", 1),
        ("11", "AM", 11),
        ("12", "PM", 12),
        ("1", "PM", 13),
        ("11", "PM", 23),
    ],
)
def test_from_gateway_fields_twelve_hour_clock(hour, ampm, hour24):
    assert from_gateway_fields(gateway(hour=hour, ampm=ampm)) == datetime(
        2025, 6, 15, hour24, 30, tzinfo=ROME
    )


def test_from_gateway_fields_other_zone_and_short_values():
    assert from_gateway_fields(
        gateway(day="5", month="3", year="00", minute="5"), "UTC"
    ) == datetime(2000, 3, 5, 14, 5, tzinfo=ZoneInfo("UTC"))


def test_from_gateway_fields_ambiguous_time_is_the_earlier():
    when = from_gateway_fields(gateway(day="26", month="10", hour="02", ampm="AM"))
    assert when.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"SmsDay": ""}, "missing SmsDay"),
        ({"SmsHour": "13"}, "the hour must be 1 to 12 with AM or PM"),
        ({"SmsHour": "0"}, "the hour must be 1 to 12 with AM or PM"),
        ({"SmsAmPm": "pm"}, "the hour must be 1 to 12 with AM or PM"),
        ({"SmsMinute": "x"}, "the date fields must be numbers"),
        ({"SmsYear": "100"}, "the year must be two digits"),
        ({"SmsMonth": "13"}, "there is no month 13"),
        ({"SmsDay": "30", "SmsMonth": "02"}, "there is no day 30 in 2025-02"),
        ({"SmsMinute": "60"}, "there is no minute 60"),
        (
            {"SmsDay": "30", "SmsMonth": "03", "SmsHour": "02", "SmsAmPm": "AM"},
            "2025-03-30 02:30 does not exist in Europe/Rome",
        ),
    ],
)
def test_from_gateway_fields_refuses_impossible_values(values, reason):
    fields = gateway() | values
    with pytest.raises(ScheduleError, match=reason):
        from_gateway_fields(fields)


def test_from_gateway_fields_missing_keys():
    with pytest.raises(ScheduleError, match="missing SmsMinute, SmsAmPm"):
        from_gateway_fields({"SmsDay": "1", "SmsMonth": "1", "SmsYear": "25", "SmsHour": "1"})


# ---- parse_local --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-30 14:05",
        "  2025-03-30 14:05 ",
        "2025-03-30T14:05",
        "2025-3-30 14:05",
        "2025-03-30  14:05",
    ],
)
def test_parse_local_accepts(text):
    assert parse_local(text, "Europe/Rome") == datetime(2025, 3, 30, 14, 5, tzinfo=ROME)


def test_parse_local_short_fields():
    assert parse_local("2025-3-5 9:05", ROME) == datetime(2025, 3, 5, 9, 5, tzinfo=ROME)


def test_parse_local_reads_the_wall_time_in_the_given_zone():
    when = parse_local("2025-06-15 08:30", "America/New_York")
    assert when.utcoffset() == timedelta(hours=-4)
    assert to_gateway_fields(when, now=NOW).as_dict() == gateway()


def test_parse_local_leap_day():
    assert parse_local("2024-02-29 10:00", ROME).day == 29
    with pytest.raises(ScheduleError, match="there is no day 29 in 2025-02"):
        parse_local("2025-02-29 10:00", ROME)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "cannot schedule \\(empty\\): it is empty"),
        ("   ", "cannot schedule '   ': it is empty"),
        (
            "tomorrow",
            "cannot schedule 'tomorrow': expected a date and time like '2025-03-30 14:05'",
        ),
        ("30/03/2025 14:05", "expected a date and time like"),
        ("2025-03-30", "expected a date and time like"),
        ("2025-03-30 14:5", "expected a date and time like"),
        ("2025-03-30 14:05:00", "expected a date and time like"),
        ("25-03-30 14:05", "expected a date and time like"),
        ("2025-03-30 2:05 PM", "expected a date and time like"),
        ("２０２５-03-30 14:05", "expected a date and time like"),  # full-width digits
        ("2025-13-01 10:00", "cannot schedule '2025-13-01 10:00': there is no month 13"),
        ("2025-00-01 10:00", "there is no month 0"),
        ("2025-04-31 10:00", "there is no day 31 in 2025-04"),
        ("2025-04-00 10:00", "there is no day 0 in 2025-04"),
        ("2025-04-01 24:00", "there is no hour 24 \\(use 0 to 23\\)"),
        ("2025-04-01 10:60", "there is no minute 60 \\(use 0 to 59\\)"),
        ("0000-04-01 10:00", "there is no year 0"),
    ],
)
def test_parse_local_refuses(text, message):
    with pytest.raises(ScheduleError, match=message):
        parse_local(text, ROME)


def test_parse_local_refuses_a_time_the_clocks_skip():
    with pytest.raises(ScheduleError) as info:
        parse_local("2025-03-30 02:30", "Europe/Rome")
    assert str(info.value) == (
        "cannot schedule '2025-03-30 02:30': "
        "2025-03-30 02:30 does not exist in Europe/Rome (the clocks skip it)"
    )
    parse_local("2025-03-30 02:30", "America/New_York")  # exists there


def test_parse_local_takes_the_earlier_of_a_repeated_time():
    when = parse_local("2025-10-26 02:30", ROME)
    assert when.utcoffset() == timedelta(hours=2)
    assert when.fold == 0


def test_parse_local_rejects_non_text_and_unknown_zones():
    with pytest.raises(TypeError):
        parse_local(None)  # type: ignore[arg-type]
    with pytest.raises(ScheduleError, match="unknown time zone"):
        parse_local("2025-03-30 14:05", "Nowhere/Special")


@pytest.fixture
def system_zone_rome():
    """The process's local zone set to Rome for one test (POSIX only), then restored."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Rome"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.skipif(sys.platform == "win32", reason="TZ/tzset is POSIX only")
def test_parse_local_defaults_to_the_system_zone(system_zone_rome):
    winter = parse_local("2025-01-15 10:00")
    summer = parse_local("2025-07-15 10:00")
    assert winter.utcoffset() == timedelta(hours=1)
    assert summer.utcoffset() == timedelta(hours=2)
    assert winter == datetime(2025, 1, 15, 10, 0, tzinfo=ROME)
    with pytest.raises(ScheduleError, match="does not exist in the local time zone"):
        parse_local("2025-03-30 02:30")


# ---- properties ---------------------------------------------------------------------------

_ZONES = st.sampled_from(
    [ROME, NEW_YORK, TOKYO, UTC, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("Asia/Kolkata")]
)
# Real local times only: a wall time the clocks skip is not a time a user can be at.
_WHEN = st.datetimes(
    min_value=datetime(2001, 1, 1),
    max_value=datetime(2098, 12, 31),
    timezones=_ZONES,
    allow_imaginary=False,
)


@given(_WHEN)
def test_fields_are_valid_and_name_the_same_minute(when):
    fields = to_gateway_fields(when, now=EARLY)
    for name in SCHEDULE_FIELDS:
        check_field(name, fields[name])
        assert len(fields[name]) == 2
    # Compared in UTC: == between zones is False for a repeated wall time (PEP 495).
    back = from_gateway_fields(fields).astimezone(UTC)
    minute = when.replace(second=0, microsecond=0).astimezone(UTC)
    if fields.ambiguous:
        # The earlier of the two instants the fields can mean, within the repeated hour.
        assert timedelta(0) <= minute - back <= timedelta(hours=1)
    else:
        assert back == minute
    assert fields.when.astimezone(UTC) == minute


@given(_WHEN)
def test_ampm_and_hour_agree_with_the_24_hour_clock(when):
    fields = to_gateway_fields(when, now=EARLY)
    hour24 = fields.when.hour
    assert fields.SmsAmPm == ("AM" if hour24 < 12 else "PM")
    assert int(fields.SmsHour) % 12 == hour24 % 12


@given(_WHEN, _WHEN)
def test_past_times_are_always_refused(when, now):
    if when < now:
        with pytest.raises(ScheduleError, match="in the past"):
            to_gateway_fields(when, now=now)
    else:
        to_gateway_fields(when, now=now)


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)), _ZONES)
def test_parse_local_round_trips_its_own_format(naive, zone):
    naive = naive.replace(second=0, microsecond=0)
    try:
        when = parse_local(f"{naive:%Y-%m-%d %H:%M}", zone)
    except ScheduleError as exc:
        assert "does not exist" in str(exc)  # only a skipped wall time is refused
        return
    assert when.replace(tzinfo=None) == naive
    assert when.utcoffset() is not None


@given(st.text(max_size=30))
def test_parse_local_raises_only_schedule_error(text):
    try:
        when = parse_local(text, ROME)
    except ScheduleError as exc:
        assert str(exc).startswith("cannot schedule ")
    else:
        assert when.tzinfo is ROME


# ---- the ends of the calendar (issue 10, point 7: `--at "9999-12-31 23:59"`) ---------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("9999-12-31 23:59", "America/Los_Angeles"),  # 10000-01-01 in UTC
        ("0001-01-01 00:00", "Asia/Tokyo"),  # year 0 in UTC
    ],
)
def test_parse_local_refuses_the_ends_of_the_calendar(text, zone):
    with pytest.raises(ScheduleError, match="the year is out of range"):
        parse_local(text, zone)


@pytest.mark.parametrize("zone", [UTC, ZoneInfo("Europe/London"), ZoneInfo("Pacific/Kiritimati")])
def test_the_last_minute_of_the_calendar_is_beyond_the_gateway_not_a_crash(zone):
    # In London, 9999-12-31 23:59 is already in the year 10000 in Rome: datetime overflows.
    when = datetime(9999, 12, 31, 23, 59, tzinfo=zone)
    with pytest.raises(ScheduleError, match="2000–2099"):
        to_gateway_fields(when, now=NOW)


@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
    st.sampled_from([None, "America/Los_Angeles", "Pacific/Kiritimati", "Europe/Rome"]),
)
def test_any_wall_time_is_scheduled_or_refused_with_schedule_error(naive, zone):
    try:
        when = parse_local(f"{naive:%Y-%m-%d %H:%M}".rjust(16, "0"), zone)
        to_gateway_fields(when, now=NOW)
    except ScheduleError:
        pass
