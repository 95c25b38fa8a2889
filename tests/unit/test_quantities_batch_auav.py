"""Forms of batches au and av (made-up texts): a plain-text plan by age band whose cells give a
share after a label word ("volume 80%") and a bare count per period ("hard sessions: 2 per week",
"lifts: 1 or 2 a week"), and the other classes below."""

from __future__ import annotations

from quantity_rows import found

PLAN = (
    "  AGE 40-54 - base level\n"
    "     volume 100% | intervals: 2 per week | weights: 2 or 3 a week\n"
    "  AGE 55-64\n"
    "     volume 80-90% | intervals: 1 or 2 a week | weights: 1 per week\n"
)


def _spans(text: str) -> list[str]:
    return [r[0] for r in found(text)]


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
