"""How many calls an API limit lets run at once: shared by the unit and integration limit tests."""

from __future__ import annotations

import threading
import time

from agefacts.limits import external_call
from agefacts.settings import Settings


def peak_in_flight(settings: Settings, threads: int, hold: float) -> int:
    """Start ``threads`` calls that each hold the limit for ``hold`` seconds; the most seen at once."""
    in_flight, peak, lock = 0, 0, threading.Lock()

    def call() -> None:
        nonlocal in_flight, peak
        with external_call(settings):
            with lock:
                in_flight += 1
                peak = max(peak, in_flight)
            time.sleep(hold)
            with lock:
                in_flight -= 1

    workers = [threading.Thread(target=call) for _ in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join(60)
    return peak
