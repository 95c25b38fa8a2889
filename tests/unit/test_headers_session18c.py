"""Session 18c (batches bg, bh), headers: a newspaper's name above its menu bar, a headline
written as two sentences above its "By" line, and writers bylined with the city they report
from (made-up texts)."""

from __future__ import annotations

import pytest

from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")
TITLE = "Older rowers keep their grip strength longer, harbour study finds"
SENTENCES = "Winter keeps older rowers indoors. A club in the north tried taking the boats to them."
STANDFIRST = "Researchers followed club rowers over sixty for five seasons and measured their hands."
MENU = "Home | News | Sport | Health | Opinion | Letters"


@pytest.mark.parametrize("headline", [TITLE, SENTENCES])
def test_the_site_name_above_a_menu_bar_is_not_the_headline(headline):
    text = f"The Harbour Town Gazette\n{MENU}\n\nHEALTH\n\n{headline}\n\nBy Jane Roe\n\nMarch 4, 2025\n\n{BODY}"
    header = extract_header(text)
    assert header.title == headline
    assert header.byline == "Jane Roe"


def test_a_headline_above_a_short_row_of_labels_stays_the_headline():
    # two or three labels are a kicker row, not a site's menu bar
    text = f"{TITLE}\nHealth | Fitness | Ageing\n\nBy Jane Roe\n\n{BODY}"
    assert extract_header(text).title == TITLE


def test_a_two_sentence_headline_above_its_byline_is_the_headline():
    text = f"{SENTENCES}\n\nBy Jane Roe\nHarbour Health News\n\nMarch 4, 2025\n\n{BODY}"
    assert extract_header(text).title == SENTENCES


def test_a_standfirst_under_the_headline_is_still_not_the_title():
    text = f"{TITLE}\n\n{SENTENCES}\n\nBy Jane Roe\n\n{BODY}"
    assert extract_header(text).title == TITLE


def test_running_text_above_a_byline_is_no_headline_when_it_runs_long():
    long = " ".join([SENTENCES, STANDFIRST, "They rowed twice a week all winter."])
    assert extract_header(f"{long}\n\nBy Jane Roe\n\n{BODY}").title is None


@pytest.mark.parametrize(("line", "byline"), [
    ("Jane Roe in Leeds and Ann Poe in San Francisco", "Jane Roe, Ann Poe"),
    ("Jane Roe in Leeds, Ann Poe in New York and Omar Said in Cairo", "Jane Roe, Ann Poe, Omar Said"),
    ("Jane Roe in Leeds & Ann Poe in Rio de Janeiro", "Jane Roe, Ann Poe"),
])
def test_writers_named_with_the_city_they_report_from(line, byline):
    text = f"Health | Science\n\n{TITLE}\n\n{STANDFIRST}\n\n{line}\n\nMarch 4 2025\n\n{BODY}"
    header = extract_header(text)
    assert header.byline == byline
    assert header.published.isoformat() == "2025-03-04"


def test_one_writer_and_city_below_a_standfirst_with_the_date_under_it():
    text = f"{TITLE}\n\n{STANDFIRST}\n\nJane Roe in Leeds\n\nMarch 4 2025\n\n{BODY}"
    assert extract_header(text).byline == "Jane Roe"


@pytest.mark.parametrize("subtitle", [
    "Strength Work in Older Adults",  # one name-like phrase right under the title: a subtitle
    "Strength Training and Blood Markers of Ageing in Older Adults",
])
def test_a_subtitle_naming_a_group_or_place_is_no_byline(subtitle):
    text = f"{TITLE}\n{subtitle}\n\nMarch 4 2025\n\n{BODY}"
    assert extract_header(text).byline is None
