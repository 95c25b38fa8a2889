"""Check a release folder: every file against datapackage.json, every table against its schema.

Tables are validated against the pandera model in ``schemas/`` when the release has the same
columns and types as the running code, and always against the constraints, keys and foreign keys
declared in the release's own ``datapackage.json``: an old release stays verifiable after the
schemas have moved on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandera.polars as pa
import polars as pl

from agefacts.release.datapackage import split_hash
from agefacts.release.files import DESCRIPTOR, file_problem, safe_relpath
from schemas import TABLES

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (pl.String, pl.Categorical, pl.Enum),
    "integer": (pl.Int8, pl.Int16, pl.Int32, pl.Int64, pl.UInt8, pl.UInt16, pl.UInt32, pl.UInt64),
    "number": (pl.Float32, pl.Float64, pl.Decimal),
    "boolean": (pl.Boolean,),
    "date": (pl.Date,),
    "datetime": (pl.Datetime,),
    "array": (pl.List, pl.Array),
    "object": (pl.Struct,),
}


@dataclass
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class VerifyReport:
    root: Path
    version: str | None = None
    problems: list[Problem] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))


def _descriptor_schema(schema: dict[str, Any]) -> pa.DataFrameSchema:
    """A pandera schema from Frictionless fields: required, enum, pattern, bounds, lengths."""
    columns = {}
    for f in schema.get("fields", []):
        cons = f.get("constraints", {})
        checks = []
        if "enum" in cons:
            checks.append(pa.Check.isin(cons["enum"]))
        if "pattern" in cons:
            checks.append(pa.Check.str_matches(f"^(?:{cons['pattern']})$"))
        if "minimum" in cons:
            checks.append(pa.Check.ge(cons["minimum"]))
        if "maximum" in cons:
            checks.append(pa.Check.le(cons["maximum"]))
        if "minLength" in cons or "maxLength" in cons:
            checks.append(pa.Check.str_length(cons.get("minLength"), cons.get("maxLength")))
        columns[f["name"]] = pa.Column(
            nullable=not cons.get("required", False), unique=bool(cons.get("unique")), checks=checks
        )
    return pa.DataFrameSchema(columns, strict=True)


def _failures(exc: pa.errors.SchemaErrors, limit: int = 5) -> str:
    cases = exc.failure_cases
    parts = []
    for case in cases.head(limit).iter_rows(named=True):
        where = f"row {case['index']}" if case.get("index") is not None else "table"
        parts.append(f"{case.get('column') or 'table'} {case['check']} ({where}: {case['failure_case']!r})")
    more = f" and {cases.height - limit} more" if cases.height > limit else ""
    return f"{cases.height} schema failure(s): " + "; ".join(parts) + more


def _code_model_applies(name: str, df: pl.DataFrame) -> bool:
    table = TABLES.get(name)
    return table is not None and dict(df.schema) == table.polars_schema()


def _check_table(report: VerifyReport, rel: str, name: str, df: pl.DataFrame, schema: dict) -> None:
    fields = {f["name"]: f.get("type", "any") for f in schema.get("fields", [])}
    if list(df.columns) != list(fields):
        report.add(rel, f"columns {df.columns} differ from datapackage.json fields {list(fields)}")
        return
    for col, ftype in fields.items():
        allowed = _TYPES.get(ftype)
        if allowed and not isinstance(df.schema[col], allowed):
            report.add(rel, f"column {col} is {df.schema[col]}, datapackage.json declares {ftype}")
    validators = [("datapackage.json", _descriptor_schema(schema))]
    if _code_model_applies(name, df):
        validators.append(("pandera model", TABLES[name].schema))
    for label, validator in validators:
        try:
            validator.validate(df, lazy=True)
        except pa.errors.SchemaErrors as exc:
            report.add(rel, f"fails its {label}: {_failures(exc)}")
    pk = schema.get("primaryKey") or []
    pk = [pk] if isinstance(pk, str) else list(pk)
    if pk and df.height:
        dupes = df.select(pk).is_duplicated().sum()
        if dupes:
            report.add(rel, f"{dupes} rows share a primary key {pk}")


def _check_foreign_keys(report: VerifyReport, frames: dict, paths: dict, schemas: dict) -> None:
    for name, schema in schemas.items():
        for fk in schema.get("foreignKeys", []):
            cols = [fk["fields"]] if isinstance(fk["fields"], str) else list(fk["fields"])
            ref = fk["reference"]
            target = ref.get("resource") or name
            ref_cols = [ref["fields"]] if isinstance(ref["fields"], str) else list(ref["fields"])
            if name not in frames or target not in frames:
                continue
            child = frames[name].select(cols).drop_nulls()
            parent = frames[target].select(ref_cols).rename(dict(zip(ref_cols, cols, strict=True)))
            orphans = child.join(parent, on=cols, how="anti")
            if orphans.height:
                report.add(
                    paths[name],
                    f"{orphans.height} rows refer to no row of {target} via {cols}: "
                    f"e.g. {orphans.row(0)}",
                )


def verify_release(root: Path | str, datapackage_sha256: str | None = None) -> VerifyReport:
    """Everything wrong with the release at ``root`` (an empty list of problems when sound)."""
    root = Path(root)
    report = VerifyReport(root)
    desc_path = root / DESCRIPTOR
    if not desc_path.is_file():
        report.add(DESCRIPTOR, "missing: not a release folder")
        return report
    data = desc_path.read_bytes()
    if datapackage_sha256 and hashlib.sha256(data).hexdigest() != datapackage_sha256.lower():
        report.add(DESCRIPTOR, f"sha256 {hashlib.sha256(data).hexdigest()} is not the pinned {datapackage_sha256}")
    try:
        descriptor = json.loads(data)
        resources = list(descriptor["resources"])
    except (ValueError, KeyError, TypeError) as exc:
        report.add(DESCRIPTOR, f"not a valid data package descriptor: {exc}")
        return report
    report.version = str(descriptor.get("version"))

    listed = {DESCRIPTOR}
    frames: dict[str, pl.DataFrame] = {}
    paths: dict[str, str] = {}
    schemas: dict[str, dict] = {}
    for entry in [*resources, *descriptor.get("files", [])]:
        rel = str(entry.get("path", ""))
        try:
            path = root / safe_relpath(rel)
        except ValueError as exc:
            report.add(rel or "?", str(exc))
            continue
        listed.add(rel)
        algo, digest = split_hash(entry.get("hash", ""))
        if algo != "sha256":
            report.add(rel, "datapackage.json declares no sha256 hash for it")
        problem = file_problem(path, entry.get("bytes"), digest if algo == "sha256" else None)
        if problem:
            report.add(rel, problem)
        if entry not in resources or not path.is_file():
            continue
        name = entry.get("name", rel)
        try:
            df = pl.read_parquet(path)
        except Exception as exc:  # any reader error means the file is unusable
            report.add(rel, f"not a readable Parquet file: {str(exc).splitlines()[0][:200]}")
            continue
        frames[name], paths[name], schemas[name] = df, rel, entry.get("schema", {})
        report.rows[name] = df.height
        _check_table(report, rel, name, df, schemas[name])
    _check_foreign_keys(report, frames, paths, schemas)
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and rel not in listed:
            report.add(rel, "not listed in datapackage.json")
    return report
