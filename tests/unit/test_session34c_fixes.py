"""Session 34c fixes (headers of batches ev–ey), on made-up texts of the same shape."""

from __future__ import annotations

from datetime import date

from agefacts.ingest.header import extract_header

_BODY = (
    "Like many workshops along the estuary, our crews are getting older, and the people who"
    " know the old lathes best are the ones we most want to keep healthy until they retire."
)


def test_two_writers_joined_by_and_beside_a_date_are_the_byline() -> None:
    """A report chapter's meta row: two writers joined by "and", then the date after a dot:
    both names, joined with ', ' as the conventions do."""
    text = "\n".join([
        "Lifting Together: what a year of workplace squats did for our oldest fitters",
        "Prof. Hanne Brekke and Tomas Ulvik · Published 12 February 2027",
        _BODY,
    ])
    h = extract_header(text)
    assert h.byline == "Prof. Hanne Brekke, Tomas Ulvik"
    assert h.published == date(2027, 2, 12)


def test_words_joined_by_and_beside_a_date_are_no_byline() -> None:
    """A section label of two words joined by "and" beside a date names nobody."""
    text = "\n".join([
        "Lifting Together: what a year of workplace squats did for our oldest fitters",
        "Health and Safety · 12 February 2027",
        _BODY,
    ])
    assert extract_header(text).byline is None


def test_masthead_with_its_label_and_issue_is_no_title() -> None:
    """A mailed newsletter's masthead line (its name, its label, the issue, the month) over a
    greeting and a rule, then the lead story's heading and its "By" line: the story's heading."""
    text = "\n".join([
        "[Read this e-mail online](https://mail.example.org/v/88) · [Deutsch](https://mail.example.org/de/88)",
        "",
        "**TRAM TALK** · The Riverton transit members' bulletin · Issue 12 · March 2027",
        "",
        "---",
        "",
        "Dear member,",
        "",
        "spring is here and the new timetable starts on Monday, with later trams on the weekend"
        " lines and a new stop at the hospital gate. In this issue: our older riders' walking study.",
        "",
        "---",
        "",
        "# Riders over 70 who walked to the tram stop every day kept their balance longer",
        "",
        "*By Petra Lind · Riverton, 2 March 2027*",
        "",
        _BODY,
    ])
    h = extract_header(text)
    assert h.title == "Riders over 70 who walked to the tram stop every day kept their balance longer"
    assert h.byline == "Petra Lind"


def test_teletext_pages_give_the_first_story_pages_headline() -> None:
    """Teletext pages as text: an index page with dotted entries, a headline list of bullet
    rows, then a story's first subpage whose first row is its headline."""
    rule = "=" * 44
    text = "\n".join([
        "P300  NORDTEXT   300  Wed 14 Oct  09:10:11",
        rule,
        " NORDTEXT  *  ENGLISH PAGES  *  INDEX",
        rule,
        " Headlines ...................... 301",
        " Science ........................ 302",
        "",
        "P301  NORDTEXT   301  Wed 14 Oct  09:10:40",
        rule,
        " HEADLINES                            1/1",
        rule,
        " * Harbour bridge reopens to lorries",
        "   after six weeks of repairs",
        " * Science: Ski-walking keeps hips",
        "   supple in retirement - see 302",
        "",
        "P302  NORDTEXT   302  Wed 14 Oct  09:11:02",
        rule,
        " SCIENCE                              1/2",
        rule,
        "",
        " Ski-walking keeps hips supple",
        "",
        " Retired people who walked with poles",
        " on the coastal path twice a week had",
        " more supple hips after ten weeks.",
        "",
        "P302  NORDTEXT   302  Wed 14 Oct  09:11:30",
        rule,
        " SCIENCE                              2/2",
        rule,
        " The walkers also slept better.",
    ])
    h = extract_header(text)
    assert h.title == "Ski-walking keeps hips supple"
    assert h.byline is None
    assert h.published is None


def test_excerpt_row_with_chapter_of_count_is_a_label_over_the_title() -> None:
    """A publisher's excerpt page: series line, "Read an excerpt · Chapter N of M", then the
    chapter's title and its "by" line: the chapter's title, not the label row."""
    text = "\n".join([
        "NORTHERN TRAILS GUIDES · OSLO · 3rd edition",
        "Sample chapter · Chapter 4 of 11",
        "",
        "Morning Swims and Winter Walks: Oslo for the Fit Older Visitor",
        "",
        "by Ingrid Solberg",
        "Excerpt published online 4 April 2027",
        "",
        _BODY,
    ])
    h = extract_header(text)
    assert h.title == "Morning Swims and Winter Walks: Oslo for the Fit Older Visitor"
    assert h.byline == "Ingrid Solberg"


def test_a_proprietors_roles_after_the_name_are_dropped() -> None:
    """A business's blog: "Posted on <date> by <Name>, Agent / Co-founder · 5 min read": the
    writer's roles in the business (owner, founder, broker, agent) are no part of the name."""
    text = "\n".join([
        "Why our retired clients walk to the market every morning",
        "Posted on 3 June 2027 by Teodora Vargas, Agent / Co-founder · 5 min read · 2 comments",
        _BODY,
    ])
    h = extract_header(text)
    assert h.byline == "Teodora Vargas"
    assert h.published == date(2027, 6, 3)


def test_a_speech_pages_delivery_note_gives_the_speaker_and_the_posting_date() -> None:
    """A school's news page carrying an address: the headline, the school's line, then an
    italic note "Address given by <Name> at <event>. Posted <date> by <office>.": the speaker
    is the byline, the posting date the date."""
    text = "\n".join([
        "[Home](/) › [News](/news) · **English** | [Deutsch](/de/news/rede)",
        "",
        "# \"Stay curious\": address to the nursing graduates of 2027",
        "",
        "**School of Health Sciences, Example Valley University, Lindau**",
        "",
        "*Address given by Prof. Dr. Helga Maria Obermaier to the graduates in the city hall."
        " Posted 8 July 2027 by the Press Office. Translated by the speaker.*",
        "",
        "Dear graduates, dear families, dear colleagues:",
        "",
        _BODY,
    ])
    h = extract_header(text)
    assert h.byline == "Prof. Dr. Helga Maria Obermaier"
    assert h.published == date(2027, 7, 8)


def test_a_speech_by_an_office_names_no_speaker() -> None:
    """"Speech delivered by the Minister of Sport at ...": no person's name, no byline."""
    text = "\n".join([
        "Launch of the village walking study findings",
        "Speech delivered by the Minister of Sport at the launch in the capital.",
        _BODY,
    ])
    assert extract_header(text).byline is None
