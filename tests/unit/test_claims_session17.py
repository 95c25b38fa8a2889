"""Session 17 claims round (held-out 20 tuned on): notes written with arrows. Sentences are
made up for these tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, one, triples


def test_a_vertical_arrow_is_the_verb_of_a_notes_line():
    assert triples(claims_of("Heat therapy sessions ↓ IL-6 in older women.")) == {
        ("Heat therapy sessions", "decreases", "HGNC:6018")}
    assert triples(claims_of("IL-6 ↑ after resistance training.")) == {
        ("HGNC:6018", "induced_by_exercise", "AGEFACTS:resistance_training")}
    assert one(claims_of("BDNF ↓ with age."), "HGNC:1033", "declines_with_age")
    rows = claims_of("TFAM → ↑ mitochondrial biogenesis, ↓ oxidative damage.")
    assert one(rows, "HGNC:11741", "increases")["object_text"] == "mitochondrial biogenesis"
    assert one(rows, "HGNC:11741", "decreases")["object_text"] == "oxidative damage"


def test_an_arrow_in_a_table_cell_or_asked_about_is_no_verb():
    assert not claims_of("| BDNF | ↓ | ↑ |")
    assert not claims_of("IL-6 ↑? (studies disagree)")


def test_an_arrow_to_an_unnamed_outcome_is_what_the_line_s_molecule_raises_or_lowers():
    rows = claims_of("SIRT3 ↑ in aged satellite cells → senescence → can't divide → poor repair")
    assert one(rows, "HGNC:14931", "increases")["object_text"] == "senescence"
    assert one(rows, "HGNC:14931", "decreases")["object_text"] == "repair"
    rows = claims_of("Myostatin binds its receptor + silences it → more muscle.")
    assert one(rows, "HGNC:4223", "increases")["object_text"] == "muscle"
    rows = claims_of('Apelin → "beiging" of white fat, better memory')
    assert {r["object_text"] for r in rows} == {"beiging of white fat", "memory"}
    # a named step takes over: "A → B → fatigue" is B's outcome
    rows = claims_of("SIRT3 → IL-6 → fatigue")
    assert triples(rows) == {("HGNC:14931", "activates", "HGNC:6018"),
                             ("HGNC:6018", "increases", "fatigue")}


def test_a_comment_after_an_arrow_is_no_outcome():
    assert not [r for r in claims_of("Serum IL-6 rose in some trials → data mixed, small samples")
                if r["relation"] == "increases" and r["object_id"] is None]
    assert not claims_of("BDNF comes mostly from platelets → don't call it a myokine")
    assert not [r for r in claims_of("IL-6 → unclear, only one small study") if r["object_text"]]
