"""Entity matching speed and memory on a corpus of at least 10 MB.

The corpus is built from the seed articles and the labelled texts, with paragraphs shuffled and
numbered so no two documents are identical, cut into article-sized documents. Figures:

- lexicon load: first use in this process (compiled lexicon read from the on-disk cache);
- lexicon scan: normalisation plus both Aho-Corasick automata over the text (every match as a
  Python tuple), the part that has
  to scale with text size (also shown on one string of 1, 5 and 10 MB: linear);
- find_mentions: the whole entity stage (scan, overlap and context rules, patterns);
- extract_mentions: the same plus table rows with stable ids;
- peak memory (max RSS) of the process.

Run: ``python -m benchmarks.bench_entities``.
"""

from __future__ import annotations

import random
import resource
import time
from pathlib import Path

from agefacts.extract.entities import extract_mentions, find_mentions, load
from agefacts.extract.entities.normalise import normalise
from benchmarks.evaluate_entities import LABELLED, parse_labelled

ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES = 10_500_000


def corpus(target: int = TARGET_BYTES, seed: int = 7) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw" / "sources").glob("*.txt"))]
    texts += [parse_labelled(p.read_text(encoding="utf-8"))[0] for p in sorted(LABELLED.glob("*.txt"))]
    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    docs, size, n = [], 0, 0
    while size < target:
        picked = rng.sample(paragraphs, k=min(12, len(paragraphs)))
        doc = f"Article {n}\n\n" + "\n\n".join(picked)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
        n += 1
    return docs


def scan(text: str) -> int:
    lex = load()
    cased, lowered = normalise(text)
    return len(lex.cs.matches(cased)) + len(lex.ci.matches(lowered))


class Timer:
    """Wall and CPU time: on a shared machine the CPU time of this process is the fairer figure
    for "one core"; both are printed."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def rate(self, nbytes: int) -> str:
        mb = nbytes / 1e6
        return (f"{mb / self.cpu:6.1f} MB/s CPU, {mb / self.wall:6.1f} MB/s wall "
                f"({mb:.1f} MB, {self.cpu:.2f} s CPU, {self.wall:.2f} s wall)")


def main() -> int:
    with Timer() as t:
        load()
    print(f"lexicon load          {t.cpu:.2f} s CPU, {t.wall:.2f} s wall")

    docs = corpus()
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    print(f"corpus                {len(docs)} documents, {nbytes / 1e6:.1f} MB")

    with Timer() as t:
        hits = sum(scan(d) for d in docs)
    print(f"lexicon scan          {t.rate(nbytes)}, {hits} raw hits")

    big = "\n\n".join(docs)
    for mb in (1, 5, 10):
        part = big[: mb * 1_000_000]
        with Timer() as t:
            scan(part)
        print(f"  one {mb:>2} MB string    {t.rate(len(part.encode('utf-8')))}")

    with Timer() as t:
        mentions = sum(len(find_mentions(d)) for d in docs)
    print(f"find_mentions         {t.rate(nbytes)}, {mentions} mentions")

    with Timer() as t:
        rows = sum(len(extract_mentions(f"doc-{i}", d)[1]) for i, d in enumerate(docs))
    print(f"extract_mentions      {t.rate(nbytes)}, {rows} rows")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak memory (RSS)     {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
