"""Session 36, round f: made-up texts of the number shapes missed in batches fr, fs and fm."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def _read(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


def test_a_plural_verb_after_a_verb_of_doing_is_the_counted_noun():
    assert _read("At the fair, the oldest runner did 6 runs before lunch.").get("6 runs") == "runs"


def test_a_plural_verb_after_a_bare_subject_stays_a_verb():
    assert "3 stands" not in _read("Of the old boats, the 3 stands out in the harbour.")


def test_bare_counts_after_a_verb_of_doing_take_the_last_counted_noun():
    text = ("The children managed a median of 14 laps, far more than expected. "
            '"My aunt did 11 and I only did 9. She still laughs about it," said a boy.')
    found = _read(text)
    assert found.get("11") == "laps" and found.get("9") == "laps", found


def test_a_bare_count_after_a_verb_of_doing_with_no_count_before_is_not_read():
    assert "5" not in _read("We met at noon. They did 5 and then left.")


def test_an_arm_share_after_a_colon_past_a_bracketed_percentage():
    text = ("Overall, 44 volunteers (9.5%) dropped out before the end: 25 from the Fit+ group and "
            "19 from the control group.")
    found = _read(text)
    assert found.get("25") == "people" and found.get("19") == "people", found


def test_a_count_of_what_a_named_owner_has():
    text = "The scheme now runs in seven of Westshire's Parish and Town Councils."
    assert _read(text).get("seven") == "councils"


def test_a_lower_case_owner_is_no_named_owner():
    assert "seven" not in _read("It runs in seven of brother's old halls and barns.")


def test_a_part_after_including_and_a_place():
    text = "The charity has trained 320 volunteer coaches and helpers, including 41 in island villages."
    assert _read(text).get("41") == _read(text).get("320 volunteer coaches")
    assert _read(text).get("41") is not None


def test_including_a_larger_number_is_no_part():
    assert "900" not in _read("It trained 320 coaches, including 900 in the towns.")


def test_a_person_of_an_age_before_an_irregular_past_verb():
    text = '"On the first morning a man of 83 told us he had never touched a kettlebell."'
    assert _read(text).get("83") == "years"


def test_a_person_of_a_weight_keeps_its_unit():
    assert _read("A man of 80 kg told us so.").get("80 kg") == "kg"


def test_a_part_of_them_past_a_statistic_in_brackets():
    text = ("Forty percent of the dancers had back pain, against 12 percent of the other women "
            "(odds ratio 2.4; 90% CI 1.3–5.2), and 9 of them reported a fracture.")
    assert _read(text).get("9 of them") == "people"


def test_a_spaced_currency_code_before_a_price_per_month():
    assert _read("The pool now sells a pensioners' card for DKK 95 a month.").get("DKK 95") == "DKK"


def test_a_spaced_code_before_a_count_stays_out():
    assert "CAD 120" not in _read("They saw CAD 120 patients a month.")


def test_a_share_a_figure_is_expected_to_reach():
    text = "Retirees were 9 percent of the town in 2020, and that share should reach a third by 2045."
    assert _read(text).get("a third") == "fraction"


def test_reaching_a_third_stage_is_no_share():
    assert "a third" not in _read("The club hopes to reach a third stage.")


def test_an_elided_subject_after_a_labelled_group():
    text = "Five volunteers in arm B reported sore shins, and three withdrew because of the pain."
    assert _read(text).get("three") == "people"


def test_seasons_restated_after_over_the():
    text = "The study followed the club for two seasons. Over the two seasons, 12 of the 40 players fell."
    assert list(_read(text)).count("two seasons") == 1  # the dict keeps one key per surface
    found = [text[q.start : q.end] for q in scan_quantities(text)]
    assert found.count("two seasons") == 2, found


def test_the_two_ligands_stay_anaphoric():
    assert "two ligands" not in _read("The two ligands bound the receptor.")
