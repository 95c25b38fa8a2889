"""Session 33, round c (end to end and leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims
from tests.unit.claim_rows import found_mentions as _found


def test_a_limb_in_a_brace_is_disuse():
    found = _claims("Three weeks with an arm in a brace lowered SIRT3 in the forearm muscle.")
    assert ("agefacts.intervention:disuse", "decreases", "HGNC:14931") in found, found
    assert ("knee brace", "agefacts.intervention:disuse") in _found(
        "Atrogin-1 climbed in students who wore a knee brace for a week.")


def test_a_short_symbol_called_an_inflammatory_molecule_is_the_gene():
    found = _found("Four weeks of swimming cut TNF, a key inflammatory messenger, in old mice.")
    assert ("TNF", "HGNC:11892") in found, found


def test_a_fall_suffered_is_an_accidental_fall_but_a_fall_in_a_level_is_not():
    found = _claims("Among elderly women, the ones with the highest GDF15 had more often "
                    "reported a fall within five years.")
    assert ("HGNC:30142", "associated_with", "MESH:D000058") in found, found
    assert not any(e == "MESH:D000058" for _, e in _found(
        "There was a fall in blood NAD+ after the fast, and a fall of 20% in ATP."))


def test_rowing_is_an_exercise_that_restores():
    found = _claims("Eight weeks of rowing brought SIRT3 back to young levels in old rats.")
    assert {r for s, r, _ in found if s == "HGNC:14931"} >= {
        "preserved_by_training", "induced_by_exercise"}, found
    # a rowing club is a setting, not the exercise
    found = _claims("The rowing club measured SIRT3 in its members.")
    assert not any(r in ("induced_by_exercise", "preserved_by_training") for _, r, _ in found)
