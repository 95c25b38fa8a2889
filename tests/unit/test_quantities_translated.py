"""Forms found on unseen articles (batches k and l): decimal commas and thousands dots of
translated text, "every third person", "over-70-year-olds"; with the look-alikes that stay out."""

from __future__ import annotations

import pytest
from quantity_rows import found
from quantity_rows import one_fields as _row


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The walkers gained 2,4 kilograms of lean mass.", "2,4 kilograms", 2.4, "kg"),
    ("Reaction time fell by 0,7 seconds.", "0,7 seconds", 0.7, "seconds"),
    ("Each dose held 12,25 mg of the drug.", "12,25 mg", 12.25, "mg"),
])
def test_a_comma_before_one_or_two_digits_and_a_unit_is_a_decimal_comma(text, span, value, unit):
    assert _row(text, span)[0] == value
    assert _row(text, span)[3] == unit


def test_a_range_of_decimal_comma_numbers_reads_as_a_range():
    text = "They ate 0,8 to 1,6 gram per kilogram of protein; insulin sank from 14,3 to 10,2 µU/ml."
    assert _row(text, "0,8 to 1,6 gram") == (None, 0.8, 1.6, "g", None, "dose/exposure")
    assert _row(text, "14,3")[0] == 14.3
    assert _row(text, "10,2 µU/ml")[:4] == (10.2, None, None, "uU/mL")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("A crowd of 2,500 people walked.", "2,500 people", 2500),  # an English thousands comma
    ("We tested 1, 5 and 9 kg loads.", "1", 1),  # a spaced list keeps its members
])
def test_thousands_commas_and_spaced_lists_are_unchanged(text, span, value):
    assert _row(text, span)[0] == value


@pytest.mark.parametrize("text", [
    "See studies 1,2 and 3 for details.",  # a list of labels, no unit
    "As shown before [3,4] the effect was 5 kg.",  # reference markers
    "Figures 1,2,3 kg",  # three numbers make a list
])
def test_a_comma_between_digits_without_a_unit_is_no_decimal(text):
    assert not [f for f in found(text) if "," in f[0]]


def test_a_thousands_dot_before_people_is_a_count():
    text = "Before the trial they surveyed 2.400 persons over 60 about their habits."
    assert _row(text, "2.400 persons")[0] == 2400
    assert _row(text, "2.400 persons")[5] == "sample_size"
    assert not [f for f in found("The dose was 2.400 mg.") if f[1] == 2400]


@pytest.mark.parametrize(("text", "span", "value", "cmp_"), [
    ("Only every fifth man over 70 lifts weights.", "every fifth", 0.2, None),
    ("Roughly every third older woman is deficient.", "Roughly every third", 1 / 3, "~"),
])
def test_every_nth_person_is_a_share(text, span, value, cmp_):
    row = _row(text, span)
    assert row[0] == pytest.approx(value)
    assert row[3:] == ("fraction", cmp_, "proportion")


def test_every_nth_day_is_a_rhythm_not_a_share():
    assert not [f for f in found("They rested every third day and every fourth week.")
                if f[-1] == "proportion"]


def test_an_age_band_written_with_year_olds_keeps_its_bound():
    text = "The over-75-year-olds gained less, and under-40-year-old staff more."
    assert _row(text, "over-75-year-olds") == (75, None, None, "years", ">", "age")
    assert _row(text, "under-40-year-old") == (40, None, None, "years", "<", "age")
