"""Session 25, end-to-end round 2: comparisons written young group first, denied bluntings with
no old group, and a bare exercise word as the exercise side (made-up sentences, read with the
real entity extractor)."""

from __future__ import annotations

import pytest
from test_claims import triples
from test_claims_session24c import e2e_claims, grounded

from agefacts.extract.cues import lexicon
from agefacts.extract.entities import load
from agefacts.extract.pipeline import DocumentText, extract_document

AGING = "MESH:D000375"
EXERCISE = "MESH:D015444"


@pytest.mark.parametrize(
    "text",
    [
        "AMPK phosphorylation after exercise was lower in the young than in the old.",
        "The rise in SIRT1 after exercise was smaller in young than in old men.",
        "SIRT1 rose after exercise, but the rise was weaker in the young than in the old.",
    ],
)
def test_a_weaker_response_in_the_young_is_no_blunting_in_the_old(text):
    # the old responded more: reading the group after "in" as the old one gave a blunting
    assert not any(r["relation"] == "not_induced_in_aged" for r in e2e_claims(text))


def test_the_same_comparison_old_group_first_is_still_a_blunting():
    rows = e2e_claims("SIRT1 activation after exercise was weaker in the old than in the young.")
    assert ("HGNC:14929", "not_induced_in_aged", "old") in triples(rows)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("SIRT1 levels were lower in younger adults than in older adults.",
         ("HGNC:14929", "associated_with", AGING), ("HGNC:14929", "declines_with_age", AGING)),
        ("Young mice had less SIRT1 than old mice.",
         ("HGNC:14929", "associated_with", AGING), ("HGNC:14929", "declines_with_age", AGING)),
        ("SIRT1 was higher in the young than in the old.",
         ("HGNC:14929", "declines_with_age", AGING), ("HGNC:14929", "associated_with", AGING)),
        # old group first: unchanged
        ("SIRT1 was lower in old than in young mice.",
         ("HGNC:14929", "declines_with_age", AGING), ("HGNC:14929", "associated_with", AGING)),
    ],
)
def test_a_level_compared_young_group_first_reads_the_age_the_right_way(
    text, expected, not_expected
):
    found = triples(e2e_claims(text))
    assert expected in found and not_expected not in found


def test_a_denied_blunting_needs_an_old_group_and_the_young():
    young_only = e2e_claims("AMPK activation after a round of exercise was about the same in the "
                            "young women.")
    assert not any(r["relation"] == "not_induced_in_aged" for r in young_only)
    old_only = e2e_claims("SIRT1 activation after a round of exercise was about the same in the "
                          "old women.")
    assert not any(r["relation"] == "not_induced_in_aged" for r in old_only)
    # both groups, or a group word spanning ages: the blunting is denied
    for text in ("SIRT1 activation after a round of exercise was comparable in young and old.",
                 "SIRT1 activation after a round of exercise did not differ between the age "
                 "groups.",
                 "In aged men, SIRT1 activity after a workout was nearly as high as in the "
                 "young."):
        rows = [r for r in e2e_claims(text) if r["relation"] == "not_induced_in_aged"]
        assert rows and all(r["negated"] for r in rows), text


def test_a_bare_training_with_no_named_training_is_exercise_itself():
    # the text names cycling, no training: the side was the written "Training", which joins
    # no entity (and "the last-named cycling" would be a guess)
    rows = e2e_claims("The students took up cycling. Training lowered p21 in them.")
    assert (EXERCISE, "decreases", "HGNC:1784") in triples(rows)
    # a named training still comes first
    rows = e2e_claims("The volunteers did resistance training. Training lowered p21.")
    assert ("MESH:D055070", "decreases", "HGNC:1784") in triples(rows)
    # a text that names no exercise at all keeps the written word
    assert ("Training", "decreases", "HGNC:1784") in triples(e2e_claims("Training lowered p21."))


def test_a_bare_session_after_several_named_exercises_is_exercise_itself():
    # which of the two a later "a hard session" is the text does not say
    rows = e2e_claims("Some volunteers did interval training, others resistance exercise. After "
                      "a tough session, MYOD1 rose.")
    assert ("HGNC:7611", "induced_by_exercise", EXERCISE) in triples(rows)
    # one named exercise: the session is that one
    rows = e2e_claims("The volunteers did resistance exercise. After a tough session, MYOD1 rose.")
    assert ("HGNC:7611", "induced_by_exercise", "MESH:D055070") in triples(rows)


def test_the_exercise_side_joins_the_entities_table_without_a_mention():
    entity = load().entity(lexicon().exercise_entity)
    assert entity is not None and entity.kind == "intervention" and entity.label == "Exercise"
    rows = extract_document(DocumentText("d", "The students took up cycling. Training lowered "
                                              "p21 in them."))
    # mentions stay precise: the bare word is no mention of exercise ...
    assert EXERCISE not in {m["entity_id"] for m in rows["mentions"]}
    # ... but the claim's side is, and its entity row is there for the foreign key
    assert EXERCISE in {c["subject_id"] for c in rows["claims"]}
    assert EXERCISE in {e["entity_id"] for e in rows["entities"]}


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("After eight weeks of zone 2 training, NAMPT rose.", "zone 2 training",
         "agefacts.intervention:zone2_training"),
        ("Lifelong training kept PGC-1alpha high.", "Lifelong training",
         "agefacts.intervention:lifelong_exercise_training"),
        ("A 30-minute bike ride raised FGF21.", "bike ride", "MESH:D001642"),
        ("A brisk walk lifted apelin.", "brisk walk", "MESH:D016138"),
        ("Aged rats given an NAD+ precursor had more SIRT1.", "NAD+ precursor",
         "agefacts.intervention:nad_precursors"),
    ],
)
def test_named_exercise_forms_are_grounded(text, surface, entity_id):
    assert grounded(text).get(surface) == entity_id


def test_a_bare_training_after_a_named_lifelong_training_is_that_training():
    rows = e2e_claims("Masters athletes had done lifelong training. In them, training kept "
                      "PGC-1alpha high.")
    assert ("agefacts.intervention:lifelong_exercise_training", "increases", "HGNC:9237") in (
        triples(rows)) or ("HGNC:9237", "preserved_by_training",
                           "agefacts.intervention:lifelong_exercise_training") in triples(rows)


def test_the_programme_named_back_is_the_exercise_programme_named_before():
    rows = e2e_claims("Older adults did a cycling programme for twelve weeks. The programme also "
                      "raised NAMPT by a third.")
    assert ("HGNC:30092", "induced_by_exercise", "MESH:D001642") in triples(rows)
    # a programme that names another kind stays as written; so does one in a text without
    # a named exercise
    rows = e2e_claims("Older adults did a cycling programme. The drug programme also raised "
                      "NAMPT.")
    assert not any(r["relation"] == "induced_by_exercise" for r in rows)
    rows = e2e_claims("Older adults took metformin. The regimen also raised NAMPT.")
    assert not any(r["relation"] == "induced_by_exercise" for r in rows)
