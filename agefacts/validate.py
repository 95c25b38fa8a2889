"""Validate every table against its pandera model; split valid rows from quarantined ones.

pandera's own ``drop_invalid_rows`` keeps composite-key duplicates, so the split is done here:
row-level failures (types, ranges, patterns, evidence spans, a quarantined parent) go to
quarantine with their reasons; broken keys (null or duplicate primary keys, references to rows
that never existed) mean an extractor is wrong, and fail the run before anything is committed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

import pandera.polars as pa
import polars as pl

from schemas import TABLES, Table

ROW = "__row"


class CriticalValidationError(RuntimeError):
    """Broken keys: nothing may be committed."""


@dataclass
class CheckResult:
    table: str
    check: str
    rows: int
    failed: int

    @property
    def passed(self) -> int:
        return self.rows - self.failed


@dataclass
class ValidationResult:
    valid: dict[str, pl.DataFrame]
    quarantine: pl.DataFrame
    checks: list[CheckResult] = field(default_factory=list)

    def quarantined_count(self, table: str) -> int:
        return self.quarantine.filter(pl.col("table_name") == table).height


def _json_row(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, default=str, sort_keys=True)


def _key(table: Table, row: dict) -> str:
    return json.dumps([row.get(c) for c in table.primary_key], ensure_ascii=False, default=str)


def _pandera_failures(table: Table, df: pl.DataFrame) -> tuple[dict[int, list[str]], dict, list]:
    """Row index -> failed check names, row index -> failure values, and schema-level errors."""
    by_row: dict[int, list[str]] = defaultdict(list)
    values: dict[int, list[str]] = defaultdict(list)
    schema_errors: list[str] = []
    try:
        table.schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        for case in exc.failure_cases.iter_rows(named=True):
            check = f"{case['column'] or table.name}:{case['check']}"
            if case["index"] is None:
                schema_errors.append(f"{check} ({case['failure_case']})")
            else:
                by_row[int(case["index"])].append(check)
                values[int(case["index"])].append(f"{case['column']}={case['failure_case']!r}")
    return by_row, values, schema_errors


def _check_names(table: Table) -> list[str]:
    names = []
    for name, col in table.schema.columns.items():
        if not col.nullable:
            names.append(f"{name}:not_nullable")
        names.extend(f"{name}:{c.name}" for c in col.checks)
    names.extend(f"{table.name}:{c.name}" for c in table.schema.checks)
    if table.span:
        names.append(f"{table.name}:evidence_span_matches_document")
    names.extend(f"{table.name}:foreign_key:{fk.table}" for fk in table.foreign_keys)
    return names


def validate_tables(frames: dict[str, pl.DataFrame]) -> ValidationResult:
    """Validate all tables in dependency order (parents first)."""
    valid: dict[str, pl.DataFrame] = {}
    quarantined_keys: dict[str, set[tuple]] = defaultdict(set)
    all_keys: dict[str, set[tuple]] = {}
    quarantine_rows: list[dict] = []
    checks: list[CheckResult] = []
    doc_text: dict[str, str] = {}

    for name, table in TABLES.items():
        if name == "quarantine":
            continue
        df = frames.get(name, table.empty())
        df = df.select(table.column_names) if set(table.column_names) <= set(df.columns) else df
        by_row, values, schema_errors = _pandera_failures(table, df)
        if schema_errors:
            raise CriticalValidationError(
                f"table {name}: schema does not match: {'; '.join(schema_errors)}"
            )
        rows = df.to_dicts()

        # Keys: a broken primary key is an extractor bug, never a data problem.
        keys = [tuple(r[c] for c in table.primary_key) for r in rows]
        if any(v is None for k in keys for v in k):
            raise CriticalValidationError(f"table {name}: null in primary key {table.primary_key}")
        if len(set(keys)) != len(keys):
            seen: set[tuple] = set()
            dupes = [k for k in keys if k in seen or seen.add(k)]
            raise CriticalValidationError(
                f"table {name}: duplicate primary key {table.primary_key}: {dupes[:5]}"
            )
        all_keys[name] = set(keys)

        if table.span:
            sp = table.span
            for i, r in enumerate(rows):
                text = doc_text.get(r.get("doc_id"))
                s, e, t = r.get(sp.start), r.get(sp.end), r.get(sp.text)
                if text is None or s is None or e is None or t is None:
                    continue  # a missing document is the foreign-key check's business
                if text[s:e] != t:
                    by_row[i].append(f"{name}:evidence_span_matches_document")
                    values[i].append(f"documents.text[{s}:{e}]={text[s:e][:80]!r} != {t[:80]!r}")

        fk_failed: dict[str, int] = defaultdict(int)
        for fk in table.foreign_keys:
            for i, r in enumerate(rows):
                ref = tuple(r.get(c) for c in fk.columns)
                if any(v is None for v in ref):
                    continue  # nullable reference
                if fk.ref_columns == TABLES[fk.table].primary_key:
                    parent_quarantined = ref in quarantined_keys[fk.table]
                    parent_exists = ref in all_keys.get(fk.table, set())
                else:  # reference to a non-key column set
                    parent = valid.get(fk.table, TABLES[fk.table].empty())
                    parent_exists = parent.filter(
                        pl.all_horizontal(
                            [pl.col(c) == v for c, v in zip(fk.ref_columns, ref, strict=True)]
                        )
                    ).height > 0
                    parent_quarantined = False
                if parent_quarantined or not parent_exists:
                    check = f"{name}:foreign_key:{fk.table}"
                    by_row[i].append(check)
                    values[i].append(f"{','.join(fk.columns)}={list(ref)!r}")
                    fk_failed[check] += 1
                    if not parent_quarantined and not parent_exists:
                        raise CriticalValidationError(
                            f"table {name}: {fk.columns} = {ref} refers to no row of {fk.table}"
                        )

        bad = sorted(by_row)
        for i in bad:
            quarantined_keys[name].add(keys[i])
            quarantine_rows.append(
                {
                    "table_name": name,
                    "row_key": _key(table, rows[i]),
                    "check_name": ";".join(dict.fromkeys(by_row[i])),
                    "failure_case": "; ".join(values[i]) or None,
                    "row_json": _json_row(rows[i]),
                }
            )
        keep = [i for i in range(len(rows)) if i not in by_row]
        valid[name] = df[keep] if bad else df
        if name == "documents":
            doc_text = dict(zip(valid[name]["doc_id"], valid[name]["text"], strict=True))

        failed_per_check: dict[str, int] = defaultdict(int)
        for names in by_row.values():
            for c in dict.fromkeys(names):
                failed_per_check[c] += 1
        declared = _check_names(table)
        for check in declared:
            checks.append(CheckResult(name, check, len(rows), failed_per_check.get(check, 0)))
        for check, n in failed_per_check.items():
            if check not in declared:
                checks.append(CheckResult(name, check, len(rows), n))

    quarantine = TABLES["quarantine"].frame(quarantine_rows)
    valid["quarantine"] = quarantine
    return ValidationResult(valid=valid, quarantine=quarantine, checks=checks)
