"""quarantine: rows that failed validation, kept with the check they failed."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import Table


class Quarantine(pa.DataFrameModel):
    table_name: str = pa.Field(description="Table the row was meant for.")
    row_key: str = pa.Field(description="The row's primary key values, JSON-encoded.")
    check_name: str = pa.Field(description="Name of each failed check, ';'-separated.")
    failure_case: str = pa.Field(
        nullable=True, description="The offending values, as reported by the checks."
    )
    row_json: str = pa.Field(description="The whole rejected row, JSON-encoded.")

    class Config:
        strict = True
        description = "Rows rejected by validation, never silently dropped."


TABLE = Table(
    name="quarantine", model=Quarantine, primary_key=("table_name", "row_key")
)
