"""Session 30, round a (held-out 34): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

#: the test lexicon with a few more genes and outcomes
LEX = {**LEXICON,
       "FOXO1": ("HGNC:3819", "gene", "FOXO1"),
       "KLF15": ("HGNC:14536", "gene", "KLF15"),
       "grip": ("MESH:D018737", "condition", "Hand Strength"),
       "stroke": ("MESH:D020521", "condition", "Stroke"),
       "walking": ("AGEFACTS:walking", "intervention", "walking")}


def _rows(text: str) -> list[dict]:
    return claims_of(text, lexicon=LEX)


def test_a_group_compared_by_an_outcome_with_a_percent_size():
    rows = _rows("In a cohort of retired sailors, those with the most SIRT1 had 7% weaker grip "
                 "and were 30% more likely to report a stroke over five years.")
    assert ("HGNC:14929", "associated_with", "MESH:D018737") in triples(rows)
    assert ("HGNC:14929", "associated_with", "MESH:D020521") in triples(rows)
    # a group by a size written with the percent sign, as with the word
    rows = _rows("Sailors with the most FOXO1 had 30% more strokes than the rest.")
    assert any(r["subject_id"] == "HGNC:3819" and r["relation"] == "associated_with"
               for r in rows)


def test_a_group_without_a_gene_turns_the_outcome_round():
    rows = _rows("Those with no working SIRT1 had 7% weaker grip.")
    grip = [r for r in rows if r["object_id"] == "MESH:D018737"]
    assert grip and grip[0]["polarity"] == "positive"


def test_an_outcome_with_an_adjective_after_it_is_still_the_mention():
    rows = _rows("Sailors with the most IL-6 were more likely to suffer a stroke severe enough "
                 "to need rehab.")
    assert ("HGNC:6018", "associated_with", "MESH:D020521") in triples(rows)


def test_what_a_molecule_named_by_its_job_is_needed_for():
    rows = _rows("KLF15 turns on several genes, among them FOXO1, the pump muscle needs in "
                 "order to take up salt.")
    assert any(r["subject_id"] == "HGNC:3819" and r["relation"] == "required_for"
               and "salt" in (r["object_text"] or "") for r in rows)
    assert not any(r["relation"] == "depends_on" for r in rows)
    # the appositive's head alone, not the list the clause before named
    rows = _rows("Sailors who cut their walking saw their balance drop, and SIRT1, the docking "
                 "hub nerve cells need to branch, became less active.")
    needed = [r for r in rows if r["relation"] == "required_for"]
    assert needed and all(r["subject_id"] == "HGNC:14929" for r in needed)

    # an appositive head that names nothing: what it is needed for is no one's (not the maker's)
    rows = _rows("SIRT1 helps the fibre make a cofactor, a molecule that lysosomes need in "
                 "order to digest.")
    assert not any(r["relation"] == "required_for" for r in rows)
