"""Session 32, round c (development leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_quads as _claims


def test_a_change_after_the_sentence_before_s_intervention():
    # the intervention is named only in the sentence before; the change here is its change
    found = _claims("Ten days of bed rest raised MuRF1 by a fifth. PGC-1α, a protein that builds "
                    "mitochondria, fell by almost a third over the same ten days.")
    assert any(r == "decreases" and o == "HGNC:9237" and not n for _, r, o, n in found), found
    found = _claims("A week of bed rest raised myostatin in healthy men. In the same volunteers, "
                    "signalling through mTORC1, the hub that builds protein, fell by a quarter.")
    assert any(r == "decreases" and o == "FPLX:mTORC1" and not n for _, r, o, n in found), found
    found = _claims("Twelve weeks of rowing lowered myostatin in older women by a quarter. "
                    "Blood IL-6 did not change.")
    assert any(r == "decreases" and o == "HGNC:6018" and n for _, r, o, n in found), found
    # a group the intervention did not reach is no change it made
    found = _claims("Twelve weeks of rowing lowered myostatin in older women by a quarter. "
                    "Blood IL-6 did not change in the controls.")
    assert not any(o == "HGNC:6018" for _, _, o, _ in found), found


def test_an_old_tissue_that_tends_to_carry_more_of_a_molecule():
    found = _claims("Older muscle tends to carry more myostatin, a protein that stops growth.")
    assert ("HGNC:4223", "associated_with", "MESH:D000375", False) in found, found


def test_an_outcome_denied_between_the_arms_after_a_treatment():
    # the treatment named in the sentence before; the outcome's difference between arms denied
    found = _claims("Urolithin A raised PINK1 in the muscle of older adults. Grip strength and "
                    "walking speed, however, did not differ between the groups.")
    assert ("agefacts.intervention:urolithin_a", "increases", "MESH:D000072797", True) in found, found
    # not without a comparison of the arms
    found = _claims("Urolithin A raised PINK1 in the muscle of older adults. Grip strength "
                    "did not differ.")
    assert not any(o == "MESH:D018737" for _, _, o, _ in found), found


def test_age_as_the_agent_of_a_written_outcome_is_no_claim():
    # no molecule on either side: the guide's chit-chat (hand-built mentions: the age phrase
    # is the document's aging entity, as the labelled texts mark it)
    from test_claims import LEXICON, claims_of, triples

    lexicon = {**LEXICON, "ageing": ("AGEFACTS:aging", "condition", "aging"),
               "age": ("AGEFACTS:aging", "condition", "aging")}
    for text in ("Ageing is slow. From about the age of 45 most of us lose a little muscle "
                 "each year.",
                 "Ageing is slow. With ageing, we slowly lose muscle mass and power."):
        found = triples(claims_of(text, lexicon=lexicon))
        assert not any(s == "AGEFACTS:aging" for s, _, _ in found), found
    # a molecule keeps its claim
    found = triples(claims_of("Ageing is slow. With ageing, SIRT1 falls.", lexicon=lexicon))
    assert found, found
