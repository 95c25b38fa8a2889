"""Forms of session 10c: a span of ages after "between the ages of", a terse span of ages after a
label word of a group ("cohort 60–70 y"), ages counted in months, weeks or days (laboratory
animals: "24-month-old rats", "mice 18–24 mo"), a repetition written "(× 3)" in brackets and a
count in a compound modifier ("a 15-word list")."""

from __future__ import annotations

from quantity_rows import found

from agefacts.extract.study_groups import scan_study_groups


def test_a_span_after_between_the_ages_of_is_one_age_range():
    rows = found("Adults between the ages of 40 and 80 took part; others were aged between 60 "
                 "and 75, and students ages 18 to 30.")
    assert [(r[0], r[2], r[3], r[6]) for r in rows] == [
        ("40 and 80", 40.0, 80.0, "age"), ("between 60 and 75", 60.0, 75.0, "age"),
        ("18 to 30", 18.0, 30.0, "age")]
    # "and" joins two numbers into a span only after "between": a list stays a list
    assert [r[0] for r in found("Doses of 40 and 80 mg were given.")] == ["40", "80 mg"]


def test_study_groups_take_the_age_range_after_between_the_ages_of():
    groups = scan_study_groups("We recruited 120 adults between the ages of 40 and 80.")
    assert [(g.label, g.n, g.age_min, g.age_max) for g in groups] == [("adults", 120, 40.0, 80.0)]


def test_a_terse_span_after_a_cohort_is_one_age_span():
    rows = found("A cohort 60–70 y was compared with the group (72–85 y).")
    assert [(r[0], r[2], r[3], r[6]) for r in rows] == [
        ("60–70 y", 60.0, 70.0, "age"), ("72–85 y", 72.0, 85.0, "age")]
    # a label word before a number with no span of ages after it still names something
    assert found("Cohort 2 was larger than group 3; see Figure 3–4.") == []
    assert found("The cohort was followed for 5–7 y.")[0][6] == "dose/exposure"


def test_ages_of_animals_in_months_weeks_or_days():
    rows = found("We compared 24-month-old rats, aged (22-month-old) mice, 3-week-old pups, "
                 "Twenty-month-old mice and 18- to 24-month-old mice.")
    assert [(r[0], r[4], r[6]) for r in rows] == [
        ("24-month-old", "months", "age"), ("22-month-old", "months", "age"),
        ("3-week-old", "weeks", "age"), ("Twenty-month-old", "months", "age"),
        ("18- to 24-month-old", "months", "age")]
    rows = found("Mice 18–24 mo and rats (20–24 months) were used; mice aged 18 months ran.")
    assert [(r[0], r[2] or r[1], r[4], r[6]) for r in rows] == [
        ("18–24 mo", 18.0, "months", "age"), ("20–24 months", 20.0, "months", "age"),
        ("18 months", 18.0, "months", "age")]


def test_months_spent_by_animals_stay_durations():
    rows = found("Mice were treated for 2 months; mice (8 weeks of training) and rats ran 6 weeks.")
    assert [(r[0], r[6]) for r in rows] == [
        ("2 months", "dose/exposure"), ("8 weeks", "dose/exposure"), ("6 weeks", "dose/exposure")]
    # a person's follow-up in months is no age either
    assert found("Participants 6–12 months after surgery")[0][6] == "dose/exposure"


def test_study_groups_give_animal_ages_in_years():
    groups = scan_study_groups("We studied 24 mice (18–24 mo) and 12 rats aged 6 months.")
    assert [(g.label, g.n, g.age_min, g.age_max) for g in groups] == [
        ("mice", 24, 1.5, 2.0), ("rats", 12, 0.5, 0.5)]


def test_a_repetition_in_brackets_after_a_word():
    rows = found("Samples were washed (× 3), spun (x3) and rinsed [× 2]; studentships (x4).")
    assert [(r[0], r[1], r[4], r[6]) for r in rows] == [
        ("× 3", 3.0, "times", "count"), ("x3", 3.0, "times", "count"),
        ("× 2", 2.0, "times", "count"),
        ("x4", 4.0, None, "count")]  # a plural noun before the bracket is what is counted
    assert found("Aliquots (× 3 mL) were frozen.")[0][0] != "× 3"  # no closing bracket: no repeat


def test_a_count_in_a_compound_modifier():
    rows = found("Participants learned a 15-word list, filled a 10-item questionnaire and a "
                 "six-item scale, and read a 60-page booklet.")
    assert [(r[0], r[1], r[4], r[6]) for r in rows] == [
        ("15-word", 15.0, "words", "count"), ("10-item", 10.0, "items", "count"),
        ("six-item", 6.0, "items", "count"), ("60-page", 60.0, "pages", "count")]
    # only before a noun, and only nouns that are counted
    assert found("The list had a 15-word.") == []
    assert [r[0] for r in found("A 12-week plan")] == ["12-week"]


def test_time_points_written_with_a_hyphen_stay_time_points():
    # gold files record "week 24" and "week-16" as quantities: both forms read alike
    rows = found("Biopsies at week 24 and the week-24 visit; day-3 samples.")
    assert [(r[0], r[4]) for r in rows] == [("week 24", "week"), ("week-24", "week"),
                                            ("day-3", "day")]
