"""Session 34, round b (end to end and leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims
from tests.unit.claim_rows import found_mentions as _found


def test_the_programme_is_the_exercise_given_in_weeks():
    found = _claims("Forty older women did rowing drills on Mondays. Everyone then completed "
                    "twelve weeks of guided resistance training. Irisin rose by a third "
                    "over the programme.")
    assert ("HGNC:20240", "induced_by_exercise", "MESH:D055070") in found, found


def test_a_single_session_is_the_exercise_given_in_sessions():
    found = _claims("Forty older women did rowing drills on Mondays. Everyone then completed "
                    "three sessions of interval cycling every week. A single session lifted "
                    "plasma irisin in the younger adults inside an hour.")
    assert ("HGNC:20240", "induced_by_exercise", "MESH:D001642") in found, found


def test_treadmill_training_is_endurance_training():
    assert ("treadmill training", "MESH:D000076663") in _found(
        "Irisin climbed in the plasma of volunteers after three months of treadmill training.")
    found = _claims("Irisin climbed in the plasma of volunteers after three months of treadmill "
                    "training.")
    assert ("HGNC:20240", "induced_by_exercise", "MESH:D000076663") in found, found


def test_each_walk_is_walking():
    found = _claims("Every walk switches on SIRT3 in the calf muscle.")
    assert ("HGNC:14931", "induced_by_exercise", "MESH:D016138") in found, found
    assert ("each walk", "MESH:D016138") in _found("After each walk, SIRT3 rose a little.")
