"""Session 26 (batches cj, ck): pathways written as two symbols joined by a dash or slash,
numbers (Indian digit grouping, an en dash as a minus sign, values whose noun was named earlier),
headers (a lifestyle desk's headline under a breadcrumb). All texts are made up."""

from __future__ import annotations

from test_fix_session26 import _row, _spans

from agefacts.extract.entities import find_mentions
from agefacts.ingest.header import extract_header


def _genes(text: str) -> set[str]:
    return {m.entity.entity_id for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


# --- genes: two symbols joined as a pathway's name ---------------------------------------------

def test_two_symbols_joined_by_a_dash_support_each_other():
    for dash in ("-", "\u2013", "/"):
        text = f"The fatigue, she said, is mostly a matter of JAK{dash}STAT running hot in old tissue."
        assert {"FPLX:JAK", "FPLX:STAT"} <= _genes(text), dash


def test_a_hyphen_to_a_symbol_is_no_trial_name():
    # before, an English word glued by a hyphen ("STAT") vetoed the symbol before it
    assert {"FPLX:JAK", "FPLX:STAT"} <= _genes("Blocking the JAK-STAT pathway calmed the cells.")


def test_joined_english_words_or_a_name_stay_unread():
    assert _genes("Patients in the IMPACT-SET trial walked more.") == set()
    assert _genes("Their CAT/SET scores were similar.") == set()


# --- numbers: how they are written --------------------------------------------------------------

def test_indian_digit_grouping_is_one_number():
    assert _row("Nearly 2,45,000 farmers joined the scheme.", "Nearly 2,45,000 farmers")[1] == 245000.0
    assert _row("The clinic was given Rs 12,50,000 this year.", "Rs 12,50,000")[1] == 1250000.0
    assert _row("About 1,250,000 adults took part.", "About 1,250,000 adults")[1] == 1250000.0


def test_an_en_dash_typed_for_a_minus_sign_after_a_statistic():
    assert _row("Sleep tracked mood poorly (r = –0.24).", "r = –0.24")[1] == -0.24
    assert _row("The effect size was –0.5 overall.", "effect size was –0.5")[1] == -0.5
    # a range's dash is no sign
    row = _row("Scores agreed (r = 0.37–0.62) across sites.", "r = 0.37–0.62")
    assert (row[2], row[3]) == (0.37, 0.62)


def test_a_spoken_hedge_before_a_share():
    row = _row("Bone density drops by something like a quarter after sixty.", "something like a quarter")
    assert (row[1], row[5]) == (0.25, "~")
    assert _row("Dinner takes somewhere around 40 minutes.", "somewhere around 40 minutes")[5] == "~"
    assert _spans("It felt like a third wheel at the party.") == []



# --- numbers whose unit was said before ----------------------------------------------------------

def test_a_definite_value_set_against_a_threshold_takes_its_unit():
    text = ("Clinics here treat a fasting glucose of 6.1 mmol/L or more as high, stricter than "
            "the 7 used abroad.")
    assert _row(text, "7")[4:7] == ("mmol/L", None, "threshold/criterion")
    row = _row("Most took 20 mg a day, more than the 10 their doctors advised.", "10")
    assert row[4] == "mg/day"
    assert _spans("We enrolled 40 adults, more than the 30 we planned.") == ["40 adults"]


def test_a_range_in_an_elliptical_parallel_clause_takes_the_unit():
    text = "Reading in bed is about 1.3 METs, and mowing the lawn is roughly 5 to 6."
    row = _row(text, "roughly 5 to 6")
    assert row[2:6] == (5.0, 6.0, "METs", "~")
    assert _row("Sleep counts as 1 MET, and a brisk hike is 6 to 7.", "6 to 7")[4] == "METs"


def test_a_range_listed_after_a_threshold_is_the_next_band():
    text = "They were grouped by weekly hours of sleep loss: under 2, 2 to 4.5, and over 4.5."
    assert _spans(text) == ["under 2", "2 to 4.5", "over 4.5"]
    assert _row(text, "2 to 4.5")[6] == "threshold/criterion"
    assert _row("a score below 10, 10 to 19 or 20 and above", "10 to 19")[4] == "points"
    # a range below the threshold is no next band
    assert "2 to 6" not in _spans("They ranked tasks: under 8, 2 to 6 of them hard.")

# --- headers: a question headline over its standfirst, then the byline --------------------------

DESK = """Home / Wellness / Diet & Nutrition

Tired after lunch at 50? A Nagpur clinic's trial says a short walk beats a second coffee for 'afternoon slump'

Doctors at a city clinic say ten minutes of walking after meals steadied blood sugar and lifted alertness in office workers over six weeks

Written By: Kavya Deshpande | Edited By: Arjun Mehta
Updated: Aug 14, 2026, 16:40 IST

Nagpur: Do you reach for coffee every afternoon? Many office workers do.
"""


def test_a_question_headline_over_its_standfirst_and_byline():
    header = extract_header(DESK)
    assert header.title is not None and header.title.startswith("Tired after lunch at 50?")
    assert header.byline == "Kavya Deshpande"


def test_a_first_paragraph_over_body_text_is_no_headline():
    text = DESK.replace("for 'afternoon slump'", "for an afternoon slump.")
    assert extract_header(text).title is None
