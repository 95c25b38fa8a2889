"""Session 24 claims round: classes of development misses (made-up sentences, one per class)."""

from __future__ import annotations

from test_claims import claims_of, one, triples


def test_a_group_at_an_extreme_of_levels_is_read_as_the_molecule_named_before():
    # the levels are those of the molecule the sentence before named
    rows = claims_of("TFAM climbs in later life. Walkers with the top concentrations showed the "
                     "weakest grip.")
    grip = one(rows, "HGNC:11741", "associated_with", "grip")
    assert grip["polarity"] == "negative"
    # ... or the one named earlier in the same sentence
    rows = claims_of("Old walkers had more TFAM than young walkers, and the ones with the "
                     "greatest amounts showed the poorest grip.")
    assert ("HGNC:11741", "associated_with", "grip") in triples(rows)
    # the least of an outcome is a negative association too
    rows = claims_of("TFAM climbs in later life, and walkers with the top readings had the "
                     "lowest balance scores.")
    assert one(rows, "HGNC:11741", "associated_with", "balance scores")["polarity"] == "negative"
    # a molecule's own lowest level is no outcome of a group
    assert not claims_of("TFAM had the lowest expression in old muscle.")
    # levels with nothing named before stand for nothing
    assert not claims_of("Walkers with the top concentrations showed the weakest grip.")


def test_a_sentence_about_the_protein_keeps_what_it_stands_for():
    text = ("SIRT3 was scarcer in aged fibres. In rats, the protein proved to be quite vital. "
            "Rats engineered without it lost more thigh mass by two years of age.")
    assert ("HGNC:14931", "decreases", "thigh mass loss") in triples(claims_of(text))
    # a long sentence about something else still ends the reference
    text = ("SIRT3 was scarcer in aged fibres. In rats, the team then looked at many other "
            "questions for a year. Rats engineered without it lost more thigh mass by two years "
            "of age.")
    assert not any(r["relation"] == "decreases" for r in claims_of(text))


def test_pushing_cells_into_a_state_raises_the_state():
    rows = claims_of("In aged progenitor cells, SIRT3 accumulates and drives the cells into "
                     "senescence.")
    assert triples(rows) == {("HGNC:14931", "associated_with", "MESH:D000375"),
                             ("HGNC:14931", "increases", "senescence")}
    rows = claims_of("In aged tendon, SIRT3 pushes the progenitors from quiescence into "
                     "apoptosis.")
    assert ("HGNC:14931", "increases", "apoptosis") in triples(rows)
    # into a place is no state
    assert not any(r["object_text"] == "cells" for r in claims_of("SIRT3 sends TFAM into cells."))
