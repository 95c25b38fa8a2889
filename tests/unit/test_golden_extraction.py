"""The whole extraction stage gives exactly the rows it gave when the golden file was written.

A guard for changes meant to keep outputs (speed work, refactoring): every table of
``extract_document`` over the seed articles and the labelled texts is hashed per document and
compared with ``tests/fixtures/golden_extraction.json``. A change that is meant to alter
extraction rewrites the file:

    .venv/bin/python tests/unit/test_golden_extraction.py

and the diff of that file shows which documents and tables moved. Every fact row records the
``EXTRACTOR_VERSION`` that produced it, so the script refuses to rewrite changed outputs under
the version the file was written with: bump ``agefacts.EXTRACTOR_VERSION`` first. Digests leave
the version column out, so a bump alone moves nothing.
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


VERSION_KEY = "_extractor_version"


def _digest(rows: list[dict]) -> str:
    """Rows in order, every column but the extractor version: any change of value, order or
    count changes the digest."""
    rows = [{k: v for k, v in r.items() if k != "extractor_version"} for r in rows]
    payload = json.dumps(rows, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def extraction_digests() -> dict[str, dict[str, str]]:
    from agefacts.extract.pipeline import DocumentText, extract_document

    out: dict[str, dict[str, str]] = {}
    for name, text in _texts().items():
        rows = extract_document(DocumentText(name, text))
        out[name] = {table: f"{len(r)} rows {_digest(r)}" for table, r in sorted(rows.items())}
    return out


def changes(golden: dict, current: dict[str, dict[str, str]]) -> list[str]:
    docs = sorted(set(golden) - {VERSION_KEY} | set(current))
    return [
        f"{doc} {table}: {golden.get(doc, {}).get(table)} -> {current.get(doc, {}).get(table)}"
        for doc in docs
        for table in sorted(set(golden.get(doc, {})) | set(current.get(doc, {})))
        if golden.get(doc, {}).get(table) != current.get(doc, {}).get(table)
    ]


def test_extraction_matches_the_golden_file() -> None:
    from agefacts import EXTRACTOR_VERSION

    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert golden.get(VERSION_KEY) == EXTRACTOR_VERSION, "EXTRACTOR_VERSION moved: rewrite the file"
    changed = changes(golden, extraction_digests())
    assert not changed, "extraction output changed:\n" + "\n".join(changed)


def test_every_fact_row_records_the_current_extractor_version() -> None:
    from agefacts import EXTRACTOR_VERSION
    from agefacts.extract.pipeline import DocumentText, extract_document

    text = next(iter(_texts().values()))
    rows = extract_document(DocumentText("d", text))
    versions = {r["extractor_version"] for table in rows.values() for r in table
                if "extractor_version" in r}
    assert versions == {EXTRACTOR_VERSION}


def test_digest_sees_a_changed_value_and_order() -> None:
    rows = [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]
    assert _digest(rows) == _digest([dict(reversed(list(r.items()))) for r in rows])
    assert _digest(rows) != _digest(rows[::-1])
    assert _digest(rows) != _digest([{"a": 1, "b": "x"}, {"a": 2, "b": "z"}])


def rewrite() -> int:
    from agefacts import EXTRACTOR_VERSION

    golden = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
    current = extraction_digests()
    changed = changes(golden, current)
    print("\n".join(changed) or "no output changed")
    kept = [doc for doc in current if doc in golden]  # added or removed texts need no bump
    moved = changes({d: golden[d] for d in kept}, {d: current[d] for d in kept})
    if moved and golden.get(VERSION_KEY) == EXTRACTOR_VERSION:
        print(f"extraction output changed under EXTRACTOR_VERSION {EXTRACTOR_VERSION}: bump it in "
              "agefacts/__init__.py, then rewrite", file=sys.stderr)
        return 1
    current[VERSION_KEY] = EXTRACTOR_VERSION
    GOLDEN.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(rewrite())
