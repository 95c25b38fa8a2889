"""Forms of session 18 (number leftovers of earlier batches), on made-up sentences."""

from __future__ import annotations

from quantity_rows import found

AGEING = "Muscle changes with ageing. "


def test_a_race_time_after_a_result_word_or_before_a_distance_is_minutes():
    rows = found("Her parkrun best of 23:45 still stands.")
    assert rows[0][:5] == ("23:45", 23.75, None, None, "minutes")
    assert found("He ran a 51:10 10K last autumn.")[0][:2] == ("51:10", 51.1667)
    assert found("Season best 19:58, set in June.")[0][0] == "19:58"
    assert found("She clocked 17:40 on the flat course.")[0][0] == "17:40"
    # a time of day, or minutes and seconds with no race word: unread
    assert found("The record was set at 10:15 today.") == []
    assert found("Doors open at 9:30 for 5K runners.")[0][0] == "5K"
    assert found("The meeting moved to 11:20.") == []


def test_repeats_over_a_spaced_metre_distance_take_a_range_of_times():
    rows = [r for r in found("Then 5 x 300 m in 1:05-1:08, 90 s jog.") if r[4] == "minutes"]
    assert rows[0][:5] == ("1:05-1:08", None, 1.0833, 1.1333, "minutes")
    # a falling "range" is no range of repeat times
    assert [r for r in found("Then 5 x 300 m in 1:08-1:05.") if r[4] == "minutes"] == []


def test_an_ordinal_decade_after_the_and_a_time_preposition_is_an_age_band():
    assert found("By the 9th decade, few muscles escape.")[0][:5] == (
        "By the 9th decade", None, 80.0, 89.0, "years")
    assert found("Strength wanes in the 6th decade of life.")[0][0] == "in the 6th decade of life"
    # a decade of a century, of a study, or with no preposition: unread
    assert found("Growth slowed in the 2nd decade of the century.") == []
    assert found("Results came by the 3rd decade of follow-up.") == []
    assert found("The 5th decade was calm.") == []


def test_an_approximate_age_before_a_person_acting_is_an_age():
    rows = found(AGEING + "My knees held up until somewhere around 64 I finally quit running.")
    assert rows[0][:5] == ("somewhere around 64", 64.0, None, None, "years")
    assert found(AGEING + "At about 72 she took up swimming.")[0][0] == "about 72"
    # no act (a hedge), a count, or no ageing article: unread
    assert found(AGEING + "I weighed around 80 I guess.") == []
    assert found(AGEING + "We saw around 200 we counted.") == []
    assert found("Somewhere around 64 I finally quit running.") == []


def test_protein_sizes_and_cadences_carry_their_units():
    assert found("A 35-kDa fragment appears in plasma.")[0][:5] == ("35-kDa", 35.0, None, None, "kDa")
    assert found("The band ran at 60 kDa.")[0][4] == "kDa"
    assert found("A 110-kilodalton protein.")[0][4] == "kDa"
    assert found("Pedal at 80-95 rpm for ten minutes.")[0][:5] == ("80-95 rpm", None, 80.0, 95.0, "rpm")
    assert found("Spin at 90 revolutions per minute.")[0][4] == "rpm"


def test_a_unitless_change_of_a_named_reading_in_chat_writing():
    rows = found("Blood sugar came down from 151 to 119 \U0001f600")
    assert [(r[0], r[1]) for r in rows] == [("151", 151.0), ("119", 119.0)]
    assert [r[0] for r in found("My VO2max went from 31 to 35 over 12 weeks.")][:2] == ["31", "35"]
    assert [r[0] for r in found("The count per fibre rose from 0.11 to 0.15 (P = 0.03).")][:2] == [
        "0.11", "0.15"]
    # no measured noun before a whole-number change, or "came" with no direction: unread
    assert found("The club came down from 151 to 119 members.")[0][0] == "119 members"
    assert found("Our group came from 14 to 19.") == []
