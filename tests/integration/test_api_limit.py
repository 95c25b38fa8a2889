"""The external-API limit as a Prefect global concurrency limit (spans processes and runs)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate

from agefacts.limits import GLOBAL_LIMIT, ensure_global_limit, external_call
from agefacts.settings import Settings


def test_prefect_mode_creates_the_limit_and_holds_calls_to_it(tmp_path: Path):
    settings = Settings(sources=tmp_path, warehouse=tmp_path / "w", api_limit="prefect",
                        api_concurrency=4)
    with get_client(sync_client=True) as client:
        for limit in client.read_global_concurrency_limits():
            if limit.name == GLOBAL_LIMIT:
                client.delete_global_concurrency_limit_by_name(GLOBAL_LIMIT)
        ensure_global_limit(settings)
        assert client.read_global_concurrency_limit_by_name(GLOBAL_LIMIT).limit == 4
        # An operator tightened it to one call at a time: the in-process limit (4) is not enough.
        client.delete_global_concurrency_limit_by_name(GLOBAL_LIMIT)
        client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=GLOBAL_LIMIT, limit=1))
    ensure_global_limit(settings)  # leaves an existing limit alone

    in_flight, peak, lock = 0, 0, threading.Lock()

    def call():
        nonlocal in_flight, peak
        with external_call(settings):
            with lock:
                in_flight += 1
                peak = max(peak, in_flight)
            time.sleep(0.05)
            with lock:
                in_flight -= 1

    threads = [threading.Thread(target=call) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert peak == 1
    with get_client(sync_client=True) as client:
        client.delete_global_concurrency_limit_by_name(GLOBAL_LIMIT)
