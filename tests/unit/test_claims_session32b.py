"""Session 32, round b (end to end and leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims


def test_an_object_pronoun_after_a_named_exercise_is_the_molecule():
    # the exercise is grounded (a named programme), so it is handed on as the next verb's
    # subject; the object pronoun of that verb is the molecule, not the exercise itself
    found = _claims("Cycling raised NAMPT in young mice but failed to raise it in old mice.")
    assert ("HGNC:30092", "not_induced_in_aged", "old") in found
    found = _claims("Swimming raised NAMPT in young rats but did not raise it in old rats.")
    assert any(r == "not_induced_in_aged" and s == "HGNC:30092" for s, r, _ in found)


def test_a_weaker_rise_in_the_old_after_a_sentence_that_trained():
    # the programme named three sentences back; the sentence before acts with a bare "training"
    found = _claims("Ten weeks of resistance training raised irisin. Blood markers. After the "
                    "programme, training raised FGF21, a hormone that helps fibres grow, and lowered "
                    "myostatin, a protein that holds growth back. With training, myostatin fell "
                    "in both age groups. FGF21, however, rose less in the older men than in the young.")
    assert any(r == "not_induced_in_aged" for _, r, _ in found), found
