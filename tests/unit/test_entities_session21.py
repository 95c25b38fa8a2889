"""Session 21 (batches bp, bq), genes: a symbol whose vocabulary alias is solid before its Greek
letter but which writers hyphenate ("FOO-BARα", also with a non-breaking hyphen or in mouse-style
case); an element symbol with its charge ("Ca2+") is an ion, not a gene (made-up sentences)."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions


def _genes(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind == "gene"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Night shifts blunted REV-ERBβ in the biopsies.", ("REV-ERBβ", "NR1D2")),
    ("Night shifts blunted REV\u2011ERBβ in the biopsies.", ("REV\u2011ERBβ", "NR1D2")),
    ("In the knockout mice Rev-erbα was missing from the liver.", ("Rev-erbα", "NR1D1")),
    ("Levels of REV-ERBalpha peaked before dawn.", ("REV-ERBalpha", "NR1D1")),
    ("A drug that activates Rev-erb alpha cut fat mass.", ("Rev-erb alpha", "NR1D1")),
])
def test_a_hyphenated_form_of_a_solid_greek_alias_is_the_gene(text, expected):
    assert _genes(text) == [expected]


@pytest.mark.parametrize("text", [
    "The long-termα estimate was dropped.",  # joined letters are no key
    "A low-dose beta blocker was given.",  # a drug class, not a gene
    "Its anti-ageing alpha waves were measured.",
])
def test_a_hyphenated_word_before_a_greek_letter_is_no_gene(text):
    assert _genes(text) == []


def test_a_symbol_written_with_a_hyphen_as_the_vocabulary_has_it_is_unchanged():
    assert _genes("Fasting raised PGC-1α and TNF-α fell.") == [
        ("PGC-1α", "PPARGC1A"), ("TNF-α", "TNF")]


@pytest.mark.parametrize("text", [
    "Revision list: Ca2+ release in the cross-bridge cycle; gene transcription.",
    "The Ca2+-dependent phosphatase was expressed in every fibre.",
    "Gene expression changed once Ca2+ entered the cell.",
    "Expression of the transporter rose as Ca2\u207a levels climbed.",
])
def test_an_element_symbol_with_its_charge_is_an_ion_not_a_gene(text):
    assert ("Ca2", "CA2") not in _genes(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("CA2 expression rose in the kidney after the diet.", ("CA2", "CA2")),
    ("CD4+ T cells and their gene expression were counted.", ("CD4", "CD4")),
])
def test_a_symbol_in_capitals_stays_a_gene(text, expected):
    assert expected in _genes(text)
