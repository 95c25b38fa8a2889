from datetime import date

import pytest

from agefacts.ingest.header import extract_header, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 2025", date(2025, 3, 3)),
        ("Posted on 3 March 2025", date(2025, 3, 3)),
        ("Sept. 14th, 2019", date(2019, 9, 14)),
        ("2024-11-05T10:00", date(2024, 11, 5)),
        ("February 30, 2024", None),
        ("In 2025 researchers", None),
    ],
)
def test_parse_date_reads_full_dates_only(text, expected):
    assert parse_date(text) == expected


def test_labelled_block_header():
    text = "Muscles Remember Training\n\nHealth\n\nAuthor\n\nJane Roe\n\nPublished\n\nJanuary 5, 2024\n\nBody text starts here."
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == ("Muscles Remember Training", "Jane Roe", date(2024, 1, 5))


def test_inline_byline_with_markdown_link_and_bare_date_line():
    text = "\n\nWhy Sprinting Helps\n\nCommentary by [Prof. Ana Lima](https://example.org/ana)\n\nMay 01, 2023\n\nText."
    h = extract_header(text)
    assert h.title == "Why Sprinting Helps"
    assert h.byline == "Prof. Ana Lima"
    assert h.published == date(2023, 5, 1)


def test_markdown_heading_and_byline_with_date_on_same_line():
    text = "# Older Hearts, Younger Arteries\n\nBy Sam Patel | June 2, 2022\n\nA study found that..."
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == ("Older Hearts, Younger Arteries", "Sam Patel", date(2022, 6, 2))


def test_post_without_header_has_no_metadata():
    text = "A new study just showed something surprising about muscle.\nResearchers at a university found more."
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == (None, None, None)


def test_seed_headers(seeds_dir, gold):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = gold[path.name]["document"]
        h = extract_header(path.read_text(encoding="utf-8"))
        assert h.title == doc["title"], path.name
        assert h.byline == doc["author_or_byline"], path.name
        assert (h.published.isoformat() if h.published else None) == doc["published"], path.name
