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


def test_running_paces_and_timed_recoveries_are_read_in_minutes():
    text = ("Race pace was 7:40 per mile (4:46 per km); easy days sat between 9:05 and 9:35 per "
            "mile, or 5:39–5:57/km, with a 2:00 jog between repeats. We met at 7:40 in the park.")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in found(text)] == [
        ("7:40 per mile", 7.6667, None, None, "min/mile"),
        ("4:46 per km", 4.7667, None, None, "min/km"),
        ("between 9:05 and 9:35 per mile", None, 9.0833, 9.5833, "min/mile"),
        ("5:39–5:57/km", None, 5.65, 5.95, "min/km"),
        ("2:00", 2.0, None, None, "minutes")]


def test_miles_written_mi_and_a_band_of_ten_above_a_hundred():
    assert [(r[0], r[4]) for r in found("Long run: 7–8 mi, then a 3-mi cool-down.")] == [
        ("7–8 mi", "miles"), ("3-mi", "miles")]
    assert found("Two had a prior MI; 2 MI events followed.") == []
    assert [(r[0], r[2], r[3]) for r in found("His pulse crept into the 150s on the climb.")] == [
        ("150s", 150.0, 159.0)]
    # years and hundreds are no bands of ten
    assert [r[6] for r in found("Built in the 1960s, the hall seats in the 100s.")] == [
        "date/metadata"]


def test_a_bare_count_set_against_a_counted_group_counts_the_same():
    text = "Only 4 walkers in the morning group dropped out, compared with 11 in the evening group."
    assert [(r[0], r[4], r[6]) for r in found(text)] == [
        ("4 walkers", "walkers", "count"), ("11", "walkers", "count")]
    assert found("The score was 4 in May, compared with 11 in June.") == []


def test_one_day_after_a_modal_is_some_day_and_otherwise_a_duration():
    assert found("A pill might one day mimic a workout.") == []
    assert [r[0] for r in found("Soreness peaked one day after the session.")] == ["one day"]


def test_a_prose_line_citing_its_source_in_brackets_keeps_its_numbers():
    text = ("A team in Oslo biopsied the thigh muscles of 140 adults aged 66 to 84 and then "
            "tracked their walking speed and grip for a year "
            "(*Journal of Gerontology*, DOI: 10.1093/gerona/glab001).")
    assert [r[0] for r in found(text)] == ["140 adults", "66 to 84", "a year"]
    text = ("Serum levels rose by 14% after training and are known to reach the brain, where "
            "they help new neurons form (doi: 10.1016/j.neuron.2016.01.001 for the mouse work).")
    assert [r[0] for r in found(text)] == ["14%"]
    # a reference entry with its DOI in brackets is still a citation line
    assert found("Roe A, Poe B (2021). Muscle and mind. Cell 12(3):45-67 (doi: 10.1016/x.2021.1)") == []


def test_an_unlabelled_estimate_before_its_interval_is_a_statistic():
    assert found("The gap at week 26 was 0.34 (95% CI 0.05 to 0.63).")[1][:7] == (
        "0.34 (95% CI 0.05 to 0.63)", 0.34, 0.05, 0.63, None, None, "effect_size/statistic")


def test_a_number_word_set_against_a_counted_group_with_and_is_a_count():
    text = "Nine patients in the drug group and two in the placebo group stopped early."
    assert [(r[0], r[4]) for r in found(text)] == [("Nine patients", "people"), ("two", "people")]
    assert found("She bought two in the shop and three at home.") == []
