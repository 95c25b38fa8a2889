"""Session 33, round a (held-out 37): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_quads as _claims


def test_a_lifter_s_sets_are_exercise():
    found = _claims("Heavy sets switch on AMPK, the sensor that reads the cell's fuel.")
    assert any(s == "FPLX:AMPK" and r == "induced_by_exercise" for s, r, _, _ in found), found
    assert not any(r == "activates" and o == "FPLX:AMPK" for _, r, o, _ in found), found
    found = _claims("SIRT1 climbed after six sets of squats in the students.")
    assert any(s == "HGNC:14929" and r == "induced_by_exercise" for s, r, _, _ in found), found


def test_an_interval_plan_brings_a_molecule_back_to_young_levels():
    # the guide's "back to young levels" with an exercise as the agent: both relations
    for text in ("Older muscle holds less SIRT1. A ten-week interval plan brought it back to "
                 "young levels in older women.",
                 "Older muscle holds less SIRT1. An eight-week interval programme restored "
                 "it in older women."):
        found = _claims(text)
        rels = {r for s, r, _, _ in found if s == "HGNC:14929"}
        assert {"preserved_by_training", "induced_by_exercise"} <= rels, found


def test_a_trained_group_keeps_a_molecule_at_young_levels():
    found = _claims("Older muscle contains less SIRT1 than young muscle, but in veteran rowers "
                    "its level is no lower than in young undergraduates.")
    kept = [o for s, r, o, _ in found if s == "HGNC:14929" and r == "preserved_by_training"]
    # the group is the setting, written: not exercise itself grounded in its place
    assert kept and "MESH:D015444" not in kept, found


def test_a_group_picked_by_the_size_of_a_rise_ranked_on_a_test():
    found = _claims("Irisin went up after twelve weeks of swimming; those with the largest increase did "
                    "best on a memory test.")
    assert ("HGNC:20240", "associated_with", "MESH:D008568", False) in found, found
    assert not any(s and s.startswith("with the") for s, _, _, _ in found), found


def test_a_group_picked_by_a_molecule_after_a_programme():
    # the programme is when the molecule was measured, not a second side of the association
    found = _claims("Among elderly volunteers, those with the most irisin in their serum after a walking "
                    "programme showed the biggest gains in grip strength.")
    assert ("HGNC:20240", "associated_with", "MESH:D018737", False) in found, found
    assert not any(r == "associated_with" and s == "MESH:D016138" for s, r, _, _ in found), found


def test_a_factor_that_a_kinase_keeps_shut_out_of_the_nucleus():
    # the kept one heads the relative clause: no written "shut out of the nucleus" object
    found = _claims("The two genes are activated by FOXO1, a protein that AKT "
                    "usually keeps shut out of the nucleus.")
    assert any(r == "inhibits" and o == "HGNC:3819" for _, r, o, _ in found), found
    assert not any(o and "nucleus" in o for _, _, o, _ in found), found


def test_a_change_early_in_a_disuse_period():
    found = _claims("MuRF1 and atrogin-1 jumped in the opening days of bed rest.")
    assert ("MESH:D001510", "increases", "HGNC:16007", False) in found, found
    assert ("MESH:D001510", "increases", "HGNC:16731", False) in found, found


def test_marked_cells_that_become_fewer_with_age():
    found = _claims("Muscle stem cells bear PAX7, and PAX7-positive cells grow rarer "
                    "with age.")
    assert any(s == "HGNC:8621" and r == "declines_with_age" for s, r, _, _ in found), found


def test_marked_cells_that_multiply_with_retraining_in_the_young_only():
    found = _claims("After the cast came off, PAX7-positive cells in the thighs of young men "
                    "multiplied with renewed training, whereas in older men they barely expanded.")
    rels = {r for s, r, _, _ in found if s == "HGNC:8621"}
    assert {"induced_by_exercise", "not_induced_in_aged"} <= rels, found
    assert "associated_with" not in rels, found


def test_a_molecule_s_burst_named_back():
    found = _claims("When you swim, the contracting muscles pour out IL-6. The burst raises IL-10.")
    assert ("HGNC:6018", "increases", "HGNC:5962", False) in found, found
    assert not any(s and "burst" in s for s, _, _, _ in found), found
