"""Session 32d fixes (headers of batches ed-ei, a gene), on made-up texts of the same shape."""

from __future__ import annotations

from datetime import date

from agefacts.ingest.header import extract_header

_BODY = [
    "Most of the walkers who joined the group last spring had not exercised in years, and",
    "several of them said so at the first meeting in the church hall on a wet Tuesday.",
]


def test_contents_bulletin_takes_the_feature_under_its_list() -> None:
    """A bulletin's masthead, issue and address lines, then "CONTENTS" and the lead story's
    capitals headline (over two lines) with its "By ..." line: the headline is the title."""
    text = "\n".join([
        "NORTHERN DIETETICS SOCIETY",
        "Members' Newsletter  |  No. 9  |  March 2027",
        "14 Harbour Road, Eastport",
        "",
        "CONTENTS",
        "  Chair's welcome ......................................... p. 1",
        "  Feature: the porridge study ............................. p. 2",
        "",
        "FROM THE CHAIR",
        "",
        "Friends, a short note this month: the spring meeting moves to the library, and the",
        "committee thanks everyone who sent in recipes for the autumn book.",
        "",
        "  Wanjiru Otieno, Chair",
        "",
        "FEATURE",
        "",
        "OATS IN THE MORNING: A SMALL TRIAL FINDS BREAKFAST HELPS",
        "OLDER CYCLISTS KEEP THEIR PACE",
        "",
        "By Morag Fenwick, Newsletter Editor",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == ("OATS IN THE MORNING: A SMALL TRIAL FINDS BREAKFAST HELPS "
                            "OLDER CYCLISTS KEEP THEIR PACE")
    assert header.byline == "Morag Fenwick"


def test_markdown_in_this_issue_takes_the_bylined_heading() -> None:
    text = "\n".join([
        "**HILLTOP CLINIC · WELLBEING NOTES**",
        "*Staff Edition · May 2027 · Upland District*",
        "",
        "---",
        "",
        "## In this issue",
        "",
        "- Our feature: a rowing study",
        "- Team news",
        "",
        "---",
        "",
        "# Rowing at sunrise: why older members of the lake club keep their grip",
        "",
        "*By Dr Ines Halvorsen, Clinic Physician*",
        "",
        *_BODY,
    ])
    assert extract_header(text).title == "Rowing at sunrise: why older members of the lake club keep their grip"


def test_text_credit_under_the_feature_after_contents() -> None:
    text = "\n".join([
        "EASTVALE GENERAL HOSPITAL",
        "Lung Clinic",
        "",
        "  BREATHE EASY",
        "  Newsletter for patients and carers",
        "  Issue No. 4  |  Winter 2027",
        "",
        "  Appointments line: +44 20 7946 0000 (weekdays)",
        "",
        "IN THIS ISSUE",
        "  1. Singing for the lungs ........................ p. 1",
        "  2. Parking and visiting ......................... p. 3",
        "",
        "SINGING FOR THE LUNGS: A CHOIR STUDY HELPS OLDER PATIENTS BREATHE",
        "",
        "Text: Dr. Lena Okafor, respiratory physician",
        "",
        *_BODY,
    ])
    assert extract_header(text).title == "SINGING FOR THE LUNGS: A CHOIR STUDY HELPS OLDER PATIENTS BREATHE"


def test_contact_lines_are_no_headline() -> None:
    """A press office's letterhead: its contact lines ("Tel: +..", "Web: www..") are furniture;
    the release's headline under its number and date is the title."""
    text = "\n".join([
        "COUNTY COUNCIL OF WESTMERE",
        "COMMUNICATIONS UNIT",
        "Tel: +99 100 200 300   Email: press@westmere.example.org",
        "Web: www.westmere.example.org",
        "",
        "PRESS RELEASE",
        "",
        "Ref: 12/2027",
        "Date: 3rd March 2027",
        "",
        "Park benches with pedal units keep older residents moving, council survey finds",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == "Park benches with pedal units keep older residents moving, council survey finds"
    assert header.published == date(2027, 3, 3)


def test_continental_postcode_line_is_an_address() -> None:
    from agefacts.ingest.header import _is_chrome

    assert _is_chrome("Jūros g. 14, LT-01234 Kaunas, Lithuania")
    assert _is_chrome("Lindenweg 3, D-12345 Musterstadt")
    assert not _is_chrome("Walking groups, not pills, keep older adults steady")


def test_distribution_stamp_dates_the_bulletin() -> None:
    text = "\n".join([
        "EXAMPLE CHIROPODY GUILD",
        "Guild Bulletin  |  No. 3  |  April 2027",
        "Circulated to fellows: Friday 9 April 2027",
        "",
        "Toe strength and balance: a guild survey of older walkers",
        "",
        "By Ada Kimani",
        "",
        *_BODY,
    ])
    assert extract_header(text).published == date(2027, 4, 9)


def _weekly_page(label: str, deck: str) -> str:
    return "\n".join([
        "THE HARBOUR LANTERN",
        "The community weekly for the coast and its villages, since 1999",
        "SATURDAY, MAY 8, 2027  |  Vol. 28, No. 19  |  FREE",
        "",
        "-" * 60,
        "OUT AND ABOUT  >  WELLBEING                               PAGE 4",
        "-" * 60,
        "",
        label,
        "",
        deck,
        "",
        "By Oren Castellano",
        "Lantern staff writer",
        "",
        *_BODY,
    ])


def test_three_word_capitals_headline_over_its_short_deck() -> None:
    """A print headline of three capitals words (a phrase: a preposition between its words)
    over a sentence-case deck of ten words and the byline: the capitals line is the title."""
    deck = "Fencing lessons sharpen reflexes in older coastal villagers, clinic study finds"
    header = extract_header(_weekly_page("SABRES FOR SENIORS", deck))
    assert header.title == "SABRES FOR SENIORS"
    assert header.byline == "Oren Castellano"


def test_three_word_section_label_stays_a_label() -> None:
    deck = "Fencing lessons sharpen reflexes in older coastal villagers, clinic study finds"
    for label in ("NEWS IN BRIEF", "TO YOUR HEALTH", "HEALTH & LIVING"):
        assert extract_header(_weekly_page(label, deck)).title == deck


def test_weekday_run_into_the_name_goes() -> None:
    """A page's byline and date spans run together with no separator: the date's weekday is
    no part of the name."""
    text = "\n".join([
        "The Example Gazette",
        "",
        "Older anglers who row to their moorings keep stronger backs, harbour survey finds",
        "",
        "Tomasz Wierzbicki-Lund Wednesday, 7 April 2027, 09:10 4 min read",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.byline == "Tomasz Wierzbicki-Lund"
    assert header.published == date(2027, 4, 7)


def test_coordinator_role_after_the_name_goes() -> None:
    from agefacts.ingest.header import _name_only

    assert _name_only("Ivo Marchetti, Staff Wellbeing Coordinator") == "Ivo Marchetti"
    assert _name_only("Ivo Marchetti, Clinic Administrator") == "Ivo Marchetti"
    assert _name_only("Ivo Marchetti, Volunteer Programme Organiser") == "Ivo Marchetti"


def _portal_page(stamp: str) -> str:
    return "\n".join([
        "[PortWire](/) · News · Health · Sport",
        "",
        "Eastport +18°C ☁ · EUR/USD 1.1020 · Monday, 3 May 2027",
        "",
        "# Kayak clubs keep older paddlers' shoulders supple, coastal college study finds",
        "",
        "*Paddlers over sixty who trained twice a week reported less pain, and the college now plans a larger trial*",
        "",
        stamp,
        "",
        *_BODY,
    ])


def test_ticker_date_gives_way_to_the_story_stamp() -> None:
    """A masthead's ticker strip (a temperature, an exchange rate, the day's date, parted by
    middle dots) dates the day; the story's own "Published" stamp below is its date."""
    page = _portal_page("By **Oskar Lind** · Published: 04.05.2027 10:15 · 💬 3 comments")
    assert extract_header(page).published == date(2027, 5, 4)


def test_ticker_date_when_the_story_has_none() -> None:
    assert extract_header(_portal_page("By **Oskar Lind**")).published == date(2027, 5, 3)


def _genes(text: str) -> list[tuple[str, str]]:
    from agefacts.extract.entities import find_mentions

    return [(m.entity.entity_id, text[m.start : m.end]) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


def test_troponin_named_with_its_muscle_type_is_that_member() -> None:
    """A troponin T, I or C with its muscle type before it is the member gene whose HGNC name
    carries the type; without a type it stays the family."""
    assert _genes("Cardiac troponin I climbed after the ultramarathon.") == [("HGNC:11947", "Cardiac troponin I")]
    assert _genes("Levels of heart troponin T fell in the rowers.") == [("HGNC:11949", "heart troponin T")]
    assert _genes("Slow skeletal troponin I leaked from the calf.") == [("HGNC:11945", "Slow skeletal troponin I")]
    assert _genes("Troponin T climbed in the cyclists.") == [("FPLX:Troponin_T", "Troponin T")]


def test_troponin_typed_in_its_appositive_is_that_member() -> None:
    text = "In the swimmers, troponin I, a signal of damage to the heart muscle, rose by a third."
    assert _genes(text) == [("HGNC:11947", "troponin I")]
    text = "Troponin T, the fast-twitch kind, leaked out of the sprinters' thighs."
    assert _genes(text) == [("HGNC:11950", "Troponin T")]
    # an appositive naming two types picks no one member
    text = "Troponin C, a calcium switch in slow and fast fibres alike, binds calcium."
    assert _genes(text) == [("FPLX:Troponin_C", "Troponin C")]
