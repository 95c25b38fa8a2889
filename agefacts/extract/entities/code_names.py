"""A drug named by its development code: "ABC-123, an inhaled X blocker, was fed to aged rats".

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

#: the code's digits, found first (a literal start is a fast scan); its capitals are checked
#: behind them
_DIGITS = re.compile(r"-\d{3,6}(?![\w-])")
_CAPITALS = re.compile(r"(?:^|[^\w-])([A-Z]{2,5})$")
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
    hits = []
    for m in _DIGITS.finditer(text):
        caps = _CAPITALS.search(text[max(0, m.start() - 6) : m.start()])
        if caps and caps.group(1) not in prefixes:
            hits.append((m.start() - len(caps.group(1)), m.end()))
    if not hits:
        return []
    drugs = {text[s:e] for s, e in hits if cue.search(_sentence(text, s, e))}
    out = []
    for s, e in hits:
        code = text[s:e]
        if code in drugs and not any(t.start < e and s < t.end for t in taken):
            out.append(Span(s, e, Entity(f"agefacts.intervention:{code}", code, "intervention")))
    return out


#: a monoclonal antibody's international nonproprietary name: the WHO stem "-mab" ends it
#: ("-umab", "-zumab", "-ximab", ...); no English word of seven letters or more ends so
_ANTIBODY = re.compile(r"(?<![\w-])([A-Za-z][a-z]{3,}mab)(?![\w-])")


def antibody_names(text: str, taken: list[Span]) -> list[Span]:
    """Spans of monoclonal antibodies named by their nonproprietary name ("Fooximab, an
    antibody that blocks X, raised Y") not inside ``taken`` spans: no vocabulary the lexicon
    reads lists the antibodies in trial, so the name is grounded as written, lower-cased
    (``agefacts.intervention:fooximab``). A name a lexicon already grounds keeps it."""
    out = []
    for m in _ANTIBODY.finditer(text):
        s, e = m.span(1)
        if not any(t.start < e and s < t.end for t in taken):
            name = m.group(1).lower()
            out.append(Span(s, e, Entity(f"agefacts.intervention:{name}", name, "intervention")))
    return out
