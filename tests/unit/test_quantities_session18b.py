"""Forms of session 18's blind batches (numbers), on made-up sentences."""

from __future__ import annotations

from quantity_rows import found


def test_shares_of_people_just_counted_and_the_people_left():
    rows = found("Seven people dropped out—four from the dance group and three from the waitlist group—"
                 "leaving 38 for the final tally.")
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("Seven people", 7.0, "people"), ("four", 4.0, "people"), ("three", 3.0, "people"),
        ("38", 38.0, "people")]
    assert [r[0] for r in found("Seven people quit: four in the dance arm.")] == ["Seven people", "four"]
    assert found("Seven people quit, leaving 38.")[1][:5] == ("38", 38.0, None, None, "people")
    # a share larger than the whole, no people counted before, or a new sentence: unread
    assert [r[0] for r in found("Seven people dropped out—twelve from the dance group.")] == ["Seven people"]
    assert [r[0] for r in found("Prices rose 9%, leaving 38 for the rest.")] == ["9%"]
    assert [r[0] for r in found("Seven people quit. Leaving 38 for later.")] == ["Seven people"]


def test_a_count_a_plan_returns_to_takes_the_unit_before_it():
    rows = found("When you manage 15 tidy reps, add load (or a band) so you drop back to 10.")
    assert [(r[0], r[4]) for r in rows] == [("15 tidy reps", "repetitions"), ("10", "repetitions")]
    assert found("Do 12 reps, then go back down to 6.")[1][:5] == ("6", 6.0, None, None, "repetitions")
    # a new sentence, or a noun of its own after the number: not the plan's unit
    assert [r[0] for r in found("We ran 3 sessions a week. Then back to 2.")] == ["3 sessions a week"]
    assert found("I did 20 minutes and came back to 8 emails.")[1][4] == "emails"


def test_a_hedged_multiple_word_is_a_fold_change():
    assert found("Lactate values were about double those of resting rats.")[0][:6] == (
        "about double", 2.0, None, None, "fold_change", "~")
    assert found("The risk was more than triple.")[0][:6] == (
        "more than triple", 3.0, None, None, "fold_change", ">")
    assert found("Levels were nearly twice those in controls.")[0][:5] == (
        "nearly twice", 2.0, None, None, "fold_change")
    # no hedge, or a compound: unread
    assert found("Levels were double those in controls.") == []
    assert found("Order a double espresso.") == []
    assert found("A roughly double-blind design.") == []


def test_markdown_emphasis_around_a_statistic_letter_or_a_cue_word():
    assert found("Gains tracked the rise (*r* = 0.52).")[0][:5] == (
        "*r* = 0.52", 0.52, None, None, "correlation")
    assert found("It held (**P** < .01).")[0][4:6] == ("p_value", "<")
    assert found("It held (_r_ = 0.3).")[0][4] == "correlation"
    assert found("It held (*P = 0.02*).")[0][0] == "P = 0.02"
    assert found("It held (*r** = 0.3).") == []  # emphasis not closed as opened
    # a time point after bold, an ordinal in italics before "half"
    assert [r[0] for r in found("Scans at **week 2, week 6 and week 10**, at rest.")] == [
        "week 2", "week 6", "week 10"]
    assert found("Most strength arrived during the *second* half of training.") == []
    assert found("Most gains came in the **first** half of the year.") == []


def test_a_reading_set_off_by_commas_after_its_measure():
    assert found("They were no heavier: their mean BMI, 26.1, matched the rest.")[0][:5] == (
        "26.1", 26.1, None, None, "kg/m2")
    row = found("Her resting heart rate, 58, surprised the nurse.")[0]
    assert row[:5] == ("58", 58.0, None, None, None) and row[6] == "measurement"
    assert found("The average score, 41, was low.")[0][4] == "points"
    # no closing comma, a list, or no determiner before the measure: not a reading
    assert found("Adjusted for BMI, 12 of the men improved.")[0][4] == "people"
    assert [r[0] for r in found("At all three levels, 3, 5 and 7, it held.")] == ["three levels"]
    assert found("Glucose, 5.4, was fine.") == []


def test_adjectives_joined_by_but_before_people():
    assert found("We enrolled 85 frail but otherwise stable patients.")[0][:5] == (
        "85 frail but otherwise stable patients", 85.0, None, None, "people")
    assert found("The team enrolled 64 frail but independent women.")[0][4] == "people"
    # no group adjective before "but", or no people after it: unread
    assert found("He ran 12 active but slow miles.") == []
    assert found("We saw 12 healthy but the rest sick.") == []


def test_a_quoted_noun_before_a_rate_is_a_frequency():
    assert found("They did four 'sprints' a week for a month.")[0][:5] == (
        "four 'sprints' a week", 4.0, None, None, "sprints/week")
    assert found("They did two \u201cbursts\u201d a week.")[0][4] == "bursts/week"
    assert found("They did four short 'hill repeats' a day.")[0][4] == "repeats/day"
    # a quoted word that is no counted noun, or no rate after it: unread
    assert found("She said 'three' a day.") == []
    assert found("I ate 3 \"healthy\" meals.") == []
