"""Session 12, genes: a protein sold as a dietary supplement ("collagen peptides") names the
supplement, an intervention, not the protein family (batch y)."""

from __future__ import annotations

from agefacts.extract.entities import find_mentions


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.entity.entity_id, m.entity.kind) for m in find_mentions(text)]


def test_a_protein_supplement_is_an_intervention_and_the_protein_alone_is_the_family():
    assert _kinds("Many readers take Collagen Peptides with breakfast.") == [
        ("Collagen Peptides", "agefacts.intervention:collagen_supplementation", "intervention")]
    assert _kinds("Tendon collagen turned over faster after loading.") == [
        ("collagen", "FPLX:Collagen", "family")]


def test_ubiquitin_is_its_family_but_not_inside_the_name_of_its_ligases():
    assert _kinds("Parkin then coats the organelle with ubiquitin chains.") == [
        ("Parkin", "HGNC:8607", "gene"), ("ubiquitin", "FPLX:Ubiquitin", "family")]
    assert _kinds("The ubiquitin-ligase route and other ubiquitin ligases rose.") == []
