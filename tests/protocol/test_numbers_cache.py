"""split_number's caches (by cleaned digits, and by country code + length + leading digits)
give exactly what the uncached computation gives: the same PhoneParts or the same error."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType

from smsgate_desktop.protocol import numbers
from smsgate_desktop.protocol.numbers import (
    NumberError,
    RegionError,
    _clean,
    _clean_carefully,
    _prefix_depth,
    _regex_depth,
    _split_number_uncached,
    clear_caches,
    split_number,
)

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
TYPES = [value for name, value in vars(PhoneNumberType).items() if name.isupper()]


def outcome(function, raw: str, region: str) -> tuple:
    try:
        parts = function(raw, region)
    except NumberError as exc:
        return ("error", type(exc), str(exc), exc.reason, exc.raw)
    except RegionError as exc:
        return ("region", str(exc), exc.region)
    return ("ok", parts)


def _examples() -> list[tuple[str, str]]:
    """(E.164 digits, region) of every example number phonenumbers has."""
    found: set[tuple[str, str]] = set()
    for region in REGIONS:
        for kind in TYPES:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                found.add((phonenumbers.format_number(example, 0), region))
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            found.add((phonenumbers.format_number(example, 0), "IT"))
    return sorted(found)


EXAMPLES = _examples()


def _variant(rng: random.Random, e164: str) -> str:
    """The example with some trailing digits changed, maybe one digit more or fewer."""
    digits = list(e164[1:])
    keep = rng.randint(1, len(digits))
    digits[keep:] = [rng.choice("0123456789") for _ in digits[keep:]]
    change = rng.choice((-1, 0, 0, 1))
    if change < 0 and len(digits) > 2:
        digits.pop()
    elif change > 0:
        digits.append(rng.choice("0123456789"))
    return "+" + "".join(digits)


def _national(e164: str, region: str) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def test_cached_answers_equal_uncached_for_variants_of_every_example():
    clear_caches()
    rng = random.Random(13)
    checked = 0
    for e164, region in EXAMPLES:
        for _ in range(6):
            raw = _variant(rng, e164)
            for text, default in ((raw, "IT"), (_national(raw, region), region)):
                # Twice: the second answer comes from the caches.
                assert outcome(split_number, text, default) == outcome(
                    _split_number_uncached, text, default
                )
                assert outcome(split_number, text, default) == outcome(
                    _split_number_uncached, text, default
                )
                checked += 1
    assert checked > 5000
    assert len(numbers._shapes) > 1000  # the prefix cache was used, and hit


@settings(max_examples=400, deadline=None)
@given(
    example=st.sampled_from(EXAMPLES),
    tail=st.lists(st.sampled_from("0123456789"), min_size=0, max_size=8),
    keep=st.integers(min_value=1, max_value=15),
    national=st.booleans(),
)
def test_cached_equals_uncached_on_real_looking_numbers(example, tail, keep, national):
    e164, region = example
    raw = e164[: keep + 1] + "".join(tail)
    sibling = e164[: keep + 1] + "".join(reversed(tail))  # same prefix and length
    if national:
        raw, sibling, default = _national(raw, region), _national(sibling, region), region
    else:
        default = "IT"
    outcome(split_number, sibling, default)  # fills the prefix cache for `raw`
    assert outcome(split_number, raw, default) == outcome(_split_number_uncached, raw, default)


@settings(max_examples=400, deadline=None)
@given(
    raw=st.text(alphabet="0123456789+ -()./\u00a0\u2013a\t", max_size=20),
    region=st.sampled_from(["IT", "US", "GB", "FR", "DE", "BR", "IN", "CN", "it", "XX"]),
)
def test_cached_equals_uncached_on_random_text(raw, region):
    first = outcome(split_number, raw, region)
    assert first == outcome(_split_number_uncached, raw, region)
    assert outcome(split_number, raw, region) == first  # from the cache now


@settings(max_examples=300, deadline=None)
@given(
    code=st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)),
    body=st.text(alphabet="0123456789", min_size=1, max_size=17),
)
def test_cached_equals_uncached_on_random_digits_of_any_country(code, body):
    raw = f"+{code}{body}"
    assert outcome(split_number, raw, "IT") == outcome(_split_number_uncached, raw, "IT")


@settings(max_examples=500, deadline=None)
@given(raw=st.text(alphabet="0123456789+ -()./\u00a0\u2013\u2009\u00b2\u0663a\t\n", max_size=16))
def test_fast_clean_equals_the_careful_one(raw):
    assert outcome(lambda text, _: _clean(text), raw, "IT") == outcome(
        lambda text, _: _clean_carefully(text), raw, "IT"
    )


def test_odd_spellings_cached_equal_uncached():
    for raw in ("+39 333 1234567", "0039-333.123", "(02)\u00a0123\t45", "00", "+", "0", "+0039"):
        assert outcome(split_number, raw, "IT") == outcome(_split_number_uncached, raw, "IT")


@pytest.mark.parametrize(
    ("pattern", "depth"),
    [
        (r"3[1-9]\d{8}", 2),
        (r"(\d{3})(\d{3,4})", 0),
        (r"0669[0-79]\d{1,6}|0(?:1|2)\d{5}", 5),
        (r"\d{2}[1-3]", 3),
        (r"(?:1|23)[45]\d+", 3),
        (r"\d{1,3}5", 4),
        (r"[0-9]{4}", 0),
        (r"[^5]\d", 1),
        (r"\d+5", None),
        (r"(?=1)\d", None),
        (r"(\d)\1", None),
    ],
)
def test_regex_depth(pattern, depth):
    assert _regex_depth(pattern) == depth


def test_every_country_code_is_prefix_cached():
    # Not needed for correctness; a metadata update that breaks it would slow imports down.
    assert all(_prefix_depth(code) is not None for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
