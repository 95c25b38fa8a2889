"""Forms of batches an and ao: a ratio unit glued to its number ("4.2mmol/L"), "half that
dose" (a fraction of an amount named before), metres written "m" after a distance that
changes, and two ages contrasted with "at" in one sentence (made-up texts)."""

from __future__ import annotations

from quantity_rows import found

AGEING = "Muscle loss with ageing is common in older adults. "


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in found(text)}


def test_a_ratio_unit_glued_to_its_number_is_read():
    rows = _rows("Fasting glucose −0.4mmol/L; LDL fell by 0.3mg/dL; gait 1.1m/s.")
    assert rows["−0.4mmol/L"][:4] == (-0.4, None, None, "mmol/L")  # its sign kept (session 16)
    assert rows["0.3mg/dL"][3] == "mg/dL"
    assert rows["1.1m/s"][3] == "m/s"
    assert _rows("Form 12b/c was filed.") == {}  # a glued letter that is no unit stays a label


def test_half_that_amount_is_a_fraction():
    rows = _rows("A full scoop after training beat half that amount, the team found.")
    assert rows["half"][:4] == (0.5, None, None, "fraction")
    assert _rows("Half that battle is showing up.") == {}  # an idiom stays unread


def test_metres_after_a_distance_that_changes():
    rows = _rows("The shuttle walk distance rose by 27 m over the trial.")
    assert rows["27 m"][:4] == (27.0, None, None, "m")
    assert _rows("Total distance covered was about 410 m.")["about 410 m"][3] == "m"
    # "m" after a change with no distance in the clause may be minutes or millions
    assert _rows("Sleep improved by 27 m on average.") == {}
    assert _rows("At a distance, sales rose by 27 m.") == {}


def test_two_ages_contrasted_with_at_in_one_sentence():
    rows = _rows(AGEING + "What you lift at 45 is what you keep at 75, she says.")
    assert rows["45"] == (45.0, None, None, "years", None, "age")
    assert rows["75"][:4] == (75.0, None, None, "years")
    # a dial setting, a list of time points or a level stays unread
    assert "50" not in _rows(AGEING + "Set the bike at 50 rpm for warm-up and at 80 for the sprints.")
    assert "20" not in _rows(AGEING + "You start at 20 and we stop at 45 when people tire.")
    assert "40" not in _rows(AGEING + "Her heart rate sat at 40 while yours sits at 70, we told people.")


def test_a_lone_younger_at_age_still_needs_its_contrast():
    assert "45" not in _rows(AGEING + "What you lift at 45 is what you keep, she says.")
