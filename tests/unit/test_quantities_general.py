"""General forms found missing on unseen articles: each form in several wordings, plus the
look-alikes that must stay out (ordinals, products, identifiers)."""

from __future__ import annotations

import pytest
from quantity_rows import found, one

from agefacts.extract.quantities import scan_quantities

STAT = "effect_size/statistic"

# (text, span, value, low, high, unit, comparator, measure)
FORMS = [
    # a statistic named a short phrase before its number, with or without its interval
    ("Smokers had a hazard ratio for hip fracture of 1.64 (95% CI 1.22–2.20) overall.",
     "hazard ratio for hip fracture of 1.64 (95% CI 1.22–2.20)", 1.64, 1.22, 2.20, "hazard_ratio", None, STAT),
    ("The odds ratio for sarcopenia among smokers was 2.1 (1.4–3.2).",
     "odds ratio for sarcopenia among smokers was 2.1 (1.4–3.2)", 2.1, 1.4, 3.2, "odds_ratio", None, STAT),
    ("The relative risk of falls in the walking group was 0.88 [0.80, 0.97].",
     "relative risk of falls in the walking group was 0.88 [0.80, 0.97]", 0.88, 0.80, 0.97, "relative_risk", None, STAT),
    ("Cohen's d for chair-stand time was 0.47, a medium effect.",
     "Cohen's d for chair-stand time was 0.47", 0.47, None, None, "effect_size", None, STAT),
    ("An HR for stroke of 0.76 was reported.", "HR for stroke of 0.76", 0.76, None, None, "hazard_ratio", None, STAT),
    # statistic written next to its number, interval in the usual notations
    ("Inactivity carried an odds ratio of 1.9 for frailty.", "odds ratio of 1.9", 1.9, None, None, "odds_ratio", None, STAT),
    ("Sitting carried a relative risk of 1.4 (95% confidence interval, 1.2 to 1.7).",
     "relative risk of 1.4 (95% confidence interval, 1.2 to 1.7)", 1.4, 1.2, 1.7, "relative_risk", None, STAT),
    ("Deaths fell (HR = 0.71; 95% CI: 0.62-0.81) in walkers.", "HR = 0.71; 95% CI: 0.62-0.81", 0.71, 0.62, 0.81, "hazard_ratio", None, STAT),
    ("Falls rose (adjusted HR 1.33 [1.08, 1.64]) without training.", "HR 1.33 [1.08, 1.64]", 1.33, 1.08, 1.64, "hazard_ratio", None, STAT),
    ("Lean mass predicted gait (β = −0.21, p = 0.01).", "β = −0.21", -0.21, None, None, "beta", None, STAT),
    ("The pooled estimate was SMD 0.52 for strength.", "SMD 0.52", 0.52, None, None, "effect_size", None, STAT),
    ("Training had a moderate effect (Cohen's d = 0.55).", "Cohen's d = 0.55", 0.55, None, None, "effect_size", None, STAT),
    ("Hedges' g = 0.31 favoured the power group.", "Hedges' g = 0.31", 0.31, None, None, "effect_size", None, STAT),
    ("Age explained little of it (R² = 0.12).", "R² = 0.12", 0.12, None, None, "r_squared", None, STAT),
    ("Test-retest reliability was high (ICC 0.88).", "ICC 0.88", 0.88, None, None, "intraclass_correlation", None, STAT),
    ("Raters agreed well, with an ICC of 0.79.", "ICC of 0.79", 0.79, None, None, "intraclass_correlation", None, STAT),
    # fractions in words: unit `fraction`, value between 0 and 1
    ("Balance scores improved by roughly one third after the course.", "roughly one third", 1 / 3, None, None, "fraction", "~", "proportion"),
    ("About a quarter of the residents had fallen.", "About a quarter", 0.25, None, None, "fraction", "~", "proportion"),
    ("Two-thirds kept training a year later.", "Two-thirds", 2 / 3, None, None, "fraction", None, "proportion"),
    ("In the end, nearly three quarters said they felt stronger.", "nearly three quarters", 0.75, None, None, "fraction", "~", "proportion"),
    ("Nearly half stopped before week 8.", "Nearly half", 0.5, None, None, "fraction", "~", "proportion"),
    ("A fifth of the cyclists reported knee pain.", "A fifth", 0.2, None, None, "fraction", None, "proportion"),
    ("Only a tenth were over 80.", "a tenth", 0.1, None, None, "fraction", None, "proportion"),
    ("A third dropped out in the first month.", "A third", 1 / 3, None, None, "fraction", None, "proportion"),
    ("Deaths were rarest in the strongest fifth of the cohort.", "strongest fifth", 0.2, None, None, "fraction", None, "proportion"),
    ("Stretch for a quarter of an hour after each run.", "a quarter of an hour", 0.25, None, None, "hours", None, "dose/exposure"),
    # means with their SD, medians with their IQR or range
    ("The men had a mean (SD) age of 66.3 (4.9) years.", "66.3", 66.3, None, None, "years", None, "age"),
    ("Volunteers were 69.5 ± 6.2 years old.", "69.5", 69.5, None, None, "years", None, "age"),
    ("Median follow-up was 4.2 years (IQR 3.1–6.0).", "4.2 years (IQR 3.1–6.0)", 4.2, 3.1, 6.0, "years", None, "dose/exposure"),
    ("The median age was 78 (range 65–94) years.", "78 (range 65–94) years", 78, 65, 94, "years", None, "age"),
    # changes, rates and counts
    ("VO2max rose 9% with training.", "9%", 9, None, None, "percent", None, "proportion"),
    ("Myokine levels were 4.1-fold higher after the bout.", "4.1-fold", 4.1, None, None, "fold_change", None, STAT),
    ("Walkers had a 31% lower risk of dementia.", "31%", 31, None, None, "percent", None, "proportion"),
    ("Sessions were lengthened from 30 to 50 minutes.", "50 minutes", 50, None, None, "minutes", None, "dose/exposure"),
    ("Visits increased from 2 to 3 times a week.", "2", 2, None, None, "times/week", None, "dose/exposure"),
    ("Sessions lasted from 30 to 50 minutes depending on fitness.", "30 to 50 minutes", None, 30, 50, "minutes", None, "dose/exposure"),
    ("Rats swam x3 per week.", "x3 per week", 3, None, None, "times/week", None, "dose/exposure"),
    ("The protocol: 8 × 20-s sprints.", "20-s", 20, None, None, "seconds", None, "dose/exposure"),
    ("Keep 2 rest days per week.", "2 rest days per week", 2, None, None, "days/week", None, "dose/exposure"),
    ("Aim for at least one brisk walk a day.", "at least one brisk walk a day", 1, None, None, "walk/day", ">=", "threshold/criterion"),
    ("The registry held 2,468 participants.", "2,468 participants", 2468, None, None, "people", None, "sample_size"),
    ("Arm B (n = 2 345) exercised at home.", "n = 2 345", 2345, None, None, "subjects", None, "sample_size"),
    ("Try to reach 8 000 steps a day.", "8 000 steps a day", 8000, None, None, "steps/day", None, "dose/exposure"),
    ("Records from between 2009 and 2014 were used.", "between 2009 and 2014", None, 2009, 2014, "year", None, "date/metadata"),
    # ages
    ("Women aged ≥ 70 years were invited.", "≥ 70 years", 70, None, None, "years", ">=", "age"),
    ("The service is aimed at over 70s who live alone.", "over 70s", 70, None, None, "years", ">", "age"),
    ("The over-80s were the fastest-growing group.", "over-80s", 80, None, None, "years", ">", "age"),
    ("Strength loss speeds up in their 60s.", "in their 60s", None, 60, 69, "years", None, "age"),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "unit", "comparator", "measure"), FORMS)
def test_general_forms(text, span, value, low, high, unit, comparator, measure):
    row = one(text, span)
    assert row["value"] == (pytest.approx(value) if value is not None else None)
    assert (row["low"], row["high"]) == (pytest.approx(low) if low is not None else None,
                                         pytest.approx(high) if high is not None else None)
    assert (row["unit"], row["comparator"], row["measure"]) == (unit, comparator, measure)


def test_the_spread_after_a_mean_is_its_own_row():
    """The SD is a number the article states; the mean keeps the unit written after it."""
    assert found("Volunteers were 69.5 ± 6.2 years old.") == [
        ("69.5", 69.5, None, None, "years", None, "age"),
        ("± 6.2 years old", 6.2, None, None, "standard_deviation", None, STAT),
    ]
    assert found("Mean (SD) grip was 27.4 (6.8) kg.") == [
        ("27.4", 27.4, None, None, "kg", None, "measurement"),
        ("6.8", 6.8, None, None, "standard_deviation", None, STAT),
    ]
    assert found("Glucose was 5.6 mmol/L (SD 0.7).")[1][:5] == ("SD 0.7", 0.7, None, None, "standard_deviation")
    assert found("Values are mean ± SEM: 12.1 ± 0.8 mg/dL.")[1][4] == "standard_error"


def test_a_change_gives_two_values_and_a_span_gives_a_range():
    assert [q[0] for q in found("Grip rose from 21 to 25 kg after training.")] == ["21", "25 kg"]
    assert found("Grip rose from 21 to 25 kg after training.")[0][4] == "kg"
    assert [q[0] for q in found("Bouts of from 10 to 15 minutes count.")] == ["10 to 15 minutes"]


def test_digit_groups_are_one_number():
    assert [q[0] for q in found("Of 12 500 adults, 1 046 participants (8.4%) developed it.")] == [
        "12 500 adults", "1 046 participants", "8.4%"]
    assert found("In 2019 120 000 people took part.")[1][:2] == ("120 000 people", 120000)


@pytest.mark.parametrize(
    "text",
    [
        "The third week was hardest, and a third trial was run.",
        "A fourth session followed; on the fifth of May they met.",
        "A quarter century later, for a third time, in the first quarter.",
        "He came third. A fifth study is planned.",
        "One third-year student and a quarter-final.",
        "The hazard ratio was reported in a table.",
    ],
)
def test_ordinals_and_periods_are_not_fractions(text):
    assert [q for q in found(text) if q[4] == "fraction"] == []


def test_far_labels_do_not_capture_counted_or_measured_numbers():
    # a unit or a counted noun after the number: it is not the statistic's value
    assert found("The relative risk for women with the highest intake of 30 g per day fell.") == [
        ("30 g per day", 30, None, None, "g/day", None, "dose/exposure")]
    assert found("In the OR for knee surgery, 12 surgeons worked.")[0][4] == "surgeons"
    # digits between the label and the number: the phrase is not a label's subject
    assert found("The hazard ratio for women aged 70 was 1.3.") == [
        ("70", 70, None, None, "years", None, "age")]


def test_multiplication_signs_are_rates_only_with_a_period():
    assert found("Magnified x40 under the scope.") == []
    assert [q[0] for q in found("6 ×30-s sprints x2 per week")] == ["6", "30-s", "x2 per week"]


def test_decades_and_seconds_stay_apart():
    assert [q[0] for q in found("In the 1990s people in their 30s ran 30-s sprints.")] == [
        "1990s", "in their 30s", "30-s"]


def test_long_digit_runs_after_a_statistic_or_mean_are_linear():
    """``\\d*\\.?\\d+`` backtracked quadratically here: 20,000 digits took ~5-10 s."""
    import time

    for head in ("HR 1.2 (", "mean 1 (", "median 3 (IQR "):
        text = head + "9" * 20000 + " x"
        start = time.process_time()
        scan_quantities(text)
        assert time.process_time() - start < 1.0, head
