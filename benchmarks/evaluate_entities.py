"""Precision and recall of entity mentions per kind, over hand-labelled texts.

The labelled texts in ``tests/fixtures/labelled/*.txt`` mark every mention a curator would
ground as ``[[surface|ENTITY_ID]]`` (several ids separated by ';', markup may nest, as in
``[[[[AKT|FPLX:AKT]]/[[mTOR|HGNC:3942]] pathway|agefacts.pathway:AKT/MTOR]]``). ``X:<kind>``
marks a mention with no identifier in agefacts' vocabularies: it can only be missed. Anything
the extractor finds outside the markup is a false positive.

A prediction matches a gold mention when the entity ids agree and the spans overlap ("chronic
low-grade inflammation" vs "low-grade inflammation"); the strict figures require the same span.

Run: ``python -m benchmarks.evaluate_entities [folder]``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from agefacts.extract.entities import find_mentions, load

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "labelled"
KINDS = ("gene", "family", "condition", "species", "intervention", "cohort", "pathway")
_PREFIX_KIND = {
    "HGNC": "gene", "FPLX": "family", "NCBITaxon": "species",
    "agefacts.intervention": "intervention", "agefacts.cohort": "cohort",
    "agefacts.pathway": "pathway",
}


def parse_labelled(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and gold ``(start, end, entity_id)`` from ``[[surface|ID;ID]]`` markup."""
    out: list[str] = []
    length = 0
    stack: list[int] = []
    gold: list[tuple[int, int, str]] = []
    i = 0
    while i < len(marked):
        if marked.startswith("[[", i):
            stack.append(length)
            i += 2
        elif stack and marked[i] == "|":
            close = marked.index("]]", i)
            start = stack.pop()
            gold.extend((start, length, ident.strip()) for ident in marked[i + 1 : close].split(";"))
            i = close + 2
        else:
            out.append(marked[i])
            length += 1
            i += 1
    if stack:
        raise ValueError("unclosed [[ in labelled text")
    return "".join(out), gold


def kind_of(entity_id: str) -> str:
    if entity_id.startswith("X:"):
        return entity_id[2:]
    entity = load().entity(entity_id)
    if entity is not None:
        return entity.kind
    return _PREFIX_KIND.get(entity_id.split(":", 1)[0], "unknown")


@dataclass
class Score:
    tp_gold: int = 0
    gold: int = 0
    tp_pred: int = 0
    pred: int = 0
    strict_tp: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def strict_precision(self) -> float:
        return self.strict_tp / self.pred if self.pred else 1.0

    @property
    def strict_recall(self) -> float:
        return self.strict_tp / self.gold if self.gold else 1.0


def _same(gold_id: str, pred_id: str, pred_kind: str) -> bool:
    return gold_id == pred_id or (gold_id.startswith("X:") and gold_id[2:] == pred_kind)


def evaluate(folder: Path = LABELLED) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for path in sorted(folder.glob("*.txt")):
        text, gold = parse_labelled(path.read_text(encoding="utf-8"))
        pred = [(m.start, m.end, m.entity.entity_id, m.entity.kind) for m in find_mentions(text)]
        for gs, ge, gid in gold:
            s = scores[kind_of(gid)]
            s.gold += 1
            if any(_same(gid, pid, pk) and ps < ge and gs < pe for ps, pe, pid, pk in pred):
                s.tp_gold += 1
            else:
                s.misses.append(f"{path.stem}: {text[gs:ge]!r} {gid}")
        for ps, pe, pid, pk in pred:
            s = scores[pk]
            s.pred += 1
            if any(_same(gid, pid, pk) and ps < ge and gs < pe for gs, ge, gid in gold):
                s.tp_pred += 1
            else:
                s.false_positives.append(f"{path.stem}: {text[ps:pe]!r} {pid}")
            if any((gs, ge) == (ps, pe) and _same(gid, pid, pk) for gs, ge, gid in gold):
                s.strict_tp += 1
    return dict(scores)


def report(scores: dict[str, Score], verbose: bool = False) -> str:
    lines = [f"{'kind':<13}{'gold':>6}{'found':>7}{'P':>7}{'R':>7}{'P strict':>10}{'R strict':>10}"]
    total = Score()
    for kind in KINDS:
        s = scores.get(kind, Score())
        for name in ("tp_gold", "gold", "tp_pred", "pred", "strict_tp"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        lines.append(
            f"{kind:<13}{s.gold:>6}{s.pred:>7}{s.precision:>7.2f}{s.recall:>7.2f}"
            f"{s.strict_precision:>10.2f}{s.strict_recall:>10.2f}"
        )
    lines.append(
        f"{'all':<13}{total.gold:>6}{total.pred:>7}{total.precision:>7.2f}{total.recall:>7.2f}"
        f"{total.strict_precision:>10.2f}{total.strict_recall:>10.2f}"
    )
    if verbose:
        for kind in KINDS:
            s = scores.get(kind, Score())
            lines += [f"  miss {kind}: {m}" for m in s.misses]
            lines += [f"  false {kind}: {f}" for f in s.false_positives]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv and not argv[0].startswith("-") else LABELLED
    print(f"Entity mentions over {len(list(folder.glob('*.txt')))} labelled texts in {folder}")
    print(report(evaluate(folder), verbose="-v" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
