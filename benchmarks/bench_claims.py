"""Speed of claim extraction: MB/s on one core over a corpus of at least 10 MB, and peak memory.

The corpus repeats the seed articles and the hand-labelled texts, each copy its own document.
Two runs: with mentions built by hand from the labelled entities (dense: every labelled
outcome and exercise word is a mention), and with the mentions of ``agefacts.extract.entities``.
Mention building is not timed (the entity extractor has its own benchmark). Figures are
printed, not asserted.

Run: ``.venv/bin/python -m benchmarks.bench_claims`` (or all benchmarks: ``python -m benchmarks``)
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agefacts.extract.claims import extract_claims  # noqa: E402
from agefacts.extract.sentences import sentence_rows  # noqa: E402
from benchmarks.evaluate_claims import (  # noqa: E402
    SEEDS_GOLD,
    SOURCES,
    build_mentions,
    labelled_docs,
    seed_entities,
)

TARGET_BYTES = 10 * 1024 * 1024


def _sources() -> list[tuple[str, list[dict]]]:
    out = []
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    for name, entry in gold.items():
        out.append(((SOURCES / name).read_text(encoding="utf-8"), seed_entities(entry)))
    for doc in labelled_docs():
        out.append((doc["text"], doc["entities"]))
    return out


def _run(label: str, prepared: list[tuple], size: int) -> None:
    n_claims = 0
    start = time.process_time()
    for doc_id, text, sents, mentions, entity_rows in prepared:
        n_claims += len(extract_claims(doc_id, text, sents, mentions, entity_rows))
    elapsed = time.process_time() - start
    mb = size / 1024 / 1024
    print(f"claims, {label}: {mb:.1f} MB, {len(prepared)} documents, {n_claims} claims in "
          f"{elapsed:.2f} s CPU = {mb / elapsed:.1f} MB/s on one core")


def main() -> int:
    from agefacts.extract.entities import extract_mentions

    sources = _sources()
    hand, found = [], []
    size = 0
    i = 0
    while size < TARGET_BYTES:
        text, ents = sources[i % len(sources)]
        doc_id = f"bench_{i}"
        sents = sentence_rows(doc_id, text)
        mentions, entity_rows = build_mentions(doc_id, text, ents)
        hand.append((doc_id, text, sents, mentions, entity_rows))
        entity_rows, mentions = extract_mentions(doc_id, text)
        found.append((doc_id, text, sents, mentions, entity_rows))
        size += len(text.encode("utf-8"))
        i += 1
    _run("hand-built mentions", hand, size)
    _run("extracted mentions", found, size)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
