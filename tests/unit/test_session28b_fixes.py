"""Session 28b (batches cz, da): numbers (every currency sign before an amount, a "More from
<outlet>" list of links), genes (a secreted protein's everyday name that HGNC keeps only as a
previous symbol or not at all) and headers. All texts are made up."""

from __future__ import annotations

import pytest
from quantity_rows import found, spans

from agefacts.extract.entities.mentions import find_mentions
from agefacts.ingest.header import extract_header


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text) if m.entity.kind == "gene"}


# --- numbers: currency signs ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("A pair of walking poles cost ₱820 at the market stall.", "₱820", 820.0, "PHP"),
    ("Each kit came to roughly ₩35,000 per person for the term.", "roughly ₩35,000", 35000.0, "KRW"),
    ("The programme was paid for by a ₦12-million grant from the state.", "₦12-million", 12e6, "NGN"),
    ("A month of classes costs ¥6,500 in the city.", "¥6,500", 6500.0, "JPY"),
    ("Bananas sold for about ₫4,000 each.", "about ₫4,000", 4000.0, "VND"),
    ("The trial's budget was ₺2.5 million.", "₺2.5 million", 2.5e6, "TRY"),
])
def test_every_currency_sign_before_an_amount_is_money(text, span, value, unit):
    row = _rows(text)[span]
    assert (row[1], row[4]) == (value, unit)


# --- numbers: a list of links under "More from <outlet>" ------------------------------------------

@pytest.mark.parametrize("heading", ["**MORE FROM THE DAILY HERALD**", "More from Morning Live",
                                     "### More in Health"])
def test_links_under_a_more_from_heading_are_page_furniture(heading):
    text = ("Walking 20 minutes a day lowered blood pressure by 4 points in the trial.\n\n"
            f"{heading}\n\n"
            "- [7 smoothies that keep you full until lunch](/food/smoothies)\n"
            "- [Why your knees creak after 40](/health/knees)\n")
    got = spans(text)
    assert "7 smoothies" not in got and not any("smoothies" in s for s in got)
    assert "20 minutes a day" in got or "20 minutes" in got


# --- genes: a protein's everyday name ------------------------------------------------------------

@pytest.mark.parametrize(("text", "gene"), [
    ("Blood levels of osteoprotegerin, a decoy that blocks bone breakdown, rose in the walkers.", "TNFRSF11B"),
    ("The team also measured osteonectin in the bone samples.", "SPARC"),
    ("Muscle releases musclin during exercise, the mouse work suggests.", "OSTN"),
    ("Fat tissue makes chemerin and visfatin, two signals linked to inflammation.", "RARRES2"),
    ("Fat tissue makes chemerin and visfatin, two signals linked to inflammation.", "NAMPT"),
    ("A marker of bone breakdown, TRAP5b, fell after the jumping classes.", "ACP5"),
])
def test_a_secreted_proteins_everyday_name_grounds_to_its_gene(text, gene):
    assert gene in _genes(text)
