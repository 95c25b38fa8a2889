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
