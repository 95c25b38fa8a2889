"""Forms of session 11: values printed by R in a knitted report ("## [1] 241"), a decimal power
written out and evaluated ("2^−0.312 ≈ 0.81"), a span of ages with no age word after a verb of
decline ("may halve between 40 and 80") and a count before an age-modified group ("30
24-month-old mice")."""

from __future__ import annotations

from quantity_rows import found

from agefacts.extract.quantities import extract_quantities
from agefacts.extract.study_groups import extract_study_groups, scan_study_groups


def test_values_printed_by_r_are_measurements_and_the_index_is_not():
    text = "Proteins kept after filtering:\n\n    ## [1] 312\n\nPer arm:\n\n## [1] 0.37 -0.12 4\n"
    assert [(r[0], r[1], r[6]) for r in found(text)] == [
        ("312", 312.0, "measurement"), ("0.37", 0.37, "measurement"),
        ("-0.12", -0.12, "measurement"), ("4", 4.0, "measurement")]
    # a line that prints text or a data frame is no vector of numbers; "[1]" in prose is a citation
    assert found('## [1] "GDF15" "IL6"\n## [1] 7 TRUE\nAs shown before [1] 241 genes changed.') == [
        ("241 genes", 241.0, None, None, "genes", None, "count")]


def test_an_evaluated_decimal_power_gives_its_exponent_and_its_value():
    rows = found("That is a 19% gain (2^0.25 ≈ 1.19); e^-0.4 = 0.67 too.")
    assert [(r[0], r[1], r[5], r[6]) for r in rows] == [
        ("19%", 19.0, None, "proportion"), ("0.25", 0.25, None, "measurement"), ("≈ 1.19", 1.19, "~", "measurement"),
        ("-0.4", -0.4, None, "measurement"), ("0.67", 0.67, None, "measurement")]
    # an integer exponent is notation or arithmetic, and an unevaluated power is notation
    assert found("Volume scales as 2^3 = 8 and the fit used x^0.5.") == []
    assert [r[0] for r in found("We plated 3 × 10^5 cells.")] == ["3 × 10^5 cells"]


def test_a_span_after_a_verb_of_decline_is_ages_when_the_sentence_is_about_age():
    rows = found("Grip strength falls as we get older; it can drop by a third between 45 and 85.")
    assert [(r[0], r[2], r[3], r[4], r[6]) for r in rows if r[6] == "age"] == [
        ("between 45 and 85", 45.0, 85.0, "years", "age")]
    rows = found("Leg power declines from 35 to 75 in most older adults.")
    assert [(r[0], r[2], r[3], r[6]) for r in rows] == [("from 35 to 75", 35.0, 75.0, "age")]


def test_a_span_after_a_verb_of_decline_stays_out_without_age_or_with_a_falling_value():
    # no age word: the numbers may be anything measured
    assert found("Scores dropped between 50 and 70 in the second round.") == []
    # a value that falls from the larger to the smaller number is the declining quantity
    # (session 17: a measured level's whole-number change is two measurements, still no ages)
    assert [(r[0], r[6]) for r in found("With age, resting heart rate fell from 78 to 64.")] == [
        ("78", "measurement"), ("64", "measurement")]
    # something counted after the span keeps it a span of that thing
    assert [r[4] for r in found("Attendance declined between 20 and 40 sessions as people aged.")] == [
        "sessions"]


def test_a_count_before_an_age_modified_group_is_its_size():
    text = "We studied 18 22-month-old male rats and twelve 68-year-old women."
    assert [(r[0], r[4], r[6]) for r in found(text)] == [
        ("18", "animals", "sample_size"), ("22-month-old", "months", "age"),
        ("twelve", "people", "sample_size"), ("68-year-old", "years", "age")]
    groups = scan_study_groups(text)
    assert [(g.label, g.n, g.age_min, g.species) for g in groups] == [
        ("22-month-old male rats", 18, round(22 / 12, 3), "rat"),
        ("68-year-old women", 12, 68.0, "human")]
    # the pipeline builds the same groups from quantity rows
    rows = extract_study_groups("d", text, extract_quantities("d", text))
    assert [(r["label"], r["n"], r["text"]) for r in rows] == [
        ("22-month-old male rats", 18, "18 22-month-old male rats"),
        ("68-year-old women", 12, "twelve 68-year-old women")]
    # a year before an aged group is a date, not a count
    assert found("In 2021 30-year-old runners were tested.")[0][6] == "date/metadata"
