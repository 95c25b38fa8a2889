"""The records the quantity scan produces and the vocabulary of what a quantity measures."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Literal

#: The controlled vocabulary of ``quantities.measure`` (documented in schemas/quantities.py).
MEASURES = (
    "sample_size", "age", "dose/exposure", "threshold/criterion", "proportion",
    "effect_size/statistic", "count", "date/metadata", "measurement",
)
COMPARATORS = ("=", "<", ">", "<=", ">=", "~")


@dataclass
class Quantity:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    comparator: str | None
    measure: str
    iso_date: str | None = None
    #: For sample sizes: the counted noun phrase ("older adults"), used to name study groups.
    noun: str | None = None
    species: str | None = None


class _Undecided(Enum):
    UNDECIDED = "undecided"


#: A rule step's answer when the number is not its business, so the next step reads it (``None``
#: is a decision: not a quantity). The steps of ``after_number`` and ``classify`` return ``Step``.
UNDECIDED = _Undecided.UNDECIDED
Step = Quantity | None | Literal[_Undecided.UNDECIDED]
#: (normalised unit, kind, end) of a unit after a number, as ``unit_at`` reads it.
UnitInfo = tuple[str, str, int]


@dataclass
class _Spread:
    """What follows a mean or median: an interval (IQR, range) kept as low/high on its row, or
    an SD/SE, which is a number of its own (``start``..``end``, ``value``, ``unit``)."""
    end: int
    low: float | None = None
    high: float | None = None
    start: int = 0
    value: float | None = None
    unit: str = "standard_deviation"
    glued: bool = False  # "± 5 minutes": the unit after the SD ends the SD's span too
    value_end: int = 0
