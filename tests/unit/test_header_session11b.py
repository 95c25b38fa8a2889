"""Header layouts of session 11 (batch x), on made-up texts: a committee testimony under a
letterhead block, a newsroom's slashed numeric date with a time zone, and a research project
page's "Researchers:" credit with linked names."""

from datetime import date

import pytest

from agefacts.ingest.header import extract_header, parse_date


def _fields(text: str):
    h = extract_header(text)
    return h.title, h.byline, h.published


BODY = (
    "Thank you for the opportunity to speak today. My laboratory studies how tendons and "
    "muscles respond to loading in people over seventy, and what that means for falls.\n"
)


def test_testimony_under_a_letterhead_is_the_title_and_names_its_author():
    text = (
        "NORTHERN PLAINS CENTER FOR MOBILITY SCIENCE\n"
        "Division of Rehabilitation Research\n"
        "88 Harbor Street, Suite 12, Duluth, MN 55802\n\n"
        "Written Testimony of Marek J. Oyelaran, M.D., Ph.D., before the Senate Committee on "
        "Aging and Long-Term Care\n\n"
        "Hearing on Federal Support for Healthy Aging Research\n"
        "June 4, 2024\n\n" + BODY
    )
    assert _fields(text) == (
        "Written Testimony of Marek J. Oyelaran, M.D., Ph.D., before the Senate Committee on "
        "Aging and Long-Term Care",
        "Marek J. Oyelaran",
        date(2024, 6, 4),
    )


def test_statement_of_an_organisation_is_a_title_without_a_byline():
    text = (
        "Statement of the Society for Muscle Health to the House Committee on Science\n\n"
        "May 2, 2024\n\n" + BODY
    )
    title, byline, _ = _fields(text)
    assert title.startswith("Statement of the Society for Muscle Health")
    assert byline is None


def test_capitals_with_an_institute_are_a_headline_without_a_letterhead_block_below():
    text = "INSTITUTE FINDS OLDER LIFTERS KEEP THEIR TENDONS SUPPLE\n\nBy Jo Marsh\n\n" + BODY
    assert _fields(text)[:2] == ("INSTITUTE FINDS OLDER LIFTERS KEEP THEIR TENDONS SUPPLE", "Jo Marsh")


def test_a_statement_of_work_is_no_testimony():
    text = "Statement of Work and Budget Plan\n\nBy Jo Marsh\n\n" + BODY
    assert _fields(text)[:2] == ("Statement of Work and Budget Plan", "Jo Marsh")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Updated: 14/03/2025, 09:15 IST", date(2025, 3, 14)),  # first number > 12: day first
        ("Published: 04/03/2025 18:02 GMT", date(2025, 3, 4)),  # ambiguous, a day-first zone
        ("Last updated 04/03/2025 08:30 AEST", date(2025, 3, 4)),
        ("Published 04/03/2025 6:02 PM ET", date(2025, 4, 3)),  # a North American zone
        ("Posted 3/24/2025", date(2025, 3, 24)),  # second number > 12: month first
        ("Updated: 04/03/2025", None),  # ambiguous, nothing tells: left unread
        ("Updated: 31/04/2025 IST", None),  # no such day
    ],
)
def test_slashed_numeric_dates_read_day_or_month_first(line, expected):
    assert parse_date(line) == expected


def test_newsroom_byline_row_with_agency_and_slashed_update_stamp():
    text = (
        "SCIENCE | AGEING\n\n"
        "Older walkers keep their grip longer, finds a five-city cohort study\n\n"
        "Vikram Sethi Menon | PTI | Updated: 09/01/2025, 11:20 IST\n\n"
        "MUMBAI: Grip strength falls later in people who walk every day, a cohort study of "
        "12,000 adults has found.\n"
    )
    assert _fields(text) == (
        "Older walkers keep their grip longer, finds a five-city cohort study",
        "Vikram Sethi Menon",
        date(2025, 1, 9),
    )


@pytest.mark.parametrize("label", ["Researchers", "Investigators", "Team", "Project lead"])
def test_project_page_credit_names_its_authors(label):
    text = (
        "[Fundit](/) › [Science](/discover/science)\n\n"
        "# Does creatine help older muscle recover after a fall?\n\n"
        f"**{label}:** [Dr. Lena Hovland](/users/lh), [Ibrahim Castellanos](/users/ic)\n"
        "**Institution:** Coastal State University\n"
        "**Published:** April 7, 2025\n\n"
        "---\n\n**52%** funded\n\n## About This Project\n\n" + BODY
    )
    assert _fields(text) == (
        "Does creatine help older muscle recover after a fall?",
        "Dr. Lena Hovland, Ibrahim Castellanos",
        date(2025, 4, 7),
    )


def test_project_team_label_naming_no_person_is_no_byline():
    text = (
        "# Does creatine help older muscle recover after a fall?\n\n"
        "**Team:** Coastal State University Kinesiology\n"
        "**Published:** April 7, 2025\n\n" + BODY
    )
    assert _fields(text)[1] is None
