"""Session 25, end-to-end round: a comparison group named by an age word has aging as its side
even when the document's own mentions never name aging (made-up sentences, read with the real
entity extractor)."""

from __future__ import annotations

import pytest
from test_claims import triples
from test_claims_session24c import e2e_claims

from agefacts.extract.claims import extract_claims
from agefacts.extract.cues import lexicon
from agefacts.extract.entities import entity_rows, load
from agefacts.extract.pipeline import DocumentText, extract_document
from agefacts.extract.sentences import sentence_rows

AGING = "MESH:D000375"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Myostatin was higher in older muscle than in young muscle.",
         ("HGNC:4223", "associated_with", AGING)),
        ("GDF15 was twice as high in the old as in the young.",
         ("HGNC:30142", "associated_with", AGING)),
        ("Sclerostin rises with advancing age.", ("HGNC:13771", "associated_with", AGING)),
        ("Serum FGF21 was higher in adults over 80 than in students.",
         ("HGNC:3678", "associated_with", AGING)),
        ("In aged rats, SIRT1 levels were lower than in young rats.",
         ("HGNC:14929", "declines_with_age", AGING)),
        ("Muscle from aged rats contained less PGC-1alpha than muscle from young rats.",
         ("HGNC:9237", "declines_with_age", AGING)),
    ],
)
def test_an_age_word_group_is_the_aging_entity_without_a_mention_of_aging(text, expected):
    # none of these sentences writes "aging": the side was the written "older muscle", "the
    # old", "aged mice" before, which joins no entity
    assert expected in triples(e2e_claims(text))


def test_the_documents_own_entity_for_aging_comes_first():
    # a document whose labels (mentions) name aging with their own id keeps that id
    text = "Myostatin rises in aging. It was higher in older muscle than in young muscle."
    mentions = [
        {"mention_id": "m0", "doc_id": "d", "entity_id": "HGNC:4223", "char_start": 0,
         "char_end": 9},
        {"mention_id": "m1", "doc_id": "d", "entity_id": "X:aging", "char_start": 19,
         "char_end": 24},
    ]
    entities = [
        {"entity_id": "HGNC:4223", "namespace": "HGNC", "identifier": "4223", "label": "MSTN",
         "kind": "gene"},
        {"entity_id": "X:aging", "namespace": "X", "identifier": "aging", "label": "aging",
         "kind": "condition"},
    ]
    rows = extract_claims("d", text, sentence_rows("d", text), mentions, entities)
    assert {r["object_id"] for r in rows if r["relation"] == "associated_with"} == {"X:aging"}


def test_ages_in_figures_and_written_sides_get_no_aging_entity():
    # a cohort's ages are no comparison with age; a written side keeps a written age
    for text in (
        "In participants aged 62 to 77, training lowered myostatin.",
        "The early response was smaller in older muscle.",
        "Myostatin did not differ between older and younger men.",
    ):
        assert not any(AGING in (r["subject_id"], r["object_id"]) for r in e2e_claims(text))


def test_the_aging_entity_is_the_lexicons_condition_and_joins_the_entities_table():
    entity = load().entity(lexicon().aging_entity)
    assert entity is not None and entity.kind == "condition" and entity.label == "Aging"
    assert entity_rows([AGING, "HGNC:none"]) == [entity.row()]
    # the pipeline adds the entity row a claim names without a mention (foreign key)
    rows = extract_document(DocumentText("d", "Myostatin was higher in older muscle than in "
                                              "young muscle."))
    assert AGING not in {m["entity_id"] for m in rows["mentions"]}
    assert {c["object_id"] for c in rows["claims"]} == {AGING}
    assert AGING in {e["entity_id"] for e in rows["entities"]}


def test_a_written_exercise_subject_makes_the_cue_a_verb_before_a_measure():
    # "Training lowered the expression of X": with "training" no entity (end to end), the cue
    # was read as an adjective ("showed lowered expression of X") and the clause lost its
    # subject, or kept only the first of a list
    rows = e2e_claims("Rowers did interval training. The training also raised the expression "
                      "of SIRT3, TFAM and PAX7.")
    assert {r["subject_id"] for r in rows if r["relation"] == "induced_by_exercise"} == {
        "HGNC:14931", "HGNC:11741", "HGNC:8621"}
    assert ("Training", "decreases", "HGNC:8621") in triples(
        e2e_claims("Training lowered the expression of PAX7."))
    # after a verb such as "showed" the cue still describes the measure that the group's
    # training induced
    assert ("HGNC:9237", "induced_by_exercise", "trained") in triples(
        e2e_claims("The trained group showed increased expression of PGC-1alpha."))


def test_a_noun_naming_a_molecule_stands_for_a_molecule_not_the_grounded_exercise():
    # end to end the exercise is an entity and was the clause's agent; "the enzyme" is still
    # the molecule named before it
    rows = e2e_claims("In rats lacking NAMPT in muscle, cycling no longer raised capillary "
                      "density, which suggests that the enzyme is needed for the gain.")
    assert ("HGNC:30092", "required_for", "gain") in triples(rows)
    assert not any(r["relation"] == "required_for" and r["subject_id"] == "MESH:D001642"
                   for r in rows)
    rows = e2e_claims("Cycling raised irisin. The hormone then activated UCP1.")
    assert ("HGNC:20240", "activates", "HGNC:12517") in triples(rows)
