"""Session 18 claims round: classes of misses on held-out 21. Sentences are made up for these
tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_both_of_them_is_an_object_pronoun_for_a_pair_named_before():
    rows = claims_of("TFAM and SIRT3 climb in starving cells. Fasting boosted both of them within days.")
    assert {("Fasting", "increases", "HGNC:11741"), ("Fasting", "increases", "HGNC:14931")} <= (
        triples(rows))
    assert not [r for r in rows if (r["object_text"] or "").startswith("of them")]


def test_making_things_more_or_less_likely_raises_or_lowers_each_of_a_written_list():
    assert triples(claims_of("Sarcopenia makes strokes, seizures, and kidney stones more common.")) == {
        ("MESH:D055948", "increases", "strokes"), ("MESH:D055948", "increases", "seizures"),
        ("MESH:D055948", "increases", "kidney stones")}
    rows = claims_of("IL-6 makes infections less likely.")
    assert triples(rows) == {("HGNC:6018", "decreases", "infections")}
    assert not rows[0]["hedged"]  # a comparison of chance, not a hedge
    # a list is one object per item only when nothing but short noun phrases fill the slot
    assert triples(claims_of("IL-6 raised TFAM, which then raised SIRT3 and BDNF.")) >= {
        ("HGNC:6018", "increases", "HGNC:11741"), ("HGNC:11741", "increases", "HGNC:1033")}


def test_it_after_a_clause_that_names_something_is_that_thing():
    rows = claims_of("IL-6 rises with age. When the loss gets worse it is called frailty, "
                     "and it raises insulin resistance.")
    assert ("MESH:D000073496", "increases", "MESH:D007333") in triples(rows)
    assert ("HGNC:6018", "increases", "MESH:D007333") not in triples(rows)


def test_telling_cells_to_build_something_is_making_it():
    assert triples(claims_of("SIRT3 tells the fibre to build fresh mitochondria.")) == {
        ("HGNC:14931", "increases", "fresh mitochondria")}
    rows = claims_of("Picture SIRT3 as the project lead: it tells each cell to begin making "
                     "fresh mitochondria.")
    assert triples(rows) == {("HGNC:14931", "increases", "fresh mitochondria")}
    assert not claims_of("The coach told us to make more effort.")


def test_brought_back_with_an_appositive_before_the_particle():
    rows = claims_of("Regular cycling might bring the levels of SIRT3, a protein that instructs "
                     "liver cells to build fresh mitochondria, back to youthful values.")
    assert {r["relation"] for r in rows if r["subject_id"] == "HGNC:14931"} >= {
        "induced_by_exercise", "preserved_by_training", "increases"}


def test_holding_something_back_restrains_it():
    assert triples(claims_of("When food is scarce, SIRT3 holds TFAM back.")) == {
        ("HGNC:14931", "inhibits", "HGNC:11741")}
    assert not claims_of("The mice were held back to the start.")


def test_the_verb_after_a_closed_appositive_relative_is_its_heads():
    rows = claims_of("SIRT3, a protein that AMPK switches on, also went up after exercise.")
    assert ("FPLX:AMPK", "activates", "HGNC:14931") in triples(rows)
    assert ("HGNC:14931", "induced_by_exercise", "AGEFACTS:exercise") in triples(rows)
    assert all(r["subject_id"] != "FPLX:AMPK" for r in rows if r["relation"] != "activates")
    # a shared subject without an appositive is still the first verb's
    rows = claims_of("AMPK raises SIRT3, and also rose after exercise.")
    assert ("FPLX:AMPK", "induced_by_exercise", "AGEFACTS:exercise") in triples(rows)


def test_a_manner_adverb_before_an_opening_gerund_keeps_it_a_subject():
    assert triples(claims_of("Partly blocking SIRT3 reduced muscle atrophy.")) == {
        ("HGNC:14931", "increases", "MESH:D009133")}
    rows = claims_of("SIRT3 was high in old mice, and selectively blocking it reduced fibre loss.")
    assert ("HGNC:14931", "increases", "fibre loss") in triples(rows)
