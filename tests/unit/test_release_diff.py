"""Row-level diffs by primary key: which rows were added, removed, and which columns changed."""

from __future__ import annotations

import json

import polars as pl

from agefacts.release.diff import diff, render_text
from agefacts.release.snapshot import Snapshot

OLD = pl.DataFrame(
    {
        "doc_id": ["a", "a", "b", "c"],
        "n": [0, 1, 0, 0],
        "text": ["one", "two", "three", "four"],
        "score": [1.0, None, 3.0, 4.0],
    }
)
NEW = pl.DataFrame(
    {
        "doc_id": ["a", "a", "c", "d"],
        "n": [0, 1, 0, 0],
        "text": ["one", "TWO", "FOUR", "five"],
        "score": [1.0, 2.0, 4.5, 5.0],
    }
)


def snapshots():
    keys = {"rows": ("doc_id", "n")}
    return Snapshot("old", {"rows": OLD}, keys), Snapshot("new", {"rows": NEW.reverse()}, keys)


def test_rows_added_removed_changed_by_composite_key():
    td = diff(*snapshots()).tables["rows"]
    assert td.added.to_dicts() == [{"doc_id": "d", "n": 0}]
    assert td.removed.to_dicts() == [{"doc_id": "b", "n": 0}]
    assert td.changed.to_dicts() == [
        {"doc_id": "a", "n": 1, "changed_columns": ["text", "score"]},  # null -> value counts
        {"doc_id": "c", "n": 0, "changed_columns": ["text", "score"]},
    ]
    assert td.column_change_counts() == {"score": 2, "text": 2}
    assert (td.rows_before, td.rows_after) == (4, 4)


def test_json_and_text_output_carry_counts_and_keys():
    d = diff(*snapshots())
    data = json.loads(d.to_json())
    (table,) = data["tables"]
    assert data["level"] == "minor"
    assert table["counts"] == {"added": 1, "removed": 1, "changed": 2}
    assert table["changed"][0] == {"doc_id": "a", "n": 1, "changed_columns": ["text", "score"]}
    text = render_text(d)
    assert "rows: +1 added, -1 removed, ~2 changed" in text
    assert "~ doc_id='c', n=0: text, score" in text
    assert "- doc_id='b', n=0" in text
    limited = json.loads(d.to_json(limit=0))["tables"][0]
    assert limited["changed"] == [] and limited["counts"]["changed"] == 2


def test_added_and_removed_tables_list_all_their_keys():
    old = Snapshot("old", {"gone": OLD}, {"gone": ("doc_id", "n")})
    new = Snapshot("new", {"born": NEW.select("doc_id", "text")}, {"born": ("doc_id", "text")})
    d = diff(old, new)
    assert d.tables["born"].status == "added" and d.tables["born"].added.height == 4
    assert d.tables["gone"].status == "removed" and d.tables["gone"].removed.height == 4
