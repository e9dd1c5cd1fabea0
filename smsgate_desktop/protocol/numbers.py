"""A phone number as typed or pasted -> the gateway's CountryCode / GsmCode / PhoneNumber.

The gateway wants a recipient in three fields (clarifications §9): CountryCode `+` and 1–4
digits, GsmCode 2–5 digits, PhoneNumber 3–12 digits, and it simply puts them back together
(`+39` `333` `1234567` -> +393331234567). So any split whose concatenation is the E.164 number
reaches the right handset; we choose the one a person recognises:

- GsmCode is the national destination code (NDC) that `phonenumbers` finds: the mobile prefix
  of an Italian mobile (333, 347, 320, 389, ...) or the area code of a landline, with its
  leading zero kept as text (Rome: 06, Bolzano: 0471), because in Italy the zero is part of the
  number dialled from abroad.
- When the NDC is not 2–5 digits (none at all, e.g. in countries without area codes, or one
  digit such as French mobiles' 6), GsmCode is the first 3 digits of the national number, then
  moved so that PhoneNumber keeps 3–12 digits. A national number shorter than 5 digits cannot
  be split at all and is refused.
- Any valid number is accepted, not only mobiles: whether a landline can receive SMS depends
  on the operator, so `PhoneParts.kind` says what the number is and the caller may warn.

Accepted input: E.164 (`+39 333 1234567`), the international prefix `00` (`0039 ...`, taken as
`+` whatever the default region, as it is across Europe), the region's own international prefix
(`011` for US), or a national number read in `default_region`; spaces, dots, dashes, slashes
and parentheses are ignored. Letters are refused (no vanity numbers, no "ext."): a pasted
"Name: number" line must not turn into a wrong number.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from re import _constants  # the regular expression parser, to see which digits a
from re import _parser as _sre_parser  # pattern can test (private, stable since 3.11)
from typing import Final

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberDesc, PhoneNumberFormat, PhoneNumberType
from phonenumbers import ValidationResult as Validation
from phonenumbers.phonenumberutil import (  # _number_type_helper is private, but the only
    COUNTRY_CODE_TO_REGION_CODE,  # way to type a number without redoing its region lookup
    PhoneMetadata,
    _number_type_helper,
)

from .errors import FieldError, SmsGateError
from .fields import format_problem
from .phrases import Phrase, Template, phrase_of

DEFAULT_REGION: Final = "IT"

# Characters people put inside numbers; they carry nothing. Unicode dashes come from word
# processors, which also turn spaces into no-break spaces (str.isspace covers those).
_IGNORED: Final = frozenset(".-/()\u2010\u2011\u2012\u2013\u2014\u2212")
_REGIONS: Final = frozenset(phonenumbers.SUPPORTED_REGIONS)  # upper case, as check_region gives
_DROP: Final = dict.fromkeys(map(ord, "".join(_IGNORED) + " \t\n\r\v\f\xa0"))

# One entry of a pasted list ends at a newline, a comma, a semicolon or a tab (not a space:
# "333 123 4567" is one number).
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_ENTRY: Final = re.compile(r"[^,;\t]+")
_NON_DIGITS: Final = re.compile(r"\D+")

GSM_CODE_FALLBACK: Final = 3  # digits of GsmCode when the number has no usable NDC
MIN_GSM, MAX_GSM = 2, 5
MIN_PHONE, MAX_PHONE = 3, 12

_KINDS: Final = {
    value: name.lower() for name, value in vars(PhoneNumberType).items() if name.isupper()
}

# Why a number was refused (NumberError.reason), and the sentences around it.
UNKNOWN_COUNTRY_CODE: Final = Template(
    "PhoneNumbers", "unknown-country-code", "unknown country code"
)
NOT_A_NUMBER: Final = Template("PhoneNumbers", "not-a-number", "not a phone number")
TOO_SHORT: Final = Template("PhoneNumbers", "too-short", "too short")
TOO_LONG: Final = Template("PhoneNumbers", "too-long", "too long")
TOO_SHORT_FOR_GATEWAY: Final = Template(
    "PhoneNumbers",
    "too-short-for-gateway",
    "too short for the gateway, which needs at least {digits} digits after the country code",
)
EMPTY: Final = Template("PhoneNumbers", "empty", "it is empty")
PLUS_NOT_AT_START: Final = Template(
    "PhoneNumbers", "plus-not-at-start", "'+' is allowed only at the start (position {position})"
)
LETTER: Final = Template(
    "PhoneNumbers", "letter", "it contains the letter {char} at position {position}"
)
CHARACTER: Final = Template(
    "PhoneNumbers", "character", "it contains the character {char} at position {position}"
)
NO_DIGITS_AFTER_PLUS: Final = Template(
    "PhoneNumbers", "no-digits-after-plus", "there are no digits after '+'"
)
NO_DIGITS: Final = Template("PhoneNumbers", "no-digits", "it has no digits")
UNKNOWN_COUNTRY_CODE_OF: Final = Template(
    "PhoneNumbers", "unknown-country-code-of", "unknown country code {code}"
)
LOCAL_ONLY: Final = Template(
    "PhoneNumbers", "local-only", "too short (a local number without its area code?)"
)
WRONG_LENGTH: Final = Template(
    "PhoneNumbers", "wrong-length", "wrong number of digits for country code {code}"
)
NO_SUCH_RANGE: Final = Template(
    "PhoneNumbers", "no-such-range", "no such number range for country code {code}"
)
# A split that breaks a wire format (not expected: a safety net). `value` is a repr.
BAD_PART: Final = Template("PhoneNumbers", "bad-part", "its {name} {value} {problem}")
# NumberError's message; `shown` is the input's repr, cut at 60 characters.
INVALID_NUMBER: Final = Template(
    "PhoneNumbers", "invalid-number", "{shown} is not a valid phone number: {reason}"
)
# RegionError's reason and message.
REGION_EXPECTED: Final = Template(
    "PhoneNumbers", "region-expected", "expected an ISO country code such as 'IT'"
)
UNKNOWN_REGION: Final = Template(
    "PhoneNumbers", "unknown-region", "unknown default region {shown}, {reason}"
)
# Where an entry of a pasted list is, and what NumberEntry says about it.
LOCATION: Final = Template("PhoneNumbers", "location", "line {line}, column {column}")
ENTRY_ERROR: Final = Template("PhoneNumbers", "entry-error", "{location}: {error}")
DUPLICATE: Final = Template("PhoneNumbers", "duplicate", "{location} ({raw})")
COPY_DROPPED: Final = Template(
    "PhoneNumbers", "copy-dropped", "{number} also at {where}: copy dropped"
)
COPIES_DROPPED: Final = Template(
    "PhoneNumbers", "copies-dropped", "{number} also at {where}: copies dropped"
)

_PARSE_REASONS: Final = {
    NumberParseException.INVALID_COUNTRY_CODE: UNKNOWN_COUNTRY_CODE,
    NumberParseException.NOT_A_NUMBER: NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
    NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
    NumberParseException.TOO_LONG: TOO_LONG,
}


class NumberError(FieldError):
    """A recipient that cannot be turned into the gateway's three fields.

    `raw` is the input as given, `reason` says why in a few words (a Phrase). The message
    repeats both: "'+39 12' is not a valid phone number: too short" (the INVALID_NUMBER
    phrase, which is also `phrase`).
    """

    def __init__(self, raw: str, reason: str) -> None:
        super().__init__("recipient", raw, reason)
        self.raw = raw
        shown = repr(raw if len(raw) <= 60 else raw[:57] + "…")
        # Replace FieldError's "field value reason" wording with a sentence about the number.
        Exception.__init__(self, INVALID_NUMBER(shown=shown, reason=reason))


class RegionError(FieldError):
    """The default region for national numbers is not a country phonenumbers knows
    (`region` the value given). A FieldError (hence a ValueError) of its own, not a
    NumberError: it is no fault of any one number, and code that collects NumberErrors per
    number (contacts.mapping) must still stop at once on it."""

    def __init__(self, region: str) -> None:
        reason = REGION_EXPECTED()
        super().__init__("region", region, reason)
        self.region = region
        shown = repr(region if len(region) <= 60 else region[:57] + "…")
        Exception.__init__(self, UNKNOWN_REGION(shown=shown, reason=reason))


@dataclass(frozen=True, slots=True)
class PhoneParts:
    """One recipient, split for the gateway.

    `country_code` "+39", `gsm_code` "333", `phone_number` "1234567" (digits as text, leading
    zeros kept), `e164` "+393331234567", `display` "+39 333 1234567", `region` the ISO
    country ("IT", "001" for non-geographic numbers), `kind` the phonenumbers number type in
    lower case ("mobile", "fixed_line", "fixed_line_or_mobile", "voip", ...).
    """

    country_code: str
    gsm_code: str
    phone_number: str
    e164: str
    display: str
    region: str
    kind: str

    @property
    def is_mobile(self) -> bool:
        """Certainly or possibly a mobile (some countries do not tell the two apart)."""
        return self.kind in ("mobile", "fixed_line_or_mobile")

    def as_fields(self) -> dict[str, str]:
        """The three wire fields, for `SmsMessage.with_values(**parts.as_fields())`."""
        return {
            "CountryCode": self.country_code,
            "GsmCode": self.gsm_code,
            "PhoneNumber": self.phone_number,
        }


def split_number(raw: str, default_region: str = DEFAULT_REGION) -> PhoneParts:
    """Parse one phone number and split it for the gateway; raise NumberError when it can't be
    (RegionError, a NumberError, when `default_region` is no country).

    Cheap for repeated and similar numbers (a file or a recipient list): the answer for the
    same digits in the same region is remembered (`_split_cleaned`), and what phonenumbers'
    metadata says about a national number (region, type, NDC) is remembered per country code,
    length and the leading digits that its patterns can look at (`_shape`). Both caches give
    exactly the answers of `_split_number_uncached` (tests/protocol/test_numbers_cache.py)."""
    region = default_region  # check_region's answer for a known region already in upper case
    if type(region) is not str or region not in _REGIONS:
        region = check_region(default_region)
    answer = _split_cleaned(_clean(raw), region)
    if isinstance(answer, PhoneParts):
        return answer
    raise NumberError(raw, answer)


def _split_number_uncached(raw: str, default_region: str = DEFAULT_REGION) -> PhoneParts:
    """split_number without any cache: the reference the cached path is tested against."""
    region = check_region(default_region)
    cleaned = _clean(raw)
    try:
        number = phonenumbers.parse(cleaned, None if cleaned.startswith("+") else region)
    except NumberParseException as exc:
        raise NumberError(raw, _PARSE_REASONS.get(exc.error_type, NOT_A_NUMBER)()) from None
    national = phonenumbers.national_significant_number(number)
    answer = _assemble(number, national, _shape_of(number, national))
    if isinstance(answer, PhoneParts):
        return answer
    raise NumberError(raw, answer)


# What a PhoneNumber's national number is, as far as the split goes: (CountryCode, region,
# kind, GsmCode length) of a valid number, or why it is refused.
_Shape = tuple[str, str, str, int] | Phrase
_CLEANED_CACHE_SIZE: Final = 1 << 16
_SHAPE_CACHE_SIZE: Final = 1 << 17  # entries of _shapes before it is emptied and refilled
_shapes: dict[tuple[int, int, str], _Shape] = {}
_depths: dict[int, int | None] = {}


@functools.lru_cache(maxsize=_CLEANED_CACHE_SIZE)
def _split_cleaned(cleaned: str, region: str) -> PhoneParts | Phrase:
    """The PhoneParts of `cleaned` (what _clean made of the input) read in `region`, or the
    reason it is refused. split_number's answer depends on the input only through these two,
    so remembering it by them is exact."""
    try:
        number = phonenumbers.parse(cleaned, None if cleaned.startswith("+") else region)
    except NumberParseException as exc:
        return _PARSE_REASONS.get(exc.error_type, NOT_A_NUMBER)()
    national = phonenumbers.national_significant_number(number)
    return _assemble(number, national, _shape(number, national))


def _shape(number: phonenumbers.PhoneNumber, national: str) -> _Shape:
    """_shape_of, remembered per (country code, length, first `depth` digits).

    Every answer in _shape_of comes from the country code, the length of the national number
    and regular expressions of the country's metadata matched against it. `_prefix_depth`
    proves that none of those expressions tests a digit at or after position `depth` other
    than with "any digit", so two national numbers (digits only) with the same country code,
    length and first `depth` digits go through the same steps of every match and get the
    same answer. A country whose patterns cannot be proved so is not cached here.
    """
    code = number.country_code
    depth = _depths.get(code, -1)
    if depth == -1:
        depth = _depths[code] = _prefix_depth(code)
    if depth is None:
        return _shape_of(number, national)
    key = (code, len(national), national[:depth])
    shape = _shapes.get(key)
    if shape is None:
        shape = _shape_of(number, national)
        if len(_shapes) >= _SHAPE_CACHE_SIZE:
            _shapes.clear()
        _shapes[key] = shape
    return shape


def _shape_of(number: phonenumbers.PhoneNumber, national: str) -> _Shape:
    # Region and type in one pass over the metadata (phonenumbers' is_valid_number,
    # region_code_for_number, number_type and length_of_national_destination_code each redo
    # it: the import of a large file spent most of its time there).
    number_region, number_kind = _region_and_type(number.country_code, national)
    if number_kind == PhoneNumberType.UNKNOWN:  # is_valid_number, without recomputing
        return _invalid_reason(number)
    gsm_length = _gsm_code_length(national, _ndc_length(number, number_kind))
    if gsm_length is None:
        return TOO_SHORT_FOR_GATEWAY(digits=MIN_GSM + MIN_PHONE)
    country_code = f"+{number.country_code}"
    for name, value in (
        ("CountryCode", country_code),
        ("GsmCode", national[:gsm_length]),
        ("PhoneNumber", national[gsm_length:]),
    ):
        # Not expected after the checks above; refuse rather than send garbage. (The formats
        # are digit counts, so the answer depends on lengths only, as the cache requires.)
        problem = format_problem(name, value)
        if problem:
            return BAD_PART(name=name, value=repr(value), problem=problem)
    return country_code, number_region or "", _KINDS.get(number_kind, "unknown"), gsm_length


def _assemble(
    number: phonenumbers.PhoneNumber, national: str, shape: _Shape
) -> PhoneParts | Phrase:
    if not isinstance(shape, tuple):
        return shape
    country_code, number_region, kind, gsm_length = shape
    gsm_code, phone_number = national[:gsm_length], national[gsm_length:]
    return PhoneParts(
        country_code=country_code,
        gsm_code=gsm_code,
        phone_number=phone_number,
        e164=country_code + national,  # format_number(E164) without an extension is this
        display=f"{country_code} {gsm_code} {phone_number}",
        region=number_region,
        kind=kind,
    )


def _prefix_depth(country_code: int) -> int | None:
    """How many leading digits of a national number the metadata of `country_code` can look
    at (besides its length); None when its patterns use something this does not analyse."""
    depth = 0
    for pattern in _patterns(country_code):
        found = _regex_depth(pattern)
        if found is None:
            return None
        depth = max(depth, found)
    return depth


def _patterns(country_code: int) -> set[str]:
    """Every regular expression of the metadata that _shape_of may match a national number
    of `country_code` against (descriptions, leading digits, formats)."""
    metadatas = [
        PhoneMetadata.metadata_for_region(region.upper(), None)
        for region in COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    ]
    metadatas.append(
        PhoneMetadata.metadata_for_region_or_calling_code(
            country_code, phonenumbers.region_code_for_country_code(country_code)
        )
    )
    patterns: set[str] = set()
    for metadata in metadatas:
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            patterns.add(metadata.leading_digits)
        for value in vars(metadata).values():
            if isinstance(value, PhoneNumberDesc) and value.national_number_pattern:
                patterns.add(value.national_number_pattern)
        for formats in (metadata.number_format, metadata.intl_number_format):
            for number_format in formats or ():
                patterns.add(number_format.pattern)
                patterns.update(number_format.leading_digits_pattern or ())
    return patterns


_INF: Final = float("inf")
_ANCHORS: Final = frozenset(
    (
        _constants.AT_BEGINNING,
        _constants.AT_BEGINNING_STRING,
        _constants.AT_END,
        _constants.AT_END_STRING,
    )
)


def _regex_depth(pattern: str) -> int | None:
    """One past the last position (from the start of the text) at which `pattern` can test a
    character with anything but "any digit"; None when it uses a construct not analysed here
    (lookarounds, back references, ...) or the position is unbounded. Calling anything not
    understood "a test" is always safe: it only makes the depth larger."""
    try:
        _, _, depth = _sequence_depth(_sre_parser.parse(pattern))
    except (_Unsupported, re.error):
        return None
    return None if depth == _INF else int(depth)


class _Unsupported(SmsGateError):
    """A pattern the depth analysis does not understand (caught here: no cache by prefix)."""


def _sequence_depth(items) -> tuple[float, float, float]:  # items: re's parse tree
    """(shortest, longest, depth) of a sequence of the parse tree, depth as in _regex_depth
    but measured from the sequence's start (0: nothing but any-digit tests)."""
    shortest = longest = depth = 0.0
    for op, argument in items:
        low, high, inner = _item_depth(op, argument)
        if inner:
            depth = max(depth, longest + inner)
        shortest += low
        longest += high
    return shortest, longest, depth


def _item_depth(op, argument) -> tuple[float, float, float]:
    c = _constants
    if op is c.ANY:
        return 1, 1, 0
    if op in (c.LITERAL, c.NOT_LITERAL):
        return 1, 1, 1  # a literal digit tests; a NOT_LITERAL is counted as a test too
    if op is c.IN:
        return 1, 1, 0 if _any_digit(argument) else 1
    if op is c.AT:
        if argument in _ANCHORS:  # depends on the position only, the same for equal lengths
            return 0, 0, 0
        raise _Unsupported
    if op is c.SUBPATTERN:
        return _sequence_depth(argument[-1])
    if op is c.BRANCH:
        parts = [_sequence_depth(branch) for branch in argument[1]]
        return (
            min(p[0] for p in parts),
            max(p[1] for p in parts),
            max(p[2] for p in parts),
        )
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, high, sub = argument
        if high == 0:
            return 0, 0, 0
        sub_low, sub_high, sub_depth = _sequence_depth(sub)
        top = _INF if high == c.MAXREPEAT else high
        longest = top * sub_high if sub_high else 0.0
        if not sub_depth:
            return low * sub_low, longest, 0
        if top == _INF:
            return low * sub_low, longest, _INF
        return low * sub_low, longest, (top - 1) * sub_high + sub_depth
    raise _Unsupported


def _any_digit(items) -> bool:
    """Whether a character class (not negated) contains \\d or the whole range 0-9."""
    c = _constants
    if any(op is c.NEGATE for op, _ in items):
        return False
    for op, argument in items:
        if op is c.CATEGORY and argument is c.CATEGORY_DIGIT:
            return True
        if op is c.RANGE and argument[0] <= ord("0") and argument[1] >= ord("9"):
            return True
    return False


def _region_and_type(country_code: int, national: str) -> tuple[str | None, int]:
    """(region_code_for_number, number_type) of a number, computing its type only once.

    Same answers as phonenumbers' functions of those names (tests/protocol/test_numbers.py
    compares them): a shared country code's regions are tried in order, by their leading
    digits when they have some, else by full validation, whose type is then kept.
    """
    regions = COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return None, PhoneNumberType.UNKNOWN
    found = regions[0] if len(regions) == 1 else None
    if found is None:
        for region in regions:
            metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
            if metadata is None:
                continue
            if metadata.leading_digits is not None:
                if re.match(metadata.leading_digits, national):
                    found = region
                    break
            else:
                kind = _number_type_helper(national, metadata)
                if kind != PhoneNumberType.UNKNOWN:
                    return region, kind
    if found is None:
        return None, PhoneNumberType.UNKNOWN
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, found)
    if metadata is None:
        return found, PhoneNumberType.UNKNOWN
    return found, _number_type_helper(national, metadata)


def _ndc_length(number: phonenumbers.PhoneNumber, kind: int) -> int:
    """phonenumbers.length_of_national_destination_code, given the number's type."""
    if number.extension is not None:
        number = phonenumbers.PhoneNumber(
            country_code=number.country_code,
            national_number=number.national_number,
            italian_leading_zero=number.italian_leading_zero,
            number_of_leading_zeros=number.number_of_leading_zeros,
        )
    groups = _NON_DIGITS.split(phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL))
    if len(groups) <= 3:
        return 0
    if kind == PhoneNumberType.MOBILE and phonenumbers.country_mobile_token(number.country_code):
        return len(groups[2]) + len(groups[3])
    return len(groups[2])


def check_region(region: str) -> str:
    """The region in upper case ("it" -> "IT"); RegionError when phonenumbers does not know
    it. The region can come from a person (`smsgate --region`), so it is their error to fix,
    not a programming error."""
    if not isinstance(region, str):
        raise TypeError(f"a region must be text, not {type(region).__name__}")
    code = region.upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise RegionError(region)
    return code


def _clean(raw: str) -> str:
    """The digits of `raw`, with a leading "+" for an international number."""
    if not isinstance(raw, str):
        raise TypeError(f"a phone number must be text, not {type(raw).__name__}")
    # Fast path, same result: once the ignored characters and ASCII blanks are dropped, ASCII
    # digits with at most a leading "+" are what the loop below would keep.
    quick = raw.replace(" ", "")  # most numbers need nothing more; the others, translate
    body = quick[1:] if quick[:1] == "+" else quick
    if not (body.isdigit() and body.isascii()):
        quick = raw.translate(_DROP)
        body = quick[1:] if quick[:1] == "+" else quick
    if body.isdigit() and body.isascii():
        if quick.startswith("00"):
            return "+" + quick[2:]
        return quick
    return _clean_carefully(raw)


def _clean_carefully(raw: str) -> str:
    """_clean, character by character, with the reason for any refusal."""
    if not raw.strip():
        raise NumberError(raw, EMPTY())
    out: list[str] = []
    for index, char in enumerate(raw):
        if "0" <= char <= "9":
            out.append(char)
        elif char == "+":
            if out:
                raise NumberError(raw, PLUS_NOT_AT_START(position=index + 1))
            out.append(char)
        elif char in _IGNORED or char.isspace():
            continue
        elif char.isalpha():
            raise NumberError(raw, LETTER(char=repr(char), position=index + 1))
        else:
            raise NumberError(raw, CHARACTER(char=repr(char), position=index + 1))
    digits = "".join(out)
    if digits == "+":
        raise NumberError(raw, NO_DIGITS_AFTER_PLUS())
    if not digits:
        raise NumberError(raw, NO_DIGITS())
    if digits.startswith("00"):
        return "+" + digits[2:]
    return digits


def _invalid_reason(number: phonenumbers.PhoneNumber) -> Phrase:
    country = f"+{number.country_code}"
    match phonenumbers.is_possible_number_with_reason(number):
        case Validation.INVALID_COUNTRY_CODE:
            return UNKNOWN_COUNTRY_CODE_OF(code=country)
        case Validation.TOO_SHORT:
            return TOO_SHORT()
        case Validation.TOO_LONG:
            return TOO_LONG()
        case Validation.IS_POSSIBLE_LOCAL_ONLY:
            return LOCAL_ONLY()
        case Validation.INVALID_LENGTH:
            return WRONG_LENGTH(code=country)
        case _:
            return NO_SUCH_RANGE(code=country)


def _gsm_code_length(national: str, ndc_length: int) -> int | None:
    """How many leading digits of the national number go to GsmCode; None when no split fits."""
    if len(national) < MIN_GSM + MIN_PHONE:
        return None
    length = ndc_length if MIN_GSM <= ndc_length <= MAX_GSM else GSM_CODE_FALLBACK
    # Move the cut so that the subscriber part keeps 3–12 digits (a national number has at
    # most 17 digits, so GsmCode stays within 2–5 whichever way it moves).
    length = max(length, len(national) - MAX_PHONE)
    length = min(length, len(national) - MIN_PHONE)
    return max(MIN_GSM, min(MAX_GSM, length))


# ---- pasted lists --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumberEntry:
    """One entry of a pasted list: where it was (1-based line and column), and either its
    `parts` or its `error`. `duplicates` are later entries with the same E.164 number, which
    were dropped from the list."""

    raw: str
    line: int
    column: int
    parts: PhoneParts | None = None
    error: NumberError | None = None
    duplicates: tuple[NumberEntry, ...] = ()

    @property
    def ok(self) -> bool:
        return self.parts is not None

    @property
    def location(self) -> str:
        return LOCATION(line=self.line, column=self.column)

    @property
    def message(self) -> str:
        """The error with its location, or "" for a good number."""
        if self.error is None:
            return ""
        return ENTRY_ERROR(location=self.location, error=phrase_of(self.error) or str(self.error))

    @property
    def note(self) -> str:
        """Which duplicates were dropped, or "" when there were none. `where` is the one
        DUPLICATE phrase, or several joined by "; " (plain text: a list is no phrase)."""
        if not self.duplicates:
            return ""
        each = [DUPLICATE(location=d.location, raw=repr(d.raw)) for d in self.duplicates]
        where = each[0] if len(each) == 1 else "; ".join(each)
        template = COPY_DROPPED if len(each) == 1 else COPIES_DROPPED
        return template(number=self.parts.e164 if self.parts else self.raw, where=where)


def parse_many(text: str, default_region: str = DEFAULT_REGION) -> list[NumberEntry]:
    """Every number of a pasted list, in order: one entry per number, good or bad.

    Entries are separated by newlines, commas, semicolons and tabs; blank entries are skipped.
    A number equal (same E.164) to an earlier one is dropped and noted on the first one's
    `duplicates`. Bad entries are all kept, each with its own error.
    """
    region = check_region(default_region)
    entries: list[NumberEntry] = []
    first_by_e164: dict[str, int] = {}
    dropped: dict[int, list[NumberEntry]] = {}
    for line_index, line in enumerate(_LINE_BREAK.split(text)):
        for match in _ENTRY.finditer(line):
            raw = match.group().strip()
            if not raw:
                continue
            column = match.start() + len(match.group()) - len(match.group().lstrip()) + 1
            entry = _entry(raw, line_index + 1, column, region)
            if entry.parts is None:
                entries.append(entry)
            elif entry.parts.e164 in first_by_e164:
                dropped.setdefault(first_by_e164[entry.parts.e164], []).append(entry)
            else:
                first_by_e164[entry.parts.e164] = len(entries)
                entries.append(entry)
    for index, copies in dropped.items():
        entries[index] = replace(entries[index], duplicates=tuple(copies))
    return entries


def _entry(raw: str, line: int, column: int, region: str) -> NumberEntry:
    try:
        return NumberEntry(raw, line, column, parts=split_number(raw, region))
    except NumberError as exc:
        return NumberEntry(raw, line, column, error=exc)


def clear_caches() -> None:
    """Forget what split_number remembered (for benchmarks and tests; never needed for
    correctness: the caches only give the answers split_number would compute anyway)."""
    _split_cleaned.cache_clear()
    _shapes.clear()
    _depths.clear()
