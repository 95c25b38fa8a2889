"""Decide whether an analyst's SQL only reads, using DuckDB's own parser rather than a regex.

Accepted: exactly one statement that DuckDB parses as a query (SELECT, WITH, FROM-first, VALUES,
TABLE, DESCRIBE, SHOW, SUMMARIZE, read-only PRAGMAs, PIVOT with an explicit IN list) or a plain
EXPLAIN of one. Everything else is refused: several statements, COPY, EXPORT, ATTACH/DETACH,
INSTALL/LOAD, SET/USE, CALL, CREATE/INSERT/UPDATE/DELETE/DROP/ALTER, EXPLAIN ANALYZE (which
executes its statement). The session that runs the query is read-only as a second line of defence
(the lake is attached READ_ONLY, file access and configuration changes are switched off).
"""

from __future__ import annotations

import re

import duckdb

_EXPLAIN = re.compile(r"^\s*explain\b\s*(?P<analyze>analy[sz]e\b)?", re.I)


class UnsafeQueryError(ValueError):
    """The statement could write, or is not a single statement."""


def check_read_only(sql: str) -> None:
    """Raise ``UnsafeQueryError`` with the reason unless ``sql`` is one read-only statement."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UnsafeQueryError(f"cannot parse the statement: {exc}") from None
    if not statements:
        raise UnsafeQueryError("no statement given")
    if len(statements) > 1:
        hint = " (a PIVOT needs an explicit IN (...) list)" if "pivot" in sql.lower() else ""
        raise UnsafeQueryError(f"one statement at a time, got {len(statements)}{hint}")
    (stmt,) = statements
    kind = stmt.type
    if kind == duckdb.StatementType.SELECT:
        return
    if kind == duckdb.StatementType.EXPLAIN:
        m = _EXPLAIN.match(sql)
        if m is None or m.group("analyze"):
            raise UnsafeQueryError("EXPLAIN ANALYZE executes its statement: use plain EXPLAIN")
        check_read_only(sql[m.end() :])
        return
    raise UnsafeQueryError(
        f"{kind.name} statements are not allowed: only read-only statements "
        "(SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, ...)"
    )


def _sql_list(items: list[str]) -> str:
    return "[" + ", ".join("'" + i.replace("'", "''") + "'" for i in items) + "]"


def lock_down(
    con: duckdb.DuckDBPyConnection, directories: list[str] = (), paths: list[str] = ()
) -> None:
    """No file access beyond the lake (its ``directories`` and ``paths``), no extension loading,
    no later configuration changes."""
    if directories:
        con.execute(f"SET allowed_directories = {_sql_list([d.rstrip('/') + '/' for d in directories])}")
    if paths:
        con.execute(f"SET allowed_paths = {_sql_list(list(paths))}")
    con.execute("SET enable_external_access = false")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    con.execute("SET lock_configuration = true")
