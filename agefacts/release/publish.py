"""Publish a warehouse version as an immutable, self-describing release folder.

A release is written aside (``<out>/.tmp-...``) and renamed into place in one step, so readers
never see half a release. A published folder is never touched again: publishing the same content
twice is a no-op, and different content under an existing number is refused.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from agefacts.release import datapackage as dp
from agefacts.release.dictionary import render
from agefacts.release.diff import Diff, diff
from agefacts.release.files import (
    CHANGELOG,
    DATA_DIR,
    DESCRIPTOR,
    DICTIONARY,
    MANIFEST,
    PublishedRelease,
    list_releases,
    sha256_file,
    write_atomic,
    write_parquet,
)
from agefacts.release.semver import Version, change_level, next_version
from agefacts.release.snapshot import Snapshot, release_snapshot, warehouse_snapshot
from agefacts.warehouse import table_hash
from schemas import TABLES

CHANGELOG_HEADER = (
    "# agefacts release changelog\n\n"
    "Newest first. Each entry says what changed since the release before it "
    "(see docs/releases.md for the numbering rule).\n"
)


class PublishRefusedError(RuntimeError):
    """Publishing would overwrite or misnumber a release."""


@dataclass
class PublishResult:
    #: "published" or "unchanged".
    status: str
    version: str
    path: Path
    message: str
    previous: str | None = None
    diff: Diff | None = None


def content_hash(snap: Snapshot) -> str:
    """Identity of a release's content: every table's schema descriptor and canonical rows."""
    parts = {
        name: {"schema": snap.schemas[name], "rows": table_hash(TABLES[name], df)}
        for name, df in snap.frames.items()
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


@contextlib.contextmanager
def _publish_lock(out: Path) -> Iterator[None]:
    """One publisher per releases folder, so two cannot pick the same number."""
    with open(out / ".publish.lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _created(row: dict[str, Any]) -> str:
    created = row["created_at"]
    if isinstance(created, datetime):
        return created.isoformat(timespec="seconds")
    return str(created)


def _summary_table(d: Diff | None, snap: Snapshot) -> list[str]:
    lines = ["| table | rows | added | removed | changed |", "| --- | --- | --- | --- | --- |"]
    for name, df in snap.frames.items():
        td = d.tables.get(name) if d else None
        if td is None:
            lines.append(f"| `{name}` | {df.height} | {df.height} | 0 | 0 |")
            continue
        cols = td.column_change_counts()
        changed = f"{td.changed.height}" + (f" ({', '.join(cols)})" if cols else "")
        lines.append(
            f"| `{name}` | {df.height} | {td.added.height} | {td.removed.height} | {changed} |"
        )
    if d:
        for td in d.tables.values():
            if td.status == "removed":
                lines.append(f"| `{td.name}` | removed | 0 | {td.rows_before} | 0 |")
    return lines


def changelog_entry(
    version: Version, previous: PublishedRelease | None, d: Diff | None, snap: Snapshot, row: dict
) -> str:
    date = _created(row)[:10]
    source = (
        f"warehouse version {row['version']} (code {row['code_version']}, "
        f"extractor {row['extractor_version']})"
    )
    if previous is None:
        lead = f"Initial release, from {source}."
    else:
        lead = f"{change_level(d).capitalize()} release, from {source}; changes since {previous.version}:"
    lines = [f"## {version} ({date})", "", lead, "", *_summary_table(d, snap)]
    notes = []
    for td in (d.tables.values() if d else []):
        if td.status == "added":
            notes.append(f"- `{td.name}`: new table")
        if td.status == "removed":
            notes.append(f"- `{td.name}`: table removed")
        if td.status == "renamed":
            notes.append(f"- `{td.name}`: renamed from `{td.renamed_from}`")
        for c in td.columns_added:
            notes.append(f"- `{td.name}.{c}`: column added")
        for c in td.columns_removed:
            notes.append(f"- `{td.name}.{c}`: column removed")
        for a, b in td.columns_renamed.items():
            notes.append(f"- `{td.name}.{a}`: column renamed to `{b}`")
        for c, (a, b) in td.columns_retyped.items():
            notes.append(f"- `{td.name}.{c}`: type {a} → {b}")
        if td.key_changed:
            notes.append(f"- `{td.name}`: primary key {list(td.key_changed[0])} → {list(td.key_changed[1])}")
        if td.metadata_changed:
            notes.append(f"- `{td.name}`: descriptions or constraints changed")
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"


def _changelog(entry: str, previous: PublishedRelease | None) -> str:
    older = ""
    if previous is not None and (previous.path / CHANGELOG).is_file():
        text = (previous.path / CHANGELOG).read_text(encoding="utf-8")
        older = text[len(CHANGELOG_HEADER):] if text.startswith(CHANGELOG_HEADER) else text
        older = older.lstrip("\n")
    return CHANGELOG_HEADER + "\n" + entry + ("\n" + older if older else "")


def _write_release(
    tmp: Path,
    version: Version,
    snap: Snapshot,
    row: dict[str, Any],
    digest: str,
    previous: PublishedRelease | None,
    d: Diff | None,
) -> None:
    """Every file of the release, in ``tmp``; ``datapackage.json`` last, holding all hashes."""
    (tmp / DATA_DIR).mkdir(parents=True)
    published = set(snap.frames)
    resources = []
    counts = {}
    for name, df in snap.frames.items():
        table = TABLES[name]
        rel = f"{DATA_DIR}/{name}.parquet"
        write_parquet(df, tmp / rel, table.primary_key)
        counts[name] = df.height
        resources.append(
            dp.resource_descriptor(
                table, rel, (tmp / rel).stat().st_size, sha256_file(tmp / rel), published
            )
        )
    inputs = json.loads(row["inputs_manifest"] or "[]")
    manifest = {
        "release": str(version),
        "previous_release": str(previous.version) if previous else None,
        "change": change_level(d) if d else "initial",
        "content_hash": digest,
        "code_version": row["code_version"],
        "warehouse": {
            "version": row["version"],
            "created_at": _created(row),
            "content_hash": row["content_hash"],
            "flow_run_id": row["flow_run_id"],
            "code_version": row["code_version"],
            "extractor_version": row["extractor_version"],
            "vocabularies": json.loads(row["vocabularies"] or "{}"),
        },
        "tables": {
            name: {"rows": counts[name], "content_sha256": table_hash(TABLES[name], df)}
            for name, df in snap.frames.items()
        },
        "inputs": inputs,
    }
    texts = {
        MANIFEST: json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
        DICTIONARY: render(
            [TABLES[n] for n in snap.frames],
            title=f"agefacts {version}: data dictionary",
            intro=f"Every table and column of release {version}, generated from `schemas/`.",
            row_counts=counts,
        ),
        CHANGELOG: _changelog(changelog_entry(version, previous, d, snap, row), previous),
    }
    files = []
    for name, text in texts.items():
        (tmp / name).write_text(text, encoding="utf-8")
        files.append({"path": name, "bytes": (tmp / name).stat().st_size,
                      "hash": f"sha256:{sha256_file(tmp / name)}"})
    # Sources are the files the data came from; a rejected input (binary, duplicate, empty) stays
    # in the manifest's ``inputs``, which records what the run saw, not in ``sources``.
    kept = set(snap.frames["documents"]["source_path"]) if "documents" in snap.frames else None
    sources = [i for i in inputs if kept is None or i["path"] in kept]
    descriptor = dp.package_descriptor(str(version), _created(row), resources, sources, files)
    (tmp / DESCRIPTOR).write_bytes(dp.dumps(descriptor))


def publish(
    warehouse: Path | str,
    out: Path | str,
    warehouse_version: int | None = None,
    number: str | None = None,
) -> PublishResult:
    """Publish warehouse version ``warehouse_version`` (default latest) under ``out``.

    The number follows from the change since the latest release in ``out`` (see
    :mod:`agefacts.release.semver`); ``number`` may choose a higher one, never a lower one.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with _publish_lock(out):
        snap, row = warehouse_snapshot(warehouse, warehouse_version, public_only=True, strict=True)
        digest = content_hash(snap)
        releases = list_releases(out)
        for r in releases:
            if r.content_hash == digest and r.warehouse_version == row["version"]:
                return PublishResult(
                    "unchanged", str(r.version), r.path,
                    f"warehouse version {row['version']} is already published as release "
                    f"{r.version} ({r.path}); nothing to do",
                )
        latest = releases[-1] if releases else None
        if latest and latest.content_hash == digest and number is None:
            return PublishResult(
                "unchanged", str(latest.version), latest.path,
                f"warehouse version {row['version']} has the same content as release "
                f"{latest.version} ({latest.path}); nothing to do",
            )
        d = diff(release_snapshot(latest.path), snap) if latest else None
        computed = next_version(latest.version if latest else None, d)
        target = Version.parse(number) if number else computed
        dest = out / str(target)
        if dest.exists():
            existing = next((r for r in releases if r.path == dest), None)
            if existing is not None and existing.content_hash == digest:
                return PublishResult(
                    "unchanged", str(target), dest,
                    f"release {target} already holds this content ({dest}); nothing to do",
                )
            raise PublishRefusedError(
                f"release {target} already exists at {dest} with different content; "
                "a published release is never overwritten"
            )
        if computed is None:
            raise PublishRefusedError(
                f"nothing changed since release {latest.version}; refusing to number it {target}"
            )
        if target < computed:
            level = change_level(d) if d else "initial"
            raise PublishRefusedError(
                f"release number {target} is below {computed}, which a {level} change after "
                f"{latest.version if latest else 'no release'} requires"
            )
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{target}-", dir=out))
        try:
            _write_release(tmp, target, snap, row, digest, latest, d)
            tmp.chmod(0o755)
            tmp.rename(dest)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        write_atomic(out / CHANGELOG, (dest / CHANGELOG).read_bytes())
        where = f" (after {latest.version}, {change_level(d)} change)" if latest else ""
        return PublishResult(
            "published", str(target), dest,
            f"published release {target}{where} from warehouse version {row['version']} to {dest}",
            previous=str(latest.version) if latest else None,
            diff=d,
        )
