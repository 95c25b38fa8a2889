"""Is a Crossref search candidate the work a reference cites? Only if independent fields agree.

Crossref's relevance score ranks candidates but says nothing about identity: a short reference
("Biology 2024, 13(11), 883") always has a top hit. A candidate is accepted only when at least
three independent fields agree (year, volume, first page or article number, journal, title, first
author), or the title and one other field do, and no printed field contradicts it. Every verdict
carries the score and the fields behind it, so a refusal can be audited.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from agefacts.extract.journals import journal_similarity

JOURNAL_AGREES = 0.8
JOURNAL_CONFLICTS = 0.5
TITLE_AGREES = 0.9
TITLE_CONFLICTS = 0.6
MIN_AGREEMENTS = 3


@dataclass
class Verdict:
    doi: str | None
    accepted: bool
    score: float
    agree: list[str] = field(default_factory=list)
    conflict: list[str] = field(default_factory=list)
    crossref_score: float | None = None

    def explain(self) -> str:
        parts = [f"{self.doi} score {self.score:.2f}"]
        if self.agree:
            parts.append("agree: " + ", ".join(self.agree))
        if self.conflict:
            parts.append("disagree: " + ", ".join(self.conflict))
        if self.crossref_score is not None:
            parts.append(f"crossref relevance {self.crossref_score:.1f}")
        return "; ".join(parts)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _first_page(pages: str | None) -> str | None:
    if not pages:
        return None
    first = re.split(r"\s*[-–—]\s*", pages.strip())[0]
    return first.lower() or None


def _page_variants(value: str | None) -> set[str]:
    """"e158451" also matches "158451"; "C40" matches "c40"."""
    if not value:
        return set()
    v = value.lower().strip()
    return {v, v.lstrip("e")} if re.fullmatch(r"e\d+", v) else {v}


def _surname(author: str) -> str:
    author = author.strip()
    if "," in author:
        return _fold(author.split(",")[0])
    parts = author.split()
    if len(parts) > 1 and re.fullmatch(r"[A-Z]{1,4}", parts[-1]):
        return _fold(" ".join(parts[:-1]))
    if len(parts) > 1 and re.fullmatch(r"(?:[A-Z]\.\s?)+", " ".join(parts[:-1]) + " "):
        return _fold(parts[-1])
    return _fold(parts[-1]) if parts else ""


def judge(citation: dict[str, Any], cand: dict[str, Any]) -> Verdict:
    """Compare the printed fields of ``citation`` with a candidate from ``crossref_candidate``."""
    agree: list[str] = []
    conflict: list[str] = []
    comparable = 0.0
    weight = 0.0

    year, cyear = citation.get("year"), cand.get("year")
    if year and cyear:
        comparable += 1
        if year == cyear:
            agree.append(f"year {year}")
            weight += 1
        elif abs(year - cyear) == 1:  # online-first vs issue year
            agree.append(f"year {year}~{cyear}")
            weight += 0.5
        else:
            conflict.append(f"year {year} != {cyear}")

    vol, cvol = citation.get("volume"), cand.get("volume")
    if vol and cvol:
        comparable += 1
        if vol.strip().lower() == cvol.strip().lower():
            agree.append(f"volume {vol}")
            weight += 1
        else:
            conflict.append(f"volume {vol} != {cvol}")

    page = _first_page(citation.get("pages"))
    cand_pages = _page_variants(cand.get("first_page")) | _page_variants(cand.get("article_number"))
    doi_tail = (cand.get("doi") or "").rsplit("/", 1)[-1]
    if page and (cand_pages or doi_tail):
        comparable += 1
        mine = _page_variants(page)
        if mine & cand_pages or (len(page) >= 4 and any(doi_tail.endswith(p) for p in mine)):
            agree.append(f"first page/article {page}")
            weight += 1
        elif cand_pages:
            conflict.append(f"first page/article {page} != {'/'.join(sorted(cand_pages))}")
        else:
            comparable -= 1

    journal, journals = citation.get("journal"), cand.get("journals") or []
    if journal and journals:
        comparable += 1
        sim = max(journal_similarity(journal, j) for j in journals)
        if sim >= JOURNAL_AGREES:
            agree.append(f"journal ~{sim:.2f}")
            weight += 1
        elif sim < JOURNAL_CONFLICTS:
            conflict.append(f"journal '{journal}' vs '{journals[0]}' ~{sim:.2f}")

    title, ctitle = citation.get("title"), cand.get("title")
    title_ok = False
    if title and ctitle:
        comparable += 1
        a, b = _fold(title), _fold(ctitle)
        sim = SequenceMatcher(None, a, b).ratio()
        if b.startswith(a) or a.startswith(b):  # subtitle printed or omitted
            sim = max(sim, 0.95)
        if sim >= TITLE_AGREES:
            agree.append(f"title ~{sim:.2f}")
            weight += 1
            title_ok = True
        elif sim < TITLE_CONFLICTS:
            conflict.append(f"title ~{sim:.2f}")

    authors = [a for a in (citation.get("authors") or "").split("; ") if a and a != "et al."]
    families = [f for f in cand.get("family_names") or [] if f]
    if authors and families:
        comparable += 1
        if _surname(authors[0]) == _fold(families[0]):
            agree.append(f"first author {families[0]}")
            weight += 1

    score = round(weight / comparable, 3) if comparable else 0.0
    enough = weight >= MIN_AGREEMENTS or (title_ok and weight >= 2)
    return Verdict(
        doi=cand.get("doi"),
        accepted=bool(enough and not conflict and cand.get("doi")),
        score=score,
        agree=agree,
        conflict=conflict,
        crossref_score=cand.get("crossref_score"),
    )


def choose(
    citation: dict[str, Any], candidates: list[dict[str, Any]]
) -> tuple[Verdict | None, str]:
    """The best candidate's verdict (``accepted`` tells whether it is the cited work) and a
    reason naming what was accepted or refused; None when there were no candidates."""
    if not candidates:
        return None, "Crossref search returned no candidates"
    verdicts = [judge(citation, c) for c in candidates]
    accepted = sorted((v for v in verdicts if v.accepted), key=lambda v: -v.score)
    if accepted:
        best = accepted[0]
        rivals = [v for v in accepted[1:] if v.doi != best.doi and v.score >= best.score]
        if rivals:
            best.accepted = False
            return best, (f"refused: ambiguous, {len(rivals) + 1} candidates agree equally "
                          f"({best.doi}, {rivals[0].doi})")
        return best, "accepted " + best.explain()
    best = max(verdicts, key=lambda v: (v.score, len(v.agree)))
    return best, (f"refused all {len(verdicts)} Crossref candidates; best " + best.explain()
                  + f" (needs {MIN_AGREEMENTS} agreeing fields, or title and one more, "
                  "and no disagreement)")
