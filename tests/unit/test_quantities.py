"""Quantities: each form an article writes a number in, what is not a quantity, and the contract."""

from __future__ import annotations

from itertools import pairwise

import pytest
from quantity_rows import found, one

from agefacts.extract.quantities import MEASURES, extract_quantities, scan_quantities
from schemas import TABLES
from schemas.quantities import MEASURES as SCHEMA_MEASURES

# (text, span, value, low, high, unit, comparator, measure)
FORMS = [
    # sample sizes
    ("The trial randomised n=16 volunteers.", "n=16 volunteers", 16, None, None, "people", None, "sample_size"),
    ("Arm B (n = 1,234) kept walking.", "n = 1,234", 1234, None, None, "subjects", None, "sample_size"),
    ("We followed 47 people for a decade.", "47 people", 47, None, None, "people", None, "sample_size"),
    ("The cohort: 11 young adults and more.", "11 young adults", 11, None, None, "people", None, "sample_size"),
    ("Data came from a cohort of 500,000 people.", "500,000 people", 500000, None, None, "people", None, "sample_size"),
    ("The team studied 40 aged mice.", "40 aged mice", 40, None, None, "animals", None, "sample_size"),
    # a bare count defined by the age or sex after it is a number of people, not an age
    ("We studied 48 men (26 aged 20–30 and 22 aged 70–85).", "22", 22, None, None, "people", None, "sample_size"),
    ("In all, 72 volunteers (36 under 30 years old) took part.", "36", 36, None, None, "people", None, "sample_size"),
    ("Of these, 12 were women.", "12", 12, None, None, "people", None, "sample_size"),
    ("Nearly a dozen volunteers signed up.", "Nearly a dozen volunteers", 12, None, None, "people", "~", "sample_size"),
    # correlations and statistics
    ("Trained muscle: r = 0.451 against the young.", "r = 0.451", 0.451, None, None, "correlation", None, "effect_size/statistic"),
    ("Grip and speed were inversely linked (r = −0.29).", "r = −0.29", -0.29, None, None, "correlation", None, "effect_size/statistic"),
    ("Mortality was lower (HR 0.82 (95% CI 0.75–0.90)).", "HR 0.82 (95% CI 0.75–0.90)", 0.82, 0.75, 0.90, "hazard_ratio", None, "effect_size/statistic"),
    ("Frailty odds fell (OR = 0.61, 95% CI 0.48 to 0.77).", "OR = 0.61, 95% CI 0.48 to 0.77", 0.61, 0.48, 0.77, "odds_ratio", None, "effect_size/statistic"),
    ("The odds ratio was 1.45 in women.", "odds ratio was 1.45", 1.45, None, None, "odds_ratio", None, "effect_size/statistic"),
    ("The effect was significant (p < 0.001).", "p < 0.001", 0.001, None, None, "p_value", "<", "effect_size/statistic"),
    ("Smaller effects were seen (P = .03).", "P = .03", 0.03, None, None, "p_value", None, "effect_size/statistic"),
    ("Expression rose 2.5-fold after training.", "2.5-fold", 2.5, None, None, "fold_change", None, "effect_size/statistic"),
    ("Levels were threefold higher in old mice.", "threefold", 3, None, None, "fold_change", None, "effect_size/statistic"),
    ("Old mice had 3.5 times higher expression.", "3.5 times", 3.5, None, None, "fold_change", None, "effect_size/statistic"),
    # percentages and ranges
    ("In trained adults, 45–62% of differences vanished.", "45–62%", None, 45, 62, "percent", None, "proportion"),
    ("Still, 38 to 55 percent remained.", "38 to 55 percent", None, 38, 55, "percent", None, "proportion"),
    ("It fell between 38 and 55 percent.", "between 38 and 55 percent", None, 38, 55, "percent", None, "proportion"),
    ("Risk fell by about 20%.", "about 20%", 20, None, None, "percent", "~", "proportion"),
    ("The bout was cycled at 50% of max wattage.", "50% of max wattage", 50, None, None, "percent of maximum", None, "dose/exposure"),
    ("Intervals at 85–95% of peak heart rate.", "85–95% of peak heart rate", None, 85, 95, "percent of maximum", None, "dose/exposure"),
    ("Nearly half of the signature was rescued.", "Nearly half", 0.5, None, None, "fraction", "~", "proportion"),
    ("About two-thirds of participants finished.", "About two-thirds", 2 / 3, None, None, "fraction", "~", "proportion"),
    ("The risk is tiny: fewer than 1 in 100.", "fewer than 1 in 100", 0.01, None, None, "fraction", "<", "proportion"),
    # ages
    ("It recruited 36 older adults (65–80) in total.", "65–80", None, 65, 80, "years", None, "age"),
    ("Volunteers aged 65 to 80 years took part.", "65 to 80 years", None, 65, 80, "years", None, "age"),
    ("Participants aged 60-75 were eligible.", "60-75", None, 60, 75, "years", None, "age"),
    ("A 65-year-old woman was the oldest.", "65-year-old", 65, None, None, "years", None, "age"),
    ("Adults aged 65 and older were invited.", "65 and older", 65, None, None, "years", ">=", "age"),
    ("Adults over 65 benefit most.", "over 65", 65, None, None, "years", ">", "age"),
    ("After the age of 60, tasks get harder.", "After the age of 60", 60, None, None, "years", ">", "age"),
    ("Many people in their 70s lose strength.", "in their 70s", None, 70, 79, "years", None, "age"),
    ("Muscle still responds in your eighties.", "in your eighties", None, 80, 89, "years", None, "age"),
    ("The mean age was 61.4 years.", "61.4 years", 61.4, None, None, "years", None, "age"),
    # thresholds
    ("Impaired: scored ≤9 on the battery.", "≤9", 9, None, None, "points", "<=", "threshold/criterion"),
    ("Obesity was BMI ≥ 30 kg/m2 in this study.", "≥ 30 kg/m2", 30, None, None, "kg/m2", ">=", "threshold/criterion"),
    ("They trained at least 3 times a week.", "at least 3 times a week", 3, None, None, "times/week", ">=", "threshold/criterion"),
    ("Trained: 3+ structured sessions/week for years.", "3+ structured sessions/week", 3, None, None, "sessions/week", ">=", "threshold/criterion"),
    ("Normally active: no more than 1 structured session/week.", "no more than 1 structured session/week", 1, None, None, "sessions/week", "<=", "threshold/criterion"),
    ("Do 2 or more days a week of strength work.", "2 or more days a week", 2, None, None, "days/week", ">=", "threshold/criterion"),
    ("Sustained unbroken for over a year.", "over a year", 1, None, None, "years", ">", "threshold/criterion"),
    ("Training over two hours weekly negates it.", "over two hours weekly", 2, None, None, "hours/week", ">", "threshold/criterion"),
    # durations, frequencies, doses
    ("Benefits peak at 40 to 60 minutes per week.", "40 to 60 minutes per week", None, 40, 60, "minutes/week", None, "dose/exposure"),
    ("Around 40 to 60 minutes of strength training per week is ideal.", "Around 40 to 60 minutes of strength training per week", None, 40, 60, "minutes/week", "~", "dose/exposure"),
    ("A standardized 1-hour cycling bout followed.", "1-hour", 1, None, None, "hours", None, "dose/exposure"),
    ("Each session: 1+ hour each, every time.", "1+ hour each", 1, None, None, "hours/session", ">=", "threshold/criterion"),
    ("If you train for three to four hours a week, it backfires.", "three to four hours a week", None, 3, 4, "hours/week", None, "dose/exposure"),
    ("Aim for 20 minutes twice a week.", "twice a week", 2, None, None, "times/week", None, "dose/exposure"),
    ("Three hours a week is enough.", "Three hours a week", 3, None, None, "hours/week", None, "dose/exposure"),
    ("Mice received 5 mg/kg daily by gavage.", "5 mg/kg daily", 5, None, None, "mg/kg/day", None, "dose/exposure"),
    ("Walk at least 7,500 steps a day.", "at least 7,500 steps a day", 7500, None, None, "steps/day", ">=", "threshold/criterion"),
    ("A 12-week programme was used.", "12-week", 12, None, None, "weeks", None, "dose/exposure"),
    ("Half an hour of walking helps.", "Half an hour", 0.5, None, None, "hours", None, "dose/exposure"),
    ("They did 3 x 10 reps per set.", "3", 3, None, None, "sets", None, "dose/exposure"),
    # counts, measurements, changes
    ("Two genes drove the signal.", "Two genes", 2, None, None, "genes", None, "count"),
    ("All-cause Mortality (6 Studies)", "6 Studies", 6, None, None, "studies", None, "count"),
    ("Only 9 of the 92 people dropped out.", "9", 9, None, None, "people", None, "count"),
    ("More than 2 million people worldwide are affected.", "More than 2 million people", 2_000_000, None, None, "people", ">", "count"),
    ("Resting heart rate dropped from 78 to 66 bpm.", "78", 78, None, None, "bpm", None, "measurement"),
    ("Median 812 vs 1,249 pg/mL.", "1,249 pg/mL", 1249, None, None, "pg/mL", None, "measurement"),
    # years and dates
    ("A 2025 study published in a journal.", "2025", 2025, None, None, "year", None, "date/metadata"),
    ("Data from 2010–2020 were pooled.", "2010–2020", None, 2010, 2020, "year", None, "date/metadata"),
    ("Published\n\nFebruary 24, 2026\n", "February 24, 2026", 2026, None, None, "date", None, "date/metadata"),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "unit", "comparator", "measure"), FORMS)
def test_forms(text, span, value, low, high, unit, comparator, measure):
    row = one(text, span)
    assert row["value"] == (pytest.approx(value) if value is not None else None)
    assert (row["low"], row["high"]) == (low, high)
    assert (row["unit"], row["comparator"], row["measure"]) == (unit, comparator, measure)


def test_dates_carry_iso_form():
    assert one("Updated 12 June 2024 by the editors.", "12 June 2024")["iso_date"] == "2024-06-12"
    assert one("Released in March 2025.", "March 2025")["iso_date"] == "2025-03"


@pytest.mark.parametrize(
    "text",
    [
        "IL-6, COX5A, PGC-1α, IGFBP7, MRPS18C, S6K1 at Thr389 and the APOE ε4 allele.",
        "insulin-like growth factor binding protein-7 and COVID-19 lockdowns",
        "Type 2 diabetes, Figure 3, Table 2 and Phase 3 trials",
        "Finding 1: Training Erases Half-truths\n1. First point\n2) Second point",
        "See doi.org/10.21203/rs.3.rs-6074097/v1 and https://example.org/a/2024/15",
        "Preprint (Research Square, CC BY 4.0) and version 2.1 of the app.",
        "Strength fades with age.¹ Bones too.^{2,3} Brain as well [4] and [5–7].",
        "Smith et al. (2021) and (Jones, 2019) showed it.",
    ],
)
def test_identifiers_markers_and_labels_are_not_quantities(text):
    assert found(text) == []


def test_reference_list_and_citation_lines_are_masked():
    text = (
        "Exercise helped 40 people.\n\nSource: Doe J. et al. Nature Aging (2026). doi:10.1/x\n\n"
        "Sources and References\n- ^{1} Metabolism Volume 145, August 2023, 155638\n"
        "- Cell Metab. 2021;33(4):812-825\n"
    )
    assert [q[0] for q in found(text)] == ["40 people"]


def test_a_source_field_in_a_press_release_header_does_not_end_the_article():
    text = (
        "Walking lifts memory\n\nDate:\n    March 18, 2026\nSource:\n    Institute of Ageing\n"
        "Summary:\n    Older adults improved.\n\nFULL STORY\n\nThe trial followed 212 volunteers.\n"
    )
    assert "212 volunteers" in [q[0] for q in found(text)]


def test_spans_never_overlap_and_match_the_text():
    text = ("Researchers put 47 people through a 1-hour bout at 50% of max wattage: 11 young "
            "adults and 36 older adults (65–80), HR 0.82 (95% CI 0.75–0.90), p < 0.001.")
    rows = extract_quantities("doc", text)
    assert len(rows) == 8
    for a, b in pairwise(rows):
        assert a["char_end"] <= b["char_start"]
    assert all(text[r["char_start"] : r["char_end"]] == r["text"] for r in rows)


def test_ids_are_stable_and_depend_on_the_position():
    text = "They walked 30 minutes a day."
    first = extract_quantities("doc", text)
    assert first == extract_quantities("doc", text)
    moved = extract_quantities("doc", "Then " + text)
    assert first[0]["quantity_id"] != moved[0]["quantity_id"]
    assert first[0]["quantity_id"] != extract_quantities("other", text)[0]["quantity_id"]


def test_rows_validate_against_the_table_schema():
    text = ("Press release — 14 March 2025\nA 24-week trial of 184 volunteers aged 70 to 85 "
            "found a 1.4-fold rise (p = 0.002), twice a week, in 91% of sessions.")
    table = TABLES["quantities"]
    frame = table.frame(extract_quantities("press-release", text))
    table.schema.validate(frame)
    assert frame.height == 8


def test_measure_vocabulary_is_the_schema_vocabulary():
    assert list(MEASURES) == SCHEMA_MEASURES


def test_words_glued_to_numbers_are_identifiers_unless_units():
    assert found("30min walks and 5kg weights") == [
        ("30min", 30, None, None, "minutes", None, "dose/exposure"),
        ("5kg", 5, None, None, "kg", None, "measurement"),
    ]
    assert found("clone 5A and the 3rd arm") == []


def test_pathological_input_is_handled():
    """Long runs of digits, dashes and spaces: regexes are linear, so this returns at once."""
    text = "1-" * 5000 + " " * 5000 + "9" * 5000 + " (n=" * 2000 + "a " * 5000
    assert isinstance(scan_quantities(text), list)


def test_ids_are_the_project_stable_ids():
    from agefacts.ids import stable_id

    row = one("Participants walked 30 minutes a day.", "30 minutes a day")
    assert row["quantity_id"] == stable_id("q", "doc", row["char_start"], row["char_end"])


def test_percent_of_maximum_stops_before_the_clause_that_follows():
    assert [q[0] for q in found("Load was set at 60% to 80% of 1RM over the first 8 weeks.")] == [
        "60% to 80% of 1RM", "8 weeks"]
    # A change ("went from ... to") states two values, as the held-out abstract annotates it.
    assert [q[0] for q in found("Load went from 60% to 80% of 1RM over the first 8 weeks.")] == [
        "60%", "80% of 1RM", "8 weeks"]


def test_verbal_fractions_need_a_comparator_of_or_by():
    assert [q[0] for q in found("Almost half fell short; half the group; cut by a third.")] == [
        "Almost half", "half", "a third"]
    assert found("The first half of 2025 and a half-marathon.") == [
        ("2025", 2025, None, None, "year", None, "date/metadata")]


def test_a_confidence_interval_belongs_to_the_estimate_before_it_else_stands_alone():
    rows = extract_quantities("doc", "NAMPT rose 1.9‑fold (95% CI 1.6–2.2); the odds were similar (95% CI 0.6–2.2).")
    assert [(r["text"], r["value"], r["low"], r["high"]) for r in rows] == [
        ("1.9‑fold (95% CI 1.6–2.2)", 1.9, 1.6, 2.2),  # typographic non-breaking hyphen
        ("95% CI 0.6–2.2", None, 0.6, 2.2),
    ]
    assert found("We report 95% confidence intervals.") == []


@pytest.mark.parametrize(
    ("text", "span", "measure"),
    [
        ("Of 698 adults screened, 412 were randomised.", "412", "sample_size"),
        ("In the end 251 (91.6%) completed the intervention.", "251", "sample_size"),
        ("A subset of 41 also agreed to biopsies.", "41", "sample_size"),
        ("Of the 40, 12 developed diabetes.", "12", "count"),
    ],
)
def test_a_bare_number_that_does_what_participants_do_counts_people(text, span, measure):
    row = one(text, span)
    assert (row["measure"], row["unit"]) == (measure, "people")


@pytest.mark.parametrize("text", ["In 2019 were randomised the first.", "Section 3 reported that."])
def test_years_and_labels_before_such_verbs_are_not_counts(text):
    assert all(r["measure"] not in ("sample_size", "count") for r in extract_quantities("doc", text))


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Falls cost the health service about £2.3bn a year.", "about £2.3bn a year", 2.3e9, "GBP/year"),
        ("The programme costs $4m.", "$4m", 4e6, "USD"),
        ("They added twice-weekly strength training.", "twice-weekly", 2, "times/week"),
        ("I sleep seven and a half hours.", "seven and a half hours", 7.5, "hours"),
        ("VO2max went 21.4 → 24.9 mL/kg/min.", "21.4", 21.4, "mL/kg/min"),
        ("Walkers logged ~650 MET-min/wk vs ~300 in controls.", "~300", 300, "MET-minutes/week"),
        ("Length ranged from 8 to 52 weeks (median 16).", "16", 16, "weeks"),
        ("Results pooled trials (MD −0.9 s; k = 14).", "k = 14", 14, "studies"),
        ("The effect was larger (P for interaction = .03).", "P for interaction = .03", 0.03, "p_value"),
        ("Each week lowered it by 0.08 SD.", "0.08 SD", 0.08, "standard_deviation"),
        ("She lifts 10-pound dumbbells.", "10-pound", 10, "lb"),
        ("We had 20 ppl per arm.", "20 ppl", 20, "people"),
    ],
)
def test_money_rates_arrows_compared_values_study_counts_and_informal_units(text, span, value, unit):
    row = one(text, span)
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)


def test_a_short_unit_after_a_number_is_still_a_unit_without_a_currency():
    assert one("They walked a 4m course.", "4m")["unit"] == "m"
    assert [q[0] for q in found("grip 30 -> 34 kg")] == ["30", "34 kg"]  # an arrow, not ">"


def test_a_fractional_k_is_a_constant_not_a_number_of_studies():
    assert found("The rate k = 0.5 fits.") == []


def test_prose_that_links_a_study_by_doi_keeps_its_numbers():
    text = ("In a [2023 study](https://doi.org/10.1113/JP284719), 42 sedentary adults cycled "
            "three times a week for 12 weeks, and mitochondrial content rose 27% in the group.\n"
            "Smith J. Zone 2. J Physiol. doi:10.1113/JP284719\n")
    assert [q[0] for q in found(text)] == [
        "2023", "42 sedentary adults", "three times a week", "12 weeks", "27%"]


def test_a_count_by_sex_in_parentheses_is_not_an_age():
    rows = found("Sixteen older adults (8 M/8 F) and two participants (one M, one F) took "
                 "part; 36 older adults (65–80) did not.")
    assert [(q[0], q[6]) for q in rows] == [
        ("Sixteen older adults", "sample_size"), ("8 M", "sample_size"), ("8 F", "sample_size"),
        ("two participants", "sample_size"), ("36 older adults", "sample_size"), ("65–80", "age")]
