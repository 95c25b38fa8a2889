"""Session 29, round b (development leftovers): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

from agefacts.extract.sentences import split_sentences

#: the test lexicon with a few more genes
LEX = {**LEXICON,
       "mTORC2": ("FPLX:mTORC2", "complex", "mTORC2"),
       "eIF4E": ("HGNC:3287", "gene", "EIF4E"),
       "SIRT1": ("HGNC:14929", "gene", "SIRT1"),
       "FOXO1": ("HGNC:3819", "gene", "FOXO1"),
       "p21": ("HGNC:1784", "gene", "CDKN1A")}


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_sentence_opening_with_a_lower_case_gene_name_is_split():
    assert _pieces("It governs cell size. mTORC2 then switches on Akt.") == [
        "It governs cell size.", "mTORC2 then switches on Akt."]
    assert _pieces("The ponies aged. p21 rose in their hearts.") == [
        "The ponies aged.", "p21 rose in their hearts."]
    # abbreviations and page numbers still hold the sentence together
    assert len(_pieces("It binds partners, e.g. eIF4E and others.")) == 1
    assert len(_pieces("See p. 21 for the ponies.")) == 1
    rows = claims_of("SIRT1 is a sensor that slows growth. mTORC2 then activates FOXO1.",
                     lexicon=LEX)
    assert ("HGNC:14929", "activates", "HGNC:3819") not in triples(rows)
    assert ("FPLX:mTORC2", "activates", "HGNC:3819") in triples(rows)


def test_a_definition_with_a_participle_aside_before_its_relative_clause():
    rows = claims_of("SIRT1 is a hormone, made mostly by bone, that restrains FOXO1.", lexicon=LEX)
    assert ("HGNC:14929", "inhibits", "HGNC:3819") in triples(rows)
    rows = claims_of("SIRT1 (S1) is a hormone, made mostly by bone, that restrains FOXO1.",
                     lexicon=LEX)
    assert ("HGNC:14929", "inhibits", "HGNC:3819") in triples(rows)


def test_what_a_made_thing_is_made_for_is_its_own_verb():
    rows = claims_of("SIRT1 is a protein that fat makes to restrain FOXO1.", lexicon=LEX)
    assert ("HGNC:14929", "inhibits", "HGNC:3819") in triples(rows)
    rows = claims_of("SIRT1 is a signal that fat makes to limit its own growth.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:14929" and r["relation"] == "decreases"
               and "growth" in (r["object_text"] or "") for r in rows)


def test_a_second_relative_clause_joined_by_and_has_the_first_ones_head():
    rows = claims_of("SIRT1, a protein that mTOR switches on and that restrains FOXO1, rose.",
                     lexicon=LEX)
    assert ("HGNC:14929", "inhibits", "HGNC:3819") in triples(rows)
    rows = claims_of("SIRT1, a protein that mTOR turns on and that is needed to maintain FOXO1, "
                     "fell.", lexicon=LEX)
    assert ("HGNC:14929", "required_for", "HGNC:3819") in triples(rows)
    rows = claims_of("SIRT1, a hormone that fat releases when it fills and that helps keep "
                     "nerve endings healthy.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:14929" and r["relation"] == "increases" for r in rows)


def test_a_later_it_is_the_opening_it_a_sentence_defines():
    lex = {**LEX, "NAD+ recycling": ("agefacts.pathway:nad_salvage", "pathway", "NAD+ salvage")}
    for text in ("SIRT1 matters. It is the enzyme that drives NAD+ recycling in muscle, and older "
                 "volunteers had about 35% less of it than the young did.",
                 "SIRT1 matters. It's the enzyme that drives FOXO1 in muscle, and older "
                 "volunteers had about 35% less of it than the young did."):
        rows = claims_of(text, lexicon=lex)
        subjects = {r["subject_id"] for r in rows if r["relation"] == "declines_with_age"}
        assert subjects == {"HGNC:14929"}


def test_a_thing_inside_the_first_relative_clause_heads_no_second_one():
    rows = claims_of("SIRT1, a myokine that muscle releases during exercise and that recruits "
                     "FOXO1, rose.", lexicon=LEX)
    assert ("HGNC:14929", "activates", "HGNC:3819") in triples(rows)
    assert not any(r["subject_id"] == "AGEFACTS:exercise" and r["relation"] == "activates"
                   for r in rows)
