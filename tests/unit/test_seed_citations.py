"""Every reference and DOI of the seed articles is a citation row with the curator's fields."""

import json
from pathlib import Path

import pytest

from agefacts.extract.citations import extract_citations
from agefacts.extract.sentences import sentence_rows

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seeds_gold.json").read_text(encoding="utf-8"))
SOURCES = ROOT / "raw" / "sources"


def _extract(name):
    text = (SOURCES / name).read_text(encoding="utf-8")
    doc_id = name.removesuffix(".txt")
    sentences = sentence_rows(doc_id, text)
    rows, cites = extract_citations(doc_id, text, sentences)
    return text, sentences, rows, cites


def _journal_ok(parsed, gold):
    # the curator sometimes adds a gloss: "Mo Med (Missouri Medicine)", "Biology (Basel)"
    return parsed is not None and (parsed == gold or gold.startswith(parsed + " ("))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_gold_citation_is_a_row_with_its_fields(name):
    text, _, rows, _ = _extract(name)
    gold = GOLD[name]["citations"]
    assert len(rows) == len(gold)
    by_text = {r["text"]: r for r in rows}
    for g in gold:
        row = by_text[g["text"]]
        assert text[row["char_start"] : row["char_end"]] == g["text"]
        assert _journal_ok(row["journal"], g["journal"]), (row["journal"], g["journal"])
        assert row["year"] == g["year"]
        assert row["volume"] == g["volume"]
        assert row["issue"] == g["issue"]
        assert row["pages"] == g["pages_or_article"]
        assert row["doi"] == g["doi"]
        if g.get("authors"):
            assert row["authors"].split("; ") == g["authors"]
        if g.get("title"):
            assert row["title"] == g["title"]
        if g.get("ref_numbers"):
            assert row["marker"] == ",".join(map(str, g["ref_numbers"]))
        assert row["resolution"] == ("explicit" if g["doi"] else "unresolved")


def test_each_superscript_marker_links_its_sentence():
    text, sentences, rows, cites = _extract("002_9736bdc933a5752a.txt")
    by_number = {int(n): r["citation_id"] for r in rows for n in r["marker"].split(",")}
    linked = {(c["sentence_id"], c["citation_id"]) for c in cites}
    # all 20 reference numbers are cited somewhere in the body
    cited_numbers = {n for n, cid in by_number.items() if any(cid == c for _, c in linked)}
    assert cited_numbers == set(range(1, 21))
    # spot-check: the sentence ending in ^{8,9} cites both entries
    [s] = [s for s in sentences if s["text"].endswith("recall.^{8,9}")]
    assert (s["sentence_id"], by_number[8]) in linked
    assert (s["sentence_id"], by_number[9]) in linked
    # reference-list lines themselves are not citing sentences
    section = text.index("Sources and References")
    assert all(sentences[sid]["char_start"] < section for sid, _ in linked)
