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
