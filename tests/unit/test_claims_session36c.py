"""Session 36, round c (development leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims

_IL8 = "HGNC:6025"


def test_a_group_at_an_extreme_that_walked_fastest():
    found = _claims("In a Swiss survey of retired cyclists, those with the highest serum IL-8 "
                    "walked fastest, but that says nothing about cause.")
    assert (_IL8, "associated_with", "walking speed") in found, found


def test_a_group_at_an_extreme_that_died_sooner():
    found = _claims("In two large registries, people with the lowest IL-8 died sooner.")
    assert (_IL8, "associated_with", "mortality") in found, found
    # a group compared by what it had stays the existing reading
    found = _claims("Those with the highest IL-8 had the weakest grip.")
    assert not any(o == "mortality" for _, _, o in found), found


def test_a_lowering_denied_in_the_oldest_is_no_failed_induction():
    text = ("Six weeks of swimming lowered IL-8 in volunteers in their thirties but did not "
            "budge it in the over-eighties.")
    found = _claims(text)
    assert ("MESH:D013550", "decreases", _IL8) in found, found
    assert not any(r == "induced_by_exercise" for _, r, _ in found), found
    # a rise denied in the oldest keeps the exercise's induction
    found = _claims(text.replace("lowered", "raised"))
    assert (_IL8, "induced_by_exercise", "MESH:D013550") in found, found


def test_an_intervention_that_does_the_opposite_before_a_colon():
    found = _claims("Strict bed rest does the opposite: after eight weeks flat on their "
                    "backs, IL-8 climbed.")
    assert ("MESH:D001510", "increases", _IL8) in found, found
    found = _claims("Prolonged bed rest had the reverse effect: IL-8 rose by a third.")
    assert ("MESH:D001510", "increases", _IL8) in found, found


def test_a_benefit_lost_once_a_gene_was_deleted():
    found = _claims("In rats, swimming no longer improved memory once the SIRT3 gene was deleted.")
    assert ("HGNC:14931", "required_for", "memory") in found, found
    assert not any(r == "induced_by_exercise" for _, r, _ in found), found


def test_a_second_group_with_no_change_in_either_one():
    found = _claims("Twelve weeks of rowing raised IL-8 by a third and cut IL-6 by a fifth. The "
                    "swimming group showed no change in either one.")
    # the swimming's denied change takes each molecule's own direction from the rowing
    assert (_IL8, "induced_by_exercise", "MESH:D013550") in found, found
    assert ("MESH:D013550", "decreases", "HGNC:6018") in found, found
    assert ("HGNC:6018", "induced_by_exercise", "MESH:D013550") not in found, found


def test_a_moment_opening_the_clause_is_no_agent():
    found = _claims("Upon activation, satellite cells induce IL-8, which commits them to repair.")
    assert not any(s and s.lower().startswith("upon") for s, _, _ in found), found
