"""The whole extraction stage gives exactly the rows it gave when the golden file was written.

A guard for changes meant to keep outputs (speed work, refactoring): every table of
``extract_document`` over the seed articles and the labelled texts is hashed per document and
compared with ``tests/fixtures/golden_extraction.json``. A change that is meant to alter
extraction (and bumps ``EXTRACTOR_VERSION``) rewrites the file:

    .venv/bin/python tests/unit/test_golden_extraction.py

and the diff of that file shows which documents and tables moved.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "fixtures" / "golden_extraction.json"
LABELLED = ROOT / "tests" / "fixtures" / "labelled"


def _texts() -> dict[str, str]:
    from benchmarks.evaluate_entities import parse_labelled

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw" / "sources").glob("*.txt"))}
    for p in sorted(LABELLED.glob("*.txt")):
        texts[p.name] = parse_labelled(p.read_text(encoding="utf-8"))[0]
    for p in sorted(LABELLED.glob("*.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            texts[p.name] = data["text"]
    return texts


def _digest(rows: list[dict]) -> str:
    """Rows in order, every column: any change of value, order or count changes the digest."""
    payload = json.dumps(rows, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def extraction_digests() -> dict[str, dict[str, str]]:
    from agefacts.extract.pipeline import DocumentText, extract_document

    out: dict[str, dict[str, str]] = {}
    for name, text in _texts().items():
        rows = extract_document(DocumentText(name, text))
        out[name] = {table: f"{len(r)} rows {_digest(r)}" for table, r in sorted(rows.items())}
    return out


def test_extraction_matches_the_golden_file() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    current = extraction_digests()
    assert sorted(current) == sorted(golden), "texts were added or removed: rewrite the file"
    changed = [
        f"{doc} {table}: {golden[doc].get(table)} -> {digest}"
        for doc, tables in current.items()
        for table, digest in tables.items()
        if golden[doc].get(table) != digest
    ]
    assert not changed, "extraction output changed:\n" + "\n".join(changed)


def test_digest_sees_a_changed_value_and_order() -> None:
    rows = [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]
    assert _digest(rows) == _digest([dict(reversed(list(r.items()))) for r in rows])
    assert _digest(rows) != _digest(rows[::-1])
    assert _digest(rows) != _digest([{"a": 1, "b": "x"}, {"a": 2, "b": "z"}])


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    GOLDEN.write_text(json.dumps(extraction_digests(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")
