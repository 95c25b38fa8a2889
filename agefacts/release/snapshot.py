"""A set of tables with their keys and schema descriptors: a release or a warehouse version.

Diffing and version numbering work on snapshots, so a release can be compared with another
release or with a warehouse version alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from schemas import TABLES, VERSIONS, Table


class SnapshotError(RuntimeError):
    """The tables cannot be read as asked (missing version, schema mismatch, ...)."""


@dataclass
class Snapshot:
    label: str
    frames: dict[str, pl.DataFrame]
    keys: dict[str, tuple[str, ...]]
    #: Per table: its Frictionless schema descriptor (descriptions, constraints, keys).
    schemas: dict[str, dict] = field(default_factory=dict)


def _conform(table: Table, df: pl.DataFrame, strict: bool, where: str) -> pl.DataFrame:
    """Cast the columns the metadata knows to their declared types, in declared order."""
    declared = table.polars_schema()
    if strict and set(df.columns) != set(declared):
        missing = sorted(set(declared) - set(df.columns))
        extra = sorted(set(df.columns) - set(declared))
        raise SnapshotError(
            f"{where}: table {table.name} does not match schemas/ (missing columns {missing}, "
            f"unknown columns {extra}); rebuild it with `agefacts run`"
        )
    casts = []
    for name, dtype in declared.items():
        if name not in df.columns:
            continue
        if isinstance(dtype, pl.Datetime) and dtype.time_zone:
            casts.append(pl.col(name).dt.convert_time_zone(dtype.time_zone))
        else:
            casts.append(pl.col(name).cast(dtype))
    order = [c for c in declared if c in df.columns] + [c for c in df.columns if c not in declared]
    return df.with_columns(casts).select(order)


def warehouse_snapshot(
    path: Path | str,
    version: int | None = None,
    public_only: bool = True,
    strict: bool = False,
) -> tuple[Snapshot, dict]:
    """The tables of warehouse ``version`` (default latest) and that version's ``versions`` row.

    ``strict`` demands every table exist with exactly the columns ``schemas/`` declares, which a
    release needs; a diff of old versions tolerates tables and columns born later.
    """
    from agefacts.release.datapackage import schema_descriptor
    from agefacts.warehouse import VersionNotFoundError, Warehouse

    wh = Warehouse(path)
    tables = {n: t for n, t in TABLES.items() if t.public or not public_only}
    try:
        con = wh.session(version)  # one connection: opening the lake is the slow part
    except (FileNotFoundError, VersionNotFoundError) as exc:
        raise SnapshotError(str(exc)) from None
    try:
        present = {
            r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE temporary").fetchall()
        }
        if VERSIONS.name not in present:
            raise SnapshotError(f"no versions in warehouse {wh.path}: run `agefacts run` first")
        rows = con.execute(f"SELECT * FROM {VERSIONS.name} ORDER BY version DESC LIMIT 1").pl().to_dicts()
        if not rows:
            raise SnapshotError(f"no versions in warehouse {wh.path}: run `agefacts run` first")
        row = rows[0]
        frames: dict[str, pl.DataFrame] = {}
        where = f"warehouse {wh.path} version {row['version']}"
        for name, table in tables.items():
            if name not in present:
                if strict:
                    raise SnapshotError(f"{where} has no table {name}; rebuild it with `agefacts run`")
                continue
            df = con.execute(f'SELECT * FROM "{name}"').pl()
            frames[name] = _conform(table, df, strict, where)
    finally:
        con.close()
    names = set(frames)
    snap = Snapshot(
        label=f"warehouse version {row['version']}",
        frames=frames,
        keys={n: tables[n].primary_key for n in frames},
        schemas={n: schema_descriptor(tables[n], names) for n in frames},
    )
    return snap, row


def release_snapshot(path_or_url: Path | str, cache_dir: Path | str | None = None) -> Snapshot:
    """Every table of a release (a folder or an http(s) URL), hashes checked on load."""
    from agefacts.release.load import open_release

    rel = open_release(path_or_url, cache_dir=cache_dir)
    frames, keys, schemas = {}, {}, {}
    for name, path in rel.files.items():
        resource = rel.resource(name)
        frames[name] = pl.read_parquet(path)
        schemas[name] = resource.get("schema", {})
        pk = schemas[name].get("primaryKey") or ()
        keys[name] = (pk,) if isinstance(pk, str) else tuple(pk)
    return Snapshot(label=f"release {rel.version}", frames=frames, keys=keys, schemas=schemas)
