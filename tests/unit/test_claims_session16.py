"""Claim classes found on held-out 19 (session 16 round, now development texts), each on
made-up sentences with a case that must not change."""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import one, triples
from tests.unit.test_claims_session15 import LEXICON as SESSION15_LEXICON

LEXICON = SESSION15_LEXICON
TFAM, SOX9, KL, AMPK = "HGNC:11741", "HGNC:11204", "HGNC:6344", "FPLX:AMPK"
RT, CYCLING, AGING = "AGEFACTS:resistance_training", "AGEFACTS:cycling", "AGEFACTS:aging"


def claims_of(text: str, extra: dict | None = None) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon={**LEXICON, **(extra or {})})


def test_a_dose_frame_is_no_low_level_of_the_molecule():
    c = one(claims_of("At low doses klotho helps myoblasts divide."), KL, "increases")
    assert c["polarity"] == "positive"
    got = triples(claims_of("At low levels klotho appears to help stem cells divide, whereas "
                            "lasting high levels are what drive wasting."))
    assert {t[1] for t in got if t[0] == KL} == {"increases"}
    # "low levels of X" still says X is low; so does a plain "lower X"
    assert not [t for t in triples(claims_of("At low levels of klotho, TFAM falls."))
                if t[:2] == (KL, "decreases")]
    c = one(claims_of("Lower klotho was linked to frailty."), KL, "associated_with")
    assert c["polarity"] == "negative"
    # a word that ends in "at" before the flip ("mice that lack X") is no dose frame
    got = triples(claims_of("Mice that lack klotho grow twice the usual muscle mass."))
    assert not [t for t in got if t[:2] == (KL, "increases")]


def test_an_enumerating_opener_and_a_method_name_no_claim():
    assert not claims_of("Third, the assay relied on overexpression of klotho at high doses.")
    assert not claims_of("Our cell work relied on klotho overexpression.")
    # a process that relies on a molecule still does
    assert (KL, "required_for", "Repair") in triples(claims_of("Repair relies on klotho."))
    got = triples(claims_of("First, klotho raised TFAM."))
    assert got == {(KL, "increases", TFAM)}


def test_an_embedded_question_names_no_maker():
    assert not claims_of("We measured klotho only in lysates and cannot say which cells of "
                         "the niche produce it.")
    assert not claims_of("It is unclear what tissue releases klotho.")
    assert ("Cells of the niche", "increases", KL) in triples(
        claims_of("Cells of the niche produce klotho."))


def test_a_blunted_expansion_in_the_old_is_a_failed_induction():
    got = triples(claims_of("After a single bout of training, the expansion of TFAM-positive "
                            "cells was blunted in the older men."))
    assert {t[1] for t in got if t[0] == TFAM} == {"not_induced_in_aged"}
    assert not [t for t in got if t[0] == RT]
    got = triples(claims_of("The expansion of TFAM-positive cells after training remained "
                            "blunted in trained older men."))
    assert {t[1] for t in got if t[0] == TFAM} == {"not_induced_in_aged"}


def test_an_inverse_correlation_with_the_adverb_after_the_verb():
    c = one(claims_of("Across the cohort, klotho levels correlated inversely with gait speed."),
            KL, "associated_with", "gait speed")
    assert c["polarity"] == "negative"
    c = one(claims_of("Klotho varies inversely with gait speed."), KL, "associated_with")
    assert c["polarity"] == "negative"


def test_a_return_towards_young_levels_with_exercise():
    got = triples(claims_of("In old rats that trained, TFAM expression returned towards young "
                            "levels and SOX9 fell by about a third."))
    assert (TFAM, "induced_by_exercise", "trained") in got
    assert (TFAM, "preserved_by_training", "trained") in got
    assert not [t for t in got if t[0] == TFAM and t[1] == "increases"]


def test_re_established_is_a_restoration_of_its_own_clause():
    got = triples(claims_of("Training restored TFAM, cycling re-established SOX9 expression in "
                            "old mice, and training was linked to fewer weak fibres."))
    assert (SOX9, "induced_by_exercise", "AGEFACTS:cycling") in got
    assert (SOX9, "preserved_by_training", "AGEFACTS:cycling") in got
    assert not [t for t in got if t[0] == SOX9 and t[2] == RT]
    assert (TFAM, "preserved_by_training", RT) in got


def test_the_same_exercise_is_the_one_the_sentence_before_acted_with():
    got = triples(claims_of("Ten weeks of cycling lowered TFAM in the young. In the adults over "
                            "70, the same programme did not bring TFAM down at all."))
    c = [r for r in claims_of("Ten weeks of cycling lowered TFAM in the young. In the adults "
                              "over 70, the same programme did not bring TFAM down at all.")
         if r["negated"]]
    assert [(r["subject_id"], r["relation"], r["object_id"]) for r in c] == [
        (CYCLING, "decreases", TFAM)]
    assert not [t for t in got if t[0] == "adults over 70"]
    got = triples(claims_of("Weeks of cycling lowered TFAM. That programme didn't lower SOX9."))
    assert (CYCLING, "decreases", SOX9) in got
    # a "that" opening a reported clause is no demonstrative
    got = triples(claims_of("Weeks of cycling lowered TFAM. The authors argue that training "
                            "keeps SOX9 up."))
    assert (SOX9, "preserved_by_training", RT) in got
    # with no exercise before, the words stay as written
    got = triples(claims_of("Klotho lowered TFAM. The same programme did not lower SOX9."))
    assert ("same programme", "decreases", SOX9) in got


def test_expressed_at_lower_levels_in_the_old_and_an_appositive_of_phrase():
    got = triples(claims_of("Klotho was expressed at lower levels in aged stem cells."))
    assert got == {(KL, "declines_with_age", AGING)}
    # the relative clause and the main verb after "X, an inhibitor of Y signalling that ..."
    # speak of X, not Y
    got = triples(claims_of("Klotho, an inhibitor of AMPK signalling that keeps stem cells "
                            "dormant, was expressed at lower levels in aged stem cells."))
    assert (KL, "declines_with_age", AGING) in got
    assert not [t for t in got if t[0] == AMPK]
    assert not triples(claims_of("Klotho was expressed at lower levels than TFAM."))


def test_an_opening_experiment_clause_is_the_agent_of_the_change_after_it():
    got = triples(claims_of("When we overexpressed klotho in stem cells of old mice, the pool "
                            "was maintained."))
    assert got == {(KL, "increases", "pool")}
    c = one(claims_of("When they deleted klotho in young mice, repair fell."), KL, "increases")
    assert c["polarity"] == "positive"  # less klotho, less repair
    assert (KL, "increases", TFAM) in triples(
        claims_of("When we overexpressed klotho, TFAM rose."))
    # an animal or a clause with an exercise of its own is no outcome of the experiment
    assert not claims_of("When we deleted klotho, the mice were not protected.")
    assert not [t for t in triples(claims_of(
        "When the team removed klotho from old muscle, training no longer improved endurance."))
        if t[1] == "decreases"]


def test_old_muscle_holding_more_of_a_molecule_is_it_higher_with_age():
    got = triples(claims_of("The niche of old muscle contains more TFAM than that of young "
                            "muscle.", {"old": (AGING, "condition", "aging")}))
    assert got == {(TFAM, "associated_with", AGING)}
    got = triples(claims_of("Old muscle had more TFAM than young muscle."))
    assert got == {(TFAM, "associated_with", "MESH:D000375")}
