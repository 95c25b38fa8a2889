"""Forms of batches ap and aq: pipe-table cells holding a number with a word or several numbers
("mean 71.2", "12 women + 9 men", "61–70 vs. 22–30"), a study's time point with its number in
words ("by week nine"), and a drill's bouts by their size written with a letter ("5x3",
"6-by-2") (made-up texts)."""

from __future__ import annotations

from quantity_rows import found

TABLE = (
    "| Trial | n | Age (years) | Length |\n"
    "|---|---|---|---|\n"
    "| Alpha | 31 | mean 66.3 | 10 weeks |\n"
    "| Beta | 12 women + 9 men | 61–70 vs. 22–30 | 8 weeks |\n"
    "| Gamma | 90 | 65+ (median 73.5) | 12 weeks |\n"
)


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in found(text)}


def test_a_cell_with_a_summary_word_reads_under_its_header():
    rows = _rows(TABLE)
    assert rows["66.3"][:4] == (66.3, None, None, "years")
    assert rows["66.3"][5] == "age"
    assert rows["73.5"][5] == "age"
    assert "65+" in rows  # the bound stays the scanner's


def test_a_cell_with_several_numbers_gives_each():
    rows = _rows(TABLE)
    assert rows["12"][3] == "subjects" and rows["9"][3] == "subjects"
    assert rows["61–70"][:4] == (None, 61.0, 70.0, "years")
    assert rows["22–30"][:4] == (None, 22.0, 30.0, "years")


def test_several_numbers_need_a_header_that_says_what_they_are():
    text = ("| Trial | Notes |\n|---|---|\n| Alpha | 12 women + 9 men |\n")
    assert not any(r[0] in ("12", "9") for r in found(text))
    text = ("| Trial | n |\n|---|---|\n| Alpha | 12 kg vs. 9 |\n")  # a unit is no group word:
    assert _rows(text)["9"][3] == "kg"  # the scanner's reading stands


def test_a_time_point_with_its_number_in_words():
    rows = _rows("Walking pace rose steadily by week nine.")
    assert rows["week nine"][:4] == (9.0, None, None, "week")
    assert _rows("Keep at it from day one.") == {}  # an idiom
    assert "week two" not in _rows("They met once a week two years ago.")  # a rate, then more


def test_a_drill_written_with_a_letter_is_bouts_by_size():
    rows = found("The group did 5x3 intervals and a 6-by-2 HIIT session, then 3x12 reps.")
    spans = [(r[0], r[4]) for r in rows]
    assert spans == [("5", "sets"), ("3", None), ("6", "sets"), ("2", None), ("3", "sets"),
                     ("12 reps", "repetitions")]
    assert found("They drove a 4x4 truck to a 2-by-2 design meeting.") == []
