"""Forms of session 15: a count before a noun that carries its own duration or distance."""

from __future__ import annotations

from quantity_rows import found


def test_a_count_before_a_duration_compound_is_a_count_of_its_own():
    assert found("Coaches prescribe four 30-second sprints.") == [
        ("four", 4.0, None, None, "sprints", None, "count"),
        ("30-second", 30.0, None, None, "seconds", None, "dose/exposure")]
    # a range, with an adjective between it and the compound
    assert found("Plan 5–6 brisk 10-minute walks.")[0] == (
        "5–6", None, 5.0, 6.0, "walks", None, "count")
    assert found("He managed two to three 8-km rides.")[0] == (
        "two to three", None, 2.0, 3.0, "rides", None, "count")


def test_one_a_year_or_a_singular_noun_is_not_such_a_count():
    # "one" is not counted, a year before a compound is a date, a singular noun is not counted
    assert [r[0] for r in found("One 12-week block followed.")] == ["12-week"]
    assert found("In 2031 20-minute sessions began.")[0][-1] == "date/metadata"
    assert [r[0] for r in found("Set 3 10-minute timer intervals.")] == ["10-minute"]


def test_such_a_count_per_period_is_a_frequency():
    assert found("She swims three 40-minute laps a week.")[0] == (
        "three", 3.0, None, None, "laps/week", None, "dose/exposure")
