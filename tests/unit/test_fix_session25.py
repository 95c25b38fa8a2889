"""Session 25 (batches bz, ca): genes (a short alias that is also a food word beside dietary
"protein"), numbers and headers. All texts are made up."""

from __future__ import annotations

import pytest
from quantity_rows import found
from quantity_rows import spans as _spans

from agefacts.extract.entities import find_mentions
from agefacts.extract.quantity_text import _is_plural_noun
from agefacts.ingest.header import extract_header


def _genes(text: str) -> list[str]:
    return [m.entity.label for m in find_mentions(text) if m.entity.kind == "gene"]


# --- "protein" the nutrient is no gene context ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Eat more protein with each snack: try nuts or tau kwa before noon.",
    "Get your protein from tempeh, lentils and tau kwa with dinner.",
    "Protein intake matters too, so add tau kwa or lentils to dinner.",
])
def test_dietary_protein_does_not_make_a_food_word_a_gene(text):
    assert "MAPT" not in _genes(text)


@pytest.mark.parametrize("text", [
    "The tau protein accumulates in ageing neurons.",
    "Amounts of the protein tau fell in the rats after the stroke.",
    "The tau protein rose even in mice fed a high-fat breakfast.",  # adjacent cue still holds
])
def test_protein_still_supports_an_alias_outside_a_diet_sentence(text):
    assert "MAPT" in _genes(text)


# --- a change stated after a verb of (little) change, in brackets or after a comma ---------

@pytest.mark.parametrize(("text", "pair"), [
    ("Their waist size barely budged (from 91.5 to 91.2).", ("91.5", "91.2")),
    ("Her reaction score hardly changed, from 3.8 to 3.6, over the year.", ("3.8", "3.6")),
    ("The mean grip index moved only a little — from 1.36 to 1.39 — in the walkers.", ("1.36", "1.39")),
])
def test_values_of_a_change_set_off_after_its_verb_are_two_readings(text, pair):
    assert tuple(_spans(text)) == pair


def test_a_bracketed_from_to_without_a_change_verb_reads_nothing_new():
    assert _spans("The bus route (from 12 to 14) was closed.") == []


# --- plurals in -is of English words in -i ---------------------------------------------------

@pytest.mark.parametrize(("text", "noun"), [
    ("Nearly two million Israelis are over 65.", "israelis"),
    ("Four taxis waited outside the clinic.", "taxis"),
])
def test_a_plural_in_is_of_an_english_word_is_counted(text, noun):
    rows = found(text)
    assert rows and rows[0][4] == noun and rows[0][6] == "count"


@pytest.mark.parametrize("word", ["analysis", "basis", "thesis", "axis", "arthritis"])
def test_a_singular_in_is_is_no_plural(word):
    assert not _is_plural_noun(word)


# --- "a full month", "a single serving a day": a stressed "a" counts one --------------------

@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The rowers trained daily for a full month.", "a full month", "months"),
    ("We asked if a single serving a day would help.", "a single serving a day",
     "servings/day"),
    ("They kept the diet for an entire week.", "an entire week", "weeks"),
])
def test_a_stressed_one_unit_is_read_like_a_unit(text, span, unit):
    assert span in _spans(text)
    assert next(r for r in found(text) if r[0] == span)[4] == unit


@pytest.mark.parametrize("text", [
    "In a single day the snow was gone.",  # no "for", no rate: not a length of exposure
    "She was tired after a full day of meetings.",
    "Add a single gram of salt.",
])
def test_a_stressed_unit_outside_a_duration_or_rate_reads_nothing(text):
    assert _spans(text) == []


# --- page furniture: a shop's lines and an event listing -----------------------------------

def test_a_shops_banner_and_product_call_outs_are_furniture():
    text = ("Free delivery on orders above £40 · 60-day returns\n\n"
            "The trial recruited 58 swimmers for 10 weeks.\n\n"
            "**Trailblazer 5** — Cushioned for long runs. 10 mm drop, 290 g. **$140** "
            "[Buy now](/p/tb5)\n")
    assert _spans(text) == ["58 swimmers", "10 weeks"]


def test_event_listing_entries_are_furniture():
    text = ("WHAT'S ON\n\n"
            "WALKING GROUP -- Wednesdays, 8:30 a.m., north gate of Lakeview Park. $2 per walk. "
            "Call Dora, 555-0177.\n\n"
            "CHAIR YOGA FOR NEWCOMERS — Fridays, 2 p.m., Elm Hall. $28 for five classes, $40 for "
            "visitors. Register at the office.\n\n"
            "In the study, 140 adults cycled 25 minutes a day.\n")
    assert _spans(text) == ["140 adults", "25 minutes a day"]


def test_a_capitals_lead_in_with_a_finding_is_no_listing():
    text = "KEY RESULT — the 80 walkers gained 1.2 kg of muscle in 16 weeks.\n"
    assert "1.2 kg" in _spans(text)


# --- headers: a role line with glued separators; the employer after a role ----------------

def test_a_name_over_a_role_line_with_glued_dots_is_the_byline():
    text = ("Morning Gazette\n\nHealth | Science\n\n"
            "Walking clubs for the over-70s are booming across the valley\n\n"
            "Members say the weekly routes keep them steady on their feet\n\n"
            "Tessa Okonjo\nScience reporter·Morning Gazette·\n4 mins to read\n\n"
            "2 Apr, 2026 06:00 AM\n\n"
            "The clubs began three years ago with a dozen walkers and now meet in six towns, "
            "organisers said on Tuesday, and more are planned.\n")
    assert extract_header(text).byline == "Tessa Okonjo"


@pytest.mark.parametrize(("line", "byline"), [
    ("By **Dr. Lena Ortiz**, Director of Coaching, Ortiz Performance · Posted May 2, 2026",
     "Dr. Lena Ortiz"),
    ("By Sam Reyes, Science Editor, and Ann Poe · May 2, 2026", "Sam Reyes, Ann Poe"),
])
def test_the_employer_after_a_role_leaves_the_byline(line, byline):
    text = ("# Why older runners keep their aerobic engines\n\n" + line + "\n\n"
            "Runners over seventy who train most days keep much of their aerobic "
            "capacity, a new review of eleven studies suggests.\n")
    assert extract_header(text).byline == byline
