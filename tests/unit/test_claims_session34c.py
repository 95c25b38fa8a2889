"""Session 34, round c (development leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims


def test_a_knockout_clause_after_a_need_only_shows_the_need():
    found = _claims("SIRT3 is needed for the fast wasting that follows: mice lacking it keep "
                    "much of their muscle when a limb is unloaded.")
    assert ("HGNC:14931", "required_for", "fast wasting") in found, found
    assert not any(r in ("increases", "decreases") for _, r, _ in found), found
    found = _claims("SIRT3 is required for the quick wasting that follows; rats bred without it "
                    "lose far less muscle after the nerve is cut.")
    assert not any(o == "far less muscle" for _, _, o in found), found


def test_blocking_that_spares_much_of_the_muscle_raises_the_loss():
    found = _claims("In rats, blocking SIRT3 during bed rest spared much of the muscle that "
                    "would otherwise have been lost.")
    assert ("HGNC:14931", "increases", "muscle loss") in found, found
    assert ("HGNC:14931", "decreases", "muscle") not in found, found
    found = _claims("In mice, blocking SIRT3 during hindlimb unloading spared much of the "
                    "muscle that would otherwise have been lost.")
    assert ("HGNC:14931", "increases", "muscle loss") in found, found
    assert not any(r == "increases" and o == "muscle" for _, r, o in found), found


def test_a_list_before_a_plural_appositive_is_the_subject():
    found = _claims("When a leg is kept still, SIRT3 and PGC-1a, two proteins that guard the "
                    "mitochondria, ramp up.")
    assert ("a leg is kept still", "increases", "HGNC:14931") in found, found
    assert ("a leg is kept still", "increases", "HGNC:9237") in found, found


def test_a_trained_group_compared_with_sedentary_peers():
    found = _claims("SIRT3 expression was higher in masters athletes than in sedentary peers "
                    "and was associated with greater VO2max.")
    assert ("HGNC:14931", "associated_with", "masters athletes") in found, found
    found = _claims("SIRT3 was not higher in masters athletes than in sedentary peers.")
    assert not any(o == "masters athletes" for _, _, o in found), found


def test_a_contrast_clause_shares_the_exercise_of_the_clause_before():
    found = _claims("Forty women completed twelve weeks of resistance training. Muscle SIRT3 "
                    "fell by roughly a fifth over the programme, whereas the number of "
                    "PAX7-positive cells rose.")
    assert ("HGNC:8621", "induced_by_exercise", "MESH:D055070") in found, found
    found = _claims("Running brought SIRT3 down, whereas PGC-1a rose.")
    assert ("HGNC:9237", "induced_by_exercise", "MESH:D012420") in found, found
    # another group's change of the same molecule, or a change with age, is not the exercise's
    found = _claims("Forty women completed twelve weeks of resistance training. SIRT3 fell "
                    "over the programme, while SIRT3 rose in the women who only rested.")
    assert ("HGNC:14931", "induced_by_exercise", "MESH:D055070") not in found, found
    found = _claims("Running brought SIRT3 down, while PGC-1a rose with age.")
    assert ("HGNC:9237", "induced_by_exercise", "MESH:D012420") not in found, found
