"""The run's data-quality report and version summary."""

from __future__ import annotations

import json

from agefacts.reports import quality_report, version_rows, version_summary
from agefacts.validate import validate_tables
from schemas import TABLES

TEXT = "Muscle adapts. Bones follow."


def _validated():
    docs = [{"doc_id": "a", "source_path": "a.txt", "sha256": "0" * 64, "kind": "article", "text": TEXT}]
    sents = [
        {"doc_id": "a", "sentence_id": 0, "char_start": 0, "char_end": 14, "text": "Muscle adapts!"},
        {"doc_id": "a", "sentence_id": 1, "char_start": 15, "char_end": 28, "text": "Bones follow."},
    ]
    return validate_tables(
        {"documents": TABLES["documents"].frame(docs), "sentences": TABLES["sentences"].frame(sents)}
    )


def test_quality_report_lists_every_check_with_counts_and_each_quarantined_row():
    result = _validated()
    failed = [{"doc_id": "b", "stage": "extraction", "reason": "ValueError: bad table"}]
    rejected = [{"source_path": "c.txt", "reason": "empty", "detail": "c.txt: empty file"}]
    md = quality_report(result.checks, result.quarantine, failed, rejected, documents=1)
    for check in result.checks:
        assert f"| {check.table} | {check.check} | {check.rows} | {check.passed} | {check.failed} |" in md
    assert "| sentences | sentences:evidence_span_matches_document | 2 | 1 | 1 | FAIL |" in md
    assert "Muscle adapts!" in md  # the offending value, in the quarantine section
    assert "| b | extraction | ValueError: bad table |" in md
    assert "| c.txt | empty | c.txt: empty file |" in md
    assert "rows quarantined: **1**" in md


def test_version_rows_show_counts_and_change_from_the_previous_version():
    before = {"version": 1, "row_counts": json.dumps({"documents": 3, "sentences": 200})}
    after = {"version": 2, "row_counts": json.dumps({"documents": 4, "sentences": 210, "claims": 5})}
    rows = {r["table"]: r for r in version_rows(before, after)}
    assert rows["documents"] == {"table": "documents", "rows": 4, "previous": 3, "change": 1}
    assert rows["claims"] == {"table": "claims", "rows": 5, "previous": None, "change": 5}
    md = version_summary(before, after, "wh")
    assert "Version **2**" in md and "previous: 1" in md and "| sentences | 210 | 200 | +10 |" in md
    same = version_summary(after, after, "wh")
    assert "No change" in same and "| claims | 5 | 5 | +0 |" in same
    first = version_rows(None, before)
    assert first[0] == {"table": "documents", "rows": 3, "previous": None, "change": 3}
