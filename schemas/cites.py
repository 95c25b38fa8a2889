"""cites: which sentence cites which work (through its in-text marker)."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import ForeignKey, Table, doc_id_field


class Cites(pa.DataFrameModel):
    doc_id: str = doc_id_field("Document of the sentence.")
    sentence_id: int = pa.Field(
        ge=0, description="Sentence carrying the in-text marker (superscript, [n], author-year)."
    )
    citation_id: str = pa.Field(description="The citation the marker points to.")

    class Config:
        strict = True
        description = (
            "Links each sentence to the works it cites, from in-text markers (¹, ^{8,9}, [3], "
            "(Author, 2020)) or a DOI written in the sentence."
        )


TABLE = Table(
    name="cites",
    model=Cites,
    primary_key=("doc_id", "sentence_id", "citation_id"),
    foreign_keys=(
        ForeignKey(("doc_id", "sentence_id"), "sentences", ("doc_id", "sentence_id")),
        ForeignKey(("citation_id",), "citations", ("citation_id",)),
    ),
)
