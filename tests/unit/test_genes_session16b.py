"""Session 16b, genes: a protein named by the head word of its HGNC name and its number
("Sprouty1" for "sprouty RTK signaling antagonist 1"), glued, hyphenated or spaced, and the
names whose head word names no protein on its own."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


@pytest.mark.parametrize("written", ["Sprouty1", "Sprouty-1", "sprouty 1", "sprouty1",
                                     "Sprouty 1"])
def test_a_head_word_and_number_name_the_protein_in_every_spelling(written):
    assert _found(f"In old muscle {written} held the stem cells quiet.") == [
        (written, "SPRY1")]


def test_the_head_word_names_each_member_of_its_family():
    assert _found("Dickkopf-1 rose while Frizzled7 and frizzled-3 fell.") == [
        ("Dickkopf-1", "DKK1"), ("Frizzled7", "FZD7"), ("frizzled-3", "FZD3")]
    assert _found("Knocking out Cryptochrome-2 blunted the rhythm.") == [
        ("Cryptochrome-2", "CRY2")]
    # a name that is already just the head and the number gains its glued form
    assert _found("Levels of claudin5 and Keratin14 were unchanged.") == [
        ("claudin5", "CLDN5"), ("Keratin14", "KRT14")]


def test_the_head_alone_or_a_bare_number_is_no_mention():
    assert _found("The sprouty gene family and dickkopf proteins were named after flies.") == []
    assert _found("Sprouty in 1 of 3 samples.") == []


def test_a_head_that_modifies_a_class_noun_gives_no_form():
    # "tryptophan hydroxylase 1" (TPH1) abbreviates the head and the noun: "tryptophan 1" is a
    # dose of the amino acid, not the enzyme; the same for "superoxide dismutase 1".
    assert _found("Subjects took tryptophan 1 g a day.") == []
    assert _found("Superoxide-1 is no protein name.") == []
    # "autophagy related 3": the head qualifies a class word ("related"), so no "autophagy 3"
    assert _found("Autophagy 2 h after the bout had doubled.") == []


def test_generic_and_english_heads_give_no_form():
    # heads shared by many differently stemmed symbols ("solute carrier ...", "transmembrane
    # protein ...") or found inside many names ("... homeobox 1") name no protein
    assert _found("Transmembrane43 and solute 4 and homeobox 1 were listed.") == []
    # an English head word ("zinc finger protein 7") is never derived
    assert _found("The zinc 7 fraction rose.") == []


def test_a_derived_form_another_gene_also_derives_names_neither():
    # "dickkopf like acrosomal protein 1" (DKKL1) does not abbreviate its head alone, so
    # "dickkopf 1" stays DKK1's; the full names still ground their own genes
    assert _found("dickkopf like acrosomal protein 1 differs from dickkopf 1.") == [
        ("dickkopf like acrosomal protein 1", "DKKL1"), ("dickkopf 1", "DKK1")]
