"""Forms found in a book excerpt and a video transcript (batch k): narrative ages of a named
person, an age range after a counted population, one unit of time as an offset, fold-change
verbs, a singular metre glued to its number, "60 plus", a unit after a transcript's timestamp,
a value sharing the unit of a parallel clause; with the look-alikes that stay out."""

from __future__ import annotations

import pytest
from quantity_rows import found
from quantity_rows import one_fields as _row


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Marguerite Olsen was sixty-two when she first lifted a kettlebell.", "sixty-two", 62),
    ("Marguerite is seventy-nine now, and still lifts.", "seventy-nine", 79),
    ("a retired nurse who was 66 when she enrolled", "66", 66),
    ("Tom Bell, who at ninety-one still swims daily, laughed.", "ninety-one", 91),
])
def test_a_named_persons_age_in_narrative(text, span, value):
    assert _row(text, span) == (value, None, None, "years", None, "age")


@pytest.mark.parametrize("text", [
    "It was 30 when we left the lab.",  # a pronoun is no person
    "The Score was 30 now that the rules changed.",
    "Those who at 30 minutes felt ill stopped.",  # a unit follows
    "Marguerite was 62, a keen swimmer.",  # no when/now: the copula alone is too weak
])
def test_narrative_age_look_alikes(text):
    assert not [f for f in found(text) if f[-1] == "age"]


def test_an_age_range_after_a_counted_population():
    text = "The trial enrolled 120 adults between 60 and 80 for a year of training."
    assert _row(text, "between 60 and 80") == (None, 60, 80, "years", None, "age")
    assert _row("They saw 40 patients between 2 and 5 sessions.", "between 2 and 5 sessions")[3] == \
        "sessions"


@pytest.mark.parametrize(("text", "span"), [
    ("Blood was drawn again an hour after the ride ended.", "an hour"),
    ("She tested them a week later.", "a week"),
])
def test_one_unit_of_time_as_an_offset(text, span):
    assert _row(text, span)[0] == 1


def test_a_unit_of_time_as_a_rate_before_an_age_is_no_offset():
    text = "They lose about 1 percent of muscle a year after 50."
    assert not [f for f in found(text) if f[0] == "a year" and f[-1] != "dose/exposure"]
    assert ("after 50", 50, None, None, "years", ">", "age") in found(text)


@pytest.mark.parametrize(("text", "span", "value", "cmp_"), [
    ("Her irisin had nearly tripled by noon.", "nearly tripled", 3, "~"),
    ("Enzyme activity doubled in the trained leg.", "doubled", 2, None),
])
def test_fold_change_verbs(text, span, value, cmp_):
    assert _row(text, span) == (value, None, None, "fold_change", cmp_, "effect_size/statistic")


def test_a_singular_metre_glued_to_its_number():
    assert _row("They timed a six-metre walk.", "six-metre")[:4] == (6, None, None, "m")


def test_an_age_with_plus_after_a_person():
    assert _row("If you're 70 plus and fit, add intervals.", "70 plus") == \
        (70, None, None, "years", ">=", "age")
    assert not found("The score was 3 plus 4.")


def test_a_unit_on_the_next_transcript_line_after_a_timestamp():
    text = "[01:10] strength went up 18\n[01:14] percent in the trained group"
    assert _row(text, "18\n[01:14] percent")[:4] == (18, None, None, "percent")
    assert not [f for f in found("[01:10] we tested 18\n[01:14] we left") if f[1] == 18]


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("VO2max rose 2.4 milliliters per kilo per minute with cycling and 1.1 with walking.", "1.1",
     "mL/kg/min"),
    ("Jogging is about 7 METs, and yoga about 2.", "about 2", "METs"),
])
def test_a_bare_value_in_a_parallel_clause_shares_the_unit_before_it(text, span, unit):
    assert _row(text, span)[3] == unit


@pytest.mark.parametrize("text", [
    "They lost 5 kg and at 8 they stopped.",  # a word, not a clause end, follows
    "They lost 5 kg. And 3 left.",  # a new sentence
    "Aged 70 and 12 in total.",  # an age lends no unit
    "They walked 30 minutes and 3 of them fell.",
])
def test_bare_numbers_that_share_no_unit(text):
    assert len(found(text)) == 1


def test_a_glued_unit_of_several_words():
    assert _row("VO2max fell 3.5ml per kilogram per minute.", "3.5ml per kilogram per minute")[3] == \
        "mL/kg/min"
