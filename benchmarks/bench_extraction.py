"""The whole extraction stage (``extract_documents``, as the flow runs it: every extractor,
stage by stage over chunks of documents) on a corpus of >= 10 MB.

Prints MB/s on one core (CPU time of this process, and wall time) and peak memory, then the
time of each extractor alone over the same corpus (the inputs an extractor reads from earlier
ones are made beforehand, untimed). Targets: >= 5 MB/s, peak memory < 2 GB. The machine's load
moves CPU-time figures too (caches are shared): compare runs made one after the other.
Run: ``python -m benchmarks.bench_extraction``.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable

from agefacts.extract.citations import extract_citations
from agefacts.extract.claims import extract_claims
from agefacts.extract.entities import extract_mentions
from agefacts.extract.pipeline import DocumentText, extract_document, extract_documents, prepare
from agefacts.extract.quantities import extract_quantities
from agefacts.extract.sentences import sentence_rows
from agefacts.extract.study_groups import extract_study_groups
from benchmarks.bench_entities import corpus


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    docs = corpus()
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    prepare()  # the lexicons load once per process (as the flow's extract task does)
    texts = [DocumentText(f"b/{i}", t) for i, t in enumerate(docs)]
    wall, cpu = timed(lambda: list(extract_documents(texts)))  # as the flow's extract task runs
    print(f"corpus: {len(docs)} documents, {mb:.1f} MB")
    print(f"whole extraction stage: {mb / cpu:.2f} MB/s (CPU time), {mb / wall:.2f} MB/s (wall)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the inputs below
    print(f"peak memory: {peak:.0f} MiB")
    _, cpu = timed(lambda: [extract_document(doc) for doc in texts])
    print(f"  document by document (extract_document): {mb / cpu:.2f} MB/s (CPU time)")
    sentences = {i: sentence_rows(f"b/{i}", t) for i, t in enumerate(docs)}
    mentions = {i: extract_mentions(f"b/{i}", t) for i, t in enumerate(docs)}
    quantities = {i: extract_quantities(f"b/{i}", t) for i, t in enumerate(docs)}
    cites = {i: extract_citations(f"b/{i}", t, sentences[i])[1] for i, t in enumerate(docs)}
    parts = {
        "sentences": lambda: [sentence_rows(f"b/{i}", t) for i, t in enumerate(docs)],
        "mentions": lambda: [extract_mentions(f"b/{i}", t) for i, t in enumerate(docs)],
        "quantities": lambda: [extract_quantities(f"b/{i}", t) for i, t in enumerate(docs)],
        "groups": lambda: [
            extract_study_groups(f"b/{i}", t, quantities[i]) for i, t in enumerate(docs)
        ],
        "citations": lambda: [extract_citations(f"b/{i}", t, sentences[i]) for i, t in enumerate(docs)],
        "claims": lambda: [
            extract_claims(f"b/{i}", t, sentences[i], mentions[i][1], mentions[i][0], cites=cites[i])
            for i, t in enumerate(docs)
        ],
    }
    for name, fn in parts.items():
        _, part_cpu = timed(fn)
        print(f"  {name:<11} alone: {mb / part_cpu:6.2f} MB/s (CPU time), "
              f"{1000 * part_cpu / mb:5.0f} ms per MB")


if __name__ == "__main__":
    main()
