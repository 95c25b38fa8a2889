"""Session 13, genes: a risky symbol in a list item that repeats the preposition of an accepted
gene before it, across a bracketed statistic ("with IL-6 (r = 0.1) or with CRP") (batch ad)."""

from __future__ import annotations

from agefacts.extract.entities import find_mentions


def _genes(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_mentions(text) if m.entity.kind in ("gene", "family")]


def test_a_symbol_sharing_the_preposition_of_a_gene_before_it_is_a_gene():
    assert _genes("The marker barely tracked with IL-6 (r = 0.05) or with CRP in this cohort.") == [
        "IL-6", "CRP"]
    assert _genes("Levels fell in IL-6 (−12%) and in CRP.") == ["IL-6", "CRP"]


def test_without_the_shared_preposition_the_symbol_needs_other_support():
    assert _genes("It barely correlated with CRP.") == []
    assert _genes("We met with IL-6 researchers or with CAT.") == ["IL-6"]
    assert _genes("It rose with IL-6 (r = 0.3) and in SET groups.") == ["IL-6"]
