"""The console script for operators and analysts: progress, output formats, refusals."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from agefacts.cli import _text_table, app

runner = CliRunner()


def invoke(*args, env=None):
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def built(sources, warehouse_path):
    out = invoke("run", "--sources", str(sources), "--warehouse", str(warehouse_path))
    assert out.exit_code == 0, out.output
    return warehouse_path


def test_progress_is_shown_on_request_and_quiet_when_not_a_terminal(sources, warehouse_path):
    shown = invoke("run", "--progress", "--sources", str(sources), "--warehouse", str(warehouse_path))
    assert shown.exit_code == 0, shown.output
    assert "documents read" in shown.output and "documents extracted" in shown.output
    assert "3/3" in shown.output
    assert "3 documents: 3 extracted, 0 unchanged" in shown.output
    (sources / "walk.md").write_text("# Walk\n\nWalking helps older adults.\n")
    quiet = invoke("run", "--sources", str(sources), "--warehouse", str(warehouse_path))
    assert "documents extracted" not in quiet.output and "━" not in quiet.output
    assert "4 documents: 1 extracted, 3 unchanged" in quiet.output
    assert "flow run " in quiet.output and "Prefect UI" in quiet.output
    again = invoke("run", "--sources", str(sources), "--warehouse", str(warehouse_path))
    assert "unchanged since version 2; nothing extracted" in again.output
    assert again.output.strip().endswith("stays at version 2")


def test_query_prints_a_plain_table_without_cutting_long_values_when_piped(built):
    out = invoke("query", "-w", str(built),
                 "SELECT doc_id, title, length(text) AS n FROM documents ORDER BY doc_id")
    assert out.exit_code == 0
    lines = out.output.splitlines()
    assert lines[0].split() == ["doc_id", "title", "n"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    long_title = next(line for line in lines if "Circulating" in line)
    assert "Links Exercise Adaptation To Health Outcomes" in long_title  # whole, on one line
    assert "(3 rows)" in out.output


def test_text_table_aligns_columns_and_keeps_newlines_visible():
    text = _text_table(["id", "note", "n"], [("a", "two\nlines", 5), ("bbb", None, 12)])
    assert text.splitlines() == [
        "id   note         n",
        "---  ----------  --",
        "a    two\\nlines   5",
        "bbb              12",
    ]


def test_query_formats_csv_and_json(built):
    as_csv = invoke("query", "-w", str(built), "-f", "csv",
                    "SELECT doc_id, kind FROM documents ORDER BY doc_id")
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert [r["kind"] for r in rows] == ["article"] * 3
    as_json = invoke("query", "-w", str(built), "-f", "json",
                     "SELECT count(*) AS n, max(published) AS latest FROM documents")
    assert json.loads(as_json.output) == [{"n": 3, "latest": "2026-07-09"}]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1; DROP TABLE documents",
        "COPY documents TO '/tmp/agefacts-leak.csv'",
        "ATTACH '/tmp/other.duckdb' AS other",
        "INSTALL httpfs",
        "SET threads = 1",
        "CALL lake.expire_snapshots()",
        "EXPLAIN ANALYZE SELECT 1",
    ],
)
def test_query_refuses_anything_that_could_write(built, sql):
    out = invoke("query", "-w", str(built), sql)
    assert out.exit_code == 2 and "refused" in out.output


def test_query_cannot_read_files_outside_the_warehouse(built, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("x\n1\n")
    out = invoke("query", "-w", str(built), f"SELECT * FROM read_csv('{secret}')")
    assert out.exit_code == 1 and "disabled by configuration" in out.output


def test_tables_and_columns_are_described_in_the_session(built):
    out = invoke("query", "-w", str(built), "-f", "json",
                 "SELECT database_name AS db, column_name, comment FROM duckdb_columns() "
                 "WHERE table_name = 'sentences' ORDER BY db, column_index")
    described = json.loads(out.output)
    for db in ("lake", "temp"):  # the stored table and the session's name for it
        cols = [c for c in described if c["db"] == db]
        assert [c["column_name"] for c in cols][:2] == ["doc_id", "sentence_id"]
        assert all(c["comment"] for c in cols)


def test_refresh_flag_reaches_the_flow_settings(sources, warehouse_path, monkeypatch):
    import flows.build

    seen = {}
    real = flows.build.Settings.from_env

    def spy(**overrides):
        settings = real(**overrides)
        seen["refresh"] = settings.refresh
        return settings

    monkeypatch.setattr(flows.build.Settings, "from_env", staticmethod(spy))
    out = invoke("run", "--refresh", "--sources", str(sources), "--warehouse", str(warehouse_path))
    assert out.exit_code == 0 and seen["refresh"] is True
