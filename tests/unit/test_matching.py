"""Accepting a Crossref candidate only when independent fields agree (recorded real items)."""

import json
from pathlib import Path

from agefacts.extract.refparse import parse_reference
from agefacts.scholarly.matching import choose, judge
from agefacts.scholarly.records import crossref_candidate

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "scholarly" / "crossref"
ITEMS = json.loads((FIX / "works_query_bibliographic_cermine_rows5.json").read_text())["message"][
    "items"
]
CANDIDATES = [crossref_candidate(i) for i in ITEMS]
# The reference string Crossref's matcher sent for this recorded response (see PROVENANCE.md).
REFERENCE = (
    "D. Tkaczyk, P. Szostek, M. Fedoryszak, P. J. Dendek, and Bolikowski,“CERMINE: automatic "
    "extraction of structured metadata from scientific literature,” International Journal on "
    "Document Analysis and Recognition (IJDAR), vol. 18, no. 4, pp. 317–335, 2015."
)


def citation(text):
    p = parse_reference(text)
    return {"text": text, "authors": "; ".join(p.authors), "title": p.title,
            "journal": p.journal, "year": p.year, "volume": p.volume, "pages": p.pages}


def test_accepts_the_cited_work_with_its_reasons():
    verdict, reason = choose(citation(REFERENCE), CANDIDATES)
    assert verdict.accepted and verdict.doi == "10.1007/s10032-015-0249-8"
    assert verdict.score == 1.0
    for field in ("year 2015", "volume 18", "first page/article 317", "journal", "title",
                  "first author"):
        assert field in reason
    assert reason.startswith("accepted")


def test_refuses_the_other_candidates():
    c = citation(REFERENCE)
    refused = [judge(c, cand) for cand in CANDIDATES[1:]]
    assert not any(v.accepted for v in refused)
    assert all(v.conflict for v in refused)


def test_refuses_when_printed_fields_contradict_the_top_hit():
    # same journal and year, but another volume and page: Crossref's top hit is not this work
    wrong = citation("Int J Doc Anal Recognit. 2015;19(2):101-110")
    verdict, reason = choose(wrong, CANDIDATES)
    assert not verdict.accepted
    assert "refused all 5" in reason and "volume 19 != 18" in reason
    assert 0 <= verdict.score < 1


def test_journal_volume_page_agreement_without_title():
    short = citation("Int J Doc Anal Recognit. 2015;18(4):317-335")
    verdict, _ = choose(short, CANDIDATES)
    assert verdict.accepted and verdict.doi == "10.1007/s10032-015-0249-8"


def test_two_fields_are_not_enough():
    verdict, _ = choose({"text": "x", "year": 2015, "volume": "18"}, CANDIDATES)
    assert not verdict.accepted
