"""Grounded entity mentions of one document: lexicon scan, overlap and risk resolution, patterns.

Steps, each a pure function of the text and the shared lexicon:

1. scan the cased and the lower-cased views with their automata (whole words only);
2. within each kind group (genes and families together) keep the longest match: "insulin-like
   growth factor binding protein 7" wins over "insulin";
3. drop what a longer mention of another group contains when that mention is a gene name or a
   cohort ("tumor" inside "tumor necrosis factor", "Men" inside "Osteoporotic Fractures in Men
   Study");
4. accept risky gene matches only with support from the document (``context.py``);
5. add the document's own abbreviations, gene pairs ("ERK1/2"), composed pathways and generic
   cohort names (``patterns.py``).
"""

from __future__ import annotations

from bisect import bisect_right

from agefacts import EXTRACTOR_VERSION
from agefacts.extract.entities.context import accept_risky
from agefacts.extract.entities.lexicon import SAFE, Entity, Lexicon, load
from agefacts.extract.entities.normalise import normalise
from agefacts.extract.entities.patterns import (
    Span,
    abbreviations,
    cohorts,
    organisations,
    pathways,
    slash_pairs,
)
from agefacts.ids import stable_id
from agefacts.reference import vocabularies

Mention = Span
MOLECULAR = ("gene", "family")
_OTHER = ("condition", "species", "pathway", "intervention")
#: A mention of a kind on the left hides shorter mentions of the kinds on the right inside it:
#: "tumor" in "tumor necrosis factor", "walking" in "walking speed". A gene inside a condition or
#: an intervention stays: "IGF-1 deficiency" names IGF1.
_CONTAINERS = {
    "gene": _OTHER, "family": _OTHER, "condition": _OTHER, "species": _OTHER,
    "pathway": _OTHER, "intervention": _OTHER, "cohort": ("gene", "family", *_OTHER),
}


def _group(kind: str) -> str:
    return "molecular" if kind in MOLECULAR else kind


def _scan(text: str, lex: Lexicon) -> tuple[str, str, list[tuple[int, int, int, int]]]:
    cased, lowered = normalise(text)
    found: dict[tuple[int, int, int], int] = {}
    for view, automaton in ((cased, lex.cs), (lowered, lex.ci)):
        for end, (length, ent, risk) in automaton.iter(view):
            key = (end - length - 1, end - 1, ent)
            found[key] = min(risk, found.get(key, risk))
    return cased, lowered, [(s, e, ent, risk) for (s, e, ent), risk in found.items()]


def _inside(span: Span, regions: list[tuple[int, int]]) -> bool:
    """Whether the span lies within one of the sorted, non-overlapping regions."""
    i = bisect_right(regions, (span.start, 1 << 62)) - 1
    return i >= 0 and span.end <= regions[i][1]


def _longest(cands: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Leftmost-longest, non-overlapping; on an exact tie the safer candidate."""
    kept: list[tuple[int, int, int, int]] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c[0], c[0] - c[1], c[3])):
        if c[0] >= last_end:
            kept.append(c)
            last_end = c[1]
    return kept


def find_mentions(text: str, lex: Lexicon | None = None) -> list[Mention]:
    """Every grounded mention in ``text``, sorted by position (one span may ground to several
    entities: "ERK1/2" is the ERK family and MAPK3 and MAPK1)."""
    lex = lex or load()
    cased, lowered, cands = _scan(text, lex)
    kinds = [lex.entities[c[2]].kind for c in cands]
    groups: dict[str, list[tuple[int, int, int, int]]] = {}
    for c, kind in zip(cands, kinds, strict=True):
        groups.setdefault(_group(kind), []).append(c)
    resolved = {g: _longest(cs) for g, cs in groups.items()}

    # Containers of each group do not overlap each other, so one bisect finds the candidate.
    containers = {
        g: [(s, e, lex.entities[ent].kind) for s, e, ent, _ in cs
            if lex.entities[ent].kind in _CONTAINERS]
        for g, cs in resolved.items()
    }
    starts = {g: [c[0] for c in cs] for g, cs in containers.items()}

    def hidden(c: tuple[int, int, int, int]) -> bool:
        kind = lex.entities[c[2]].kind
        for g, cs in containers.items():
            i = bisect_right(starts[g], c[0]) - 1
            if i >= 0:
                s, e, ck = cs[i]
                if c[1] <= e and (s, e) != (c[0], c[1]) and kind in _CONTAINERS[ck] and ck != kind:
                    return True
        return False

    molecular = [c for c in resolved.pop("molecular", []) if not hidden(c)]
    molecular = accept_risky(text, lowered, molecular, lex)
    spans = [Span(s, e, lex.entities[ent]) for s, e, ent, _ in molecular]
    for cs in resolved.values():
        spans.extend(Span(s, e, lex.entities[ent]) for s, e, ent, risk in cs
                     if risk == SAFE and not hidden((s, e, ent, risk)))

    # The document's own abbreviations override the lexicon on the spans they cover.
    defined = abbreviations(text, cased, spans)
    if defined:
        taken = {(d.start, d.end) for d in defined}
        spans = [s for s in spans if (s.start, s.end) not in taken] + defined

    # Names of organisations are not mentions of what they are named after.
    orgs = organisations(text)
    if orgs:
        spans = [s for s in spans if s.entity.kind in MOLECULAR or not _inside(s, orgs)]

    spans.extend(slash_pairs(text, lex))
    spans.extend(pathways(text, [s for s in spans if s.entity.kind in MOLECULAR]))
    named = [s for s in spans if s.entity.kind == "cohort"]
    spans.extend(
        c for c in cohorts(text)
        if not any(n.start < c.end and c.start < n.end for n in named)
    )
    unique = {(s.start, s.end, s.entity.entity_id): s for s in spans}
    return sorted(unique.values(), key=lambda s: (s.start, s.end, s.entity.entity_id))


def extract_mentions(doc_id: str, text: str) -> tuple[list[dict], list[dict]]:
    """Rows for the ``entities`` and ``mentions`` tables from one document."""
    vocab = vocabularies()
    entities: dict[str, dict] = {}
    rows = []
    for m in find_mentions(text):
        entity = m.entity
        entities.setdefault(entity.entity_id, entity_row(entity))
        rows.append(
            {
                "mention_id": stable_id("m", doc_id, m.start, m.end, entity.entity_id),
                "doc_id": doc_id,
                "entity_id": entity.entity_id,
                "char_start": m.start,
                "char_end": m.end,
                "surface": text[m.start : m.end],
                "status": "extracted",
                "extractor_version": EXTRACTOR_VERSION,
                "vocabularies": vocab,
            }
        )
    return list(entities.values()), rows


def entity_row(entity: Entity) -> dict[str, str]:
    return entity.row()
