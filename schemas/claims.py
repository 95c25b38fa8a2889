"""claims: subject–relation–object statements an article makes, each with its evidence sentence."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.base import FactProvenance, ForeignKey, OrderedSpan, Span, Table, doc_id_field

RELATIONS = [
    "associated_with",
    "increases",
    "decreases",
    "declines_with_age",
    "preserved_by_training",
    "induced_by_exercise",
    "not_induced_in_aged",
    "required_for",
    "inhibits",
    "activates",
    "depends_on",
    "other",
]

SPAN = Span(text="evidence")


class Claims(FactProvenance, OrderedSpan):
    claim_id: str = pa.Field(
        unique=True,
        str_matches=r"^c-[0-9a-f]{16}$",
        description="Stable id of the claim: a hash of document, evidence span, subject, relation "
        "and object, so the same statement in unchanged text keeps its id in every version.",
    )
    doc_id: str = doc_id_field("Document making the claim.")
    sentence_id: int = pa.Field(
        ge=0, description="The evidence sentence (sentences.sentence_id in the same document)."
    )
    subject_id: str = pa.Field(
        nullable=True,
        description="Entity the claim is about (entities.entity_id, e.g. `HGNC:5476`), when the "
        "subject is grounded; null when only its written form is known (see subject_text).",
    )
    subject_text: str = pa.Field(
        nullable=True,
        description="The subject as written (e.g. `regular training`) when it is not grounded "
        "to an entity; null when subject_id is set.",
    )
    relation: str = pa.Field(
        isin=RELATIONS,
        description="What the article says links subject to object: associated_with, increases, "
        "decreases, activates, inhibits, required_for (subject is needed for object), depends_on "
        "(subject depends on object), declines_with_age, preserved_by_training, "
        "induced_by_exercise, not_induced_in_aged, or other.",
    )
    object_id: str = pa.Field(
        nullable=True,
        description="Entity the subject acts on or is linked to (entities.entity_id), when "
        "grounded; null when only its written form is known (see object_text).",
    )
    object_text: str = pa.Field(
        nullable=True,
        description="The object as written (an outcome such as `fitness gains`, or the age, "
        "training or exercise context of a declines_with_age, preserved_by_training, "
        "induced_by_exercise or not_induced_in_aged claim) when it is not grounded.",
    )
    polarity: str = pa.Field(
        isin=["positive", "negative", "none"],
        description="Sign linking the subject (as a level or dose) to the object: `positive` "
        "when more subject goes with more object (so 'lower X goes with lower mortality' is "
        "positive), `negative` when it goes with less, `none` for unsigned relations. Fixed for "
        "declines_with_age (negative), preserved_by_training and induced_by_exercise "
        "(positive), not_induced_in_aged (none). Stated before negation: see negated.",
    )
    species: str = pa.Field(
        str_matches=r"^(?:unspecified|[a-z]+(?:\+[a-z]+)*)$",
        description="Species the evidence is from: human, mouse, rat, several joined by `+` "
        "(e.g. `human+mouse`) or unspecified; read from the sentence, else the sentence "
        "before it, else the document's dominant species.",
    )
    hedged: bool = pa.Field(
        description="The sentence hedges the statement (may, could, suggests, potentially, "
        "linked to, ...)."
    )
    negated: bool = pa.Field(
        description="The article denies the statement (not, neither, no longer, fail to, ...)."
    )
    char_start: int = SPAN.start_field()
    char_end: int = SPAN.end_field()
    evidence: str = SPAN.text_field(
        "The evidence sentence, exactly documents.text[char_start:char_end]."
    )
    citation_id: str = pa.Field(
        nullable=True,
        description="The cited work the article attributes this sentence to "
        "(citations.citation_id), when the sentence carries a citation.",
    )

    @pa.dataframe_check(name="subject_id_or_subject_text")
    @classmethod
    def subject_given(cls, data) -> object:
        return data.lazyframe.select(
            pl.col("subject_id").is_not_null() | pl.col("subject_text").is_not_null()
        )

    @pa.dataframe_check(name="object_id_or_object_text")
    @classmethod
    def object_given(cls, data) -> object:
        return data.lazyframe.select(
            pl.col("object_id").is_not_null() | pl.col("object_text").is_not_null()
        )

    @pa.dataframe_check(name="subject_or_object_grounded_unless_added")
    @classmethod
    def grounded_side(cls, data) -> object:
        return data.lazyframe.select(
            pl.col("subject_id").is_not_null() | pl.col("object_id").is_not_null()
            | (pl.col("status") == "added")
        )

    class Config:
        strict = True
        description = (
            "Statements an article makes about genes, families, pathways, conditions and "
            "interventions (subject, relation, object), with polarity, species, hedging and "
            "negation, and the sentence that says it as evidence. One row per subject-object "
            "pair: a sentence naming several genes yields one claim per gene."
        )


TABLE = Table(
    name="claims",
    model=Claims,
    primary_key=("claim_id",),
    foreign_keys=(
        ForeignKey(("doc_id",), "documents", ("doc_id",)),
        ForeignKey(("doc_id", "sentence_id"), "sentences", ("doc_id", "sentence_id")),
        ForeignKey(("subject_id",), "entities", ("entity_id",)),
        ForeignKey(("object_id",), "entities", ("entity_id",)),
        ForeignKey(("citation_id",), "citations", ("citation_id",)),
    ),
    span=SPAN,
)
