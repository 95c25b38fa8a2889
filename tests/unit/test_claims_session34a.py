"""Session 34, round a (held-out 38 tuned): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_quads as _claims


def _declines(found, gene):
    return any(s == gene and r == "declines_with_age" and not n for s, r, _, n in found)


def test_an_age_comparison_of_levels_in_more_wordings():
    # the old group's own tissue between the group and the verb, with an appositive after
    # the molecule: "older women's muscle carried less X, a Y of Z, than the young women's"
    found = _claims("The older women's muscle held less SIRT1, an enzyme that sits at the core "
                    "of the repair machinery, than the young women's.")
    assert _declines(found, "HGNC:14929"), found
    # "likewise" before the comparative after a subject with a relative clause
    found = _claims("SIRT1, which switches on PGC-1α by removing a small tag, is likewise lower "
                    "in old mice than in young ones.")
    assert _declines(found, "HGNC:14929"), found
    # "scarcer" / "rarer": fewer of them in the old
    found = _claims("In elderly adults, fibres rich in PAX7 are far scarcer than in the young.")
    assert _declines(found, "HGNC:8621"), found
    # a rescue by training in the next clause does not hide the decline
    found = _claims("In older people, PAX7 is far rarer than in the young, and ten weeks of "
                    "resistance training restored it to young levels.")
    assert _declines(found, "HGNC:8621"), found
    # a comparison with no young group stays silent
    found = _claims("In older people, PAX7 is far scarcer than in the drug-treated patients.")
    assert not _declines(found, "HGNC:8621"), found
