"""Citations: field accuracy on the seeds' gold references and on the held-out articles'
references, extraction speed, cache replay speed.

Prints figures; run with ``python -m benchmarks.bench_citations``.
"""

from __future__ import annotations

import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from agefacts.extract.citations import extract_citations
from agefacts.extract.sentences import sentence_rows
from agefacts.scholarly.policy import HttpPolicy
from agefacts.scholarly.resolve import ScholarlyClient, resolve_citations
from agefacts.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FIELDS = {"journal": "journal", "year": "year", "volume": "volume", "issue": "issue",
          "pages": "pages_or_article", "doi": "doi"}


def accuracy() -> None:
    gold = json.loads((ROOT / "tests" / "fixtures" / "seeds_gold.json").read_text("utf-8"))
    found = expected = matched_rows = 0
    right = dict.fromkeys(FIELDS, 0)
    for name, entry in gold.items():
        text = (ROOT / "raw" / "sources" / name).read_text("utf-8")
        doc = name.removesuffix(".txt")
        rows, _ = extract_citations(doc, text, sentence_rows(doc, text))
        by_text = {r["text"]: r for r in rows}
        found += len(rows)
        expected += len(entry["citations"])
        for g in entry["citations"]:
            row = by_text.get(g["text"])
            if row is None:
                continue
            matched_rows += 1
            for f, gf in FIELDS.items():
                want, got = g[gf], row[f]
                if f == "journal":
                    ok = got is not None and (got == want or want.startswith(got + " ("))
                else:
                    ok = got == want
                right[f] += ok
    print(f"seed references: {expected} gold, {found} extracted, {matched_rows} span-exact "
          f"(recall {matched_rows / expected:.2f}, precision {matched_rows / found:.2f})")
    print("field accuracy on matched rows: " + ", ".join(
        f"{f} {right[f]}/{matched_rows}" for f in FIELDS))


HELDOUT_FIELDS = ("authors", "title", "journal", "year", "volume", "issue", "pages", "doi")


def heldout_accuracy() -> None:
    """Every field of every reference printed in the held-out articles (None must be None)."""
    gold = json.loads((ROOT / "tests" / "fixtures" / "heldout_citations_gold.json")
                      .read_text("utf-8"))["articles"]
    right = dict.fromkeys(HELDOUT_FIELDS, 0)
    n = found = 0
    for name, refs in gold.items():
        text = (ROOT / "tests" / "fixtures" / "heldout" / name).read_text("utf-8")
        rows, _ = extract_citations(name, text, sentence_rows(name, text))
        for g in refs:
            n += 1
            row = next((r for r in rows if g["key"] in r["text"]), None) or next(
                (r for r in rows if g["doi"] and r["doi"] == g["doi"]), None)
            found += row is not None
            for f in HELDOUT_FIELDS:
                right[f] += (row[f] if row else None) == g[f]
    print(f"held-out references: {n} gold, {found} found; fields right: " + ", ".join(
        f"{f} {right[f]}/{n}" for f in HELDOUT_FIELDS)
        + f"; all {sum(right.values())}/{n * len(HELDOUT_FIELDS)}")


def speed() -> None:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "raw" / "sources").glob("*.txt"))]
    reps = 50
    t0 = time.perf_counter()
    for i in range(reps):
        for j, text in enumerate(texts):
            extract_citations(f"d{i}-{j}", text, sentence_rows(f"d{i}-{j}", text))
    dt = time.perf_counter() - t0
    chars = reps * sum(map(len, texts))
    print(f"extraction: {reps * len(texts) / dt:.0f} documents/s, {chars / dt / 1e6:.2f} M chars/s")


def replay() -> None:
    """Offline resolution of 500 explicit DOIs from a warm raw cache."""
    body = (ROOT / "tests" / "fixtures" / "scholarly" / "crossref" /
            "work_10.1371_journal.pone.0033693.body.json").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(sources=Path(tmp), warehouse=Path(tmp), raw=Path(tmp), offline=True)
        client = ScholarlyClient.from_settings(settings, policy=HttpPolicy())
        n = 500
        rows = []
        for i in range(n):
            doi = f"10.5555/bench.{i}"
            client.http.cache.put("GET", f"{settings.crossref_url}/works/{doi}",
                                  "application/json", 200, {}, body.replace(
                                      b"10.1371/journal.pone.0033693", doi.encode()),
                                  datetime.now(UTC))
            rows.append({"citation_id": f"c{i}", "text": doi, "doi": doi,
                         "resolution": "explicit", "reason": ""})
        t0 = time.perf_counter()
        result = resolve_citations(rows, client)
        dt = time.perf_counter() - t0
    print(f"offline replay: {n} DOIs from the raw cache in {dt:.2f}s ({n / dt:.0f}/s), "
          f"{len(result.works)} works")


if __name__ == "__main__":
    accuracy()
    heldout_accuracy()
    speed()
    replay()
