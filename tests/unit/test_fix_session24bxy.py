"""Session 24 (batches bx, by): numbers (a tally restated in a correction note, an age before an
elapsed-time apposition, two ages in parallel "at N and ... at M" clauses, small verbal counts
of molecules and counts of a paper's authors, page furniture: link lists and a weather widget)
and genes (a family word as the short form of its member "<word> A"). All texts are made up."""

from __future__ import annotations

import pytest
from quantity_rows import found
from quantity_rows import spans as _spans

from agefacts.extract.entities import find_mentions


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


# --- a tally restated in a correction -----------------------------------------------------

@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Clarification: A previous edition of this post gave the wrong number of rowers who "
     "completed the regatta. It was 318.", "318", "rowers"),
    ("A previous version gave the wrong number of people who were treated. It was 87.", "87", "people"),
    ("We asked about the number of falls each resident had in a year. It was twelve.", "twelve", "falls"),
])
def test_a_short_sentence_after_a_named_tally_restates_it(text, span, unit):
    row = _rows(text)[span]
    assert (row[4], row[6]) == (unit, "count")


@pytest.mark.parametrize("text", [
    "It was 318.",  # nothing it restates
    "The route was short and flat. It was 318.",  # no tally named before
])
def test_it_was_n_alone_reads_nothing(text):
    assert found(text) == []


# --- ages ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "age"), [
    ("I was 47, two years past my operation, when I signed up.", "47"),
    ("She was 61, 2 years after the fall, and still nervous.", "61"),
    ("He was 70, five years into retirement.", "70"),
])
def test_an_age_before_a_time_since_something_is_no_list_item(text, age):
    row = _rows(text)[age]
    assert (row[4], row[6]) == ("years", "age")


def test_a_list_of_numbers_sharing_a_unit_is_still_no_age():
    rows = found("Saliva was sampled at 30, 60 and 90 minutes.")
    assert [r[4] for r in rows] == ["minutes", "minutes", "minutes"]


@pytest.mark.parametrize(("text", "ages"), [
    ("Bones thin with ageing. My uncle sprained his ankle at 52 and his knee at 67.", ["52", "67"]),
    ("Bones thin with ageing. Her father retired at 58 and died at 81.", ["58", "81"]),
])
def test_two_ages_in_parallel_at_clauses(text, ages):
    rows = _rows(text)
    assert [(a, rows[a][6]) for a in ages] == [(a, "age") for a in ages]


@pytest.mark.parametrize("text", [
    "Bones thin with ageing. Her saliva was sampled at 30 and again at 60.",  # a repeated measure
    "Bones thin with ageing. The heart rate sat at 50 and peaked at 90.",  # levels
])
def test_at_n_and_at_m_of_a_measurement_is_no_pair_of_ages(text):
    rows = _rows(text)
    first = text.split(" at ")[1].split()[0]
    assert first not in rows or rows[first][6] != "age"


# --- counts that are no finding ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A compound that silences two repair-slowing signals revives grip in old hamsters.",
    "The serum binds three proteins that dampen healing.",
    "In the tendons, two genes that slow repair were busier.",
    "Inflamed fat releases two hormones, both linked to poor sleep.",
    "Two enzymes, FOO1 and BAR2, mark damaged fibres for removal.",  # an apposition names them
])
def test_a_small_verbal_count_of_molecules_is_not_reported(text):
    assert not any(r[4] in ("signals", "proteins", "genes", "hormones") for r in found(text))


@pytest.mark.parametrize(("text", "span"), [
    ("Five proteins passed the significance threshold.", "Five proteins"),  # a larger count: a result
    ("The panel measured 41 genes in each biopsy.", "41 genes"),  # digits
    ("Three proteins explained most of the gain: FOO1 and BAR2.", "Three proteins"),  # what the sentence reports
])
def test_larger_or_digit_counts_of_molecules_stay(text, span):
    assert _rows(text)[span][6] == "count"


@pytest.mark.parametrize("text", [
    "A charity paid for the pilot. Four of the authors declared grants from a drug maker.",
    "The paper's nine authors agreed on the wording.",
])
def test_counts_of_a_papers_authors_are_no_study_fact(text):
    assert found(text) == []


def test_a_count_of_the_people_studied_still_opens_a_sentence():
    assert _rows("Twenty of the rowers switched to drills.")["Twenty"][4] == "rowers"


# --- page furniture ---------------------------------------------------------------------------

_PAGE = """Walking group helps over-70s sleep better

Researchers followed 52 volunteers for 9 weeks.

Read more:
  Library hours cut at three branches by spring
  Grandmother, 96, finishes charity swim

MOST READ
1  Ring road to shut for five weeks
2  Council backs 180 flats on old depot site
3  Raffle ticket lands £3m prize

Related news
  Harbourside Institute joins £7m network on ageing
"""


def test_numbers_in_link_lists_are_page_furniture():
    assert _spans(_PAGE) == ["over-70s", "52 volunteers", "9 weeks"]


def test_prose_after_a_link_list_heading_is_read():
    text = "Related\n\nThe trial enrolled 48 adults over 12 weeks and all of them finished it.\n"
    assert _spans(text) == ["48 adults", "12 weeks"]


@pytest.mark.parametrize("line", [
    "Hull  14°C  Heavy showers",
    "Bristol | 8°C | Cloudy",
    "7°C  Sunny intervals",
])
def test_a_masthead_weather_line_is_page_furniture(line):
    assert _spans(f"Local News\n{line}\n\nThe class of 30 people met weekly.\n") == ["30 people"]


def test_a_temperature_in_prose_is_still_read():
    assert _spans("Samples were stored at -80°C until analysis.") == ["-80°C"]


# --- genes ------------------------------------------------------------------------------------

def _ids(text: str) -> set[str]:
    return {m.entity.entity_id for m in find_mentions(text)}


@pytest.mark.parametrize("text", [
    "Inhibin B drops in ageing men, and the inhibin signal fades with it.",
    "The inhibin switch: why inhibin B drops in ageing men.",  # a headline's short form first
    "Activin-A rose in frail rats; the activin message reached the nucleus.",
])
def test_a_family_word_is_the_short_form_of_its_member_named_word_and_letter(text):
    ids = _ids(text)
    family = "FPLX:Inhibin" if "nhibin" in text else "FPLX:Activin"
    assert family + ("_B" if "nhibin" in text else "_A") in ids
    assert family not in ids


def test_the_family_word_alone_stays_the_family():
    assert "FPLX:Activin" in _ids("Blocking activin signalling preserved muscle in the mice.")
