"""Forms found on batch r (an abstract book copied from a PDF, an ask-the-expert column, a
science thread with chart alt text): means with their SD and no unit, two means sharing the unit
after the second SD, VO2 units in exponent notation, a confidence interval wrapped after "95%",
a value read at a time point, a suspended hyphen before "to", "N of the <people>", counted
nouns after two modifiers, and an isoform number after a gene's Greek letter."""

from __future__ import annotations

from quantity_rows import found

from agefacts.extract.entities.mentions import find_mentions


def test_a_mean_with_its_sd_and_no_unit_is_a_measurement_with_its_sd():
    rows = found("Nursing-home residents (mean 81.3 ± 4.4; 12 women) were enrolled.")
    assert ("81.3", 81.3, None, None, None, None, "measurement") in rows
    assert ("± 4.4", 4.4, None, None, "standard_deviation", None, "effect_size/statistic") in rows


def test_two_means_with_sds_before_a_shared_unit_both_take_it():
    rows = found("Daily steps were 5.2 ± 1.1 vs 7.9 ± 1.4 km/day in the two arms.")
    assert ("5.2", 5.2, None, None, "km/day", None, "dose/exposure") in rows
    assert ("± 1.1", 1.1, None, None, "standard_deviation", None, "effect_size/statistic") in rows
    assert ("7.9", 7.9, None, None, "km/day", None, "dose/exposure") in rows


def test_a_change_between_two_unitless_means_is_two_values_not_a_range():
    rows = found("Capillaries per fibre rose from 1.31 ± 0.22 to 1.58 ± 0.25 after training.")
    assert ("1.31", 1.31, None, None, None, None, "measurement") in rows
    assert ("1.58", 1.58, None, None, None, None, "measurement") in rows
    assert all(r[2] is None for r in rows)


def test_vo2_in_exponent_notation_is_ml_per_kg_per_minute():
    for unit in ("mL·kg−1·min−1", "ml kg-1 min-1", "mL·kg⁻¹·min⁻¹", "ml.min-1.kg-1"):
        text = f"Peak VO2 rose by 3.4 ± 2.0 vs 0.6 ± 1.7 {unit} (p = 0.01)."
        rows = found(text)
        assert ("3.4", 3.4, None, None, "mL/kg/min", None, "measurement") in rows, unit
        assert ("0.6", 0.6, None, None, "mL/kg/min", None, "measurement") in rows, unit


def test_a_confidence_interval_wrapped_after_the_percent_sign_stays_with_its_estimate():
    rows = found("Grip improved by 11% (95% CI 3–19) with training vs 2% (95%\nCI −5 to 9) without.")
    assert ("2% (95%\nCI −5 to 9)", 2.0, -5.0, 9.0, "percent", None, "proportion") in rows


def test_a_decimal_read_at_a_time_point_is_a_measurement():
    rows = found("Treated animals (blue line): about 3.1 at 6 hours and 1.4 at day 2.")
    assert ("about 3.1", 3.1, None, None, None, "~", "measurement") in rows
    assert ("1.4", 1.4, None, None, None, None, "measurement") in rows
    assert ("6 hours", 6.0, None, None, "hours", None, "dose/exposure") in rows


def test_a_whole_number_before_at_is_no_reading():
    rows = found("We sampled 3 at 6 hours and 2 at day 2.")
    assert [r for r in rows if r[0] in ("3", "2")] == []


def test_a_suspended_hyphen_before_to_shares_the_second_unit():
    rows = found("Expression climbed by 2.5- to 4-fold after the bout.")
    assert ("2.5- to 4-fold", None, 2.5, 4.0, "fold_change", None, "effect_size/statistic") in rows


def test_a_number_of_the_people_of_a_group_counts_them():
    rows = found("Later, 14 of the younger runners and 6 of these mice were retested.")
    assert ("14", 14.0, None, None, "people", None, "count") in rows
    assert ("6", 6.0, None, None, "animals", None, "count") in rows


def test_a_year_of_the_people_is_no_count_and_of_the_things_is_left_alone():
    assert ("2021", 2021.0, None, None, "people", None, "count") not in found(
        "In 2021 of the participants none withdrew.")
    assert found("Only 2 of the best ideas survived.") == []


def test_a_count_noun_after_two_modifiers_is_counted():
    rows = found("They performed 240 slow eccentric contractions on each leg.")
    assert ("240 slow eccentric contractions", 240.0, None, None, "contractions", None, "count") in rows


def test_an_isoform_number_after_the_greek_letter_grounds_to_the_gene_not_its_prefix():
    text = "Loading induces HIF-1α2 and ERRα1 (short isoforms), not the whole HIF-1α."
    found_ = [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)]
    assert found_ == [("HIF-1α2", "HIF1A"), ("ERRα1", "ESRRA"), ("HIF-1α", "HIF1A")]


def test_a_greek_letter_and_number_without_a_symbol_glued_to_it_grounds_nothing_new():
    text = "Receptor subunit α7 and the β2 chain were measured."
    assert [m.entity.label for m in find_mentions(text)] == []


def test_a_lab_value_named_before_of_without_its_unit_is_a_measurement():
    rows = found("My GP found a ferritin of 14 and an alkaline phosphatase of 260, so she rang.")
    assert ("14", 14.0, None, None, None, None, "measurement") in rows
    assert ("260", 260.0, None, None, None, None, "measurement") in rows


def test_a_tally_or_a_counted_group_before_of_is_no_reading():
    assert found("We saw a total of 40.") == []
    assert ("12 people", 12.0, None, None, "people", None, "sample_size") in found(
        "It was a group of 12 people.")


def test_a_numbered_heading_is_no_count_of_its_title_words():
    assert found("4.2 Rebuilding aged satellite cells\nText follows.") == []


def test_an_age_range_opening_a_wrapped_title_line_reads_the_cue_ending_the_line_before():
    rows = found("Eight weeks of cycling lowers resting IL-6 in women aged\n60–74: a pilot trial")
    assert ("60–74", None, 60.0, 74.0, "years", None, "age") in rows
    assert [r for r in found("The samples were aged.\n60–74 of them failed.") if r[6] == "age"] == []
