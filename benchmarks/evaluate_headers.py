"""Per-field accuracy of document headers (title, byline, published) on seeds and held-out articles.

Gold: the seeds' curator annotation (``tests/fixtures/seeds_gold.json`` ``document``) and
``tests/fixtures/heldout/headers.json`` (conventions in its ``_conventions``). Each file is read
as the pipeline reads it (``decode`` then ``documents.header_of``: a feed's item elements, else ``extract_header``
with the HTML <title>), and a field
counts as right only when it equals the gold exactly (null included).
Run: ``python -m benchmarks.evaluate_headers`` (prints every miss).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from agefacts.ingest.documents import header_of
from agefacts.ingest.readers import ReadText, decode

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw" / "sources"
FIXTURES = ROOT / "tests" / "fixtures"
FIELDS = ("title", "byline", "published")


@dataclass(frozen=True)
class Miss:
    name: str
    field: str
    expected: str | None
    got: str | None


def gold() -> dict[Path, dict[str, str | None]]:
    """Expected header fields per source file, seeds first."""
    out: dict[Path, dict[str, str | None]] = {}
    seeds = json.loads((FIXTURES / "seeds_gold.json").read_text(encoding="utf-8"))
    for name, entry in sorted(seeds.items()):
        doc = entry["document"]
        out[SEEDS / name] = {
            "title": doc["title"], "byline": doc["author_or_byline"], "published": doc["published"],
        }
    heldout = FIXTURES / "heldout"
    for name, entry in json.loads((heldout / "headers.json").read_text(encoding="utf-8")).items():
        if not name.startswith("_"):
            out[heldout / name] = entry
    return out


def predicted(path: Path) -> dict[str, str | None]:
    read = decode(path.name, path.read_bytes(), path.suffix)
    assert isinstance(read, ReadText), read
    h = header_of(read)
    return {
        "title": h.title, "byline": h.byline,
        "published": h.published.isoformat() if h.published else None,
    }


def evaluate() -> tuple[dict[str, tuple[int, int]], list[Miss]]:
    """(right, total) per field, and every miss."""
    right = dict.fromkeys(FIELDS, 0)
    misses: list[Miss] = []
    expected_all = gold()
    for path, expected in expected_all.items():
        got = predicted(path)
        for f in FIELDS:
            if got[f] == expected[f]:
                right[f] += 1
            else:
                misses.append(Miss(path.name, f, expected[f], got[f]))
    return {f: (right[f], len(expected_all)) for f in FIELDS}, misses


def main() -> None:
    scores, misses = evaluate()
    for m in misses:
        print(f"MISS {m.name} {m.field}: expected {m.expected!r}, got {m.got!r}")
    for f, (ok, n) in scores.items():
        print(f"{f:10s} {ok}/{n} = {ok / n:.2f}")


if __name__ == "__main__":
    main()
