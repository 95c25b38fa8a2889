"""extract_document emits quantities and study groups that satisfy their table contracts."""

from __future__ import annotations

from agefacts.extract.pipeline import DocumentText, extract_document
from schemas import TABLES


def test_seed_documents_yield_valid_quantities_and_groups(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rows = extract_document(DocumentText(path.stem, text))
        for name in ("quantities", "study_groups"):
            table = TABLES[name]
            table.schema.validate(table.frame(rows[name]))
            assert all(text[r["char_start"] : r["char_end"]] == r["text"] for r in rows[name])
            assert all(r["doc_id"] == path.stem and r["status"] == "extracted" for r in rows[name])
    assert list(TABLES).index("quantities") > list(TABLES).index("documents")
