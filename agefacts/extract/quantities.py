"""Numeric facts: every number an article states, with its unit, comparator and what it measures.

Design (why it looks like this):
- One linear scan finds number anchors (digits, number words, "a year"); each anchor is parsed
  with small anchored regexes (``pattern.match(low, pos)``) looking a few words ahead for a range,
  unit, rate and comparator and a few characters back for a comparator, statistic label or age
  cue. Nothing backtracks over the whole text, so the cost is linear in its length.
- Matching runs on an ASCII-lowered copy with identical offsets; offsets index the original text.
- A number is emitted only when something says what it measures (a unit, a counted noun, a
  statistic label, an age cue, a comparator, a year or a date). Bare numbers are names or
  identifiers more often than facts, so they are dropped (precision over recall).
- Not quantities (documented decisions): digits inside identifiers (gene symbols such as IL-15,
  SIRT1, HIF-1α; versions; DOIs and URLs), reference markers (¹, ^{2,3}, [4]), everything in a
  reference list or citation line (volume, issue, page numbers and years of cited works), list
  markers ("1.") and numbered labels ("Part 2:", "Type 2", "Figure 3", "visit 2"); "week 12" is
  a time point (unit `week`).
- Each rule group lives in a module named for it (``quantity_ages``, ``quantity_time``, ...); this
  module composes them into ``_Scanner`` and keeps the public names (docs/quantities.md, Code map).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from agefacts import EXTRACTOR_VERSION
from agefacts.extract.quantity_ages import AgeRules
from agefacts.extract.quantity_context import ContextRules
from agefacts.extract.quantity_counts import CountRules
from agefacts.extract.quantity_doses import DoseRules
from agefacts.extract.quantity_ranges import RangeRules
from agefacts.extract.quantity_readings import ReadingRules
from agefacts.extract.quantity_scan import ScanCore
from agefacts.extract.quantity_statistics import StatisticRules
from agefacts.extract.quantity_text import _clean
from agefacts.extract.quantity_time import TimeRules
from agefacts.extract.quantity_types import COMPARATORS, MEASURES, Quantity
from agefacts.extract.tables import has_number_line

__all__ = [
    "COMPARATORS", "MEASURES", "Quantity", "extract_quantities", "quantity_rows",
    "scan_quantities", "span_ids",
]


class _Scanner(
    ScanCore, ContextRules, AgeRules, TimeRules, CountRules, StatisticRules, DoseRules,
    RangeRules, ReadingRules,
):
    """One document's scan state and every rule group: the rules are methods sharing the text,
    its lowered copy and masks; each group lives in the module named for it."""


def scan_quantities(text: str) -> list[Quantity]:
    """All quantities of ``text`` in reading order (spans never overlap)."""
    found = _Scanner(text).run()
    if "|" in text or "\t" in text or "   " in text or has_number_line(text):
        # tables: cells are read by their column header (or, one cell per line, their row label)
        from agefacts.extract.table_quantities import with_table_cells  # imports this module
        found = with_table_cells(text, found)
    return found


def span_ids(prefix: str, doc_id: str) -> Callable[[int, int], str]:
    """``stable_id(prefix, doc_id, start, end)`` without re-encoding the document id per row,
    each row's hash copied from the state after the id (as ``mention_ids`` does)."""
    head = hashlib.sha256(json.dumps([doc_id], ensure_ascii=False, separators=(",", ":"))[:-1].encode())

    def make(start: int, end: int) -> str:
        h = head.copy()
        h.update(f",{start},{end}]".encode())
        return f"{prefix}-{h.hexdigest()[:16]}"

    return make


def quantity_rows(doc_id: str, text: str, found: list[Quantity]) -> list[dict[str, Any]]:
    make_id = span_ids("q", doc_id)
    return [
        {
            "quantity_id": make_id(q.start, q.end),
            "doc_id": doc_id,
            "char_start": q.start,
            "char_end": q.end,
            "text": text[q.start : q.end],
            "value": _clean(q.value),
            "low": _clean(q.low),
            "high": _clean(q.high),
            "unit": q.unit,
            "comparator": q.comparator,
            "measure": q.measure,
            "iso_date": q.iso_date,
            "status": "extracted",
            "extractor_version": EXTRACTOR_VERSION,
            "vocabularies": "",
        }
        for q in found
    ]


def extract_quantities(doc_id: str, text: str) -> list[dict[str, Any]]:
    """Rows of the ``quantities`` table for one document."""
    return quantity_rows(doc_id, text, scan_quantities(text))
