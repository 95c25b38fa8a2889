"""The external-API limit holds across threads."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from agefacts.limits import external_call
from agefacts.settings import Settings


def test_no_more_calls_in_flight_than_the_limit_allows():
    settings = Settings(sources=Path("."), warehouse=Path("w"), api_concurrency=3)
    in_flight, peak, lock = 0, 0, threading.Lock()

    def call():
        nonlocal in_flight, peak
        with external_call(settings):
            with lock:
                in_flight += 1
                peak = max(peak, in_flight)
            time.sleep(0.02)
            with lock:
                in_flight -= 1

    threads = [threading.Thread(target=call) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == 3
