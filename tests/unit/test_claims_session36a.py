"""Session 36, round a (held-out 40): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims


def test_a_drug_named_by_an_appositive_that_blocks_a_target():
    found = _claims("Rapamycin, an old compound that blocks mTORC1, was fed to mice.")
    assert ("MESH:D020123", "inhibits", "FPLX:mTORC1") in found, found
    # the flip phrase without a name before it stays a flip
    found = _claims("Drugs that block myostatin build muscle.")
    assert ("HGNC:4223", "decreases", "muscle") in found, found


def test_a_kinase_that_starts_a_process():
    found = _claims("In fasted cells AMPK switches on ULK1, the enzyme that starts autophagy.")
    assert ("HGNC:12558", "activates", "MESH:D001343") in found, found
    found = _claims("She started running at sixty and IL-6 fell.")
    assert not any(r == "activates" for _, r, _ in found), found


def test_an_enzyme_that_lengthens_its_object():
    found = _claims("Telomerase, a protein that lengthens telomeres, climbed in the swimmers.")
    assert ("HGNC:11730", "increases", "telomeres") in found, found


def test_a_protein_that_brakes_a_process():
    found = _claims("Myostatin, a signal that brakes the making of fresh muscle, dropped.")
    assert ("HGNC:4223", "inhibits", "making of fresh muscle") in found, found


def test_a_group_given_extra_of_a_gene_lives_longer():
    found = _claims("Mice engineered to make extra SIRT3 live longer than ordinary mice.")
    assert ("HGNC:14931", "increases", "lifespan") in found, found
    found = _claims("Mice lacking SIRT3 live longer.")
    assert ("HGNC:14931", "decreases", "lifespan") in found, found


def test_a_knockout_with_small_weak_fibres():
    found = _claims("Mice lacking SIRT3 have small, weak muscle fibres.")
    assert ("HGNC:14931", "increases", "muscle fibre size") in found, found
    assert not any(o == "small" for _, _, o in found), found


def test_muscles_that_grew_larger_in_a_fronted_group():
    found = _claims("In rats given extra follistatin, muscles grew far bigger than usual.")
    assert ("HGNC:3971", "increases", "muscle size") in found, found
    found = _claims("In mice lacking myostatin, the muscles grew much larger than usual.")
    assert ("HGNC:4223", "decreases", "muscle size") in found, found


def test_an_adverb_closing_the_sentence_is_no_object():
    found = _claims("In old rats, IL-6 rose steadily.")
    assert not any(o == "steadily" for _, _, o in found), found


def test_shielded_from_some_of_the_harm_of_a_condition():
    found = _claims("Irisin might protect neurons from some of the harm of Alzheimer's disease.")
    assert ("HGNC:20240", "decreases", "MESH:D000544") in found, found
    found = _claims("Irisin may protect muscle from some of the effects of sarcopenia.")
    assert not any((o or "").startswith("of ") for _, _, o in found), found


def test_dance_and_gardening_are_exercise():
    found = _claims("Two years of monthly dance lessons raised BDNF in pensioners.")
    assert any(s == "HGNC:1033" and r == "induced_by_exercise" for s, r, _ in found), found
    found = _claims("Weekly gardening raised IL-10.")
    # (session 36, round d: gardening is a lexicon intervention now, so the side is grounded)
    assert ("HGNC:5962", "induced_by_exercise", "agefacts.intervention:gardening") in found, found


def test_a_knockout_that_gets_none_of_a_benefit():
    found = _claims("Rats that lack SIRT3 gain none of the strength boost that swimming usually "
                    "gives.")
    assert ("HGNC:14931", "required_for", "strength boost") in found, found


def test_a_knockout_that_did_not_step_up_a_process():
    found = _claims("Rats whose hearts lacked SIRT3 did not step up autophagy while swimming.")
    assert ("HGNC:14931", "required_for", "MESH:D001343") in found, found


def test_a_hedged_sign_of_a_condition():
    found = _claims("Low SIRT3 in serum could be a useful sign of sarcopenia, though nobody is "
                    "sure.")
    assert ("HGNC:14931", "associated_with", "MESH:D055948") in found, found
    found = _claims("IL-6 could be an early sign of frailty.")
    assert any(s == "HGNC:6018" and r == "associated_with" for s, r, _ in found), found


def test_a_quoted_promise_with_no_good_evidence_for_it():
    found = _claims('A poster says that a berry powder "turns on SIRT3, the youth '
                    'gene". A nurse told us there is little real proof for that.')
    assert not any(o == "HGNC:14931" for _, _, o in found), found
