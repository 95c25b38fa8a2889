"""End-to-end check on whole articles the extractors were not written against.

``tests/fixtures/heldout/`` holds articles of the genre (press release, blog post, abstract)
annotated with their genes (HGNC symbols, ``FPLX:`` families), numbers and DOIs. This scores
``extract_document`` as the pipeline runs it, per fact type: a gene counts once per article, a
number matches when the spans overlap. Run: ``python -m benchmarks.evaluate_articles``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from agefacts.extract.pipeline import DocumentText, extract_document

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "heldout"


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


def _overlaps(span: str, text: str, found: list[tuple[int, int]]) -> bool:
    start = text.find(span)
    end = start + len(span)
    return any(s < end and start < e for s, e in found)


def evaluate(verbose: bool = False) -> dict[str, Score]:
    gold = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))
    scores = {"genes": Score(), "quantities": Score(), "dois": Score()}
    for name, expected in gold.items():
        text = (HELDOUT / name).read_text(encoding="utf-8")
        rows = extract_document(DocumentText(name, text))
        got, want = _genes(rows), set(expected["genes"])
        scores["genes"].tp += len(got & want)
        scores["genes"].fp += len(got - want)
        scores["genes"].fn += len(want - got)
        spans = [(q["char_start"], q["char_end"]) for q in rows.get("quantities", [])]
        hit = [q for q in expected["quantities"] if _overlaps(q, text, spans)]
        gold_spans = [(text.find(q), text.find(q) + len(q)) for q in expected["quantities"]]
        extra = [
            q["text"] for q in rows.get("quantities", [])
            if not any(s < q["char_end"] and q["char_start"] < e for s, e in gold_spans)
        ]
        scores["quantities"].tp += len(hit)
        scores["quantities"].fn += len(expected["quantities"]) - len(hit)
        scores["quantities"].fp += len(extra)
        dois = {c["doi"] for c in rows.get("citations", []) if c.get("doi")}
        scores["dois"].tp += len(dois & set(expected["dois"]))
        scores["dois"].fp += len(dois - set(expected["dois"]))
        scores["dois"].fn += len(set(expected["dois"]) - dois)
        if verbose:
            print(f"{name}: genes missed {sorted(want - got)}, extra {sorted(got - want)}; "
                  f"numbers missed {[q for q in expected['quantities'] if q not in hit]}, "
                  f"extra {extra}")
    return scores


def main() -> None:
    for kind, s in evaluate(verbose=True).items():
        print(f"{kind:<11} precision {s.precision:.2f}  recall {s.recall:.2f}  "
              f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")


if __name__ == "__main__":
    main()
