"""Session 7: forms held-out batch p showed missing. Page text laid out in columns (tables
aligned with spaces, a name or phrase broken by the other column), a range's second number
written approximately, a rhythm without a number, and genes joined by a plus sign."""

from __future__ import annotations

import pytest
from quantity_rows import found, one

from agefacts.extract.entities import find_mentions
from agefacts.extract.tables import space_tables

GRANTS = (
    "Table 1. Grants awarded this year\n\n"
    "Project                               Lead site            Award (£)     Duration\n"
    "Sleep and muscle in retirees          City University        210,000     24 months\n"
    "Protein timing in frailty             County Hospital         95,500     18 months\n"
    "Research fellowships (x3)             Various                180,000     2 years each\n"
    "Total                                                        485,500\n\n"
    "All awards are subject to review.\n"
)

COLUMNS = (
    "The walking programme ran for a year in     rose by a fifth in the exercise group and\n"
    "eight towns and recruited older adults.     was unchanged in controls, the team said\n"
    "Hand-grip strength was the main outcome     after the last visit of each participant.\n"
)


def genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text) if m.entity.kind == "gene"}


def test_a_space_aligned_table_reads_amounts_under_a_currency_header():
    rows = found(GRANTS)
    for amount, value in (("210,000", 210000), ("95,500", 95500), ("180,000", 180000),
                          ("485,500", 485500)):
        assert (amount, value, None, None, "GBP", None, "count") in rows
    assert ("24 months", 24, None, None, "months", None, "dose/exposure") in rows
    assert one(GRANTS, "485,500")["unit"] == "GBP"  # a total under the column, other cells empty


def test_space_table_cells_lie_under_their_header_column():
    (table,) = space_tables(GRANTS)
    assert table.kind == "space"
    assert table.header == ("Project", "Lead site", "Award (£)", "Duration")
    total = next(c for c in table.cells if c.text == "485,500")
    assert (total.column, total.header, total.row_label) == (2, "Award (£)", "Total")
    for cell in table.cells:
        assert GRANTS[cell.start : cell.end] == cell.text


def test_two_column_prose_gives_no_table_numbers():
    assert [r for r in found(COLUMNS) if r[4] == "GBP" or r[6] == "measurement"] == []


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Research fellowships (x3) were funded.", "x3", 3),
    ("Hip thrusts (×12) closed the session.", "×12", 12),
])
def test_a_bracketed_multiplier_after_a_noun_is_a_count(text, span, value):
    assert (span, value, None, None, None, None, "count") in found(text)


def test_squats_x3_per_week_stays_a_frequency():
    assert found("Do squats x3 per week.") == [("x3 per week", 3, None, None, "times/week", None, "dose/exposure")]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Mice were injected every other day for two weeks.", "every other day", 0.5, "times/day"),
    ("Volunteers fasted every second day.", "every second day", 0.5, "times/day"),
    ("Volunteers fasted on alternate days.", "alternate days", 0.5, "times/day"),
    ("The group met every other week.", "every other week", 0.5, "times/week"),
    ("Blood was drawn every third month.", "every third month", 1 / 3, "times/month"),
])
def test_a_rhythm_without_a_number_is_a_frequency(text, span, value, unit):
    row = one(text, span)
    assert (row["value"], row["unit"], row["measure"]) == (pytest.approx(value, abs=1e-6), unit, "dose/exposure")


@pytest.mark.parametrize("text", [
    "Every other person dropped out.",
    "Every second counts when you sprint.",
    "They took alternate routes home.",
    "Every third participant was a smoker.",
])
def test_no_rhythm_without_a_period_word(text):
    assert [r for r in found(text) if r[4] and r[4].startswith("times/")] == []


@pytest.mark.parametrize(("text", "spans"), [
    # a change with approximate values: each value gets the unit written after the second
    ("One run can push plasma IL-6 from ~1.5 to ~15 pg/mL.", ["~1.5", "~15 pg/mL"]),
    # a summary statistic between "from" and its number
    ("CRP fell (from a median of 4.1 to 3.2 mg/L) in the exercise arm.", ["4.1", "3.2 mg/L"]),
    ("Grip rose from a mean of 24 to 27 kg.", ["24", "27 kg"]),
])
def test_from_to_with_approximate_or_summarised_values(text, spans):
    rows = found(text)
    assert [r[0] for r in rows] == spans
    assert {r[4] for r in rows} == {rows[-1][4]}


def test_a_range_whose_second_number_is_approximate():
    assert found("Levels ranged from 1.5 to ~15 pg/mL.") == [
        ("1.5 to ~15 pg/mL", None, 1.5, 15, "pg/mL", None, "measurement")]


@pytest.mark.parametrize("text", [
    "In the study the volunteers in the exercise group trained three\ntimes a week.",
    "In the study the volunteers in the exercise group trained three\n"
    "                                            times a week.",
    "In the study the volunteers in the exercise group trained 3\n"
    "                                            times a week.",
])
def test_a_count_word_and_its_rhythm_across_a_line_break(text):
    (row,) = found(text)
    assert (row[1], row[4]) == (3, "times/week")


@pytest.mark.parametrize("text", [
    "Chair-stand performance improved. Insulin-like growth\nwhile the other column goes on   factor 1 was unchanged.",
    "The team plans a trial of an insulin-like drug next year.",
    "Mice given an apelin-like peptide ran further.",
])
def test_a_name_followed_by_like_is_not_that_gene(text):
    assert genes(text) & {"INS", "APLN"} == set()


def test_the_full_like_name_still_grounds():
    assert genes("Insulin-like growth factor 1 (IGF-1) was unchanged.") == {"IGF1"}


@pytest.mark.parametrize("text", [
    "Compare that with chronically elevated IL-6 + CRP in sedentary adults.",
    "They measured IL-6 plus CRP at each visit.",
])
def test_a_short_symbol_joined_by_plus_to_a_gene_is_a_gene(text):
    assert genes(text) == {"IL6", "CRP"}
