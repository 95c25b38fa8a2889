"""Session 36, round a (held-out 40): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims


def test_a_drug_named_by_an_appositive_that_blocks_a_target():
    found = _claims("Rapamycin, a drug that blocks mTORC1, was given to old rats.")
    assert ("MESH:D020123", "inhibits", "FPLX:mTORC1") in found, found
    # the flip phrase without a name before it stays a flip
    found = _claims("Drugs that block myostatin build muscle.")
    assert ("HGNC:4223", "decreases", "muscle") in found, found


def test_a_kinase_that_starts_a_process():
    found = _claims("AMPK turns on ULK1, the kinase that starts autophagy in starved cells.")
    assert ("HGNC:12558", "activates", "MESH:D001343") in found, found
    found = _claims("She started running at sixty and IL-6 fell.")
    assert not any(r == "activates" for _, r, _ in found), found


def test_an_enzyme_that_lengthens_its_object():
    found = _claims("Telomerase, the enzyme that lengthens telomeres, rose in the runners.")
    assert ("HGNC:11730", "increases", "telomeres") in found, found


def test_a_protein_that_brakes_a_process():
    found = _claims("Myostatin, a protein that brakes the building of new muscle, fell.")
    assert ("HGNC:4223", "inhibits", "building of new muscle") in found, found
