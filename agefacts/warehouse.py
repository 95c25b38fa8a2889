"""The versioned warehouse: a DuckLake (SQLite catalog + Parquet files) with one snapshot per version.

Why DuckLake: every version stays queryable by time travel (``AT (VERSION => snapshot)``), a
version is committed in one transaction (all tables or none), and the SQLite catalog lets
analysts read from other processes while a flow writes, which a single DuckDB file does not.
Plain table names always show the latest committed version.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from agefacts.views import create_views, describe_tables
from schemas import TABLES, VERSIONS, Table
from schemas.base import duckdb_type

LAKE = "lake"
_EXTENSIONS = (
    ("duckdb_extension_sqlite_scanner", "sqlite_scanner"),
    ("duckdb_extension_ducklake", "ducklake"),
)


class WarehouseBusyError(RuntimeError):
    """Another run holds the warehouse's write lock."""


class VersionNotFoundError(LookupError):
    pass


@dataclass(frozen=True)
class VersionInfo:
    """What produced a version, recorded beside its data."""

    flow_run_id: str | None
    code_version: str
    extractor_version: str
    vocabularies: dict[str, str]
    inputs_manifest: list[dict[str, Any]]


def _load_extensions(con: duckdb.DuckDBPyConnection) -> None:
    """Load DuckLake from the pip-installed extension files; no network is needed."""
    for module, name in _EXTENSIONS:
        try:
            con.execute(f"LOAD {name}")
        except duckdb.Error:
            pkg = Path(importlib.import_module(module).__path__[0])
            ext = next(pkg.rglob(f"{name}.duckdb_extension"))
            con.execute(f"INSTALL '{ext}'")
            con.execute(f"LOAD {name}")


def table_hash(table: Table, df: pl.DataFrame) -> str:
    """Canonical content hash: rows sorted by primary key, written as CSV."""
    df = df.select(table.column_names)
    if df.height:
        df = df.sort(list(table.primary_key), nulls_last=True)
    return hashlib.sha256(df.write_csv().encode("utf-8")).hexdigest()


@contextlib.contextmanager
def _flock(
    path: Path, timeout: float, busy: str, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """An exclusive advisory lock on ``path``; the holder's pid and start time are written in it.

    The kernel drops the lock when its process dies, so a crashed run never leaves it stale.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                fh.seek(0)
                holder = fh.read().strip() or "another process"
                if time.monotonic() >= deadline:
                    raise WarehouseBusyError(
                        f"{busy} by {holder}; gave up after {timeout:.0f}s "
                        "(AGEFACTS_LOCK_TIMEOUT sets how long to wait)"
                    ) from None
                if on_wait and not told:
                    on_wait(f"{busy} by {holder}; waiting up to {timeout:.0f}s")
                    told = True
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fh.flush()
            fcntl.flock(fh, fcntl.LOCK_UN)


def _use_wal(catalog: Path) -> None:
    """Put the SQLite catalog in WAL mode (persistent, once per file).

    In SQLite's default rollback-journal mode an analyst's open session holds a shared lock that
    makes every commit fail with "database is locked"; in WAL mode readers never block the writer
    and keep reading the snapshot they started with.
    """
    con = sqlite3.connect(catalog, timeout=30)
    try:
        if con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            con.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError:  # busy: switching needs a moment without readers
        pass
    finally:
        con.close()


def _checkpoint(catalog: Path) -> None:
    """Fold the WAL back into the catalog file when no reader needs it (never waits)."""
    with contextlib.suppress(sqlite3.Error):
        con = sqlite3.connect(catalog, timeout=1)
        try:
            con.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            con.close()


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class Warehouse:
    """A DuckLake warehouse at ``path`` (the SQLite catalog) with Parquet data in ``<path>.files``."""

    def __init__(self, path: Path | str, lock_timeout: float = 600.0) -> None:
        self.path = Path(path).resolve()
        self.data_path = self.path.with_name(self.path.name + ".files")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.run_lock_path = self.path.with_name(self.path.name + ".run.lock")
        self.lock_timeout = lock_timeout

    @property
    def exists(self) -> bool:
        return self.path.exists()

    # -- connections -----------------------------------------------------------------------------
    def connect(self, read_only: bool = True) -> duckdb.DuckDBPyConnection:
        """An in-memory DuckDB session with the lake attached as ``lake``."""
        if read_only and not self.exists:
            raise FileNotFoundError(f"no warehouse at {self.path}: run `agefacts run` first")
        con = duckdb.connect()
        _load_extensions(con)
        if read_only:
            con.execute(f"ATTACH {_sql_str('ducklake:sqlite:' + str(self.path))} AS {LAKE} (READ_ONLY)")
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.data_path.mkdir(parents=True, exist_ok=True)
            _use_wal(self.path)
            con.execute(
                f"ATTACH {_sql_str('ducklake:sqlite:' + str(self.path))} AS {LAKE} "
                f"(DATA_PATH {_sql_str(str(self.data_path) + '/')}, DATA_INLINING_ROW_LIMIT 0)"
            )
        return con

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """One writer at a time: a second run waits up to ``lock_timeout`` seconds, then stops."""
        with _flock(self.lock_path, self.lock_timeout, f"warehouse {self.path} is being written"):
            yield

    @contextlib.contextmanager
    def run_lock(
        self, timeout: float | None = None, on_wait: Callable[[str], None] | None = None
    ) -> Iterator[None]:
        """One build at a time per warehouse, held for a whole run (reads stay free).

        A second run waits up to ``timeout`` seconds (``on_wait`` is told once whom it waits
        for), then raises ``WarehouseBusyError`` naming the run that holds the warehouse.
        """
        with _flock(
            self.run_lock_path,
            self.lock_timeout if timeout is None else timeout,
            f"warehouse {self.path} is being built",
            on_wait,
        ):
            yield

    # -- versions --------------------------------------------------------------------------------
    def versions(self) -> list[dict[str, Any]]:
        if not self.exists:
            return []
        con = self.connect()
        try:
            if not self._has_table(con, "versions"):
                return []
            return con.execute(f"SELECT * FROM {LAKE}.main.versions ORDER BY version").pl().to_dicts()
        finally:
            con.close()

    def head_snapshot(self) -> int | None:
        """The lake's newest snapshot id, read straight from the SQLite catalog (milliseconds,
        no DuckDB): any commit by anyone changes it."""
        if not self.exists:
            return None
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
            try:
                row = con.execute("SELECT max(snapshot_id) FROM ducklake_snapshot").fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            return None
        return None if row is None or row[0] is None else int(row[0])

    def latest(self) -> dict[str, Any] | None:
        versions = self.versions()
        return versions[-1] if versions else None

    def snapshot_of(self, version: int) -> int:
        for v in self.versions():
            if v["version"] == version:
                return int(v["snapshot_id"])
        raise VersionNotFoundError(f"warehouse {self.path} has no version {version}")

    @staticmethod
    def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
        return bool(
            con.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE database_name = ? AND table_name = ?",
                [LAKE, name],
            ).fetchone()[0]
        )

    # -- writing ---------------------------------------------------------------------------------
    def _ensure_table(self, con: duckdb.DuckDBPyConnection, table: Table) -> None:
        """Create the table, or evolve its columns to the metadata; then (re)write its comments."""
        qualified = f"{LAKE}.main.{table.name}"
        if not self._has_table(con, table.name):
            cols = ", ".join(f'"{c.name}" {duckdb_type(c.dtype)}' for c in table.columns)
            con.execute(f"CREATE TABLE {qualified} ({cols})")
        else:
            existing = {
                r[0]: r[1]
                for r in con.execute(
                    "SELECT column_name, data_type FROM duckdb_columns() "
                    "WHERE database_name = ? AND table_name = ?",
                    [LAKE, table.name],
                ).fetchall()
            }
            wanted = {c.name: duckdb_type(c.dtype) for c in table.columns}
            for name, typ in wanted.items():
                if name not in existing:
                    con.execute(f'ALTER TABLE {qualified} ADD COLUMN "{name}" {typ}')
                elif existing[name] != typ:
                    con.execute(f'ALTER TABLE {qualified} ALTER COLUMN "{name}" SET DATA TYPE {typ}')
            for name in existing.keys() - wanted.keys():
                con.execute(f'ALTER TABLE {qualified} DROP COLUMN "{name}"')
        con.execute(f"COMMENT ON TABLE {qualified} IS {_sql_str(table.description)}")
        for c in table.columns:
            con.execute(f'COMMENT ON COLUMN {qualified}."{c.name}" IS {_sql_str(c.description)}')

    def _write_table(self, con: duckdb.DuckDBPyConnection, table: Table, df: pl.DataFrame) -> None:
        qualified = f"{LAKE}.main.{table.name}"
        con.execute(f"DELETE FROM {qualified}")
        if df.height:
            arrow = df.select(table.column_names).to_arrow()
            con.register("_agefacts_incoming", arrow)
            try:
                con.execute(f"INSERT INTO {qualified} BY NAME SELECT * FROM _agefacts_incoming")
            finally:
                con.unregister("_agefacts_incoming")

    def commit(self, frames: dict[str, pl.DataFrame], info: VersionInfo) -> dict[str, Any] | None:
        """Commit ``frames`` as a new version in one transaction; None when nothing changed.

        Either every table of the version is written together with its ``versions`` row, or, on
        any error, nothing is: the warehouse stays exactly as it was.
        """
        hashes = {name: table_hash(t, frames.get(name, t.empty())) for name, t in TABLES.items()}
        content_hash = hashlib.sha256(
            json.dumps(hashes, sort_keys=True).encode("utf-8")
        ).hexdigest()
        with self.write_lock():
            con = self.connect(read_only=False)
            try:
                latest = None
                if self._has_table(con, "versions"):
                    latest = con.execute(
                        f"SELECT * FROM {LAKE}.main.versions ORDER BY version DESC LIMIT 1"
                    ).pl().to_dicts()
                    latest = latest[0] if latest else None
                if latest and latest["content_hash"] == content_hash:
                    return None
                previous_hashes = json.loads(latest["table_hashes"]) if latest else {}
                version = (latest["version"] + 1) if latest else 1
                con.execute("BEGIN TRANSACTION")
                try:
                    for table in [*TABLES.values(), VERSIONS]:
                        self._ensure_table(con, table)
                    for name, table in TABLES.items():
                        if previous_hashes.get(name) != hashes[name]:
                            self._write_table(con, table, frames.get(name, table.empty()))
                    snapshot = con.execute(
                        f"SELECT id FROM {LAKE}.current_snapshot()"
                    ).fetchone()[0] + 1
                    row = {
                        "version": version,
                        "created_at": datetime.now(UTC),
                        "content_hash": content_hash,
                        "snapshot_id": snapshot,
                        "parent_version": latest["version"] if latest else None,
                        "flow_run_id": info.flow_run_id,
                        "code_version": info.code_version,
                        "extractor_version": info.extractor_version,
                        "vocabularies": json.dumps(info.vocabularies, sort_keys=True),
                        "inputs_manifest": json.dumps(info.inputs_manifest, ensure_ascii=False),
                        "table_hashes": json.dumps(hashes, sort_keys=True),
                        "row_counts": json.dumps(
                            {n: frames.get(n, t.empty()).height for n, t in TABLES.items()},
                            sort_keys=True,
                        ),
                    }
                    vdf = VERSIONS.frame([row])
                    con.register("_agefacts_version", vdf.to_arrow())
                    con.execute(
                        f"INSERT INTO {LAKE}.main.versions BY NAME SELECT * FROM _agefacts_version"
                    )
                    con.unregister("_agefacts_version")
                    con.execute(
                        f"CALL {LAKE}.set_commit_message('agefacts', ?, extra_info => ?)",
                        [f"version {version}", json.dumps({"version": version})],
                    )
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                actual = self._snapshot_for_version(con, version)
                if actual is not None and actual != snapshot:
                    con.execute(
                        f"UPDATE {LAKE}.main.versions SET snapshot_id = ? WHERE version = ?",
                        [actual, version],
                    )
                    row["snapshot_id"] = actual
                return row
            finally:
                con.close()
                _checkpoint(self.path)

    @staticmethod
    def _snapshot_for_version(con: duckdb.DuckDBPyConnection, version: int) -> int | None:
        for sid, extra in con.execute(
            f"SELECT snapshot_id, commit_extra_info FROM {LAKE}.snapshots() "
            "WHERE commit_extra_info IS NOT NULL"
        ).fetchall():
            with contextlib.suppress(ValueError, TypeError):
                if json.loads(extra).get("version") == version:
                    return int(sid)
        return None

    # -- reading ---------------------------------------------------------------------------------
    def session(self, version: int | None = None) -> duckdb.DuckDBPyConnection:
        """A read-only session whose plain table names show ``version`` (default: the latest)."""
        con = self.connect(read_only=True)
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [LAKE]
            ).fetchall()
        ]
        present = set()
        if version is None:
            for name in tables:
                con.execute(f"CREATE TEMP VIEW {name} AS SELECT * FROM {LAKE}.main.{name}")
                present.add(name)
        else:
            snapshot = self.snapshot_of(version)
            for name in tables:
                if name == VERSIONS.name:
                    con.execute(
                        f"CREATE TEMP VIEW versions AS SELECT * FROM {LAKE}.main.versions "
                        f"WHERE version <= {int(version)}"
                    )
                    present.add(name)
                    continue
                with contextlib.suppress(duckdb.Error):  # a table born after that version
                    con.execute(
                        f"CREATE TEMP VIEW {name} AS SELECT * FROM {LAKE}.main.{name} "
                        f"AT (VERSION => {snapshot})"
                    )
                    present.add(name)
        describe_tables(con, sorted(present))
        create_views(con, present)
        return con

    def read_table(self, name: str, version: int | None = None) -> pl.DataFrame:
        con = self.session(version)
        try:
            return con.execute(f"SELECT * FROM {name}").pl()
        finally:
            con.close()
