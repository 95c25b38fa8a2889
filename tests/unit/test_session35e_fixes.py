"""Session 35, round e: an HTML preformatted block (<pre> and its kin) is read as a browser
shows it, line by line with its runs of spaces, not as one line of prose."""

from __future__ import annotations

from agefacts.ingest.readers import decode, html_document


def _text(html: str) -> str:
    return html_document(html)[0]


def test_pre_table_keeps_its_rows_and_columns() -> None:
    html = (
        "<html><body><h2>Standings</h2>\n<pre>\n"
        "Rank  Team            Played  Points\n"
        "1     Riverside Owls  12      30\n"
        "2     Hilltop Hares   12      26\n"
        "</pre>\n<p>Next round on Friday.</p></body></html>"
    )
    text = _text(html)
    assert "Rank  Team            Played  Points\n" in text
    assert "\n1     Riverside Owls  12      30\n2     Hilltop Hares   12      26\n" in text
    assert "Next round on Friday." in text


def test_leading_newline_after_pre_is_dropped_and_no_blank_runs() -> None:
    text = _text("<p>Intro.</p><pre>\nfirst line\n  indented line\n</pre><p>After.</p>")
    assert text == "Intro.\n\nfirst line\n  indented line\n\nAfter.\n"


def test_pre_with_nested_inline_tags_and_entities() -> None:
    html = (
        "<pre><b>Step</b>   <i>Minutes</i>\n"
        "warm&nbsp;up   10\n"
        "intervals&#9;&lt;20&gt;\n"
        "cool-down   <span>5</span>  &amp; stretch</pre>"
    )
    lines = _text(html).splitlines()
    assert lines == [
        "Step   Minutes",
        "warm up   10",
        "intervals\t<20>",
        "cool-down   5  & stretch",
    ]


def test_poem_in_pre_inside_other_blocks() -> None:
    html = (
        "<article><blockquote><p>She wrote:</p><pre>\n"
        "the hill at dawn,\n"
        "    the slow climb,\n\n\n"
        "the view\n"
        "</pre></blockquote><ul><li><pre>one  two\nthree</pre></li></ul></article>"
    )
    text = _text(html)
    assert "She wrote:\n\nthe hill at dawn,\n    the slow climb,\n\nthe view\n" in text
    assert "one  two\nthree" in text


def test_text_outside_pre_is_still_collapsed() -> None:
    text = _text("<p>two   spaces\n and   a break</p><pre>a   b</pre><p>c   d</p>")
    assert text == "two spaces and a break\n\na   b\n\nc d\n"


def test_listing_xmp_and_textarea_keep_lines() -> None:
    for tag in ("listing", "xmp", "textarea"):
        text = _text(f"<p>Before</p><{tag}>\nx  = 1\ny  = 2\n</{tag}><p>After</p>")
        assert text == "Before\n\nx  = 1\ny  = 2\n\nAfter\n", tag


def test_pre_rows_are_not_read_as_counts() -> None:
    """A table's rows stay lines: a row's rank is not read as a count of the name after it."""
    from agefacts.extract.pipeline import DocumentText, extract_document

    html = (
        "<html><body><p>Club news.</p><pre>\n"
        "Pos  Club              P   Pts\n"
        "1    Lakeside Rovers   10  25\n"
        "2    Marsh End Albion  10  21\n"
        "</pre></body></html>"
    )
    read = decode("x.html", html.encode(), ".html")
    assert "\n1    Lakeside Rovers   10  25\n" in read.text
    rows = extract_document(DocumentText("d1", read.text))
    texts = [q["text"] for q in rows.get("quantities", [])]
    assert not any("Rovers" in t or "Albion" in t for t in texts), texts
