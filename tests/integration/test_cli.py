"""The console script as a user drives it: run, versions, query."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from agefacts.cli import app

runner = CliRunner()


def invoke(*args, env=None):
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


def test_run_versions_and_query(sources, warehouse_path):
    first = invoke("run", "--sources", str(sources), "--warehouse", str(warehouse_path))
    assert first.exit_code == 0, first.output
    assert "version 1 committed" in first.output
    second = invoke("run", env={"AGEFACTS_SOURCES": str(sources), "AGEFACTS_WAREHOUSE": str(warehouse_path)})
    assert "no change" in second.output and "version 1" in second.output

    listing = invoke("versions", "-w", str(warehouse_path))
    assert listing.exit_code == 0 and "1" in listing.output

    out = invoke("query", "-w", str(warehouse_path), "-f", "csv",
                 "SELECT doc_id, published FROM documents ORDER BY doc_id")
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [r["published"] for r in rows] == ["2026-02-24", "", "2026-07-09"]

    as_json = invoke("query", "-w", str(warehouse_path), "--version", "1", "-f", "json",
                     "SELECT count(*) AS n FROM sentences")
    assert json.loads(as_json.output)[0]["n"] > 100


def test_query_rejects_writes_and_unknown_versions(sources, warehouse_path):
    invoke("run", "--sources", str(sources), "--warehouse", str(warehouse_path))
    write = invoke("query", "-w", str(warehouse_path), "DROP TABLE documents")
    assert write.exit_code == 2 and "read-only" in write.output
    missing = invoke("query", "-w", str(warehouse_path), "--version", "7", "SELECT 1")
    assert missing.exit_code == 1 and "no version 7" in missing.output
    bad = invoke("query", "-w", str(warehouse_path), "SELECT * FROM no_such_table")
    assert bad.exit_code == 1 and "query failed" in bad.output


def test_missing_sources_folder_is_a_clear_error(tmp_path):
    out = invoke("run", "--sources", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.ducklake"))
    assert out.exit_code == 1 and "does not exist" in out.output
