"""Claim classes left by session 10 and found on held-out 12 (session 11), each on made-up
sentences with a case that must not change."""

from __future__ import annotations

from tests.unit.test_claims import triples
from tests.unit.test_claims_session10 import FOXO, NAMPT, SOX9, claims_of

SPRINT = "AGEFACTS:sprint_training"


def test_a_rise_in_older_trainees_is_induced_by_their_training():
    got = triples(claims_of("In the older trainees, SOX9 rose."))
    assert got == {(SOX9, "induced_by_exercise", "trainees")}
    # without a trained group, a rise in the old still goes with age
    got = triples(claims_of("In older adults, SOX9 rose."))
    assert got == {(SOX9, "associated_with", "MESH:D000375")}


def test_training_that_fails_in_the_old_with_the_training_as_subject():
    got = triples(claims_of("Sprint training raised NAMPT in young mice but failed to raise it "
                            "in old animals."))
    assert (NAMPT, "not_induced_in_aged", "old") in got
    assert (NAMPT, "induced_by_exercise", "Sprint training") in got
    # the written exercise is not the subject of a later clause about "the protein"
    got = triples(claims_of("A single hour of treadmill running doubled SOX9, and the protein "
                            "then recruited FOXO."))
    assert not [t for t in got if t[0] == FOXO or "running" in t[0]]


def test_a_return_to_young_levels_after_training_is_a_restore():
    got = triples(claims_of("SOX9 fell with age. After eight weeks of running, SOX9 returned "
                            "to young levels."))
    assert {(SOX9, "induced_by_exercise", "running"),
            (SOX9, "preserved_by_training", "running")} <= got
    got = triples(claims_of("Old mice had less SOX9 and NAMPT than young mice. In the old "
                            "runners, both proteins returned to levels that did not differ "
                            "from sedentary young animals."))
    assert {(SOX9, "preserved_by_training", "runners"),
            (NAMPT, "preserved_by_training", "runners")} <= got
    got = triples(claims_of("After sprint training, SOX9 climbed back into the range seen in "
                            "young adults."))
    assert (SOX9, "preserved_by_training", SPRINT) in got
    # a return to baseline is no return to youth
    got = triples(claims_of("SOX9 returned to baseline after the run."))
    assert not [t for t in got if t[1] == "preserved_by_training"]


def test_a_trained_group_compared_by_age_is_a_decline_not_an_effect_of_running():
    got = triples(claims_of("In the old runners, SOX9 activity was about half that of the "
                            "young runners."))
    assert got == {(SOX9, "declines_with_age", "MESH:D000375")}


def test_moving_into_the_nucleus_after_exercise_is_an_induction():
    got = triples(claims_of("After sprint training, FOXO moved into the nucleus."))
    assert got == {(FOXO, "induced_by_exercise", SPRINT)}
    got = triples(claims_of("FOXO enters the nucleus and switches on SOX9."))
    assert got == {(FOXO, "activates", SOX9)}
    # said alone, it is no claim
    assert claims_of("FOXO moves into the nucleus.") == []


def test_reversing_this_loss_restores_what_fell_in_the_sentence_before():
    got = triples(claims_of("SOX9 falls steeply with age in the calf. Regular sprint training "
                            "can reverse much of this loss."))
    assert {(SOX9, "preserved_by_training", SPRINT), (SOX9, "induced_by_exercise", SPRINT)} <= got
    got = triples(claims_of("SOX9 falls steeply with age. This decline was reversed by sprint "
                            "training."))
    assert (SOX9, "preserved_by_training", SPRINT) in got
    # a drug that reverses the loss raises SOX9; it is no training
    got = triples(claims_of("SOX9 falls with age. Metformin reversed this loss."))
    assert ("Metformin", "increases", SOX9) in got
    assert not [t for t in got if t[1] == "preserved_by_training"]


def test_a_wrap_up_list_after_a_blunted_response():
    got = triples(claims_of("Summing up: two of the three studies found an exercise response "
                            "that is present in the young and blunted in the old — SOX9 and "
                            "NAMPT — while the third found nothing."))
    assert {(SOX9, "induced_by_exercise", "exercise"), (SOX9, "not_induced_in_aged", "old"),
            (NAMPT, "induced_by_exercise", "exercise"),
            (NAMPT, "not_induced_in_aged", "old")} <= got
    # a clause after the dash is no list
    got = triples(claims_of("The training response was blunted in older mice — SOX9 rose "
                            "less."))
    assert not [t for t in got if t[1] == "induced_by_exercise"]


def test_a_question_asserts_nothing():
    assert claims_of("Does SOX9 go up with sprint training in older adults?") == []
    assert claims_of('"Why would NAMPT fall with age?"') == []
    got = triples(claims_of("SOX9 goes up with sprint training in older adults."))
    assert [t for t in got if t[0] == SOX9]


def test_a_comparison_is_not_undone_by_a_decrease_in_the_next_clause():
    got = triples(claims_of("At baseline, old mice had about 40% less SOX9 than young mice, "
                            "and NAMPT was reduced to a similar degree."))
    assert {(SOX9, "declines_with_age", "MESH:D000375"),
            (NAMPT, "declines_with_age", "MESH:D000375")} <= got
    # a rise that is blunted in the same clause is still not asserted
    got = triples(claims_of("The rise in SOX9 after exercise, and the gain in strength, were "
                            "blunted in older men."))
    assert got == {(SOX9, "not_induced_in_aged", "older")}


def test_heterozygous_animals_carry_less_of_the_gene():
    got = triples(claims_of("SOX9-heterozygous mice gained no endurance."))
    assert got == {(SOX9, "required_for", "endurance")}
