"""Session 36b: numbers of batch fo, headers of batches fn and fo (made-up texts of the same
shapes as the misses)."""
from __future__ import annotations

from agefacts.ingest.header import extract_header

_BLOG_UNDER_BANNER = (
    "[Harbour Hill Run](/en/) · [Entries](/en/entries) · [Results](/en/results) · [Blog](/en/blog)\n\n"
    "**Entries for next year's hill run open 2 February · Members EUR 30 until 28 February, "
    "students EUR 15**\n\n"
    "# Hearts, lungs and a hill: what the club's oldest members taught a lab\n\n"
    "*Posted 4 July 2027 by Anna Maria Roe, editor · 5 min read · Tags: research*\n\n"
    "Thanks to everyone who came out on Sunday, and to the weather for holding off.\n"
)


def test_post_stamp_under_heading_beats_a_banner_line_above_it() -> None:
    h = extract_header(_BLOG_UNDER_BANNER)
    assert h.title == "Hearts, lungs and a hill: what the club's oldest members taught a lab"
    assert h.byline == "Anna Maria Roe"


_AGENCY_RUN_IN = (
    "[Example Science Agency](/en) · [News](/en/news) · [Interviews](/en/interviews)\n\n"
    "**HEALTH | AGEING**\n\n"
    "# Samba after 65: dance classes build leg strength in older men in a coastal city\n\n"
    "*A trial at public fitness squares found gains in strength and balance after 16 weeks*\n\n"
    "March 3, 2027\n\n"
    "**Paulo Henrique Roe** | Example Science Agency – Every winter, the squares of the city fill "
    "with music. A study at a state university suggests the same dance can help older men.\n"
)


def test_agency_byline_run_into_first_paragraph() -> None:
    h = extract_header(_AGENCY_RUN_IN)
    assert h.byline == "Paulo Henrique Roe"
    assert h.title == "Samba after 65: dance classes build leg strength in older men in a coastal city"


_BOLD_LEAD_IN = (
    "# Spa offers for the winter season\n\n"
    "January 5, 2027\n\n"
    "**Ocean Calm Ritual** – a 60-minute massage and salt scrub, EUR 90. Book at the desk.\n"
)


def test_bold_lead_in_with_no_agency_field_is_no_byline() -> None:
    assert extract_header(_BOLD_LEAD_IN).byline is None
