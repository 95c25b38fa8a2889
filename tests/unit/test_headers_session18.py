"""Session 18 (batches bd, be, bf), headers: the writer's institution after the byline name, a
dotted month-first date, a role written before the name as a title, and a byline block in
capitals with one field a line (made-up texts)."""

from __future__ import annotations

import pytest

from agefacts.ingest.header import extract_header, parse_date

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")
TITLE = "Older rowers keep their grip strength longer, harbour study finds"
STANDFIRST = "Researchers followed club rowers over sixty for five seasons and measured their hands."


@pytest.mark.parametrize("affiliation", [
    "University of Northfield", "Northfield University", "Eastfield Institute of Ageing",
    "Universität Nordstadt", "University of Westhaven, Port Allen",
])
def test_the_writers_institution_after_the_byline_name_is_dropped(affiliation):
    text = f"{TITLE}\n\nby Jane Roe, {affiliation}\n\nMarch 4, 2025\n\n{BODY}"
    header = extract_header(text)
    assert header.byline == "Jane Roe"
    assert header.published.isoformat() == "2025-03-04"


@pytest.mark.parametrize("line", ["By Jane Roe, Eastfield Institute, and Ann Poe",
                                  "By Jane Roe, Eastfield Institute; Ann Poe, Westhaven College"])
def test_a_co_author_joined_after_an_institution_stays(line):
    text = f"{TITLE}\n\n{line}\n\n{BODY}"
    assert extract_header(text).byline == "Jane Roe, Ann Poe"


def test_a_byline_of_two_people_without_an_institution_is_unchanged():
    text = f"{TITLE}\n\nBy Jane Roe, Ann Poe\n\n{BODY}"
    assert extract_header(text).byline == "Jane Roe, Ann Poe"


@pytest.mark.parametrize(("written", "iso"), [
    ("03.24.2026", "2026-03-24"), ("11.17.2025", "2025-11-17"),  # second number over 12: month first
    ("24.03.2026", "2026-03-24"), ("03.04.2026", "2026-04-03"),  # day first otherwise, as before
])
def test_a_dotted_numeric_date_is_read_month_first_only_when_it_must_be(written, iso):
    assert parse_date(written).isoformat() == iso


def test_a_dotted_date_under_the_byline_dates_the_piece():
    text = f"# {TITLE}\n\n**{STANDFIRST}**\n\nBy Jane Roe  \n03.24.2026\n\n---\n\n{BODY}"
    header = extract_header(text)
    assert header.byline == "Jane Roe"
    assert header.published.isoformat() == "2026-03-24"


@pytest.mark.parametrize("text", ["v01.24.2026", "13.13.2026", "3.17.2025", "build 2.31.2024"])
def test_a_version_number_or_an_impossible_date_is_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("line", [
    "*Posted by Coach Jane Roe · March 3, 2025 · Training Notes*",
    "By Coach Jane Roe",
    "By Staff Writer Jane Roe",
])
def test_a_role_written_before_the_name_as_a_title_goes(line):
    text = f"# {TITLE}\n\n{line}\n\n{BODY}"
    assert extract_header(text).byline == "Jane Roe"


def test_an_honorific_before_the_name_stays():
    text = f"# {TITLE}\n\nBy Dr Jane Roe\n\n{BODY}"
    assert extract_header(text).byline == "Dr Jane Roe"


def test_a_role_before_an_outlet_leaves_the_name_before_it():
    text = f"{TITLE}\n\nBy JANE ROEBUCK, HEALTH REPORTER FOR EXAMPLEONLINE\n\n{BODY}"
    assert extract_header(text).byline == "JANE ROEBUCK"


def test_a_byline_block_in_capitals_one_field_a_line_is_not_a_broken_headline():
    text = (f"HEALTH\n\n{TITLE}\n\n{STANDFIRST}\n\nMARGOT LEBLANC\nHEALTH REPORTER\nPORT ALLEN\n"
            f"PUBLISHED MARCH 4, 2025\nUPDATED MARCH 5, 2025\n\n{BODY}")
    header = extract_header(text)
    assert header.byline == "MARGOT LEBLANC"
    assert header.title == TITLE
    assert header.published.isoformat() == "2025-03-04"


def test_a_headline_in_capitals_broken_over_short_lines_is_still_joined():
    text = f"OLDER ROWERS KEEP\nTHEIR GRIP LONGER\n\nBy Jane Roe\n\n{BODY}"
    assert extract_header(text).title == "OLDER ROWERS KEEP THEIR GRIP LONGER"
