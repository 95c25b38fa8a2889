"""Session 33 round f fixes (batches er, es: numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def rows(text: str) -> dict[str, tuple]:
    return {text[q.start : q.end]: (q.value, q.unit, q.measure) for q in scan_quantities(text)}


# -- a part after a preposition, of people counted before by the same plural --------------------------

def test_part_after_preposition_of_a_counted_plural_and_its_ones():
    found = rows("We followed 120 riders aged 60 to 75 and 80 riders aged 20 to 30. Troponin rose above the "
                 "limit in 7 of the novice riders and in 3 of the seasoned ones; none were ill.")
    assert found["7"][1] == "riders" and found["3"][1] == "riders"


def test_no_part_of_things_or_of_people_never_counted():
    assert spans("We ran 40 trials. It worked in 3 of the larger trials and in 2 of the smaller ones.") == ["40 trials"]
    assert spans("Troponin rose above the limit in 7 of the novice riders.") == []


# -- an age "at N" with whom it was done --------------------------------------------------------------

def test_age_at_with_a_companion():
    assert rows("Reached the top of the pass at 68 with my grandson. Lovely guides.")["68"][1:] == ("years", "age")


def test_no_age_at_with_a_load():
    assert "60" not in spans("We lift at 60 with a load of 20 kg.")


# -- a group's value in the unit of the value before it, its verb left out ------------------------------

def test_group_value_in_the_same_unit():
    found = spans("In a chair test the villagers stood up 16 times, and the city group 11 times.")
    assert "11 times" in found


def test_group_number_without_an_echo_stays_a_label():
    assert spans("Results for group 10 times were poor.") == []


# -- arms after an allocation ratio ---------------------------------------------------------------------

def test_arms_after_an_allocation_ratio():
    found = rows("We enrolled 90 adults aged 66 to 82. They were randomised in a 2:1 ratio: 60 joined "
                 "12 weeks of rowing classes, and 30 kept their usual routine.")
    assert found["60"][2] == "sample_size" and found["30"][2] == "sample_size"
    assert "12 weeks" in found


def test_no_arms_that_do_not_divide_in_the_ratio():
    assert "40" not in spans("They were randomised 2:1, 40 did yoga and 30 walked.")


# -- leavers by the arm they left, named by a plural ------------------------------------------------------

def test_leavers_from_an_arm_named_by_a_plural():
    found = rows("We enrolled 90 adults. Seven people dropped out (four from the classes and three from the "
                 "control group).")
    assert found["four"][1] == "people" and found["three"][1] == "people"


def test_no_arm_share_without_leavers():
    assert "four" not in spans("We enrolled 90 adults. Seven people came (four from the classes and three "
                               "from the control group).")


# -- metres of height climbed -----------------------------------------------------------------------------

def test_metres_of_ascent():
    found = rows("The route covers 70 km with about 4,300 m of ascent.")
    assert found["about 4,300 m"][1] == "m"


def test_spaced_m_of_climbing_time_stays_out():
    assert spans("It took 40 m of climbing time.") == []


# -- "one of the N" set against a part of a whole ------------------------------------------------------------

def test_one_of_a_whole_set_against_a_part():
    assert "one" in spans("The marker rose in 7 of the 40 cyclists, against just one of the 25 rowers.")


def test_one_of_a_whole_alone_is_a_member():
    assert spans("Ola was one of the 217 volunteers.") == ["217 volunteers"]
