"""Classes left open after session 12: the constant of a formula in age, ratings on an effort
scale, a target a plan builds to, an unlabelled effect after "around", two bare counts set
against each other in brackets, a duration that dates a line of work, scientific notation and a
comparator before a currency. Sentences of our own."""

from __future__ import annotations

from quantity_rows import found, one


def test_the_constant_of_a_formula_in_age_is_read():
    assert found("Coaches still estimate peak pulse as 220 minus your age.") == [
        ("220 minus your age", 220.0, None, None, "formula_constant", None, "measurement")]
    assert [r[:5] for r in found("The 220-minus-age rule misjudges many runners.")] == [
        ("220-minus-age", 220.0, None, None, "formula_constant")]
    # a coefficient of age is a constant of the same formula
    assert [(r[0], r[1], r[4]) for r in found("A newer rule uses 208 − 0.7 × age instead.")] == [
        ("208", 208.0, "formula_constant"), ("0.7", 0.7, "formula_constant")]
    # an age, or a number before a range of ages, is no formula
    assert [r[4] for r in found("Subtract 10 - age 30 was the cut-off.")] != ["formula_constant"]


def test_a_rating_said_with_a_on_an_effort_scale_is_points():
    assert found("Easy days should feel like a 3 or 4 out of 10.") == [
        ("3 or 4 out of 10", None, 3.0, 4.0, "points", None, "measurement")]
    assert found("Hold the pace at a 5 or 6 on the RPE scale.") == [
        ("5 or 6", None, 5.0, 6.0, "points", None, "measurement")]
    text = "Using the 0–10 effort scale, a tempo run sits at a 7."
    assert [r for r in found(text) if r[0] == "7"] == [
        ("7", 7.0, None, None, "points", None, "measurement")]
    assert [r[1:] for r in found("The last sprint came at an RPE of 9.")] == [
        (9.0, None, None, "points", None, "measurement")]
    # a share of people stays a share; no scale, no rating
    assert found("About 4 out of 10 adults skip strength work.")[0][4:7] == (
        "fraction", "~", "proportion")
    assert found("She rested for a 3 or 4 and then left.") == []


def test_a_target_a_plan_builds_to_takes_the_unit_before_it():
    text = "Begin with one long ride a week and build to three when your legs allow."
    first, target = found(text)
    assert target == ("three", 3.0, None, None, first[4], None, "dose/exposure")
    assert [r[:5] for r in found("Start w/ 2 sessions/wk, build to 4")] == [
        ("2 sessions/wk", 2.0, None, None, "sessions/week"), ("4", 4.0, None, None, "sessions/week")]
    assert found("Work up to four sessions a week.") == [
        ("four sessions a week", 4.0, None, None, "sessions/week", None, "dose/exposure")]
    # "up to" with no building verb stays a ceiling
    assert found("Take up to four sessions a week.")[0][5:] == ("<=", "threshold/criterion")
    # nothing stated before: no unit to build on
    assert found("Walk slowly, then build to two.") == []


def test_an_unlabelled_effect_after_around_is_a_statistic():
    assert found("Across the pooled trials the effect on balance came out at around 0.18.") == [
        ("around 0.18", 0.18, None, None, None, "~", "effect_size/statistic")]
    assert found("Their pooled estimate was about 0.25, smaller than ours.") == [
        ("about 0.25", 0.25, None, None, None, "~", "effect_size/statistic")]
    # a whole number or one with a unit is no effect size
    assert found("The effect of 12 weeks was small.")[0][4] == "weeks"
    assert found("The estimate was about 40 in May.") == []


def test_two_bare_counts_set_against_each_other_in_brackets():
    assert found("Falls were more common with the new shoes (22 vs 15).") == [
        ("22", 22.0, None, None, None, None, "count"), ("15", 15.0, None, None, None, None, "count")]
    assert [r[:5] for r in found("More runners were injured (11 versus 6 injuries).")] == [
        ("11", 11.0, None, None, "injuries"), ("6 injuries", 6.0, None, None, "injuries")]
    # years set against each other stay years
    assert [r[4] for r in found("Rates barely moved (2018 vs 2022).")] == ["year", "year"]


def test_a_duration_that_dates_a_line_of_work_is_no_study_length():
    assert found("The idea builds on research going back about a decade.") == []
    assert found("Interest in the hormone, dating back 30 years, has not faded.") == []
    assert found("Work over the past decade has refined the method.") == []
    # how long people were followed is read, however it is said
    assert found("Volunteers were followed for about a decade.") == [
        ("about a decade", 1.0, None, None, "decades", "~", "dose/exposure")]
    assert [r[:5] for r in found("The registry offers over a decade of follow-up.")] == [
        ("a decade", 1.0, None, None, "decades")]
    assert [r[0] for r in found("Patients came back 2 weeks later.")] == ["2 weeks"]


def test_scientific_notation_gives_the_right_float():
    assert found("The variant was linked to grip (p = 1.7e-05).") == [
        ("p = 1.7e-05", 1.7e-05, None, None, "p_value", None, "effect_size/statistic")]
    assert found("Lead SNP: P = 6.2E-4.")[0][1] == 0.00062
    assert found("p = 3e-9 in the replication.")[0][:2] == ("p = 3e-9", 3e-09)
    assert found("It reached P = 2.4 × 10^-7 overall.")[0][:2] == ("P = 2.4 × 10^-7", 2.4e-07)
    assert found("It reached P = 2.4×10⁻⁷ overall.")[0][:2] == ("P = 2.4×10⁻⁷", 2.4e-07)
    assert found("The threshold is P < 5 × 10−8.")[0][1:6] == (5e-08, None, None, "p_value", "<")
    # printed by R, or a bare coefficient: a measurement
    assert found("## [1] 4.5e-06 0.31") == [
        ("4.5e-06", 4.5e-06, None, None, None, None, "measurement"),
        ("0.31", 0.31, None, None, None, None, "measurement")]
    assert found("The slope was 2.2e-03.")[0][1:] == (0.0022, None, None, None, None, "measurement")
    # a tiny p-value survives the row's rounding
    assert one("Genome-wide, p = 4e-15.", "p = 4e-15")["value"] == 4e-15
    # a figure panel is no number
    assert found("See Fig. 3e-5 for the blots.") == []


def test_a_comparator_before_a_currency_is_kept():
    assert found("Families earning < Rs 800 a month qualified.")[0][:7] == (
        "< Rs 800", 800.0, None, None, "INR", "<", "count")
    assert found("Donors giving ≥ $2,500 were thanked.")[0][:6] == (
        "≥ $2,500", 2500.0, None, None, "USD", ">=")
    assert found("Shoes costing over £90 were no better.")[0][:6] == (
        "over £90", 90.0, None, None, "GBP", ">")
    assert found("The scheme cost about €3m.")[0][:6] == ("about €3m", 3e6, None, None, "EUR", "~")
    assert found("A ticket costs $12.")[0][5] is None
