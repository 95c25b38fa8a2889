"""citations: every work an article cites, as printed, parsed into fields, with its DOI."""

from __future__ import annotations

import pandera.polars as pa

from schemas.base import FactProvenance, ForeignKey, OrderedSpan, Span, Table, doc_id_field

SPAN = Span()


class Citations(FactProvenance, OrderedSpan):
    citation_id: str = pa.Field(
        str_matches=r"^cit-[0-9a-f]{16}$",
        description="Stable id of the citation: a hash of doc_id and its character span.",
    )
    doc_id: str = doc_id_field("Document that cites the work.")
    marker: str = pa.Field(
        nullable=True,
        description="Reference number(s) the list gives the entry, comma-separated (`1,6` for "
        "an entry printed as `^{1, 6}`); null for a Source: line or a loose DOI.",
    )
    char_start: int = SPAN.start_field()
    char_end: int = SPAN.end_field()
    text: str = SPAN.text_field(
        "The reference exactly as printed: documents.text[char_start:char_end] "
        "(markdown escapes such as `\\(` kept)."
    )
    authors: str = pa.Field(
        nullable=True,
        description="Authors as printed, one per item, `; `-separated (`et al.` kept as an item).",
    )
    title: str = pa.Field(nullable=True, description="Title of the cited work, if printed.")
    journal: str = pa.Field(
        nullable=True,
        description="Journal or venue as printed (often an NLM/ISO 4 abbreviation).",
    )
    year: int = pa.Field(nullable=True, ge=1800, le=2100, description="Publication year printed.")
    volume: str = pa.Field(nullable=True, description="Volume as printed.")
    issue: str = pa.Field(nullable=True, description="Issue as printed.")
    pages: str = pa.Field(
        nullable=True,
        description="Page range or article number as printed (`9-18`, `C40–C57`, `4743`).",
    )
    doi: str = pa.Field(
        nullable=True,
        str_matches=r"^10\.\d{4,9}(?:\.\d+)*/\S+$",
        description="The work's DOI in canonical form (lower case, URL-decoded), when known.",
    )
    resolution: str = pa.Field(
        isin=["explicit", "crossref_search", "unresolved"],
        description="How the DOI was obtained: `explicit` (printed in the text), "
        "`crossref_search` (a Crossref bibliographic search whose candidate agreed on "
        "independent fields), or `unresolved` (no DOI; see reason).",
    )
    resolution_score: float = pa.Field(
        nullable=True,
        ge=0.0,
        le=1.0,
        description="Confidence in the DOI: 1 for explicit, the field-agreement score of the "
        "accepted Crossref candidate, or the best refused candidate's score when unresolved.",
    )
    reason: str = pa.Field(
        description="Why the citation has this resolution: the fields that agreed or disagreed, "
        "or what prevented a lookup (offline, network error, HTTP status), and for explicit DOIs "
        "whether the work's metadata was fetched.",
    )

    class Config:
        strict = True
        description = (
            "Works cited by each document: reference-list entries, Source: lines and DOIs in the "
            "text, parsed into bibliographic fields and resolved to a DOI where possible."
        )


TABLE = Table(
    name="citations",
    model=Citations,
    primary_key=("citation_id",),
    foreign_keys=(ForeignKey(("doc_id",), "documents", ("doc_id",)),),
    span=SPAN,
)
