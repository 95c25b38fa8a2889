"""Analyst views over tables built to the contracts of issues 3 and 4 (or the real schemas).

Each fact table is created from its registered schema when it exists in ``schemas.TABLES``,
otherwise from the contract the issue states, so the views are tested before and after the fact
tables land.
"""

from __future__ import annotations

import duckdb
import pytest

from agefacts.views import create_views, describe_tables, views
from schemas import TABLES
from schemas.base import duckdb_type

PROVENANCE = [("status", "VARCHAR"), ("extractor_version", "VARCHAR"), ("vocabularies", "VARCHAR")]
CONTRACT = {
    "entities": [("entity_id", "VARCHAR"), ("namespace", "VARCHAR"), ("identifier", "VARCHAR"),
                 ("label", "VARCHAR"), ("kind", "VARCHAR")],
    "mentions": [("mention_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("entity_id", "VARCHAR"),
                 ("char_start", "BIGINT"), ("char_end", "BIGINT"), ("surface", "VARCHAR")],
    "quantities": [("quantity_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("char_start", "BIGINT"),
                   ("char_end", "BIGINT"), ("text", "VARCHAR"), ("value", "DOUBLE"),
                   ("low", "DOUBLE"), ("high", "DOUBLE"), ("unit", "VARCHAR"),
                   ("comparator", "VARCHAR"), ("measure", "VARCHAR")],
    "claims": [("claim_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("subject_id", "VARCHAR"),
               ("relation", "VARCHAR"), ("object_id", "VARCHAR"), ("polarity", "VARCHAR"),
               ("species", "VARCHAR"), ("hedged", "BOOLEAN"), ("negated", "BOOLEAN"),
               ("char_start", "BIGINT"), ("char_end", "BIGINT"), ("evidence", "VARCHAR"),
               ("citation_id", "VARCHAR")],
    "citations": [("citation_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("marker", "VARCHAR"),
                  ("char_start", "BIGINT"), ("char_end", "BIGINT"), ("text", "VARCHAR"),
                  ("authors", "VARCHAR"), ("title", "VARCHAR"), ("journal", "VARCHAR"),
                  ("year", "BIGINT"), ("volume", "VARCHAR"), ("issue", "VARCHAR"),
                  ("pages", "VARCHAR"), ("doi", "VARCHAR"), ("resolution", "VARCHAR"),
                  ("resolution_score", "DOUBLE"), ("reason", "VARCHAR")],
    "works": [("doi", "VARCHAR"), ("title", "VARCHAR"), ("container_title", "VARCHAR"),
              ("year", "BIGINT"), ("authors", "VARCHAR"), ("type", "VARCHAR"),
              ("publisher", "VARCHAR"), ("abstract", "VARCHAR"), ("source", "VARCHAR"),
              ("retrieved_at", "TIMESTAMP WITH TIME ZONE")],
    "cites": [("doc_id", "VARCHAR"), ("sentence_id", "BIGINT"), ("citation_id", "VARCHAR")],
}
FACT_TABLES = {"entities", "mentions", "quantities", "claims", "citations"}

TEXT = (
    "IL6 rises after cycling. "
    "Higher IL6 was linked to frailty in 40 adults [1]. "
    "1. Doe J. Cytokines in sport. J Test. 2020;1:1. doi:10.1234/abc"
)
S1 = TEXT.index("Higher")
S2 = TEXT.index("1. Doe")


def span(text: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(text, start)
    return i, i + len(text)


def rows() -> dict[str, list[dict]]:
    cit = span("1. Doe J. Cytokines in sport. J Test. 2020;1:1. doi:10.1234/abc")
    claim = span("Higher IL6 was linked to frailty in 40 adults [1].")
    return {
        "documents": [{"doc_id": "d1", "source_path": "d1.txt", "sha256": "0" * 64,
                       "kind": "article", "title": "Cytokines and frailty", "text": TEXT}],
        "sentences": [
            {"doc_id": "d1", "sentence_id": 0, "char_start": 0, "char_end": S1 - 1,
             "text": TEXT[: S1 - 1]},
            {"doc_id": "d1", "sentence_id": 1, "char_start": S1, "char_end": S2 - 1,
             "text": TEXT[S1 : S2 - 1]},
            {"doc_id": "d1", "sentence_id": 2, "char_start": S2, "char_end": len(TEXT),
             "text": TEXT[S2:]},
        ],
        "entities": [
            {"entity_id": "hgnc:6018", "namespace": "HGNC", "identifier": "HGNC:6018",
             "label": "IL6", "kind": "gene"},
            {"entity_id": "mesh:D000073496", "namespace": "MESH", "identifier": "D000073496",
             "label": "Frailty", "kind": "condition"},
            {"entity_id": "spam", "namespace": "HGNC", "identifier": "HGNC:1", "label": "X",
             "kind": "gene", "status": "rejected"},
        ],
        "mentions": [
            {"mention_id": "m1", "doc_id": "d1", "entity_id": "hgnc:6018",
             "char_start": 0, "char_end": 3, "surface": "IL6"},
            {"mention_id": "m2", "doc_id": "d1", "entity_id": "hgnc:6018",
             "char_start": span("IL6", S1)[0], "char_end": span("IL6", S1)[1], "surface": "IL6"},
            {"mention_id": "m3", "doc_id": "d1", "entity_id": "mesh:D000073496",
             "char_start": span("frailty")[0], "char_end": span("frailty")[1], "surface": "frailty"},
        ],
        "quantities": [
            {"quantity_id": "q1", "doc_id": "d1", "char_start": span("40 adults")[0],
             "char_end": span("40 adults")[1], "text": "40 adults", "value": 40.0,
             "unit": "people", "measure": "sample_size"},
            {"quantity_id": "q2", "doc_id": "d1", "char_start": 0, "char_end": 3, "text": "IL6",
             "value": 6.0, "measure": "count", "status": "rejected"},
        ],
        "claims": [
            {"claim_id": "c1", "doc_id": "d1", "sentence_id": 1, "subject_id": "hgnc:6018",
             "relation": "associated_with", "object_id": "mesh:D000073496",
             "polarity": "positive", "species": "human", "hedged": False, "negated": False,
             "char_start": claim[0], "char_end": claim[1], "evidence": TEXT[claim[0] : claim[1]],
             "citation_id": "cit-1"},
        ],
        "citations": [
            {"citation_id": "cit-1", "doc_id": "d1", "marker": "1", "char_start": cit[0],
             "char_end": cit[1], "text": TEXT[cit[0] : cit[1]], "authors": "Doe J",
             "title": "Cytokines in sport", "journal": "J Test", "year": 2020, "doi": "10.1234/abc",
             "resolution": "explicit", "resolution_score": 1.0, "reason": "printed in the text"},
        ],
        "works": [{"doi": "10.1234/abc", "title": "Cytokines in Sport", "container_title":
                   "Journal of Tests", "year": 2020, "source": "crossref"}],
        "cites": [{"doc_id": "d1", "sentence_id": 1, "citation_id": "cit-1"}],
    }


def columns(name: str) -> list[tuple[str, str]]:
    if name in TABLES:
        return [(c.name, duckdb_type(c.dtype)) for c in TABLES[name].columns]
    return CONTRACT[name] + (PROVENANCE if name in FACT_TABLES else [])


def session(names: list[str]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    data = rows()
    for name in names:
        cols = columns(name)
        con.execute(f"CREATE TEMP TABLE {name} ({', '.join(f'{c} {t}' for c, t in cols)})")
        for row in data[name]:
            full = {"status": "extracted", "extractor_version": "t", "vocabularies": "t", **row}
            values = [full.get(c) for c, _ in cols]
            con.execute(f"INSERT INTO {name} VALUES ({', '.join('?' * len(cols))})", values)
    return con


ALL = list(rows())


def test_every_view_is_created_when_its_tables_exist():
    con = session(ALL)
    assert sorted(create_views(con, set(ALL))) == sorted(v.name for v in views())


def test_views_are_created_only_for_tables_that_exist():
    con = session(["documents", "sentences", "quantities"])
    assert create_views(con, {"documents", "sentences", "quantities"}) == ["quantity_context"]


def one(con, sql):
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_claim_evidence_has_labels_sentence_article_and_cited_work():
    con = session(ALL)
    create_views(con, set(ALL))
    (row,) = one(con, "SELECT * FROM claim_evidence")
    assert (row["subject_label"], row["relation"], row["object_label"]) == (
        "IL6", "associated_with", "Frailty")
    assert row["sentence"] == "Higher IL6 was linked to frailty in 40 adults [1]."
    assert row["article_title"] == "Cytokines and frailty"
    assert (row["cited_doi"], row["cited_title"], row["cited_year"]) == (
        "10.1234/abc", "Cytokines in Sport", 2020)
    assert row["sentence_cited_dois"] == "10.1234/abc"


def test_gene_outcome_evidence_counts_claims_and_co_mentions_without_rejected_rows():
    con = session(ALL)
    create_views(con, set(ALL))
    (row,) = one(con, "SELECT * FROM gene_outcome_evidence")
    assert (row["gene"], row["gene_identifier"], row["outcome"]) == ("IL6", "HGNC:6018", "Frailty")
    assert (row["claims"], row["co_mention_sentences"], row["documents"]) == (1, 1, 1)
    assert row["relations"] == "associated_with" and row["negated_claims"] == 0


def test_citation_works_and_quantity_context():
    con = session(ALL)
    create_views(con, set(ALL))
    (cit,) = one(con, "SELECT * FROM citation_works")
    assert cit["work_fetched"] and cit["work_journal"] == "Journal of Tests"
    assert cit["citing_sentences"] == 1 and cit["resolution"] == "explicit"
    (q,) = one(con, "SELECT * FROM quantity_context")  # the rejected quantity is left out
    assert (q["text"], q["sentence_id"]) == ("40 adults", 1)
    assert q["sentence"].startswith("Higher IL6")


def test_views_and_tables_carry_their_descriptions():
    con = session(["documents", "sentences", "quantities"])
    describe_tables(con, ["documents", "sentences"])
    create_views(con, {"documents", "sentences", "quantities"})
    comments = dict(con.execute(
        "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
    assert "sentence it appears in" in comments["quantity_context"]
    col = con.execute(
        "SELECT comment FROM duckdb_columns() WHERE table_name = 'quantity_context' "
        "AND column_name = 'sentence'").fetchone()[0]
    assert col and "sentence" in col


@pytest.mark.parametrize("view", views(), ids=lambda v: v.name)
def test_views_read_only_tables_with_a_contract(view):
    assert set(view.requires) <= set(CONTRACT) | {"documents", "sentences"}
