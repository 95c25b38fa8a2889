"""quantities: every numeric fact an article states, with its unit and what it measures."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.base import FactProvenance, ForeignKey, OrderedSpan, Span, Table, doc_id_field

#: Controlled vocabulary of ``measure`` (the extractor's MEASURES must stay equal to it).
MEASURES = [
    "sample_size", "age", "dose/exposure", "threshold/criterion", "proportion",
    "effect_size/statistic", "count", "date/metadata", "measurement",
]
COMPARATORS = ["=", "<", ">", "<=", ">=", "~"]

SPAN = Span()


class Quantities(FactProvenance, OrderedSpan):
    quantity_id: str = pa.Field(
        unique=True, str_matches=r"^q-[0-9a-f]{16}$",
        description="Stable id from (doc_id, char_start, char_end): unchanged text keeps its id.",
    )
    doc_id: str = doc_id_field("Document the number is in.")
    char_start: int = SPAN.start_field()
    char_end: int = SPAN.end_field()
    text: str = SPAN.text_field(
        "The minimal verbatim span: the number with its unit, rate and comparator "
        "words, e.g. `4+ sessions/week`, `HR 0.82 (95% CI 0.75–0.90)`. Exactly "
        "documents.text[char_start:char_end]."
    )
    value: float = pa.Field(
        nullable=True,
        description="The number for a single value (words and fractions converted: `twice` = 2, "
        "`half` = 0.5, `a fifth` = 0.2, `one in five` = 0.2; `10 000` = 10000; the year for "
        "dates). Null for ranges.",
    )
    low: float = pa.Field(
        nullable=True,
        description="Lower bound of a range (`30–40%` -> 30); with a value, the interval stated "
        "with it: the confidence interval of a statistic (`HR 0.82 (95% CI 0.75–0.90)` -> 0.75, "
        "with value 0.82) or the IQR or range of a median (`3.5 years (IQR 2.1–5.0)` -> 2.1).",
    )
    high: float = pa.Field(nullable=True, description="Upper bound of the range or interval.")
    unit: str = pa.Field(
        nullable=True,
        description="Normalised unit. Proportions: `percent`, `percentage points`, `fraction`; "
        "intensity: `percent of maximum`; time: `seconds` ... `years`; a time point of a study: "
        "`day`, `week`, `month` (singular: `week 12` is the twelfth week, `12 weeks` a "
        "duration); rates: "
        "`<unit>/<period>` such as `minutes/week`, `sessions/week`, `times/week`, "
        "`hours/session`, `steps/day`; people counted: `people` (humans), `animals`, `subjects` "
        "(n = ... without a noun); counted things: the plural noun (`genes`, `studies`); "
        "statistics: `correlation`, `r_squared`, `hazard_ratio`, `odds_ratio`, `relative_risk`, "
        "`effect_size` (Cohen's d, Hedges' g, SMD), `beta`, `intraclass_correlation`, `p_value`, "
        "`fold_change`, `mean_difference`; the spread stated with a mean: `standard_deviation`, "
        "`standard_error` (the mean is its own row with the physical unit); dates: `date` or `year`; physical "
        "units as written in SI style (`mg/kg`, `mmHg`, `kg/m2`); `points` for scores.",
    )
    comparator: str = pa.Field(
        nullable=True, isin=COMPARATORS,
        description="How the number bounds the fact: `<`, `>`, `<=`, `>=` (`at least 3`, `≤10`, "
        "`3+`, `over a year`, `65 and older`), `~` (about, around, nearly, ≈), `=` only for "
        "`exactly`; null when the number is stated plainly (including `n=24`, `r = 0.38`).",
    )
    measure: str = pa.Field(
        isin=MEASURES,
        description="What the number measures: `sample_size` (people or animals studied: "
        "`n=24`, `120 people`); `age` (`70–85`, `aged 60 to 75`, `72-year-old`, `in their 70s`, "
        "`after 50`, `23 ± 3 yo`); "
        "`dose/exposure` (duration, frequency, volume or intensity of an exposure: `2-hour`, "
        "`150 to 300 minutes per week`, `three times a week`, `70% of peak heart rate`, `5 mg/kg`, "
        "and the time point it is measured at: `week 12`); "
        "`threshold/criterion` (a dose or score bound that defines a group or effect: "
        "`4+ sessions/week`, `≤10`, `more than 5 hours a week`); `proportion` (percentages and "
        "fractions of a group or effect); `effect_size/statistic` (correlation, hazard and odds "
        "ratios, p-values, fold changes, SDs); `count` (other counted things: `four arms`, "
        "`12 studies`, population statistics such as `2 million people worldwide`); "
        "`date/metadata` (dates and years); `measurement` (a measured level in physical units: "
        "`5 mmHg`, `30 kg/m2`, scores).",
    )
    iso_date: str = pa.Field(
        nullable=True,
        description="For dates: ISO 8601 form (`2026-02-24`, `2025-03`, `2025`); null otherwise.",
    )

    @pa.dataframe_check(name="value_or_range")
    @classmethod
    def value_or_range(cls, data) -> object:
        """A row states a value, a range, or both (a ratio with its confidence interval)."""
        return data.lazyframe.select(
            pl.col("value").is_not_null() | (pl.col("low").is_not_null() & pl.col("high").is_not_null())
        )

    class Config:
        strict = True
        description = (
            "Numeric facts stated in each document: sample sizes, ages, doses and exposures, "
            "thresholds, proportions, statistics, counts and dates, each with its exact span. "
            "Numbers in markdown table cells are read by their column header (or row label): "
            "`n` -> sample_size, `p` -> p_value, `%` -> proportion, `age`, a unit in the header; "
            "numbers in a table's header line are names, not quantities. "
            "Numbers inside identifiers (gene symbols, DOIs, versions), reference markers, "
            "reference lists, citation lines, list markers and numbered labels (`Part 2`, "
            "`Type 2`) are not quantities. Rule-based: `vocabularies` is empty."
        )


TABLE = Table(
    name="quantities",
    model=Quantities,
    primary_key=("quantity_id",),
    foreign_keys=(ForeignKey(("doc_id",), "documents", ("doc_id",)),),
    span=SPAN,
)
