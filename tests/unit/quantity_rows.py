"""Shared by the quantity tests: what the scanner finds, and the one row with a given span."""

from __future__ import annotations

from agefacts.extract.quantities import extract_quantities, scan_quantities


def found(text: str) -> list[tuple]:
    """(span, value, low, high, unit, comparator, measure) of every quantity in ``text``."""
    return [(text[q.start : q.end], q.value, q.low, q.high, q.unit, q.comparator, q.measure)
            for q in scan_quantities(text)]


def one(text: str, span: str) -> dict:
    """The quantity row whose span is ``span`` (it must be found exactly once)."""
    rows = [r for r in extract_quantities("doc", text) if r["text"] == span]
    assert len(rows) == 1, (span, [r["text"] for r in extract_quantities("doc", text)])
    return rows[0]
