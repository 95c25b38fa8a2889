"""curation_log: every curation entry read for a build, and what became of it."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.base import Table

FACT_TABLES = ["mentions", "quantities", "study_groups", "claims", "citations"]
ACTIONS = ["accept", "reject", "correct", "add"]


class CurationLog(pa.DataFrameModel):
    source: str = pa.Field(
        description="Curation file the entry came from, relative to the curation folder."
    )
    entry_id: str = pa.Field(
        description="The entry's `id` in its file (or `#<n>`, its position, when it has none)."
    )
    fact_table: str = pa.Field(
        nullable=True,
        description="Fact table the entry targets: mentions, quantities, study_groups, claims "
        "or citations (null when the entry is too malformed to say).",
    )
    fact_id: str = pa.Field(
        nullable=True,
        description="Id of the fact the entry accepts, rejects or corrects, or of the fact it "
        "adds.",
    )
    action: str = pa.Field(
        nullable=True, description="accept, reject, correct or add (null when malformed)."
    )
    curator: str = pa.Field(nullable=True, description="Who made the decision.")
    date: pl.Date = pa.Field(nullable=True, description="When the curator made the decision.")
    reason: str = pa.Field(nullable=True, description="The curator's reason, as written.")
    outcome: str = pa.Field(
        isin=["applied", "stale", "malformed"],
        description="`applied`; `stale` when the fact no longer exists (its text or the "
        "extractor changed); `malformed` when the entry cannot be read. Stale and malformed "
        "entries change nothing and do not stop the build.",
    )
    message: str = pa.Field(
        nullable=True, description="What was done, or why not, naming the file and entry."
    )

    class Config:
        strict = True
        description = (
            "Curation entries (raw/curation/) as applied to one build: accepted, rejected, "
            "corrected and added facts, and the entries that were stale or malformed."
        )


TABLE = Table(
    name="curation_log",
    model=CurationLog,
    primary_key=("source", "entry_id"),
    bookkeeping=True,
)
