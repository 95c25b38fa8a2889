"""rejected_inputs: source files the pipeline could not take, and why."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import Table


class RejectedInputs(pa.DataFrameModel):
    source_path: str = pa.Field(description="Path of the file relative to the sources folder.")
    sha256: str = pa.Field(nullable=True, description="SHA-256 of its bytes, when readable.")
    reason: str = pa.Field(
        isin=["empty", "binary", "not_utf8", "unreadable", "duplicate", "unsupported", "malformed",
             "extract_failed"],
        description="Why it was rejected: empty, binary, not_utf8, unreadable, duplicate, "
        "unsupported (e.g. an .xml file that is not a feed), malformed (a feed that is not "
        "well-formed XML), or extract_failed (an extractor raised on the document; detail has the "
        "error, and the document is left out of the version until it extracts).",
    )
    detail: str = pa.Field(description="Human-readable explanation naming the file.")

    class Config:
        strict = True
        description = "Input files that were not ingested, with the reason; the run goes on."


TABLE = Table(name="rejected_inputs", model=RejectedInputs, primary_key=("source_path",))
