"""Mentions that a lexicon cannot list: gene pairs written "ERK1/2", pathways written as gene
names ("AKT/mTOR signaling", "the AKT/mTOR, STAT3 and ERK1/2 pathways"), cohorts named
"<Name> Biobank" and abbreviations a document defines for itself ("coronary artery disease
(CAD)").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple

from agefacts.extract.entities.lexicon import Entity, Lexicon
from agefacts.extract.entities.normalise import normalise_key


class Span(NamedTuple):
    """A grounded span of the text. A tuple, not a dataclass: a document has thousands and a
    tuple is built several times faster."""

    start: int
    end: int
    entity: Entity


def word_starts(view: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """Text offsets of whole-word occurrences of ``words`` in a padded normalised view.

    ``str.find`` runs at memory speed, where a regex alternation tried at every position of a
    long text runs at a few MB/s: the patterns below start from these triggers instead.
    """
    out = []
    for word in words:
        key = f" {word} "
        i = view.find(key)
        while i >= 0:
            out.append((i, word))  # padded offset i + 1 is text offset i
            i = view.find(key, i + 1)
    out.sort()
    return out


# --------------------------------------------------------------------------- ERK1/2, SMAD2/3

_STEM = re.compile(r"(?<![\w/])([A-Za-z][A-Za-z0-9]*?[A-Za-z])(-?)$")


def _digit_pairs(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, a, b)`` of every "<1-2 digits>/<1-2 digits>" not inside a longer token.

    Slashes are rare in prose, so they are found with ``str.find`` and read around."""
    out = []
    n = len(text)
    i = text.find("/", 1)
    while i >= 0:
        j = i
        while j > 0 and i - j < 3 and text[j - 1].isdigit():
            j -= 1
        k = i + 1
        while k < n and k - i <= 3 and text[k].isdigit():
            k += 1
        ok = 0 < i - j <= 2 and 0 < k - i - 1 <= 2
        if ok and not (j > 0 and text[j - 1].isdigit()) and not (
            k < n and (text[k].isalnum() or text[k] in "/_")
        ):
            out.append((j, k, text[j:i], text[i + 1 : k]))
        i = text.find("/", i + 1)
    return out


def slash_pairs(text: str, lex: Lexicon) -> list[Span]:
    """"ERK1/2" names ERK1 and ERK2: one mention of each member over the shared span, in
    whatever case the lexicon knows the members ("Smad2/3" as "SMAD2/3")."""
    out = []
    for start, end, a, b in _digit_pairs(text):
        stem_m = _STEM.search(text, max(0, start - 20), start)
        if stem_m is None:
            continue
        stem, hyphen = stem_m.groups()
        found = []
        for number in (a, b):
            hit = lex.lookup(f"{stem}{hyphen}{number}")
            if hit is None or lex.entities[hit[0]].kind not in ("gene", "family"):
                break
            found.append(lex.entities[hit[0]])
        else:
            if found[0] != found[1]:
                out.extend(Span(stem_m.start(), end, e) for e in found)
    return out


_GREEK_LAST = re.compile(r"[αβγδεκ][A-Za-z0-9]{0,2}$")
_GREEK_NEXT = re.compile(r"/([αβγδεκ][A-Za-z0-9]{0,2})(?![^\W_])")
_LETTER_NEXT = re.compile(r"/([A-Z])(?![^\W_])")


def greek_slash(text: str, spans: Iterable[Span], lex: Lexicon) -> list[Span]:
    """"integrin αV/β5" names ITGAV and ITGB5: a subunit after a slash takes the head of the
    name before it, when the head and the new letter name a gene or family."""
    out = []
    for span in spans:
        if text[span.end : span.end + 1] != "/" or span.entity.kind not in ("gene", "family"):
            continue  # both forms below open with the slash
        m = _GREEK_NEXT.match(text, span.end)
        if m is None:
            out.extend(_letter_variant(text, span, lex))
            continue
        surface = text[span.start : span.end]
        last = _GREEK_LAST.search(surface)
        if last is None or last.start() == 0:
            continue
        hit = lex.lookup(surface[: last.start()] + m.group(1))
        if hit is not None and lex.entities[hit[0]].kind in ("gene", "family"):
            out.append(Span(m.start(1), m.end(1), lex.entities[hit[0]]))
    return out


def _letter_variant(text: str, span: Span, lex: Lexicon) -> list[Span]:
    """"ActRIIA/B" names ACVR2A and ACVR2B: a capital after a slash replaces the last letter,
    when that gives a gene whose symbol differs from the first one's in that letter only."""
    m = _LETTER_NEXT.match(text, span.end)
    label = span.entity.label
    if m is None or not text[span.end - 1].isupper() or label[-1:] != text[span.end - 1]:
        return []
    hit = lex.lookup(text[span.start : span.end - 1] + m.group(1))
    if hit is None or lex.entities[hit[0]].label != label[:-1] + m.group(1):
        return []
    return [Span(m.start(1), m.end(1), lex.entities[hit[0]])]


# --------------------------------------------------------------------------- pathways

_PLURAL = ("pathways", "axes", "cascades")
_KEYWORD_TAIL = re.compile(r"\s+(pathways?|cascades?|axis|axes)\b", re.IGNORECASE)
_CHAIN_JOIN = frozenset("/–-")
_LIST_SEP = re.compile(r"(?:,\s*(?:and|or)?|\s+(?:and|or))\s*$")
#: (session 28c) Drugs aimed at a molecule, after "X-pathway": "X-pathway agents" are drugs
#: against X (the claim reader flips them to less X), not the pathway itself.
_DRUG_NOUN = re.compile(
    r"\s+(?:antibod(?:y|ies)|inhibitors?|blockers?|antagonists?|drugs?|agents?|compounds?|"
    r"therap(?:y|ies)|treatments?)\b", re.IGNORECASE)


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


def _keywords(text: str, hits: list[tuple[int, str]]) -> list[tuple[int, int, bool]]:
    """``(start, end, plural)`` of pathway keywords; "signaling pathways" counts once."""
    out: list[tuple[int, int, bool]] = []
    for start, word in hits:
        if out and start < out[-1][1]:
            continue
        end, plural = start + len(word), word in _PLURAL
        if word.startswith("signal"):
            tail = _KEYWORD_TAIL.match(text, end)
            if tail:
                end, plural = tail.end(), tail.group(1).lower() in _PLURAL
        out.append((start, end, plural))
    return out


def pathways(text: str, keyword_hits: list[tuple[int, str]], molecular: list[Span]) -> list[Span]:
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

    keywords = _keywords(text, keyword_hits)
    for kw_start, kw_end, plural in keywords:
        p = kw_start
        first = True
        while True:
            p, aside = _skip_back(text, p)
            if p > 0 and text[p - 1] == "-":  # "mTOR-signaling"
                if first and not aside and _DRUG_NOUN.match(text, kw_end):
                    break  # "X-pathway drugs": drugs aimed at X
                p -= 1
            chain = by_end.get(p)
            if chain is None:
                break
            start = chain[0].start
            end = kw_end if first and not aside else chain[-1].end
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
        i = bisect_left(keywords, (end, 0, False))
        if (
            i < len(keywords)
            and keywords[i][0] - end <= 200
            and not re.search(r"[.!?]\s|\n", text[end : keywords[i][0]])
        ):
            out[(start, end)] = Span(start, end, _pathway_entity(chain))
    return list(out.values())


# --------------------------------------------------------------------------- cohorts

_PREV_WORD = re.compile(r"(\w+)[ \t]+$")
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


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _headline(text: str, pos: int) -> bool:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = _HEADLINE_WORD.findall(text[lo : hi if hi >= 0 else len(text)])
    # capitalised words counted in C: a paragraph has hundreds of words
    return len(words) >= 5 and sum(map(str.isupper, map(itemgetter(0), words))) >= 0.7 * len(words)


def cohorts(text: str, head_hits: list[tuple[int, str]], lex: Lexicon) -> list[Span]:
    """"<Capitalised Name> Biobank/Cohort/Longitudinal Study/...": a named cohort, grounded to
    ``agefacts.cohort:<Name_As_Written>``. Title-case headlines are skipped: every word there is
    capitalised."""
    out = []
    before_words = {w: before for w, role, before in lex.triggers if role == "cohort_head"}
    for pos, word in head_hits:
        head_end, head = pos + len(word), pos
        qualifiers = before_words[word]
        if qualifiers:  # "Study" heads need "Cohort Study", "Heart Study", ...
            before = _PREV_WORD.search(text, max(0, pos - 30), pos)
            if before is None or before.group(1) not in qualifiers:
                continue
            head = before.start(1)
        elif word == "Cohort" and text.startswith(" Study", head_end):
            continue  # the "Study" trigger takes it
        p, tokens = head, []
        while len(tokens) < 6:
            t = _NAME_TOKEN.search(text, max(0, p - 40), p)
            if t is None or "\n" in text[t.start() : p] or t.group(1) in _HEAD_WORDS:
                break
            tokens.insert(0, (t.start(), t.group(1)))
            p = t.start()
        while tokens and (tokens[0][1] in _LEADING or not tokens[0][1][0].isupper()):
            tokens.pop(0)
        if not tokens or _headline(text, head):
            continue
        start = tokens[0][0]
        # The id keeps the name's case and its label is read back from the id, so two documents
        # naming the same cohort produce the same entity row.
        name = re.sub(r"[^\w]+", "_", text[start:head_end]).strip("_")
        entity = Entity(f"agefacts.cohort:{name}", name.replace("_", " "), "cohort")
        out.append(Span(start, head_end, entity))
    return out


# --------------------------------------------------------------------------- organisations

_CAP_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_OF_AFTER = re.compile(r"\s+(?:of|on|for)(?:\s+the)?((?:\s+[A-Z][\w'’-]*(?:\s+(?:and|&))?)+)")


def organisations(text: str, org_hits: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans of capitalised organisation names ("National Institute on Aging", "American
    Diabetes Association"), sorted: a condition named inside one is not a mention."""
    out: list[tuple[int, int]] = []
    for pos, word in org_hits:
        start, end = pos, pos + len(word)
        found = (start, end)
        for _ in range(5):  # capitalised words before: "American Diabetes Association"
            before = _CAP_BEFORE.search(text, max(0, start - 30), start)
            if before is None or "\n" in before.group(0):
                break
            start = before.start()
        after = _OF_AFTER.match(text, end)  # "Institute on Aging", "Journal of Aging Research"
        if after and "\n" not in after.group(0):
            end = after.end()
        if (start, end) != found:
            if out and start < out[-1][1]:
                start = min(start, out[-1][0])
                out[-1] = (start, max(end, out[-1][1]))
            else:
                out.append((start, end))
    return out


# --------------------------------------------------------------------------- abbreviations

_DEFINED = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9αβγδκ-]{1,9})\s*\)")


def _paren_reach(text: str) -> set[int]:
    """Offsets from which ``_DEFINED`` can match: an opening bracket and the run of whitespace
    before it. Brackets are few, so a set of them spares a regex call per mention."""
    out = set()
    i = text.find("(")
    while i >= 0:
        j = i
        out.add(j)
        while j > 0 and text[j - 1].isspace():
            j -= 1
            out.add(j)
        i = text.find("(", i + 1)
    return out


#: "a C-terminal Foo fragment (CFF)", "..., or CFF": a form of a named protein given its own
#: abbreviation
_FORM_DEFINED = re.compile(
    r"[ \t]+(?:fragments?|precursors?|isoforms?|peptides?)(?:\s*\(\s*([A-Z][A-Za-z0-9-]{1,9})\s*\)"
    r"|,?\s+or\s+([A-Z][A-Za-z0-9-]{1,9})(?![\w-]))"
)
#: The protein-form nouns ``_FORM_DEFINED`` spells (case-sensitive): its first character class
#: makes the engine try it at every space, so texts without one of them are not searched.
_FORM_NOUNS = ("fragment", "precursor", "isoform", "peptide")
_LONG_WORD = re.compile(r"[A-Za-z0-9][\w-]*")


def _form_abbreviations(text: str, mentions: list[Span]) -> list[tuple[Span, re.Match[str]]]:
    """"a C-terminal Foo fragment (CFF)": a gene mention inside a long form that ends with a
    protein-form noun ("fragment", "precursor") and whose words' initials spell the abbreviation
    (C-terminal, Foo, fragment: CFF). The abbreviation then names the gene, as its measured
    form."""
    out: list[tuple[Span, re.Match[str]]] = []
    if not any(noun in text for noun in _FORM_NOUNS):  # every match holds one (most texts none)
        return out
    for m in _FORM_DEFINED.finditer(text):
        head = [s for s in mentions if s.entity.kind == "gene" and s.end <= m.start()
                and not text[s.end : m.start()].strip(" \t")]
        if not head:
            continue
        abbr = m.group(1) or m.group(2)
        letters = [c for c in abbr.upper() if c.isalpha()]
        noun_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        words = _LONG_WORD.findall(text, max(0, head[-1].start - 60), head[-1].end)
        words = words[-(len(letters) - 1):] if len(letters) > 1 else []
        initials = [w[0].upper() for w in words] + [text[noun_start].upper()]
        if len(letters) >= 2 and initials == letters:
            out.append((head[-1], m))
    return out


def abbreviations(text: str, cased: str, mentions: Iterable[Span]) -> list[Span]:
    """"<long form> (ABBR)": the document's own abbreviation, then every later ABBR, grounded to
    what the long form names. Overrides whatever the lexicon thinks ABBR is."""
    out = []
    ends = _paren_reach(text)
    mentions = list(mentions)
    defined = [(mention, m) for mention in mentions if mention.end in ends
               and (m := _DEFINED.match(text, mention.end))]
    if any(n in text for n in ("fragment", "precursor", "isoform", "peptide")):
        defined += _form_abbreviations(text, mentions)
    for mention, m in defined:
        group = m.lastindex or 1  # (the form rule's ", or CFF" is its second group)
        abbr = m.group(group)
        surface = text[mention.start : mention.end]
        if m.re is _DEFINED and (
            sum(c.isupper() for c in abbr) < 2 or abbr.lower()[0] != surface.lower()[0]
        ):
            continue
        if normalise_key(abbr, lower=True) == normalise_key(surface, lower=True):
            continue
        key = f" {normalise_key(abbr, lower=False)} "
        pos = cased.find(key, m.start(group))  # padded view: offsets are text offsets + 1
        while pos >= 0:
            out.append(Span(pos, pos + len(key) - 2, mention.entity))
            pos = cased.find(key, pos + 1)
    return out


# --------------------------------------------------------------------------- shared heads

#: (session 28c) the first of two kinds of training sharing one head word: "<kind> or <kind>
#: training" (up to the space before the head)
_SHARED_HEAD = re.compile(r"(?<![\w-])([a-z][a-z-]+),?\s+(?:or|and|and/or)\s+[a-z][\w-]*$")


def _joins_kinds(lowered: str, i: int) -> bool:
    """Whether the 60 characters before ``i`` hold a conjunction ``_SHARED_HEAD`` could read. Its
    search opens with a look-behind, so it is tried at every position: 97 % of the windows before
    "training" or "exercise" hold no match, and 85 % lack this conjunction (benchmark corpus).
    Exact: every match holds "or", "and" or "and/or" between whitespace inside the window, and the
    scan's view writes every whitespace character as a space (``normalise``)."""
    window = lowered[max(0, i - 60) : i]
    return " or " in window or " and " in window or " and/or " in window


def shared_heads(text: str, lowered: str, lex: Lexicon, spans: list[Span]) -> list[Span]:
    """"endurance or combined training", "aerobic and resistance exercise": the first kind
    names its own intervention with the shared head ("endurance training"); the mention is
    the kind's word. Only where the lexicon has that form as an intervention. ``lowered`` is
    the scan's padded view (text offset = view offset - 1)."""
    out: list[Span] = []
    for head in ("training", "exercise"):
        i = lowered.find(" " + head)
        while i >= 0:
            m = _SHARED_HEAD.search(lowered, max(0, i - 60), i) if _joins_kinds(lowered, i) else None
            if m is not None:
                hit = lex.lookup(f"{m.group(1)} {head}")
                ent = lex.entities[hit[0]] if hit is not None else None
                a, b = m.start(1) - 1, m.end(1) - 1
                if ent is not None and ent.kind == "intervention" and not any(
                    s.start < b and a < s.end for s in spans
                ):
                    out.append(Span(a, b, ent))
            i = lowered.find(" " + head, i + 1)
    return out
