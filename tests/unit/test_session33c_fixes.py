"""Session 33c fixes (headers of batches el–eo), on made-up texts of the same shape."""

from __future__ import annotations

from datetime import date

from agefacts.ingest.header import extract_header

_BODY = [
    "The member said that a number of elderly growers in the district had stopped walking to the market",
    "since the bridge was closed, and that their families worried about falls at home.",
]


def test_question_record_takes_the_subject_heading_not_the_house_or_the_asker() -> None:
    """A parliament's question record: the House's name and office, the sitting and its date
    after the weekday with a calendar note, the question's label, its subject over two lines,
    then "Asked by" / "Answered by": the subject is the title, nobody is the author."""
    text = "\n".join([
        "LEGISLATIVE COUNCIL OF NORTHMARK",
        "Riksting Hall | Clerk's Office, Old Castle Road, Eastby",
        "",
        "RECORD OF ORAL QUESTIONS",
        "",
        "Second Session of the Ninth Council",
        "Sitting No. 7",
        "Tuesday, 3rd March 2027, corresponding to the 14th Day of the 2nd",
        "Month of the Harvest Calendar",
        "",
        "-----------------------------------------------------------",
        "QUESTION NO. 12 (MINISTRY OF SOCIAL AFFAIRS)",
        "",
        "Walking groups for older residents of the river valley after the",
        "closure of the old bridge",
        "-----------------------------------------------------------",
        "",
        "Asked by: Hon. Maren Solberg, Member for Westfjord",
        "Answered by: Hon. Per Aaland, Minister for Social Affairs",
        "",
        "1. QUESTION",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == ("Walking groups for older residents of the river valley after the "
                            "closure of the old bridge")
    assert header.byline is None
    assert header.published == date(2027, 3, 3)


def test_desk_run_into_its_date_stamp_dates_the_page() -> None:
    """A page's meta row where a desk is credited, its name, a short weekday, the date and time
    and an update stamp run together: the first date is the page's; the desk is no author."""
    text = "\n".join([
        "Example Valley Herald",
        "Partner Content / Wellbeing",
        "Older walkers in the hill district regain their balance in a new hospital class",
        "A twelve-week programme run with a local clinic reports fewer falls among its members.",
        "Partner Desk Mon Mar 8, 2027 09:30 AM Last update on: Mon Mar 8, 2027 12:10 PM",
        *_BODY,
    ])
    header = extract_header(text, html_title="Older walkers in the hill district regain their balance "
                            "in a new hospital class | Example Valley Herald")
    assert header.published == date(2027, 3, 8)
    assert header.byline is None


def test_framed_sections_daily_takes_the_bylined_feature() -> None:
    """A ship's daily programme: a masthead framed by rules, the voyage line, the day's date and
    weather, then sections whose capitals labels are framed by rules (a greeting, the day's
    programme, a recap); the recap's capitals headline over two lines with its "By" line is the
    title, its writer the byline."""
    rule = "-" * 60
    text = "\n".join([
        "=" * 60,
        "M/S NORTHERN PETREL                          THE MORNING PETREL",
        "Cruise NP1102 · \"Fjords of the North\" · Day 4 of 10",
        "=" * 60,
        "Friday, 11 June 2027 · HARBOURTOWN, Westland",
        "Sunrise 03:40 · Sunset 23:10 · Ship's time = local time",
        rule,
        "A WORD FROM YOUR CRUISE DIRECTOR",
        rule,
        "Welcome to Harbourtown. We tie up at the north pier at 08:00 and the shuttle bus",
        "leaves from the gangway every half hour until the afternoon.",
        rule,
        "TODAY'S SCHEDULE",
        rule,
        "08:00        Breakfast · Main Restaurant, Deck 3",
        "10:00        Harbour walk with the naturalist team",
        "",
        rule,
        "TALK SUMMARY",
        rule,
        "",
        "OARS AND ANKLES: WHAT THE OLD ROWERS OF THE FJORD CAN TEACH",
        "THE PHYSIOTHERAPISTS OF TOMORROW",
        "",
        "By Dr. Hedda Marstrand, medical officer",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == ("OARS AND ANKLES: WHAT THE OLD ROWERS OF THE FJORD CAN TEACH "
                            "THE PHYSIOTHERAPISTS OF TOMORROW")
    assert header.byline == "Dr. Hedda Marstrand"


def test_text_credit_opening_a_long_stamp_row() -> None:
    """A guide page's stamp row: the writer's "Text:" credit, a reviewer's fact-check with a
    long affiliation, the published and updated stamps and the reading time, over 120
    characters: the first field's name is the byline."""
    text = "\n".join([
        "Visit Example Fjords",
        "Plan your visit Things to do Stay Book now",
        "TRAVEL SMART · HEALTH",
        "Cold mornings after 65: what the new research says about your joints and your lungs",
        "Visitors in their late sixties keep coming for the long winter light, and a study followed them.",
        "Text: Sigrun Albertsen · Medical review: Dr. Ola Nordvik, Example Fjords District Hospital · "
        "Published 2 February 2027 · Updated 9 March 2027 · 7 min read",
        *_BODY,
    ])
    header = extract_header(text, html_title="Cold mornings after 65: what the new research says about "
                            "your joints and your lungs | Visit Example Fjords",
                            html_h1="Cold mornings after 65: what the new research says about your "
                            "joints and your lungs")
    assert header.byline == "Sigrun Albertsen"
    assert header.published == date(2027, 2, 2)


def test_periodical_name_after_the_writer_goes() -> None:
    """A congress daily's byline: "By <Name>, <Periodical name> · <date>": the periodical's name
    after the comma is no part of the byline, as a news outlet's is not."""
    text = "\n".join([
        "Northern Rheumatology Days · Eastby · 3–5 May 2027",
        "MEETING DAILY · Day 2 · Tuesday 4 May 2027",
        "PLENARY · ROWING",
        "Still rowing at seventy: veteran oarsmen keep their grip, but their shoulders pay for it",
        "A study of former club champions presented yesterday found strong hands and worn joints.",
        "By Kirsti Valand-Moe, Meeting Daily · 4 May 2027",
        *_BODY,
    ])
    header = extract_header(text, html_title="Meeting Daily · Day 2 · Eastby",
                            html_h1="Still rowing at seventy: veteran oarsmen keep their grip, but "
                            "their shoulders pay for it")
    assert header.byline == "Kirsti Valand-Moe"


def test_mailed_press_review_takes_its_bylined_feature_past_the_briefs() -> None:
    """A mailed press review whose subject labels the issue: masthead, compiler's note, a
    contents list and several framed briefs fill the top; the translated feature's capitals
    headline over two lines, with its writer's "By" line, sits further down: it is the title,
    its writer the byline (not the sender's desk)."""
    brief = ["The council on Monday adopted next year's budget after a long debate, with most of",
             "the new spending going to roads, schools and the northern health posts (Evening Star, p. 2)."]
    text = "\n".join([
        "From: Harbour Digest <digest@harbourdigest.example.org>",
        "To: readers@harbourdigest.example.org",
        "Date: Mon, 5 Apr 2027 06:30:00 +0000",
        "Subject: HARBOUR MORNING DIGEST No. 412 | budget, fishing quotas, choir for memory",
        "=" * 60,
        "HARBOUR MORNING DIGEST",
        "The island press in English, every weekday morning",
        "No. 412 - Monday 5 April 2027",
        "=" * 60,
        "Compiled and translated by the Harbour Digest desk.",
        "TODAY",
        "- Politics: council adopts the budget",
        "- Economy: fishing quotas",
        "- FEATURE: \"Singing to remember\"",
        *[x for label in ("POLITICS", "ECONOMY", "SOCIETY", "SPORT")
          for x in ("-" * 60, label, "-" * 60, *brief, *brief, "")],
        "-" * 60,
        "FEATURE - full translation",
        "Source: The Evening Star, culture pages, 5 April 2027",
        "-" * 60,
        "",
        "SINGING TO REMEMBER: IN THE OLD PORT, A SEAMEN'S CHOIR SLOWS MEMORY",
        "LOSS IN ITS OLDEST MEMBERS",
        "",
        "By Tove Brandvik-Lund",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == ("SINGING TO REMEMBER: IN THE OLD PORT, A SEAMEN'S CHOIR SLOWS MEMORY "
                            "LOSS IN ITS OLDEST MEMBERS")
    assert header.byline == "Tove Brandvik-Lund"


def test_worksheet_time_field_is_no_headline() -> None:
    """A language school's worksheet: its breadcrumb, the worksheet's label line, a time field
    ("Suggested lesson time: 60 minutes"), then the article's headline and its "By" line: the
    time field is no headline."""
    text = "\n".join([
        "NORTHSIDE LANGUAGE SCHOOL  |  Adult Programme",
        "Home > Resources > Reading English > Level B2",
        "READING CLUB · Worksheet 14 · Level B2 (CEFR)",
        "Suggested lesson time: 60 minutes",
        "Rowing into old age: veteran rowers on the river are stronger and fall less, study finds",
        "By Ines Varga, Head Teacher",
        "4 March 2027",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == ("Rowing into old age: veteran rowers on the river are stronger and fall "
                            "less, study finds")


_GALLERY_TITLE = "In pictures: the harbour's early swimmers, and what a hospital study says of their hearts"


def _gallery(credits: str) -> str:
    return "\n".join([
        "Northport 31 °C · Tide 1,2 m",
        "The Northport Ledger English edition",
        "Politics Economy Health Sport Photos",
        "PHOTO GALLERY · HEALTH",
        _GALLERY_TITLE,
        credits,
        "Published 9 June 2027, 07:15 · Updated 9 June 2027, 10:40",
        "WhatsApp Facebook X Copy link · 10 photos",
        *_BODY,
    ])


def test_gallery_text_credit_after_the_photographer_s() -> None:
    """A photo gallery's credit line: "Photos by A · Text by B": the text's writer is the
    byline, not the photographer."""
    header = extract_header(_gallery("Photos by Rosa Ibarra Leme · Text by Tomás Quiroga Vidal"),
                            html_title=_GALLERY_TITLE + " | The Northport Ledger", html_h1=_GALLERY_TITLE)
    assert header.byline == "Tomás Quiroga Vidal"


def test_gallery_photographer_alone_is_no_byline() -> None:
    """A photographer's credit alone under the headline, the date under it: no byline."""
    header = extract_header(_gallery("Photos by Rosa Ibarra Leme"),
                            html_title=_GALLERY_TITLE + " | The Northport Ledger", html_h1=_GALLERY_TITLE)
    assert header.byline is None
