"""Forms found on batch s (a Cochrane-style plain language summary with its GRADE table, a
journal's open peer review report, a workplace white paper): absolute risks per 1000, intervals
of a difference written with directions, participant counts beside their studies in a table,
a prose DOI closing a bracketed aside, ratio/alpha statistics, slashed shares of a group, study
time points glued with a hyphen and counts named by the verb after them."""

from __future__ import annotations

from quantity_rows import found


def test_a_risk_per_round_base_is_a_proportion_with_its_bracketed_interval():
    text = "Hip fractures: 41 per 1000 with usual care and 30 per 1000 (22 to 44) with training."
    rows = found(text)
    assert ("41 per 1000", 41.0, None, None, "per 1000", None, "proportion") in rows
    assert ("30 per 1000 (22 to 44)", 30.0, 22.0, 44.0, "per 1000", None, "proportion") in rows
    rows = found("Incidence was about 8 per 100,000 people a year.")
    assert ("about 8 per 100,000", 8.0, None, None, "per 100000", "~", "proportion") in rows


def test_an_interval_written_with_directions_is_signed():
    text = ("Pain: MD 1.2 points lower (1.9 lower to 0.4 lower); "
            "sleep: SMD 0.20 higher (0.05 lower to 0.45 higher).")
    rows = found(text)
    assert ("1.9 lower to 0.4 lower", None, -1.9, -0.4, "confidence_interval", None,
            "effect_size/statistic") in rows
    assert ("0.05 lower to 0.45 higher", None, -0.05, 0.45, "confidence_interval", None,
            "effect_size/statistic") in rows


def test_participants_beside_their_studies_in_a_table_cell_are_a_sample_size():
    text = ("| Outcome | Effect | № of participants (studies) |\n"
            "|---|---|---|\n"
            "| Pain | MD 1.2 lower | 1904 (11 RCTs) |\n"
            "| Sleep | SMD 0.2 higher | 655 (6 RCTs) |\n")
    rows = found(text)
    assert ("1904", 1904.0, None, None, "subjects", None, "sample_size") in rows  # not a year
    assert ("655", 655.0, None, None, "subjects", None, "sample_size") in rows
    assert ("11 RCTs", 11.0, None, None, "rcts", None, "count") in rows


def test_a_doi_closing_a_bracketed_aside_leaves_the_line_prose():
    text = ("4. Please discuss the cohort in which lower strength after 10 weeks of rest in adults "
            "aged 75+ predicted falls (HR 1.41 per SD, 95% CI 1.20–1.66; doi:10.1000/xyz.123).")
    spans = [r[0] for r in found(text)]
    assert "10 weeks" in spans
    assert "75+" in spans
    assert any(s.startswith("HR 1.41") for s in spans)


def test_ratio_alpha_and_a_statistic_after_an_adverb():
    rows = found("Lactate fell (ratio of geometric means 0.77, 95% CI 0.61–0.93) but the "
                 "ICC between repeat visits was only 0.58 (Table 2), at a one-sided α of 0.025.")
    assert ("ratio of geometric means 0.77, 95% CI 0.61–0.93", 0.77, 0.61, 0.93, "ratio", None,
            "effect_size/statistic") in rows
    assert ("ICC between repeat visits was only 0.58", 0.58, None, None, "intraclass_correlation",
            None, "effect_size/statistic") in rows
    assert ("α of 0.025", 0.025, None, None, "alpha", None, "effect_size/statistic") in rows
    assert [r for r in found("TNF-alpha of 12 pg/mL") if r[4] == "alpha"] == []
    # a bare "ratio" is a statistic only with its interval
    assert [r for r in found("The waist-to-hip ratio 0.9 was typical.") if r[4] == "ratio"] == []


def test_a_slashed_share_of_a_counted_group():
    rows = found("Arms differed (19/40 men in one arm vs 25/40 in the other).")
    assert ("19/40", 19 / 40, None, None, "fraction", None, "proportion") in rows
    assert ("25/40", 25 / 40, None, None, "fraction", None, "proportion") in rows
    assert found("The score was 19/40 at baseline.") == []


def test_a_time_point_glued_with_a_hyphen():
    rows = found("Of 60 people randomised, 52 attended the month-6 visit and the day-3 call.")
    assert ("month-6", 6.0, None, None, "month", None, "dose/exposure") in rows
    assert ("day-3", 3.0, None, None, "day", None, "dose/exposure") in rows
    assert ("52", 52.0, None, None, "people", None, "sample_size") in rows
    assert [r for r in found("Samples week-2b and day-1-2.") if r[4] in ("week", "day")] == []


def test_staff_are_people_and_a_count_named_by_what_it_still_did():
    rows = found("Of 1,250 eligible staff, 840 signed up and 610 were still attending in June.")
    assert ("1,250 eligible staff", 1250.0, None, None, "people", None, "sample_size") in rows
    assert ("610", 610.0, None, None, "people", None, "sample_size") in rows


def test_a_unit_with_a_possessive_names_a_thing_not_a_length():
    assert found("Valued at the cost of a week’s wages, it was cheap.") == []
