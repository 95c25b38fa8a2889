from pathlib import Path

from agefacts.ingest.discover import discover
from agefacts.ingest.documents import doc_id_for, document_row, ingest
from agefacts.ingest.readers import ReadText, RejectedInput, decode, html_to_text


def test_utf8_text_is_decoded_and_newlines_normalised():
    out = decode("a.txt", "Title\r\n\r\nIL-6 rose ≤9%\r\n".encode(), ".txt")
    assert isinstance(out, ReadText)
    assert out.text == "Title\n\nIL-6 rose ≤9%\n"


def test_bom_is_dropped():
    out = decode("a.txt", "\ufeffHello".encode(), ".txt")
    assert out.text == "Hello"


def test_empty_binary_and_latin1_files_are_rejected_with_reasons():
    empty = decode("e.txt", b"  \n", ".txt")
    binary = decode("b.txt", b"\x89PNG\r\n\x1a\n\x00\x00", ".txt")
    latin = decode("l.txt", "café".encode("latin-1"), ".txt")
    assert isinstance(empty, RejectedInput) and empty.reason == "empty"
    assert empty.detail == "e.txt: file holds only whitespace (3 bytes)"
    assert decode("z.txt", b"", ".txt").detail == "z.txt: file is empty"
    assert isinstance(binary, RejectedInput) and binary.reason == "binary"
    assert isinstance(latin, RejectedInput) and latin.reason == "not_utf8"
    assert "l.txt" in latin.detail and "byte 3" in latin.detail


def test_html_is_reduced_to_visible_text():
    markup = """<html><head><title>Lifting &amp; Longevity</title><style>p{}</style></head>
    <body><h1>Lifting &amp; Longevity</h1><script>var x=1;</script>
    <p>By <a href="#">Kim Lee</a></p><p>Strength   training
    helps.</p><ul><li>One</li><li>Two</li></ul></body></html>"""
    text, title = html_to_text(markup)
    assert title == "Lifting & Longevity"
    assert "var x" not in text and "p{}" not in text
    assert "Lifting & Longevity\n" in text
    assert "Strength training helps." in text
    assert "By Kim Lee" in text
    assert "- One\n- Two" in text


def test_discover_picks_supported_files_in_stable_order(tmp_path: Path):
    for name in ["b.md", "a.txt", "c.html", "d.pdf", ".hidden.txt", "sub/e.txt", "MANIFEST.sha256"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    assert [f.relative for f in discover(tmp_path)] == ["a.txt", "b.md", "c.html", "sub/e.txt"]


def test_duplicates_are_rejected_naming_both_files():
    reads = [decode("a.txt", b"Same text", ".txt"), decode("b.txt", b"Same text", ".txt"),
             decode("a.md", b"Other text", ".md")]
    out = ingest(reads)
    assert [d["source_path"] for d in out.documents] == ["a.txt"]
    reasons = {r.source_path: (r.reason, r.detail) for r in out.rejected}
    assert reasons["b.txt"][0] == "duplicate" and "a.txt" in reasons["b.txt"][1]
    assert reasons["a.md"][0] == "duplicate" and "document id 'a'" in reasons["a.md"][1]


def test_doc_id_is_path_without_extension():
    assert doc_id_for("sub/article_1.txt") == "sub/article_1"


def test_html_tables_keep_their_cells_apart_and_superscripts_stay_markers():
    text, _ = html_to_text(
        "<p>Strength rose 31%.<sup>2</sup> BMI was 25 kg/m<sup>2</sup>.</p><table>\n"
        "<tr><th>Day</th><th>Dose</th></tr>\n<tr><td>Monday</td><td>3 × 8–12</td></tr>\n</table>"
    )
    assert "rose 31%.^{2} BMI was 25 kg/m²." in text
    assert "| Day | Dose |\n|---|---|\n| Monday | 3 × 8–12 |" in text


PAGE = """<html><head><title>10 Ways To Age Well | Example Physio</title></head><body>
<header class="site"><h1>Example Physio</h1><nav><a href="/">Home</a></nav></header>
<main><article><header><h1>Rowing after seventy: what changes in the <em>hips</em></h1>
<p>By Mo Tran · 3 May 2024</p></header><p>Body text.</p></article></main>
<footer><h1>Contact us today</h1></footer></body></html>"""


def test_html_page_headline_is_its_article_h1_not_the_title_or_the_site_name():
    read = decode("blog/rowing.html", PAGE.encode(), ".html")
    assert isinstance(read, ReadText)
    assert read.html_h1 == "Rowing after seventy: what changes in the hips"
    row = document_row(read)
    assert row["title"] == "Rowing after seventy: what changes in the hips"
    assert (row["byline"], str(row["published"])) == ("Mo Tran", "2024-05-03")


def test_html_page_without_article_markup_takes_its_first_h1_outside_the_furniture():
    markup = ("<head><title>Blog | Example</title></head><nav><h1>Menu</h1></nav>"
              "<h1>Why hips stiffen with age</h1><p>Body.</p>")
    read = decode("p.html", markup.encode(), ".html")
    assert isinstance(read, ReadText)
    assert read.html_h1 == "Why hips stiffen with age"  # not the menu's <h1>
    assert document_row(read)["title"] == "Why hips stiffen with age"
    no_h1 = decode("q.html", b"<head><title>Why Hips Stiffen With Age - Example Physio</title></head><p>Body.</p>", ".html")
    assert isinstance(no_h1, ReadText) and no_h1.html_h1 is None
    assert document_row(no_h1)["title"] == "Why Hips Stiffen With Age"


def test_pdf_ligatures_are_read_as_their_letters():
    read = decode("a.txt", "ﬁve days per week of ﬂexibility work".encode(), ".txt")
    assert isinstance(read, ReadText)
    assert read.text == "five days per week of flexibility work"


def test_html_link_to_a_doi_keeps_the_doi_when_its_text_does_not_show_it():
    markup = (
        '<p>Step counts matter. <a href="https://doi.org/10.1136/bjsports-2025-109874">Read the '
        'paper</a></p><p>Shown: <a href="https://doi.org/10.1111/acel.14431">10.1111/acel.14431</a>'
        '; publisher page: <a href="https://www.example.org/doi/full/10.1249/MSS.0000000000003518'
        '?af=R">here</a>; <a href="https://example.org/about">About us</a></p>'
    )
    text, _ = html_to_text(markup)
    assert "Read the paper (https://doi.org/10.1136/bjsports-2025-109874)" in text
    assert text.count("10.1111/acel.14431") == 1  # a link that shows its DOI is left alone
    assert "here (https://doi.org/10.1249/MSS.0000000000003518)" in text
    assert "example.org/about" not in text  # only DOI targets are kept


def test_html_doi_link_targets_become_citations():
    from agefacts.extract.citations import extract_citations
    from agefacts.extract.sentences import sentence_rows

    text, _ = html_to_text(
        '<p>Walking more was linked to longer life. <a href="https://doi.org/10.1136/bjsports-'
        '2025-109874">Read the paper</a></p>'
    )
    citations, _ = extract_citations("d", text, sentence_rows("d", text))
    assert [c["doi"] for c in citations] == ["10.1136/bjsports-2025-109874"]
    c = citations[0]
    assert text[c["char_start"] : c["char_end"]] == c["text"]
