"""Forms of session 10: a significance level without a linking word ("α 0.05"), a repetition
count after a multiplication sign ("freeze–thaw × 2"), seconds written "30 s" beside words of
interval training, the second count of a split by sex after a slash ("(8 M/8 F)") and terse
spans of adult ages in years after people ("participants 65–80 y")."""

from __future__ import annotations

from quantity_rows import found


def test_a_significance_level_without_a_linking_word():
    rows = found("Tests used α 0.05 or alpha 0.01 (two-sided α 0.025).")
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("α 0.05", 0.05, "alpha"), ("alpha 0.01", 0.01, "alpha"), ("α 0.025", 0.025, "alpha")]
    # a bare alpha before a number of 1 or more names a subunit, not a level
    assert not any(r[4] == "alpha" for r in found("Integrin alpha 5 binds it; TNF-alpha 0.5 ng."))


def test_a_repetition_count_after_a_multiplication_sign():
    rows = found("Aliquots went through freeze–thaw × 2 and were rinsed x 3 in saline.")
    assert [(r[0], r[1], r[4]) for r in rows] == [("× 2", 2.0, "times"), ("x 3", 3.0, "times")]
    rows = found("Cells were seeded at 2 × 10^6 cells and a vector at 5 x 10⁹ genomes.")
    assert [(r[0], r[1], r[6]) for r in rows] == [  # powers of ten, not sets
        ("2 × 10^6 cells", 2e6, "count"), ("5 x 10⁹ genomes", 5e9, "count")]


def test_sets_by_repetitions_and_timed_efforts():
    spans = {r[0]: r[4] for r in found("Do 3 × 10 repetitions, then 4 x 30 s sprints.")}
    assert spans == {"3": "sets", "10 repetitions": "repetitions", "4": "sets", "30 s": "seconds"}
    spans = {r[0]: r[4] for r in found("Rest 90 s between rounds; 20 s on, 10 s off.")}
    assert spans == {"90 s": "seconds", "20 s": "seconds", "10 s": "seconds"}
    assert found("Back in the 1990 s it was odd.")[0][4] != "seconds"


def test_the_second_count_of_a_split_by_sex_after_a_slash():
    rows = found("Sixteen adults (8 M/8 F) and 22 controls (10 F/12 M); n = 20 (9 M / 11 F).")
    spans = [r[0] for r in rows if r[6] == "sample_size"]
    for span in ("8 M", "8 F", "10 F", "12 M", "9 M", "11 F"):
        assert span in spans
    assert found("A ratio of 3 M/4 L was used.") == []  # a slash after no count by sex


def test_a_terse_span_of_ages_after_people_is_an_age():
    rows = {r[0]: (r[2], r[3], r[6]) for r in found(
        "Women 68–79 y were enrolled, with participants 65–80 y, and older adults (70–85 yr).")}
    assert rows == {"68–79 y": (68.0, 79.0, "age"), "65–80 y": (65.0, 80.0, "age"),
                    "70–85 yr": (70.0, 85.0, "age")}
    assert found("- n=40 (22 F), 71–84 y, 10 wk")[2][6] == "age"  # in a clause counting people


def test_a_span_of_years_of_follow_up_stays_a_duration():
    rows = found("Participants were followed for 20–25 years; the trial ran 5–7 y.")
    assert {r[0]: r[6] for r in rows} == {"20–25 years": "dose/exposure", "5–7 y": "dose/exposure"}
