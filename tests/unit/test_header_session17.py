"""Session 17 (batches aw, ax, ay), headers: an e-mail newsletter's preheader and lead story, an
issue line with its date between dashes, and a news agency after a byline (made-up texts)."""

from __future__ import annotations

import pytest

from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")


def _newsletter(preheader: str, issue: str = "The Riverside Letter — Issue 7 — 2 March 2026") -> str:
    return (f"{preheader}\n\nRIVERSIDE SPORTS MEDICINE PRACTICE\n{issue}\n\n" + "=" * 40 + "\n\n"
            "Hello everyone,\n\n" + BODY + "\nIN THIS ISSUE\n  1. Rowing after sixty: what helps?\n"
            "  2. Practice news\n\n" + "-" * 40 + "\n1. ROWING AFTER SIXTY: WHAT HELPS?\n"
            + "-" * 40 + "\nBy Dr Ann Poe, MCSP, Lead Physiotherapist\n\n" + BODY)


@pytest.mark.parametrize("preheader", [
    "View this email in your browser | Forward to a friend",
    "Having trouble viewing this email? View it online",
    "View in browser",
    "[View this newsletter in your browser](https://example.org/n/7)  ·  Unsubscribe",
])
def test_a_newsletters_preheader_is_no_headline_and_its_lead_story_is(preheader):
    header = extract_header(_newsletter(preheader))
    assert header.title == "ROWING AFTER SIXTY: WHAT HELPS?"  # the section number goes
    assert header.byline == "Dr Ann Poe"


def test_a_newsletters_lead_story_with_a_byline_under_it_and_no_rules():
    text = ("View this email in your browser\n\nTHE HILLTOP RUNNER\nIssue 12 · 5 May 2025\n\n"
            "Hi friends,\n\n" + BODY + "\nWhy hills keep older calves springy\n"
            "By Jane Roe\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "Why hills keep older calves springy"
    assert header.byline == "Jane Roe"


def test_a_preheader_without_a_lead_story_leaves_the_masthead():
    text = ("View this email in your browser\n\nTHE HILLTOP RUNNER\n\nHi friends,\n\n" + BODY)
    assert extract_header(text).title == "THE HILLTOP RUNNER"


@pytest.mark.parametrize(("issue", "expected"), [
    ("The Riverside Letter — Issue 7 — 2 March 2026", "2026-03-02"),
    ("The Riverside Letter - No. 7 - March 2, 2026", "2026-03-02"),
    ("Issue 7 — Monday, 2 March 2026 — 4-minute read", "2026-03-02"),
    ("Vol. 3, No. 7 – 2 March 2026", "2026-03-02"),
])
def test_an_issue_line_with_dashes_dates_the_newsletter(issue, expected):
    header = extract_header(_newsletter("View this email in your browser", issue))
    assert str(header.published) == expected
    assert header.title == "ROWING AFTER SIXTY: WHAT HELPS?"


def test_a_headline_with_a_dash_and_a_number_is_no_issue_line():
    text = ("Why rowing helps — Issue 7 of our series — 2 March 2026\n\nBy Jane Roe\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "Why rowing helps — Issue 7 of our series — 2 March 2026"
    assert header.published is None


@pytest.mark.parametrize(("line", "expected"), [
    ("By MARTHA ROWLEY Associated Press", "MARTHA ROWLEY"),
    ("By Jane Roe, Reuters", "Jane Roe"),
    ("By Jane Roe | AFP", "Jane Roe"),
    ("By Jane Roe, PA Media", "Jane Roe"),
    ("By Jane Roe for dpa", "Jane Roe"),
    ("By Jane Roe and Ann Poe Bloomberg", "Jane Roe, Ann Poe"),
    ("By Jane Roe, CNN Wire", "Jane Roe"),
    ("By Jane Roe of The Associated Press", "Jane Roe"),
    ("By Jane Roe AP Medical Writer", "Jane Roe"),
    ("By Jane Bloomberg", "Jane Bloomberg"),  # a surname, not the agency
    ("By Jane Roe Reuters Building", "Jane Roe Reuters Building"),  # no role after it
])
def test_a_news_agency_after_a_byline_goes(line, expected):
    text = f"Brisk walking keeps older hearts young, study finds\n\n{line}\n\n" + BODY
    assert extract_header(text).byline == expected
