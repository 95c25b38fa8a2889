"""End-to-end check on whole articles the extractors were not written against.

``tests/fixtures/heldout/`` holds articles of the genre (press release, blog post, abstract,
newsletter, thread, ...) annotated in ``gold*.json`` files: one entry per article file with
its ``genes`` (HGNC approved symbols, ``FPLX:`` families), ``quantities`` (the minimal verbatim
span of each number a curator would record), optional ``secondary`` numbers (dates, years,
restated or verbal counts: neither a hit nor a false positive when found) and ``dois``. Each
annotated string marks every occurrence of it in the article that is not part of a longer word
or number. This scores ``extract_document`` as the pipeline runs it: a gene counts once per
article, a number matches when the spans overlap.
Articles were written and annotated in batches (``gold_<batch>.json``), each scored once before
any rule was changed for it; docs/evaluation.md reports the first score of each batch, the README the latest.
Run: ``python -m benchmarks.evaluate_articles`` (``--file NAME`` for one article).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from agefacts.extract.pipeline import DocumentText, extract_document
from agefacts.ingest.readers import ReadText, decode

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "heldout"

Span = tuple[int, int]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def gold(batch: str | None = None) -> dict[str, dict]:
    """Annotated articles: every ``gold*.json`` merged (one entry per article file), or only
    ``gold_<batch>.json`` (``gold.json`` is batch ``a``)."""
    out: dict[str, dict] = {}
    for path in sorted(HELDOUT.glob("gold*.json")):
        if batch is not None and _batch(path) != batch:
            continue
        for name, entry in json.loads(path.read_text(encoding="utf-8")).items():
            if name in out:
                raise ValueError(f"{path.name}: {name} is annotated twice")
            out[name] = entry
    return out


def _batch(path: Path) -> str:
    return path.stem.partition("_")[2] or "a"


def batches() -> list[str]:
    return sorted({_batch(p) for p in HELDOUT.glob("gold*.json")})


def _genes(rows: dict) -> set[str]:
    entities = {e["entity_id"]: e for e in rows.get("entities", [])}
    out = set()
    for m in rows.get("mentions", []):
        e = entities[m["entity_id"]]
        if e["kind"] == "gene":
            out.add(e["label"])
        elif e["kind"] == "family":
            out.add(e["entity_id"])
    return out


def occurrences(text: str, span: str, required: bool = True) -> list[Span]:
    """Where an annotated string occurs as a whole (not inside a longer word or number).
    A secondary number may be missing from the text the pipeline reads (an HTML attribute)."""
    found = [
        (m.start(), m.end())
        for m in re.finditer(rf"(?<![\w.]){re.escape(span)}(?!\w|\.\d)", text)
    ]
    if not found and required:
        raise ValueError(f"annotated number {span!r} does not occur in the article")
    return found


def read_article(name: str) -> str:
    """The article's text as the pipeline reads it (HTML becomes its text)."""
    path = HELDOUT / name
    read = decode(name, path.read_bytes(), path.suffix.lower())
    if not isinstance(read, ReadText):
        raise ValueError(read.reason)
    return read.text


def _overlap(a: Span, spans: list[Span]) -> bool:
    return any(s < a[1] and a[0] < e for s, e in spans)


def score_article(text: str, expected: dict, rows: dict) -> tuple[dict[str, Score], dict]:
    """Scores of one article, and what was missed and extra (for reading, not scoring)."""
    scores = {"genes": Score(), "quantities": Score(), "dois": Score()}
    got, want = _genes(rows), set(expected.get("genes", []))
    scores["genes"] = Score(len(got & want), len(got - want), len(want - got))
    found = [(q["char_start"], q["char_end"]) for q in rows.get("quantities", [])]
    wanted = {q: occurrences(text, q) for q in dict.fromkeys(expected.get("quantities", []))}
    gold_spans = [s for spans in wanted.values() for s in spans]
    lenient = [s for q in expected.get("secondary", []) for s in occurrences(text, q, False)]
    missed = [q for q, spans in wanted.items() for s in spans if not _overlap(s, found)]
    extra = [
        q["text"] for q in rows.get("quantities", [])
        if not _overlap((q["char_start"], q["char_end"]), gold_spans + lenient)
    ]
    scores["quantities"] = Score(len(gold_spans) - len(missed), len(extra), len(missed))
    dois = {c["doi"] for c in rows.get("citations", []) if c.get("doi")}
    want_dois = {d.lower() for d in expected.get("dois", [])}
    dois = {d.lower() for d in dois}
    scores["dois"] = Score(len(dois & want_dois), len(dois - want_dois), len(want_dois - dois))
    detail = {
        "genes missed": sorted(want - got), "genes extra": sorted(got - want),
        "numbers missed": missed, "numbers extra": extra,
        "dois missed": sorted(want_dois - dois), "dois extra": sorted(dois - want_dois),
    }
    return scores, detail


def evaluate(verbose: bool = False, only: str | None = None,
             batch: str | None = None) -> dict[str, Score]:
    totals = {"genes": Score(), "quantities": Score(), "dois": Score()}
    for name, expected in gold(batch).items():
        if only and name != only:
            continue
        text = read_article(name)
        scores, detail = score_article(text, expected, extract_document(DocumentText(name, text)))
        for kind, s in scores.items():
            totals[kind].add(s)
        if verbose:
            print(f"{name}:")
            for what, items in detail.items():
                if items:
                    print(f"  {what}: {items}")
    return totals


def _print(scores: dict[str, Score], indent: str = "") -> None:
    for kind, s in scores.items():
        print(f"{indent}{kind:<11} precision {s.precision:.2f}  recall {s.recall:.2f}  "
              f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")


def main() -> None:
    only = sys.argv[sys.argv.index("--file") + 1] if "--file" in sys.argv else None
    _print(evaluate(verbose=True, only=only))
    if only is None:
        for batch in batches():
            print(f"batch {batch} ({', '.join(gold(batch))}):")
            _print(evaluate(batch=batch), indent="  ")


if __name__ == "__main__":
    main()
