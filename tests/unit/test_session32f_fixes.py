"""Session 32f fixes (headers of batches ej, ek), on made-up texts of the same shape."""

from __future__ import annotations

from agefacts.ingest.header import extract_header

_BODY = [
    "Most of the swimmers who joined the club's early session last winter had not been in a",
    "pool for years, and several of them said so at the first meeting in the town library.",
]


def test_paper_supplement_joins_a_wrapped_capitals_headline() -> None:
    """A paper's masthead, folio and ticker, a supplement's label framed by rules, then a long
    capitals headline hard-wrapped over two lines, its deck and its "By" line: both lines are
    the title, joined with a space."""
    text = "\n".join([
        "NORTHPORT COMMERCIAL GAZETTE",
        "The trade daily of the coast - weekday edition",
        "Thursday 4 March 2027  |  No. 2,318  |  3 NP",
        "",
        "COAST 4,112.40 (+0.21%)  HARB 2,907.15 (-0.05%)  NPD/EUR 0.82",
        "",
        "==================================================================",
        "WELLBEING & TRADE  |  Quarterly supplement",
        "==================================================================",
        "",
        "TWENTY MINUTES ON THE STAIRS: NORTHPORT WAREHOUSES SEE FEWER",
        "BACK INJURIES AMONG STAFF OVER SIXTY, HOSPITAL SURVEY REPORTS",
        "",
        "Stair-climbing breaks at the start of each shift made older loaders fitter",
        "and kept them on the payroll, and the firms say it costs them little",
        "",
        "By Ilse Varga-Moreno, Wellbeing editor",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == ("TWENTY MINUTES ON THE STAIRS: NORTHPORT WAREHOUSES SEE FEWER "
                            "BACK INJURIES AMONG STAFF OVER SIXTY, HOSPITAL SURVEY REPORTS")
    assert header.byline == "Ilse Varga-Moreno"


def test_mailed_bulletin_joins_its_columns_wrapped_capitals_headline() -> None:
    """A mailed bulletin (mail fields, a framed masthead, the chair's letter, then a column's
    label framed by rules over a long capitals headline hard-wrapped over two lines and its
    "By" line): both lines are the title."""
    text = "\n".join([
        "From: Lakeside Newcomers Club <news@lakeside.example.org>",
        "To: members@lakeside.example.org",
        "Subject: Lakeside Bulletin #57 - pool mornings, ferry outing, quiz night",
        "Date: Mon, 8 Feb 2027 09:15:40 +0100",
        "",
        "========================================================",
        "  LAKESIDE BULLETIN",
        "  Lakeside Newcomers Club",
        "  No. 57 | February 2027",
        "========================================================",
        "",
        "Dear members,",
        "",
        "The lake has frozen at the edges and the ferry runs on its winter timetable. This",
        "month our health column looks at a small study from the district hospital.",
        "",
        "Best wishes,",
        "Tomasz Ekwueme-Lind, Chair",
        "",
        "--------------------------------------------------------",
        "HEALTH COLUMN",
        "--------------------------------------------------------",
        "",
        "COLD WATER, WARM HEART: A DISTRICT STUDY FINDS THAT EARLY SWIMS",
        "HELP OLDER ADULTS WITH HIGH BLOOD PRESSURE SLEEP BETTER",
        "",
        "By Dr. Annika Holmberg-Osei",
        "Lakeside, 8 February 2027",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == ("COLD WATER, WARM HEART: A DISTRICT STUDY FINDS THAT EARLY SWIMS "
                            "HELP OLDER ADULTS WITH HIGH BLOOD PRESSURE SLEEP BETTER")
    assert header.byline == "Dr. Annika Holmberg-Osei"


def test_section_label_above_a_wrapped_capitals_headline_stays_out() -> None:
    """A short capitals section label over a blank line and the lead story's wrapped capitals
    headline (a bulletin with a contents list): the label is no part of the title."""
    text = "\n".join([
        "VALLEY ROWING ASSOCIATION",
        "Members' e-bulletin  |  Issue 12  |  Spring 2027",
        "",
        "IN THIS ISSUE",
        "  Research roundup ........................................ p. 1",
        "  Regatta dates ........................................... p. 2",
        "",
        "------------------------------------------------------------",
        "RESEARCH ROUNDUP",
        "",
        "OARS, NOT ARMCHAIRS: A VALLEY TRIAL BACKS INDOOR ROWING FOR",
        "OLDER ADULTS WITH HIP ARTHRITIS",
        "",
        "By Kofi Lindqvist-Amadi, Bulletin Editor",
        "",
        *_BODY,
    ])
    header = extract_header(text)
    assert header.title == ("OARS, NOT ARMCHAIRS: A VALLEY TRIAL BACKS INDOOR ROWING FOR "
                            "OLDER ADULTS WITH HIP ARTHRITIS")



def test_abstract_book_has_no_one_headline_or_writer() -> None:
    """A congress supplement of numbered abstracts (its running head names the poster abstracts;
    "P-7", "P-8" alone on their lines, each over its own title and authors): no title, no
    byline."""
    text = "\n".join([
        "Scand J Movement Sci 2027; 9 (Suppl 1)                      NMC 2027 – Poster Abstracts",
        "4th Nordic Movement Congress · Bergen, Norway · 2–4 June 2027",
        "",
        "POSTER SESSION 1 – BONE, BALANCE AND FALLS",
        "",
        "P-7",
        "Six months of stair training improves hip bone density in women aged",
        "60–75: a pilot randomised trial",
        "Halvorsen KT1, Mbeki S2, Oyelaran D1",
        "1Department of Sport Medicine, University of Bergen, Norway; 2Institute of Movement, Oslo",
        "Background: Stair climbing is cheap and needs no equipment.",
        "Methods: Forty women were randomised to stair training or usual activity.",
        "",
        "P-8",
        "Balance classes and fear of falling in men living alone",
        "Ruiz-Petersen A1, Lindgren O1",
        "1Faculty of Health, University of Tromsø, Norway",
        "Background: Fear of falling limits activity in older men.",
    ])
    header = extract_header(text)
    assert header.title is None
    assert header.byline is None
