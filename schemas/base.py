"""Table metadata as code: each table is described once, here and in its pandera model.

The pandera ``DataFrameModel`` carries column types, checks and descriptions; ``Table`` adds what
pandera has no words for (keys, evidence spans, public/internal). Everything else is generated from
these two: validation, warehouse DDL and comments, the release's datapackage and the data dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandera.polars as pa
import polars as pl


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    ref_columns: tuple[str, ...]


#: What a document id looks like: documents.doc_id and every column that refers to it.
DOC_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"


def doc_id_field(description: str) -> Any:
    """A ``doc_id`` column referring to documents; only the wording differs between tables."""
    return pa.Field(str_matches=DOC_ID_PATTERN, description=description)


@dataclass(frozen=True)
class Span:
    """Columns whose text must equal ``documents.text[start:end]`` of the row's document.

    A span table declares those columns with the ``*_field`` methods and inherits ``OrderedSpan``,
    so every span is described and checked alike.
    """

    start: str = "char_start"
    end: str = "char_end"
    text: str = "text"

    def start_field(self) -> Any:
        return pa.Field(ge=0, description="Offset of the first character in documents.text.")

    def end_field(self) -> Any:
        return pa.Field(ge=1, description="Offset one past the last character.")

    def text_field(self, description: str) -> Any:
        """Never empty; ``description`` says what the span covers in this table."""
        return pa.Field(str_length={"min_value": 1}, description=description)


class OrderedSpan(pa.DataFrameModel):
    """Mixin for span tables: a span ends after it starts."""

    # The method is named like the check: pandera pops ``name`` from the shared check info the
    # first time a subclass builds its schema, and later subclasses fall back to the method name.
    @pa.dataframe_check(name="char_end_after_char_start")
    @classmethod
    def char_end_after_char_start(cls, data) -> object:
        return data.lazyframe.select(pl.col("char_end") > pl.col("char_start"))


@dataclass(frozen=True)
class Column:
    name: str
    dtype: pl.DataType
    nullable: bool
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    model: type[pa.DataFrameModel]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    span: Span | None = None
    public: bool = True
    #: Bookkeeping tables are not part of a version's content hash (they describe runs, not facts).
    bookkeeping: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def schema(self) -> pa.DataFrameSchema:
        return self.model.to_schema()

    @property
    def description(self) -> str:
        return (self.schema.description or "").strip()

    @property
    def columns(self) -> list[Column]:
        out = []
        for name, col in self.schema.columns.items():
            out.append(
                Column(
                    name=name,
                    dtype=polars_dtype(col.dtype),
                    nullable=bool(col.nullable),
                    description=(col.description or "").strip(),
                )
            )
        return out

    @property
    def column_names(self) -> list[str]:
        return list(self.schema.columns)

    def polars_schema(self) -> dict[str, pl.DataType]:
        return {c.name: c.dtype for c in self.columns}

    def empty(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.polars_schema())

    def frame(self, rows: list[dict[str, Any]]) -> pl.DataFrame:
        """Rows to a frame with exactly this table's columns and types (missing keys become null)."""
        schema = self.polars_schema()
        if not rows:
            return self.empty()
        data = {name: [r.get(name) for r in rows] for name in schema}
        return pl.DataFrame(data, schema=schema, strict=False)


def polars_dtype(dtype: Any) -> pl.DataType:
    """pandera's dtype wrapper to the polars dtype it stands for."""
    inner = getattr(dtype, "type", dtype)
    if isinstance(inner, type) and issubclass(inner, pl.DataType):
        return inner()
    return inner


_DUCKDB = {
    pl.String: "VARCHAR",
    pl.Int64: "BIGINT",
    pl.Int32: "INTEGER",
    pl.Float64: "DOUBLE",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
}

_FRICTIONLESS = {
    pl.String: "string",
    pl.Int64: "integer",
    pl.Int32: "integer",
    pl.Float64: "number",
    pl.Boolean: "boolean",
    pl.Date: "date",
}


def duckdb_type(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.Datetime):
        return "TIMESTAMP WITH TIME ZONE" if dtype.time_zone else "TIMESTAMP"
    return _DUCKDB[type(dtype)]


def frictionless_type(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.Datetime):
        return "datetime"
    return _FRICTIONLESS[type(dtype)]


class FactProvenance(pa.DataFrameModel):
    """Columns every fact table carries: who or what produced the row, and its curation status."""

    status: str = pa.Field(
        isin=["extracted", "accepted", "rejected", "corrected", "added"],
        description="Curation status: extracted (by the pipeline, unreviewed), accepted, "
        "rejected, corrected or added by a curator (see raw/curation/).",
    )
    extractor_version: str = pa.Field(
        description="Version of the agefacts extractor that produced the row."
    )
    vocabularies: str = pa.Field(
        description="Vocabulary snapshots used for grounding, e.g. `HGNC 2024-07; FamPlex ...`."
    )
