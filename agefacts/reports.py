"""A run's reports for people: the data-quality report and the version summary (pure functions).

The flow publishes them as Prefect artifacts; they are plain markdown and rows, so tests and the
CLI can use them without Prefect.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from agefacts.validate import CheckResult

MAX_ROWS = 200


def _cell(value: Any, limit: int = 160) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return out


def quality_report(
    checks: list[CheckResult],
    quarantine: pl.DataFrame,
    failed_documents: list[dict[str, Any]],
    rejected_inputs: list[dict[str, Any]],
    documents: int,
    max_rows: int = MAX_ROWS,
) -> str:
    """Every check with its pass/fail counts, then what was set aside and why."""
    failed_checks = [c for c in checks if c.failed]
    lines = [
        "# Data quality",
        "",
        f"- documents loaded: **{documents}**",
        f"- documents whose extraction failed: **{len(failed_documents)}**",
        f"- input files rejected: **{len(rejected_inputs)}**",
        f"- rows quarantined: **{quarantine.height}**",
        f"- checks: **{len(checks)}**, of which **{len(failed_checks)}** failed on some row",
        "",
        "## Checks",
        "",
        *_table(
            ["table", "check", "rows", "passed", "failed", "result"],
            [
                [c.table, c.check, c.rows, c.passed, c.failed, "FAIL" if c.failed else "pass"]
                for c in sorted(checks, key=lambda c: (c.failed == 0, c.table, c.check))
            ],
        ),
    ]
    if failed_documents:
        lines += ["", "## Documents whose extraction failed", ""]
        lines += _table(
            ["document", "stage", "reason"],
            [[f["doc_id"], f["stage"], f["reason"]] for f in failed_documents[:max_rows]],
        )
    if rejected_inputs:
        lines += ["", "## Rejected input files", ""]
        lines += _table(
            ["file", "reason", "detail"],
            [[r["source_path"], r["reason"], r["detail"]] for r in rejected_inputs[:max_rows]],
        )
    if quarantine.height:
        shown = quarantine.head(max_rows)
        lines += ["", f"## Quarantined rows ({quarantine.height})", ""]
        if quarantine.height > max_rows:
            lines += [f"First {max_rows}; all of them are in the warehouse table `quarantine`.", ""]
        lines += _table(
            ["table", "row key", "failed checks", "offending values"],
            [
                [q["table_name"], q["row_key"], q["check_name"], q["failure_case"]]
                for q in shown.iter_rows(named=True)
            ],
        )
    return "\n".join(lines) + "\n"


def _counts(version: dict[str, Any] | None) -> dict[str, int]:
    if not version:
        return {}
    counts = version.get("row_counts") or {}
    return json.loads(counts) if isinstance(counts, str) else dict(counts)


def version_rows(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Row counts per table in ``after`` and the change from ``before`` (both ``versions`` rows)."""
    old, new = _counts(before), _counts(after)
    rows = []
    for table in list(dict.fromkeys([*new, *old])):
        previous = old.get(table) if before else None
        current = new.get(table, 0)
        rows.append(
            {
                "table": table,
                "rows": current,
                "previous": previous,
                "change": current - (previous or 0),
            }
        )
    return rows


def version_summary(
    before: dict[str, Any] | None, after: dict[str, Any] | None, warehouse: str
) -> str:
    """A one-paragraph markdown summary: which version, and what changed."""
    if after is None:
        return f"No version in `{warehouse}` yet."
    if before is not None and before["version"] == after["version"]:
        head = f"No change: `{warehouse}` stays at version **{after['version']}**."
    elif before is None:
        head = f"Version **{after['version']}** of `{warehouse}` committed (the first)."
    else:
        head = (
            f"Version **{after['version']}** of `{warehouse}` committed "
            f"(previous: {before['version']})."
        )
    rows = version_rows(before, after)
    changed = [r for r in rows if r["change"]]
    lines = ["# Version summary", "", head, ""]
    lines += _table(
        ["table", "rows", "previous", "change"],
        [[r["table"], r["rows"], "" if r["previous"] is None else r["previous"],
          f"{r['change']:+d}"] for r in rows],
    )
    if before is not None and before["version"] != after["version"] and not changed:
        lines += ["", "Row counts are unchanged; row contents changed."]
    return "\n".join(lines) + "\n"
