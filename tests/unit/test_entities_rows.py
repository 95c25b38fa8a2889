"""Rows for the entities and mentions tables: valid, stable, and wired into the pipeline."""

from __future__ import annotations

import re

from agefacts import EXTRACTOR_VERSION
from agefacts.extract.entities import extract_mentions
from agefacts.extract.pipeline import SHARED_TABLES, DocumentText, extract_document, merge
from agefacts.ids import stable_id
from agefacts.reference import vocabularies
from schemas import TABLES

TEXT = (
    "In older adults, high-intensity interval training lowered IGFBP7 and raised PGC-1α, "
    "while ERK1/2 and AKT/mTOR signaling were activated; sarcopenia risk in the UK Biobank fell."
)


def test_rows_validate_against_the_table_models() -> None:
    entities, mentions = extract_mentions("doc-1", TEXT)
    TABLES["entities"].schema.validate(TABLES["entities"].frame(entities))
    TABLES["mentions"].schema.validate(TABLES["mentions"].frame(mentions))
    kinds = {e["kind"] for e in entities}
    assert {"gene", "family", "condition", "species", "intervention", "cohort", "pathway"} <= kinds


def test_surface_is_the_exact_text_span_and_provenance_is_filled() -> None:
    _, mentions = extract_mentions("doc-1", TEXT)
    for m in mentions:
        assert TEXT[m["char_start"] : m["char_end"]] == m["surface"]
        assert m["status"] == "extracted"
        assert m["extractor_version"] == EXTRACTOR_VERSION
        assert m["vocabularies"] == vocabularies()


def test_vocabularies_name_every_snapshot() -> None:
    assert re.fullmatch(
        r"HGNC 2024-07; FamPlex \S+; MeSH .+; agefacts-lexicons [0-9a-f]{8}", vocabularies()
    )


def test_hgnc_entities_are_labelled_with_the_approved_symbol() -> None:
    entities, _ = extract_mentions("doc-1", "PGC-1α and interleukin-6 and IL-6")
    by_id = {e["entity_id"]: e for e in entities}
    assert by_id["HGNC:9237"] == {
        "entity_id": "HGNC:9237", "namespace": "HGNC", "identifier": "9237",
        "label": "PPARGC1A", "kind": "gene",
    }
    assert by_id["HGNC:6018"]["label"] == "IL6"


def test_mention_ids_are_stable_and_depend_on_the_span() -> None:
    _, first = extract_mentions("doc-1", TEXT)
    _, again = extract_mentions("doc-1", TEXT)
    assert [m["mention_id"] for m in first] == [m["mention_id"] for m in again]
    _, shifted = extract_mentions("doc-1", "Note. " + TEXT)
    assert not {m["mention_id"] for m in first} & {m["mention_id"] for m in shifted}
    _, other_doc = extract_mentions("doc-2", TEXT)
    assert not {m["mention_id"] for m in first} & {m["mention_id"] for m in other_doc}


def test_mention_ids_are_the_projects_stable_ids() -> None:
    for doc_id in ("doc-1", "sub/dir/naïve-doc", 'quote"doc'):
        _, mentions = extract_mentions(doc_id, TEXT)
        for m in mentions:
            assert m["mention_id"] == stable_id(
                "m", doc_id, m["char_start"], m["char_end"], m["entity_id"]
            )


def test_pipeline_emits_entities_once_across_documents() -> None:
    assert "entities" in SHARED_TABLES
    a = extract_document(DocumentText("a", "IL-6 rose in mice."))
    b = extract_document(DocumentText("b", "IL-6 fell in mice. Cohorts: the Qatar Biobank."))
    merged = merge([a, b])
    ids = [e["entity_id"] for e in merged["entities"]]
    assert len(ids) == len(set(ids))
    assert {"HGNC:6018", "NCBITaxon:10090", "agefacts.cohort:Qatar_Biobank"} <= set(ids)
    assert {m["doc_id"] for m in merged["mentions"]} == {"a", "b"}


def test_entity_tables_come_after_sentences_and_entities_before_mentions() -> None:
    names = list(TABLES)
    assert names.index("sentences") < names.index("entities") < names.index("mentions")
    fks = {fk.table for fk in TABLES["mentions"].foreign_keys}
    assert fks == {"documents", "entities"}
    assert TABLES["mentions"].span.text == "surface"
