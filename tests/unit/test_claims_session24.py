"""Session 24 claims round: classes of development misses (made-up sentences, one per class)."""

from __future__ import annotations

from test_claims import claims_of, one, triples


def test_a_group_at_an_extreme_of_levels_is_read_as_the_molecule_named_before():
    # the levels are those of the molecule the sentence before named
    rows = claims_of("GDF15 rises with age. Patients with the highest levels had the weakest grip.")
    grip = one(rows, "HGNC:30142", "associated_with", "grip")
    assert grip["polarity"] == "negative"
    # ... or the one named earlier in the same sentence
    rows = claims_of("Older adults had more GDF15 than young adults, and those with the "
                     "highest levels had the weakest grip.")
    assert ("HGNC:30142", "associated_with", "grip") in triples(rows)
    # the least of an outcome is a negative association too
    rows = claims_of("GDF15 rises with age, and those with the highest levels had the lowest "
                     "leg power.")
    assert one(rows, "HGNC:30142", "associated_with", "leg power")["polarity"] == "negative"
    # a molecule's own lowest level is no outcome of a group
    assert not claims_of("GDF15 had the lowest expression in old muscle.")
    # levels with nothing named before stand for nothing
    assert not claims_of("Patients with the highest levels had the weakest grip.")


def test_a_sentence_about_the_protein_keeps_what_it_stands_for():
    text = ("SIRT3 was lower in old muscle. In mice, the protein turned out to be important. "
            "Animals bred to lack it lost more muscle mass in old age than normal mice did.")
    assert ("HGNC:14931", "decreases", "muscle mass loss") in triples(claims_of(text))
    # a long sentence about something else still ends the reference
    text = ("SIRT3 was lower in old muscle. In mice, the researchers then studied many other "
            "things for a year. Animals bred to lack it lost more muscle mass in old age.")
    assert not any(r["relation"] == "decreases" for r in claims_of(text))


def test_pushing_cells_into_a_state_raises_the_state():
    rows = claims_of("In old satellite cells, SIRT3 accumulates and pushes the cells into "
                     "senescence.")
    assert triples(rows) == {("HGNC:14931", "associated_with", "old"),
                             ("HGNC:14931", "increases", "senescence")}
    rows = claims_of("In aged muscle, SIRT3 pushes the stem cells from quiescence into "
                     "apoptosis.")
    assert ("HGNC:14931", "increases", "apoptosis") in triples(rows)
    # into a place is no state
    assert not any(r["object_text"] == "cells" for r in claims_of("SIRT3 sends TFAM into cells."))
