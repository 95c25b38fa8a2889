"""Session 21 (batches bp, bq), headers: a printed bulletin's masthead line (publication label
and publisher joined by a middle dot) with an issue line and contents list above the feature,
and a two-level breadcrumb above a post's headline (made-up texts)."""

from __future__ import annotations

import pytest

from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")
HEADLINE = "Balance classes cut falls among our members, and here is why"

BULLETIN = f"""=======================================
      THE HARBOUR VIEW NEWS
  Members’ Quarterly Newsletter · Harbour View Rowing Club
      Spring 2026  ·  Vol. 7, No. 2
=======================================

INSIDE
  Coach's Notes — Steady on Your Feet ........ p. 1
  Regatta Results ............................ p. 3
  Club Dinner ................................ page 4
  New Members ................................ p. 5
  Boathouse Repairs .......................... p. 6

---------------------------------------
COACH'S NOTES

{HEADLINE}

By Jane Roe, Head Coach
---------------------------------------

{BODY}"""


def test_a_bulletin_feature_with_its_writer_is_the_title_under_a_masthead():
    header = extract_header(BULLETIN)
    assert header.title == HEADLINE
    assert header.byline == "Jane Roe"


@pytest.mark.parametrize("line", [
    "Members’ Quarterly Newsletter · Harbour View Rowing Club",
    "The Residents' Bulletin | Oak Lane Retirement Village",
    "Alumni Magazine · Example University",
])
def test_a_publication_label_and_its_publisher_are_no_title(line):
    text = f"{line}\n\n{HEADLINE}\n\nBy Jane Roe\n\n{BODY}"
    assert extract_header(text).title == HEADLINE


def test_a_headline_with_a_middle_dot_stays_the_title():
    title = "Why our newsletter is changing · A note from the editor"
    text = f"{title}\n\nBy Jane Roe\n\n{BODY}"
    assert extract_header(text).title == title


@pytest.mark.parametrize("crumb", [
    "[Coaching Blog](/coaching) / Bones & Joints",
    "[News](https://example.org/news) › Healthy Ageing",
    "[Journal](/journal) » Strength Training",
    "Training Notes / Older Athletes",  # no link, but a heading follows
])
def test_a_two_level_breadcrumb_above_a_post_is_no_title(crumb):
    text = f"**Example Labs** · About · Shop\n\n{crumb}\n\n# {HEADLINE}\n\n*By Jane Roe*\n\n{BODY}"
    assert extract_header(text).title == HEADLINE


def test_a_slashed_headline_with_its_byline_below_stays_the_title():
    title = "Push / Pull Training for Rowers"
    text = f"{title}\n\nBy Jane Roe\n\n{BODY}"
    assert extract_header(text).title == title
