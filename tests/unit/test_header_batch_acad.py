"""Session 13, headers: a blog's name and tagline above a Markdown rule is a masthead (the "# "
heading below it is the title), and a post stamp names its author after the date ("Posted on
... by ...") (batch ad)."""

from __future__ import annotations

from datetime import date

from agefacts.ingest.header import extract_header

BLOG = """**Running Notes** — a physio's blog about tendons, tempo runs and tea

---

# Why your calf hurts after hills, and what the trials say

*Posted on 3 March 2024 by Dr Ana Price* · Filed under: [Injury](/injury), [Running](/running)

Hills load the calf more than flat running does.
"""


def test_a_masthead_above_a_rule_gives_way_to_the_heading_below():
    header = extract_header(BLOG)
    assert header.title == "Why your calf hurts after hills, and what the trials say"
    assert header.byline == "Dr Ana Price"
    assert header.published == date(2024, 3, 3)


def test_without_a_rule_a_heading_whose_post_stamp_names_its_writer_is_the_title():
    # session 36b: the stamp under the "#" heading marks it as the post's headline
    text = BLOG.replace("---\n\n", "")
    assert extract_header(text).title == "Why your calf hurts after hills, and what the trials say"


def test_without_a_rule_or_a_named_writer_the_first_headline_line_stays_the_title():
    text = BLOG.replace("---\n\n", "").replace(" by Dr Ana Price", "")
    assert extract_header(text).title.startswith("Running Notes")


def test_a_post_stamp_names_no_author_when_by_names_no_person():
    text = "# Ten tips for hill runs\n\nPosted on 3 March 2024 by the editorial team\n\nBody text here."
    header = extract_header(text)
    assert header.byline is None and header.published == date(2024, 3, 3)
