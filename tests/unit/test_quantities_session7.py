"""Forms found on batch q (a TV segment transcript, a newsletter, an alumni magazine profile):
"By the numbers" stat lists, a group counted by its adjective with an open age bracket, p-values
said aloud, counts with "more"/"fewer" and a dose said with "a" for one."""

from __future__ import annotations

from quantity_rows import found

from agefacts.extract.study_groups import scan_study_groups


def test_a_stat_list_item_counts_the_head_noun_of_its_description():
    text = ("BY THE NUMBERS\n"
            "23 — postdocs in the institute, including two visiting fellows\n"
            "1,800+ — tissue samples stored since 2015\n"
            "$4.2 million — grant funding\n"
            "1 — treadmill in the basement (“borrowed”)\n")
    rows = found(text)
    assert ("23", 23.0, None, None, "postdocs", None, "count") in rows
    assert ("1,800+", 1800.0, None, None, "samples", ">=", "count") in rows
    assert ("1", 1.0, None, None, "treadmill", None, "count") in rows
    assert ("$4.2 million", 4_200_000.0, None, None, "USD", None, "count") in rows


def test_a_markdown_stat_list_item_of_people_is_a_count_of_people_not_a_group():
    text = ("## Numbers of the week\n\n"
            "- **340** — middle-aged runners in the marathon cohort\n"
            "- **45** — mice per cage in the old facility\n")
    rows = found(text)
    assert ("340", 340.0, None, None, "people", None, "count") in rows
    assert ("45", 45.0, None, None, "animals", None, "count") in rows
    assert scan_study_groups(text) == []


def test_years_list_numbers_clock_times_and_headings_in_a_stat_list_are_no_counts():
    text = ("2019 — the clinic opens its doors\n"
            "1. — members\n"
            "7:30 — members of staff arrive\n"
            "4 — she said, smiling\n"
            "5 — Chapters of the first book\n")
    rows = found(text)
    assert [r for r in rows if r[6] == "count"] == []
    assert ("2019", 2019.0, None, None, "year", None, "date/metadata") in rows


def test_a_bare_number_in_running_text_before_a_dash_is_still_no_count():
    assert found("We tried it on the bench, and 12 — honestly — was enough.") == []


def test_a_group_adjective_with_an_open_age_bracket_counts_the_group():
    text = "Biopsies came from 22 young (18–30 years) and 25 older (75+) women in the clinic."
    rows = found(text)
    assert ("22 young", 22.0, None, None, "people", None, "sample_size") in rows
    assert ("25 older", 25.0, None, None, "people", None, "sample_size") in rows
    assert ("75+", 75.0, None, None, "years", ">=", "age") in rows
    groups = {(g.label, g.n, g.age_min, g.age_max) for g in scan_study_groups(text)}
    assert groups == {("young women", 22, 18.0, 30.0), ("older women", 25, 75.0, None)}


def test_a_p_value_said_in_words():
    rows = found("It held up, p equals 0.03, and p less than 0.01 for the second, P greater than 0.5.")
    assert ("p equals 0.03", 0.03, None, None, "p_value", None, "effect_size/statistic") in rows
    assert ("p less than 0.01", 0.01, None, None, "p_value", "<", "effect_size/statistic") in rows
    assert ("P greater than 0.5", 0.5, None, None, "p_value", ">", "effect_size/statistic") in rows
    assert found("a p of 4 and the top equals 3") == []


def test_a_count_with_more_or_fewer_is_a_difference_in_that_count():
    rows = found("The trained group named on average 2.3 more objects and had 4 fewer errors.")
    assert ("2.3 more objects", 2.3, None, None, "objects", None, "count") in rows
    assert ("4 fewer errors", 4.0, None, None, "errors", None, "count") in rows
    assert found("They did 2 more than before; 12 more participants joined; the two more items.") == []


def test_a_dose_said_with_a_for_one_needs_a_rate():
    rows = found("Taking a gram a day of the supplement, or a serving a week of fish.")
    assert ("a gram a day", 1.0, None, None, "g/day", None, "dose/exposure") in rows
    assert ("a serving a week", 1.0, None, None, "servings/week", None, "dose/exposure") in rows
    assert found("She ate a gram of protein per kilogram and talked a mile a minute.") == []
