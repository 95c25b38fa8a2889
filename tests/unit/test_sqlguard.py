"""`agefacts query` runs only single read-only statements."""

from __future__ import annotations

import duckdb
import pytest

from agefacts.sqlguard import UnsafeQueryError, check_read_only, lock_down

READS = [
    "SELECT 1",
    "  -- a comment\nselect * from documents;",
    "WITH a AS (SELECT 1 AS x) SELECT x FROM a",
    "FROM documents",
    "DESCRIBE documents",
    "SHOW TABLES",
    "SUMMARIZE documents",
    "PRAGMA table_info('documents')",
    "EXPLAIN SELECT 1",
    "VALUES (1), (2)",
    "PIVOT (SELECT 'a' AS k) ON k IN ('a') USING count(*)",
    "SELECT ';' AS semicolon",
]
WRITES = {
    "SELECT 1; DROP TABLE documents": "one statement",
    "DROP TABLE documents": "DROP",
    "DELETE FROM documents": "DELETE",
    "UPDATE documents SET title = 'x'": "UPDATE",
    "INSERT INTO documents VALUES (1)": "INSERT",
    "CREATE TABLE t AS SELECT 1": "CREATE",
    "COPY documents TO '/tmp/out.csv'": "COPY",
    "EXPORT DATABASE '/tmp/out'": "EXPORT",
    "ATTACH 'other.duckdb' AS other": "ATTACH",
    "DETACH lake": "DETACH",
    "INSTALL httpfs": "LOAD",
    "LOAD httpfs": "LOAD",
    "SET enable_external_access = true": "SET",
    "PRAGMA enable_profiling": "PRAGMA",
    "CALL lake.expire_snapshots()": "CALL",
    "CHECKPOINT": "CALL",
    "EXPLAIN ANALYZE SELECT 1": "EXPLAIN ANALYZE",
    "EXPLAIN COPY documents TO 'x.csv'": "COPY",
    "PIVOT (SELECT 'a' AS k) ON k USING count(*)": "PIVOT needs an explicit IN",
    "": "no statement",
    "SELEC 1": "cannot parse",
}


@pytest.mark.parametrize("sql", READS)
def test_read_only_statements_pass(sql):
    check_read_only(sql)


@pytest.mark.parametrize(("sql", "reason"), WRITES.items())
def test_writing_or_multiple_statements_are_refused_with_the_reason(sql, reason):
    with pytest.raises(UnsafeQueryError, match=reason):
        check_read_only(sql)


def test_locked_down_session_reads_only_its_own_files(tmp_path):
    allowed = tmp_path / "lake"
    allowed.mkdir()
    (allowed / "a.csv").write_text("x\n1\n")
    (tmp_path / "secret.csv").write_text("x\n2\n")
    con = duckdb.connect()
    lock_down(con, directories=[str(allowed)])
    assert con.execute(f"SELECT x FROM read_csv('{allowed / 'a.csv'}')").fetchall() == [(1,)]
    with pytest.raises(duckdb.PermissionException):
        con.execute(f"SELECT x FROM read_csv('{tmp_path / 'secret.csv'}')")
    with pytest.raises(duckdb.Error, match="locked"):
        con.execute("SET enable_external_access = true")
