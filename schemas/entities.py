"""entities: what mentions are grounded to (genes, families, conditions, species, ...)."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import Table

KINDS = ["gene", "family", "condition", "species", "intervention", "cohort", "pathway"]
ENTITY_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9.]*:\S.*$"


class Entities(pa.DataFrameModel):
    entity_id: str = pa.Field(
        str_matches=ENTITY_ID_PATTERN,
        description="Grounded identifier as `namespace:identifier`: `HGNC:6018` (gene), "
        "`FPLX:AKT` (FamPlex family or complex), `MESH:D055948` (MeSH descriptor), "
        "`NCBITaxon:10090` (species), or an agefacts id where no vocabulary has one: "
        "`agefacts.intervention:<slug>` (or a drug's development code as written, "
        "`agefacts.intervention:ABC-123`), `agefacts.cohort:<Name>`, and "
        "`agefacts.pathway:<SYMBOL>/<SYMBOL>` for a pathway written as gene names.",
    )
    namespace: str = pa.Field(
        description="Vocabulary of the identifier: HGNC, FPLX, MESH, NCBITaxon, "
        "agefacts.intervention, agefacts.cohort or agefacts.pathway."
    )
    identifier: str = pa.Field(
        str_length={"min_value": 1},
        description="Identifier within the namespace (the part of entity_id after the colon).",
    )
    label: str = pa.Field(
        str_length={"min_value": 1},
        description="Preferred name: the approved symbol for HGNC genes, the FamPlex id for "
        "families, the MeSH heading for conditions, the scientific name for species.",
    )
    kind: str = pa.Field(
        isin=KINDS,
        description="What the entity is: gene (HGNC gene or its protein), family (FamPlex "
        "family or complex), condition (disease, outcome or trait, mostly MeSH), species, "
        "intervention (exercise type, diet, compound), cohort (named study population or "
        "biobank) or pathway (signalling pathway or cellular process).",
    )

    @pa.dataframe_check(name="entity_id_is_namespace_and_identifier")
    @classmethod
    def id_parts(cls, data) -> object:
        import polars as pl

        return data.lazyframe.select(
            pl.col("entity_id") == pl.col("namespace") + pl.lit(":") + pl.col("identifier")
        )

    class Config:
        strict = True
        description = (
            "Entities that at least one mention is grounded to, or that a claim names as a "
            "side without a mention (the condition Aging, for a comparison group written as "
            "an age word such as \"in older muscle\"), shared by all documents; vocabulary "
            "snapshots are recorded on each mention."
        )


TABLE = Table(name="entities", model=Entities, primary_key=("entity_id",))
