"""Claim classes left by earlier rounds (session 10), each on made-up sentences."""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import triples
from tests.unit.test_claims_session9 import LEXICON as SESSION9_LEXICON

LEXICON = dict(SESSION9_LEXICON)
SOX9, NAMPT, MYF5, FOXO = "HGNC:11204", "HGNC:30092", "HGNC:7565", "FPLX:FOXO"
DISUSE = "AGEFACTS:disuse"


def claims_of(text: str) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon=LEXICON)


def test_animals_without_a_gene_that_gain_nothing_need_it():
    got = triples(claims_of("Mice lacking SOX9 gained no grip strength from sprint training."))
    assert got == {(SOX9, "required_for", "grip strength")}
    got = triples(claims_of("Animals without NAMPT failed to gain endurance."))
    assert got == {(NAMPT, "required_for", "endurance")}
    # a knockout that gains more is a brake, not a requirement
    got = triples(claims_of("Mice lacking SOX9 gained more muscle mass than normal mice."))
    assert not [t for t in got if t[1] == "required_for"]
    assert (SOX9, "decreases", "more muscle mass") in got


def test_bred_without_a_gene_ending_up_with_twice_the_mass():
    got = triples(claims_of("Mice bred without a working SOX9 gene end up with twice the "
                            "normal muscle mass."))
    assert got == {(SOX9, "decreases", "normal muscle mass")}


def test_a_size_of_change_is_no_object():
    got = triples(claims_of("SOX9 rose three-fold in young participants."))
    assert not [t for t in got if "fold" in str(t[2])]
    got = triples(claims_of("During disuse, SOX9 activity rises and NAMPT expression climbs "
                            "several-fold."))
    assert not [t for t in got if t[2] == "several-fold"]
    got = triples(claims_of("Those whose SOX9 rose most also gained strength."))
    assert (SOX9, "increases", "most") not in got
    # a size before a noun keeps its object, and "most" before a noun is a quantifier
    got = triples(claims_of("Mice lacking SOX9 lost twice as much muscle mass as normal mice."))
    assert [t for t in got if t[0] == SOX9 and "muscle mass" in str(t[2])]
    assert (SOX9, "increases", "most genes") in triples(claims_of("SOX9 increased most genes."))


def test_a_fraction_of_the_rise_in_the_old_with_a_pronoun_is_a_weak_response():
    got = triples(claims_of("SOX9 rose after sprint training. In older adults, it rose only "
                            "half as much."))
    assert (SOX9, "not_induced_in_aged", "older") in got
    assert not [t for t in got if t[1] == "associated_with"]
    got = triples(claims_of("SOX9 rose after sprint training. In older adults the rise after "
                            "the same session was roughly half as large."))
    assert (SOX9, "not_induced_in_aged", "older") in got
    # without an exercise before, a rise in the old is a rise with age
    got = triples(claims_of("SOX9 is made in muscle. In older adults, it rose only half as much."))
    assert not [t for t in got if t[1] == "not_induced_in_aged"]


def test_a_passive_aside_names_who_switched_the_list_on():
    got = triples(claims_of("MYF5 and NAMPT, switched on by SOX9 during disuse, drive the "
                            "breakdown of muscle protein."))
    assert (SOX9, "activates", MYF5) in got and (SOX9, "activates", NAMPT) in got
    # the list stays the subject of the main verb
    assert (MYF5, "increases", "breakdown of muscle protein") in got
    got = triples(claims_of("NAMPT, activated by SOX9, drives fibre repair."))
    assert got == {(SOX9, "activates", NAMPT), (NAMPT, "increases", "fibre repair")}
    # an aside with no named agent says nothing about the head
    got = triples(claims_of("NAMPT, made by muscle fibres, drives fibre repair."))
    assert got == {(NAMPT, "increases", "fibre repair")}


def test_a_change_during_a_condition_goes_with_the_condition():
    # (this lexicon grounds disuse as a condition; the grounding and the labelling guide make
    # a disuse state an intervention, the agent of the change: test_claims_session26e.py)
    got = triples(claims_of("SOX9 activity rises during disuse."))
    assert got == {(SOX9, "associated_with", DISUSE)}
    got = claims_of("During disuse, SOX9 activity rises and NAMPT expression falls.")
    assert {(r["subject_id"], r["object_id"], r["polarity"]) for r in claims_of(
        "During disuse, SOX9 activity rises and NAMPT expression falls.")} == {
        (SOX9, DISUSE, "positive"), (NAMPT, DISUSE, "negative")}
    # a verb followed by "and" has no object: SOX9 does not raise NAMPT here
    assert not [r for r in got if r["object_id"] == NAMPT]
    # during exercise, a rise is still induced by it
    got = triples(claims_of("SOX9 rose during sprint training."))
    assert (SOX9, "induced_by_exercise", "AGEFACTS:sprint_training") in got


def test_a_relative_clause_keeps_its_verbs_and_the_main_clause_its_own():
    got = claims_of("SOX9, which keeps satellite cells quiet between bouts of repair, was lower "
                    "in the older muscle, and sprint training did not bring it back.")
    rel = {(r["subject_id"], r["relation"]): r for r in got}
    # "keeps Y quiet" restrains Y; the bouts of repair are no exercise scene for "lower"
    assert (SOX9, "inhibits") in rel
    assert (SOX9, "declines_with_age") in rel
    assert not [r for r in got if r["relation"] == "decreases"]
    # "did not bring it back": a denied restore by the training
    assert rel[(SOX9, "preserved_by_training")]["negated"]
    assert rel[(SOX9, "induced_by_exercise")]["negated"]


def test_what_a_gene_keeps_in_check_is_inhibited():
    got = triples(claims_of("MYF5 is switched on by FOXO, which SOX9 normally keeps in check."))
    assert (SOX9, "inhibits", FOXO) in got
    assert (SOX9, "increases", FOXO) not in got


def test_bringing_much_of_it_back_is_a_restore_of_what_fell():
    got = triples(claims_of("SOX9 drops sharply in later life, but a few months of sprint "
                            "training can bring much of it back."))
    assert (SOX9, "preserved_by_training", "AGEFACTS:sprint_training") in got
    # with no named antecedent, "much of it" is no object
    assert not claims_of("A protein drops, but sprint training can bring much of it back.")


def test_a_weaker_rise_in_the_old_reaches_back_to_the_exercise_before():
    got = triples(claims_of("Sprint training raised SOX9 in young men. The rise in older men "
                            "was less than half that seen in young men."))
    assert (SOX9, "not_induced_in_aged", "older") in got
    got = triples(claims_of("SOX9 rose after sprint training in young mice. It rose less in "
                            "old mice."))
    assert (SOX9, "not_induced_in_aged", "old") in got
    assert not [t for t in got if t[1] == "associated_with"]
    # no exercise before: a lower level in the old is no failed response
    got = triples(claims_of("SOX9 is made in muscle. It rose less in old mice."))
    assert not [t for t in got if t[1] == "not_induced_in_aged"]
