"""A drug named by its development code: "ABC-123, our oral X inhibitor, was given to old mice".

Compounds in development have no MeSH descriptor and no common name, yet a text about them
reads them as the agent of its claims. A code (two to five capitals, a hyphen, three to six
digits) is grounded as written, ``agefacts.intervention:ABC-123``, in every place the document
writes it, once one sentence reads it as a drug (a cue word from ``curated/code_names.tsv``:
"inhibitor", "given", "dose", ...). Two-digit codes are left alone: they are scores and
classifications ("SF-36", "COVID-19"), and so are the curated prefixes of registrations and
standards. A code a lexicon already grounds (a gene symbol) keeps that grounding.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agefacts.extract.entities.lexicon import Entity
from agefacts.extract.entities.patterns import Span
from agefacts.reference import CURATED, read_tsv

_CODE = re.compile(r"(?<![\w-])(?P<prefix>[A-Z]{2,5})-\d{3,6}(?![\w-])")
#: a sentence's bounds around a code: the nearest full stop, question or exclamation mark
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], frozenset[str]]:
    rows = read_tsv(CURATED / "code_names.tsv")
    cues = sorted(r["word"] for r in rows if r["role"] == "cue")
    prefixes = frozenset(r["word"] for r in rows if r["role"] == "prefix")
    return re.compile(rf"\b(?:{'|'.join(cues)})\b", re.IGNORECASE), prefixes


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (a cheap bound: the nearest sentence ends)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
               default=max(0, start - 300))
    right = _SENTENCE_END.search(text, end, end + 300)
    return text[left : right.start() if right else end + 300]


def code_names(text: str, taken: list[Span]) -> list[Span]:
    """Spans of drug codes read as a drug somewhere in ``text`` (not inside ``taken`` spans)."""
    if "-" not in text:
        return []
    cue, prefixes = _words()
    hits = [m for m in _CODE.finditer(text) if m.group("prefix") not in prefixes]
    if not hits:
        return []
    drugs = {m.group() for m in hits if cue.search(_sentence(text, m.start(), m.end()))}
    out = []
    for m in hits:
        code = m.group()
        if code in drugs and not any(s.start < m.end() and m.start() < s.end for s in taken):
            out.append(Span(m.start(), m.end(), Entity(f"agefacts.intervention:{code}", code,
                                                       "intervention")))
    return out
