"""sentences: sentence segmentation of each document, the unit of evidence."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import ForeignKey, OrderedSpan, Span, Table, doc_id_field

SPAN = Span()


class Sentences(OrderedSpan):
    doc_id: str = doc_id_field("Document the sentence is in.")
    sentence_id: int = pa.Field(
        ge=0, description="Position of the sentence in its document, from 0."
    )
    char_start: int = SPAN.start_field()
    char_end: int = SPAN.end_field()
    text: str = SPAN.text_field("The sentence: exactly documents.text[char_start:char_end].")

    class Config:
        strict = True
        description = "Sentences of each document with their character offsets."


TABLE = Table(
    name="sentences",
    model=Sentences,
    primary_key=("doc_id", "sentence_id"),
    foreign_keys=(ForeignKey(("doc_id",), "documents", ("doc_id",)),),
    span=SPAN,
)
