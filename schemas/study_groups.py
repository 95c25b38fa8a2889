"""study_groups: the cohorts and arms a study in an article describes."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import FactProvenance, ForeignKey, OrderedSpan, Span, Table, doc_id_field

SPAN = Span()


class StudyGroups(FactProvenance, OrderedSpan):
    group_id: str = pa.Field(
        unique=True, str_matches=r"^g-[0-9a-f]{16}$",
        description="Stable id from (doc_id, char_start, char_end, label).",
    )
    doc_id: str = doc_id_field("Document describing the group.")
    label: str = pa.Field(
        str_length={"min_value": 1},
        description="The group's name as the article writes it: a noun phrase (`older adults`, "
        "`participants`) or an arm label (`Sprinters`, `control group`).",
    )
    n: int = pa.Field(
        nullable=True, ge=0,
        description="Number of members when stated (`n=12`, `120 people`); null when the text "
        "names the group without a number (`young and old women`).",
    )
    age_min: float = pa.Field(
        nullable=True, description="Lower age bound in years when stated (own or inherited "
        "from the group an arm was split from).",
    )
    age_max: float = pa.Field(nullable=True, description="Upper age bound in years when stated.")
    species: str = pa.Field(
        nullable=True, description="`human`, `mouse`, `rat`, ... when the group's noun says so.",
    )
    definition: str = pa.Field(
        nullable=True,
        description="What defines membership, verbatim from the text when it gives one (an "
        "arm's criteria after its label, an `aged ...`/`who ...`/`with ...` phrase).",
    )
    char_start: int = SPAN.start_field()
    char_end: int = SPAN.end_field()
    text: str = SPAN.text_field(
        "Evidence: the phrase or bullet that describes the group, exactly "
        "documents.text[char_start:char_end]."
    )

    class Config:
        strict = True
        description = (
            "Cohorts and arms of the studies an article reports (`24 young adults`, `Sprinters: "
            "4+ sprint sessions/week (n=12)`, `young and old women`), with size, age range and "
            "definition where the text states them, each with its evidence span."
        )


TABLE = Table(
    name="study_groups",
    model=StudyGroups,
    primary_key=("group_id",),
    foreign_keys=(ForeignKey(("doc_id",), "documents", ("doc_id",)),),
    span=SPAN,
)
