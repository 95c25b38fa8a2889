"""Session 33, round d (development leftovers): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_quads as _claims


def test_an_old_group_has_much_less_of_it():
    # a degree adverb between the verb of having and "less": the molecule named back goes
    # with age, as "older people have less of it" already did
    for text, gene in (("Irisin matters, because aged rats have far less of it.", "HGNC:20240"),
                       ("SIRT1 is a sensor. Older people have substantially less of it.",
                        "HGNC:14929")):
        found = _claims(text)
        assert any(s == gene and r == "declines_with_age" for s, r, _, _ in found), found
    # denied: no claim
    found = _claims("SIRT1 is a sensor. Older people do not have much less of it.")
    assert not any(r == "declines_with_age" and not n for _, r, _, n in found), found


def test_switched_on_when_an_effort_drains_the_fuel():
    # the exercise opens an adverbial clause after its own subject: an occasion of the change
    for text, gene in (("SIRT1 is activated when a hard effort drains the fuel.", "HGNC:14929"),
                       ("AMPK is switched on when you exercise.", "FPLX:AMPK")):
        found = _claims(text)
        assert any(s == gene and r == "induced_by_exercise" for s, r, _, _ in found), found
    # no exercise in the clause: no exercise context
    found = _claims("SIRT1 is activated when the drug is given.")
    assert not any(r == "induced_by_exercise" for _, r, _, _ in found), found


def test_a_change_over_the_programme_named_before():
    # the programme named back in an adjunct is the training the document named
    found = _claims("Forty women finished twelve weeks of resistance training. Irisin fell by a "
                    "fifth over the programme.")
    assert ("MESH:D055070", "decreases", "HGNC:20240", False) in found, found
    found = _claims("Forty women finished twelve weeks of resistance training. SIRT1 rose "
                    "during the programme.")
    assert any(s == "HGNC:14929" and r == "induced_by_exercise" for s, r, _, _ in found), found
    # a dosing programme in a document that names no exercise: no exercise's change
    found = _claims("Patients took metformin daily for a year. SIRT1 rose during the programme.")
    assert not any(r == "induced_by_exercise" for _, r, _, _ in found), found


def test_a_switch_thrown_on_a_process():
    # "switches on" a written process is `activates` (the labels' reading of the shape);
    # another verb of stimulation on a process still raises it
    found = _claims("SIRT1 switches on the repair of damaged fibres.")
    assert any(s == "HGNC:14929" and r == "activates" for s, r, _, _ in found), found
    assert not any(r == "increases" for _, r, _, _ in found), found
    found = _claims("SIRT1 stimulates the proliferation of stem cells.")
    assert any(s == "HGNC:14929" and r == "increases" for s, r, _, _ in found), found
