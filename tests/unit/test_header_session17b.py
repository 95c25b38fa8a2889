"""Session 17 (batches bb, bc), headers: a name line with the writer's role or a "Follow"
button under it, a blog platform's "Published in ..." line, and the outlet after "for" in a
byline (made-up texts)."""

from __future__ import annotations

import pytest

from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")
TITLE = "Why older calves stay springy on hill runs, coastal study finds"
STANDFIRST = "Runners over sixty who trained on slopes kept more spring in their step, researchers say."


@pytest.mark.parametrize("role", ["Health Reporter", "Senior Science Correspondent", "Staff writer",
                                  "Professor of Sport Science"])
def test_a_name_line_with_its_role_on_the_line_below_is_the_byline(role):
    text = f"NEWS | Health\n\n{TITLE}\n\n{STANDFIRST}\n\nJane Roe\n{role}\nUpdated Tue 3 Mar 2026 at 6:00am\n\n{BODY}"
    header = extract_header(text)
    assert header.byline == "Jane Roe"
    assert header.title == TITLE


def test_a_menu_row_under_the_headline_is_no_name_with_a_role():
    text = f"{TITLE}\n\nLatest Stories\nEditor Picks\n\n{BODY}"
    assert extract_header(text).byline is None


def test_a_blog_platforms_published_in_line_names_a_publication_not_the_writer():
    text = (f"# {TITLE}\n\n## A subtitle that sets the scene for the essay below\n\n"
            "[Jane Roe](https://example.org/@janeroe)\n\nFollow\n\n"
            f"Published in Hill Runner Weekly · 6 min read · Mar 3, 2025\n\n{BODY}")
    header = extract_header(text)
    assert header.byline == "Jane Roe"
    assert header.published.isoformat() == "2025-03-03"


def test_a_published_in_line_alone_gives_no_byline():
    text = f"# {TITLE}\n\nPublished in Hill Runner Weekly · 6 min read · Mar 3, 2025\n\n{BODY}"
    header = extract_header(text)
    assert header.byline is None
    assert header.published.isoformat() == "2025-03-03"


@pytest.mark.parametrize(("line", "byline"), [
    ("By Jane Roe for The Morning Show", "Jane Roe"),
    ("By Jane Roe, for Example Weekly", "Jane Roe"),
    ("By Dr Jane Roe for the Hill Runner Podcast", "Dr Jane Roe"),
    ("By Jane Roe and Ann Poe for Example Weekly", "Jane Roe, Ann Poe"),
])
def test_the_outlet_after_for_in_a_byline_goes(line, byline):
    text = f"{TITLE}\n\n{line}\n\nPosted Tue 3 Mar 2026\n\n{BODY}"
    assert extract_header(text).byline == byline
