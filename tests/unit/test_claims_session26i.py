"""Session 26, end-to-end round 3 (precision): false claims our own grounding let the reader
build (a condition's definition read as a loss associated with age, a quantifier left as the
written subject after a fronted clause, a molecule named inside an appositive that describes
another, a written subject holding "them"); made-up sentences, read with the real entity
extractor."""

from __future__ import annotations

import pytest
from test_claims import triples
from test_claims_session24c import e2e_claims

AGEING = {"declines_with_age", "induced_by_exercise", "preserved_by_training",
          "not_induced_in_aged", "associated_with"}


@pytest.mark.parametrize(
    "text",
    [
        "Frailty, the loss of muscle mass and strength that accompanies aging, is a leading "
        "cause of falls.",
        "Frailty, the gradual decline in strength that comes with ageing, worries doctors.",
    ],
)
def test_a_definition_of_a_loss_is_no_association_with_age(text):
    rows = e2e_claims(text)
    assert not [r for r in rows if r["relation"] in AGEING and r["subject_id"] is None]


def test_a_molecule_still_declines_with_age_beside_a_loss():
    rows = e2e_claims("The loss of SIRT3 was associated with IL-6 in older rats.")
    assert ("HGNC:14931", "associated_with", "HGNC:6018") in triples(rows)


@pytest.mark.parametrize(
    "text",
    [
        "From about middle age, most adults slowly lose muscle mass.",
        "From midlife on, most sedentary people gradually lose strength.",
        "Several trials gave NAD+ pills to older adults, and none improved grip strength.",
    ],
)
def test_a_quantifier_alone_is_no_written_subject(text):
    rows = e2e_claims(text)
    assert not [r for r in rows if r["subject_id"] is None]


@pytest.mark.parametrize(
    "text",
    [
        "At baseline, SIRT3 protein, the key enzyme of the NAD+ salvage pathway, was 30% lower "
        "in the older participants than in the young group.",
        "After training, SIRT3, the master regulator of mitochondrial biogenesis, rose fourfold "
        "in the young men but barely doubled in the older men.",
    ],
)
def test_a_molecule_in_an_appositive_shares_no_claim_with_its_head(text):
    rows = e2e_claims(text)
    subjects = {r["subject_id"] for r in rows}
    assert "HGNC:14931" in subjects
    assert subjects <= {"HGNC:14931"}


def test_a_written_subject_with_them_is_no_agent():
    rows = e2e_claims("Senescent cells pile up in old muscle. Removing them with a drug "
                      "improved grip strength in old animals.")
    assert not [r for r in rows if r["subject_text"] and "them" in r["subject_text"]]


def test_it_after_a_knockout_still_reads_back():
    rows = e2e_claims("SIRT3 falls with age. Mice lacking it lost more muscle mass.")
    assert ("HGNC:14931", "declines_with_age", "MESH:D000375") in triples(rows)
