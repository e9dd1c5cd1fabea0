"""protocol/text.py: wire encoding of TextMessage, and what a text costs as SMS."""

from __future__ import annotations

import itertools
import math
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgate_desktop.protocol.errors import FieldError
from smsgate_desktop.protocol.text import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    TextInfo,
    analyse,
    check_wire_text,
    decode_value,
    encode_value,
    gsm7_septets,
    split_parts,
    suggest_sms_type,
    ucs2_forcing_chars,
    ucs2_units,
    unencodable_chars,
    wire_encoding,
)

EMOJI = "😀"  # U+1F600, outside the BMP: a surrogate pair, 2 UCS-2 units
CYRILLIC = "ж"  # in the BMP, not in GSM-7: 1 UCS-2 unit


def units_of(part: str, encoding: str) -> int:
    """An independent count: septets from the tables, UTF-16 units from the codec."""
    if encoding == "GSM-7":
        return sum(2 if char in GSM7_EXTENSION else 1 for char in part)
    return len(part.encode("utf-16-le", "surrogatepass")) // 2


# ---- the existing wire-encoding functions (unchanged behaviour) -----------------------------


def test_wire_encoding_is_utf8_only_for_utf():
    assert wire_encoding("UTF") == "utf-8"
    for sms_type in ("", "FL", "UCS", "UDH", "WBK", "WPS"):
        assert wire_encoding(sms_type) == "iso-8859-15"


def test_unencodable_chars_lists_zero_based_positions():
    assert unencodable_chars("a€bΔc😀") == [(3, "Δ"), (5, EMOJI)]
    assert unencodable_chars("a€bΔc😀", "utf-8") == []


def test_check_wire_text_names_the_first_bad_character():
    check_wire_text("Ciao € è", "")
    check_wire_text("Δ 😀", "UTF")
    with pytest.raises(FieldError) as info:
        check_wire_text("abΔcΩ", "")
    assert info.value.field == "TextMessage"
    assert "'Δ' (U+0394) at position 3 and 1 more" in info.value.reason
    assert "choose the UTF message type" in info.value.reason


def test_encode_value_is_byte_exact_and_never_replaces():
    assert encode_value("€è") == b"\xa4\xe8"
    assert encode_value("€è", "utf-8") == b"\xe2\x82\xac\xc3\xa8"
    with pytest.raises(FieldError, match=r"'Δ' \(U\+0394\) at position 2"):
        encode_value("aΔ", field="Sender")
    assert decode_value(b"\xa4") == "€"


# ---- the GSM 03.38 tables -----------------------------------------------------------------


def test_gsm7_tables_have_the_standard_sizes():
    assert len(GSM7_BASIC) == 127  # 128 codes, one of which (0x1B) is the escape
    assert len(GSM7_EXTENSION) == 10
    assert not GSM7_BASIC & GSM7_EXTENSION


def test_the_only_printable_ascii_outside_gsm7_is_the_backtick():
    printable = set(string.printable) - set("\t\x0b\x0c\r\n")
    assert printable - GSM7_BASIC - GSM7_EXTENSION == {"`"}


@pytest.mark.parametrize("char", list("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\n\r "))
def test_national_and_greek_characters_are_one_septet(char):
    assert gsm7_septets(char) == 1


@pytest.mark.parametrize("char", ["\f", "^", "{", "}", "\\", "[", "~", "]", "|", "€"])
def test_extension_characters_are_two_septets(char):
    assert gsm7_septets(char) == 2
    assert analyse(char) == TextInfo(1, "GSM-7", 2, 1, 158, ())


@pytest.mark.parametrize(
    "char", ["ç", "`", "â", "ê", "À", "Ó", "ő", CYRILLIC, "\t", EMOJI, "\ud800"]
)
def test_characters_outside_gsm7(char):
    assert gsm7_septets(char) is None


def test_ucs2_units_counts_surrogate_pairs():
    assert ucs2_units("a") == 1
    assert ucs2_units("\uffff") == 1
    assert ucs2_units("\U00010000") == 2
    assert ucs2_units(EMOJI) == 2


# ---- GSM-7 sizes and boundaries -----------------------------------------------------------


def test_empty_text_is_nothing_to_send():
    assert analyse("") == TextInfo(0, "GSM-7", 0, 0, 160, ())
    assert split_parts("") == []


@pytest.mark.parametrize(
    ("length", "parts", "remaining"),
    [
        (1, 1, 159),
        (160, 1, 0),
        (161, 2, 145),  # 153 + 8
        (306, 2, 0),
        (307, 3, 152),
        (459, 3, 0),
        (460, 4, 152),
    ],
)
def test_gsm7_part_boundaries(length, parts, remaining):
    text = "a" * length
    assert analyse(text) == TextInfo(length, "GSM-7", length, parts, remaining, ())
    assert len(split_parts(text)) == parts


def test_gsm7_split_is_153_septets_per_part():
    assert [len(part) for part in split_parts("x" * 307)] == [153, 153, 1]
    assert [len(part) for part in split_parts("x" * 161)] == [153, 8]


def test_escape_characters_count_two_septets():
    assert analyse("€" * 80) == TextInfo(80, "GSM-7", 160, 1, 0, ())
    info = analyse("€" * 80 + "a")
    assert (info.units, info.parts) == (161, 2)
    # 76 euros are 152 septets; a 77th would make 154 > 153, so it opens part 2.
    assert split_parts("€" * 80 + "a") == ["€" * 76, "€" * 4 + "a"]


def test_escape_character_that_would_straddle_the_boundary_moves_to_the_next_part():
    text = "a" * 152 + "€" + "b" * 10
    assert split_parts(text) == ["a" * 152, "€" + "b" * 10]
    assert analyse(text) == TextInfo(163, "GSM-7", 164, 2, 153 - 12, ())


def test_escape_character_that_ends_exactly_on_the_boundary_stays():
    text = "a" * 151 + "€" + "b" * 10
    assert split_parts(text) == ["a" * 151 + "€", "b" * 10]


def test_a_moved_escape_can_cost_a_whole_extra_part():
    # 306 septets fit 2 parts of plain text, but the euro cannot straddle 152|153.
    text = "a" * 152 + "€" + "a" * 152
    assert analyse(text).units == 306
    assert split_parts(text) == ["a" * 152, "€" + "a" * 151, "a"]
    assert analyse(text).parts == 3
    assert analyse("a" * 306).parts == 2


def test_escape_characters_in_a_single_part_text():
    text = "a" * 158 + "€"  # 160 septets: still one SMS
    assert analyse(text) == TextInfo(159, "GSM-7", 160, 1, 0, ())
    assert analyse("a" * 159 + "€").parts == 2  # 161 septets


def test_newlines_and_form_feed():
    assert analyse("a\r\nb").units == 4
    assert analyse("a\fb").units == 4


# ---- UCS-2 sizes and boundaries -----------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "parts", "remaining"),
    [(1, 1, 69), (70, 1, 0), (71, 2, 63), (134, 2, 0), (135, 3, 66), (201, 3, 0), (202, 4, 66)],
)
def test_ucs2_part_boundaries(length, parts, remaining):
    text = CYRILLIC * length
    info = analyse(text)
    assert (info.characters, info.encoding, info.units) == (length, "UCS-2", length)
    assert (info.parts, info.remaining) == (parts, remaining)
    assert len(split_parts(text)) == parts


def test_one_character_outside_gsm7_makes_the_whole_text_ucs2():
    text = "a" * 69 + "ç"
    assert analyse(text) == TextInfo(70, "UCS-2", 70, 1, 0, ((69, "ç"),))
    assert analyse("a" * 70 + "ç").parts == 2
    # In UCS-2 the euro is one unit like any BMP character, not an escape.
    assert analyse("€ж").units == 2


def test_emoji_count_two_units():
    assert analyse(EMOJI) == TextInfo(1, "UCS-2", 2, 1, 68, ((0, EMOJI),))
    assert analyse(EMOJI * 35) == TextInfo(
        35, "UCS-2", 70, 1, 0, tuple((i, EMOJI) for i in range(35))
    )
    info = analyse(EMOJI * 36)
    assert (info.characters, info.units, info.parts) == (36, 72, 2)
    # 33 emoji are 66 units; the 34th would make 68 > 67.
    assert split_parts(EMOJI * 36) == [EMOJI * 33, EMOJI * 3]


def test_surrogate_pair_that_would_straddle_the_boundary_moves_to_the_next_part():
    text = CYRILLIC * 66 + EMOJI + CYRILLIC * 10
    assert split_parts(text) == [CYRILLIC * 66, EMOJI + CYRILLIC * 10]
    assert analyse(text).parts == 2
    assert analyse(text).remaining == 67 - 12


def test_surrogate_pair_that_ends_exactly_on_the_boundary_stays():
    text = CYRILLIC * 65 + EMOJI + CYRILLIC * 10
    assert split_parts(text) == [CYRILLIC * 65 + EMOJI, CYRILLIC * 10]


def test_a_lone_surrogate_is_one_ucs2_unit():
    assert analyse("a\ud800") == TextInfo(2, "UCS-2", 2, 1, 68, ((1, "\ud800"),))


def test_ucs2_forcing_lists_every_offending_character_with_its_position():
    text = "Ciao ç è `ok` 😀!"
    expected = ((5, "ç"), (9, "`"), (12, "`"), (14, EMOJI))
    assert analyse(text).ucs2_forcing == expected
    assert ucs2_forcing_chars(text) == list(expected)
    assert analyse("Prezzo: 10€ [promo]").ucs2_forcing == ()


# ---- suggest_sms_type ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sms_type"),
    [
        ("", ""),
        ("Ciao, il tuo codice è 1234. Costo 5€", ""),
        ("Ça coûte 5 â", ""),  # Latin-9 carries it (the handset gets UCS-2)
        ("Œuvre Šš Žž", ""),  # Latin-9 letters that Latin-1 lacks
        ("ΔΦΓ", "UTF"),  # GSM-7 has the Greek capitals, Latin-9 does not
        ("¤", "UTF"),  # GSM-7 0x24; Latin-9 put € in its place
        ("Привет", "UTF"),
        ("ok " + EMOJI, "UTF"),
    ],
)
def test_suggest_sms_type(text, sms_type):
    assert suggest_sms_type(text) == sms_type
    check_wire_text(text, sms_type)  # the suggestion is always one the wire accepts


# ---- properties ---------------------------------------------------------------------------

_CHARS = st.one_of(
    st.sampled_from(sorted(GSM7_BASIC)),
    st.sampled_from(sorted(GSM7_EXTENSION)),
    st.sampled_from([CYRILLIC, "ç", "`", "€", "ő"]),
    st.sampled_from([EMOJI, "\U00010348", "👍🏽"[0]]),
    st.characters(),
)
_GSM_TEXT = st.text(st.sampled_from(sorted(GSM7_BASIC | GSM7_EXTENSION)), max_size=700)
_ANY_TEXT = st.one_of(st.text(_CHARS, max_size=400), _GSM_TEXT, st.text(max_size=300))


@given(_ANY_TEXT)
def test_split_parts_joins_back_and_every_part_fits(text):
    info = analyse(text)
    parts = split_parts(text)
    assert "".join(parts) == text
    assert len(parts) == info.parts
    assert (info.parts == 0) == (text == "")
    single, multi = (160, 153) if info.encoding == "GSM-7" else (70, 67)
    limit = single if len(parts) == 1 else multi
    sizes = [units_of(part, info.encoding) for part in parts]
    assert all(0 < size <= limit for size in sizes)
    assert sum(sizes) == info.units
    assert 0 <= info.remaining <= single


@given(_ANY_TEXT)
def test_split_parts_is_greedy(text):
    # A part ends only when the next character does not fit whole.
    info = analyse(text)
    parts = split_parts(text)
    multi = 153 if info.encoding == "GSM-7" else 67
    for part, following in itertools.pairwise(parts):
        assert units_of(part + following[0], info.encoding) > multi


@given(_ANY_TEXT)
def test_encoding_follows_the_forcing_characters(text):
    info = analyse(text)
    forcing = [(i, c) for i, c in enumerate(text) if c not in GSM7_BASIC | GSM7_EXTENSION]
    assert list(info.ucs2_forcing) == forcing
    assert info.encoding == ("UCS-2" if forcing else "GSM-7")
    assert info.characters == len(text)
    assert info.units == units_of(text, info.encoding)


@given(st.text(st.sampled_from(sorted(GSM7_BASIC)), max_size=1000))
def test_plain_gsm7_parts_follow_the_textbook_formula(text):
    n = len(text)
    expected = 0 if n == 0 else 1 if n <= 160 else math.ceil(n / 153)
    assert analyse(text).parts == expected


@given(st.text(st.sampled_from([CYRILLIC, "ç", "Ω", "`"]), min_size=1, max_size=500))
def test_bmp_ucs2_parts_follow_the_textbook_formula(text):
    n = len(text)
    assert analyse(text).parts == (1 if n <= 70 else math.ceil(n / 67))


@given(st.text(max_size=200))
def test_suggest_sms_type_always_gives_a_carrying_encoding(text):
    sms_type = suggest_sms_type(text)
    assert sms_type in ("", "UTF")
    check_wire_text(text, sms_type)
    assert (sms_type == "") == (unencodable_chars(text) == [])


def test_sms_type_ucs_is_counted_as_ucs2_whatever_the_characters():
    """SmsType UCS sends UCS-2: the counter must not say GSM-7 (70 characters per part)."""
    from smsgate_desktop.protocol.text import analyse

    plain = analyse("a" * 100)
    assert (plain.encoding, plain.parts) == ("GSM-7", 1)
    ucs = analyse("a" * 100, "UCS")
    assert (ucs.encoding, ucs.parts) == ("UCS-2", 2)
