"""Session 25, third blind pair (batches cd, ce): numbers and header failure classes, tested
with made-up texts."""

from __future__ import annotations

import datetime as dt

import pytest

from agefacts.extract.quantities import scan_quantities
from agefacts.ingest.header import extract_header


def _spans(text: str) -> dict[str, tuple]:
    return {text[q.start : q.end]: (q.value, q.low, q.high, q.unit, q.measure) for q in scan_quantities(text)}


_AGEING = "Ageing muscles lose power. "


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span", [
    ("“Sleep is cheap, and after 60 that counts,” says the coach.", "after 60"),
    ("Past 70 this is normal, the nurse said.", "Past 70"),
    ("After 55 that's when balance goes.", "After 55"),
])
def test_an_age_after_a_strong_cue_before_a_demonstrative_subject(text: str, span: str) -> None:
    found = _spans(_AGEING + text)
    assert found[span][0] in (55.0, 60.0, 70.0) and found[span][3:] == ("years", "age")


def test_a_demonstrative_before_a_noun_keeps_the_number_unread() -> None:
    found = _spans(_AGEING + "Recovery slows after 50 this process takes longer.")
    assert not any(v[4] == "age" for v in found.values())


def test_a_value_put_instead_of_an_earlier_one_takes_its_unit() -> None:
    found = _spans("Plan on 36 to 60 hours of recovery now, rather than the 12 to 24 you took at 25.")
    assert found["12 to 24"][1:4] == (12.0, 24.0, "hours")
    found = _spans("Take 10 mg a day instead of 5.")
    assert found["5"][3] == found["10 mg a day"][3]


def test_instead_of_across_a_sentence_or_before_a_noun_takes_no_unit() -> None:
    assert "2" not in _spans("We walked 3 miles. Instead of 2, they ran.")
    assert _spans("She did 40 minutes rather than the 2 sets.")["2 sets"][3] == "sets"


@pytest.mark.parametrize("text, span, value", [
    ("Presses: 3 x 8, halting 3 shy of failure.", "3 shy", 3.0),
    ("End every set 3 short of muscular failure.", "3 short", 3.0),
])
def test_a_number_shy_of_failure_is_repetitions_in_reserve(text: str, span: str, value: float) -> None:
    assert _spans(text)[span][0::3] == (value, "repetitions")


def test_a_number_short_of_something_else_is_unread() -> None:
    assert "3 short" not in _spans("He finished 3 short of the record.")


@pytest.mark.parametrize("text, span, unit", [
    ("Runners were drawn from six U.S. clubs.", "six U.S. clubs", "clubs"),
    ("The trial ran in 12 U.K. clinics.", "12 U.K. clinics", "clinics"),
])
def test_a_dotted_place_abbreviation_modifies_the_counted_noun(text: str, span: str, unit: str) -> None:
    assert _spans(text)[span][3] == unit


@pytest.mark.parametrize("text", ["Warming up is just half the job.", "Sleep is half the solution."])
def test_half_in_an_idiom_is_no_share(text: str) -> None:
    assert not any(k.startswith("half") for k in _spans(text))


def test_half_of_a_plan_is_still_a_share() -> None:
    assert _spans("Do half the sets on Friday.")["half"][3] == "fraction"


# --- headers -------------------------------------------------------------------------------


def test_glued_skip_links_are_page_controls_not_the_headline() -> None:
    page = ("Skip to main contentSkip to navigation\nFitness\nStrength\n\nWhy Older Rowers Keep Their Legs Strong\n\n"
            "Retirees who row twice a week kept more leg power than those who walked, a small trial found.\n\n"
            "Share full article\n\nBy Ada Linden\n\nRowing into your eighties is common now.\n")
    assert extract_header(page).title == "Why Older Rowers Keep Their Legs Strong"


def test_a_published_date_glued_to_an_update_stamp_is_the_publication() -> None:
    page = ("Calf Raises for Better Balance\n\nBy Ada Linden\nPublished May 4, 2026Updated May 6, 2026, 8:45 a.m.\n\n"
            "A short routine can steady older walkers, a new trial suggests.\n")
    assert extract_header(page).published == dt.date(2026, 5, 4)


def test_a_short_site_label_over_the_headline_is_no_title() -> None:
    page = ("Example Health News\n\nDaily Walks Linked to Keener Recall in Retirees\n\nWritten by Ada Linden\n\n"
            "Retirees who walked daily kept sharper memories over two years, a new study reports.\n")
    assert extract_header(page).title == "Daily Walks Linked to Keener Recall in Retirees"


def test_a_deck_under_the_headline_is_no_title() -> None:
    page = ("Lakeside College | Newsroom\nHome > News > Science\n\nResearch\n\n"
            "Stretch hormone helps old tendons heal, Lakeside team reports\n\n"
            "Rodent and patient samples suggest a protein released during exercise speeds repair of aged tissue\n\n"
            "June 9, 2026\nBy Ada Linden\n\nA protein released by moving muscle may help older tendons heal.\n")
    assert extract_header(page).title == "Stretch hormone helps old tendons heal, Lakeside team reports"


def test_a_short_headline_over_its_deck_stays_the_title() -> None:
    page = ("Old Hands, New Tricks\n\nIn a small gym by the sea, retired fishermen are learning to lift and"
            " finding that their grip comes back faster than expected\n\nBy Ada Linden\n\n"
            "The first thing you notice is the noise of the sea outside the gym door.\n")
    assert extract_header(page).title == "Old Hands, New Tricks"


def test_writers_linked_to_their_profile_pages_are_the_byline() -> None:
    page = ("# How stretching changes ageing tendons\n\n**Published:** June 2, 2026\n\n"
            "[Ada Linden](https://news.example.org/profiles/ada-linden), *Lakeside College*\n"
            "[Bo Varga](https://news.example.org/profiles/bo-varga-12), *Harbour University*\n\n"
            "Tendons stiffen as we grow old, yet steady loading keeps them springy.\n")
    assert extract_header(page).byline == "Ada Linden, Bo Varga"


def test_a_date_alone_before_a_dash_opening_the_story_is_the_publication() -> None:
    page = ("Balance Classes Cut Tumbles in Seniors\n\nWritten by Ada Linden\n"
            "Medically Reviewed by Bo Varga, MD on June 10, 2026\n\n"
            "June 8, 2026 -- Weekly balance classes cut tumbles among seniors by a third, a trial finds.\n")
    assert extract_header(page).published == dt.date(2026, 6, 8)
