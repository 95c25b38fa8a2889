"""Frictionless Data Package descriptors generated from ``schemas/``.

Types, descriptions, constraints and keys come from the pandera models and ``Table`` metadata,
so the descriptor can never disagree with what the pipeline validates.
"""

from __future__ import annotations

import json
import re
from typing import Any

import polars as pl

from schemas import Table, package
from schemas.base import Column, frictionless_type

PROFILE = "tabular-data-package"
RESOURCE_PROFILE = "tabular-data-resource"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


def field_type(dtype: pl.DataType) -> str:
    try:
        return frictionless_type(dtype)
    except KeyError:
        if isinstance(dtype, pl.List | pl.Array):
            return "array"
        if isinstance(dtype, pl.Struct):
            return "object"
        return "any"


def _anchored(pattern: str) -> str:
    """pandera matches from the start; Frictionless patterns are implicitly anchored at both ends."""
    body = pattern[1:] if pattern.startswith("^") else pattern
    if body.endswith("$") and not body.endswith("\\$"):
        return body[:-1]
    return body + ".*"


def constraints(table: Table, column: Column) -> dict[str, Any]:
    """Frictionless constraints equivalent to the column's pandera checks (where one exists)."""
    out: dict[str, Any] = {}
    if not column.nullable or column.name in table.primary_key:
        out["required"] = True
    schema_col = table.schema.columns[column.name]
    if getattr(schema_col, "unique", False):
        out["unique"] = True
    for check in schema_col.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            out["enum"] = list(stats["allowed_values"])
        elif check.name == "str_matches":
            out["pattern"] = _anchored(str(stats["pattern"]))
        elif check.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif check.name == "less_than_or_equal_to":
            out["maximum"] = stats["max_value"]
        elif check.name == "in_range":
            if stats.get("include_min", True):
                out["minimum"] = stats["min_value"]
            if stats.get("include_max", True):
                out["maximum"] = stats["max_value"]
        elif check.name == "str_length":
            if stats.get("exact_value") is not None:
                out["minLength"] = out["maxLength"] = stats["exact_value"]
            else:
                if stats.get("min_value") is not None:
                    out["minLength"] = stats["min_value"]
                if stats.get("max_value") is not None:
                    out["maxLength"] = stats["max_value"]
    return out


def field_descriptor(table: Table, column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": field_type(column.dtype),
        "description": column.description,
    }
    if isinstance(column.dtype, pl.Datetime):
        field["format"] = "default"
    cons = constraints(table, column)
    if cons:
        field["constraints"] = cons
    return field


def schema_descriptor(table: Table, published: set[str]) -> dict[str, Any]:
    """Fields, primary key and the foreign keys whose target is also published."""
    schema: dict[str, Any] = {
        "fields": [field_descriptor(table, c) for c in table.columns],
        # Parquet has real nulls: an empty string is a value, not Frictionless's default null.
        "missingValues": [],
        "primaryKey": list(table.primary_key),
    }
    fks = [
        {
            "fields": list(fk.columns),
            "reference": {"resource": fk.table, "fields": list(fk.ref_columns)},
        }
        for fk in table.foreign_keys
        if fk.table in published
    ]
    if fks:
        schema["foreignKeys"] = fks
    return schema


def resource_descriptor(
    table: Table, path: str, size: int, sha256: str, published: set[str]
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "name": table.name,
        "path": path,
        "profile": RESOURCE_PROFILE,
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "description": table.description,
        "bytes": size,
        "hash": f"sha256:{sha256}",
        "schema": schema_descriptor(table, published),
    }
    if "licenses" in table.extra:
        resource["licenses"] = table.extra["licenses"]
    return resource


def package_descriptor(
    version: str,
    created: str,
    resources: list[dict[str, Any]],
    sources: list[dict[str, Any]],
    files: list[dict[str, Any]],
) -> dict[str, Any]:
    """The whole ``datapackage.json``; ``files`` lists the non-tabular files with their hashes."""
    return {
        "profile": PROFILE,
        "name": package.NAME,
        "title": package.TITLE,
        "description": package.DESCRIPTION,
        "version": version,
        "created": created,
        "homepage": package.HOMEPAGE,
        "keywords": list(package.KEYWORDS),
        "licenses": list(package.LICENSES),
        "contributors": list(package.CONTRIBUTORS),
        "sources": [{"title": i["path"], "path": i["path"]} for i in sources],
        "resources": resources,
        "files": files,
    }


def dumps(descriptor: dict[str, Any]) -> bytes:
    """Canonical bytes: fixed key order and indentation, so equal content gives equal files."""
    return (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def split_hash(value: str) -> tuple[str, str]:
    """``"sha256:abc"`` (or bare ``"abc"``, MD5 by the spec) to ``("sha256", "abc")``."""
    m = re.fullmatch(r"(?:([a-z0-9]+):)?([0-9a-fA-F]+)", value or "")
    if not m:
        return "", ""
    return (m.group(1) or "md5"), m.group(2).lower()
