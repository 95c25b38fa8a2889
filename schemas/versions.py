"""versions: one row per warehouse version, with what produced it."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.base import Table


class Versions(pa.DataFrameModel):
    version: int = pa.Field(ge=1, description="Warehouse version number, from 1.")
    created_at: pl.Datetime(time_zone="UTC") = pa.Field(description="When it was committed (UTC).")
    content_hash: str = pa.Field(
        description="SHA-256 over every fact table's canonical content; equal hashes, equal data."
    )
    snapshot_id: int = pa.Field(description="DuckLake snapshot holding this version's tables.")
    parent_version: int = pa.Field(nullable=True, description="The version this one replaced.")
    flow_run_id: str = pa.Field(nullable=True, description="Prefect flow run that built it.")
    code_version: str = pa.Field(description="agefacts package version and git commit.")
    extractor_version: str = pa.Field(description="Version of the fact extractors.")
    vocabularies: str = pa.Field(description="JSON: vocabulary snapshots used (HGNC, ...).")
    inputs_manifest: str = pa.Field(
        description="JSON: every input file with its SHA-256 and size."
    )
    table_hashes: str = pa.Field(description="JSON: content hash of each table.")
    row_counts: str = pa.Field(description="JSON: row count of each table.")

    class Config:
        strict = True
        description = "Every committed warehouse version and what produced it."


TABLE = Table(
    name="versions", model=Versions, primary_key=("version",), bookkeeping=True
)
