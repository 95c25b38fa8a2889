"""Release files on disk: deterministic Parquet, hashes, and the list of published releases."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from agefacts.release.semver import Version

DESCRIPTOR = "datapackage.json"
MANIFEST = "manifest.json"
DICTIONARY = "data_dictionary.md"
CHANGELOG = "CHANGELOG.md"
DATA_DIR = "data"

#: Fixed writer settings: the same rows always give the same bytes.
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 9
ROW_GROUP_SIZE = 128 * 1024


def write_parquet(df: pl.DataFrame, path: Path, key: tuple[str, ...]) -> None:
    """Rows sorted by primary key, fixed compression and row groups, no schema metadata.

    Parquet written by pyarrow holds no timestamps, so equal rows give byte-identical files.
    """
    if df.height and key:
        df = df.sort(list(key), nulls_last=True, maintain_order=True)
    table = df.to_arrow(compat_level=pl.CompatLevel.oldest()).replace_schema_metadata(None)
    pq.write_table(
        table,
        path,
        compression=COMPRESSION,
        compression_level=COMPRESSION_LEVEL,
        row_group_size=ROW_GROUP_SIZE,
        use_dictionary=True,
        write_statistics=True,
        version="2.6",
    )


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def file_problem(path: Path, size: int | None, sha256: str | None) -> str | None:
    """What is wrong with ``path`` against its declared size and hash, or None."""
    if not path.is_file():
        return "missing"
    actual = path.stat().st_size
    if size is not None and actual != size:
        if actual < size:
            return f"truncated: {actual} bytes, datapackage.json declares {size}"
        return f"wrong size: {actual} bytes, datapackage.json declares {size}"
    if sha256:
        digest = sha256_file(path)
        if digest != sha256:
            return f"content modified: sha256 {digest}, datapackage.json declares {sha256}"
    return None


def safe_relpath(path: str) -> PurePosixPath:
    """A resource path must stay inside its release (no absolute paths, no ``..``, no URLs)."""
    p = PurePosixPath(path)
    if not path or p.is_absolute() or ".." in p.parts or "://" in path or "\\" in path:
        raise ValueError(f"unsafe resource path {path!r}")
    return p


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


@dataclass(frozen=True)
class PublishedRelease:
    version: Version
    path: Path
    manifest: dict[str, Any]

    @property
    def content_hash(self) -> str | None:
        return self.manifest.get("content_hash")

    @property
    def warehouse_version(self) -> int | None:
        return (self.manifest.get("warehouse") or {}).get("version")


def list_releases(out: Path) -> list[PublishedRelease]:
    """Published releases under ``out`` in version order (directories named MAJOR.MINOR.PATCH)."""
    found = []
    if not out.is_dir():
        return found
    for child in out.iterdir():
        if not (child.is_dir() and Version.is_valid(child.name) and (child / DESCRIPTOR).is_file()):
            continue
        try:
            manifest = json.loads((child / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        found.append(PublishedRelease(Version.parse(child.name), child, manifest))
    return sorted(found, key=lambda r: r.version)
