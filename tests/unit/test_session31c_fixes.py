"""Session 31 (batches dt-dw), headers: a one-word dateline place after the writer's name, an
outlet and a "Published" label run into a byline, a range of days in an issue line, a name over
the paper's name over a date row parted by bullets, a bulletin's masthead above its label line,
a lead story's "By" line under its headline below a signed editor's note. All texts are made up."""

from __future__ import annotations

from datetime import date

from agefacts.ingest.header import extract_header, parse_date
from agefacts.ingest.readers import html_document


def test_a_one_word_place_after_the_writers_name_is_a_dateline():
    text = ("NORTHTOWN EVENING POST\n\nHEALTH\n\nRiver swims keep retired miners' lungs strong, clinic says\n\n"
            "Cold-water dips three times a week helped breathing in men over seventy\n\n"
            "By Joseph Kariuki, Eastport\nPublished: May 4, 2026 at 07:15\n\n"
            "EASTPORT. Every morning the men walk down to the river before work starts at the docks.\n")
    h = extract_header(text)
    assert h.byline == "Joseph Kariuki"
    assert h.published == date(2026, 5, 4)


def test_two_authors_are_not_read_as_a_name_and_a_place():
    text = ("Stairs beat lifts for older office workers, survey finds\n\n"
            "By Joseph Kariuki, Ann Poe\n\nMay 4, 2026\n\nOffice workers who took the stairs said they felt fitter.\n")
    assert extract_header(text).byline == "Joseph Kariuki, Ann Poe"


def test_an_outlet_and_a_published_label_run_into_the_byline():
    html = ("<html><head><title>Morning laps lower pensioners' pressure, study finds | XYZ News</title></head>"
            "<body><main><h1>Morning laps lower pensioners' pressure, study finds</h1>"
            "<div class='meta'><span class='author'>By <a href='/a/rosa-dimalanta'>Rosa Dimalanta</a>, "
            "XYZ News Mindanao</span> <span class='ts'>Published March 3, 2026 8:10am</span> "
            "<span class='ts'>Updated March 3, 2026 9:30pm</span></div>"
            "<p>DAVAO CITY – Older walkers loop the park before the gates open at six every morning.</p>"
            "</main></body></html>")
    h = extract_header(*html_document(html))
    assert h.byline == "Rosa Dimalanta"
    assert h.published == date(2026, 3, 3)


def test_a_range_of_days_is_no_publication_date():
    assert parse_date("No. 812 | 3-9 May 2026 | EUR 4") is None
    assert parse_date("Congress, 17–19 September 2025, Lisbon") is None
    assert parse_date("Issue 58 — 14 October 2025") == date(2025, 10, 14)
    text = ("EASTERN TRADE REVIEW\nThe business weekly of the east\nNo. 812 | 3-9 May 2026 | EUR 4\n\n"
            "Rowing-machine maker raises EUR 2 million to sell to care homes\n\n"
            "By Ioana Petrescu\nPublished 04.05.2026, 08:00\n\n"
            "The company, founded in 2020, sells its machines to care homes in three countries.\n")
    assert extract_header(text).published == date(2026, 5, 4)


def test_a_name_over_the_papers_name_over_a_bullet_date_row():
    text = ("[Home](https://x.example/) › [Health](https://x.example/health)\n\n**HEALTH**\n\n"
            "# Tai chi at seventy: Northtown widows walk taller after a year of drills\n\n"
            "*Slow forms twice a week kept hip bone in older women, a hospital trial found*\n\n"
            "**Maria Santoso Wirawan**\nThe Northtown Herald\n"
            "Northtown ● Tue, March 10, 2026 ● 08:30 am ● 4 min read\n\n"
            "Mrs Lestari, 71, used to hold the wall when she climbed the stairs to her flat.\n")
    h = extract_header(text)
    assert h.byline == "Maria Santoso Wirawan"
    assert h.published == date(2026, 3, 10)


def test_a_bulletins_masthead_above_its_label_line_is_no_headline():
    text = ("==========================================\n"
            "      GRACE COMMUNITY CHAPEL, NORTHTOWN\n"
            "   A friendly English-speaking congregation by the river\n"
            "==========================================\n"
            "        PARISH BULLETIN  *  SUNDAY, 3 MAY 2026\n"
            "   Services at 9:00 am and 6:00 pm  *  Mill Lane 4\n"
            "==========================================\n\n"
            "ORDER OF SERVICE\n\n  Opening Hymn ............... 101\n  Reading .................... Ruth 1\n\n"
            "------------------------------------------\nFROM THE WELLBEING DESK\n"
            "------------------------------------------\n\n"
            "Chair yoga after the service: what a small trial in our town found\n\n"
            "By Dr. Helen Marsh\n\n"
            "Several of our senior members wonder whether gentle stretching is worth the effort.\n")
    h = extract_header(text)
    assert h.title == "Chair yoga after the service: what a small trial in our town found"
    assert h.byline == "Dr. Helen Marsh"


def test_a_newsletters_lead_story_below_a_signed_editors_note():
    text = ("![Logo](https://x.example/logo.png)\n\n"
            "**NORTHTOWN UNIVERSITY · School of Health Sciences**\n"
            "**RESEARCH & OUTREACH NEWSLETTER** · Issue No. 4 · May 2026\n"
            "*Science for a healthier north*\n\n---\n\n"
            "**In this issue:** Rowing and memory · New grants · Events\n\n---\n\n"
            "## From the Dean's desk\n\n"
            "Welcome to the fourth issue of our newsletter, which brings news from across the school.\n\n"
            "*Prof. Samuel Okoro, Dean*\n\n---\n\n"
            "# Weekend rowers remember more and sleep better, Northtown study finds\n\n"
            "*By Grace Mutesi, Communications Office · Posted 12 May 2026*\n\n"
            "Older people who row on the lake at weekends scored higher on memory tests.\n")
    h = extract_header(text)
    assert h.title == "Weekend rowers remember more and sleep better, Northtown study finds"
    assert h.byline == "Grace Mutesi"
    assert h.published == date(2026, 5, 12)
