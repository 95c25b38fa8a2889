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


def spans(text: str) -> list[str]:
    """The spans of every quantity the scanner finds in ``text``, in order."""
    return [r[0] for r in found(text)]


def found_one(text: str, span: str) -> tuple:
    """The ``found`` tuple whose span is ``span`` (it must be found exactly once)."""
    rows = [r for r in found(text) if r[0] == span]
    assert len(rows) == 1, (span, spans(text))
    return rows[0]


def one_fields(text: str, span: str) -> tuple:
    """(value, low, high, unit, comparator, measure) of the row whose span is ``span``."""
    r = one(text, span)
    return r["value"], r["low"], r["high"], r["unit"], r["comparator"], r["measure"]
