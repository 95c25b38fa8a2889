"""Where a run's time goes: spans of our own code, so the rest is orchestration (Prefect).

Every task body and the flow's own work between tasks record a span; ``busy_seconds`` is the
length of their union (parallel task threads overlap), and a run's wall time minus that is the
time spent in Prefect itself: creating and tracking task runs, futures, state changes, logging
to the API. Spans are kept in this process only (thread task runners; not Dask processes).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_spans: list[tuple[str, float, float]] = []
_lock = threading.Lock()


@contextmanager
def timed(name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        end = time.perf_counter()
        with _lock:
            _spans.append((name, start, end))
            if len(_spans) > 100_000:  # a long-lived process (serve) must not grow forever
                del _spans[:50_000]


def spans(since: float = 0.0, until: float = float("inf")) -> list[tuple[str, float, float]]:
    with _lock:
        return [s for s in _spans if s[1] >= since and s[2] <= until]


def busy_seconds(since: float = 0.0, until: float = float("inf")) -> float:
    """Length of the union of the spans recorded between ``since`` and ``until``."""
    total, cursor = 0.0, float("-inf")
    for _, start, end in sorted(spans(since, until), key=lambda s: s[1]):
        if end <= cursor:
            continue
        total += end - max(start, cursor)
        cursor = end
    return total
