"""Grounded entity mentions of one document: lexicon scan, overlap and risk resolution, patterns.

Steps, each a pure function of the text and the shared lexicon:

1. scan the cased and the lower-cased views with their automata (whole words only);
2. within each kind group (genes and families together) keep the longest match: "insulin-like
   growth factor binding protein 7" wins over "insulin";
3. drop what a longer mention of another group contains when that mention is a gene name, an
   intervention or a cohort ("tumor" inside "tumor necrosis factor", ACE inside "ACE inhibitors",
   "Men" inside "Osteoporotic Fractures in Men Study");
4. accept risky gene matches only with support from the document (``context.py``);
5. add the document's own abbreviations, gene pairs ("ERK1/2"), composed pathways and generic
   cohort names (``patterns.py``).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from json.encoder import encode_basestring  # type: ignore[attr-defined]

from agefacts import EXTRACTOR_VERSION
from agefacts.extract.entities.context import accept_risky
from agefacts.extract.entities.definitions import defined_otherwise
from agefacts.extract.entities.lexicon import (
    CONTEXT,
    NEEDS_CAPITAL,
    SAFE,
    Entity,
    Lexicon,
    load,
)
from agefacts.extract.entities.normalise import normalise, normalise_key
from agefacts.extract.entities.patterns import (
    Span,
    abbreviations,
    cohorts,
    greek_slash,
    organisations,
    pathways,
    slash_pairs,
    word_starts,
)
from agefacts.reference import vocabularies

Mention = Span
MOLECULAR = ("gene", "family")
_DIGIT_GOES_ON = frozenset(sep + d for sep in ".," for d in "0123456789")
_OTHER = ("condition", "species", "pathway", "intervention")
#: A mention of a kind on the left hides shorter mentions of the kinds on the right inside it:
#: "tumor" in "tumor necrosis factor", "walking" in "walking speed". A gene inside a condition
#: stays: "IGF-1 deficiency" names IGF1. A gene inside an intervention does not: "ACE
#: inhibitors" are drugs, not the ACE protein.
_CONTAINERS = {
    "gene": _OTHER, "family": _OTHER, "condition": _OTHER, "species": _OTHER,
    "pathway": _OTHER, "intervention": ("gene", "family", *_OTHER),
    "cohort": ("gene", "family", *_OTHER),
}


#: What follows a molecule's name when the phrase names something else: another protein
#: ("C1q/TNF-related protein", "insulin-like growth factor": "X-like" never names X, even when a
#: line or a page column breaks the longer name before its noun) or a protein domain ("a collagen-like
#: region", "the C1q domain") or an enzyme acting on it ("ubiquitin ligases"), or its receptor
#: ("activin type IIB receptor", "TGF-β type I receptor").
_NAMES_SOMETHING_ELSE = re.compile(
    r"(?:/[^\W_]+)*-like(?![\w-])"
    r"|(?:/[^\W_]+)*-related\s+(?:[\w-]+\s+)?"
    r"(?:proteins?|peptides?|genes?|kinases?|ligands?|factors?|receptors?|molecules?|domains?"
    r"|regions?|motifs?|repeats?)\b"
    r"|\s+(?:domains?|ligases?)\b"
    r"|\s+type\s+(?:[IV]{1,3}|[0-9])[A-Da-d]?\s+receptors?\b"
)


#: The rest of a token that ends in a trade mark sign: "AMPK-Boost™" is a product.
_BRAND = re.compile(r"[^\s™®]*[™®]")


def _names_something_else(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    return (nxt in "-/ " and _NAMES_SOMETHING_ELSE.match(text, end) is not None) or (
        nxt not in " \n" and _BRAND.match(text, end) is not None)


def _other_ending(text: str, start: int) -> bool:
    """Whether the form at ``start`` opens with a lone letter after a slash that ends a longer
    token ("ActRIIA/B receptors"): the letter is that token's other ending, not a word of its
    own. One letter each side ("T/B cells") or a hyphenated word ("Wnt/b-catenin") is."""
    return (
        start >= 3
        and text[start - 1] == "/"
        and text[start + 1 : start + 2].isspace()
        and text[start].isascii()
        and text[start - 2].isalnum()
        and text[start - 3].isalnum()
    )


def _group(kind: str) -> str:
    return "molecular" if kind in MOLECULAR else kind


@dataclass
class _Scan:
    cased: str
    lowered: str
    candidates: list[tuple[int, int, int, int]]
    #: role -> sorted (text offset, word) of the pattern trigger words found
    triggers: dict[str, list[tuple[int, str]]]


def _scan(text: str, lex: Lexicon) -> _Scan:
    cased, lowered = normalise(text)
    # A symbol with a digit matches in both views ("PAX7"): one candidate, the safer risk.
    best: dict[tuple[int, int, int], int] = {}
    found: list[tuple[int, int]] = []
    for view, automaton in ((cased, lex.cs), (lowered, lex.ci)):
        values = automaton.values
        # a key " form " starts at its padding space, which is the form's offset in ``text``
        for i, start, end in automaton.matches(view):
            _, ent, risk = values[i]
            if ent < 0:
                found.append((start, -1 - ent))
                continue
            end -= 2  # the form's end in ``text``: one padding space each side
            if text[end - 1 : end].isdigit() and text[end : end + 2] in _DIGIT_GOES_ON:
                continue  # "OR 1.34": the number goes on, so the form is not its name
            if text[start - 1 : start] == "/" and _other_ending(text, start):
                continue  # "ActRIIA/B receptors": B ends the token before, no "B receptors"
            if risk & NEEDS_CAPITAL:
                if text[start:end].islower():
                    continue
                risk &= CONTEXT
            key = (start, end, ent)
            if best.get(key, 2) > risk:
                best[key] = risk
    for i in lex.unscanned:
        word, role, _ = lex.triggers[i]
        view = lowered if role == "pathway_keyword" else cased
        probe = word.lower() if view is lowered else word
        found.extend((pos, i) for pos, _ in word_starts(view, (probe,)))
    triggers: dict[str, list[tuple[int, str]]] = {}
    for pos, i in sorted(found):
        word, role, _ = lex.triggers[i]
        triggers.setdefault(role, []).append((pos, word))
    candidates = [(s, e, ent, risk) for (s, e, ent), risk in best.items()]
    candidates.extend(_isoforms(text, lex))
    return _Scan(cased, lowered, candidates, triggers)


_ISOFORM_LETTER = re.compile(r"[0-9][a-z](?![^\W_])")
_TOKEN_START = re.compile(r"[A-Za-z0-9]*$")
#: An isoform number after a symbol's Greek letter ("PGC-1α4", "PGC-1α1"): the gene itself.
_ISOFORM_NUMBER = re.compile(r"[αβγδεκ][0-9]{1,2}(?![^\W_])")
_GREEK_TOKEN_START = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-?$")


def _isoforms(text: str, lex: Lexicon) -> list[tuple[int, int, int, int]]:
    """A splice-isoform letter after a symbol that ends in a digit ("FGFR1c", "FGFR2b") or an
    isoform number after one that ends in a Greek letter ("PGC-1α4") names that gene. Only a
    symbol as HGNC or FamPlex writes it (so "HbA1c" is not HBA1), and only when the whole
    token is no key of its own ("IL1b" is IL1B)."""
    out = []
    for m in _ISOFORM_LETTER.finditer(text):
        end = m.end()
        start = _TOKEN_START.search(text, max(0, end - 16), end - 1).start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            continue
        stem = text[start : end - 1]
        hit = lex.cs_keys.get(stem)
        if (
            hit is None or not stem[:1].isupper() or sum(c.isalpha() for c in stem) < 2
            or lex.lookup(text[start:end]) is not None
        ):
            continue
        out.append((start, end, hit[0], hit[1]))
    for m in _ISOFORM_NUMBER.finditer(text):
        token = _GREEK_TOKEN_START.search(text, max(0, m.start() - 16), m.start())
        start = token.start() if token else 0
        if token is None or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")):
            continue
        stem = text[start : m.start() + 1]
        hit = lex.lookup(stem)
        if (
            hit is None or not stem[:1].isupper() or sum(c.isalpha() for c in stem) < 3
            or lex.lookup(text[start : m.end()]) is not None
        ):
            continue
        out.append((start, m.end(), hit[0], hit[1]))
    return out


def _hidden(
    resolved: dict[str, list[tuple[int, int, int, int]]], lex: Lexicon
) -> set[tuple[int, int, int, int]]:
    """Candidates lying strictly inside a longer one of another kind that hides them.

    One sweep in start order with the few still-open candidates: linear in the text.
    """
    entities = lex.entities
    items = sorted(  # start ascending, longest first: plain tuple order, no key function
        (c[0], -c[1], c, entities[c[2]].kind) for cs in resolved.values() for c in cs
    )
    hidden: set[tuple[int, int, int, int]] = set()
    open_: list[tuple[tuple[int, int, int, int], str]] = []
    for _, _, c, kind in items:
        open_ = [o for o in open_ if o[0][1] > c[0]]
        for (s, e, _, _), okind in open_:
            if c[1] <= e and (s, e) != (c[0], c[1]) and okind != kind and kind in _CONTAINERS[okind]:
                hidden.add(c)
                break
        open_.append((c, kind))
    return hidden


def _inside(span: Span, regions: list[tuple[int, int]]) -> bool:
    """Whether the span lies within one of the sorted, non-overlapping regions."""
    i = bisect_right(regions, (span.start, 1 << 62)) - 1
    return i >= 0 and span.end <= regions[i][1]


def _longest(cands: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Leftmost-longest, non-overlapping; on an exact tie the safer candidate."""
    kept: list[tuple[int, int, int, int]] = []
    last_end = -1
    ordered = sorted((s, -e, risk, ent) for s, e, ent, risk in cands)  # no key function: fast
    for s, neg_end, risk, ent in ordered:
        if s >= last_end:
            kept.append((s, -neg_end, ent, risk))
            last_end = -neg_end
    return kept


def find_mentions(text: str, lex: Lexicon | None = None) -> list[Mention]:
    """Every grounded mention in ``text``, sorted by position (one span may ground to several
    entities: "ERK1/2" is the ERK family and MAPK3 and MAPK1)."""
    lex = lex or load()
    scan = _scan(text, lex)
    cased, lowered, cands = scan.cased, scan.lowered, scan.candidates
    kinds = [lex.entities[c[2]].kind for c in cands]
    groups: dict[str, list[tuple[int, int, int, int]]] = {}
    for c, kind in zip(cands, kinds, strict=True):
        groups.setdefault(_group(kind), []).append(c)
    resolved = {g: _longest(cs) for g, cs in groups.items()}

    hide = _hidden(resolved, lex)

    molecular = [c for c in resolved.pop("molecular", [])
                 if c not in hide and not _names_something_else(text, c[1])]
    defined = defined_otherwise(text, molecular, lex)
    if defined:  # "supervised exercise training (SET)": SET is not the gene here
        molecular = [c for c in molecular
                     if normalise_key(text[c[0] : c[1]], lower=False) not in defined]
    molecular = accept_risky(text, lowered, molecular, lex)
    spans = [Span(s, e, lex.entities[ent]) for s, e, ent, _ in molecular]
    for cs in resolved.values():
        spans.extend(Span(s, e, lex.entities[ent]) for s, e, ent, risk in cs
                     if risk == SAFE and (s, e, ent, risk) not in hide)

    # The document's own abbreviations override the lexicon on the spans they cover.
    own = abbreviations(text, cased, spans)
    if own:
        taken = {(d.start, d.end) for d in own}
        spans = [s for s in spans if (s.start, s.end) not in taken] + own

    # Names of organisations are not mentions of what they are named after.
    orgs = organisations(text, scan.triggers.get("organisation", []))
    if orgs:
        spans = [s for s in spans if s.entity.kind in MOLECULAR or not _inside(s, orgs)]

    spans.extend(slash_pairs(text, lex))
    spans.extend(greek_slash(text, spans, lex))
    molecular_spans = [s for s in spans if s.entity.kind in MOLECULAR]
    named_pathways = {(s.start, s.end) for s in spans if s.entity.kind == "pathway"}
    spans.extend(  # a curated pathway ("insulin signaling") wins over the same span composed
        p for p in pathways(text, scan.triggers.get("pathway_keyword", []), molecular_spans)
        if (p.start, p.end) not in named_pathways
    )
    named = [s for s in spans if s.entity.kind == "cohort"]
    spans.extend(
        c for c in cohorts(text, scan.triggers.get("cohort_head", []), lex)
        if not any(n.start < c.end and c.start < n.end for n in named)
    )
    unique = {(s.start, s.end, s.entity.entity_id): s for s in spans}
    return sorted(unique.values(), key=lambda s: (s.start, s.end, s.entity.entity_id))


#: entity id -> its JSON string, shared by every document (a bounded set: the lexicon's ids)
_ENCODED: dict[str, str] = {}
#: entity -> its ``entities`` row, copied for each document
_ENTITY_ROWS: dict[Entity, dict[str, str]] = {}


def mention_ids(doc_id: str, spans: list[Mention]) -> list[str]:
    """``stable_id("m", doc_id, char_start, char_end, entity_id)`` for every mention, computed
    without one JSON encoding per mention (a third of the stage's time otherwise); the test
    suite checks it equals ``stable_id``."""
    head = f"[{encode_basestring(doc_id)},"
    encoded = _ENCODED
    sha256 = hashlib.sha256
    out = []
    for m in spans:
        eid = m.entity.entity_id
        ent = encoded.get(eid)
        if ent is None:
            ent = encoded[eid] = encode_basestring(eid)
        payload = f"{head}{m.start},{m.end},{ent}]".encode()
        out.append("m-" + sha256(payload).hexdigest()[:16])
    return out


def extract_mentions(doc_id: str, text: str) -> tuple[list[dict], list[dict]]:
    """Rows for the ``entities`` and ``mentions`` tables from one document."""
    vocab = vocabularies()
    entities: dict[str, dict] = {}
    rows = []
    spans = find_mentions(text)
    for m, mention_id in zip(spans, mention_ids(doc_id, spans), strict=True):
        entity = m.entity
        eid = entity.entity_id
        if eid not in entities:
            row = _ENTITY_ROWS.get(entity)
            if row is None:
                row = _ENTITY_ROWS[entity] = entity.row()
            entities[eid] = row.copy()
        rows.append(
            {
                "mention_id": mention_id,
                "doc_id": doc_id,
                "entity_id": eid,
                "char_start": m.start,
                "char_end": m.end,
                "surface": text[m.start : m.end],
                "status": "extracted",
                "extractor_version": EXTRACTOR_VERSION,
                "vocabularies": vocab,
            }
        )
    return list(entities.values()), rows
