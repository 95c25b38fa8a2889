"""Session 11, genes: a family word used as a back-reference to a member named before it; a
risky symbol next to a word of genetic variation or in a sentence with an rsID (batch x)."""

from __future__ import annotations

from agefacts.extract.entities import find_mentions


def _molecules(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.entity_id) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


def test_a_family_word_after_a_named_member_refers_back_to_it():
    text = "Serum cathepsin K rose after a year of loading. Read the cathepsin result with care."
    assert _molecules(text) == [("cathepsin K", "HGNC:2536")]


def test_a_family_word_before_a_member_or_in_the_plural_is_the_family():
    assert _molecules("The cathepsin family is large; cathepsin K is one of them.") == [
        ("cathepsin", "FPLX:Cathepsin"), ("cathepsin K", "HGNC:2536")]
    assert _molecules("Serum cathepsin K rose. Other cathepsins did not change.") == [
        ("cathepsin K", "HGNC:2536"), ("cathepsins", "FPLX:Cathepsin")]
    # a family named by its own symbol is no back-reference
    assert ("AMPK", "FPLX:AMPK") in _molecules(
        "AMPK alpha 1 was phosphorylated, and AMPK activity rose.")


def test_a_short_symbol_beside_a_variant_word_or_a_snp_id_is_a_gene():
    # FTO is a risky symbol: alone it needs a gene word nearby
    assert _molecules("Women with one FTO variant gained more fat.") == [("FTO", "HGNC:24678")]
    assert _molecules("FTO carriers gained more fat.") == [("FTO", "HGNC:24678")]
    assert _molecules("The FTO locus (rs1421085) was tied to fat mass.") == [("FTO", "HGNC:24678")]
    assert _molecules("People were genotyped and FTO status recorded.") == [("FTO", "HGNC:24678")]


def test_variant_and_carrier_words_count_only_right_after_the_symbol():
    # "variant" elsewhere in the sentence says nothing: it is not a strong cue
    assert _molecules("The FTO office published a variant of the plan.") == []
    assert _molecules("Carriers of the FTO were fine.") == []
