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



# --- numbers: a hard-wrapped column of print ---------------------------------------------------

def test_a_count_whose_noun_is_on_the_next_line_of_a_column():
    text = ("The trial, run by nurses at a county hospital with volunteers from three parish\n"
            "youth sports clubs, is reported this month in a journal.\n")
    assert any(s.startswith("three parish") for s in spans(text))


def test_a_number_opening_the_next_line_of_a_column_is_read_on():
    text = ("Volunteers in the study, 150 in all, were randomly split into three arms of\n"
            "50: one swam, one cycled and one did nothing.\n")
    assert "50" in spans(text)


def test_a_numbered_list_under_a_line_is_not_read_on():
    text = "The leaflet gives the steps you should follow when you get home\n1. Rest for a day\n"
    assert "1" not in spans(text)


def test_counts_listed_group_by_group_after_a_comma():
    text = ("Injuries over the year were reported by 5 people in the swimming group, 8 in the "
            "rowing group and 12 in the control group.")
    rows = _rows(text)
    assert rows["8"][4] == "people" and rows["12"][4] == "people"


def test_a_count_with_three_modifiers_before_its_plural_noun():
    assert "six rural primary care clinics" in spans("Nurses from six rural primary care clinics ran the classes.")


# --- numbers: a person's age after a nickname in quotes ------------------------------------------

def test_an_age_after_a_name_with_a_nickname_in_quotes():
    text = ('"I sleep better now," says Margaret "Peggy" Olsen, 76, a retired librarian who '
            'swims three mornings a week.')
    assert _rows(text)["76"][4] == "years"


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


# --- headers -------------------------------------------------------------------------------------

def test_a_print_export_headline_under_the_papers_edition_line_and_an_export_note():
    text = ("THE MORNING EXAMPLE — Digital Edition\n"
            "Monday, March 2, 2026 | City Edition | Page B4: SCIENCE\n"
            "Plain text version generated by PageReader 2.1 - layout and images may differ from the printed page.\n"
            "==========================================\n\n"
            "SCIENCE\n\n"
            "Brisk walks or yoga? Both ease\n"
            "stiff joints in retirees, study finds\n\n"
            "Clinic trial points to less pain after eight weeks of classes\n\n"
            "By Jane Roe-Example\n\n"
            "A trial of 120 retirees has found that both brisk walks and gentle\n"
            "yoga eased the stiffness of their knees.\n")
    h = extract_header(text)
    assert h.title == "Brisk walks or yoga? Both ease stiff joints in retirees, study finds"


def test_a_wiki_news_page_headline_under_the_sites_slogan_and_menus():
    text = ("Examplepedia News\n"
            "News anyone can check and share!\n"
            "Main Page | Latest news | Health | Science | Sports | Random article\n"
            "Create account   Log in\n"
            "Article | Discussion   Read | Edit | View history\n\n"
            "Dutch study finds cycling to work eases back pain in older commuters\n\n"
            "Monday, March 9, 2026\n\n"
            "On Friday, researchers in Utrecht reported that older adults who cycled to work had less back pain "
            "than those who drove, in a trial of 240 commuters over one winter.\n")
    h = extract_header(text)
    assert h.title == "Dutch study finds cycling to work eases back pain in older commuters"
