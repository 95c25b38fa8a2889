"""works: metadata of cited works fetched from Crossref or DataCite, keyed by DOI."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.base import Table


class Works(pa.DataFrameModel):
    doi: str = pa.Field(
        str_matches=r"^10\.\d{4,9}(?:\.\d+)*/\S+$",
        description="DOI of the work, canonical form (lower case); joins citations.doi.",
    )
    title: str = pa.Field(nullable=True, description="Title as registered with the DOI agency.")
    container_title: str = pa.Field(
        nullable=True, description="Journal, book or repository the work appeared in."
    )
    year: int = pa.Field(
        nullable=True, description="Year of publication (issued date) registered for the work."
    )
    authors: str = pa.Field(
        nullable=True, description="Authors as `Family, Given`, `; `-separated, in order."
    )
    type: str = pa.Field(
        nullable=True,
        description="Work type as the agency names it (`journal-article`, `posted-content`, "
        "`dataset`, ...).",
    )
    publisher: str = pa.Field(nullable=True, description="Publisher registered for the DOI.")
    abstract: str = pa.Field(
        nullable=True,
        description="Abstract as plain text (JATS markup removed), when the agency has one; it "
        "is also a document of kind `abstract` with doc_id `doi:<doi>`.",
    )
    source: str = pa.Field(
        isin=["crossref", "datacite"], description="Agency the metadata was fetched from."
    )
    retrieved_at: pl.Datetime(time_zone="UTC") = pa.Field(
        description="When the response was fetched (UTC), as recorded in the raw HTTP cache."
    )

    class Config:
        strict = True
        description = (
            "Bibliographic metadata of cited works, fetched by DOI from Crossref (or DataCite), "
            "with the raw responses kept under raw/http/."
        )


TABLE = Table(name="works", model=Works, primary_key=("doi",))
