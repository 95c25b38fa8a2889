"""What changed between two snapshots: tables and columns, then rows by primary key.

A rename is found, not guessed: a removed and an added column (or table) count as renamed only
when their types match and, for columns, every row matched by key holds the same value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from agefacts.release.snapshot import Snapshot

CHANGED = "changed_columns"
_OLD, _NEW = "\x00old\x00", "\x00new\x00"


@dataclass
class TableDiff:
    name: str
    #: "added", "removed", "renamed" (from ``renamed_from``) or "kept".
    status: str
    key: tuple[str, ...]
    renamed_from: str | None = None
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)
    columns_renamed: dict[str, str] = field(default_factory=dict)
    columns_retyped: dict[str, tuple[str, str]] = field(default_factory=dict)
    key_changed: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    metadata_changed: bool = False
    rows_before: int = 0
    rows_after: int = 0
    #: Key columns of rows only in the new / only in the old snapshot.
    added: pl.DataFrame = field(default_factory=pl.DataFrame)
    removed: pl.DataFrame = field(default_factory=pl.DataFrame)
    #: Key columns plus ``changed_columns`` (list of column names) for rows whose values differ.
    changed: pl.DataFrame = field(default_factory=pl.DataFrame)

    @property
    def schema_changed(self) -> bool:
        return bool(
            self.status in ("added", "removed", "renamed")
            or self.columns_added
            or self.columns_removed
            or self.columns_renamed
            or self.columns_retyped
            or self.key_changed
        )

    @property
    def rows_changed(self) -> bool:
        return bool(self.added.height or self.removed.height or self.changed.height)

    @property
    def any_change(self) -> bool:
        return self.schema_changed or self.rows_changed or self.metadata_changed

    def column_change_counts(self) -> dict[str, int]:
        if not self.changed.height:
            return {}
        counts = self.changed[CHANGED].explode().value_counts(sort=True)
        return dict(sorted(zip(counts[CHANGED], counts["count"], strict=True)))

    def to_dict(self, limit: int | None = None) -> dict[str, Any]:
        def rows(df: pl.DataFrame) -> list[dict[str, Any]]:
            return (df.head(limit) if limit is not None else df).to_dicts()

        return {
            "table": self.name,
            "status": self.status,
            "renamed_from": self.renamed_from,
            "key": list(self.key),
            "key_changed": [list(k) for k in self.key_changed] if self.key_changed else None,
            "columns_added": self.columns_added,
            "columns_removed": self.columns_removed,
            "columns_renamed": self.columns_renamed,
            "columns_retyped": {k: list(v) for k, v in self.columns_retyped.items()},
            "metadata_changed": self.metadata_changed,
            "rows_before": self.rows_before,
            "rows_after": self.rows_after,
            "counts": {
                "added": self.added.height,
                "removed": self.removed.height,
                "changed": self.changed.height,
            },
            "changed_column_counts": self.column_change_counts(),
            "added": rows(self.added),
            "removed": rows(self.removed),
            "changed": rows(self.changed),
        }


@dataclass
class Diff:
    old: str
    new: str
    tables: dict[str, TableDiff]

    @property
    def changed(self) -> bool:
        return any(t.any_change for t in self.tables.values())

    def to_dict(self, limit: int | None = None) -> dict[str, Any]:
        from agefacts.release.semver import change_level

        return {
            "old": self.old,
            "new": self.new,
            "level": change_level(self),
            "tables": [t.to_dict(limit) for t in self.tables.values()],
        }

    def to_json(self, limit: int | None = None) -> str:
        return json.dumps(self.to_dict(limit), indent=2, ensure_ascii=False, default=str)


def _dtypes(df: pl.DataFrame) -> dict[str, pl.DataType]:
    return dict(df.schema)


def _strip(desc: dict | None, ignore: set[str]) -> Any:
    """A schema descriptor without the fields already reported as structural changes."""
    if not desc:
        return None
    out = dict(desc)
    out["fields"] = [f for f in desc.get("fields", []) if f.get("name") not in ignore]
    return json.dumps(out, sort_keys=True)


def _row_diff(
    td: TableDiff, old: pl.DataFrame, new: pl.DataFrame, compare: list[tuple[str, str]]
) -> None:
    """Rows added, removed and changed by key; ``compare`` pairs old and new column names."""
    key = list(td.key)
    left = old.select(
        *key, *[pl.col(o).alias(_OLD + n) for o, n in compare], pl.lit(True).alias(_OLD)
    )
    right = new.select(
        *key, *[pl.col(n).alias(_NEW + n) for _, n in compare], pl.lit(True).alias(_NEW)
    )
    joined = left.join(right, on=key, how="full", coalesce=True, nulls_equal=True)
    td.added = joined.filter(pl.col(_OLD).is_null()).select(key).sort(key)
    td.removed = joined.filter(pl.col(_NEW).is_null()).select(key).sort(key)
    both = joined.filter(pl.col(_OLD).is_not_null() & pl.col(_NEW).is_not_null())
    if not compare:
        td.changed = both.select(key).with_columns(
            pl.lit([], dtype=pl.List(pl.String)).alias(CHANGED)
        ).clear()
        return
    flags = [
        pl.when(pl.col(_OLD + n).ne_missing(pl.col(_NEW + n))).then(pl.lit(n))
        for _, n in compare
    ]
    td.changed = (
        both.select(*key, pl.concat_list(flags).list.drop_nulls().alias(CHANGED))
        .filter(pl.col(CHANGED).list.len() > 0)
        .sort(key)
    )


def _renamed_columns(
    key: list[str], old: pl.DataFrame, new: pl.DataFrame, removed: list[str], added: list[str]
) -> dict[str, str]:
    """Removed -> added column pairs with equal type and equal values on every matched row."""
    if not removed or not added:
        return {}
    # removed and added names are disjoint, so the joined frame keeps both sets as they are.
    matched = old.select([*key, *removed]).join(
        new.select([*key, *added]), on=key, how="inner", nulls_equal=True
    )
    if not matched.height:
        return {}
    out: dict[str, str] = {}
    for r in removed:
        for a in added:
            if a in out.values() or old.schema[r] != new.schema[a]:
                continue
            if matched.select(pl.col(r).eq_missing(pl.col(a)).all()).item():
                out[r] = a
                break
    return out


def _table_diff(
    name: str,
    old: pl.DataFrame,
    new: pl.DataFrame,
    old_key: tuple[str, ...],
    new_key: tuple[str, ...],
    old_schema: dict | None,
    new_schema: dict | None,
) -> TableDiff:
    td = TableDiff(name=name, status="kept", key=new_key, rows_before=old.height, rows_after=new.height)
    od, nd = _dtypes(old), _dtypes(new)
    removed = [c for c in od if c not in nd]
    added = [c for c in nd if c not in od]
    td.columns_retyped = {
        c: (str(od[c]), str(nd[c])) for c in od if c in nd and od[c] != nd[c]
    }
    comparable_key = old_key == new_key and not (set(new_key) & set(td.columns_retyped))
    if old_key != new_key:
        td.key_changed = (old_key, new_key)
    if comparable_key:
        td.columns_renamed = _renamed_columns(list(new_key), old, new, removed, added)
    td.columns_removed = [c for c in removed if c not in td.columns_renamed]
    td.columns_added = [c for c in added if c not in td.columns_renamed.values()]
    structural = set(removed) | set(added) | set(td.columns_retyped)
    td.metadata_changed = _strip(old_schema, structural) != _strip(new_schema, structural)
    if comparable_key:
        compare = [(c, c) for c in od if c in nd and c not in td.columns_retyped and c not in new_key]
        compare += list(td.columns_renamed.items())
        _row_diff(td, old, new, compare)
    return td


def diff(old: Snapshot, new: Snapshot) -> Diff:
    """Compare two snapshots table by table (new snapshot's table order first)."""
    tables: dict[str, TableDiff] = {}
    gone = [n for n in old.frames if n not in new.frames]
    born = [n for n in new.frames if n not in old.frames]
    renamed: dict[str, str] = {}
    for b in born:
        for g in gone:
            if g in renamed.values():
                continue
            if _dtypes(old.frames[g]) == _dtypes(new.frames[b]) and old.keys[g] == new.keys[b]:
                renamed[b] = g
                break
    for name, frame in new.frames.items():
        source = renamed.get(name, name)
        if source in old.frames:
            td = _table_diff(
                name,
                old.frames[source],
                frame,
                old.keys[source],
                new.keys[name],
                old.schemas.get(source),
                new.schemas.get(name),
            )
            if source != name:
                td.status, td.renamed_from = "renamed", source
        else:
            td = TableDiff(name=name, status="added", key=new.keys[name], rows_after=frame.height)
            td.added = frame.select(list(new.keys[name])).sort(list(new.keys[name]))
        tables[name] = td
    for name in gone:
        if name in renamed.values():
            continue
        frame = old.frames[name]
        td = TableDiff(name=name, status="removed", key=old.keys[name], rows_before=frame.height)
        td.removed = frame.select(list(old.keys[name])).sort(list(old.keys[name]))
        tables[name] = td
    return Diff(old=old.label, new=new.label, tables=tables)


def render_text(d: Diff, limit: int = 10) -> str:
    """A human summary: per table the counts, then up to ``limit`` keys of each kind."""
    from agefacts.release.semver import change_level

    lines = [f"{d.old} -> {d.new}: {change_level(d) or 'no'} change"]
    for td in d.tables.values():
        head = f"{td.name}"
        if td.status == "added":
            head += f": new table, {td.rows_after} rows"
        elif td.status == "removed":
            head += f": table removed ({td.rows_before} rows)"
        elif td.status == "renamed":
            head += f": renamed from {td.renamed_from}"
        if td.status != "added" and td.status != "removed":
            head += (
                f": +{td.added.height} added, -{td.removed.height} removed, "
                f"~{td.changed.height} changed ({td.rows_before} -> {td.rows_after} rows)"
            )
        lines.append(head)
        for label, value in (
            ("columns added", td.columns_added),
            ("columns removed", td.columns_removed),
            ("columns renamed", [f"{a} -> {b}" for a, b in td.columns_renamed.items()]),
            ("columns retyped", [f"{c} {a} -> {b}" for c, (a, b) in td.columns_retyped.items()]),
        ):
            if value:
                lines.append(f"  {label}: {', '.join(value)}")
        if td.key_changed:
            lines.append(f"  primary key changed: {list(td.key_changed[0])} -> {list(td.key_changed[1])}")
        if td.metadata_changed:
            lines.append("  descriptions or constraints changed")
        if td.status not in ("added", "removed"):
            counts = td.column_change_counts()
            if counts:
                lines.append("  changed columns: " + ", ".join(f"{c} ({n})" for c, n in counts.items()))
            for label, df in (("+", td.added), ("-", td.removed)):
                for row in df.head(limit).iter_rows(named=True):
                    lines.append(f"  {label} {_key_text(row)}")
                if df.height > limit:
                    lines.append(f"  {label} ... {df.height - limit} more")
            for row in td.changed.head(limit).iter_rows(named=True):
                cols = row.pop(CHANGED)
                lines.append(f"  ~ {_key_text(row)}: {', '.join(cols)}")
            if td.changed.height > limit:
                lines.append(f"  ~ ... {td.changed.height - limit} more")
    return "\n".join(lines)


def _key_text(row: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in row.items())
