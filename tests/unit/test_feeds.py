"""RSS and Atom feeds read as documents: the item's article, not the XML, with its own header."""

from datetime import date
from pathlib import Path

from agefacts.ingest.discover import discover
from agefacts.ingest.documents import document_row, ingest, read_source
from agefacts.ingest.readers import ReadText, RejectedInput, decode

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example Ageing News</title>
  <description>News about muscle &amp; ageing</description>
  <item>
    <title>Rowing keeps old hips supple &amp;#8211; a small trial</title>
    <dc:creator><![CDATA[Jane Roe]]></dc:creator>
    <pubDate>Tue, 03 Mar 2026 23:30:00 -0500</pubDate>
    <description>&lt;p&gt;Short teaser [&amp;#8230;]&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Rowers aged 70 had 12% more hip flexion &#8211; after
      <em>eight weeks</em>.</p><h2>What changed</h2><p>Read the
      <a href="https://doi.org/10.5555/example.123">paper</a>.</p>
      <p>The post <a href="https://example.org/p/1">Rowing keeps old hips supple</a> appeared first on <a href="https://example.org">Example Ageing News</a>.</p>]]></content:encoded>
  </item>
  <item>
    <title>Second story</title>
    <author>ann@example.org (Ann Poe)</author>
    <pubDate>Mon, 02 Mar 2026 08:00:00 +0000</pubDate>
    <description>&lt;p&gt;Walking &amp;amp; balance improved by 8%.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Lab Blog</title>
  <entry>
    <title type="html">Grip strength &amp;amp; age</title>
    <author><name>Dr. Ann Poe</name></author>
    <published>2025-11-20T09:15:00Z</published>
    <updated>2025-12-01T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second
      paragraph.</p></div></content>
  </entry>
</feed>
"""


def _read(markup: str, name: str = "feeds/news.xml") -> ReadText | RejectedInput:
    return decode(name, markup.encode(), ".xml")


def test_rss_item_becomes_the_article_with_its_own_header():
    read = _read(RSS)
    assert isinstance(read, ReadText) and read.kind == "feed"
    first = read.text.split("\n\n")
    assert first[:2] == ["Rowing keeps old hips supple – a small trial",
                         "By Jane Roe · Tue, 03 Mar 2026 23:30:00 -0500"]
    assert "Rowers aged 70 had 12% more hip flexion – after eight weeks." in read.text
    assert "<p>" not in read.text and "&#8211;" not in read.text and "CDATA" not in read.text
    assert "(https://doi.org/10.5555/example.123)" in read.text  # a DOI link keeps its target
    assert "appeared first on" not in read.text  # the blog engine's footer
    assert "Short teaser" not in read.text  # the full content wins over the teaser
    row = document_row(read)
    # the item's, not the channel's; the date as printed in the feed's zone (not UTC)
    assert (row["title"], row["byline"], row["published"]) == (
        "Rowing keeps old hips supple – a small trial", "Jane Roe", date(2026, 3, 3),
    )


def test_every_item_of_a_feed_is_kept_as_its_own_section():
    read = _read(RSS)
    assert isinstance(read, ReadText)
    second = read.text.index("Second story\n\nBy Ann Poe · Mon, 02 Mar 2026 08:00:00 +0000")
    assert read.text.index("What changed") < second
    assert "Walking & balance improved by 8%." in read.text  # description when no full content


def test_atom_entry_with_xhtml_content():
    read = _read(ATOM)
    assert isinstance(read, ReadText)
    assert "First paragraph.\n\nSecond paragraph." in read.text
    row = document_row(read)
    assert (row["title"], row["byline"], row["published"]) == (
        "Grip strength & age", "Dr. Ann Poe", date(2025, 11, 20),
    )


def test_malformed_feed_is_rejected_with_the_file_and_the_reason():
    broken = RSS.replace("</channel>", "")
    read = _read(broken, "feeds/broken.xml")
    assert isinstance(read, RejectedInput) and read.reason == "malformed"
    assert read.detail.startswith("feeds/broken.xml: not well-formed XML (")
    assert "line" in read.detail


def test_xml_that_is_not_a_feed_is_rejected_as_unsupported():
    read = _read('<?xml version="1.0"?><svg><rect/></svg>', "img/logo.xml")
    assert isinstance(read, RejectedInput) and read.reason == "unsupported"
    assert "img/logo.xml" in read.detail and "<svg>" in read.detail


def test_feed_without_items_is_rejected_as_empty():
    read = _read("<rss><channel><title>Site</title></channel></rss>", "f.xml")
    assert isinstance(read, RejectedInput) and read.reason == "empty"


def test_xml_sources_are_discovered_and_ingested(tmp_path: Path):
    (tmp_path / "news.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<urlset><url/></urlset>", encoding="utf-8")
    (tmp_path / "note.txt").write_text("A note\n\nSome text.\n", encoding="utf-8")
    found = discover(tmp_path)
    assert [f.relative for f in found] == ["news.xml", "note.txt", "sitemap.xml"]
    out = ingest([read_source(f) for f in found])
    assert [d["doc_id"] for d in out.documents] == ["news", "note"]
    assert [(r.source_path, r.reason) for r in out.rejected] == [("sitemap.xml", "unsupported")]


def test_html_entities_a_feed_leaves_undeclared_are_read_as_their_characters():
    item = RSS.replace("Rowing keeps old hips supple &amp;#8211; a small trial",
                       "Rowing&nbsp;keeps old hips supple &mdash; a small trial")
    read = _read(item, "feeds/site.xml")
    assert isinstance(read, ReadText)
    assert read.text.startswith("Rowing keeps old hips supple \u2014 a small trial\n")
    # a name HTML does not define either: still malformed, and the message says where
    read = _read(RSS.replace("a small trial", "a &madeup; trial"), "feeds/odd.xml")
    assert isinstance(read, RejectedInput) and read.reason == "malformed"
    assert "undefined entity" in read.detail
