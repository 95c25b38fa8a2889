"""An abbreviation the document defines as ordinary words is not the gene sharing its symbol.

Found on the held-out batches k and l: "MET" as metabolic equivalents and "SET" as a trial arm
(supervised exercise training) were grounded to the genes MET and SET.
"""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions
from agefacts.extract.entities.definitions import spells


def genes(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions(text):
        if m.entity.kind in ("gene", "family"):
            out.setdefault(text[m.start : m.end], set()).add(m.entity.label)
    return out


@pytest.mark.parametrize(
    ("abbr", "phrase", "expected"),
    [
        ("SET", "supervised exercise training", True),
        ("MET", "metabolic equivalent", True),  # letters in order, the first at a word start
        ("CON", "usual care", False),
        ("SET", "sessions of exercise", False),  # no T
        ("MET", "Met", False),  # a long form is longer than its abbreviation
    ],
)
def test_a_long_form_spells_its_abbreviation(abbr: str, phrase: str, expected: bool) -> None:
    assert spells(abbr, phrase) is expected


@pytest.mark.parametrize(
    "text",
    [
        # long form (ABBR), then the abbreviation alone next to a gene cue word
        "Participants did supervised exercise training (SET). SET raised protein intake.",
        # ABBR = long form, in a slide's bullet list; used before it is defined
        "• n = 40 → SET n=20 | CON n=20\n• SET = Supervised Exercise Training: 3×/wk",
        # ABBR (long form)
        "A MET (metabolic equivalent) measures effort; expressed as 600 MET-minutes weekly.",
        "Walking briskly is 4 METs. One MET: metabolic equivalent of task, expressed per kg.",
    ],
)
def test_an_abbreviation_defined_as_ordinary_words_is_not_a_gene(text: str) -> None:
    assert genes(text) == {}


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        # the long form is the gene's name, or holds a molecule, a gene word or a technical term
        ("Catalase (CAT) activity rose, and CAT protein doubled.", "CAT", "CAT"),
        ("The SET nuclear proto-oncogene (SET) was expressed in muscle.", "SET", "SET"),
        ("MET (hepatocyte growth factor receptor) expression rose.", "MET", "MET"),
        ("MET (the receptor for HGF) expression rose.", "MET", "MET"),
        # a symbol with one capital ("Nrf2") is not read as an acronym of its expansion
        ("Nrf2 (nuclear factor erythroid 2-related factor 2) protein rose.", "Nrf2", "NFE2L2"),
    ],
)
def test_an_abbreviation_defined_as_the_molecule_stays_a_gene(
    text: str, surface: str, label: str
) -> None:
    assert label in genes(text)[surface]


def test_a_gene_symbol_without_a_definition_still_needs_only_context() -> None:
    assert genes("SET expression rose in myoblasts.") == {"SET": {"SET"}}


# Found on held-out batch m: an acronym defined only in the plural, with a long form of
# technical but non-molecular words, still grounded to the gene sharing its symbol.
@pytest.mark.parametrize(
    "text",
    [
        # plural definition, singular use later; the long form is rare, hyphenated words
        "Mesenchymal stromal progenitors (MSPs) expand with age, and MSP numbers rose.",
        "We sorted fibro-adipogenic progenitors (FAPs). The FAP pool shrank after training.",
        "Satellite-cell niches (SCNs) were imaged; SCN size fell with age.",
    ],
)
def test_an_acronym_defined_in_the_plural_as_a_cell_type_is_not_a_gene(text: str) -> None:
    assert genes(text) == {}


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        # a rare word shaped like a molecule's name keeps the gene
        ("Osteoprotegerin (OPG) levels rose; OPG protein doubled.", "OPG", "TNFRSF11B"),
        # the plural names the family; its members stay genes when defined as molecules
        ("Matrix metalloproteinases (MMPs) rose; MMP2 expression doubled.", "MMP2", "MMP2"),
    ],
)
def test_an_acronym_defined_as_a_molecule_stays_a_gene(
    text: str, surface: str, label: str
) -> None:
    assert label in genes(text)[surface]
