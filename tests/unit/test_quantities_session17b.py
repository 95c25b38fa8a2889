"""Forms of session 17 (batches az-ba and two misreads), on made-up sentences."""

from __future__ import annotations

from quantity_rows import found

AGEING = "Muscle changes with ageing. "


def test_adjectives_listed_with_commas_before_people_count_the_people():
    rows = found("The lab enrolled 48 healthy, non-smoking adults: 20 young and 28 old.")
    assert rows[0][:5] == ("48 healthy, non-smoking adults", 48.0, None, None, "people")
    assert rows[0][6] == "sample_size"
    assert found("We took 30 older, sedentary, overweight women.")[0][0] == (
        "30 older, sedentary, overweight women")
    # the first adjective must be a known group adjective, the noun a population noun
    assert found("At 40 alone, people lose muscle.") == []
    assert [r[0] for r in found("They ran 12 hard, fast intervals.")] == []


def test_two_ages_compared_by_than_at_are_ages_without_a_person_named():
    rows = found(AGEING + "The same meal builds less muscle at 70 than at 30.")
    assert [(r[0], r[4], r[6]) for r in rows] == [("70", "years", "age"), ("30", "years", "age")]
    assert [r[0] for r in found(AGEING + "Tendons heal slower at 60 than they do at 20.")] == ["60", "20"]
    # a unit after either number, a level word, or no ageing article: no age (the unit is read)
    assert [(r[0], r[4]) for r in found(AGEING + "Power was higher at 90 than at 60 rpm.")] == [("60 rpm", "rpm")]
    assert [(r[0], r[4]) for r in found(AGEING + "Power was higher at 60 rpm than at 90.")] == [("60 rpm", "rpm")]
    assert found(AGEING + "The rate was lower at 70 than at 30.") == []
    assert found("The same meal builds less muscle at 70 than at 30.") == []


def test_a_concessive_even_at_n_is_a_later_life_age_in_an_ageing_article():
    assert found(AGEING + "Training still pays off, even at 85.")[0][:5] == (
        "85", 85.0, None, None, "years")
    # a younger number, a level word, or an article not about ageing: unread
    assert found(AGEING + "Training still pays off, even at 45.") == []
    assert found(AGEING + "The pace stayed level, even at 85.") == []
    assert found("Training still pays off, even at 85.") == []


def test_an_adjective_may_stand_before_reps_or_sets():
    assert found("End each set with two or three clean reps left.")[0][:5] == (
        "two or three clean reps", None, 2.0, 3.0, "repetitions")
    assert found("Do 4 heavy sets of 6.")[0][:5] == ("4 heavy sets", 4.0, None, None, "sets")
    # "sets of" a thing is no lifting
    assert found("We kept the 3 main sets of data.") == []


def test_a_kind_named_by_a_label_and_its_number_stays_in_the_noun_phrase():
    assert found("Aim for 3–4 Zone 2 rides per week.")[0][4] == "rides/week"
    assert found("Zone 2 work helps.") == []  # a label's number alone stays a name
    rows = found("Aim for 4–5 Zone 2 sessions per week.")
    assert rows[0][:5] == ("4–5 Zone 2 sessions per week", None, 4.0, 5.0, "sessions/week")
    assert found("We met 14 type 2 diabetics.")[0][:5] == (
        "14 type 2 diabetics", 14.0, None, None, "diabetics")


def test_a_past_verb_after_a_number_is_no_noun_of_a_rate():
    rows = found("Of 40 adults, 25 cycled daily.")
    assert [(r[0], r[4]) for r in rows] == [("40 adults", "people"), ("25", "people")]
    assert found("Eat one boiled egg a day.")[0][4] == "egg/day"


def test_a_year_after_in_is_no_denominator():
    assert found("Sales climbed to 45 in 2021.") == [
        ("2021", 2021.0, None, None, "year", None, "date/metadata")]
    assert found("It strikes 1 in 3000 births.")[0][:2] == ("1 in 3000", 1 / 3000)
    assert found("It strikes 1 in 2,000.")[0][:2] == ("1 in 2,000", 0.0005)


def test_a_wrapped_line_after_a_number_and_one_word_joins_its_noun():
    text = "The team compared nineteen older cyclists with 16 younger\ncyclists of the same club."
    assert found(text)[-1][:5] == ("16 younger\ncyclists", 16.0, None, None, "people")
    # a short line is a heading or list item, not wrapped prose
    assert found("We saw 16 younger\ncyclists.") == []


def test_a_modifier_may_stand_between_a_number_and_days_or_weeks():
    rows = found("Plan three easy days + two gym days, then rest.")
    assert [(r[0], r[1], r[4]) for r in rows] == [("three easy days", 3.0, "days"),
                                                 ("two gym days", 2.0, "days")]
    assert found("They fasted for 4 straight weeks.")[0][:5] == ("4 straight weeks", 4.0, None, None,
                                                                  "weeks")
    # a year before a noun stays a year; a month name is no modifier
    assert found("In 2019 summer days were hot.")[0][4] == "year"
    assert found("It ran 3 May days.") == []


def test_an_age_band_shaped_span_after_at_ending_its_clause_is_an_age_band():
    rows = found(AGEING + "Targets are relative to what you managed at 40-54.")
    assert rows[0][:5] == ("40-54", None, 40.0, 54.0, "years")
    # not shaped like a band, a bracket after it, a level word, or no ageing article: unread
    assert found(AGEING + "Targets are relative to what you managed at 40-50.") == []
    assert found(AGEING + "Ride at 70-79 (easy).") == []
    assert found(AGEING + "The rate peaked at 60-69.") == []
    assert found("Targets are relative to what you managed at 40-54.") == []
