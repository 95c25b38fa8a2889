"""Session 31, round a (held-out 35): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples


def test_a_response_said_weaker_in_the_old_is_no_induction():
    for text in ("The rise in SIRT3 after a short swim is smaller in adults over 80 than in "
                 "students.",
                 "IL-6 climbs after running. Researchers found that the rise in SIRT3 after "
                 "exercise is weaker in old animals."):
        rows = claims_of(text, lexicon=LEXICON)
        assert not any(r["subject_id"] == "HGNC:14931" and r["relation"] == "induced_by_exercise"
                       for r in rows), text
        assert any(r["subject_id"] == "HGNC:14931" and r["relation"] == "not_induced_in_aged"
                   for r in rows), text
        # the weaker response is the one named in its clause, not the sentence before's
        assert not any(r["subject_id"] == "HGNC:6018" and r["relation"] == "not_induced_in_aged"
                       for r in rows), text
    # no age: the rise after exercise stands
    rows = claims_of("The rise in SIRT3 after exercise is smaller than expected.", lexicon=LEXICON)
    assert ("HGNC:14931", "induced_by_exercise", "AGEFACTS:exercise") in triples(rows)


LEX = {**LEXICON, "NAMPT": ("HGNC:30092", "gene", "NAMPT"), "CD38": ("HGNC:1667", "gene", "CD38")}


def test_an_enzyme_that_recycles_or_breaks_a_molecule_down():
    rows = claims_of("NAMPT, which recycles SIRT3, falls in old rats, while CD38, which breaks "
                     "SIRT3 down, builds up in the liver.", lexicon=LEX)
    assert ("HGNC:30092", "increases", "HGNC:14931") in triples(rows)
    assert ("HGNC:1667", "decreases", "HGNC:14931") in triples(rows)
    # what is recycled by being taken apart is not made
    assert not claims_of("In muscle, CD38 recycles damaged mitochondria.", lexicon=LEX)
