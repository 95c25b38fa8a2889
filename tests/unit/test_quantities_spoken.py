"""Forms found on batches n and o (a live blog, a patient leaflet, a radio interview, a clinic
newsletter, grant news): groups counted by an adjective, spoken decimals and corrections,
clock times, pence, vulgar fractions, assay units, negative temperatures, percentiles,
"halved", hard-wrapped lines, two blood-pressure readings and a singular event in a list."""

from __future__ import annotations

from quantity_rows import found, one

from agefacts.extract.study_groups import scan_study_groups


def test_a_count_named_by_a_group_adjective_and_its_bracketed_ages():
    text = "Muscle was sampled in 40 young (19–29) and 44 older (70–84) women after one bout."
    rows = found(text)
    assert ("40 young", 40.0, None, None, "people", None, "sample_size") in rows
    assert ("19–29", None, 19.0, 29.0, "years", None, "age") in rows
    assert ("44 older", 44.0, None, None, "people", None, "sample_size") in rows
    assert ("70–84", None, 70.0, 84.0, "years", None, "age") in rows
    groups = {(g.label, g.n, g.age_min, g.age_max) for g in scan_study_groups(text)}
    assert groups == {("young women", 40, 19.0, 29.0), ("older women", 44, 70.0, 84.0)}


def test_an_adjective_without_a_bracketed_age_range_counts_nothing():
    assert found("Of the 12 older (see Table 2) ones, none.") == []


def test_spoken_decimals_take_the_statistic_their_clause_names():
    text = ("The correlation came out at about point four one.\n\nHOST: Point four one. "
            "And the p-value was point zero two, the effect one point five percent.")
    rows = found(text)
    assert ("about point four one", 0.41, None, None, "correlation", "~",
            "effect_size/statistic") in rows
    assert ("Point four one", 0.41, None, None, "correlation", None, "effect_size/statistic") in rows
    assert ("point zero two", 0.02, None, None, "p_value", None, "effect_size/statistic") in rows
    assert ("one point five percent", 1.5, None, None, "percent", None, "proportion") in rows


def test_the_word_point_alone_is_no_number():
    assert found("The point is that one of them came back. Point taken.") == []


def test_a_spoken_correction_restates_the_count_before_it():
    text = "We had forty-four runners in the trial, sorry, forty-three, and they all finished."
    rows = found(text)
    assert ("forty-three", 43.0, None, None, "people", None, "sample_size") in rows
    assert found("We had forty-four runners in the trial, and forty-three of them ...")[1:] == []


def test_one_of_a_group_named_by_an_agent_noun_states_an_age():
    assert found("One of our fastest walkers was seventy-nine.") == [
        ("seventy-nine", 79.0, None, None, "years", None, "age")]
    assert found("One of the numbers was 79.") == []


def test_clock_times_are_hours_after_midnight():
    rows = found("Please do not eat after 9 pm; the clinic opens at 8am.")
    assert ("9 pm", 21.0, None, None, "time of day", None, "date/metadata") in rows
    assert ("8am", 8.0, None, None, "time of day", None, "date/metadata") in rows
    assert found("at 15 pm") == []


def test_pence_need_to_be_glued_and_paid():
    assert found("Parking is refunded at 30p per hour.") == [
        ("30p per hour", 30.0, None, None, "GBp/hour", None, "count")]
    assert found("deletions of chromosome 17p were common") == []
    assert ("n = 7", 7.0, None, None, "subjects", None, "sample_size") in found("n = 7 p < 0.05")


def test_vulgar_fractions_alone_or_after_digits():
    rows = found("The visit takes 2½ hours, the walk test ¼ hour.")
    assert ("2½ hours", 2.5, None, None, "hours", None, "dose/exposure") in rows
    assert ("¼ hour", 0.25, None, None, "hours", None, "dose/exposure") in rows


def test_assay_units_and_a_negative_temperature():
    assert one("Normal insulin is 3–8 µIU/mL.", "3–8 µIU/mL")["unit"] == "uIU/mL"
    row = one("Plasma was stored at −70°C until analysis.", "−70°C")
    assert (row["value"], row["unit"]) == (-70.0, "°C")
    assert one("Keep at 4°C.", "4°C")["value"] == 4.0


def test_percentile_ranks_and_halved():
    assert found("Her grip was in the 10th percentile for her age.") == [
        ("10th percentile", 10.0, None, None, "percentile", None, "measurement")]
    assert found("Sitting time nearly halved in a year.") == [
        ("nearly halved", 0.5, None, None, "fold_change", "~", "effect_size/statistic")]


def test_hard_wrapped_lines_do_not_separate_a_number_from_its_noun():
    text = ("Each group trains in small classes of 10 to 12 partici-\npants. We will collect about 3\n"
            "teaspoons of saliva during the visit.")
    rows = found(text)
    assert ("10 to 12 partici-\npants", None, 10.0, 12.0, "people", None, "sample_size") in rows
    assert ("about 3\nteaspoons", 3.0, None, None, "teaspoons", "~", "dose/exposure") in rows
    # a short line (a heading, a list item) keeps its break
    assert found("Week 3\nmoves to stretching") == [("Week 3", 3.0, None, None, "week", None,
                                                      "dose/exposure")]


def test_two_blood_pressure_readings_joined_by_to_are_four_rows():
    rows = found("Her pressure fell from 162/98 to 141/86 mmHg over the year.")
    assert [r[0] for r in rows] == ["162", "98", "141", "86 mmHg"]
    assert {r[4] for r in rows} == {"mmHg"}


def test_one_more_event_in_a_list_of_counted_events():
    rows = found("Adverse events: 3 sprains (walking), 1 hip fracture (control); no deaths.")
    assert ("1 hip fracture", 1.0, None, None, "fracture", None, "count") in rows
    assert found("It took 1 attempt.") == []
