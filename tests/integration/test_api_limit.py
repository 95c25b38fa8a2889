"""The external-API limit as a Prefect global concurrency limit (spans processes and runs)."""

from __future__ import annotations

from pathlib import Path

from concurrency import peak_in_flight
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate

from agefacts.limits import GLOBAL_LIMIT, ensure_global_limit
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

    assert peak_in_flight(settings, threads=4, hold=0.05) == 1
    with get_client(sync_client=True) as client:
        client.delete_global_concurrency_limit_by_name(GLOBAL_LIMIT)
