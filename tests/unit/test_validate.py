import json

import pandera.polars as pa
import pytest

from agefacts.validate import CriticalValidationError, validate_tables
from schemas import TABLES

TEXT = "Muscle adapts. Bones follow."


def frames(documents=None, sentences=None):
    docs = documents if documents is not None else [
        {"doc_id": "a", "source_path": "a.txt", "sha256": "0" * 64, "kind": "article", "text": TEXT}
    ]
    sents = sentences if sentences is not None else [
        {"doc_id": "a", "sentence_id": 0, "char_start": 0, "char_end": 14, "text": "Muscle adapts."},
        {"doc_id": "a", "sentence_id": 1, "char_start": 15, "char_end": 28, "text": "Bones follow."},
    ]
    return {"documents": TABLES["documents"].frame(docs), "sentences": TABLES["sentences"].frame(sents)}


def test_clean_tables_pass_untouched():
    result = validate_tables(frames())
    assert result.quarantine.height == 0
    assert result.valid["sentences"].height == 2
    assert all(c.failed == 0 for c in result.checks)


def test_span_mismatch_and_range_failures_are_quarantined_with_reasons():
    sents = [
        {"doc_id": "a", "sentence_id": 0, "char_start": 0, "char_end": 14, "text": "Muscle adapts!"},
        {"doc_id": "a", "sentence_id": 1, "char_start": -1, "char_end": 28, "text": "Bones follow."},
    ]
    result = validate_tables(frames(sentences=sents))
    assert result.valid["sentences"].height == 0
    q = {json.loads(r["row_key"])[1]: r for r in result.quarantine.iter_rows(named=True)}
    assert q[0]["check_name"] == "sentences:evidence_span_matches_document"
    assert "Muscle adapts!" in q[0]["failure_case"]
    assert "char_start" in q[1]["check_name"]
    assert json.loads(q[1]["row_json"])["char_start"] == -1
    failed = {c.check: c.failed for c in result.checks if c.failed}
    assert failed["sentences:evidence_span_matches_document"] == 2  # -1 also misplaces the span


def test_children_of_a_quarantined_document_follow_it():
    docs = [{"doc_id": "a", "source_path": "a.txt", "sha256": "not-a-hash", "kind": "article", "text": TEXT}]
    result = validate_tables(frames(documents=docs))
    tables = sorted(result.quarantine["table_name"].to_list())
    assert tables == ["documents", "sentences", "sentences"]
    assert result.valid["documents"].height == 0


def test_duplicate_primary_key_is_critical():
    sents = [
        {"doc_id": "a", "sentence_id": 0, "char_start": 0, "char_end": 14, "text": "Muscle adapts."},
        {"doc_id": "a", "sentence_id": 0, "char_start": 0, "char_end": 14, "text": "Muscle adapts."},
    ]
    with pytest.raises(CriticalValidationError, match="duplicate primary key"):
        validate_tables(frames(sentences=sents))


def test_reference_to_missing_document_is_critical():
    sents = [{"doc_id": "zzz", "sentence_id": 0, "char_start": 0, "char_end": 3, "text": "abc"}]
    with pytest.raises(CriticalValidationError, match="refers to no row of documents"):
        validate_tables(frames(sentences=sents))


@pytest.mark.parametrize("name", [n for n, t in TABLES.items() if t.span])
def test_every_span_table_rejects_a_span_that_ends_before_it_starts(name):
    table = TABLES[name]
    with pytest.raises(pa.errors.SchemaErrors) as err:
        table.schema.validate(table.frame([{"char_start": 5, "char_end": 3}]), lazy=True)
    assert "char_end_after_char_start" in err.value.failure_cases["check"].to_list()


def test_span_columns_are_described_alike_in_every_span_table():
    described = {
        name: [(c.name, c.description) for c in t.columns if c.name in ("char_start", "char_end")]
        for name, t in TABLES.items() if t.span
    }
    assert len({tuple(cols) for cols in described.values()}) == 1, described
