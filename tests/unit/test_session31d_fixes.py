"""Session 31 (batches dx, dy): numbers and headers. Numbers: an ISO code that is also an English
word spaced before money, a change "from about X to about Y <unit>", "and one <verb>" behind a
bracketed aside, "N of them" in a clause joined by ", and", "N others" after a count of people.
Headers: a search box's placeholder, a meta row "<date> <time> <Name> Views: N", a printed
paper's folio line with an issue number and a cover price, a masthead naming the bulletin over
its issue line, a doctor's practice after the name. All texts are made up."""

from __future__ import annotations

from datetime import date

from agefacts.extract.quantities import scan_quantities
from agefacts.ingest.header import extract_header


def _spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def _found(text: str, span: str) -> bool:
    """Whether a quantity overlaps ``span``'s first occurrence."""
    a = text.index(span)
    b = a + len(span)
    return any(q.start < b and a < q.end for q in scan_quantities(text))


# -- numbers -----------------------------------------------------------------------------------

def test_an_iso_code_that_is_a_word_spaced_before_money():
    text = "The pilot was funded with PEN 95,000 from a regional health fund."
    assert "PEN 95,000" in _spans(text)
    text = "The club paid TRY 2,400 for new mats last spring."
    assert "TRY 2,400" in _spans(text)


def test_an_iso_word_code_without_money_stays_out():
    assert not any(s.startswith("TOP") for s in _spans("The TOP 100 hits of the year were played."))
    assert "2,000 patients" in _spans("Letters went to ALL 2,000 patients in the district.")


def test_a_change_with_about_at_both_ends_shares_the_unit():
    text = "Their walking went from about 2,800 to about 6,300 steps a day over the spring."
    assert _found(text, "2,800")
    q = next(q for q in scan_quantities(text) if text[q.start : q.end].endswith("2,800"))
    assert q.unit == "steps/day"


def test_a_falling_change_with_about_at_both_ends():
    text = "Average weight fell from about 92 to about 86 kg."
    assert _found(text, "92")


def test_about_at_both_ends_of_a_plain_range_is_unchanged():
    assert _spans("Ages ran from about 55 to about 75 years.") == ["about 75 years"]


def test_one_person_after_a_bracketed_aside():
    text = ("Five volunteers had small injuries (three blistered palms, a bruised shin and a stiff neck), "
            "and one moved away in March.")
    assert _found(text, "one moved")


def test_a_bracketed_aside_with_no_count_of_people_before_it():
    text = "The boats had small leaks (three in the hull), and one sank in the harbour."
    assert not _found(text, "one sank")


def test_n_of_them_in_a_clause_joined_by_and():
    text = ("During the spring, the swimmers had fewer chest infections, with a rate ratio of 0.55, "
            "and 17 of them said they now swam at weekends as well.")
    assert _found(text, "17 of them")


def test_n_of_them_after_things_stays_out():
    text = "The nurses checked the samples, and 12 of them failed."
    assert not _found(text, "12 of them")
    text = "The team weighed 30 parcels, and 12 of them reported damage."
    assert not _found(text, "12 of them")


def test_n_others_after_a_count_of_people():
    text = "Four walkers left because of back pain and three others because they changed jobs."
    assert _found(text, "three others")
    q = next(q for q in scan_quantities(text) if text[q.start : q.end] == "three others")
    assert q.measure == "count"


def test_n_others_after_things_stays_out():
    assert not _found("We tested 12 markers and 3 others.", "3 others")


# -- headers -----------------------------------------------------------------------------------

def test_a_search_placeholder_does_not_end_the_page_top():
    text = ("EWSC - Eastshire Water Sports Club | Eastshire Water Sports Club\nEN | FR\n\n"
            "Home   About   News   Events   Contacts\n\nSearch...\n\nNEWS > HEALTH\n\n"
            "03.05.2026 | 09:40     Views: 812\n\n"
            "Retired canoeists keep strong backs into their eighties, club survey shows\n\n"
            "Text: Mariam Tolstaya | Photo: Omar Velez\n\n"
            "Members who paddled for the county in their youth have stronger backs than their neighbours, "
            "according to a survey of 300 retired athletes published this spring.\n")
    assert extract_header(text).title == \
        "Retired canoeists keep strong backs into their eighties, club survey shows"


def test_a_meta_row_with_date_time_name_and_views():
    text = ("Home » Health\n\nOld sailors who row weekly keep steadier balance, harbour study finds\n\n"
            "04.05.2026 10:15 Nino Beridze Views: 2 047\n\n"
            "Eastport, 4 May – Older sailors who row twice a week kept their balance better, "
            "a harbour clinic study found this spring.\n")
    h = extract_header(text)
    assert h.byline == "Nino Beridze"
    assert h.published == date(2026, 5, 4)


def test_a_printed_papers_folio_line_with_issue_number_and_price():
    text = ("THE EASTPORT GAZETTE\nThe Harbour's Weekly Paper  ·  Founded 1901\n"
            "Wednesday, 23 September 2026          No. 3,118          Price £1.20\n"
            "------------------------------------------------------------\n\n"
            "HARBOUR ROWERS STAY STRONG INTO THEIR NINETIES\n\n"
            "A winter of rowing kept the oldest club members steady on their feet\n\n"
            "By TOMAS HALE\n\n"
            "WHEN the first boat went out in October, nobody expected the oldest rowers to keep it up.\n")
    assert extract_header(text).published == date(2026, 9, 23)


def test_a_masthead_naming_the_bulletin_over_its_issue_line():
    text = ("# The Eastdale Bulletin\n"
            "**Eastdale Village Council** · Issue 12 · Spring 2026 · Published 2 April 2026\n\n"
            "## From the Chair\n\nWelcome to the spring Bulletin. The new benches are in.\n\n"
            "## Health Matters\n\n### Gardening keeps older hearts healthy, county study finds\n"
            "*By Dr Ruth Okafor, GP, Eastdale Medical Practice*\n\n"
            "Most of you will have noticed the allotments busier than ever this year.\n")
    h = extract_header(text)
    assert h.title == "Gardening keeps older hearts healthy, county study finds"
    assert h.byline == "Dr Ruth Okafor"
