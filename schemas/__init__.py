"""Pandera models and table metadata, one module per table; ``TABLES`` is the load order."""

from __future__ import annotations

from schemas import (
    citations,
    cites,
    claims,
    curation_log,
    documents,
    entities,
    mentions,
    quantities,
    quarantine,
    rejected_inputs,
    sentences,
    study_groups,
    versions,
    works,
)
from schemas.base import Column, ForeignKey, Span, Table

#: Fact tables in load order (parents before children). Versions is written by the warehouse.
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        documents.TABLE,
        sentences.TABLE,
        entities.TABLE,
        mentions.TABLE,
        quantities.TABLE,
        study_groups.TABLE,
        works.TABLE,
        citations.TABLE,
        cites.TABLE,
        claims.TABLE,
        curation_log.TABLE,
        rejected_inputs.TABLE,
        quarantine.TABLE,
    )
}
VERSIONS = versions.TABLE

__all__ = ["TABLES", "VERSIONS", "Column", "ForeignKey", "Span", "Table"]
