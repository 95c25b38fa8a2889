"""Forms found on batch u (a public-health guideline's evidence summary with a GRADE-style
table, a researcher's terse notes, a thesis-defence news page): "doing" is not a DOI marker,
rate ratios abbreviated "RaR", participants bracketed after their studies' count, terse time
units ("68–79 y", "5 d/wk"), "3x/wk" as a frequency, "n ≈ 346", participants by sex
("(8 M/8 F)") and spans of decades of life ("from the 20s to the 80s")."""

from __future__ import annotations

from quantity_rows import found


def test_a_sentence_with_doing_and_a_decimal_is_prose_not_a_citation_line():
    text = ("Pooled (12 cohorts; n = 40,512; median follow-up 10.4 years), doing the minimum "
            "was associated with 22% lower mortality (HR 0.78, 95% CI 0.71–0.86).")
    spans = [r[0] for r in found(text)]
    assert "n = 40,512" in spans and "22%" in spans and "10.4 years" in spans


def test_a_rate_ratio_abbreviated_rar_is_a_relative_risk():
    rows = found("Falls fell (RaR 0.81, 95% CI 0.73 to 0.90) with balance training.")
    assert ("RaR 0.81, 95% CI 0.73 to 0.90", 0.81, 0.73, 0.90, "relative_risk", None,
            "effect_size/statistic") in rows


def test_participants_bracketed_after_a_count_of_studies_under_a_people_header():
    text = (
        "| Outcome | Studies (participants) | Estimate |\n|---|---|---|\n"
        "| Falls | 38 RCTs (9,102) | RR 0.80 (0.70–0.91) |\n"
    )
    rows = found(text)
    assert ("9,102", 9102.0, None, None, "subjects", None, "sample_size") in rows
    assert any(r[0] == "38 RCTs" for r in rows)
    other = text.replace("Studies (participants)", "Studies (years)")
    assert not any(r[0] == "9,102" for r in found(other))  # the header must say people


def test_terse_time_units_of_notes():
    spans = {r[0]: r[4] for r in found("Mice trained from 20 to 22 mo, 5 d/wk; adults 66–78 y.")}
    assert spans == {"20 to 22 mo": "months", "5 d/wk": "days/week", "66–78 y": "years"}


def test_times_sign_before_a_period_is_a_frequency_not_a_fold_change():
    assert ("3x/wk", 3.0, None, None, "times/week", None, "dose/exposure") in found("HIIT 3x/wk.")
    assert ("2x daily", 2.0, None, None, "times/day", None, "dose/exposure") in found(
        "Take it 2x daily.")
    assert ("3x", 3.0, None, None, "fold_change", None, "effect_size/statistic") in found(
        "A 3x rise in IL-6.")


def test_an_approximate_sample_size():
    assert ("n ≈ 346", 346.0, None, None, "subjects", "~", "sample_size") in found(
        "Power 80% → n ≈ 346 → fine.")


def test_participants_by_sex_in_a_bracketed_breakdown():
    spans = [r[0] for r in found("Twenty adults (12 M, 8 F) and n=31 (17 F) controls.")]
    assert "12 M" in spans and "8 F" in spans and "17 F" in spans
    assert found("Dissolved in a 5 M solution.") == []  # molar, not men


def test_a_span_of_decades_of_life_is_two_ages():
    rows = found("GDF15 rises from the 20s to the 80s.")
    assert [(r[0], r[2], r[3], r[6]) for r in rows] == [
        ("from the 20s", 20.0, 29.0, "age"), ("80s", 80.0, 89.0, "age")]
    assert found("Songs from the 60s played.") == []
