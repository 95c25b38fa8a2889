"""The data dictionary in Markdown: every table and column, generated from ``schemas/``.

The same function writes ``docs/data_dictionary.md`` in the repository (``agefacts docs``) and
``data_dictionary.md`` in each release, so neither can drift from the pandera models.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polars as pl

from agefacts.release.datapackage import constraints
from schemas import TABLES, VERSIONS, Table
from schemas.base import Column

GENERATED = "Generated from `schemas/` by `agefacts docs`; do not edit by hand."
REPO_PATH = Path("docs") / "data_dictionary.md"


def type_label(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.Datetime):
        return f"timestamp ({dtype.time_zone})" if dtype.time_zone else "timestamp"
    simple = {
        pl.String: "string",
        pl.Boolean: "boolean",
        pl.Date: "date",
        pl.Float64: "float64",
        pl.Float32: "float32",
    }
    if type(dtype) in simple:
        return simple[type(dtype)]
    return str(dtype).lower()


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _code(value: object) -> str:
    text = str(value).replace("|", "\\|")
    return f"``{text}``" if "`" in text else f"`{text}`"


def constraint_text(table: Table, column: Column) -> str:
    cons = constraints(table, column)
    parts = []
    if "enum" in cons:
        parts.append("one of " + ", ".join(_code(v) for v in cons["enum"]))
    if "pattern" in cons:
        parts.append("matches " + _code(cons["pattern"]))
    if "minimum" in cons:
        parts.append(f"≥ {cons['minimum']}")
    if "maximum" in cons:
        parts.append(f"≤ {cons['maximum']}")
    if "minLength" in cons and cons.get("minLength") == cons.get("maxLength"):
        parts.append(f"length {cons['minLength']}")
    else:
        if "minLength" in cons:
            parts.append(f"length ≥ {cons['minLength']}")
        if "maxLength" in cons:
            parts.append(f"length ≤ {cons['maxLength']}")
    if cons.get("unique"):
        parts.append("unique")
    return "; ".join(parts)


def _table_rules(table: Table) -> list[str]:
    rules = [f"check `{c.name}`" + (f": {c.description}" if c.description else "")
             for c in table.schema.checks]
    if table.span:
        sp = table.span
        rules.append(
            f"`{sp.text}` equals the document's `text[{sp.start}:{sp.end}]` (exact evidence span)"
        )
    return rules


def render(
    tables: Iterable[Table],
    title: str = "agefacts data dictionary",
    intro: str = GENERATED,
    row_counts: dict[str, int] | None = None,
    published: set[str] | None = None,
) -> str:
    """Markdown for ``tables``: an index, then one section per table with all its columns."""
    tables = list(tables)
    names = {t.name for t in tables}
    lines = [f"# {title}", "", intro, "", "## Tables", ""]
    header = "| table | primary key | " + ("rows | " if row_counts is not None else "")
    header += ("in releases | " if published is not None else "") + "description |"
    lines.append(header)
    lines.append("|" + " --- |" * header.count(" |"))
    for t in tables:
        row = f"| [`{t.name}`](#{t.name}) | {', '.join(_code(k) for k in t.primary_key)} | "
        if row_counts is not None:
            row += f"{row_counts.get(t.name, 0)} | "
        if published is not None:
            row += ("yes" if t.name in published else "no") + " | "
        lines.append(row + _cell(t.description) + " |")
    for t in tables:
        lines += ["", f"## {t.name}", "", _cell(t.description), ""]
        lines.append(f"- Primary key: {', '.join(_code(k) for k in t.primary_key)}")
        for fk in t.foreign_keys:
            target = f"`{fk.table}`" + ("" if fk.table in names else " (not in this dictionary)")
            lines.append(
                f"- Foreign key: {', '.join(_code(c) for c in fk.columns)} → {target} "
                f"({', '.join(_code(c) for c in fk.ref_columns)})"
            )
        lines += [f"- Rule: {r}" for r in _table_rules(t)]
        lines += ["", "| column | type | required | constraints | description |",
                  "| --- | --- | --- | --- | --- |"]
        for c in t.columns:
            required = "yes" if (not c.nullable or c.name in t.primary_key) else "no"
            lines.append(
                f"| `{c.name}` | {type_label(c.dtype)} | {required} | "
                f"{constraint_text(t, c)} | {_cell(c.description)} |"
            )
    return "\n".join(lines) + "\n"


def repo_dictionary() -> str:
    """``docs/data_dictionary.md``: every warehouse table, saying which ones releases publish."""
    tables = [*TABLES.values(), VERSIONS]
    return render(tables, published={t.name for t in tables if t.public and t.name in TABLES})
