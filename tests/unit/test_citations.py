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
