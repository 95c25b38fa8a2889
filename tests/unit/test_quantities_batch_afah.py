"""Forms of session 14 (batches af-ah): plain-text tables whose header leaves the label column
blank, a unit before "mean ± SD"/"median (IQR)" in a row label, a BMI after "was", a confidence
interval after "CI of", a subset "N of them/whom", a count set against "controls"/"placebo", a
count split by group in brackets, a fraction before a comparative or after a wrapped "by", an
idiomatic "at one point", a sign-off line's age, pets' ages ("dog years", "live to N", a
comma list repeating "at"), and "complex I" grounded only near mitochondria."""

from __future__ import annotations

from quantity_rows import found
from quantity_rows import spans as _spans

from agefacts.extract.entities import find_mentions

_TABLE = """\
                                         Walkers            Sitters
                                         (n = 40)           (n = 38)
  Men, n (%)                             22 (55.0)          19 (50.0)
  Sleep score (0-20), median (IQR)       12 (10-15)         11 (9-14)
  Serum ferritin, ng/mL, median (IQR)    85.2 (60.1-120.4)   90.3 (70.2-131.0)
"""

_CHANGES = """\
                        Walkers    Sitters    P
  Waist, cm             -3.1       -0.4       0.01
  Ferritin, % change    +12        -2         0.20
  Steps, fold           1.8        1.1        0.03
"""


def test_a_blank_header_over_the_labels_leaves_the_first_column_its_header():
    rows = {r[0]: r for r in found(_TABLE)}
    assert rows["22"][6] == "sample_size" and rows["55.0"][6] == "proportion"
    assert rows["12 (10-15)"][1:5] == (12.0, 10.0, 15.0, "points")
    # the unit stands before the summary ("median (IQR)") in the row label
    assert rows["85.2 (60.1-120.4)"][1:5] == (85.2, 60.1, 120.4, "ng/mL")
    assert rows["90.3 (70.2-131.0)"][4] == "ng/mL"


def test_signed_changes_in_the_first_column_are_read_by_their_row_label():
    rows = {r[0]: r for r in found(_CHANGES)}
    assert rows["-3.1"][1] == -3.1 and rows["-3.1"][4] == "cm"
    assert rows["+12"][1] == 12.0 and rows["+12"][4] == "percent"
    assert rows["1.8"][4] == "fold_change"


def test_bmi_after_was_is_a_measurement_in_kg_per_square_metre():
    assert found("Their mean BMI was 31.6, higher than expected.") == [
        ("31.6", 31.6, None, None, "kg/m2", None, "measurement")]
    assert found("Average body mass index: 24.9.")[0][4] == "kg/m2"


def test_a_confidence_interval_after_ci_of_is_read():
    assert found("The ratio of 0.72 came with a 95% CI of 0.41–1.26, so it is unclear.")[0][2:4] == (
        0.41, 1.26)
    assert found("They reported a 95% CI of 1.10 to 1.95 for it.") == [
        ("95% CI of 1.10 to 1.95", None, 1.1, 1.95, "confidence_interval", None, "effect_size/statistic")]


def test_n_of_them_or_whom_counts_part_of_the_group_before():
    assert found("Nine runners quit, three of them in week two.")[1][:2] == ("three of them", 3.0)
    rows = found("We scanned 64 women aged 60 to 75, 20 of whom had osteopenia.")
    assert rows[-1] == ("20 of whom", 20.0, None, None, "people", None, "sample_size")
    assert _spans("Three of them said so.") == []  # no group counted before: nothing to part


def test_a_count_set_against_controls_or_placebo_counts_the_same_thing():
    rows = found("There were 8 infections with the vaccine and 15 among controls.")
    assert rows[1] == ("15", 15.0, None, None, "infections", None, "count")
    assert found("We saw 6 injuries with the drug and 2 on placebo.")[1][:5] == (
        "2", 2.0, None, None, "injuries")


def test_a_count_split_by_group_in_brackets_gives_each_part():
    rows = found("Overall, 13 adverse events (8 drug, 5 placebo) were mild.")
    assert [r[:2] for r in rows] == [("13 adverse events", 13.0), ("8 drug", 8.0), ("5 placebo", 5.0)]
    assert all(r[4] == "events" for r in rows)
    # parts that do not add up to the count are something else
    assert _spans("Overall, 13 adverse events (8 drug, 4 placebo) were mild.") == ["13 adverse events"]


def test_a_fraction_before_a_comparative_or_after_a_wrapped_by_is_a_share():
    assert found("That works out to a fifth fewer visits.") == [
        ("a fifth", 0.2, None, None, "fraction", None, "proportion")]
    assert _spans("Blood lactate at the end of the second test was lower by\na third.") == ["a third"]
    assert _spans("He came back for a third time.") == []


def test_at_one_point_is_a_moment_not_a_score():
    assert _spans("They were only measured at one point in time.") == []
    assert _spans("Pain fell by one point on the scale.") == ["one point"]


def test_the_age_in_a_sign_off_line_is_an_age():
    assert found("*— Maria K., 72, Tucson, Ariz.*") == [("72", 72.0, None, None, "years", None, "age")]
    assert found("-- Tom Baker, 59, Leeds") == [("59", 59.0, None, None, "years", None, "age")]
    assert found("— Table 3, 45, Summary") == []


def test_pet_ages_in_dog_years_lifespans_and_a_repeated_at():
    assert _spans("A beagle is senior by 7 or 8 dog years.") == ["7 or 8 dog years"]
    rows = found("A small cat may live to 18, while a big one does well to reach 12.")
    assert [(r[0], r[6]) for r in rows] == [("18", "age"), ("12", "age")]
    assert _spans("Prices reach 12 by May.") == []
    assert _spans("Toy breeds are old at around 12 years, big dogs at about 7, and giants earlier.") == [
        "around 12 years", "about 7"]


def _genes(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.entity_id) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


def test_complex_i_is_the_respiratory_complex_only_near_mitochondria():
    assert _genes("In the mitochondria of old mice, complex I activity fell by half.") == [
        ("complex I", "FPLX:ETC_complex_I")]
    assert _genes("Complex I deficiency is a common mitochondrial disorder.") == [
        ("Complex I", "FPLX:ETC_complex_I")]
    assert _genes("The maths got complex I admit, but the protein story was simple.") == []
