"""Session 13, genes (batch ae): a name that also describes a class ("growth hormone") after an
indefinite article and adjectives, with no noun after it, is some hormone, not the gene."""

from __future__ import annotations

from agefacts.extract.entities import find_mentions


def _genes(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.entity_id) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


def test_an_indefinite_article_and_adjectives_make_growth_hormone_a_class():
    assert _genes("Sprint work raised a vital growth hormone and lowered cortisol.") == []
    assert _genes("The pituitary released another potent, anabolic growth hormone.") == []
    assert _genes("Sleep triggers a growth hormone that repairs tissue.") == []


def test_growth_hormone_named_as_the_gene_stays_grounded():
    gh1 = [("growth hormone", "HGNC:4261")]
    assert _genes("Serum growth hormone levels doubled after the sprints.") == gh1
    assert _genes("Peaks of the growth hormone GH came at night.")[:1] == gh1
    assert _genes("Older men received a growth hormone injection each week.") == gh1
    assert _genes("Each rat got a growth hormone (GH) analogue.")[:1] == gh1
    assert _genes("Doping with human growth hormone is banned.") == [
        ("human growth hormone", "HGNC:4261")]
