"""The no-change check: a rerun whose every input is unchanged skips straight to its report.

A build is a pure function of (input files, code and data of the package, vocabularies, curation
files, the raw HTTP cache, the offline flag), *unless* it talks to the network. So after each
successful run the flow records a key over all of those, with what the run produced. The next
run computes the key again right after finding its inputs (hashing their bytes) and, when

* the key is equal,
* the recorded run sent no HTTP request (every lookup came from the raw cache or was skipped
  offline, so the same lookups give the same answers) and no document failed,
* ``--refresh`` was not asked for,
* nothing was committed to the warehouse since (its newest snapshot is the recorded one),

it publishes the recorded reports and stops: nothing would be extracted (every document is in
the extraction cache), resolved differently, validated differently or committed. Any other run
takes the full path, where the per-document extraction cache still avoids re-extracting
unchanged documents.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import agefacts
from agefacts.cache import extraction_context
from agefacts.settings import Settings

RECORD = "last_run.json"
#: Modules that shape how a run is operated or reported, never what it produces.
_OPERATIONAL = {
    "agefacts/cli.py", "agefacts/progress.py", "agefacts/reports.py", "agefacts/limits.py",
    "agefacts/sqlguard.py", "agefacts/views.py", "agefacts/runrecord.py", "flows/timing.py",
}


@cache
def code_fingerprint() -> str:
    """Hash of every file of ``agefacts``, ``schemas`` and ``flows`` that can change a version."""
    roots = [Path(agefacts.__file__).resolve().parent]
    import flows
    import schemas

    roots += [Path(schemas.__file__).resolve().parent, Path(flows.__file__).resolve().parent]
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(root.rglob("*")):
            rel = f"{root.name}/{path.relative_to(root).as_posix()}"
            if (
                not path.is_file()
                or "__pycache__" in path.parts
                or path.suffix in {".pyc", ".pyo"}
                or rel in _OPERATIONAL
                or rel.startswith("agefacts/release/")
            ):
                continue
            digest.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _tree_state(folder: Path, contents: bool) -> list[Any]:
    """Names with sizes and modification times (or content hashes) of the files below ``folder``."""
    if not folder.is_dir():
        return []
    out = []
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            st = path.stat()
            mark = hashlib.sha256(path.read_bytes()).hexdigest() if contents else st.st_mtime_ns
            out.append([path.relative_to(folder).as_posix(), st.st_size, mark])
    return sorted(out)


def run_key(manifest: list[dict[str, Any]], settings: Settings) -> str:
    """Everything a build's output depends on, as one hash (``manifest``: every source file's
    path and SHA-256)."""
    curation = [_tree_state(settings.raw / "curation", contents=True)]
    if settings.curation:
        target = Path(settings.curation)
        curation.append(
            _tree_state(target, True) if target.is_dir()
            else [target.name, hashlib.sha256(target.read_bytes()).hexdigest()]
            if target.is_file() else None
        )
    parts = {
        "manifest": sorted(manifest, key=lambda m: m.get("path", "")),
        "extraction": extraction_context(),
        "code": code_fingerprint(),
        "curation": curation,
        "http_cache": _tree_state(settings.raw / "http" / "responses", contents=False),
        "offline": settings.offline,
        "apis": [settings.crossref_url, settings.datacite_url],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


@dataclass
class RunRecord:
    key: str
    version: int | None
    content_hash: str | None
    snapshot: int | None
    requests_sent: int
    failed_documents: int
    documents: int
    quarantined: int
    failed_checks: int
    quality_report: str
    quality_description: str
    row_counts: dict[str, int] = field(default_factory=dict)
    rejected: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, cache_dir: Path) -> RunRecord | None:
        try:
            return cls(**json.loads((cache_dir / RECORD).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def save(self, cache_dir: Path) -> None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(self), fh)
        os.replace(tmp, cache_dir / RECORD)

    def still_valid(self, key: str, head_snapshot: int | None, settings: Settings) -> bool:
        """True when a run with ``key`` would change nothing (see the module's docstring)."""
        return (
            not settings.refresh
            and self.key == key
            and self.requests_sent == 0
            and self.failed_documents == 0
            and self.version is not None
            and head_snapshot is not None
            and head_snapshot == self.snapshot
        )

    def version_row(self) -> dict[str, Any]:
        """The recorded version as the reports need it (number and row counts)."""
        return {"version": self.version, "content_hash": self.content_hash,
                "row_counts": self.row_counts}
