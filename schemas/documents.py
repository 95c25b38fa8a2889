"""documents: one row per source text; ``text`` is what every character offset indexes into."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.base import DOC_ID_PATTERN, Table


class Documents(pa.DataFrameModel):
    doc_id: str = pa.Field(
        str_matches=DOC_ID_PATTERN,
        description="Stable document identifier: the source path relative to the sources "
        "folder, without its extension (or `doi:<DOI>` for a fetched abstract).",
    )
    source_path: str = pa.Field(
        description="Path of the source file relative to the sources folder, with '/' separators."
    )
    sha256: str = pa.Field(
        str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the source file's bytes."
    )
    kind: str = pa.Field(
        isin=["article", "abstract"],
        description="`article` for a source text, `abstract` for a cited work's fetched abstract.",
    )
    title: str = pa.Field(
        nullable=True,
        description="Title read from the text's header (a feed: its first item's title), if any.",
    )
    byline: str = pa.Field(nullable=True, description="Author or byline as printed, if any.")
    published: pl.Date = pa.Field(
        nullable=True, description="Publication date printed in the header, if any."
    )
    text: str = pa.Field(
        str_length={"min_value": 1},
        description="The document's text exactly as every character offset in agefacts indexes "
        "it (Python code points; HTML reduced to text, an RSS/Atom feed to its items' titles, "
        "bylines and bodies, one section per item; newlines normalised to \\n).",
    )

    class Config:
        strict = True
        description = "Source documents: articles and fetched abstracts, with header metadata."


TABLE = Table(name="documents", model=Documents, primary_key=("doc_id",))
