"""Session 36d: numbers, genes and headers of batches fr and fs (made-up texts of the same shapes
as the misses)."""
from __future__ import annotations

from datetime import date

from agefacts.extract.entities.mentions import find_mentions
from agefacts.ingest.header import _dateline_date, extract_header

_FOREIGN_BY = (
    "Inicio · Noticias · Deportes · Tienda\n\n"
    "RING SCIENCE\n\n"
    "Old ropes, new tricks: what a city's retired boxers are teaching a sports lab\n\n"
    "A university team measured former fighters' legs and lungs. Then it asked them to coach.\n\n"
    "Por Mariana Lopez Roe · Published 3 Feb 2027, 10:15 h · 6 min read\n\n"
    "Share: Facebook · X\n\n"
    "On a Thursday morning, in the gym under the old stands, the oldest boxer skips rope.\n"
)


def test_foreign_by_word_is_no_part_of_the_name() -> None:
    h = extract_header(_FOREIGN_BY)
    assert h.byline == "Mariana Lopez Roe"


def test_foreign_by_word_needs_a_person_after_it() -> None:
    h = extract_header(
        "Door Anchor and Soft Handles for Resistance Bands in a Set of Five\n\n"
        "Our best-selling set fits any door and comes with an exercise chart.\n")
    assert h.byline is None


_TICKER_LETTERHEAD = (
    "NORTHFIELD DAIRY JOINT STOCK COMPANY (HOSE: NFD)\n"
    "Newsroom  |  Press releases  |  Investors  |  Careers\n\n"
    "Home > Newsroom > Press releases > 2027\n\n"
    "PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\n"
    "Yoghurt plus evening walks kept older adults' legs stronger, a city hospital's trial finds\n\n"
    "- 12-week trial in 200 adults over 65\n"
    "- Northfield Dairy to extend its walking clubs to five provinces\n\n"
    "Northtown, March 9, 2027 – Northfield Dairy JSC (HOSE: NFD) today welcomed the publication "
    "of a randomised trial run by the city's general hospital.\n"
)


def test_listed_company_line_with_ticker_is_no_headline() -> None:
    h = extract_header(_TICKER_LETTERHEAD)
    assert h.title == ("Yoghurt plus evening walks kept older adults' legs stronger, "
                       "a city hospital's trial finds")


def test_title_case_dateline_dates_a_release() -> None:
    h = extract_header(_TICKER_LETTERHEAD)
    assert h.published == date(2027, 3, 9)


def test_title_case_dateline_needs_a_place_not_a_preposition() -> None:
    assert _dateline_date("Northtown, May 4, 2027 – The city's walkers set a record.") == date(2027, 5, 4)
    assert _dateline_date("In Northtown, May 4, 2027 – a day of rain – kept walkers home.") is None
    assert _dateline_date("Northtown, May 4, 2027 was a day of rain.") is None


_EXCHANGE_NEWS = (
    "EXCHANGE NEWS SERVICE  |  Company news  |  Search  |  Print\n\n"
    "EXH 202704020011A\n"
    "Example Health Limited - Voluntary announcement\n\n"
    "Release Date: 02/04/2027 08:00\n"
    "Code(s): EXH     ISIN: ZAE000999999\n\n"
    "EXAMPLE HEALTH LIMITED\n"
    "(Incorporated in the Republic of Example)\n"
    "(Registration number: 2001/000001/06)\n"
    "Share code: EXH\n"
    "ISIN: ZAE000999999\n"
    "(\"Example Health\" or \"the Company\")\n\n"
    "VOLUNTARY ANNOUNCEMENT\n\n"
    "RESULTS OF THE FIRM-STEP TRIAL OF A PROTEIN DRINK IN OLDER ADULTS\n\n"
    "1. INTRODUCTION\n\n"
    "Shareholders should refer to the notice published on 1 May 2025, in which the Company "
    "advised that enrolment had begun.\n"
)


def test_exchange_listing_line_gives_way_to_the_announcement_headline() -> None:
    h = extract_header(_EXCHANGE_NEWS)
    assert h.title == "RESULTS OF THE FIRM-STEP TRIAL OF A PROTEIN DRINK IN OLDER ADULTS"


def test_company_name_over_a_story_stays_when_not_listed() -> None:
    h = extract_header(
        "Example Walking Company announces new routes for older members\n\n"
        "By Jane Roe\n\n"
        "The walking company said on Monday that it would add three routes this summer.\n")
    assert h.title == "Example Walking Company announces new routes for older members"


def _genes(text: str) -> list[str]:
    return [m.entity.label for m in find_mentions(text)]


def test_full_s6_kinase_name_is_its_gene() -> None:
    assert _genes("Training raised phosphorylation of ribosomal protein S6 kinase 1 in the thigh.") == ["RPS6KB1"]
    assert "RPS6KB1" in _genes("The drink activated ribosomal protein S6 kinase beta-1 after a meal.")


def test_english_symbol_in_a_capitals_phrase_opening_a_heading_is_no_gene() -> None:
    assert "KIT" not in _genes("THE TEST KIT: what the spit samples told us about genes\n\nMost sent one back.\n")


def test_symbol_in_a_short_capitals_run_still_counts_with_its_cue() -> None:
    assert _genes("Mutations in the KIT gene were rare among the rowers.") == ["KIT"]


def test_child_speaker_age_after_a_verb_of_speech_and_full_name() -> None:
    from agefacts.extract.quantities import scan_quantities
    got = [(q.value, q.unit) for q in scan_quantities('"Grandma beat me again," says Ola Roe, 11, from Northtown.')]
    assert (11.0, "years") in got


def test_small_number_after_a_bare_surname_is_no_age() -> None:
    from agefacts.extract.quantities import scan_quantities
    got = [(q.value, q.unit) for q in scan_quantities("Group Roe, 12, from the list, was dropped.")]
    assert (12.0, "years") not in got
