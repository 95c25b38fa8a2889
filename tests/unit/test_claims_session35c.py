"""Session 35, round c (development leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims


def test_a_sign_appositive_with_a_sample_word_before_its_noun():
    found = _claims("Cyclists tend to have lower IL-6, a blood marker of inflammation, than "
                    "sedentary people of the same age.")
    assert ("HGNC:6018", "associated_with", "MESH:D007249") in found, found
    found = _claims("CRP, a serum marker of inflammation, was higher in the older group.")
    assert ("HGNC:2367", "associated_with", "MESH:D007249") in found, found


def test_a_list_before_a_counted_sign_appositive_after_a_verb():
    found = _claims("Older adults had higher IL-6 and CRP, two markers of low-grade "
                    "inflammation, than the young.")
    assert ("HGNC:6018", "associated_with", "MESH:D007249") in found, found
    assert ("HGNC:2367", "associated_with", "MESH:D007249") in found, found


def test_a_diagnosis_of_a_condition_is_the_condition():
    found = _claims("In one cohort, low SIRT3 was linked to a diagnosis of sarcopenia after "
                    "adjusting for age.")
    assert ("HGNC:14931", "associated_with", "MESH:D055948") in found, found
    found = _claims("High IL-6 predicted a diagnosis of frailty.")
    assert ("HGNC:6018", "associated_with", "MESH:D000073496") in found, found


def test_a_study_name_in_capitals_is_no_active_group():
    found = _claims("In the ACTIVE-65 biopsies, SIRT3-positive cells were three times more "
                    "common in adults over 70 than in those under 35.")
    assert ("HGNC:14931", "associated_with", "MESH:D000375") in found, found
