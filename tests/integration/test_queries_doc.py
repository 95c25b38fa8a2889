"""Every SQL example of docs/queries.md runs on the seeds' warehouse and answers well-formed.

Each example says which tables it reads (`requires`) and which columns must be filled in every
row (`not null`). An example that names a table ``schemas`` does not define is an error.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agefacts.sqlguard import check_read_only, lock_down
from agefacts.warehouse import Warehouse
from flows.build import build
from schemas import TABLES, VERSIONS

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "queries.md"
SEEDS = ROOT / "raw" / "sources"
BLOCK = re.compile(
    r"(?:^###\s+(?P<question>[^\n]+)\n)?"
    r"(?:<!--\s*requires:\s*(?P<requires>[^;]*?)\s*(?:;\s*not null:\s*(?P<notnull>[^>]*?))?\s*-->\n)?"
    r"```sql\n(?P<sql>.*?)```",
    re.S | re.M,
)
REGISTERED = {*TABLES, VERSIONS.name}


def examples() -> list:
    found = []
    for i, m in enumerate(BLOCK.finditer(DOC.read_text(encoding="utf-8"))):
        requires = [t.strip() for t in (m["requires"] or "").split(",") if t.strip()]
        notnull = [c.strip() for c in (m["notnull"] or "").split(",") if c.strip()]
        missing = [t for t in requires if t not in REGISTERED]
        assert not missing, f"docs/queries.md example {i} requires unknown tables {missing}"
        found.append(pytest.param(m["sql"], notnull, id=(m["question"] or f"block-{i}")[:60]))
    return found


def test_the_document_has_examples_for_each_view():
    text = DOC.read_text(encoding="utf-8")
    assert len(examples()) >= 12
    for view in ("claim_evidence", "gene_outcome_evidence", "citation_works", "quantity_context"):
        assert f"FROM {view}" in text


@pytest.fixture(scope="module")
def seeds_warehouse(tmp_path_factory, prefect_harness):
    path = tmp_path_factory.mktemp("queries") / "agefacts.ducklake"
    build(sources=str(SEEDS), warehouse=str(path), offline=True)  # never the network
    return Warehouse(path)


@pytest.mark.parametrize(("sql", "notnull"), examples())
def test_example_query_answers(seeds_warehouse, sql, notnull):
    check_read_only(sql)  # what `agefacts query` would accept
    con = seeds_warehouse.session()
    try:
        lock_down(con, directories=[str(seeds_warehouse.data_path)], paths=[str(seeds_warehouse.path)])
        cur = con.execute(sql)
        columns = [d[0] for d in cur.description]
        rows = cur.fetchall()
    finally:
        con.close()
    assert rows, "the example returns no rows"
    assert len(set(columns)) == len(columns) and all(columns)
    for name in notnull:
        assert name in columns, f"column {name} missing from {columns}"
        i = columns.index(name)
        assert all(r[i] is not None for r in rows), f"column {name} has nulls"
