"""Precision: tokens that are English words or common abbreviations are genes only in context."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions


def ids(text: str) -> set[str]:
    return {m.entity.entity_id for m in find_mentions(text)}


def genes(text: str) -> set[str]:
    return {m.entity.entity_id for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


@pytest.mark.parametrize(
    "text",
    [
        "A CAT scan of the thigh measured muscle size.",
        "A SET of cognitive tests completed the visit.",
        "ALL participants gave written consent.",
        "The IMPACT trial will recruit 600 adults.",
        "The team also measured cAMP in the samples.",
        "Age, sex and BMI were recorded.",
        "Dr. Ana Cat led the study. Was it worth it? Set a goal and keep going.",
        "WHAT WAS FOUND: THE SET OF RESULTS THAT CAN HELP ALL OF US",
        "The CLC method was used for the analysis.",
        "HGF and PSF files were exported from the ACF server.",
        "The MAC25 router was used to upload data.",
        "Participants reported their MAX score after a REST period.",
        "We asked: can exercise help? The answer was yes.",
    ],
)
def test_english_words_and_abbreviations_are_not_genes(text: str) -> None:
    assert genes(text) == set()


def test_ambiguous_alias_is_never_matched() -> None:
    # PSF is an alias of both IGFBP7 and SFPQ: no context can pick one.
    assert genes("PSF protein levels rose with PSF expression.") == set()


def test_short_symbol_is_a_gene_when_the_document_defines_it() -> None:
    text = "Hepatocyte growth factor (HGF) activates satellite cells. HGF rose after training."
    found = [(text[m.start : m.end], m.entity.entity_id) for m in find_mentions(text)]
    assert found.count(("HGF", "HGNC:4893")) == 2


def test_english_word_symbol_is_a_gene_after_its_full_name() -> None:
    text = (
        "Antioxidant enzymes such as catalase protect neurons.\n\n"
        "In the second experiment CAT rose after treadmill running."
    )
    assert "HGNC:1516" in {
        m.entity.entity_id for m in find_mentions(text) if text[m.start : m.end] == "CAT"
    }


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("Serum CRP fell after training.", "HGNC:2367"),  # adjacent cue
        ("TNF levels fell after training.", "HGNC:11892"),  # adjacent cue
        ("Training increased the expression of FOS in muscle.", "HGNC:3796"),  # strong cue
        ("Genes such as IL-6, IL1RN, TNF, SELE and FOS were induced.", "HGNC:11892"),  # list
        ("Genes such as IL-6, IL1RN, TNF, SELE and FOS were induced.", "HGNC:3796"),
        ("Phosphorylation of Akt doubled.", "FPLX:AKT"),
        # immunostaining says a protein is meant
        ("Fewer satellite cells were staining positive for p16INK4a, a senescence marker.",
         "HGNC:1787"),
    ],
)
def test_short_symbol_is_a_gene_in_context(text: str, entity_id: str) -> None:
    assert entity_id in genes(text)


def test_an_alias_without_support_is_not_a_gene() -> None:
    # a plain alias; one that glues a weight to a name ("p16INK4a") is distinctive on its own
    assert genes("We saw INK4a, a senescence marker, in fewer cells.") == set()


def test_context_does_not_rescue_a_vetoed_use() -> None:
    assert genes("CAT scan protein measurements were taken.") == set()


def test_document_abbreviation_overrides_the_lexicon() -> None:
    text = "Coronary artery disease (CAD) is common. CAD risk fell with fitness."
    got = [(text[m.start : m.end], m.entity.entity_id) for m in find_mentions(text)]
    assert ("CAD", "MESH:D003324") in got
    assert not any(e.startswith("HGNC:") for _, e in got)  # CAD is also a gene symbol


def test_organisation_names_are_not_conditions() -> None:
    text = "Funded by the National Institute on Aging and the American Diabetes Association."
    assert not {e for e in ids(text) if e.startswith("MESH:")}


def test_generic_condition_words_are_stopped() -> None:
    assert not ids("The disease burden is an emergency; the syndrome burns calories.") & {
        "MESH:D004194", "MESH:D013577", "MESH:D004630", "MESH:D002056",
    }


@pytest.mark.parametrize(
    "text",
    [
        'df = pl.DataFrame({"col1": [1, 2], "col 2": [3, 4]}, dtype=int8)',  # code
        "the array has 2 dimensions; get the top 2 rows and add 1",  # "has 2", "top 2", "add 1"
        "Nans are tasty.",  # capitalised word that is a symbol (NANS) in title case
    ],
)
def test_lower_case_and_capitalised_look_alikes_are_not_genes(text: str) -> None:
    assert genes(text) == set()


def test_symbols_with_a_digit_match_in_mixed_case() -> None:
    assert {"HGNC:14929", "HGNC:16007"} <= genes("Sirt1 and MuRF1 were induced in mice.")
