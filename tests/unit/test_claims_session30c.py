"""Session 30, round c (development leftovers): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples


def test_an_effect_that_runs_through_a_molecule_depends_on_it():
    rows = claims_of("Nobody doubted that irisin's signal runs through SIRT3.", lexicon=LEXICON)
    assert ("HGNC:20240", "depends_on", "HGNC:14931") in triples(rows)
    rows = claims_of("Each session also turns on AMPK, and much of exercise's effect on the "
                     "heart seems to run largely through AMPK.", lexicon=LEXICON)
    assert any(r["relation"] == "depends_on" and r["object_id"] == "FPLX:AMPK"
               and r["subject_id"] == "AGEFACTS:exercise" for r in rows)
    # running through a place is no mediation
    assert not claims_of("The blood test of IL-6 ran through the night.", lexicon=LEXICON)
