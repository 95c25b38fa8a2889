"""Throughput of the quantity and study-group extractors and of the whole per-document extraction.

Two corpora of at least 10 MB each (``--mb`` to change), every text a separate document: the seed
articles (real articles of the genre, reference lists included) and the labelled test texts
(written to be dense in numbers: about three times the seeds' numbers per MB). Figures are CPU seconds on one core
(``time.process_time``), so a busy machine does not distort them much; wall time is printed too.
A linearity check times adversarial text (long runs of digits, dashes and "(n=") at two sizes:
with linear regexes the ratio stays near 2.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from agefacts.extract.pipeline import DocumentText, extract_document
from agefacts.extract.quantities import extract_quantities
from agefacts.extract.study_groups import extract_study_groups

ROOT = Path(__file__).resolve().parent.parent
TARGET_STAGE_MB_S = 5.0


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw" / "sources").glob("*.txt"))]


def labelled_texts() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"]
            for p in sorted((ROOT / "tests" / "fixtures" / "labelled").glob("*.json"))]


def corpus(texts: list[str], min_mb: float) -> list[str]:
    size = sum(len(t.encode("utf-8")) for t in texts)
    return texts * max(1, int(min_mb * 1e6 / size) + 1)


def timed(label: str, docs: list[str], fn: Callable[[int, str], object]) -> float:
    mb = sum(len(t.encode("utf-8")) for t in docs) / 1e6
    wall, cpu = time.perf_counter(), time.process_time()
    for i, text in enumerate(docs):
        fn(i, text)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    print(f"{label:34} {mb / cpu:7.1f} MB/s  ({cpu:5.2f} s CPU, {wall:5.2f} s wall)")
    return mb / cpu


def run_corpus(name: str, docs: list[str]) -> float:
    mb = sum(len(t.encode("utf-8")) for t in docs) / 1e6
    print(f"== {name}: {len(docs)} documents, {mb:.1f} MB")
    quantities: dict[int, list] = {}

    def q(i: int, text: str) -> None:
        quantities[i] = extract_quantities(str(i), text)

    timed("quantities", docs, q)
    timed("study groups (given quantities)", docs,
          lambda i, t: extract_study_groups(str(i), t, quantities[i]))
    stage = timed("whole extraction stage", docs,
                  lambda i, t: extract_document(DocumentText(f"d{i}", t)))
    print(f"{'':34} {sum(len(v) for v in quantities.values()) / mb:7.0f} quantities per MB")
    return stage


def main(argv: list[str]) -> int:
    min_mb = float(argv[argv.index("--mb") + 1]) if "--mb" in argv else 10.0
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          "(a busy machine slows CPU time too)")
    stage = run_corpus("seed articles", corpus(seed_texts(), min_mb))
    run_corpus("labelled texts (number-dense)", corpus(labelled_texts(), min_mb))

    # Linearity: adversarial text at two sizes.
    unit = "1-" * 500 + " " * 200 + "9" * 300 + " (n=" * 100 + "a year " * 50 + "\n"
    times = []
    for copies in (400, 800):
        text = unit * copies
        start = time.process_time()
        extract_quantities("adversarial", text)
        times.append(time.process_time() - start)
    print(f"adversarial text: {times[0]:.2f} s for {len(unit) * 400 / 1e6:.1f} MB, "
          f"{times[1]:.2f} s for twice as much (ratio {times[1] / max(times[0], 1e-9):.2f})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    verdict = "meets" if stage >= TARGET_STAGE_MB_S else "MISSES"
    print(f"whole extraction stage on the seed articles {verdict} the "
          f"{TARGET_STAGE_MB_S:.0f} MB/s target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
