"""Ages introduced by other words ("after 50", "By 80,", "well into your 80s", "23 ± 3 yo") and
study time points ("week 12"), with the look-alikes that must stay something else."""

from __future__ import annotations

import pytest
from quantity_rows import found

AGEING = "Muscle ageing starts early. "  # an article about ageing



# (text, span, value, low, high, comparator)
AGES = [
    (AGEING + "What actually happens to muscle after 50?", "after 50", 50, None, None, ">"),
    ("Most people lose 1 percent a year after 50, and strength drops.", "after 50", 50, None, None, ">"),
    ("Strength drops 3 percent a year once you’re past 65.", "past 65", 65, None, None, ">"),
    ("By 80, a sedentary person may have lost 40 percent.", "80", 80, None, None, None),
    ("They keep less of the muscle they had at 30.", "30", 30, None, None, None),
    ("You may be running on roughly half of what you had at 25.^2 That matters.", "25", 25, None, None, None),
    ("The oldest volunteer in the trial was 79, and gains were similar.", "79", 79, None, None, None),
    ("My mother is 79 and walks four miles most mornings.", "79", 79, None, None, None),
    ("I'm 52, and after reading too many papers I track three things.", "52", 52, None, None, None),
    ("Now, at 58, I walk for twenty minutes after dinner.", "58", 58, None, None, None),
    ("My goal is 60 seconds by 55.", "55", 55, None, None, None),
    ("After 50 the pace picks up, with most adults losing 1–2% a year.", "After 50", 50, None, None, ">"),
    ("Everyone over 40 seems to be on testosterone now.", "over 40", 40, None, None, ">"),
    ("For anyone over 65 wondering whether to start: yes.", "over 65", 65, None, None, ">"),
    ("Adults lose 2–3% of strength per year after 65 (Lindqvist et al., 2018).", "after 65", 65, None, None, ">"),
    ("Muscle remains trainable well into your 80s, though slower.", "into your 80s", None, 80, 89, None),
    ("By your late 70s you may be running on half.", "By your late 70s", None, 70, 79, None),
    ("Is it too late if I'm already in my 70s?", "in my 70s", None, 70, 79, None),
    ("NAD+ begins a slow slide around age 40, they say.", "40", 40, None, None, None),
    ("• 38 older adults (mean 71 yo), all sedentary", "71 yo", 71, None, None, None),
    ("12 wk of HIIT in 65–78 yo adults", "65–78 yo", None, 65, 78, None),
    # glued and plural suffixes, and ten-year bands named "-something"
    ("50yo here, been lifting 2-3x/week since COVID.", "50yo", 50, None, None, None),
    ("As a 65yo runner I was sceptical.", "65yo", 65, None, None, None),
    ("Among 72-year-olds, strength fell fastest.", "72-year-olds", 72, None, None, None),
    ("Falls are common in 70-somethings who sit all day.", "70-somethings", None, 70, 79, None),
    ("HIIT beat steady cycling in sedentary sixty-somethings.", "sixty-somethings", None, 60, 69, None),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "cmp_"), AGES)
def test_age_forms(text, span, value, low, high, cmp_):
    rows = {r[0]: r for r in found(text)}
    assert span in rows, found(text)
    assert rows[span][1:] == (value, low, high, "years", cmp_, "age")


def test_age_with_its_spread():
    text = "• 14 young (23 ± 3 yo) as a reference group"
    got = found(text)
    assert ("23", 23, None, None, "years", None, "age") in got
    assert [g[0] for g in got if g[4] == "standard_deviation"] == ["± 3 yo"]
    assert not any(g[4] == "people" and g[1] == 23 for g in got)


# Look-alikes: a unit or noun after the number, a list of numbers, no person or ageing in the
# sentence, "over" after a thing, a year, a decimal, a child's number.
NOT_AGES = [
    "You improve after 12 weeks of training.",
    "You walk at 30 minutes a day.",
    "Your strength rose by 40 percent.",
    "They cycled at 85% of max.",
    "Patients were tested at 30, 60 and 90 minutes.",
    "Biopsies were taken at 30 and again later.",
    "Set the treadmill at 30.",
    "The score was 79.",
    "Her heart rate over 60 was fine.",
    "By 2030, people will age.",
    "Most of you will plateau after 50 sessions.",
    "After 50 people had enrolled, recruitment closed.",
    "You scored 3.5 after 20.5, they said.",
    "The protocol stops after 50.",  # no person, and the article is not about ageing
    AGEING + "After 20 the curve flattened.",  # a determiner after it needs people in the sentence
    "We're 30 strong today.",
    "I'm 52 kg now.",
    "The 5y survival was similar.",
    "Something like 70-something percent agreed.",
]


@pytest.mark.parametrize("text", NOT_AGES)
def test_not_ages(text):
    assert not [g for g in found(text) if g[6] == "age"], found(text)


TIMEPOINTS = [
    ("Blood draws at baseline, week 12 and week 24; a subset", [("week 12", 12, "week"), ("week 24", 24, "week")]),
    ("an extra biopsy at week 8 in a subset of 60 volunteers", [("week 8", 8, "week")]),
    ("At Month 6, strength had risen; on day 3, it had not.", [("Month 6", 6, "month"), ("day 3", 3, "day")]),
]


@pytest.mark.parametrize(("text", "expected"), TIMEPOINTS)
def test_timepoints(text, expected):
    got = [(g[0], g[1], g[4]) for g in found(text) if g[6] == "dose/exposure"]
    assert [g for g in got if g[2] in ("week", "day", "month")] == expected


# (text, span, low, high, unit): a span of time points, like "week 12" but from-to.
TIMEPOINT_SPANS = [
    ("Strength rose most in weeks 4–8 of training.", "weeks 4–8", 4, 8, "week"),
    ("Soreness peaked between weeks 2 and 6, then faded.", "between weeks 2 and 6", 2, 6, "week"),
    ("Blood was drawn on days 3 to 5 after the first session.", "days 3 to 5", 3, 5, "day"),
    ("Adherence fell in months 6–12 of the trial.", "months 6–12", 6, 12, "month"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), TIMEPOINT_SPANS)
def test_timepoint_spans(text, span, low, high, unit):
    assert (span, None, low, high, unit, None, "dose/exposure") in found(text), found(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a duration, then a frequency: no span of time points
    ("They trained for 12 weeks 2-3 times a week.", ["12 weeks", "2-3 times a week"]),
    ("For 8 weeks, 3 to 5 sessions a week.", ["8 weeks", "3 to 5 sessions a week"]),
])
def test_durations_and_lists_are_not_timepoint_spans(text, expected):
    got = found(text)
    assert [g[0] for g in got] == expected
    assert not [g for g in got if g[4] in ("week", "day", "month")]


@pytest.mark.parametrize(("text", "expected"), [
    # listed time points: each one a value of its own, never a span
    ("Biopsies at weeks 4 and 8 showed it.", [("weeks 4", 4), ("8", 8)]),
    ("Blood was drawn on days 1, 3 and 7 after the injury.", [("days 1", 1), ("3", 3), ("7", 7)]),
])
def test_listed_timepoints(text, expected):
    got = found(text)
    assert [(g[0], g[1]) for g in got] == expected
    assert {(g[2], g[3], g[4]) for g in got} == {(None, None, expected[0][0].split()[0][:-1])}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tests were repeated at 3, 6, and 12 months.", [("3", 3, "months"), ("6", 6, "months"),
                                                      ("12 months", 12, "months")]),
    ("Mice received 5, 10 or 20 mg/kg.", [("5", 5, "mg/kg"), ("10", 10, "mg/kg"),
                                           ("20 mg/kg", 20, "mg/kg")]),
    ("Doses of 10 and 20 mg were given.", [("10", 10, "mg"), ("20 mg", 20, "mg")]),
    ("IL-6 rose 2- and 3-fold.", [("2", 2, "fold_change"), ("3-fold", 3, "fold_change")]),
])
def test_listed_numbers_share_the_last_unit(text, expected):
    assert [(g[0], g[1], g[4]) for g in found(text)] == expected


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("aged between 60 and 80 years", "between 60 and 80 years", 60, 80),  # "between": a range
    ("2 or 3 times a week", "2 or 3 times a week", 2, 3),  # two numbers and "or": a range
])
def test_ranges_are_not_lists(text, span, low, high):
    assert [(g[0], g[2], g[3]) for g in found(text)] == [(span, low, high)]


@pytest.mark.parametrize("text", [
    "Week 1: easy walks, short ones.",
    "Day 2: upper body.",
    "See visit 2 for details.",
    "In week 2b the protocol changed.",
    "Results for day 1-2 were pooled.",
    "Type 2 diabetes and Phase 3 trials.",
])
def test_labels_stay_labels(text):
    assert not [g for g in found(text) if g[4] in ("week", "day", "month") or g[1] in (1, 2, 3)], found(text)
