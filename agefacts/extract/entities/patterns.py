"""Mentions that a lexicon cannot list: gene pairs written "ERK1/2", pathways written as gene
names ("AKT/mTOR signaling", "the AKT/mTOR, STAT3 and ERK1/2 pathways"), cohorts named
"<Name> Biobank" and abbreviations a document defines for itself ("coronary artery disease
(CAD)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from agefacts.extract.entities.lexicon import Entity, Lexicon
from agefacts.extract.entities.normalise import normalise_key


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    entity: Entity


# --------------------------------------------------------------------------- ERK1/2, SMAD2/3

_SLASH_PAIR = re.compile(
    r"(?<![\w/-])([A-Za-z][A-Za-z0-9]*?[A-Za-z])(-?)(\d{1,2})/(\d{1,2})(?![\w/])"
)


def slash_pairs(text: str, lex: Lexicon) -> list[Span]:
    """"ERK1/2" names ERK1 and ERK2: one mention of each member over the shared span."""
    out = []
    for m in _SLASH_PAIR.finditer(text):
        stem, hyphen, a, b = m.groups()
        found = []
        for number in (a, b):
            key = normalise_key(f"{stem}{hyphen}{number}", lower=False)
            hit = lex.cs_keys.get(key)
            if hit is None or lex.entities[hit[0]].kind not in ("gene", "family"):
                break
            found.append(lex.entities[hit[0]])
        else:
            if found[0] != found[1]:
                out.extend(Span(m.start(), m.end(), e) for e in found)
    return out


# --------------------------------------------------------------------------- pathways

_KEYWORD = re.compile(
    r"(?<![\w-])(signal(?:l)?ing(?:\s+pathways?|\s+cascades?|\s+axis)?|pathways?|axis|axes"
    r"|cascades?)(?![\w-])",
    re.IGNORECASE,
)
_CHAIN_JOIN = frozenset("/–-")
_LIST_SEP = re.compile(r"(?:,\s*(?:and|or)?|\s+(?:and|or))\s*$")


def _chains(text: str, spans: list[Span]) -> list[list[Span]]:
    """Gene/family mentions written back to back with '/' or a dash: AKT/mTOR, PI3K–Akt."""
    by_pos: dict[tuple[int, int], Span] = {}
    for s in spans:  # one entity per span: the family for "ERK1/2", not its members
        key = (s.start, s.end)
        if key not in by_pos or (s.entity.kind == "family" and by_pos[key].entity.kind != "family"):
            by_pos[key] = s
    chains: list[list[Span]] = []
    for s in sorted(by_pos.values(), key=lambda s: s.start):
        prev = chains[-1][-1] if chains else None
        if prev is not None and s.start == prev.end + 1 and text[prev.end] in _CHAIN_JOIN:
            chains[-1].append(s)
        else:
            chains.append([s])
    return chains


def _pathway_entity(chain: list[Span]) -> Entity:
    labels = "/".join(s.entity.label for s in chain)
    return Entity(f"agefacts.pathway:{labels}", f"{labels} signaling", "pathway")


def _skip_back(text: str, p: int) -> tuple[int, bool]:
    """Move left over spaces and one parenthetical aside; say whether an aside was skipped."""
    while p > 0 and text[p - 1].isspace():
        p -= 1
    if p > 0 and text[p - 1] == ")":
        depth, q = 0, p - 1
        while q >= max(0, p - 200):
            if text[q] == ")":
                depth += 1
            elif text[q] == "(":
                depth -= 1
                if depth == 0:
                    break
            q -= 1
        if q >= 0 and text[q] == "(" and depth == 0:
            p = q
            while p > 0 and text[p - 1].isspace():
                p -= 1
            return p, True
    return p, False


def pathways(text: str, molecular: list[Span]) -> list[Span]:
    """Pathways written with gene or family names.

    - "<chain> signaling|pathway|axis|cascade": the chain and the keyword;
    - a list before a plural keyword, "the AKT/mTOR (...), STAT3 (...) and ERK1/2 pathways":
      each item, as written without the keyword;
    - a chain of two or more names followed later in the sentence by a keyword: the chain.
    """
    if not molecular:
        return []
    chains = _chains(text, molecular)
    by_end = {c[-1].end: c for c in chains}
    out: dict[tuple[int, int], Span] = {}

    for m in _KEYWORD.finditer(text):
        plural = m.group(1).lower().endswith(("pathways", "axes", "cascades"))
        p = m.start()
        first = True
        while True:
            p, aside = _skip_back(text, p)
            if p > 0 and text[p - 1] == "-":  # "mTOR-signaling"
                p -= 1
            chain = by_end.get(p)
            if chain is None:
                break
            start = chain[0].start
            end = m.end() if first and not aside else chain[-1].end
            out[(start, end)] = Span(start, end, _pathway_entity(chain))
            if not plural:
                break
            sep = _LIST_SEP.search(text, max(0, start - 8), start)
            if sep is None:
                break
            p = sep.start()
            first = False

    for chain in chains:
        if len(chain) < 2:
            continue
        start, end = chain[0].start, chain[-1].end
        if any(s <= start and end <= e for (s, e) in out):
            continue
        kw = _KEYWORD.search(text, end, min(len(text), end + 200))
        if kw and not re.search(r"[.!?]\s|\n", text[end : kw.start()]):
            out[(start, end)] = Span(start, end, _pathway_entity(chain))
    return list(out.values())


# --------------------------------------------------------------------------- cohorts

_COHORT_HEAD = re.compile(
    r"(?<![\w-])(Biobank|BioBank|Cohort Study|Cohort|Longitudinal Study(?: of Ag(?:e)?ing)?"
    r"|Heart Study|Health Study|Ag(?:e)?ing Study|Twin Registry|Health Survey|Panel Study)(?![\w-])"
)
_NAME_TOKEN = re.compile(r"([A-Z][\w'’.-]*|of|and|&)\s+$")
#: Words that end a cohort name: walking back from "Biobank" stops before another name's head.
_HEAD_WORDS = frozenset(("Study", "Cohort", "Biobank", "BioBank", "Survey", "Registry", "Trial"))
_LEADING = frozenset(
    (
        "The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "Its", "In", "From",
        "Using", "With", "New", "Large", "Big", "Huge", "Recent", "Ongoing", "Prospective",
        "Population", "Population-based", "National", "International", "Another", "Each", "Every",
        "One", "Two", "Three", "Several", "Many", "Some",
    )
)


def _headline(text: str, pos: int) -> bool:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[lo : hi if hi >= 0 else len(text)])
    caps = [w for w in words if w[0].isupper()]
    return len(words) >= 5 and len(caps) >= 0.7 * len(words)


def cohorts(text: str) -> list[Span]:
    """"<Capitalised Name> Biobank/Cohort/Longitudinal Study/...": a named cohort, grounded to
    ``agefacts.cohort:<Name_As_Written>``. Title-case headlines are skipped: every word there is
    capitalised."""
    out = []
    for m in _COHORT_HEAD.finditer(text):
        p, tokens = m.start(), []
        while len(tokens) < 6:
            t = _NAME_TOKEN.search(text, max(0, p - 40), p)
            if t is None or "\n" in text[t.start() : p] or t.group(1) in _HEAD_WORDS:
                break
            tokens.insert(0, (t.start(), t.group(1)))
            p = t.start()
        while tokens and (tokens[0][1] in _LEADING or not tokens[0][1][0].isupper()):
            tokens.pop(0)
        if not tokens or _headline(text, m.start()):
            continue
        start = tokens[0][0]
        # The id keeps the name's case and its label is read back from the id, so two documents
        # naming the same cohort produce the same entity row.
        name = re.sub(r"[^\w]+", "_", text[start : m.end()]).strip("_")
        out.append(Span(start, m.end(), Entity(f"agefacts.cohort:{name}", name.replace("_", " "),
                                               "cohort")))
    return out


# --------------------------------------------------------------------------- organisations

_ORG_WORD = (
    r"(?:Institutes?|Cent(?:er|re)s?|Society|Association|Foundation|Journal|Department|"
    r"University|School|Council|Agency|Academy|College|Hospital|Clinic|Alliance|Federation|"
    r"Consortium|Office|Division|Laborator(?:y|ies)|Organi[sz]ation)"
)
_CAP = r"[A-Z][\w'’-]*"
_ORGANISATION = re.compile(
    rf"(?:{_CAP}\s+){{0,5}}{_ORG_WORD}(?:\s+(?:of|on|for)(?:\s+the)?"
    rf"(?:\s+{_CAP}(?:\s+(?:and|&|of|on|for))?)+)?"
    rf"|(?:{_CAP}\s+){{1,5}}{_ORG_WORD}"
)


def organisations(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised organisation names ("National Institute on Aging", "American
    Diabetes Association"), sorted: a condition named inside one is not a mention."""
    return [(m.start(), m.end()) for m in _ORGANISATION.finditer(text) if " " in m.group(0)]


# --------------------------------------------------------------------------- abbreviations

_DEFINED = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9αβγδκ-]{1,9})\s*\)")


def abbreviations(text: str, cased: str, mentions: Iterable[Span]) -> list[Span]:
    """"<long form> (ABBR)": the document's own abbreviation, then every later ABBR, grounded to
    what the long form names. Overrides whatever the lexicon thinks ABBR is."""
    out = []
    for mention in mentions:
        m = _DEFINED.match(text, mention.end)
        if not m:
            continue
        abbr = m.group(1)
        surface = text[mention.start : mention.end]
        if sum(c.isupper() for c in abbr) < 2 or abbr.lower()[0] != surface.lower()[0]:
            continue
        if normalise_key(abbr, lower=True) == normalise_key(surface, lower=True):
            continue
        key = f" {normalise_key(abbr, lower=False)} "
        pos = cased.find(key, m.start(1))  # padded view: offsets are text offsets + 1
        while pos >= 0:
            out.append(Span(pos, pos + len(key) - 2, mention.entity))
            pos = cased.find(key, pos + 1)
    return out
