"""mentions: where each grounded entity is named in a document, with its exact surface text."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import FactProvenance, ForeignKey, OrderedSpan, Span, Table, doc_id_field
from schemas.entities import ENTITY_ID_PATTERN

SPAN = Span(text="surface")


class Mentions(FactProvenance, OrderedSpan):
    mention_id: str = pa.Field(
        str_matches=r"^m-[0-9a-f]{16}$",
        description="Stable id: a hash of doc_id, char_start, char_end and entity_id, so the "
        "same mention of unchanged text keeps its id in every version.",
    )
    doc_id: str = doc_id_field("Document the mention is in.")
    entity_id: str = pa.Field(
        str_matches=ENTITY_ID_PATTERN,
        description="Entity the mention is grounded to (entities.entity_id). One span can "
        "carry several entities: `ERK1/2` is the ERK family and each of MAPK3 and MAPK1.",
    )
    char_start: int = SPAN.start_field()
    char_end: int = SPAN.end_field()
    surface: str = SPAN.text_field(
        "The text as written: exactly documents.text[char_start:char_end] "
        "(e.g. `IL-6`, `insulin-like growth factor binding protein-7`, `mice`)."
    )

    class Config:
        strict = True
        description = (
            "Mentions of genes, families, conditions, species, interventions, cohorts and "
            "pathways in each document, grounded by lexicon matching, with evidence spans."
        )


TABLE = Table(
    name="mentions",
    model=Mentions,
    primary_key=("mention_id",),
    foreign_keys=(
        ForeignKey(("doc_id",), "documents", ("doc_id",)),
        ForeignKey(("entity_id",), "entities", ("entity_id",)),
    ),
    span=SPAN,
)
