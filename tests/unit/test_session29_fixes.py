"""Session 29 (batches dd-dg): numbers (a count whose noun is left out because the sentence
named it just before, a letter currency of the same shape as "Rp" and "Dh"). All texts are
made up."""

from __future__ import annotations

import pytest
from quantity_rows import found


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


# --- numbers: a count whose noun was just named ---------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("The nurse said 31 volunteers withdrew and three had mild knee pain.", "three"),
    ("In all, 18 residents stopped early, most of them after a move to another town, and four "
     "reported back pain during the classes.", "four"),
    ("Six patients reported dizziness, and one fell in the hallway but was unhurt.", "one"),
    ("Over the year, 52 people reported sore muscles and 6 needed a doctor's visit.", "6"),
])
def test_a_bare_count_after_and_with_its_own_past_verb_counts_the_people_before_it(text, span):
    row = _rows(text)[span]
    assert (row[4], row[6]) == ("people", "count")


def test_a_bare_count_among_a_plural_after_a_count_given_with_its_group():
    row = _rows("There were 21 minor injuries in the dance group and 9 among the cyclists.")["9"]
    assert (row[4], row[6]) == ("injuries", "count")


def test_the_other_group_after_and_the_counts_like_the_first():
    text = "The 64 people in the rowing group and the 61 in the stretching group met weekly."
    assert _rows(text)["61"][4] == "people"


@pytest.mark.parametrize("text", [
    "Some 40 people signed up and 2 aged over 90 were turned away by the doctors.",  # "aged" describes
    "The 30 patients improved and 12 weeks later the scores held.",  # a unit after the number
    "The clinic saw 25 people in the morning and 4 in the afternoon.",  # no verb, no group
])
def test_no_elided_count_without_a_verb_of_its_own(text):
    assert not any(r[0] in ("2", "4") and r[6] == "count" and r[4] == "people" for r in found(text))


# --- numbers: letter currencies ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The ministry has pledged Bt8.4 million to the walking clubs.", "Bt8.4 million", "THB"),
    ("A month of classes costs about Tk900 per person.", "about Tk900", "BDT"),
    ("The gym charges USh45,000 a month for members.", "USh45,000", "UGX"),
    ("Entry costs TSh3,000 per session at the hall.", "TSh3,000", "TZS"),
])
def test_letters_a_countrys_press_glues_before_its_currency_are_money(text, span, unit):
    assert _rows(text)[span][4] == unit


def test_letter_currency_letters_without_money_are_no_currency():
    assert not any(r[4] == "THB" for r in found("Samples Bt4 and Bt5 were stored at -80 degrees."))


# --- numbers: a second value sharing the measure of the first ---------------------------------

@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The rowers' mean age was 71.2 years, and the control group's was 70.5. Most were men.", "70.5", "years"),
    ("Sick days dropped to 3.2 per 100 staff per month from 6.4 before the scheme.", "6.4", "per 100"),
    ("The walkers had 1.1 falls per person per year, against 2.3 in the group that only stretched.",
     "2.3", "falls"),
])
def test_a_second_value_takes_the_measure_just_named(text, span, unit):
    assert _rows(text)[span][4] == unit


def test_no_shared_age_without_a_possessive_and_copula():
    rows = _rows("The mean age was 71.2 years, and the score was 70.5 on the scale.")
    assert "70.5" not in rows or rows["70.5"][6] != "age"


# --- numbers: a fact box's count of a group ---------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("> **AT A GLANCE**\n> - Rowers studied: 44\n> - Sedentary comparison group: 48\n", "44"),
    ("> **AT A GLANCE**\n> - Rowers studied: 44\n> - Sedentary comparison group: 48\n", "48"),
    ("Key facts\n- Fencers enrolled: 36\n- Follow-up: 2 years\n", "36"),
])
def test_a_fact_box_line_of_a_group_counts_its_people(text, span):
    assert _rows(text)[span][6] == "sample_size"


def test_a_fact_box_group_with_a_decimal_or_a_unit_is_no_count():
    rows = _rows("- Control group: 38 kg\n- Exercise group: 24.5\n")
    assert all(r[6] != "sample_size" for r in rows.values())


# --- numbers: a caption's age before the person's place; a count of what an owner has ---------

def test_an_age_before_a_captions_place_of_the_person():
    row = _rows("Photo: Ruth Okonjo, 81 (second from right), and her walking club on the pier.")["81"]
    assert (row[4], row[6]) == ("years", "age")


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The chain opened the classes in all 24 of its gyms last spring.", "24", "gyms"),
    ("The council closed 6 of its libraries on Sundays.", "6", "libraries"),
    ("The two clubs moved 9 of their classes outdoors.", "9", "classes"),
])
def test_a_count_of_what_an_owner_has(text, span, unit):
    assert _rows(text)[span][4] == unit


def test_one_of_our_plural_is_someone_not_a_count():
    assert "one" not in _rows("After class, one of their regulars asked a question.")
    assert found("Three of your neighbours joined in.") == []
