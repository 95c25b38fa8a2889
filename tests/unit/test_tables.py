"""Markdown tables: cells with offsets, and the quantities their columns give them."""

from __future__ import annotations

import itertools

import pytest

from agefacts.extract.quantities import extract_quantities, scan_quantities
from agefacts.extract.table_quantities import read_header
from agefacts.extract.tables import markdown_tables

TRIAL = (
    "Here is the core table (changes are baseline to week 24):\n\n"
    "| Group | n | Cathepsin B, % change | BDNF, % change | p (vs control) |\n"
    "|---|---|---|---|---|\n"
    "| Combined training | 34 | +31.4 | +12.0 | 0.002 |\n"
    "| Aerobic only | 31 | +24.8 | −1.8 | <0.001 |\n"
    "| Stretching control | 31 | +2.2 | −0.7 | — |\n\n"
    "Irisin went nowhere.\n"
)


def rows(text: str) -> list[tuple]:
    return [(text[q.start : q.end], q.value, q.low, q.high, q.unit, q.comparator, q.measure)
            for q in scan_quantities(text)]


def test_cells_carry_offsets_header_and_row_label():
    (table,) = markdown_tables(TRIAL)
    assert table.header == ("Group", "n", "Cathepsin B, % change", "BDNF, % change", "p (vs control)")
    assert TRIAL[table.start : table.header_end].startswith("| Group")
    assert TRIAL[table.start : table.header_end].endswith("|---|---|---|---|---|")
    assert len(table.cells) == 15
    for cell in table.cells:
        assert TRIAL[cell.start : cell.end] == cell.text
    minus = next(c for c in table.cells if c.text == "−1.8")
    assert (minus.row, minus.column, minus.header, minus.row_label) == (1, 3, "BDNF, % change", "Aerobic only")


def test_without_outer_pipes_escaped_pipes_and_emphasis():
    text = "a | b\n:--|--:\n**x\\|y** | 3\n\nafter"
    (table,) = markdown_tables(text)
    assert table.header == ("a", "b")
    assert [c.text for c in table.cells] == ["**x\\|y**", "3"]
    assert table.cells[0].row_label == "x\\|y"


@pytest.mark.parametrize("text", [
    "Just prose with a dash --- and a | pipe.\n",
    "Heading\n---\nA setext heading is not a table.\n",
    "| lonely | row |\n\nno delimiter line\n",
])
def test_no_table(text):
    assert markdown_tables(text) == []


def test_numeric_cells_are_read_by_their_column():
    assert rows(TRIAL) == [
        ("week 24", 24, None, None, "week", None, "dose/exposure"),
        ("34", 34, None, None, "subjects", None, "sample_size"),
        ("+31.4", 31.4, None, None, "percent", None, "proportion"),
        ("+12.0", 12.0, None, None, "percent", None, "proportion"),
        ("0.002", 0.002, None, None, "p_value", None, "effect_size/statistic"),
        ("31", 31, None, None, "subjects", None, "sample_size"),
        ("+24.8", 24.8, None, None, "percent", None, "proportion"),
        ("−1.8", -1.8, None, None, "percent", None, "proportion"),
        ("<0.001", 0.001, None, None, "p_value", "<", "effect_size/statistic"),
        ("31", 31, None, None, "subjects", None, "sample_size"),
        ("+2.2", 2.2, None, None, "percent", None, "proportion"),
        ("−0.7", -0.7, None, None, "percent", None, "proportion"),
    ]


def test_rows_keep_the_span_contract():
    for r in extract_quantities("doc", TRIAL):
        assert TRIAL[r["char_start"] : r["char_end"]] == r["text"]


BASELINE = (
    "| Characteristic | Exercise (n = 34) | Control (n = 31) |\n"
    "|:---|---:|---:|\n"
    "| Age, years | 72.1 ± 4.0 | 71.8 ± 3.9 |\n"
    "| Women, n (%) | 20 (59%) | 18 (58%) |\n"
    "| **BMI** | 27.1 | 26.8 |\n"
    "| Gait speed (m/s) | 1.02 | 0.98 |\n"
    "| HR (95% CI) | 0.82 (0.75–0.90) | ref |\n"
    "| Weight change | -3.5% | 0.4% |\n"
    "| Duration | 12 weeks | 12 weeks |\n"
)


def test_a_transposed_table_reads_its_row_labels():
    got = rows(BASELINE)
    assert ("72.1", 72.1, None, None, "years", None, "age") in got
    assert ("± 4.0", 4.0, None, None, "standard_deviation", None, "effect_size/statistic") in got
    assert ("20", 20, None, None, "subjects", None, "sample_size") in got
    assert ("59%", 59, None, None, "percent", None, "proportion") in got
    assert ("27.1", 27.1, None, None, "kg/m2", None, "measurement") in got
    assert ("1.02", 1.02, None, None, "m/s", None, "measurement") in got
    assert ("0.82 (0.75–0.90)", 0.82, 0.75, 0.90, "hazard_ratio", None, "effect_size/statistic") in got
    assert ("-3.5%", -3.5, None, None, "percent", None, "proportion") in got  # the sign is kept


def test_header_numbers_are_names_and_phrases_keep_the_scanners_reading():
    got = rows(BASELINE)
    texts = [g[0] for g in got]
    assert "34" not in texts and "31" not in texts and "95%" not in texts  # header line
    assert texts.count("12 weeks") == 2
    assert ("12 weeks", 12, None, None, "weeks", None, "dose/exposure") in got
    starts_ends = sorted((q.start, q.end) for q in scan_quantities(BASELINE))
    assert all(e <= s2 for (_, e), (s2, _) in itertools.pairwise(starts_ends))


def test_label_columns_give_nothing():
    text = "| # | Exercise | Sets |\n|---|---|---|\n| 1 | Squat | 3 |\n| 2 | Row | 3 |\n"
    assert rows(text) == [("3", 3, None, None, "sets", None, "dose/exposure"),
                          ("3", 3, None, None, "sets", None, "dose/exposure")]
    text = "| Gene | Rank | Irisin |\n|---|---|---|\n| CTSB | 1 | 3.4 |\n"
    assert rows(text) == [("3.4", 3.4, None, None, None, None, "measurement")]


@pytest.mark.parametrize(("header", "measure", "unit"), [
    ("n", "sample_size", "subjects"),
    ("No. of participants", "sample_size", "subjects"),
    ("P value", "effect_size/statistic", "p_value"),
    ("Mean age", "age", "years"),
    ("OR", "effect_size/statistic", "odds_ratio"),
    ("Fold change", "effect_size/statistic", "fold_change"),
    ("Weight (kg)", "measurement", "kg"),
    ("Session length (min)", "dose/exposure", "minutes"),
    ("Week", "dose/exposure", "week"),
    ("Responders (%)", "proportion", "percent"),
    ("Irisin", "measurement", None),
])
def test_read_header(header, measure, unit):
    reading = read_header(header)
    assert (reading.measure, reading.unit) == (measure, unit)
