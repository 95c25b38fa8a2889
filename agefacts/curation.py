"""Curation: a curator's decisions on extracted facts, read from YAML files and applied by id.

A curation file (see ``raw/curation/curation.yaml`` for the format) lists entries that accept,
reject or correct an extracted fact, or add one the extractors missed, each signed with curator,
date and reason. ``load_curation`` reads and checks the entries; ``apply_curation`` sets each
fact's ``status`` and returns a log of what happened to every entry. An entry that is malformed,
or that points at a fact that no longer exists, is logged and skipped: it never stops a build,
and a rejected fact stays in its table with status ``rejected``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from agefacts.ids import stable_id

FACT_TABLES = ("mentions", "quantities", "study_groups", "claims", "citations")
ACTIONS = ("accept", "reject", "correct", "add")
STATUS_OF = {"accept": "accepted", "reject": "rejected", "correct": "corrected", "add": "added"}
#: Id column and id prefix of each fact table (``schemas`` primary keys win when registered).
_ID_COLUMN = {
    "mentions": "mention_id",
    "quantities": "quantity_id",
    "study_groups": "group_id",
    "claims": "claim_id",
    "citations": "citation_id",
}
_ID_PREFIX = {"mentions": "m", "quantities": "q", "study_groups": "g", "claims": "c",
              "citations": "cit"}
#: Tables whose rows point into documents.text, so an added row needs offsets.
_SPAN_TABLES = {"mentions", "quantities", "claims", "citations"}
_PROTECTED = {"status", "extractor_version"}

Row = dict[str, Any]


class _Loader(yaml.SafeLoader):
    """Safe YAML that leaves timestamps as text: PyYAML raises a bare ValueError on an
    unquoted impossible date (``2026-13-45``), which would fail the whole build instead of
    making that one entry malformed; ``_date`` checks the text."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


@dataclass(frozen=True)
class CurationEntry:
    """One curator decision. ``values`` holds the corrected fields, or the whole added row."""

    source: str
    entry_id: str
    table: str
    action: str
    fact_id: str | None
    curator: str
    date: dt.date
    reason: str
    values: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------- loading


def load_curation(path: str | Path | None) -> tuple[list[CurationEntry], list[Row]]:
    """Entries from a curation file, or from every ``*.yaml``/``*.yml`` file in a folder.

    Returns ``(entries, problems)``: problems are ``curation_log`` rows with outcome
    ``malformed`` (file, entry and reason), so the caller can log them beside what
    ``apply_curation`` reports. A missing path is no curation at all.
    """
    if path is None:
        return [], []
    path = Path(path)
    if not path.exists():
        return [], []
    files = [path] if path.is_file() else sorted(
        p for p in path.iterdir() if p.suffix.lower() in (".yaml", ".yml") and p.is_file()
    )
    base = path.parent if path.is_file() else path
    entries: list[CurationEntry] = []
    problems: list[Row] = []
    for f in files:
        source = f.relative_to(base).as_posix()
        got, bad = _load_file(f, source)
        entries += got
        problems += bad
    return entries, problems


def _load_file(path: Path, source: str) -> tuple[list[CurationEntry], list[Row]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        reason = str(exc).replace("\n", " ")
        return [], [_problem(source, "#file", {}, f"cannot be read as YAML: {reason}")]
    if data is None:
        return [], []
    items = data.get("entries") if isinstance(data, dict) else data
    if items is None:
        items = []
    if not isinstance(items, list):
        return [], [_problem(source, "#file", {}, "`entries` must be a list of entries")]
    entries: list[CurationEntry] = []
    problems: list[Row] = []
    seen: set[str] = set()
    for n, item in enumerate(items, start=1):
        raw_id = item.get("id") if isinstance(item, dict) else None
        entry_id = str(raw_id) if raw_id not in (None, "") else f"#{n}"
        if entry_id in seen:
            problems.append(_problem(source, f"{entry_id}#{n}", item, f"duplicate id {entry_id}"))
            continue
        seen.add(entry_id)
        entry, why = _parse_entry(item, source, entry_id)
        if entry is None:
            problems.append(_problem(source, entry_id, item, why))
        else:
            entries.append(entry)
    return entries, problems


def _parse_entry(item: Any, source: str, entry_id: str) -> tuple[CurationEntry | None, str]:
    """An entry, or None and the reason it is malformed."""
    if not isinstance(item, dict):
        return None, "an entry must be a mapping of fields"
    if entry_id.startswith("#"):
        return None, "missing `id`"
    table = item.get("table")
    if table not in FACT_TABLES:
        return None, f"`table` must be one of {', '.join(FACT_TABLES)} (got {table!r})"
    action = item.get("action")
    if action not in ACTIONS:
        return None, f"`action` must be one of {', '.join(ACTIONS)} (got {action!r})"
    for key in ("curator", "reason"):
        if not str(item.get(key) or "").strip():
            return None, f"missing `{key}`"
    date = _date(item.get("date"))
    if date is None:
        return None, f"`date` must be an ISO date such as 2026-07-01 (got {item.get('date')!r})"
    fact_id = item.get("fact_id")
    fact_id = str(fact_id) if fact_id not in (None, "") else None
    values: dict[str, Any] = {}
    id_column = _ID_COLUMN[table]
    if action in ("accept", "reject") and not fact_id:
        return None, f"`{action}` needs the `fact_id` of the fact"
    if action == "correct":
        if not fact_id:
            return None, "`correct` needs the `fact_id` of the fact"
        values = item.get("set")
        if not isinstance(values, dict) or not values:
            return None, "`correct` needs `set`: the fields to change and their new values"
        if touched := sorted(set(values) & (_PROTECTED | {id_column})):
            return None, f"`set` may not change {', '.join(touched)}"
    if action == "add":
        values = item.get("row")
        if not isinstance(values, dict) or not values:
            return None, "`add` needs `row`: the new fact's fields"
        if not values.get("doc_id"):
            return None, "an added row needs `doc_id`"
        if table in _SPAN_TABLES:
            start, end = values.get("char_start"), values.get("char_end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
                return None, "an added row needs integer `char_start` < `char_end`"
        if touched := sorted(set(values) & _PROTECTED):
            return None, f"an added row may not set {', '.join(touched)}"
    entry = CurationEntry(
        source=source,
        entry_id=entry_id,
        table=table,
        action=action,
        fact_id=fact_id,
        curator=str(item["curator"]).strip(),
        date=date,
        reason=str(item["reason"]).strip(),
        values=dict(values),
    )
    return entry, ""


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.datetime.fromisoformat(str(value).strip()).date()
    except ValueError:
        return None


def _problem(source: str, entry_id: str, item: Any, why: str) -> Row:
    item = item if isinstance(item, dict) else {}
    table = item.get("table") if item.get("table") in FACT_TABLES else None
    action = item.get("action") if item.get("action") in ACTIONS else None
    return _log(
        source, entry_id, table, _str(item.get("fact_id")), action, _str(item.get("curator")),
        _date(item.get("date")), _str(item.get("reason")), "malformed",
        f"{source}, entry {entry_id}: malformed, ignored: {why}",
    )


def _str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _log(
    source: str, entry_id: str, table: str | None, fact_id: str | None, action: str | None,
    curator: str | None, date: dt.date | None, reason: str | None, outcome: str, message: str,
) -> Row:
    return {
        "source": source,
        "entry_id": entry_id,
        "fact_table": table,
        "fact_id": fact_id,
        "action": action,
        "curator": curator,
        "date": date,
        "reason": reason,
        "outcome": outcome,
        "message": message,
    }


# ---------------------------------------------------------------------------- applying


def id_column(table: str) -> str:
    """The id column of a fact table: its registered primary key, else the agefacts default."""
    try:
        from schemas import TABLES

        key = TABLES[table].primary_key
        if len(key) == 1:
            return key[0]
    except (ImportError, KeyError):
        pass
    return _ID_COLUMN[table]


def _columns(table: str, rows: list[Row]) -> set[str] | None:
    try:
        from schemas import TABLES

        return set(TABLES[table].column_names)
    except (ImportError, KeyError):
        return set().union(*rows) if rows else None


def apply_curation(
    tables: dict[str, list[Row]], entries: list[CurationEntry]
) -> tuple[dict[str, list[Row]], list[Row]]:
    """Apply entries in order; returns new tables (inputs are not modified) and the log.

    Every fact row ends with a ``status``: ``extracted`` unless an entry accepted, rejected,
    corrected or added it (the last entry on a fact wins). Rejected rows stay in their table.
    """
    out = {name: [dict(r) for r in rows] for name, rows in tables.items()}
    for name in FACT_TABLES:
        for row in out.get(name, []):
            row.setdefault("status", "extracted")
    index: dict[str, dict[str, Row]] = {}
    for name, rows in out.items():
        if name in FACT_TABLES:
            col = id_column(name)
            index[name] = {str(r.get(col)): r for r in rows if r.get(col) is not None}
    log: list[Row] = []
    for e in entries:
        outcome, fact_id, message = _apply(e, out, index)
        log.append(
            _log(e.source, e.entry_id, e.table, fact_id, e.action, e.curator, e.date, e.reason,
                 outcome, message)
        )
    return out, log


def _apply(
    e: CurationEntry, out: dict[str, list[Row]], index: dict[str, dict[str, Row]]
) -> tuple[str, str | None, str]:
    where = f"{e.source}, entry {e.entry_id}"
    rows = out.setdefault(e.table, [])
    by_id = index.setdefault(e.table, {})
    columns = _columns(e.table, rows)
    col = id_column(e.table)
    if e.action == "add":
        row = dict(e.values)
        fact_id = e.fact_id or str(row.get(col) or "") or stable_id(
            _ID_PREFIX[e.table], "curation", e.source, e.entry_id
        )
        if fact_id in by_id:
            return "malformed", fact_id, f"{where}: malformed, ignored: {e.table} already has " \
                f"a fact {fact_id}; correct it instead of adding it"
        if columns and (unknown := sorted(set(row) - columns)):
            return "malformed", fact_id, f"{where}: malformed, ignored: {e.table} has no " \
                f"column {', '.join(unknown)}"
        row[col] = fact_id
        row["status"] = "added"
        row.setdefault("extractor_version", "curation")
        row.setdefault("vocabularies", "")
        rows.append(row)
        by_id[fact_id] = row
        return "applied", fact_id, f"{where}: added {e.table} {fact_id} (checked against the " \
            "document text by validation)"
    row = by_id.get(str(e.fact_id))
    if row is None:
        return "stale", e.fact_id, f"{where}: stale, ignored: {e.table} has no fact " \
            f"{e.fact_id} (its text or the extractor changed since the entry was written)"
    if e.action == "correct":
        if columns and (unknown := sorted(set(e.values) - columns)):
            return "malformed", e.fact_id, f"{where}: malformed, ignored: {e.table} has no " \
                f"column {', '.join(unknown)}"
        changed = ", ".join(f"{k}={v!r}" for k, v in e.values.items())
        row.update(e.values)
        row["status"] = "corrected"
        return "applied", e.fact_id, f"{where}: corrected {e.table} {e.fact_id}: {changed}"
    row["status"] = STATUS_OF[e.action]
    return "applied", e.fact_id, f"{where}: {STATUS_OF[e.action]} {e.table} {e.fact_id}"
