"""Forms found on a slide deck (batch l): tab-separated baseline tables, abbreviated time
points, group sizes per arm, allocation ratios, small fractions, alpha, a scale's mean."""

from __future__ import annotations

import pytest
from quantity_rows import found, one

from agefacts.extract.tables import tab_tables

BASELINE = (
    "Table 1 (pasted from slides)\n"
    "\t\tYoga (n=30)\t\tControl (n=31)\n"
    "Age, years\t\t68.2 ± 5.1\t\t69.0 ± 4.7\n"
    "Women, n (%)\t\t18 (60)\t\t17 (55)\n"
    "Weight, kg\t\t74.5 ± 11.2\t\t1,072 ± 9.8\n"
    "MMSE (0–30)\t\t27.1 ± 1.8\t\t26.8 ± 2.0\n"
    "CRP, mg/L*\t\t2.1 [1.2–3.9]\t\t2.4 [1.1–4.0]\n"
    "Notes\t\tsee text\t\t12\n"
)


def test_a_tab_separated_block_is_a_table_with_headers_and_row_labels():
    (table,) = tab_tables(BASELINE)
    assert table.kind == "tab"
    assert table.header == ("", "Yoga (n=30)", "Control (n=31)")
    cell = next(c for c in table.cells if c.text == "18 (60)")
    assert (cell.row_label, cell.header, cell.column) == ("Women, n (%)", "Yoga (n=30)", 1)


@pytest.mark.parametrize("text", [
    "Name\tValue\nEntrez\t151176\n",  # two lines are no table
    "Species\tHuman\tMouse\nEntrez\t151176\tn/a\nUniProt\tQ4G0M1\tn/a\n",  # identifiers
])
def test_tab_lines_that_say_nothing_measurable_give_no_cell_rows(text):
    assert not found(text)


def test_tab_table_cells_are_read_by_their_row_label():
    rows = {f[0]: f[1:] for f in found(BASELINE)}
    assert rows["68.2"] == (68.2, None, None, "years", None, "age")
    assert rows["± 5.1"][0] == 5.1 and rows["± 5.1"][3] == "standard_deviation"
    assert rows["18"] == (18, None, None, "subjects", None, "sample_size")
    assert rows["60"] == (60, None, None, "percent", None, "proportion")
    assert rows["74.5"][3] == "kg"
    assert rows["27.1"][3] == "points"  # a scale from 0 in the label
    assert rows["2.1 [1.2–3.9]"] == (2.1, 1.2, 3.9, "mg/L", None, "measurement")  # median [IQR]
    assert rows["n=30"][-1] == "sample_size"  # the header's group size stays the scanner's
    assert "12" not in rows  # a row label that says nothing


def test_a_count_with_a_bare_share_needs_a_percent_header():
    md = "| Group | n |\n|---|---|\n| Yoga | 18 (60) |\n"
    assert [f[0] for f in found(md) if f[0].startswith("18")] == []


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Fatigue eased by wk 6 in most.", "wk 6", 6, "week"),
    ("Plots at baseline / wk 4 / wk 12.", "wk 12", 12, "week"),
    ("Biopsies, pre/post, 10 per arm.", "10 per arm", 10, "subjects"),
    ("Twenty were randomised 2:1 to drug or placebo.", "2:1", 2, "allocation_ratio"),
    ("Troponin fell by ~ 1/3 after training.", "~ 1/3", 1 / 3, "fraction"),
    ("Sample size: 90% power, α = 0.05.", "α = 0.05", 0.05, "alpha"),
    ("Frail residents (SPPB mean ~6) were excluded.", "~6", 6, "points"),
])
def test_slide_deck_abbreviations(text, span, value, unit):
    r = one(text, span)
    assert r["value"] == pytest.approx(value)
    assert r["unit"] == unit


@pytest.mark.parametrize("text", [
    "Training 3 sessions per wk 8 weeks long.",  # a rate, then a duration
    "Doors open at 8:30 and the score was 3:1.",  # a time and a score
    "The meeting is on 1/5 in room 4.",  # a date
    "[image: two line plots and three panels]",  # what a figure shows
])
def test_look_alikes_of_slide_abbreviations_stay_out(text):
    assert not [f for f in found(text) if f[4] in ("week", "allocation_ratio", "fraction", "plots",
                                                    "panels")]
