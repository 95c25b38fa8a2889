"""Session 31, round b (end to end): made-up sentences of the shapes the entity stage missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims
from tests.unit.claim_rows import found_mentions as _found


def test_treadmill_running_is_running_whole():
    found = _found("After an hour of treadmill running, irisin rose in young rats.")
    assert ("treadmill running", "MESH:D012420") in found


def test_written_names_of_a_receptor_and_a_myokine():
    found = _found("Blocking the activin type IIB receptor raised lean mass in older men.")
    assert ("activin type IIB receptor", "HGNC:174") in found
    found = _found("Subfatin, also called meteorin-beta, rose after cycling.")
    assert ("Subfatin", "HGNC:27584") in found and ("meteorin-beta", "HGNC:27584") in found


def test_an_exercise_whose_first_word_is_the_context_is_that_exercise():
    # a document that has named another exercise before: the bare word is not "exercise"
    found = _claims("After ten weeks of walking, IL-6 fell by a fifth. Irisin, which fat cells "
                    "release into the blood, rose twofold in young mice after forty minutes of "
                    "treadmill running, but in aged mice the increase was far smaller.")
    assert ("HGNC:20240", "induced_by_exercise", "MESH:D012420") in found
    assert ("HGNC:20240", "induced_by_exercise", "MESH:D015444") not in found
