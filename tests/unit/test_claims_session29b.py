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
