"""Forms found on unseen articles (batches i and j): decades listed after one "their", ages in
apposition, intervals broken by a PDF line break, ages before a reference marker, scores on a
rating scale and counts glued to a noun; with the look-alikes that must stay out."""

from __future__ import annotations

import pytest
from quantity_rows import found
from quantity_rows import one_fields as _row


def test_every_decade_of_a_list_after_their_is_an_age():
    text = "Our doctors saw it in clients in their 50s, 60s and 70s: fatigue and slow recovery."
    assert _row(text, "in their 50s") == (None, 50, 59, "years", None, "age")
    assert _row(text, "60s") == (None, 60, 69, "years", None, "age")
    assert _row(text, "70s") == (None, 70, 79, "years", None, "age")
    words = "It held for people in their fifties, sixties, or seventies."
    assert _row(words, "seventies") == (None, 70, 79, "years", None, "age")


@pytest.mark.parametrize("text", [
    "Sales rose in the 1990s and 2000s.",  # decades of years, not ages
    "They were in their 70s. 80s were rarer.",  # a new sentence is no list
])
def test_a_decade_without_their_stays_out_of_the_age_list(text):
    assert not [f for f in found(text) if f[0] in ("2000s", "80s") and f[-1] == "age"]


@pytest.mark.parametrize("text", [
    "The needle slides in. Margit Sørensen, 78, a retired engineer, barely flinches.",
    "BELOW: Margit\nSørensen, 78, on the bike during her trial",  # a name split by a PDF line
    "“It works,” said Dr Jones, 78, who led the trial.",
])
def test_a_number_between_commas_after_a_name_is_the_persons_age(text):
    assert _row(text, "78") == (78, None, None, "years", None, "age")


@pytest.mark.parametrize("text", [
    "Overall, 45, of the volunteers finished.",  # a capital that only starts the sentence
    "In May, 45, of them returned.",  # a month
    "The ACTN3, 45, variant was rare.",  # capitals: an acronym
    "Smith, 45, Jones, 50.",  # no lower-case word after: a list
    "Dr Jones, 12, a name.",  # not an adult age
])
def test_numbers_between_commas_that_are_not_ages(text):
    assert not [f for f in found(text) if f[-1] == "age"]


def test_a_confidence_interval_broken_by_a_line_break_is_still_read():
    text = "VO2max rose 4.1 ml/kg/min in the older group (95% CI\n2.9 to 5.3), a decade back."
    rows = found(text)
    assert [(f[1], f[2], f[3], f[4]) for f in rows if f[1] == 4.1] == [(4.1, 2.9, 5.3, "mL/kg/min")]
    alone = "The odds were similar (95% CI\n0.6–2.2)."
    assert _row(alone, "95% CI\n0.6–2.2") == (None, 0.6, 2.2, "confidence_interval", None,
                                              "effect_size/statistic")
    # a blank line ends the paragraph: no interval is read across it
    assert not [f for f in found("HR 0.82 (95% CI\n\n0.75–0.90)") if f[2] == 0.75]


def test_an_age_threshold_before_a_reference_marker():
    text = "Adults lose muscle with age, and the rate of loss accelerates after 75 [1]. Training helps."
    assert _row(text, "after 75") == (75, None, None, "years", ">", "age")
    sup = "Adults lose muscle with age, and the loss speeds up after 75¹."
    assert _row(sup, "after 75") == (75, None, None, "years", ">", "age")
    # the marker does not make a duration an age
    assert not [f for f in found("Adults improved after 12 [1] weeks.") if f[-1] == "age"]


@pytest.mark.parametrize("text, span, value, low, high", [
    ("“Hard” means RPE 15–17 on the Borg scale.", "15–17", None, 15, 17),
    ("Aim for an RPE of 7.", "7", 7, None, None),
    ("Most rated the effort 6 on a 10-point scale.", "6", 6, None, None),
])
def test_a_rating_on_a_scale_is_a_score(text, span, value, low, high):
    assert _row(text, span) == (value, low, high, "points", None, "measurement")


def test_a_count_glued_to_a_noun_by_a_hyphen_is_recorded():
    text = "Patients also finished a five-repetition chair-stand test 1.9 seconds faster."
    assert _row(text, "five-repetition") == (5, None, None, "repetitions", None, "dose/exposure")
    assert _row("She lifted her 3-rep max.", "3-rep") == (3, None, None, "repetitions", None,
                                                          "dose/exposure")
    assert not found("She lifted her 1-rep max.")  # the test's name (session 15)
    assert not found("The repetition was done slowly.")
