"""Session 31, round c (development leftovers): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

LEX = {**LEXICON, "NAD+": ("CHEBI:15846", "chemical", "NAD+"),
       "sirtuins": ("FPLX:HDAC_III", "family", "sirtuins")}


def test_a_supply_named_as_the_fuel_of_another_is_what_it_depends_on():
    for text in ("NAD+ is also the chief fuel of the sirtuins.",
                 "In the liver, NAD+ is a substrate for SIRT3.",
                 "NAD+ serves as a cofactor for SIRT3."):
        rows = claims_of(text, lexicon=LEX)
        target = "FPLX:HDAC_III" if "sirtuins" in text else "HGNC:14931"
        assert (target, "depends_on", "CHEBI:15846") in triples(rows), text
        # the pair is turned round: the supply depends on nothing
        assert not any(r["subject_id"] == "CHEBI:15846" for r in rows), text


def test_a_need_after_a_plural_head_is_a_reduced_relative():
    for text in ("SIRT3, an enzyme that turns on the genes needed to make fresh mitochondria, "
                 "is central to the account.",
                 "SIRT3 turns on the genes required for fat burning."):
        rows = claims_of(text, lexicon=LEXICON)
        assert not any(r["relation"] == "required_for" for r in rows), text
        assert any(r["subject_id"] == "HGNC:14931" and r["relation"] == "activates"
                   for r in rows), text
    # a member named by a copula or "one of" keeps the need
    for text in ("SIRT3 is one of the proteins needed for repair.",
                 "SIRT3 and TFAM are the genes needed for repair."):
        rows = claims_of(text, lexicon=LEXICON)
        assert ("HGNC:14931", "required_for", "repair") in triples(rows), text


LEX_D = {**LEXICON, "NovaCap": ("AGEFACTS:novacap", "intervention", "NovaCap")}


def test_a_fronted_product_whose_evidence_shows_a_change():
    rows = claims_of("For NovaCap, the clinical data show a rise in SIRT3 and little else.",
                     lexicon=LEX_D)
    assert ("AGEFACTS:novacap", "increases", "HGNC:14931") in triples(rows)
    rows = claims_of("For NovaCap, the trials so far found a fall in blood sugar.", lexicon=LEX_D)
    assert ("AGEFACTS:novacap", "decreases", "blood sugar") in triples(rows)
    # a group named as the topic is no agent; an exercise context keeps its reading
    rows = claims_of("For older adults, the data show a rise in SIRT3 after exercise.",
                     lexicon=LEX_D)
    assert ("HGNC:14931", "induced_by_exercise", "AGEFACTS:exercise") in triples(rows)


def test_a_denied_difference_restating_a_denied_association_is_no_second_claim():
    rows = claims_of("Despite what some magazines say, SIRT3 is not higher in the muscle of most "
                     "older people: in the largest study so far, it did not differ with age.",
                     lexicon=LEXICON)
    assert any(r["subject_id"] == "HGNC:14931" and r["relation"] == "associated_with"
               and r["negated"] for r in rows)
    assert not any(r["relation"] == "declines_with_age" for r in rows)
    # alone, the denied difference keeps its reading
    rows = claims_of("In the largest study, SIRT3 did not differ with age.", lexicon=LEXICON)
    assert any(r["relation"] == "declines_with_age" and r["negated"] for r in rows)


def test_a_denied_fall_in_a_group_after_training_is_the_trainings_denied_effect():
    rows = claims_of("SIRT3 did not fall in retired women after nine weeks of resistance training "
                     "in our cohort.", lexicon=LEXICON)
    assert any(r["subject_id"] == "AGEFACTS:resistance_training" and r["relation"] == "decreases"
               and r["object_id"] == "HGNC:14931" and r["negated"] for r in rows)
    assert not any(r["relation"] == "preserved_by_training" for r in rows)
    # with no training after the group, the denied fall stays an age reading
    rows = claims_of("SIRT3 did not fall in older adults.", lexicon=LEXICON)
    assert any(r["relation"] == "declines_with_age" and r["negated"] for r in rows)


def test_a_denied_rise_in_an_old_group_with_no_young_one_is_a_denied_induction():
    for text in ("Ten weeks of resistance training raised SIRT3 in older men. A comparable "
                 "programme, however, did not raise TFAM in women over 75.",
                 "In a trial of 120 older people, TFAM did not rise during nine months of "
                 "resistance training."):
        rows = claims_of(text, lexicon=LEXICON)
        assert any(r["subject_id"] == "HGNC:11741" and r["relation"] == "induced_by_exercise"
                   and r["negated"] for r in rows), text
        assert not any(r["relation"] == "not_induced_in_aged" for r in rows), text
        # "a comparable programme" names the exercise back: no written agent
        assert not any(r["subject_text"] and "programme" in r["subject_text"] for r in rows), text
