"""Claim classes found on held-out 17 (session 14 round: tabloid and spoken prose), each on
made-up sentences with a case that must not change."""

from __future__ import annotations

from tests.unit.test_claims import one, triples
from tests.unit.test_claims_session13 import claims_of

KL, AMPK, MTORC1, TFAM = "HGNC:6344", "FPLX:AMPK", "FPLX:mTORC1", "HGNC:11741"
MSTN, SOX9, NRF1, SIRT3 = "HGNC:4223", "HGNC:11204", "HGNC:7996", "HGNC:14931"
CYCLING, AGING = "AGEFACTS:cycling", "AGEFACTS:aging"


def test_bouncing_back_or_being_back_up_to_young_levels_is_a_restore():
    got = triples(claims_of("TFAM bounced back to youthful levels in older women after 14 "
                            "weeks of cycling."))
    assert got == {(TFAM, "induced_by_exercise", CYCLING), (TFAM, "preserved_by_training", CYCLING)}
    got = triples(claims_of("After ten weeks of training, TFAM was back up to young levels."))
    assert {r for _, r, _ in got} == {"induced_by_exercise", "preserved_by_training"}
    assert not [t for t in got if t[1] == "increases"]  # "up to young levels" is no object
    # with no exercise, no restore
    assert not claims_of("TFAM bounced back to young levels in old mice.")


def test_a_denied_return_in_the_old_is_a_denied_preservation():
    rows = claims_of("Cycling did not restore TFAM in the over-70s.")
    c = one(rows, TFAM, "preserved_by_training")
    assert c["negated"] is True
    assert not [r for r in rows if r["relation"] == "not_induced_in_aged"]


def test_spoken_phrasal_restraints_inhibit():
    assert triples(claims_of("Myostatin holds back muscle growth.")) == {
        (MSTN, "inhibits", "muscle growth")
    }
    c = one(claims_of("Klotho puts the brakes on mTORC1."), KL, "inhibits", MTORC1)
    assert c["polarity"] == "negative"


def test_a_phrasal_fall_takes_its_particle_and_too_is_no_object():
    assert triples(claims_of("TFAM drops off with age.")) == {(TFAM, "declines_with_age", AGING)}
    assert not claims_of("Yeah, TFAM drops off too.")
    got = triples(claims_of("SOX9 rose with age, and TFAM tails off in old mice."))
    assert (TFAM, "declines_with_age", AGING) in got


def test_a_smaller_rise_after_exercise_in_an_age_band_is_a_blunted_response():
    rows = claims_of("In the over-65s, genes such as TFAM rose less after exercise.")
    assert {r["relation"] for r in rows} == {"not_induced_in_aged"}
    got = triples(claims_of("In the over-65s, TFAM was lower."))
    assert {r for _, r, _ in got} == {"declines_with_age"}
    # an ordinary rise after exercise is unchanged
    assert {r["relation"] for r in claims_of("TFAM rose after exercise.")} == {
        "induced_by_exercise"
    }


def test_what_cells_need_to_do_something_is_required_for_it():
    got = triples(claims_of("Levels of SOX9, which muscle stem cells need to survive, are known "
                            "to dwindle in later life."))
    assert (SOX9, "required_for", "survive") in got
    got = triples(claims_of("NRF1 switches on TFAM, which is the protein that muscle cells need "
                            "to build mitochondria."))
    assert (NRF1, "activates", TFAM) in got and (TFAM, "required_for", "build mitochondria") in got
    assert not [t for t in got if t[0] == NRF1 and t[1] == "required_for"]
    got = triples(claims_of("SOX9 is a gene that stem cells need to divide."))
    assert got == {(SOX9, "required_for", "divide")}


def test_a_group_lacking_x_that_did_not_improve_makes_x_required():
    got = triples(claims_of("We made mice that lack TFAM in muscle, and when those mice ran, "
                            "they didn't improve their endurance at all."))
    assert got == {(TFAM, "required_for", "endurance")}
    got = triples(claims_of("When they deleted TFAM from the fibres of young mice, six weeks of "
                            "running no longer improved their endurance."))
    assert (TFAM, "required_for", "endurance") in got
    # a drug that blocks X is a dose: X raises the outcome, denied
    rows = claims_of("Drugs that block myostatin increased muscle size, but they did not "
                     "improve strength.")
    assert not [r for r in rows if r["relation"] == "required_for"]


def test_a_denied_link_between_a_change_and_an_outcome():
    rows = claims_of("We saw no link between the myostatin drop and strength gains.")
    c = one(rows, MSTN, "associated_with", "strength gains")
    # polarity is stated before negation (docs/claims_labelling.md)
    assert (c["polarity"], c["negated"]) == ("positive", True)
    c = one(claims_of("We found a link between the myostatin rise and strength gains."),
            MSTN, "associated_with", "strength gains")
    assert (c["polarity"], c["negated"]) == ("positive", False)


def test_a_fronted_removal_that_stops_an_effect_is_a_dependence():
    got = triples(claims_of("When AMPK was blocked, klotho no longer raised endurance."))
    assert (KL, "depends_on", AMPK) in got and (KL, "increases", "endurance") in got
    # no removal, no dependence
    got = triples(claims_of("When AMPK was high, klotho no longer raised endurance."))
    assert not [t for t in got if t[1] == "depends_on"]


def test_they_after_one_gene_are_people():
    got = triples(claims_of("The team found that klotho works through AMPK. When they blocked "
                            "AMPK, extra klotho no longer boosted endurance in the animals."))
    assert (KL, "inhibits", AMPK) not in got
    assert (KL, "depends_on", AMPK) in got
    # "they" after a list still stands for the list
    got = triples(claims_of("TFAM and NRF1 fell with age. They rose after training."))
    assert (TFAM, "induced_by_exercise", "training") in got
    assert (NRF1, "induced_by_exercise", "training") in got

    # "they" right after "these proteins" stands for the proteins named before, not people
    got = triples(claims_of("After the run, SIRT3 went up in both groups, whereas TFAM did not "
                            "change. We had expected cycling to lower these proteins, because "
                            "they slow the growth of mitochondria."))
    assert {(SIRT3, "decreases", "growth of mitochondria"),
            (TFAM, "decreases", "growth of mitochondria")} <= got


def test_a_plural_appositive_describes_the_whole_list():
    got = triples(claims_of('Levels of TFAM and NRF1, two "energy" genes that have been linked '
                            "to fatigue, were higher in the older volunteers than in the young "
                            "ones."))
    assert {(s, r) for s, r, _ in got} == {(TFAM, "associated_with"), (NRF1, "associated_with")}
    assert (TFAM, "associated_with", "fatigue") in got and (NRF1, "associated_with", "fatigue") in got
    got = triples(claims_of("TFAM and NRF1, two genes that switch on SIRT3, fell with age."))
    assert (TFAM, "activates", SIRT3) in got and (NRF1, "activates", SIRT3) in got
    # a singular appositive still describes only the last name
    got = triples(claims_of("SOX9 rose, and TFAM, a gene that switches on SIRT3, fell with age."))
    assert (TFAM, "activates", SIRT3) in got and (SOX9, "activates", SIRT3) not in got
