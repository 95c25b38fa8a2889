"""Citation rows and sentence links on small articles written for these tests."""

from agefacts.extract.citations import extract_citations
from agefacts.extract.sentences import sentence_rows


def run(text, doc_id="t"):
    sentences = sentence_rows(doc_id, text)
    rows, cites = extract_citations(doc_id, text, sentences)
    by_id = {r["citation_id"]: r for r in rows}
    linked = [(sentences[c["sentence_id"]]["text"], by_id[c["citation_id"]]["marker"])
              for c in cites]
    return rows, linked


SUPERSCRIPT_ARTICLE = """Sprinting keeps muscle young.

Older runners kept more type II fibres than sedentary peers.¹ The effect held in women,² and a
mouse study found the same.^{3, 4}
A 10 m² patch of skin is irrelevant here. Ranges work too.¹⁻³

References

- ¹ [Experimental Gerontology Volume 172, February 2023, 112061](#)
- ² Physiol Rev. 2019 Jul-Aug;99(3):1201-1250
- ^{3, 4} Nutrients 2022, 14(7), 1502
"""


def test_superscript_list_rows_and_links():
    rows, linked = run(SUPERSCRIPT_ARTICLE)
    assert [r["marker"] for r in rows] == ["1", "2", "3,4"]
    first = rows[0]
    assert first["text"] == "Experimental Gerontology Volume 172, February 2023, 112061"
    assert SUPERSCRIPT_ARTICLE[first["char_start"] : first["char_end"]] == first["text"]
    assert (first["journal"], first["volume"], first["pages"], first["year"]) == (
        "Experimental Gerontology", "172", "112061", 2023)
    assert rows[2]["issue"] == "7"
    assert all(r["resolution"] == "unresolved" and r["reason"] for r in rows)
    assert ("Older runners kept more type II fibres than sedentary peers.¹", "1") in linked
    assert any(m == "3,4" and "mouse study" in s for s, m in linked)
    # "m²" is a unit, not citation 2
    assert not any("patch of skin" in s for s, _ in linked)
    # a superscript range cites each entry in it
    assert sorted(m for s, m in linked if s.startswith("Ranges")) == ["1", "2", "3,4"]


def test_bracket_markers_and_numbered_list():
    text = (
        "Exercise raises NAD+ in muscle [1]. Two trials disagreed [2, 3].\n\n"
        "## References\n"
        "1. Okafor NC, Moreau T. NAD metabolism in training. Cell Metab. 2020;31(6):1120-34.\n"
        "2. Scientific Reports Volume 12, Article number: 20581 (2022)\n"
        "3. Nat Aging 4, 1321\n"
    )
    rows, linked = run(text)
    assert [r["marker"] for r in rows] == ["1", "2", "3"]
    assert rows[0]["authors"] == "Okafor NC; Moreau T"
    assert ("Exercise raises NAD+ in muscle [1].", "1") in linked
    assert {m for s, m in linked if s.startswith("Two trials")} == {"2", "3"}


def test_author_year_markers():
    text = (
        "Grip strength tracks biological age (Alvarez et al., 2021). Varga and Hoshino (2022) "
        "disagreed.\n\nReferences\n\n"
        "Alvarez, R., Chen, S., & Ito, M. (2021). Grip strength as a marker of biological age. "
        "Journal of Aging Research, 25(3), 801–810.\n"
        "Varga, K., & Hoshino, R. (2022). Protein timing in older women. Nutrients, 14(7), 1502.\n"
    )
    rows, linked = run(text)
    assert len(rows) == 2
    assert rows[0]["marker"] is None and rows[0]["journal"] == "Journal of Aging Research"
    assert len(linked) == 2
    assert linked[0][0].startswith("Grip strength") and linked[1][0].startswith("Varga and")


def test_source_line_and_loose_doi():
    text = (
        "Mice that ran kept their stem cells (see https://doi.org/10.1000/ABC123).\n"
        "Source: link to paper\n"
        "Source: Haddad, F., et al. “Lactate signalling and muscle memory in aged rats.” "
        "Cell Reports (2025).\n"
    )
    rows, linked = run(text)
    assert len(rows) == 2
    loose, source = rows
    assert loose["doi"] == "10.1000/abc123" and loose["resolution"] == "explicit"
    assert loose["resolution_score"] == 1.0
    assert text[loose["char_start"] : loose["char_end"]] == "https://doi.org/10.1000/ABC123"
    assert source["title"] == "Lactate signalling and muscle memory in aged rats"
    assert source["journal"] == "Cell Reports" and source["year"] == 2025
    assert linked == [("Mice that ran kept their stem cells (see https://doi.org/10.1000/ABC123).",
                       None)]


def test_ids_are_stable_and_text_free_documents_have_none():
    rows_a, _ = run(SUPERSCRIPT_ARTICLE)
    rows_b, _ = run(SUPERSCRIPT_ARTICLE)
    assert [r["citation_id"] for r in rows_a] == [r["citation_id"] for r in rows_b]
    assert run("No citations here. Source: link to paper")[0] == []


def test_journal_reference_block_with_numbered_entry():
    text = (
        "Stem cells in old muscle lose their daily rhythm, a study reports.\n\n"
        "Journal Reference:\n\n"
        "1. Maria Lopez, Ken Ito, Sara Berg. Muscle stem cells lose their rhythm with age. "
        "Nature Aging, 2024; 4 (5): 612 DOI: 10.1038/s43587-024-00612-4\n"
    )
    rows, _ = run(text)
    [row] = rows
    assert row["marker"] == "1" and row["doi"] == "10.1038/s43587-024-00612-4"
    assert row["authors"] == "Maria Lopez; Ken Ito; Sara Berg"
    assert row["journal"] == "Nature Aging" and row["year"] == 2024


PUBMED_RECORD = """J Appl Physiol. 2023 Feb;134(2):311-322. doi: 10.1152/japplphysiol.00412.2022. Epub 2022 Dec 1.

Sprint interval training and satellite cells in women over 70

Dana K Moreau, Li Wen

PMID: 36500001  DOI: 10.1152/japplphysiol.00412.2022

Abstract

Twelve weeks of sprint intervals raised satellite cell content.

Similar articles
Cycling and muscle stem cells in old age.
Exp Gerontol. 2021 Jan;143:111150. doi: 10.1016/j.exger.2020.111150.
"""


def test_a_doi_printed_twice_is_one_citation():
    rows, _ = run(PUBMED_RECORD)
    first = PUBMED_RECORD.index("doi: 10.1152")
    assert [r["doi"] for r in rows] == ["10.1152/japplphysiol.00412.2022",
                                         "10.1016/j.exger.2020.111150"]
    record = rows[0]
    assert record["char_start"] == first  # the first mention keeps its span, so its id
    # the record's own journal line gives the venue
    assert (record["journal"], record["year"], record["volume"], record["issue"],
            record["pages"]) == ("J Appl Physiol", 2023, "134", "2", "311-322")


def test_merged_duplicates_leave_no_dangling_links():
    text = ("Strength rose by a fifth (doi:10.1000/xyz.42).\n\nReferences\n\n"
            "1. Moreau T, Wen L. Strength in old age. J Aging. 2020;3(1):1-9. doi:10.1000/xyz.42\n")
    sentences = sentence_rows("t", text)
    rows, cites = extract_citations("t", text, sentences)
    assert len(rows) == 1 and rows[0]["char_start"] == text.index("doi:10.1000")
    assert rows[0]["title"] == "Strength in old age"  # fields from the fuller mention
    assert {c["citation_id"] for c in cites} == {rows[0]["citation_id"]}
    assert [sentences[c["sentence_id"]]["text"] for c in cites] == [
        "Strength rose by a fifth (doi:10.1000/xyz.42)."]


def test_link_label_and_its_doi_url_are_one_row():
    text = ("Sources\n\n1. [Cell Stem Cell, \"Satellite cells lose quiescence with age\"]"
            "(https://doi.org/10.1016/j.stem.2020.01.001)\n")
    rows, _ = run(text)
    assert len(rows) == 1
    assert (rows[0]["journal"], rows[0]["doi"]) == ("Cell Stem Cell", "10.1016/j.stem.2020.01.001")


FOOTNOTES = """Irisin is hard to measure.[^1] My aunt still walks daily.[^2]

[^1]: A good summary is Moreau, T. & Wen, L. (2019). Why irisin assays disagree. *Journal of Physiology* 597(4): 1001–1010. https://doi.org/10.1113/jp277001
[^2]: She says "that's the whole secret, really." I believe her.
"""


def test_markdown_footnotes_are_references_when_they_name_a_work():
    rows, linked = run(FOOTNOTES)
    assert len(rows) == 1
    row = rows[0]
    assert (row["marker"], row["authors"], row["journal"], row["volume"], row["pages"]) == (
        "1", "Moreau, T.; Wen, L.", "Journal of Physiology", "597", "1001–1010")
    assert linked == [("Irisin is hard to measure.[^1]", "1")]


def test_numbered_list_cited_by_author_and_year():
    text = ("Strength falls after 65 (Moreau et al., 2019).\n\n## References\n\n"
            "1. Moreau, T., et al. (2019). Strength across age. *Journal of Aging*, 3(1), 1–9.\n")
    _, linked = run(text)
    assert linked == [("Strength falls after 65 (Moreau et al., 2019).", "1")]


def test_a_reference_keeps_its_whole_doi_when_a_hard_line_break_splits_it():
    text = ("Strong muscles age slowly.\n\nFURTHER READING\n"
            "Berg A, Holm T. Cycling and mitochondria in older adults. Cell Metabolism, 2025. "
            "doi.org/10.1016/j.cmet.2025.\n04.011\n")
    rows, _ = extract_citations("d", text, sentence_rows("d", text))
    assert [r["doi"] for r in rows if r["doi"]] == ["10.1016/j.cmet.2025.04.011"]
