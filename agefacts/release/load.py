"""Consume a release: from a folder or over HTTP, every file checked against its SHA-256.

Downloaded files are cached by their hash (``<cache>/blobs/<sha256>``): a release never changes,
so a cached file whose hash matches is the file, whichever release or URL it came from.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import polars as pl

from agefacts.release.datapackage import split_hash
from agefacts.release.files import DESCRIPTOR, file_problem, safe_relpath

HTTP_TIMEOUT = 60


class ReleaseIntegrityError(RuntimeError):
    """A release file does not match the size or SHA-256 its datapackage.json declares."""


def default_cache_dir() -> Path:
    """``$AGEFACTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/agefacts``, else ``~/.cache/agefacts``."""
    if os.environ.get("AGEFACTS_CACHE_DIR"):
        return Path(os.environ["AGEFACTS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "agefacts"


def is_url(location: str | os.PathLike) -> bool:
    return str(location).startswith(("http://", "https://"))


@dataclass
class OpenRelease:
    """A release whose requested files are on local disk and match their declared hashes."""

    source: str
    descriptor: dict[str, Any]
    files: dict[str, Path]

    @property
    def version(self) -> str:
        return str(self.descriptor.get("version", "?"))

    def resource(self, name: str) -> dict[str, Any]:
        for r in self.descriptor.get("resources", []):
            if r.get("name") == name:
                return r
        raise KeyError(name)


def _expected(resource: dict[str, Any]) -> tuple[int | None, str]:
    algo, digest = split_hash(resource.get("hash", ""))
    if algo != "sha256":
        raise ReleaseIntegrityError(
            f"resource {resource.get('name')!r} declares no SHA-256 hash; cannot verify it"
        )
    size = resource.get("bytes")
    return (int(size) if size is not None else None), digest


def _check_descriptor_hash(data: bytes, expected: str | None, where: str) -> None:
    if expected and hashlib.sha256(data).hexdigest() != expected.lower():
        raise ReleaseIntegrityError(
            f"{where}: sha256 {hashlib.sha256(data).hexdigest()} is not the pinned {expected}"
        )


def _select(descriptor: dict[str, Any], tables: list[str] | None) -> list[dict[str, Any]]:
    resources = descriptor.get("resources") or []
    if tables is None:
        return resources
    by_name = {r.get("name"): r for r in resources}
    unknown = [t for t in tables if t not in by_name]
    if unknown:
        raise KeyError(f"release has no table {', '.join(unknown)}; it has {', '.join(by_name)}")
    return [by_name[t] for t in tables]


def _open_local(root: Path, tables: list[str] | None, datapackage_sha256: str | None) -> OpenRelease:
    if root.is_file() and root.name == DESCRIPTOR:
        root = root.parent
    path = root / DESCRIPTOR
    if not path.is_file():
        raise FileNotFoundError(f"no {DESCRIPTOR} in {root}: not a release folder")
    data = path.read_bytes()
    _check_descriptor_hash(data, datapackage_sha256, str(path))
    descriptor = json.loads(data)
    files = {}
    for r in _select(descriptor, tables):
        size, digest = _expected(r)
        file = root / safe_relpath(r["path"])
        problem = file_problem(file, size, digest)
        if problem:
            raise ReleaseIntegrityError(f"{file}: {problem}")
        files[r["name"]] = file
    return OpenRelease(str(root), descriptor, files)


def _download(session: Any, url: str, dest: Path, size: int | None, digest: str) -> None:
    """Stream ``url`` to ``dest`` through a temporary file, keeping it only if the hash matches."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    written = 0
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".download-")
    try:
        with os.fdopen(fd, "wb") as fh, session.get(url, stream=True, timeout=HTTP_TIMEOUT) as resp:
            resp.raise_for_status()
            for chunk in resp.iter_content(1 << 20):
                fh.write(chunk)
                h.update(chunk)
                written += len(chunk)
        if size is not None and written != size:
            raise ReleaseIntegrityError(f"{url}: {written} bytes received, datapackage.json declares {size}")
        if h.hexdigest() != digest:
            raise ReleaseIntegrityError(
                f"{url}: sha256 {h.hexdigest()}, datapackage.json declares {digest}"
            )
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _open_url(
    url: str, tables: list[str] | None, cache_dir: Path, datapackage_sha256: str | None
) -> OpenRelease:
    import requests

    base = url if url.endswith("/") else (url.rsplit("/", 1)[0] + "/" if url.endswith(DESCRIPTOR) else url + "/")
    desc_url = urljoin(base, DESCRIPTOR)
    cached_desc = cache_dir / "descriptors" / (hashlib.sha256(desc_url.encode()).hexdigest() + ".json")
    with requests.Session() as session:
        try:
            resp = session.get(desc_url, timeout=HTTP_TIMEOUT)
            resp.raise_for_status()
            data = resp.content
            cached_desc.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cached_desc.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, cached_desc)
        except requests.ConnectionError:
            if not cached_desc.is_file():
                raise
            warnings.warn(f"{desc_url} unreachable; using the cached copy", stacklevel=3)
            data = cached_desc.read_bytes()
        _check_descriptor_hash(data, datapackage_sha256, desc_url)
        descriptor = json.loads(data)
        files = {}
        for r in _select(descriptor, tables):
            size, digest = _expected(r)
            blob = cache_dir / "blobs" / digest
            if file_problem(blob, size, digest):
                _download(session, urljoin(base, str(safe_relpath(r["path"]))), blob, size, digest)
            files[r["name"]] = blob
    return OpenRelease(desc_url, descriptor, files)


def open_release(
    path_or_url: str | os.PathLike,
    tables: list[str] | None = None,
    cache_dir: str | os.PathLike | None = None,
    datapackage_sha256: str | None = None,
) -> OpenRelease:
    """Locate a release and check the requested tables' files; raise on any mismatch."""
    if is_url(path_or_url):
        cache = Path(cache_dir) if cache_dir else default_cache_dir()
        return _open_url(str(path_or_url), tables, cache, datapackage_sha256)
    return _open_local(Path(path_or_url), tables, datapackage_sha256)


def load_release(
    path_or_url: str | os.PathLike,
    tables: list[str] | None = None,
    as_duckdb: bool = False,
    cache_dir: str | os.PathLike | None = None,
    datapackage_sha256: str | None = None,
) -> dict[str, pl.DataFrame] | Any:
    """Load a release's tables as polars frames, or as a DuckDB connection with one view each.

    ``path_or_url`` is a release folder (or its ``datapackage.json``) or an http(s) URL of one.
    Every file is checked against the size and SHA-256 in ``datapackage.json`` before it is
    read; ``datapackage_sha256`` also pins the descriptor itself. Downloads are cached in
    ``cache_dir`` (default :func:`default_cache_dir`).
    """
    rel = open_release(path_or_url, tables, cache_dir, datapackage_sha256)
    if not as_duckdb:
        return {name: pl.read_parquet(path) for name, path in rel.files.items()}
    import duckdb

    con = duckdb.connect()
    for name, path in rel.files.items():
        literal = "'" + str(path).replace("'", "''") + "'"
        con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet({literal})')
    return con
