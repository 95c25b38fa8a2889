"""Forms of session 19's blind batches bi, bj and bk (numbers), on made-up sentences."""

from __future__ import annotations

from quantity_rows import found

AGEING = "\n\nAgeing muscles lose power as older adults age; sarcopenia and ageing go together."


def test_a_count_before_a_group_named_in_quotes():
    rows = found('The lab compared 54 "veteran athletes" with 60 sedentary adults.')
    assert rows[0][:5] == ('54 "veteran athletes"', 54.0, None, None, "people")
    assert rows[0][6] == "sample_size"
    assert found("We met 12 “super agers” at the clinic.")[0][4] == "agers"
    assert found('They named 3 "hallmarks" of ageing.')[0][:5] == ('3 "hallmarks"', 3.0, None, None, "hallmarks")
    # a quoted word that is no plural noun, a name's number, or one: unread
    assert found('She logged 5 "good" mornings.') == []
    assert found('The claim that Sestrin 2 "drives" decline is weak.') == []
    assert found('The mice had 1 "hallmarks" score.') == []


def test_both_ends_of_a_change_count_the_noun_after_the_second():
    rows = found("Scores improved from an average of 7.2 to 10.5 stands.")
    assert [(r[0], r[1], r[4], r[6]) for r in rows] == [
        ("7.2", 7.2, "stands", "count"), ("10.5 stands", 10.5, "stands", "count")]
    assert [r[0] for r in found("Laps rose from 3 to 8 runs.")] == ["3", "8 runs"]
    # a verb plural right after a number that ends no change stays a verb
    assert found("The best of the 3 stands out.") == []


def test_a_range_spelled_with_hyphens():
    rows = found("Runners with 30-to-45 minutes a day can follow the plan.")
    assert rows[0][:5] == ("30-to-45 minutes a day", None, 30.0, 45.0, "minutes/day")
    assert found("a 20-to-30-minute walk")[0][2:5] == (20.0, 30.0, "minutes")
    # a ratio (the second number no larger) is no range
    assert found("a 1-to-1 coaching session") == []


def test_part_of_a_group_opening_a_sentence_and_the_rest_of_it():
    rows = found("The trial split them. Forty of the older riders lifted weights. The other 37 carried on.")
    assert [(r[0], r[1], r[4], r[6]) for r in rows] == [
        ("Forty", 40.0, "riders", "count"), ("37", 37.0, "riders", "count")]
    assert found("Twelve of the volunteers stopped.")[0][4] == "people"
    rows = found("Twenty of the women trained; the remaining nine rested.")
    assert [(r[0], r[4]) for r in rows] == [("Twenty", "people"), ("nine", "people")]
    # not opening a sentence, "one of the", or "the other N" with no group counted before
    assert found("In 30 of the studies effects were small.") == []
    assert found("One of the riders fell.") == []
    assert found("The other 37 carried on.") == []


def test_a_definite_number_of_people_named_by_what_they_did():
    rows = found("Of the 40 who began the course, 35 finished.")
    assert rows[0][:5] == ("40", 40.0, None, None, "people")
    assert found("The twelve who dropped out were older.")[0][:2] == ("twelve", 12.0)
    # no "the" before it: "at 65 who ..." is no group
    assert found("At 65 who knows what happens.") == []


def test_the_age_at_which_a_person_started():
    rows = found('"I started at 68 with light dumbbells," she says.')
    assert rows[0][:5] == ("68", 68.0, None, None, "years")
    assert found("She began lifting at 64 with a coach.")[0][6] == "age"
    # no person starting, or "we": unread; a unit after the number stays a dose
    assert found("The race started at 10 with a gun.") == []
    assert found("We started at 40 with the warm-up.") == []
    assert found("I started at 20 reps.")[0][4] == "repetitions"


def test_a_window_of_one_unit_after_an_event():
    rows = found("Eat 25 g of protein within an hour of lifting.")
    # the window is no rate of the amount before it ("20 g of protein a day" is)
    assert [r[:5] for r in rows] == [("25 g", 25.0, None, None, "g"), ("an hour", 1.0, None, None, "hours")]
    assert found("Eat 20 g of protein a day.")[0][4] == "g/day"
    assert found("Call within a day of surgery.")[0][4] == "days"
    # no event after it ("fades within an hour"), or a minute ("at once"): unread
    assert found("The rise fades within an hour.") == []
    assert found("It was frozen within a minute of the biopsy.") == []


def test_no_age_from_a_number_word_in_a_title_case_heading():
    assert found("# Fast After Sixty: What Changes" + AGEING) == []
    assert found("# Fast after sixty: what changes" + AGEING)[0][:2] == ("after sixty", 60.0)


def test_the_age_of_a_person_the_article_named_in_full_before():
    rows = found("Ted Marsh asked me twice. Ted is 84. Ted, this is for you." + AGEING)
    assert rows[1][:5] == ("84", 84.0, None, None, "years")
    assert found("Vera Holm, 81, rows daily. Holm is 81." + AGEING)[1][6] == "age"
    # a name never written in full, or an article not about ageing: unread
    assert found("Ted is 84." + AGEING) == []
    assert found("Ted Marsh asked me twice. Ted is 84.") == [("twice", 2.0, None, None, "times", None, "count")]


def test_a_fraction_with_a_bound_after_it_and_a_hyphenated_money_scale():
    rows = found("You may have lost a third or more of your motor units.")
    assert rows[0][0] == "a third or more" and rows[0][4:7] == ("fraction", ">=", "proportion")
    assert found("a third or fourth trial of them") == []  # an ordinal, "or" another one
    assert found("a £25-million grant")[0][:5] == ("£25-million", 25e6, None, None, "GBP")
    assert found("a €4.5-billion budget")[0][1] == 4.5e9
    assert found("a $5-mile charity run")[0][4] == "miles"  # a unit, no scale
