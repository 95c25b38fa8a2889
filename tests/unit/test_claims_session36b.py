"""Session 36, round b (end to end): made-up sentences of the shapes missed or misread."""

from __future__ import annotations

from tests.unit.claim_rows import claim_triples as _claims
from tests.unit.claim_rows import found_mentions as _found

_DISUSE = "agefacts.intervention:disuse"
_ROWING = "agefacts.intervention:rowing"
_FALLS = "MESH:D000058"


def test_a_limb_in_a_cast_is_disuse():
    text = "When an arm spends three weeks in a cast, FBXO32 and TRIM63 rise within days."
    assert ("in a cast", _DISUSE) in _found(text)
    found = _claims(text)
    assert (_DISUSE, "increases", "HGNC:16007") in found, found
    assert (_DISUSE, "increases", "HGNC:16731") in found, found


def test_sculling_is_rowing():
    text = "Ten weeks of sculling lowered IL-8 in the older crews."
    assert ("sculling", _ROWING) in _found(text)
    assert (_ROWING, "decreases", "HGNC:6025") in _claims(text)


def test_a_measured_amount_that_falls_is_no_accident():
    text = "In mice given the drug, AMPK activity falls and fewer cells die."
    assert not any(e == _FALLS for _, e in _found(text))
    text = "Serum levels falling after the race were common among the walkers."
    assert not any(e == _FALLS for _, e in _found(text))
    # a fall suffered by a person stays the condition
    assert ("falls", _FALLS) in _found("Elderly men with little vitamin D suffer more falls.")
    assert ("falls", _FALLS) in _found("Balance classes cut the number of falls.")


def test_an_abbreviation_in_brackets_is_blocked_as_its_name():
    text = "Compounds that block activin type IIB receptor (ACVR2B) raised lean mass in mice."
    found = _claims(text)
    assert ("HGNC:174", "decreases", "MESH:D001823") in found, found
    assert ("HGNC:174", "increases", "MESH:D001823") not in found, found
    found = _claims("Blocking myostatin (GDF8) increased lean mass in older adults.")
    assert found == {("HGNC:4223", "decreases", "MESH:D001823")}, found
    found = _claims("Myostatin (GDF8) lowered lean mass in older adults.")
    assert found == {("HGNC:4223", "decreases", "MESH:D001823")}, found


def test_a_lacking_group_that_ran_gained_no_process():
    found = _claims("Old SIRT3-heterozygous mice that ran for a month gained no mitophagy flux.")
    assert ("HGNC:14931", "required_for", "mitophagy flux") in found, found
    assert not any(r == "induced_by_exercise" for _, r, _ in found), found
    found = _claims("Mice lacking SIRT3 that ran for six weeks gained no mitophagy flux.")
    assert ("HGNC:14931", "required_for", "mitophagy flux") in found, found
    # a group lacking nothing still reads the failed induction
    found = _claims("Old mice that ran for six weeks gained no mitophagy flux.")
    assert any(r == "induced_by_exercise" for _, r, _ in found), found


def test_a_supplement_raising_its_own_level_is_no_claim():
    found = _claims("In a pilot study of older women, NAD+ precursor tablets lifted NAD+ levels "
                    "in the thigh but did not raise SIRT3 activity.")
    assert found == {("agefacts.intervention:nad_precursors", "increases", "HGNC:14931")}, found
    found = _claims("In aged rats, an NAD+ precursor lifted NAD+ levels in the liver but did not "
                    "switch on PGC-1α.")
    assert found == {("agefacts.intervention:nad_precursors", "activates", "HGNC:9237")}, found


def test_less_in_older_muscle_is_a_decline_only():
    found = _claims("Older muscle, he says, has less TFEB activity, and debris builds up.")
    assert any(s == "HGNC:11753" and r == "declines_with_age" for s, r, _ in found), found
    assert not any(s == "HGNC:11753" and r == "associated_with" for s, r, _ in found), found


def test_a_removal_told_after_the_denied_benefit():
    found = _claims("In mice, cycling did not improve memory if the BDNF gene had been silenced.")
    assert found == {("HGNC:1033", "required_for", "MESH:D008568")}, found
    # no removal: the exercise's denied benefit stays
    found = _claims("Swimming did not improve memory in old rats.")
    assert ("MESH:D013550", "increases", "MESH:D008568") in found, found
