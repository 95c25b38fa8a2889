"""Session 15, headers: credentials after semicolon-separated authors, two bold names under the
headline, "Posted by" inside a metadata row, and emphasis marks inside a title (made-up texts)."""

from __future__ import annotations

from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")


def test_semicolon_separated_authors_lose_every_credential():
    text = ("A Field Guide to Ageing Tendons\n\nAuthors: Jane Q. Roe, MD, MPH; Ann Poe-Marsh, PhD\n"
            "Release date: May 4, 2025\n\n" + BODY)
    assert extract_header(text).byline == "Jane Q. Roe, Ann Poe-Marsh"


def test_two_bold_names_under_the_headline_are_the_byline():
    text = ("# Remembering a Quiet Pioneer of Tendon Research\n\n"
            "**Dr. Jane Roe** and **Prof. Ann Poe**\n\n*Published online: 4 May 2025*\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "Remembering a Quiet Pioneer of Tendon Research"
    assert header.byline == "Dr. Jane Roe, Prof. Ann Poe"


def test_posted_by_inside_a_metadata_row_is_the_byline():
    text = ("THE SLOW LANE SHOW\n\nWhy Tendons Stiffen With Age, and What Loading Does About It\n\n"
            "Episode 12  ·  Runtime 0:58:10  ·  Posted by Jane Roe  ·  May 4, 2025\n\n" + BODY)
    header = extract_header(text)
    assert header.byline == "Jane Roe"
    assert str(header.published) == "2025-05-04"


def test_emphasis_marks_inside_a_title_are_dropped():
    text = "# Loading Old Tendons: The Sets *and* the _Signals_\n\n**By Jane Roe**\n\n" + BODY
    assert extract_header(text).title == "Loading Old Tendons: The Sets and the Signals"


def test_a_lone_star_or_an_inner_underscore_is_no_emphasis():
    text = "# Grip strength_index and p < 0.05* in Older Rowers\n\n" + BODY
    assert extract_header(text).title == "Grip strength_index and p < 0.05* in Older Rowers"


def test_a_site_menu_above_a_breadcrumb_trail_does_not_give_the_title():
    text = ("Skip to main content\nRiverside Clinic\nBook a Visit\nOur Services & Staff\n"
            "Pay My Bill\nDonate\n\nHome/Wellness Notes/Active Ageing/Strength\n\nActive Ageing\n\n"
            "How Older Tendons Answer to Slow Heavy Loading\n\n"
            "A physiotherapist explains what changes in tendons with age, and what still works\n\n"
            "May 4, 2025 / Active Ageing\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "How Older Tendons Answer to Slow Heavy Loading"
    assert str(header.published) == "2025-05-04"


def test_a_menu_run_of_three_links_before_a_trail_needs_no_skip_line():
    text = ("Book a Visit\nOur Services & Staff\nPay My Bill\n"
            "Home/Wellness Notes/Active Ageing\n\nWhy Tendons Stiffen in Later Life\n\n"
            "By Jane Roe\n\n" + BODY)
    assert extract_header(text).title == "Why Tendons Stiffen in Later Life"


def test_slashed_words_in_a_headline_are_no_trail():
    text = ("Push/Pull/Legs: A Plan for Lifters Over Sixty\n\nBy Jane Roe\n\n" + BODY)
    assert extract_header(text).title == "Push/Pull/Legs: A Plan for Lifters Over Sixty"


def test_an_aggregator_story_credits_its_original_writer_in_the_story_source_note():
    text = ("Tendons remember how they were loaded, study finds\n\nDate:\n    May 4, 2025\n"
            "Source:\n    Example University\n\n" + BODY * 3
            + "\nStory Source:\n\nMaterials provided by Example University. Original written by "
            "Jane Roe-Marsh. Note: Content may be edited for style and length.\n")
    header = extract_header(text)
    assert header.byline == "Jane Roe-Marsh"
    assert header.title == "Tendons remember how they were loaded, study finds"


def test_a_newsletters_contents_list_is_neither_title_nor_byline():
    text = ("THE TENDON LETTER\nVolume 3 · Number 2 · May 2025\n\nIN THIS ISSUE\n"
            "  Why tendons stiffen, and what loading does ....... 1\n"
            "  Ask the coach: can I lift at 80? ....... 4\n"
            "  By the numbers: a year of rehab ....... 6\n\n"
            "----------------------------------------\n\nTENDON HEALTH\n\n"
            "Why tendons stiffen, and what loading does\n\n"
            "By Jane Roe, Contributing Editor\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "Why tendons stiffen, and what loading does"
    assert header.byline == "Jane Roe"


def test_a_role_after_a_dash_in_a_posted_by_line_is_dropped():
    text = ("# Do old tendons still adapt? What the trials say\n\n"
            "*Posted 4 May 2025 by Jane Roe, MSc, MCSP — Senior Physiotherapist, Roe Rehab*\n\n"
            + BODY)
    assert extract_header(text).byline == "Jane Roe"
