"""Precision and recall of quantities and study groups, on labelled texts and on the seeds' gold.

A predicted quantity matches an expected one when their spans overlap and they state the same
number: the value for single values (the ISO date for gold dates), low and high for ranges, and
both for a statistic annotated with its confidence interval.
Matching is one-to-one. A predicted group matches an expected one with the same size ``n``; a
group without a size matches on its label. Run: ``python -m benchmarks.evaluate_quantities``.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agefacts.extract.quantities import extract_quantities
from agefacts.extract.study_groups import extract_study_groups

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "fixtures" / "labelled"
GOLD = ROOT / "tests" / "fixtures" / "seeds_gold.json"
SEEDS = ROOT / "raw" / "sources"


@dataclass
class Score:
    matched_pred: int = 0
    predicted: int = 0
    matched_gold: int = 0
    expected: int = 0

    def add(self, other: Score) -> None:
        self.matched_pred += other.matched_pred
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.expected += other.expected

    @property
    def precision(self) -> float:
        return self.matched_pred / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.expected if self.expected else 1.0

    def line(self, name: str) -> str:
        return (f"{name:38} P {self.precision:5.2f} ({self.matched_pred}/{self.predicted})  "
                f"R {self.recall:5.2f} ({self.matched_gold}/{self.expected})")


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def same_number(expected: dict[str, Any], predicted: dict[str, Any]) -> bool:
    value = expected.get("value")
    if isinstance(value, str):  # gold dates are ISO strings
        return predicted.get("iso_date") == value
    if value is not None:  # a statistic with its confidence interval must carry both
        same_ci = expected.get("low") is None or (
            _close(expected.get("low"), predicted.get("low"))
            and _close(expected.get("high"), predicted.get("high")))
        return _close(value, predicted.get("value")) and same_ci
    return _close(expected.get("low"), predicted.get("low")) and _close(
        expected.get("high"), predicted.get("high")
    )


def match_quantities(expected: list[dict[str, Any]], predicted: list[dict[str, Any]],
                     log: list[str] | None = None, name: str = "") -> Score:
    """One-to-one matching on span overlap and equal numbers."""
    used: set[int] = set()
    hits = 0
    for e in expected:
        for i, p in enumerate(predicted):
            if i in used:
                continue
            overlap = p["char_start"] < e["char_end"] and e["char_start"] < p["char_end"]
            if overlap and same_number(e, p):
                used.add(i)
                hits += 1
                break
        else:
            if log is not None:
                log.append(f"{name}: missed {e['text']!r}")
    if log is not None:
        log.extend(f"{name}: extra {p['text']!r} ({p['measure']})"
                   for i, p in enumerate(predicted) if i not in used)
    return Score(len(used), len(predicted), hits, len(expected))


def match_groups(expected: list[dict[str, Any]], predicted: list[dict[str, Any]],
                 log: list[str] | None = None, name: str = "") -> tuple[Score, Score]:
    """(groups with a size, groups without one)."""
    sized, unsized = Score(), Score()
    used: set[int] = set()
    for e in expected:
        score = sized if e.get("n") is not None else unsized
        score.expected += 1
        for i, p in enumerate(predicted):
            if i in used:
                continue
            if e.get("n") is not None:
                ok = p["n"] == e["n"]
            else:
                ok = p["n"] is None and p["label"].lower() == e["label"].lower()
            if ok:
                used.add(i)
                score.matched_gold += 1
                break
        else:
            if log is not None:
                log.append(f"{name}: missed group {e['label']!r} n={e.get('n')}")
    if log is not None:
        log.extend(f"{name}: extra group {p['label']!r} n={p['n']} ({p['text']!r})"
                   for i, p in enumerate(predicted) if i not in used)
    for i, p in enumerate(predicted):
        score = sized if p["n"] is not None else unsized
        score.predicted += 1
        score.matched_pred += i in used
    return sized, unsized


def _totals() -> dict[str, Score]:
    return {"quantities": Score(), "quantities (core)": Score(), "groups with n": Score(),
            "groups without n": Score()}


def evaluate_labelled(folder: Path = LABELLED, split: str | None = None,
                      log: list[str] | None = None) -> dict[str, Score]:
    """Scores over the labelled texts of one split (`dev`: used while developing the rules;
    `heldout`: written and annotated before the extractor was run on them), or all of them."""
    totals = _totals()
    per_file: dict[str, Score] = {}
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if "quantities" not in doc:
            continue  # labelled for another fact type (e.g. claims_*.json)
        if split is not None and doc.get("split", "dev") != split:
            continue
        predicted = extract_quantities(path.stem, doc["text"])
        q = match_quantities(doc["quantities"], predicted, log, path.stem)
        core = [e for e in doc["quantities"] if e.get("priority", "core") == "core"]
        qc = match_quantities(core, predicted)
        qc.matched_pred, qc.predicted = q.matched_pred, q.predicted
        sized, unsized = match_groups(doc.get("study_groups", []),
                                      extract_study_groups(path.stem, doc["text"], predicted),
                                      log, path.stem)
        per_file[f"  {path.stem} ({doc.get('genre', '')})"] = q
        totals["quantities"].add(q)
        totals["quantities (core)"].add(qc)
        totals["groups with n"].add(sized)
        totals["groups without n"].add(unsized)
    return {**totals, **per_file}


def evaluate_seeds(gold_path: Path = GOLD, seeds: Path = SEEDS,
                   log: list[str] | None = None) -> dict[str, Score]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    totals = _totals()
    for name, entry in gold.items():
        text = (seeds / name).read_text(encoding="utf-8")
        predicted = extract_quantities(name, text)
        expected = entry.get("quantities", [])
        q = match_quantities(expected, predicted, log, name[:3])
        qc = match_quantities([e for e in expected if e.get("priority") == "core"], predicted)
        qc.matched_pred, qc.predicted = q.matched_pred, q.predicted
        groups = [{"label": g["group"], "n": g["n"]} for g in entry.get("study_groups", [])]
        sized, unsized = match_groups(groups, extract_study_groups(name, text, predicted),
                                      log, name[:3])
        totals["quantities"].add(q)
        totals["quantities (core)"].add(qc)
        totals["groups with n"].add(sized)
        totals["groups without n"].add(unsized)
    return totals


def main(details: bool = False) -> dict[str, dict[str, Score]]:
    log: list[str] = []
    results = {"labelled texts, dev split": evaluate_labelled(split="dev", log=log),
               "labelled texts, held-out split": evaluate_labelled(split="heldout", log=log),
               "seeds (gold annotation)": evaluate_seeds(log=log)}
    for title, scores in results.items():
        print(f"== {title}")
        for name, score in scores.items():
            print(score.line(name))
    print("(core: the gold's `core` priority; precision is always against all expected numbers)")
    if details:
        print("\n".join(log))
    return results


if __name__ == "__main__":
    main(details="--details" in sys.argv[1:])
