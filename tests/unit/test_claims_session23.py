"""Session 23 claims round: classes of development leftovers. Sentences are made up for these
tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_a_molecule_that_dampens_something_inhibits_it():
    rows = claims_of("SIRT3, an enzyme that dampens insulin output in the islets, is needed "
                     "for healing.")
    assert ("HGNC:14931", "inhibits", "HGNC:6081") in triples(rows)
    rows = claims_of("SIRT3 was shown to dampen NF-κB activity in liver cells.")
    assert triples(rows) == {("HGNC:14931", "inhibits", "FPLX:NFkappaB")}
    # an exercise that dampens a level only lowers it
    rows = claims_of("Swimming can dampen NF-κB activity in aged rats.")
    assert {r["relation"] for r in rows} == {"decreases"}


def test_what_an_entity_makes_most_of_it_increases():
    rows = claims_of("The enzyme SIRT3 makes nearly all of the ATP in a fibre.")
    assert [(r["subject_id"], r["relation"]) for r in rows] == [("HGNC:14931", "increases")]
    assert "ATP" in rows[0]["object_text"]
    # "made of" and "makes up" name parts, no production
    assert not claims_of("The fibre is made of SIRT3 and TFAM.")
    assert not claims_of("TFAM makes up much of the membrane.")


def test_a_disorder_a_knockout_group_shows_is_what_the_gene_holds_off():
    assert triples(claims_of("TFAM knockout rats develop fibrosis.")) == {
        ("HGNC:11741", "decreases", "fibrosis")}
    rows = claims_of("Mice lacking TFAM develop severe atrophy.")
    assert [(r["subject_id"], r["relation"]) for r in rows] == [("HGNC:11741", "decreases")]
    # a group named by age, not by a lost gene, says nothing of a gene
    assert not claims_of("Old mice show atrophy.")


def test_what_a_structure_needs_listed_after_a_colon_is_required_for_it():
    rows = claims_of("The fibre needs three things: SIRT3, TFAM and NRF1.")
    assert {(r["subject_id"], r["relation"]) for r in rows} == {
        ("HGNC:14931", "required_for"), ("HGNC:11741", "required_for"),
        ("HGNC:7996", "required_for")}
    assert {r["object_text"] for r in rows} == {"fibre"}
    # an appositive's own molecule is not listed
    rows = claims_of("The junction needs three enzymes to stay stable: SIRT3, an enzyme that "
                     "cells secrete to turn on TFAM, and NRF1, a receptor on the fibre.")
    needed = {r["subject_id"] for r in rows if r["relation"] == "required_for"}
    assert needed == {"HGNC:14931", "HGNC:7996"}
    rows = claims_of("The mitochondrion does not need two enzymes to divide: SIRT3 and TFAM.")
    assert rows and all(r["negated"] for r in rows)
    # a molecule that needs partners works through them: no structure to be required for
    assert not claims_of("SIRT3 needs two partners: TFAM and NRF1.")


def test_a_gerund_subject_after_a_linking_adverb_opens_its_clause():
    assert triples(claims_of("However, blocking SIRT3 enlarged the muscles.")) == {
        ("HGNC:14931", "decreases", "muscles")}
    rows = claims_of("In rats, though, blocking SIRT3 raised TFAM.")
    assert triples(rows) == {("HGNC:14931", "decreases", "HGNC:11741")}
    # after a clause the gerund is still the clause's own verb
    rows = claims_of("SIRT3 rose, however, blocking TFAM.")
    assert triples(rows) == {("HGNC:14931", "inhibits", "HGNC:11741")}
