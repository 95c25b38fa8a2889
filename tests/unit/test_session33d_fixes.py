"""Session 33d fixes (headers of batches ep–es), on made-up texts of the same shape."""

from __future__ import annotations

from agefacts.ingest.header import extract_header

_PARAGRAPH = [
    "Most of the members who walk with us on Saturdays are over sixty, and several of them",
    "have done so for twenty years. This year we asked the hospital what all that walking does",
    "to the heart and the legs, and the answers are printed further on in these pages.",
]


def test_printed_programme_contents_list_leads_to_the_bylined_feature() -> None:
    """An event's souvenir programme (pdftotext): its name, a date and place line, a price
    line, then "INSIDE THIS PROGRAMME" with dotted page entries, a welcome, a timetable, and a
    science section whose capitals headline has its "By" line under it, past the header window:
    that headline is the title and its writer the byline, not the place line."""
    text = "\n".join([
        "NORTHFIELD HILL RELAY 2027",
        "OFFICIAL PROGRAMME",
        "",
        "Race Day Edition | Saturday 5 June 2027",
        "Harbour Green, Northfield",
        "",
        "Price 2 pounds - free to every registered runner",
        "",
        "                                                                    2",
        "INSIDE THIS PROGRAMME",
        "",
        "A word from the organisers ............................... 3",
        "Timetable ................................................. 4",
        "HEALTH PAGE: Strong legs at seventy ....................... 6",
        "",
        "                                                                    3",
        "A WORD FROM THE ORGANISERS",
        "",
        *_PARAGRAPH,
        "",
        "Mrs Jane Example",
        "Chair, Northfield Hill Runners",
        "",
        "                                                                    4",
        "TIMETABLE",
        "",
        *[f"{9 + k}:00   Wave {k + 1} starts from the harbour steps" for k in range(12)],
        "",
        "                                                                    6",
        "HEALTH PAGE",
        "",
        "STRONG LEGS AT SEVENTY: WHAT THE HILL DOES FOR OLDER RELAY RUNNERS",
        "",
        "By Dr. Alma Testperson",
        "",
        *_PARAGRAPH,
    ])
    header = extract_header(text)
    assert header.title == "STRONG LEGS AT SEVENTY: WHAT THE HILL DOES FOR OLDER RELAY RUNNERS"
    assert header.byline == "Dr. Alma Testperson"


def test_minutes_under_a_clubs_name_heading() -> None:
    """A club's meeting minutes in Markdown: "# <CLUB'S NAME>" with its tagline and a rule,
    then "## Minutes of the ... Meeting" over a table of fields, one the minute-taker's: the
    minutes' heading is the title and the minute-taker the byline (the chair is no writer)."""
    text = "\n".join([
        "# EASTBY OLD RUNNERS' ASSOCIATION",
        "",
        "*Founded 1987* · Member of the County Athletics Federation",
        "",
        "---",
        "",
        "## Minutes of the 31st Annual General Meeting",
        "",
        "| | |",
        "|---|---|",
        "| **Date** | Sunday, 7 March 2027 |",
        "| **Venue** | The club hut, Mill Lane |",
        "| **Chair** | Peter Sample, President |",
        "| **Minutes recorded by** | Olga Placeholder, Secretary |",
        "",
        "### Item 1 – Opening",
        "",
        " ".join(_PARAGRAPH),
    ])
    header = extract_header(text)
    assert header.title == "Minutes of the 31st Annual General Meeting"
    assert header.byline == "Olga Placeholder"


def test_minute_taker_field_on_its_own_line() -> None:
    """A plain minute-taker's field ("Minute-taker: <Name>") names the minutes' writer."""
    text = "\n".join([
        "Minutes of the Committee Meeting of the Westside Walking Club",
        "Date: 12 January 2027",
        "Present: eight members",
        "Minute-taker: Rosa Madeup",
        "",
        " ".join(_PARAGRAPH),
    ])
    assert extract_header(text).byline == "Rosa Madeup"


def test_broadcast_script_takes_the_lead_items_headline_field_and_reporter() -> None:
    """A station's news script as broadcast: station and service lines, a translation note,
    date and crew fields, the newsreader's opening, then items framed by rules, each with its
    slug line ("ITEM 1 | SLUG: ... | REPORTER: <Name>") and "WEB HEADLINE: ...": the lead
    item's headline is the title and its reporter the byline (the newsreader reads, not writes)."""
    text = "\n".join([
        "RADIO EXAMPLE 101.1 FM | PORTVILLE",
        "MORNING NEWS - SCRIPT AS READ",
        "Translated from the island-language bulletin \"Morning Wave\"",
        "",
        "Date:        Friday, 2 April 2027",
        "Newsreader:  Tomas Sample",
        "Duty editor: Lia Madeup",
        "",
        "Scripts are posted on the station's website for listeners abroad and for listeners who",
        "cannot hear the broadcast; the recordings can be asked for from the newsroom.",
        "=" * 60,
        "",
        "NEWSREADER:",
        "Good morning. This is the news from Radio Example. In the news today:",
        "- Older fishers on the east coast keep strong hands, a study finds.",
        "",
        "-" * 60,
        "ITEM 1 | SLUG: EAST-FISHERS-HANDS | REPORTER: Nico Placeholder",
        "DUR: 2'40\"",
        "WEB HEADLINE: Nets and oars keep the east coast's older fishers strong, clinic finds",
        "-" * 60,
        "",
        *_PARAGRAPH,
    ])
    header = extract_header(text)
    assert header.title == "Nets and oars keep the east coast's older fishers strong, clinic finds"
    assert header.byline == "Nico Placeholder"


def test_government_banner_is_no_byline() -> None:
    """A ministry site's top banner names the government in the country's language and in
    English, with a language switch ("Gobierno de <Country> · Government of <Country> · ES |
    EN"; "Pemerintah <Province>"): an institution, not the speech's writer; the page names no writer."""
    text = "\n".join([
        "Pemerintah Examplia Raya · Government of Examplia Raya · ID | EN · Helpline 555",
        "",
        "Home · About Us · Services · Media · Contact Us",
        "",
        "Speech by the Minister of Sport at the Opening of the Seniors' Walking Season",
        "",
        "Posted on Monday, 1 March 2027 · Media Centre",
        "",
        *_PARAGRAPH,
    ])
    header = extract_header(text, html_title="Speech by the Minister of Sport at the Opening of the "
                                             "Seniors' Walking Season | Ministry of Sport")
    assert header.byline is None


def test_two_word_document_credit_is_the_pages_byline() -> None:
    """A tour company's trip page: its headline, a facts row, then "Trip notes by <Name>,
    <role> · Updated <date>"; a section further down has its guest's "By our guest ..." line:
    the trip notes' writer is the page's author."""
    text = "\n".join([
        "# Lakes and Larches: a slow walking week in the Example Alps",
        "",
        "**6 nights · Guided small group · Grade 2 of 5 · From £1,295 per person**",
        "",
        "*Trip notes by Harriet Madeup, Alps specialist · Updated 2 February 2027*",
        "",
        "## Overview",
        "",
        " ".join(_PARAGRAPH),
        "",
        "## The science behind the trip",
        "",
        "*By our guest speaker, Dr. Karl Fictional, Example University*",
        "",
        " ".join(_PARAGRAPH),
    ])
    header = extract_header(text)
    assert header.byline == "Harriet Madeup"
