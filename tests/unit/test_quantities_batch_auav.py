"""Forms of batches au and av (made-up texts): a plain-text plan by age band whose cells give a
share after a label word ("volume 80%") and a bare count per period ("hard sessions: 2 per week",
"lifts: 1 or 2 a week"), and the other classes below."""

from __future__ import annotations

from quantity_rows import found
from quantity_rows import spans as _spans

PLAN = (
    "  AGE 40-54 - base level\n"
    "     volume 100% | intervals: 2 per week | weights: 2 or 3 a week\n"
    "  AGE 55-64\n"
    "     volume 80-90% | intervals: 1 or 2 a week | weights: 1 per week\n"
)


def test_a_share_after_a_label_word_is_read():
    spans = _spans(PLAN)
    assert "100%" in spans and "80-90%" in spans
    assert _spans("Keep the volume 75% of last year's.\n") == ["75%"]


def test_a_volume_number_without_a_percent_stays_a_citation():
    assert _spans("Smith J. Muscle ageing. J Gerontol. Volume 12, pages 3-9.\n") == []
    assert _spans("See volume 3 of the series.\n") == []


def test_a_bare_count_per_period_is_a_rate():
    rows = {r[0]: r for r in found(PLAN)}
    assert rows["2 per week"][1:5] == (2.0, None, None, "times/week")
    assert rows["2 or 3 a week"][1:5] == (None, 2.0, 3.0, "times/week")
    assert rows["1 or 2 a week"][1:5] == (None, 1.0, 2.0, "times/week")
    assert rows["1 per week"][1:5] == (1.0, None, None, "times/week")
    assert _spans("Most of us manage 3 to 4 a week.\n") == ["3 to 4 a week"]


def test_a_count_before_a_time_point_is_no_rate():
    assert not any("a week" in s and s[0].isdigit() for s in _spans("She was 3 a week ago.\n"))
    assert _spans("We logged 40 per week on average.\n") == []  # large: a count of things, unsaid


def test_a_headless_numbers_box_reads_its_bold_counts():
    box = (
        "### In numbers\n\n| | |\n|---|---|\n"
        "| **310** | walkers signed up this spring |\n| **1,450** | blood samples in the freezer |\n"
        "| **$2.5 million** | raised since 2018 |\n\n"
        "| | |\n|---|---|\n| 3 | a plain row number, not bold |\n"
    )
    spans = _spans(box)
    assert "310" in spans and "1,450" in spans and "$2.5 million" in spans
    assert "3" not in spans
    headed = "| Step | Move |\n|---|---|\n| **2** | lunges |\n"
    assert _spans(headed) == []  # a header that names no measure: a step number


def test_a_full_name_with_a_copula_and_a_pronoun_gives_an_age():
    rows = found("Vera Holm is 81, and she still rows every morning.\n")
    assert [(r[0], r[4], r[6]) for r in rows] == [("81", "years", "age")]
    assert _spans("Vera Holm is 81.\n") == []  # no person said after it: could be anything
    assert _spans("The Total is 81, and she knew it.\n") == []


def test_one_time_is_an_adjective_not_a_count():
    spans = _spans("Choose a one-time purchase or subscribe.\nA one-time fee of $5 is charged.\n")
    assert "one-time" not in spans and "$5" in spans
    assert "five-times" in _spans("She did the five-times sit-to-stand test.\n")


def test_an_approximate_age_opening_a_sentence():
    text = "Muscle changes with ageing. After about 60, we lose power faster than mass.\n"
    rows = found(text)
    assert [(r[0], r[4], r[5], r[6]) for r in rows] == [("After about 60", "years", "~", "age")]
    wrapped = "Older adults lose speed. From around 55,\nthe fast fibres shrink first.\n"
    assert _spans(wrapped) == ["From around 55"]
    assert "From about 50" not in _spans("Ageing matters. From about 50, the tally climbed to 90.\n")
    assert _spans("We walked about 50, then stopped.\n") == []  # no ageing article, no cue


def test_a_relative_clause_after_a_person_gives_an_age():
    assert _spans("Asking for my grandad who is 84 and very stubborn.\n") == ["84"]
    assert _spans("My aunt who is 79 still swims daily.\n") == ["79"]
    assert _spans("The index, which is 81 and rising, worries us.\n") == []
