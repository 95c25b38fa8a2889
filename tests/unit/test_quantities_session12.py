"""Forms of session 12 (batch y): a spelled-out singular unit as a hyphenated modifier ("a
750-milligram capsule"), an increment word between a number and its unit ("2,500 extra steps a
day"), and a figure set against the one it corrects ("It was 318, not 381")."""

from __future__ import annotations

from quantity_rows import found


def test_a_spelled_out_singular_unit_before_a_noun_is_the_dose():
    assert found("Each volunteer swallowed a 750-milligram capsule and a 2,000-microgram drop.") == [
        ("750-milligram", 750.0, None, None, "mg", None, "dose/exposure"),
        ("2,000-microgram", 2000.0, None, None, "ug", None, "dose/exposure")]
    assert [r[:5] for r in found("They finished a 10-kilometer race.")] == [
        ("10-kilometer", 10.0, None, None, "km")]


def test_an_increment_word_does_not_hide_the_unit_or_its_rate():
    assert found("Every 2,500 extra steps a day went with lower blood pressure.") == [
        ("2,500 extra steps a day", 2500.0, None, None, "steps/day", None, "dose/exposure")]
    assert [r[:5] for r in found("Adding 15 additional minutes per day helped.")] == [
        ("15 additional minutes per day", 15.0, None, None, "minutes/day")]


def test_a_corrected_figure_and_the_figure_it_replaces_are_both_read():
    text = "Correction: the trial enrolled more women than stated. It was 318, not 381."
    assert [(r[0], r[1], r[4], r[6]) for r in found(text)] == [
        ("318", 318.0, None, "count"), ("381", 381.0, None, "count")]
    # a unit or a word after the second figure makes it something else: no bare counts
    assert [r[0] for r in found("The dose was 12, not 15 mg.")] == ["15 mg"]
    assert found("See pages 12, not cited elsewhere.") == []
