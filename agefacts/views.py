"""Analyst views, created in every warehouse session over the version that session shows.

Why in the session rather than stored in the lake: a session's plain table names already show
one version (latest or ``--version N``), so views defined over those names answer for exactly that
version, and a view never has to be migrated when a table evolves. A view is created only when
every table it reads exists in that version (fact tables arrive over time); the session's table
views and these views carry their descriptions as DuckDB comments, so ``duckdb_views()`` and
``duckdb_columns()`` explain them.

Rows a curator rejected (``status = 'rejected'``) are left out of every view; the base tables
keep them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import duckdb

from schemas import TABLES, VERSIONS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class View:
    name: str
    requires: tuple[str, ...]
    sql: str
    description: str
    columns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Columns:
    """The columns each table has in a session, so a view can use what a table offers."""

    tables: dict[str, frozenset[str]]

    def has(self, table: str, column: str) -> bool:
        return column in self.tables.get(table, frozenset())

    def active(self, alias: str, table: str) -> str:
        """Leave out curator-rejected rows, for tables that record a curation status."""
        return f"{alias}.status <> 'rejected'" if self.has(table, "status") else "TRUE"

    @classmethod
    def from_schemas(cls) -> Columns:
        return cls({n: frozenset(t.column_names) for n, t in TABLES.items()})

    @classmethod
    def of_session(cls, con: duckdb.DuckDBPyConnection) -> Columns:
        found: dict[str, set[str]] = {}
        for table, column in con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'temp'"
        ).fetchall():
            found.setdefault(table, set()).add(column)
        return cls({t: frozenset(c) for t, c in found.items()})


def _claim_evidence(cols: Columns) -> View:
    _active = cols.active
    subject = "coalesce(s.label, c.subject_text)" if cols.has("claims", "subject_text") else "s.label"
    obj = "coalesce(o.label, c.object_text)" if cols.has("claims", "object_text") else "o.label"
    if cols.has("claims", "sentence_id"):
        in_sentence = "se.doc_id = c.doc_id AND se.sentence_id = c.sentence_id"
    else:
        in_sentence = "se.doc_id = c.doc_id AND se.char_start <= c.char_start AND c.char_start < se.char_end"
    return View(
        name="claim_evidence",
        requires=("claims", "entities", "documents", "sentences", "citations", "works", "cites"),
        sql=f"""
        SELECT
            c.claim_id, c.doc_id,
            d.title AS article_title, d.source_path AS article_path, d.published AS article_published,
            c.subject_id, {subject} AS subject_label, s.kind AS subject_kind,
            c.relation,
            c.object_id, {obj} AS object_label, o.kind AS object_kind,
            c.polarity, c.species, c.hedged, c.negated,
            c.evidence, c.char_start, c.char_end,
            se.sentence_id, se.text AS sentence,
            c.citation_id, ci.text AS cited_reference, ci.doi AS cited_doi,
            w.title AS cited_title, w.container_title AS cited_journal, w.year AS cited_year,
            (SELECT string_agg(DISTINCT x.doi, '; ' ORDER BY x.doi)
               FROM cites k JOIN citations x ON x.citation_id = k.citation_id
              WHERE k.doc_id = se.doc_id AND k.sentence_id = se.sentence_id) AS sentence_cited_dois,
            c.status
        FROM claims c
        JOIN documents d ON d.doc_id = c.doc_id
        LEFT JOIN entities s ON s.entity_id = c.subject_id
        LEFT JOIN entities o ON o.entity_id = c.object_id
        LEFT JOIN sentences se ON {in_sentence}
        LEFT JOIN citations ci ON ci.citation_id = c.citation_id
        LEFT JOIN works w ON w.doi = ci.doi
        WHERE {_active("c", "claims")}
        """,
        description="Claims with their subject and object labels, the sentence they come from, "
        "the source article and the work the article attributes them to.",
        columns={
            "article_title": "Title of the article asserting the claim.",
            "subject_label": "Label of the subject entity (approved symbol for genes), or the "
            "subject as written when it is not grounded to an entity.",
            "subject_kind": "Kind of the subject entity (gene, family, condition, ...); null "
            "when not grounded.",
            "object_label": "Label of the object entity, or the object as written when not "
            "grounded.",
            "sentence": "The whole sentence containing the claim's evidence.",
            "cited_reference": "The reference the article attributes the claim to, as printed.",
            "cited_doi": "DOI of that reference, when known.",
            "cited_title": "Title of the cited work as registered with its DOI (if fetched).",
            "sentence_cited_dois": "DOIs of every work the evidence sentence cites, `; `-separated.",
        },
    )


def _gene_outcome_evidence(cols: Columns) -> View:
    _active = cols.active
    gene_kinds = "('gene', 'family')"
    return View(
        name="gene_outcome_evidence",
        requires=("claims", "entities", "mentions", "sentences"),
        sql=f"""
        WITH genes AS (
            SELECT * FROM entities WHERE kind IN {gene_kinds} AND {_active("entities", "entities")}
        ), outcomes AS (
            SELECT * FROM entities WHERE kind = 'condition' AND {_active("entities", "entities")}
        ), claimed AS (
            SELECT g.entity_id AS gene_id, x.entity_id AS outcome_id, c.doc_id, c.claim_id,
                   c.relation, c.negated, c.hedged
            FROM claims c
            JOIN genes g ON g.entity_id IN (c.subject_id, c.object_id)
            JOIN outcomes x ON x.entity_id IN (c.subject_id, c.object_id)
            WHERE {_active("c", "claims")}
        ), located AS (
            SELECT m.entity_id, m.doc_id, s.sentence_id
            FROM mentions m
            JOIN sentences s
              ON s.doc_id = m.doc_id AND s.char_start <= m.char_start AND m.char_start < s.char_end
            WHERE {_active("m", "mentions")}
        ), co_mentioned AS (
            SELECT DISTINCT g.entity_id AS gene_id, x.entity_id AS outcome_id, a.doc_id, a.sentence_id
            FROM located a
            JOIN located b ON a.doc_id = b.doc_id AND a.sentence_id = b.sentence_id
            JOIN genes g ON g.entity_id = a.entity_id
            JOIN outcomes x ON x.entity_id = b.entity_id
        ), pairs AS (
            SELECT gene_id, outcome_id, doc_id FROM claimed
            UNION
            SELECT gene_id, outcome_id, doc_id FROM co_mentioned
        )
        SELECT
            p.gene_id, g.label AS gene, g.namespace AS gene_namespace,
            g.identifier AS gene_identifier,
            p.outcome_id, x.label AS outcome, x.identifier AS outcome_identifier,
            (SELECT count(*) FROM claimed c
              WHERE c.gene_id = p.gene_id AND c.outcome_id = p.outcome_id) AS claims,
            (SELECT count(*) FROM claimed c WHERE c.gene_id = p.gene_id
                AND c.outcome_id = p.outcome_id AND coalesce(c.negated, FALSE)) AS negated_claims,
            (SELECT count(*) FROM claimed c WHERE c.gene_id = p.gene_id
                AND c.outcome_id = p.outcome_id AND coalesce(c.hedged, FALSE)) AS hedged_claims,
            (SELECT string_agg(DISTINCT c.relation, ', ' ORDER BY c.relation) FROM claimed c
              WHERE c.gene_id = p.gene_id AND c.outcome_id = p.outcome_id) AS relations,
            (SELECT count(*) FROM co_mentioned m
              WHERE m.gene_id = p.gene_id AND m.outcome_id = p.outcome_id) AS co_mention_sentences,
            count(DISTINCT p.doc_id) AS documents
        FROM pairs p
        JOIN genes g ON g.entity_id = p.gene_id
        JOIN outcomes x ON x.entity_id = p.outcome_id
        GROUP BY ALL
        ORDER BY claims DESC, documents DESC, co_mention_sentences DESC, gene, outcome
        """,
        description="Evidence linking each gene or gene family to each outcome (condition): "
        "claims that relate the two, and sentences that mention both.",
        columns={
            "gene": "Approved symbol (genes) or family name.",
            "outcome": "Label of the condition or outcome.",
            "claims": "Claims relating the gene and the outcome (either as subject or object).",
            "negated_claims": "Of those, claims the article negates.",
            "hedged_claims": "Of those, claims the article hedges.",
            "relations": "Relations those claims state, comma-separated.",
            "co_mention_sentences": "Sentences that mention both (weaker evidence than a claim).",
            "documents": "Documents with a claim or a sentence linking the two.",
        },
    )


def _citation_works(cols: Columns) -> View:
    _active = cols.active
    return View(
        name="citation_works",
        requires=("citations", "works", "documents", "cites"),
        sql=f"""
        SELECT
            ci.citation_id, ci.doc_id, d.title AS article_title, ci.marker,
            ci.text AS reference, ci.authors, ci.title, ci.journal, ci.year,
            ci.volume, ci.issue, ci.pages, ci.doi,
            ci.resolution, ci.resolution_score, ci.reason AS resolution_reason,
            w.doi IS NOT NULL AS work_fetched,
            w.title AS work_title, w.container_title AS work_journal, w.year AS work_year,
            w.authors AS work_authors, w.type AS work_type, w.publisher AS work_publisher,
            w.source AS work_source,
            (SELECT count(*) FROM cites k WHERE k.citation_id = ci.citation_id) AS citing_sentences
        FROM citations ci
        JOIN documents d ON d.doc_id = ci.doc_id
        LEFT JOIN works w ON w.doi = ci.doi
        WHERE {_active("ci", "citations")}
        """,
        description="Every citation with the metadata of the work its DOI resolves to (when "
        "fetched) and how many sentences cite it.",
        columns={
            "article_title": "Title of the citing article.",
            "reference": "The reference as printed in the article.",
            "resolution_reason": "Why the DOI was accepted, refused or not looked up.",
            "work_fetched": "True when the work's metadata was fetched (a row in works).",
            "work_title": "Title registered for the DOI.",
            "citing_sentences": "Sentences of the article whose markers point at this citation.",
        },
    )


def _quantity_context(cols: Columns) -> View:
    _active = cols.active
    return View(
        name="quantity_context",
        requires=("quantities", "sentences", "documents"),
        sql=f"""
        SELECT
            q.quantity_id, q.doc_id, d.title AS article_title,
            q.measure, q.text, q.value, q.low, q.high, q.unit, q.comparator,
            s.sentence_id, s.text AS sentence, q.char_start, q.char_end
        FROM quantities q
        JOIN documents d ON d.doc_id = q.doc_id
        LEFT JOIN sentences s
               ON s.doc_id = q.doc_id AND s.char_start <= q.char_start AND q.char_start < s.char_end
        WHERE {_active("q", "quantities")}
        """,
        description="Every quantity with the sentence it appears in and its article.",
        columns={
            "article_title": "Title of the article.",
            "sentence": "The whole sentence containing the quantity.",
        },
    )


def views(cols: Columns | None = None) -> list[View]:
    """The views, written for the columns the tables have (default: as ``schemas`` declares)."""
    cols = cols or Columns.from_schemas()
    return [f(cols) for f in (_claim_evidence, _gene_outcome_evidence, _citation_works,
                              _quantity_context)]


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _comment(con: duckdb.DuckDBPyConnection, name: str, description: str, columns: dict[str, str]) -> None:
    con.execute(f'COMMENT ON VIEW "{name}" IS {_sql_str(description)}')
    for col, text in columns.items():
        con.execute(f'COMMENT ON COLUMN "{name}"."{col}" IS {_sql_str(text)}')


def describe_tables(con: duckdb.DuckDBPyConnection, names: list[str]) -> None:
    """Copy each table's descriptions onto the session's view of it."""
    known = {**TABLES, VERSIONS.name: VERSIONS}
    for name in names:
        table = known.get(name)
        if table is None:
            continue
        _comment(con, name, table.description, {c.name: c.description for c in table.columns})


def create_views(con: duckdb.DuckDBPyConnection, present: set[str]) -> list[str]:
    """Create the analyst views whose tables are all ``present``; return the names created."""
    created = []
    for view in views(Columns.of_session(con)):
        if not set(view.requires) <= present:
            continue
        try:
            con.execute(f'CREATE OR REPLACE TEMP VIEW "{view.name}" AS {view.sql}')
            _comment(con, view.name, view.description, view.columns)
        except duckdb.Error as exc:  # a table's columns drifted from the contract
            log.warning("view %s not created: %s", view.name, exc)
            continue
        created.append(view.name)
    return created
