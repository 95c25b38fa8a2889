"""Forms of session 14: a threshold verb before a number ("exceeds", "surpassed"), a score out of
a maximum written with a slash after "a" or a rating verb, "half a mile", a named statistic
given as a range ("an AUC of A to B"), and a range with "more"/"extra" before a time unit."""

from __future__ import annotations

from quantity_rows import found


def test_a_threshold_verb_before_a_number_is_its_comparator():
    text = "Only a small share of runs showed a slope that exceeds 0.35, the usual cut-off."
    assert found(text) == [("exceeds 0.35", 0.35, None, None, None, ">", "threshold/criterion")]
    assert found("By spring her attendance surpassed 85 %.") == [
        ("surpassed 85 %", 85.0, None, None, "percent", ">", "proportion")]
    # negated, the verb is a ceiling
    assert found("The dose should not exceed 4 mg.") == [
        ("not exceed 4 mg", 4.0, None, None, "mg", "<=", "threshold/criterion")]


def test_a_score_out_of_ten_with_a_slash_is_a_rating_in_points():
    assert found("Honestly, I would rate it 8/10 for comfort.") == [
        ("8/10", 8.0, None, None, "points", None, "measurement")]
    assert found("That was a 9/10 session for me.") == [
        ("9/10", 9.0, None, None, "points", None, "measurement")]
    # as "a 6 or 7 out of 10": the same unit and measure
    assert [r[4:] for r in found("It felt like an 8 or 9 out of 10.")] == [
        ("points", None, "measurement")]
    # a date, a date with its year, a share of people and a chance are not ratings
    assert found("We met on 4/10 at noon.") == []
    assert found("Dated 4/10/2023.") == []
    assert found("It worked in 3/10 patients.") == [
        ("3/10", 0.3, None, None, "fraction", None, "proportion")]
    assert found("There is a 1/5 chance of rain.") == []


def test_half_a_mile_is_a_distance():
    assert found("After lunch we strolled half a mile to the lake.") == [
        ("half a mile", 0.5, None, None, "miles", None, "dose/exposure")]
    assert found("Nearly half a kilometre of climbing remained.") == [
        ("Nearly half a kilometre", 0.5, None, None, "km", "~", "dose/exposure")]


def test_a_named_statistic_given_as_a_range():
    assert found("The score reached an AUC of 0.64 to 0.69 across cohorts.") == [
        ("AUC of 0.64 to 0.69", None, 0.64, 0.69, "auc", None, "effect_size/statistic")]
    assert found("Pooled correlations were r = 0.18–0.27 in adults.") == [
        ("r = 0.18–0.27", None, 0.18, 0.27, "correlation", None, "effect_size/statistic")]
    # a change "from A to B" stays two values
    assert [(r[0], r[1]) for r in found("Later the AUC rose from 0.6 to 0.66.")] == [
        ("AUC rose from 0.6", 0.6), ("0.66", 0.66)]


def test_a_range_with_more_or_extra_before_a_time_unit():
    assert found("Add 3–4 more minutes of walking.") == [
        ("3–4 more minutes", None, 3.0, 4.0, "minutes", None, "dose/exposure")]
    assert found("Get one to two extra hours of sleep.") == [
        ("one to two extra hours", None, 1.0, 2.0, "hours", None, "dose/exposure")]
    assert found("5 more people joined.") == []  # a difference in people is no sample
