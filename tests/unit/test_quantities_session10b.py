"""Forms of session 10b: "mean (SD)" table cells ("64.2 (3.8)"), a group size in a table
header ("| Walkers (n = 40) |"), decimals written with a minus sign and no unit ("−0.21"),
q-values and degrees of freedom, the whole a counted subset was taken from ("(9 of 52)"), the
earlier value of a quantity ("up from about 150") and a range of fraction words ("a quarter
to a third")."""

from __future__ import annotations

from quantity_rows import found

_TABLE = """| Measure                   | Walkers (n = 40) | Sitters (n = 38) |
|:--------------------------|:-----------------|:-----------------|
| Age, years, mean (SD)     | 64.2 (3.8)       | 63.9 (4.1)       |
| Women, n (%)              | 22 (55.0)        | 20 (52.6)        |
| Waist, cm                 | 91.5 (10.2)      | 93.0 (9.7)       |
| Visits                    | 12 (30)          | 11 (29)          |
"""


def test_a_mean_and_its_spread_in_a_table_cell():
    rows = {r[0]: r for r in found(_TABLE)}
    assert rows["64.2"][4:7:2] == ("years", "age")
    assert rows["3.8"][4] == "standard_deviation"  # the row label names the bracket
    assert rows["55.0"][4] == "percent"  # under "n (%)" the bracket is still a share
    # a decimal is no count: its bracket is a spread, left unnamed where nothing names it
    assert rows["91.5"][1:5:3] == (91.5, "cm") and "10.2" not in rows
    # a whole number with a bracket and no "%" or "SD" anywhere stays unread
    assert "12" not in rows and "30" not in rows


def test_a_group_size_in_a_table_header():
    spans = [r[0] for r in found(_TABLE) if r[6] == "sample_size"]
    assert spans[:2] == ["n = 40", "n = 38"]
    header = "| Week 12 | Week 24 |\n|---|---|\n| 4.1 | 5.2 |\n"
    assert not any(r[0].startswith("12") or r[0].startswith("24") for r in found(header))


def test_signed_decimals_without_a_unit():
    rows = found("The estimate was −0.21 (q = 0.013); TNF -0.08, IL-6\n  −0.15 after adjustment.")
    assert [(r[0], r[1], r[6]) for r in rows] == [
        ("−0.21", -0.21, "measurement"), ("q = 0.013", 0.013, "effect_size/statistic"),
        ("-0.08", -0.08, "measurement"), ("−0.15", -0.15, "measurement")]
    row = found("In the per-protocol set it was −0.40 (95% CI −0.61 to −0.19).")[0]
    assert row[:4] == ("−0.40 (95% CI −0.61 to −0.19)", -0.40, -0.61, -0.19)
    # no lone sign: a range, a gene name, an exponent, a date, an unsigned decimal
    assert not any(r[1] is not None and r[1] < 0
                   for r in found("Doses 0.5-0.8 of IL-6 and 2^−0.25; ratio 0.44; T-0.5."))


def test_degrees_of_freedom_and_q_values():
    rows = found("t = 2.41, df = 58, p = 0.019; q < 0.05 was significant.")
    assert [(r[0], r[4]) for r in rows] == [
        ("t = 2.41", "t_statistic"), ("df = 58", "degrees_of_freedom"), ("p = 0.019", "p_value"),
        ("q < 0.05", "q_value")]


def test_the_whole_a_counted_subset_was_taken_from():
    rows = found("Excluding smokers (9 of 52) changed nothing; dropouts (n = 6 of 58) were older.")
    assert [(r[0], r[6]) for r in rows] == [
        ("9", "count"), ("52", "sample_size"), ("n = 6", "sample_size"), ("58", "sample_size")]
    assert [r[0] for r in found("Typo (5 of 3) here.")] == ["5"]  # a whole smaller than its part


def test_the_earlier_value_of_a_quantity():
    rows = found("They walked 320 minutes a week by the end of the trial, up from about 150 at entry.")
    assert [(r[0], r[4]) for r in rows] == [
        ("320 minutes a week", "minutes/week"), ("about 150", "minutes/week")]
    assert found("Up from 12, they said.") == []  # no quantity before it to share a unit with


def test_a_range_of_fraction_words():
    rows = found("By then we may have lost a quarter to a third of them.")
    assert [r[:5] for r in rows] == [("a quarter to a third", None, 0.25, 1 / 3, "fraction")]
    assert all(r[2] is None for r in found("It fell by a third to a quarter of its size."))
