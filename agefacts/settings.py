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
            task_runner=env.get("AGEFACTS_TASK_RUNNER", cls.task_runner),
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(base, **given)
