"""Session 30, round c (development leftovers): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples


def test_an_effect_that_runs_through_a_molecule_depends_on_it():
    rows = claims_of("Nobody doubted that irisin's signal runs through SIRT3.", lexicon=LEXICON)
    assert ("HGNC:20240", "depends_on", "HGNC:14931") in triples(rows)
    rows = claims_of("Each session also wakes AMPK, and part of exercise's effect in the "
                     "liver seems to run mostly through AMPK.", lexicon=LEXICON)
    assert any(r["relation"] == "depends_on" and r["object_id"] == "FPLX:AMPK"
               and r["subject_id"] == "AGEFACTS:exercise" for r in rows)
    # running through a place is no mediation
    assert not claims_of("The blood test of IL-6 ran through the night.", lexicon=LEXICON)


LEX = {**LEXICON, "walking": ("AGEFACTS:walking", "intervention", "walking")}


def test_a_failure_to_stop_a_rise_without_from():
    rows = claims_of("In the second arm, daily walking did not stop myostatin rising.", lexicon=LEX)
    assert any(r["subject_id"] == "AGEFACTS:walking" and r["relation"] == "decreases"
               and r["object_id"] == "HGNC:4223" and r["negated"] for r in rows)
    rows = claims_of("Rowing stopped the rise in IL-6.", lexicon=LEX)
    assert any(r["relation"] == "decreases" and r["object_id"] == "HGNC:6018" for r in rows)


def test_a_kept_molecule_does_not_take_the_next_verb_from_its_keeper():
    rows = claims_of("Daily walking kept SIRT3 near its baseline value but did not stop "
                     "myostatin rising.", lexicon=LEX)
    assert ("HGNC:14931", "preserved_by_training", "AGEFACTS:walking") in triples(rows)
    assert not any(r["subject_id"] == "HGNC:14931" and r["object_id"] == "HGNC:4223"
                   for r in rows)
    assert ("AGEFACTS:walking", "decreases", "HGNC:4223") in triples(rows)


def test_a_single_span_of_an_exercise_passes_to_the_exercise():
    for text in ("In one of the larger trials, a year of walking brought SIRT3 down.",
                 "An hour of walking lowered SIRT3."):
        rows = claims_of(text, lexicon=LEX)
        assert ("AGEFACTS:walking", "decreases", "HGNC:14931") in triples(rows), text


def test_a_molecule_noun_after_a_grounded_exercise_stands_for_the_molecule():
    rows = claims_of("In young mice walking doubled SIRT3, and the protein then recruited "
                     "immune cells.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:14931" and r["object_text"] == "immune cells"
               for r in rows)
    assert not any(r["subject_id"] == "AGEFACTS:walking" and r["object_text"] == "immune cells"
                   for r in rows)
