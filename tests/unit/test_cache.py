"""The extraction cache: exact round trips, keys that change with everything that matters."""

from __future__ import annotations

from datetime import UTC, date, datetime

from agefacts.cache import ExtractionCache, document_key, extraction_context
from agefacts.extract.pipeline import DocumentText, extract_document

DOC = DocumentText("notes/a", "Muscle adapts to load. Bones follow within weeks.", "article")


def test_round_trip_returns_exactly_what_the_extractor_returned(tmp_path):
    cache = ExtractionCache(tmp_path)
    rows = extract_document(DOC)
    rows["extra"] = [{"when": date(2025, 3, 12), "at": datetime(2025, 3, 12, 6, tzinfo=UTC),
                      "x": 1.5, "ok": True, "none": None}]
    assert cache.get(DOC) is None
    cache.put(DOC, rows)
    assert cache.get(DOC) == rows
    assert not list(tmp_path.rglob(".tmp-*"))


def test_key_changes_with_text_id_kind_and_extraction_context():
    ctx = extraction_context()
    base = document_key(DOC, ctx)
    assert document_key(DocumentText(DOC.doc_id, DOC.text + " ", DOC.kind), ctx) != base
    assert document_key(DocumentText("notes/b", DOC.text, DOC.kind), ctx) != base
    assert document_key(DocumentText(DOC.doc_id, DOC.text, "abstract"), ctx) != base
    assert document_key(DOC, ctx + "new extractor") != base
    assert document_key(DocumentText(DOC.doc_id, DOC.text, DOC.kind), ctx) == base


def test_a_new_extractor_version_misses(tmp_path, monkeypatch):
    import agefacts

    ExtractionCache(tmp_path).put(DOC, {"sentences": []})
    assert ExtractionCache(tmp_path).get(DOC) == {"sentences": []}
    monkeypatch.setattr(agefacts, "EXTRACTOR_VERSION", agefacts.EXTRACTOR_VERSION + ".1")
    assert ExtractionCache(tmp_path).get(DOC) is None


def test_damaged_or_foreign_entries_are_misses(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(DOC, {"sentences": []})
    path = cache.path(document_key(DOC, cache.context))
    path.write_text('{"doc_id": "notes/a", "rows": {"sente')
    assert cache.get(DOC) is None
    path.write_text('{"doc_id": "someone/else", "rows": {}}')
    assert cache.get(DOC) is None
    cache.put(DOC, {"sentences": []})
    assert cache.get(DOC) == {"sentences": []}
