"""Forms of session 13 (batches ac, ad): a further arm's size after an allocation ("31 assigned
to training, 33 to control"), sex or age adjectives joined by "and" before counted animals, an
increment word before a unit ("2–3 more reps"), a quarter as a distance ("a quarter mile"),
micromolar units, and a statistic's change "from A to B"."""

from __future__ import annotations

from quantity_rows import found


def test_each_arm_named_after_an_allocation_verb_has_its_size():
    text = "Of 70 adults, 24 were allocated to walking, 23 to cycling and 23 to the waiting list."
    assert [(r[0], r[4], r[6]) for r in found(text)] == [
        ("70 adults", "people", "sample_size"), ("24", "people", "sample_size"),
        ("23", "people", "sample_size"), ("23", "people", "sample_size")]
    # without an allocation verb, "N to X" stays unread
    assert [r[0] for r in found("12 patients went home, 9 to rehabilitation.")] == ["12 patients"]


def test_coordinated_adjectives_before_the_counted_animals_or_people():
    assert found("We used 36 young and old rats.")[0][:7] == (
        "36 young and old rats", 36.0, None, None, "animals", None, "sample_size")
    assert [r[0] for r in found("Cohort: 120 male and female adults aged 60–75")][:1] == [
        "120 male and female adults"]
    assert found("They had 3 healthy and sick rats.") == []  # "sick" is no group adjective


def test_an_increment_word_between_a_number_and_its_unit():
    assert found("Stop when you could manage 1–2 more reps.") == [
        ("1–2 more reps", None, 1.0, 2.0, "repetitions", None, "dose/exposure")]
    assert [r[:5] for r in found("Try 2 fewer sets next week.")] == [("2 fewer sets", 2.0, None, None, "sets")]
    assert found("Then 4 more people joined.") == []  # a difference of people is no sample


def test_a_quarter_before_a_distance_is_that_distance():
    assert found("Few could jog a quarter mile without stopping.") == [
        ("a quarter mile", 0.25, None, None, "miles", None, "dose/exposure")]
    assert [r[:5] for r in found("He finished three quarters of a kilometre.")] == [
        ("three quarters of a kilometre", 0.75, None, None, "km")]
    assert found("She won the quarter-final and ran the third mile fastest.") == []


def test_micromolar_units_with_the_micro_sign_the_greek_mu_or_a_u():
    text = "Cells got 250 µM, 250 μM or 25 uM of the drug; rats 1.5 µmol/kg; serum 4.2 μmol/L."
    assert [(r[0], r[4]) for r in found(text)] == [
        ("250 µM", "uM"), ("250 μM", "uM"), ("25 uM", "uM"), ("1.5 µmol/kg", "umol/kg"),
        ("4.2 μmol/L", "umol/L")]
    assert found("Fibres were 40 µm wide; pores of 10 nm.") == []  # lengths, not molarity


def test_a_statistic_that_changes_from_one_value_to_another():
    assert [(r[0], r[1], r[4]) for r in found("Adding it lifted prediction (AUC from 0.64 to 0.69).")] == [
        ("AUC from 0.64", 0.64, "auc"), ("0.69", 0.69, "auc")]
    assert [(r[0], r[1], r[4]) for r in found("The AUC rose from 0.62 to 0.70 with age added.")] == [
        ("AUC rose from 0.62", 0.62, "auc"), ("0.70", 0.7, "auc")]
    assert [(r[0], r[1], r[4]) for r in found("The correlation fell from 0.45 to −0.10.")] == [
        ("correlation fell from 0.45", 0.45, "correlation"), ("−0.10", -0.1, "correlation")]
    # years or a unit after the values: not a statistic's change
    assert [r[4] for r in found("The difference from 2019 to 2021 was small.")] == ["year"]
    assert [r[4] for r in found("The difference from 3 to 5 points held.")] == ["points"]
