"""Session 11, genes: a family word used as a back-reference to a member named before it."""

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
