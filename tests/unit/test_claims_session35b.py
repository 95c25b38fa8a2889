"""Session 35, round b (end to end): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims
from tests.unit.claim_rows import found_mentions as _found


def test_a_whey_shake_is_whey_protein():
    assert ("whey shake", "MESH:D000067816") in _found(
        "After the session, a whey shake raised S6K1 activity in the older women.")
    found = _claims("After the session, a whey shake raised S6K1 activity in the older women.")
    assert any(s == "MESH:D000067816" and r == "increases" for s, r, _ in found), found


def test_denervated_muscle_is_denervation():
    assert ("denervated muscle", "MESH:D009121") in _found(
        "SMAD4, a factor that accumulates in denervated muscle, turns on atrogin-1.")


def test_apj_is_the_apelin_receptor():
    assert ("APJ", "HGNC:339") in _found(
        "Rats without APJ in their fibres lost grip strength sooner than their littermates.")
