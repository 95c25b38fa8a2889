"""Session 36, round d (end to end): made-up sentences of the shapes missed or misread."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims
from tests.unit.claim_rows import found_mentions as _found

_AGING = "MESH:D000375"
_GARDENING = "agefacts.intervention:gardening"


def test_an_antibody_is_named_by_its_nonproprietary_name():
    text = "Fooximab, an antibody that blocks myostatin, raised lean mass in older men."
    assert ("Fooximab", "agefacts.intervention:fooximab") in _found(text)
    found = _claims(text)
    assert ("agefacts.intervention:fooximab", "inhibits", "HGNC:4223") in found, found
    # the same name lower-case in the middle of a sentence
    text = "In the trial, barzumab lowered IL-6 in frail women."
    assert ("barzumab", "agefacts.intervention:barzumab") in _found(text)
    # a word merely ending in "mab" of fewer letters is no antibody
    assert not any(e.startswith("agefacts.intervention:") for _, e in _found("A jab of Xmab."))


def test_gardening_is_an_intervention():
    text = "Ten weeks of allotment gardening lowered IL-6 in the older volunteers."
    assert ("gardening", _GARDENING) in _found(text)
    assert (_GARDENING, "decreases", "HGNC:6018") in _claims(text)


def test_an_ageing_marker_is_no_age_side():
    text = "In older men, three weeks in bed raised the ageing marker CDKN2A in thigh muscle."
    assert not any(e == _AGING for _, e in _found(text))
    assert not any(_AGING in (s, o) for s, _, o in _claims(text))
    text = "Aging biomarkers such as IL-6 rose with bed rest."
    assert not any(e == _AGING for _, e in _found(text))
    # ageing as the process stays a mention
    assert ("ageing", _AGING) in _found("Muscle ageing lowers PGC-1α in mice.")


def test_having_trained_for_years_is_lifelong_training():
    text = "Retired women who had trained for years kept as much SIRT3 in muscle as students."
    assert ("trained for years", "agefacts.intervention:lifelong_exercise_training") in _found(
        text)


def test_a_grounded_outcome_after_a_notes_arrow():
    # end to end the outcomes are grounded (a process, a condition); the arrow still links them
    found = _claims("Notes: cycling ↑ IGF-1 in serum (+ liver in rats) → neurogenesis, memory.")
    assert ("HGNC:5464", "increases", "MESH:D055495") in found, found
    assert ("HGNC:5464", "increases", "MESH:D008568") in found, found
    # a step a chain arrow leads to is the chain's, not an outcome as well
    found = _claims("IGF-1 → autophagy → better muscle.")
    assert ("HGNC:5464", "increases", "MESH:D001343") not in found, found


def test_a_low_grade_condition_is_no_flip():
    found = _claims("IL-1β, one of the signals that drives low-grade inflammation, rose in old rats.")
    assert ("HGNC:5992", "increases", "MESH:D007249") in found, found
    assert ("HGNC:5992", "decreases", "MESH:D007249") not in found, found


def test_a_name_in_an_appositive_is_not_what_rose():
    text = ("Young and older men did an hour of rowing. SIRT3, the master regulator of TFAM, "
            "rose fivefold in the young riders, yet barely doubled in the older riders.")
    found = _claims(text)
    assert ("HGNC:14931", "induced_by_exercise", "agefacts.intervention:rowing") in found, found
    assert not any(s == "HGNC:11741" and r in ("induced_by_exercise", "not_induced_in_aged")
                   for s, r, _ in found), found
