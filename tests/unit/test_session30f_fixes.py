"""Session 30f fixes (batches dr, ds: genes, numbers, a header), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> set[str]:
    return {m.entity.label if m.entity.kind == "gene" else m.entity.entity_id
            for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def test_collagen_type_of_one_gene_names_that_gene():
    genes = _genes("The tendon biopsies held more type X collagen after the hopping drills.")
    assert "COL10A1" in genes and "FPLX:Collagen" not in genes
    assert "COL2A1" in _genes("A serum fragment of collagen type II rose in the runners.")


def test_collagen_type_of_several_genes_stays_the_family():
    genes = _genes("Bone is mostly type I collagen and mineral.")
    assert genes and not any(g.startswith("COL") for g in genes)


def test_lubricin_names_prg4():
    assert "PRG4" in _genes("Knee fluid from the swimmers carried more lubricin than before.")
