"""sentences: sentence segmentation of each document, the unit of evidence."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import ForeignKey, Span, Table
from schemas.documents import DOC_ID_PATTERN


class Sentences(pa.DataFrameModel):
    doc_id: str = pa.Field(str_matches=DOC_ID_PATTERN, description="Document the sentence is in.")
    sentence_id: int = pa.Field(
        ge=0, description="Position of the sentence in its document, from 0."
    )
    char_start: int = pa.Field(ge=0, description="Offset of the first character in documents.text.")
    char_end: int = pa.Field(ge=1, description="Offset one past the last character.")
    text: str = pa.Field(
        str_length={"min_value": 1},
        description="The sentence: exactly documents.text[char_start:char_end].",
    )

    @pa.dataframe_check(name="char_end_after_char_start")
    @classmethod
    def ordered_span(cls, data) -> object:
        import polars as pl

        return data.lazyframe.select(pl.col("char_end") > pl.col("char_start"))

    class Config:
        strict = True
        description = "Sentences of each document with their character offsets."


TABLE = Table(
    name="sentences",
    model=Sentences,
    primary_key=("doc_id", "sentence_id"),
    foreign_keys=(ForeignKey(("doc_id",), "documents", ("doc_id",)),),
    span=Span(),
)
