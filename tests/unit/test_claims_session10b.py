"""Claim classes from held-out set 11 (a grant's aims page, a conference live-blog), each on
made-up sentences with a case that must not change."""

from __future__ import annotations

from tests.unit.test_claims import triples
from tests.unit.test_claims_session10 import NAMPT, SOX9, claims_of


def test_a_research_aim_asking_how_asserts_nothing():
    assert claims_of("Aim 1. Define how aging alters the exercise response of the SOX9–NAMPT "
                     "pathway in human muscle.") == []
    assert claims_of("Determine how SOX9 activates NAMPT.") == []
    # a report of how something works still asserts it
    got = triples(claims_of("We showed how SOX9 activates NAMPT."))
    assert got == {(SOX9, "activates", NAMPT)}


def test_two_verbs_of_an_appositive_relative_clause_share_its_head():
    got = triples(claims_of("After training, SOX9, the protein that binds and blocks NAMPT, "
                            "climbed by about a quarter."))
    assert (SOX9, "inhibits", NAMPT) in got
    assert not [t for t in got if t[0] == "binds"]
    got = triples(claims_of("NAMPT, which binds and activates SOX9, rose."))
    assert got == {(NAMPT, "activates", SOX9)}
    # a first verb with its own object keeps working as before
    got = triples(claims_of("SOX9, which docks onto NAMPT and blocks it, fell."))
    assert got == {(SOX9, "inhibits", NAMPT)}


def test_a_change_along_with_another_has_no_object():
    got = triples(claims_of("After training, SOX9 rose along with NAMPT."))
    assert got == {(SOX9, "induced_by_exercise", "training")}
    got = triples(claims_of("In older adults, SOX9 rose along with it."))
    assert not [t for t in got if "along" in str(t[2])]
    # a plain object is still an object
    assert triples(claims_of("SOX9 raised NAMPT.")) == {(SOX9, "increases", NAMPT)}
