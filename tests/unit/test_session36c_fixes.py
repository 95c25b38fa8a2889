"""Session 36c: numbers, a gene and headers of batches fp and fq (made-up texts of the same shapes
as the misses)."""
from __future__ import annotations

from agefacts.ingest.header import extract_header

_INTERVIEW = (
    "THE EXAMPLE HERALD\n"
    "Riverton's paper since 1902\n\n"
    "News   Sport   Business   Opinion   Lifestyle   Farming\n\n"
    "Weather: Riverton 11°C, rain clearing by the afternoon, highs of 14°C\n\n"
    "Lifestyle > Health > Wellbeing\n\n"
    "KEEPING ACTIVE\n\n"
    "Jane Roe: 'At 80 I swim further than my grandchildren, and the lab says so'\n\n"
    "The retired librarian swims in the bay four mornings a week and took part in a study of older swimmers\n\n"
    "Interview: Ann Poe\n\n"
    "Mon, 4 May, 2026 - 07:00\n\n"
    "Jane Roe is 80 and lives by the harbour. She took up swimming after she retired.\n"
)


def test_interview_credit_names_the_writer_and_marks_the_headline() -> None:
    h = extract_header(_INTERVIEW)
    assert h.byline == "Ann Poe"
    assert h.title == "Jane Roe: 'At 80 I swim further than my grandchildren, and the lab says so'"


_PAYWALL_BANNER = (
    "[Example Post](/) · [News](/news) · [Sport](/sport) · **English** · [Log in](/login)\n\n"
    "**Example Post+ for 1 euro the first month. [Subscribe](/plus)**\n\n"
    "Riverton 3°C, light rain · Sunrise 08:12\n\n"
    "*Consumer › TESTED*\n\n"
    "# We tested six protein powders. Then we asked the researchers what older muscles need\n\n"
    "**A new trial suggests the tubs are mostly marketing, but the exercise is not.**\n\n"
    "Text: Jane Roe · Photo: Sam Poe\n"
    "Published: 03.02.2026 06:00\n\n"
    "In the cold weeks of the year the shops sell protein faster than they can restock the racks.\n"
)


def test_text_credit_under_a_heading_beats_a_subscription_banner_above_it() -> None:
    h = extract_header(_PAYWALL_BANNER)
    assert h.title == "We tested six protein powders. Then we asked the researchers what older muscles need"
    assert h.byline == "Jane Roe"


def test_interview_label_with_no_name_is_no_byline() -> None:
    h = extract_header("Example Weekly\n\n# Rowing at any age\n\nInterview: the founder of a club, p. 4\n\n"
                       "By Jane Roe\n\nOlder rowers were tested at the club.\n")
    assert h.byline == "Jane Roe"


def _genes(text: str) -> list[tuple[str, str]]:
    from agefacts.extract.entities import find_mentions
    return [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)]


def test_symbol_after_the_genes_own_name_less_its_number_is_the_gene() -> None:
    text = "In the old rowers the fibres carried astrotactin (ASTN), the study said. Later ASTN fell."
    assert _genes(text) == [("ASTN", "ASTN1"), ("ASTN", "ASTN1")]
    text = "Few fibres carried adhesion molecule with Ig like domain (AMIGO) after the race."
    assert ("AMIGO", "AMIGO1") in _genes(text)


def test_spelled_out_symbol_keeps_the_veto_elsewhere() -> None:
    text = "The fibres carried astrotactin (ASTN) after the race. Each rower then had an ASTN scan."
    assert _genes(text) == [("ASTN", "ASTN1")]


def test_symbol_after_ordinary_words_stays_defined_otherwise() -> None:
    assert _genes("The club ran a supervised exercise training (SET) class; SET was popular.") == [
        ("exercise training", "Exercise")]


def _numbers(text: str) -> list[tuple[str, str | None]]:
    from agefacts.extract.quantities import scan_quantities
    return [(text[q.start : q.end], q.measure) for q in scan_quantities(text)]


_AGEING = "Older adults lose muscle with ageing. "


def test_named_person_after_sentence_opening_at_age_comma() -> None:
    assert ("91", "age") in _numbers(_AGEING + "The scan was clean. At 91, Halvorsen's own grip was 30 kg.")


def test_person_of_age_before_a_verb() -> None:
    assert ("71", "age") in _numbers(_AGEING + "On my first day a woman of 71 helped me into the boat.")
    assert ("80 kg", "age") not in _numbers(_AGEING + "A man of 80 kg lifted the bar.")


def test_at_age_then_i_after_the_speakers_own_clause() -> None:
    assert ("58", "age") in _numbers(_AGEING + "When I joined the choir at 58 I was sure they would laugh.")


def test_quoted_at_age_then_im() -> None:
    assert ("80", "age") in _numbers("Jane Roe: 'At 80 I'm quicker than my grandson'")


def test_over_60s_makes_an_article_about_later_life() -> None:
    assert ("74", "age") in _numbers("Classes for the over-60s run at the hall. Ann Poe is 74 and swims daily.")
