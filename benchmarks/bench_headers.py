"""Speed of the header stage (``documents.header_of``), which runs once per document.

Every file the header benchmark scores (seeds and held-out articles) is decoded once, then its
header read ``--repeat`` times (default 20). Figures are CPU seconds on one core
(``time.process_time``), so a busy machine does not distort them much.
Run: ``python -m benchmarks.bench_headers [--repeat N]``.
"""

from __future__ import annotations

import sys
import time

from agefacts.ingest.documents import header_of
from agefacts.ingest.readers import ReadText, decode
from benchmarks.evaluate_headers import gold


def main() -> None:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 20
    docs = []
    for path in gold():
        read = decode(path.name, path.read_bytes(), path.suffix)
        assert isinstance(read, ReadText), read
        docs.append(read)
    header_of(docs[0])  # warm the compiled patterns and data files
    start = time.process_time()
    for _ in range(repeat):
        for read in docs:
            header_of(read)
    cpu = time.process_time() - start
    n = repeat * len(docs)
    print(f"header stage: {n} documents in {cpu:.2f} s CPU = {1000 * cpu / n:.2f} ms/document")


if __name__ == "__main__":
    main()
