"""Session 35c: made-up texts of the shapes missed in batches ff, fg and fh."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions


def _genes(text: str) -> list[str]:
    return [m.entity.label for m in find_mentions(text)]


def test_a_risky_symbol_before_an_allele_label_and_variant_is_a_gene():
    assert _genes('In our walkers the ACE "I/D" variant made no difference to pace.') == ["ACE"]
    assert _genes("Carriers of the ACE I/D variants rowed no faster.") == ["ACE"]
    assert _genes("An ACE Gly12Ser variant was rare in the club.") == ["ACE"]


def test_a_risky_symbol_before_a_label_without_variant_stays_out():
    assert _genes("The ACE II team won the cup.") == []
    assert _genes("The ACE I/D scheme pays for the class.") == []

