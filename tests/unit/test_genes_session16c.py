"""Session 16 (batch au), genes: aliases that glue a protein's weight to its name, a lone
receptor subunit written with its Greek letter."""

from __future__ import annotations

from agefacts.extract.entities import find_mentions


def _found(text: str) -> list[tuple[str, str]]:
    """Gene and family mentions only."""
    return [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


def test_an_alias_with_a_weight_prefix_needs_no_gene_word():
    # HGNC aliases are risky, but a weight glued to a name is never an English word
    assert _found("Old cells carried more p16INK4a than young ones.") == [
        ("p16INK4a", "CDKN2A")]
    assert _found("In the biopsies, p27Kip1 stayed flat.") == [("p27Kip1", "CDKN1B")]
    assert _found("Then p47phox moved to the membrane.") == [("p47phox", "NCF1")]


def test_a_plain_alias_still_needs_a_gene_word():
    # the rule is the weight prefix, not every alias: a bare alias stays a context candidate
    assert _found("We met at the INK4a bar.") == []


def test_a_lone_receptor_subunit_is_written_with_its_greek_letter():
    # "interleukin 15 receptor subunit alpha" has no beta or gamma sibling on its root
    assert _found("Removing IL-15Rα from the cells stopped the effect.") == [
        ("IL-15Rα", "IL15RA")]
    assert _found("Signals through IL-3Rα rose.") == [("IL-3Rα", "IL3RA")]
    # the siblings' rule is unchanged
    assert _found("Tregs carry IL-2Rα.") == [("IL-2Rα", "IL2RA")]

