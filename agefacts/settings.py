"""Run settings: CLI flags override ``AGEFACTS_*`` environment variables, which override defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def _project_root() -> Path:
    """The checkout's root when run from one, else the working directory."""
    here = Path(__file__).resolve().parent.parent
    if (here / "pyproject.toml").exists() and (here / "raw").is_dir():
        return here
    return Path.cwd()


TASK_RUNNERS = ("threads", "dask")
API_LIMITS = ("local", "prefect")


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    sources: Path
    warehouse: Path
    offline: bool = False
    raw: Path = field(default_factory=lambda: _project_root() / "raw")
    curation: Path | None = None
    crossref_url: str = "https://api.crossref.org"
    datacite_url: str = "https://api.datacite.org"
    mailto: str = "agefacts@example.org"
    task_runner: str = "threads"
    #: Fetch DOIs again even when the raw HTTP cache already holds them.
    refresh: bool = False
    #: Content-addressed extraction cache (default: beside the warehouse, ``<warehouse>.cache``).
    cache: Path | None = None
    #: Seconds a run waits for another run on the same warehouse before it stops.
    lock_timeout: float = 600.0
    #: Timeout of each I/O task, in seconds.
    task_timeout: float = 900.0
    #: Most calls to external APIs (Crossref, DataCite) in flight at once.
    api_concurrency: int = 4
    #: ``local`` (an in-process limiter) or ``prefect`` (a Prefect global concurrency limit too).
    api_limit: str = "local"
    #: Address of a running Dask scheduler; empty: a local cluster per run.
    dask_address: str | None = None
    #: Workers of the local Dask cluster (default: one per core).
    dask_workers: int | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        root = _project_root()
        env = os.environ
        base = cls(
            sources=Path(env.get("AGEFACTS_SOURCES", root / "raw" / "sources")),
            warehouse=Path(env.get("AGEFACTS_WAREHOUSE", root / "warehouse" / "agefacts.ducklake")),
            offline=_flag(env.get("AGEFACTS_OFFLINE")),
            raw=Path(env.get("AGEFACTS_RAW", root / "raw")),
            curation=Path(env["AGEFACTS_CURATION"]) if env.get("AGEFACTS_CURATION") else None,
            crossref_url=env.get("AGEFACTS_CROSSREF_URL", cls.crossref_url),
            datacite_url=env.get("AGEFACTS_DATACITE_URL", cls.datacite_url),
            mailto=env.get("AGEFACTS_MAILTO", cls.mailto),
            task_runner=env.get("AGEFACTS_TASK_RUNNER", cls.task_runner).strip().lower(),
            refresh=_flag(env.get("AGEFACTS_REFRESH")),
            cache=Path(env["AGEFACTS_CACHE"]) if env.get("AGEFACTS_CACHE") else None,
            lock_timeout=float(env.get("AGEFACTS_LOCK_TIMEOUT", cls.lock_timeout)),
            task_timeout=float(env.get("AGEFACTS_TASK_TIMEOUT", cls.task_timeout)),
            api_concurrency=int(env.get("AGEFACTS_API_CONCURRENCY", cls.api_concurrency)),
            api_limit=env.get("AGEFACTS_API_LIMIT", cls.api_limit).strip().lower(),
            dask_address=env.get("AGEFACTS_DASK_ADDRESS") or None,
            dask_workers=int(env["AGEFACTS_DASK_WORKERS"]) if env.get("AGEFACTS_DASK_WORKERS") else None,
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        settings = replace(base, **given)
        if settings.task_runner not in TASK_RUNNERS:
            raise ValueError(
                f"AGEFACTS_TASK_RUNNER={settings.task_runner!r}: expected one of {', '.join(TASK_RUNNERS)}"
            )
        if settings.api_limit not in API_LIMITS:
            raise ValueError(
                f"AGEFACTS_API_LIMIT={settings.api_limit!r}: expected one of {', '.join(API_LIMITS)}"
            )
        return settings

    @property
    def cache_dir(self) -> Path:
        """Where extraction results are cached: ``AGEFACTS_CACHE`` or ``<warehouse>.cache``."""
        return self.cache or self.warehouse.with_name(self.warehouse.name + ".cache")
