"""Session 33, round b (end to end and leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims
from tests.unit.claim_rows import found_mentions as _found


def test_spaceflight_and_a_plaster_cast_are_unloading_interventions():
    found = _claims("After a month of spaceflight, rat muscle switches on atrogin-1.")
    assert ("agefacts.intervention:spaceflight", "activates", "HGNC:16731") in found, found
    found = _claims("Myostatin climbs when an arm is held in a plaster cast for two weeks.")
    assert ("agefacts.intervention:disuse", "increases", "HGNC:4223") in found, found


def test_lifelong_exercisers_are_lifelong_training():
    assert ("lifelong exercisers", "agefacts.intervention:lifelong_exercise_training") in _found(
        "Blood IL-6 was lower in lifelong exercisers than in sedentary peers.")


def test_a_molecule_that_marks_a_fibre_without_its_nerve_goes_with_denervation():
    # the fibre as the subject of a marking verb, and the molecule as the one that piles up
    found = _claims("Denervated fibres switch on RUNX1, a factor seen in embryonic muscle.")
    assert any(s == "HGNC:10471" and r == "associated_with" for s, r, _ in found), found
    found = _claims("HDAC4, a deacetylase that builds up once muscle is denervated, switches on myogenin.")
    assert any(s == "HGNC:14063" and r == "associated_with" for s, r, _ in found), found
    assert not any(s == "HGNC:7612" and r == "associated_with" for s, r, _ in found), found
    found = _claims("Cells high in RUNX1 and MYOG, which each reappear once a cell loses its "
                    "motor nerve, were frequent in the oldest mice.")
    assert {s for s, r, _ in found if r == "associated_with"} >= {"HGNC:10471", "HGNC:7612"}, found
    # a noun ("re-expression") is no marking verb
    found = _claims("Loss of MUSK will raise RUNX1 re-expression, consistent with denervation.")
    assert not any(r == "associated_with" for _, r, _ in found), found
