"""Session 35g: made-up texts of the shapes missed in batches fk and fl."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> list[str]:
    return sorted({m.entity.label for m in find_mentions(text)})


def test_a_symbol_in_a_long_aside_is_not_supported_by_a_cue_outside_it():
    text = ("The study found no link with the FTO genotype, which my old notes (and a Year 10 "
            "SET maths workbook we were given) had said it explained.")
    assert _genes(text) == ["FTO"]


def test_a_symbol_in_a_short_aside_is_still_read_with_its_sentence():
    assert "CAT" in _genes("Expression of the enzymes (mostly CAT) rose after the walks.")
    assert "CAT" in _genes("The genotype work (on the CAT gene) was small.")


# -- numbers ---------------------------------------------------------------------------------------

def _found(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


def test_a_step_change_from_a_median_of_then_they_after_a_semicolon():
    found = _found("- Weekly steps in the bike group rose from a median of 5,120 to 7,480; in the "
                   "bus group they went from 5,240 to 5,610.\n")
    assert found.get("5,120") == "steps"
    assert found.get("7,480") == "steps"
    assert found.get("5,240") == "steps"
    assert found.get("5,610") == "steps"


def test_they_after_a_semicolon_with_no_step_count_before_stays_out():
    found = _found("- The fees in the town rose from 5,120 to 7,480; in the city they went from "
                   "5,240 to 5,610.\n")
    assert found.get("5,240") != "steps"
