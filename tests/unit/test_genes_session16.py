"""Session 16, genes: receptor names with their type before the noun, curated forms in another
case, glycoprotein nicknames, receptor classes named after what they couple to, and a family's
lower-case plural that is an English verb."""

from __future__ import annotations

from agefacts.extract.entities import find_mentions


def _found(text: str) -> list[tuple[str, str]]:
    """Gene and family mentions only (a species or an exercise word beside them is not the point)."""
    return [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


def test_a_receptor_with_its_type_before_the_noun_is_that_receptor():
    # HGNC writes "... receptor type 1"; papers move the type and write it in Roman numerals
    assert _found("The drug left the angiotensin II type 1 receptor alone.") == [
        ("angiotensin II type 1 receptor", "AGTR1")]
    assert _found("It spared the angiotensin II type I receptor in rats.") == [
        ("angiotensin II type I receptor", "AGTR1")]
    assert _found("Blocking the type I interleukin 1 receptor did little.") == [
        ("type I interleukin 1 receptor", "IL1R1")]
    assert _found("Levels of interleukin-1 receptor type I fell.") == [
        ("interleukin-1 receptor type I", "IL1R1")]
    assert _found("It binds the endothelin type A receptor.") == [
        ("endothelin type A receptor", "EDNRA")]


def test_a_receptor_type_enzyme_gets_no_reordered_name():
    # "... phosphatase receptor type C" is an enzyme of receptor type, not a phosphatase receptor
    assert _found("a protein tyrosine phosphatase type C receptor was named") == []


def test_a_curated_form_in_another_case_is_still_its_gene():
    # the curated "IL-1Ra" written with a lower-case tail; HGNC gives IL1RA-like aliases to two genes
    assert _found("After the run, IL-1ra and IL-10 went up.") == [
        ("IL-1ra", "IL1RN"), ("IL-10", "IL10")]
    assert _found("after the run il-1ra went up") == []  # no capital: code or a typo, not a name


def test_a_glycoprotein_nickname_in_lower_case_is_its_gene():
    assert _found("The complex docks on gp130 in the membrane.") == [("gp130", "IL6ST")]
    # from HGNC's capitalised alias: an alias, so the sentence must speak of molecules
    assert _found("NADPH oxidase subunit gp91phox protein rose.")[-1] == ("gp91phox", "CYBB")


def test_a_receptor_class_named_for_what_it_couples_to_is_not_that_protein():
    assert _found("Many drugs act on G protein-coupled receptors in fat.") == []
    assert _found("a G-protein coupled receptor for the hormone") == []
    assert _found("The G protein then dissociates from it.") == [("G protein", "G_protein")]


def test_a_family_plural_that_is_a_verb_is_the_verb():
    # CALM is a family root; "calms" is the verb of the English word "calm"
    assert _found("Walking calms IL-6 and CRP after surgery.") == [
        ("IL-6", "IL6"), ("CRP", "CRP")]
    assert _found("enzymes like parps and SIRT6 use it up") == [
        ("parps", "PARP"), ("SIRT6", "SIRT6")]
