"""Header layouts of session 11 (batch w), on made-up texts: a video page's description block
(stats row with its premiere / stream / upload date, presenter credits, guests) and a byline
followed by an illustration or photo credit in the same element."""

from datetime import date

import pytest

from agefacts.ingest.header import extract_header
from agefacts.ingest.readers import ReadText, decode


def _fields(text: str, **html: str):
    h = extract_header(text, **html)
    return h.title, h.byline, h.published


def _video(stats: str, credit: str) -> str:
    return (
        "How Tendons Age and What Loading Does About It\n\nFibre Lab\n88K subscribers\n\n"
        f"{stats}\n\n"
        "A short tour of collagen turnover in older tendons, and what a year of slow heavy "
        "loading changed in one small trial. (Short answer: more than expected.)\n\n"
        f"{credit}\n"
        "With Dr. Omar Sel (Riverside Institute) and Prof. Ida Lunde (physiotherapist)\n\n"
        "CHAPTERS\n0:00 Intro\n1:10 Collagen\n\n1\n00:00:00,000 --> 00:00:02,500\nHi everyone.\n"
    )


def test_video_description_presenter_and_premiere_date():
    text = _video(
        "51,902 views  Premiered Jan 9, 2025  #tendon #aging", "Written and presented by Mia Sorensen"
    )
    assert _fields(text) == (
        "How Tendons Age and What Loading Does About It", "Mia Sorensen", date(2025, 1, 9)
    )


@pytest.mark.parametrize(
    "stats, expected",
    [
        ("1.2M views • Streamed live on Mar 3, 2024", date(2024, 3, 3)),
        ("3,004 views · Published on 14 June 2023", date(2023, 6, 14)),
        ("Uploaded 2 May 2022", date(2022, 5, 2)),
        ("902 views  Premiered Oct 30, 2021  #muscle #ageing #strength", date(2021, 10, 30)),
        ("48,310 views  Streamed live on 3 Mar 2024  #muscle #ageing #strength", date(2024, 3, 3)),
        ("12K views  2 years ago  #muscle", None),  # a relative stamp has no date
    ],
)
def test_video_stats_row_dates(stats, expected):
    assert _fields(_video(stats, "Presented by Mia Sorensen"))[2] == expected


@pytest.mark.parametrize(
    "credit, expected",
    [
        ("Presented by Mia Sorensen", "Mia Sorensen"),
        ("Hosted by Mia Sorensen", "Mia Sorensen"),
        ("Narrated by Mia Sorensen", "Mia Sorensen"),
        ("Written & presented by Mia Sorensen", "Mia Sorensen"),
        ("Script: Mia Sorensen", "Mia Sorensen"),
        ("Hosted by Mia Sorensen with Dr. Omar Sel", "Mia Sorensen"),  # a guest is not the author
        ("Presented by Mia Sorensen featuring Omar Sel", "Mia Sorensen"),
        ("Music by Ada Fenn", None),  # only the guests' line is left: no byline
        ("Edited video: Ada Fenn", None),
    ],
)
def test_video_credit_lines(credit, expected):
    assert _fields(_video("51,902 views  Premiered Jan 9, 2025", credit))[1] == expected


def test_a_premiere_told_in_running_text_is_not_the_date():
    text = (
        "The Film That Made Us Lift\n\nBy Jo Marsh\n\n"
        "The documentary premiered on May 3, 2024 at a festival, and gyms noticed. It was small.\n"
    )
    assert _fields(text) == ("The Film That Made Us Lift", "Jo Marsh", None)


@pytest.mark.parametrize(
    "credit",
    [
        "Illustrations by Ana Ruiz", "Graphics by Ana Ruiz", "Photographs by Ana Ruiz",
        "Design by Ana Ruiz", "· Photo: Ana Ruiz", "| Illustration: Ana Ruiz",
    ],
)
def test_co_authors_with_an_art_credit_on_the_byline_line(credit):
    text = (
        "What a year of lifting does to old tendons\n\n"
        f"By Kai Brandt and Lena Osei {credit}\n\nPublished Oct. 7, 2025 at 6:00 a.m. EDT\n\n"
        "The body text starts here and runs on for a while. It has sentences.\n"
    )
    assert _fields(text)[1:] == ("Kai Brandt, Lena Osei", date(2025, 10, 7))


def test_html_byline_block_with_a_credit_span():
    """The reader runs a byline <div>'s credit <span> on after the names: the credit goes."""
    page = (
        "<html><head><title>Old tendons, new tricks – The Daily Page</title></head><body>"
        "<article><h1>Old tendons, new tricks</h1>"
        '<div class="byline">By <a href="/p/a">Kai Brandt</a> and <a href="/p/b">Lena Osei</a>'
        ' <span class="credit">Graphics by Ana Ruiz</span></div>'
        '<time datetime="2025-10-07">Published Oct. 7, 2025</time>'
        "<p>Body text of the story, long enough to read as running text. It goes on.</p>"
        "</article></body></html>"
    )
    read = decode("page.html", page.encode(), ".html")
    assert isinstance(read, ReadText)
    assert _fields(read.text, html_title=read.html_title, html_h1=read.html_h1) == (
        "Old tendons, new tricks", "Kai Brandt, Lena Osei", date(2025, 10, 7)
    )


def test_a_photographer_credit_alone_is_neither_byline_nor_title():
    text = (
        "SCIENCE\n\nPhotographs by Ana Ruiz\n\nThe Strongest Grandmothers in the Valley\n\n"
        "Published 4 May 2025\n\nThe body text starts here and runs on. It has sentences.\n"
    )
    assert _fields(text) == ("The Strongest Grandmothers in the Valley", None, date(2025, 5, 4))


def test_a_colon_headline_about_data_is_still_a_title():
    text = "Data: why older lifters recover more slowly\n\nBy Jo Marsh\n\nBody text. More text.\n"
    assert _fields(text)[:2] == ("Data: why older lifters recover more slowly", "Jo Marsh")


def test_oped_first_publication_over_the_update_on_the_same_line():
    text = (
        "THE TOWN PAPER\nOpinion | Health\n\nGUEST ESSAY\n\n"
        "Strength Is Medicine. Why Don't Doctors Prescribe It?\n\nBy Ruth Alder\n"
        "Dr. Alder is a geriatrician at a city hospital.\n\n"
        "Published March 3, 2025  Updated March 4, 2025, 9:12 a.m. ET\n\n"
        "Share full article    12 comments\n\nLast winter a patient came to my clinic. She was 86.\n"
    )
    assert _fields(text) == (
        "Strength Is Medicine. Why Don't Doctors Prescribe It?", "Ruth Alder", date(2025, 3, 3)
    )
