"""A molecule's bare name read as the supplement sold under it: "creatine, carnitine and whey
shakes", "be wary of whey shakes and carnitine", "carnitine is a weak aid for fat loss".

Some dietary supplements are named after the molecule they contain: the curated intervention
has a form "<word> supplement(s)" or "<word> supplementation" (``curated/interventions.tsv``), and
the bare word is also a gene or family of the lexicon. The word alone is the molecule ("made of
collagen", "tendon collagen") unless the text treats it as something to take:

1. list: it stands in a list next to another intervention ("creatine, carnitine and whey
   shakes", "whey shakes and carnitine for fat loss");
2. one sense per document: the document reads the word as the supplement elsewhere (rule 1, or
   a form of the intervention itself, "collagen supplements", "collagen powder").

Either way the word must end its noun phrase (punctuation or a function word after it: "collagen
synthesis" names the molecule's making) and its sentence may not speak of the body making or
holding the molecule (``_TISSUE``: synthesis, production, fibres, skin, tendons, bone, ...). The
mention is re-grounded to the intervention, so the family is not reported for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agefacts.extract.entities.lexicon import Lexicon
from agefacts.extract.entities.patterns import Span
from agefacts.reference import CURATED, read_tsv

#: The product words after a supplement's molecule in its curated forms.
_SUPPLEMENT_FORM = re.compile(r"^(?P<head>[a-z][a-z0-9 -]*?) (?:supplements?|supplementation)$")
#: What may follow the word when it ends its noun phrase: punctuation, or a function word.
_PHRASE_END = re.compile(
    r"[\"'”’)]*(?:\s*(?:[.,;:!?)\u2013\u2014]|$)|\s+(?:and|or|but|for|is|are|was|were|has|have|had|can|could"
    r"|may|might|will|would|does|did|do|to|with|on|at|as|than|that|which|isn't|won't|alone)(?![\w-]))",
    re.IGNORECASE,
)
#: What may stand between two items of a list: blanks, commas, quotes, a conjunction.
_LIST_GAP = re.compile(r"[\s,;/\"'“”‘’(+&]*(?:(?:and|or|plus)[\s\"'“”‘’(]*)?", re.IGNORECASE)
#: The body making or holding the molecule: its sentence is about the molecule, not a product.
_TISSUE = re.compile(
    r"\b(?:synthes\w*|produc\w*|make|makes|made|making|build\w*|deposit\w*|fib(?:re|er|ril)s?|matrix"
    r"|cross-?link\w*|skin|tendons?|ligaments?|bones?|cartilage|fascia|scars?|wounds?|type [iv]+)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: A list's joint: a separator or a conjunction (blanks alone join nothing).
_JOINS = re.compile(r"[,;/+&]|\b(?:and|or|plus)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """Lower-case molecule word -> the supplement intervention named "<word> supplements"."""
    out = {}
    for r in read_tsv(CURATED / "interventions.tsv"):
        for form in r["forms"].split("|"):
            if m := _SUPPLEMENT_FORM.match(form.lower()):
                out.setdefault(m["head"], r["entity_id"])
    return out


def _sentence(text: str, start: int, end: int) -> str:
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 300), start):
        left = m.end()
    right = _SENTENCE_END.search(text, end, end + 300)
    return text[left : right.start() if right else min(len(text), end + 300)]


def supplement_readings(text: str, lowered: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """``spans`` with each bare molecule word that names its supplement here re-grounded to the
    supplement (gated on the words in the lower-cased view ``lowered``)."""
    heads = {h: eid for h, eid in _heads().items() if h in lowered}
    if not heads:
        return spans
    bare = [s for s in spans if s.entity.kind in ("gene", "family")
            and text[s.start : s.end].lower() in heads]
    if not bare:
        return spans
    interventions = sorted((s for s in spans if s.entity.kind == "intervention"),
                           key=lambda s: s.start)
    read: dict[int, Span] = {}  # id of a bare span -> its re-grounded span
    candidates = []
    for s in bare:
        eid = heads[text[s.start : s.end].lower()]
        entity = lex.entity(eid)
        if entity is None or not _PHRASE_END.match(text, s.end) \
                or _TISSUE.search(_sentence(text, s.start, s.end)):
            continue
        candidates.append((s, entity))
        if any(_listed_with(text, s, other) for other in interventions):
            read[id(s)] = Span(s.start, s.end, entity)
    supplements = {sp.entity.entity_id for sp in read.values()} \
        | {s.entity.entity_id for s in interventions}
    for s, entity in candidates:
        if id(s) not in read and entity.entity_id in supplements:
            read[id(s)] = Span(s.start, s.end, entity)
    return [read.get(id(s), s) for s in spans] if read else spans


def _listed_with(text: str, s: Span, other: Span) -> bool:
    """Whether ``s`` and ``other`` are neighbouring items of one list."""
    if other.end <= s.start:
        gap = _LIST_GAP.fullmatch(text, other.end, s.start)
    elif s.end <= other.start:
        gap = _LIST_GAP.fullmatch(text, s.end, other.start)
    else:
        return False
    return gap is not None and _JOINS.search(gap.group()) is not None
