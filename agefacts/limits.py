"""One limit on calls to external APIs (Crossref, DataCite, doi.org), however many tasks make them.

Two layers, both entered by ``external_call()`` around every outgoing request:

* ``local`` (default): a process-wide semaphore of ``AGEFACTS_API_CONCURRENCY`` slots. It works
  with Prefect's ephemeral server, in tests and offline, and costs nothing; every task thread of
  the flow's process shares it.
* ``prefect``: additionally a Prefect *global concurrency limit* named ``agefacts-external-api``
  (created with ``AGEFACTS_API_CONCURRENCY`` slots if missing), which also spans processes:
  several flow runs, Dask process workers, deployments on several workers. Each call then costs
  two round trips to the Prefect API, negligible beside an HTTP request to Crossref.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from agefacts.settings import Settings

GLOBAL_LIMIT = "agefacts-external-api"

_semaphores: dict[int, threading.BoundedSemaphore] = {}
_guard = threading.Lock()


def _semaphore(slots: int) -> threading.BoundedSemaphore:
    with _guard:
        if slots not in _semaphores:
            _semaphores[slots] = threading.BoundedSemaphore(max(1, slots))
        return _semaphores[slots]


def ensure_global_limit(settings: Settings) -> None:
    """Create the Prefect global concurrency limit when the ``prefect`` mode needs it."""
    if settings.api_limit != "prefect":
        return
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(GLOBAL_LIMIT)
        except ObjectNotFound:
            client.create_global_concurrency_limit(
                GlobalConcurrencyLimitCreate(name=GLOBAL_LIMIT, limit=max(1, settings.api_concurrency))
            )


@contextmanager
def external_call(settings: Settings | None = None) -> Iterator[None]:
    """Hold one slot of the external-API limit for the duration of one request."""
    settings = settings or Settings.from_env()
    with _semaphore(settings.api_concurrency):
        if settings.api_limit == "prefect":
            from prefect.concurrency.sync import concurrency

            with concurrency(GLOBAL_LIMIT, occupy=1, strict=True):
                yield
        else:
            yield
