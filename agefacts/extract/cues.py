"""The claim cue lexicon (``data/relation_cues.yaml``) compiled into regular expressions.

Word lists live in the data file so that a curator can extend them without touching code; this
module only turns phrases into patterns (inflecting ``word~`` forms) and caches the result.
"""

from __future__ import annotations

import itertools
import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick_rs
import numpy as np
import yaml

CUES_PATH = Path(__file__).parent / "data" / "relation_cues.yaml"

_VOWELS = set("aeiou")
_NEVER = r"(?!x)x"


@dataclass(frozen=True)
class RelationCue:
    """What one cue group says: relation, sign, how contexts re-read it and where its roles are."""

    relation: str
    polarity: str
    family: str
    frame: str


def inflect(base: str) -> list[str]:
    """Regular verb forms of ``base`` (over-generation is harmless: non-words never match)."""
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    forms = [base, base + "s", base + "es", base + "ed", base + "ing"]
    if base[-1:].isalpha() and base[-1] not in _VOWELS and base[-1] not in "wxy":
        forms += [base + base[-1] + "ed", base + base[-1] + "ing"]
    return forms


def phrase_regex(phrase: str) -> str:
    """One lexicon phrase to a regex fragment: spaces match any whitespace, ``w~`` inflects w.

    Whatever follows the ``~`` in a word (e.g. a lookahead) is kept after the inflected forms.
    """
    parts = []
    for word in str(phrase).split():
        if "~" in word:
            base, tail = word.split("~", 1)
            forms = sorted(set(inflect(base)), key=len, reverse=True)
            parts.append("(?:" + "|".join(forms) + ")" + tail)
        else:
            parts.append(word)
    return r"\s+".join(parts)


def _strip_lookarounds(token: str) -> str:
    """``word~(?=...)`` -> ``word~``, ``(?<=,\\sa\\s)word`` -> ``word``: lookarounds only
    constrain, they add no letters."""
    while token.startswith(("(?<=", "(?<!", "(?:(?<")):
        depth = 0
        for i, c in enumerate(token):
            depth += {"(": 1, ")": -1}.get(c, 0)
            if depth == 0:
                token = token[i + 1 :]
                break
    while token.endswith(")") and (i := _lookaround_start(token)) is not None:
        token = token[:i]
    return token


def _lookaround_start(token: str) -> int | None:
    depth = 0
    for i in range(len(token) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(token[i], 0)
        if depth == 0:
            return i if token[i : i + 3] in ("(?=", "(?!") else None
    return None


def _expand(pattern: str) -> list[str] | None:
    """The words a tiny regex matches: letters, ``-``, ``[sz]``, ``(?:a|b)``, ``x?``; else None."""
    parts: list[list[str]] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "(" and pattern.startswith("(?:", i):
            end = pattern.find(")", i)
            body = pattern[i + 3 : end]
            if end < 0 or "(" in body or not re.fullmatch(r"[\w|' -]*", body):
                return None
            parts.append(body.split("|"))
            i = end + 1
        elif c == "[":
            end = pattern.find("]", i)
            if end < 0:
                return None
            parts.append(list(pattern[i + 1 : end]))
            i = end + 1
        elif c == "?" and parts:
            parts[-1] = [*parts[-1], ""]
            i += 1
        elif c.isalnum() or c in "-'":
            parts.append([c])
            i += 1
        else:
            return None
    return ["".join(p) for p in itertools.product(*parts)]


def first_words(phrase: str) -> set[str] | None:
    """Lower-cased words a phrase can start with, or None when its first word is a free regex."""
    token = _strip_lookarounds(str(phrase).split()[0])
    if "~" in token:
        base, tail = token.split("~", 1)
        bases = _expand(base)
        if bases is None or tail:
            return None
        return {form.lower() for b in bases for form in inflect(b)}
    words = _expand(token)
    return {w.lower() for w in words} if words is not None else None


Hit = tuple[int, int, str]  # start, end, name (a cue group, a species, or the phrase itself)
#: One category's phrases that may start at one place: a pattern trying them fullest first,
#: and the phrase name of each of its capturing groups (see :func:`_grouped`).
Phrases = tuple[str, re.Pattern[str], tuple[str | None, ...]]


def _grouped(items: list[tuple[int, str, str, str]]) -> tuple[Phrases, ...]:
    """Phrases (length, category, name, regex fragment; fullest first) as one alternation per
    category. Python tries alternatives in order, so the alternation's match is the match of
    the first phrase that matches, found in one call instead of one per phrase; the phrase is
    the one whose group closed last (``lastindex``: an outer group closes after its inner
    ones)."""
    by_category: dict[str, list[tuple[str, str]]] = {}
    for _, category, name, frag in items:
        by_category.setdefault(category, []).append((name, frag))
    return tuple(_alternatives(c, tuple(named)) for c, named in by_category.items())


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@cache
def _alternatives(category: str, named: tuple[tuple[str, str], ...]) -> Phrases:
    for _, frag in named:
        if _BACKREFERENCE.search(frag):  # its group number would change in the alternation
            raise ValueError(f"lexicon {category}: no backreferences in phrases ({frag!r})")
    rx = re.compile(
        "|".join(f"(?P<p{i}>(?:{frag})(?!\\w))" for i, (_, frag) in enumerate(named)),
        re.IGNORECASE,
    )
    names: list[str | None] = [None] * (rx.groups + 1)
    for i, (name, _) in enumerate(named):
        names[rx.groupindex[f"p{i}"]] = name
    return category, rx, tuple(names)


class Scanner:
    """All phrase lists of the lexicon in one Aho-Corasick automaton over their first words.

    ``scan(text)`` runs the automaton over a whole document once; the returned
    :class:`DocHits` then resolves, sentence by sentence and only where asked, the
    non-overlapping leftmost matches of each category (the fullest phrase at each position).
    The starts of the ``indexed`` categories are also listed apart, so that a question about
    those alone ("is there a relation cue in this sentence?", "which species does the document
    name?") does not walk every candidate start of the document.
    """

    def __init__(
        self, categories: dict[str, list[tuple[str, str]]], indexed: tuple[str, ...] = ()
    ):
        entries: dict[str, list[tuple[int, str, str, str]]] = {}
        for category, phrases in categories.items():
            for name, phrase in phrases:
                frag = phrase_regex(phrase)
                words = first_words(phrase)
                if words is None:
                    raise ValueError(
                        f"lexicon {category}: the first word of {phrase!r} must be plain "
                        "(letters, word~, (?:a|b), [sz])"
                    )
                for w in words:
                    entries.setdefault(w, []).append((len(frag), category, name, frag))
        self.indexed = tuple(c for c in indexed if c in categories)
        # A first word must be a whole word: no letter, digit, "_" or "-" before it, no letter,
        # digit or "_" after it. In the boundary view of a text (see ``_boundary_view``) every
        # other character is NUL, so the automaton's keys are the words in that view between a
        # NUL and a NUL or "-": it then reports whole words only, and ``scan`` checks the
        # original letters where the view differs from them (it merges every non-word
        # character into NUL).
        self._words: list[tuple[str, tuple[Phrases, ...], tuple[str, ...], bool]] = []
        self._items: list[list[tuple[int, str, str, str]]] = []
        keys: dict[str, list[int]] = {}
        for word, items in entries.items():
            items.sort(key=lambda e: -e[0])
            marks = tuple(dict.fromkeys(c for _, c, _, _ in items if c in self.indexed))
            key = _boundary_key(word)
            for after in ("\0", "-"):
                keys.setdefault("\0" + key + after, []).append(len(self._words))
            self._words.append((word, _grouped(items), marks, key != word))
            self._items.append(items)
        self._merged: dict[tuple[int, ...], tuple[Phrases, ...]] = {}
        # the word whose phrases a start holds, asked only when a second word begins there
        self._word_of = {id(groups): w for w, (_, groups, _, _) in enumerate(self._words)}
        self._keys = list(keys.values())
        # a key of one word whose view is its spelling (most keys): its phrases and marks,
        # taken as they are where no other word begins at the same place
        self._plain: list[tuple[tuple[Phrases, ...], tuple[str, ...]] | None] = [
            None if len(ws) > 1 or self._words[ws[0]][3] else self._words[ws[0]][1:3]
            for ws in self._keys
        ]
        self._automaton = (
            ahocorasick_rs.AhoCorasick(list(keys), matchkind=ahocorasick_rs.MatchKind.Standard)
            if keys else None
        )
        self.categories = tuple(categories)

    def scan(self, text: str, lower: str | None = None) -> DocHits:
        """Where phrases may start in ``text``. ``lower``: ``text`` lower-cased with the same
        length, when the caller already has it (see :func:`lower_case`)."""
        lower = lower if lower is not None else lower_case(text)
        at: dict[int, tuple[Phrases, ...]] = {}
        merged: dict[int, tuple[int, ...]] = {}  # starts where several first words begin
        marked: dict[str, list[int]] = {c: [] for c in self.indexed}
        if self._automaton is not None:
            words, keys, word_of, plain = self._words, self._keys, self._word_of, self._plain
            view = _boundary_view(lower)
            # matches come in the order of their ends, as words ending further on a start
            # are merged into it
            for k, start, _ in self._automaton.find_matches_as_indexes(view, overlapping=True):
                one = plain[k]
                if one is not None and start not in at:  # the common case, in short
                    at[start] = one[0]
                    for c in one[1]:
                        marked[c].append(start)
                    continue
                for w in keys[k]:
                    word, groups, marks, check = words[w]
                    if check and not lower.startswith(word, start):
                        continue  # another word with the same boundary view ("don't", "don’t")
                    if start in at:
                        ws = merged.get(start) or (word_of[id(at[start])],)
                        merged[start] = ws = (*ws, w)
                        at[start] = self._merge(ws)
                    else:
                        at[start] = groups
                    for c in marks:
                        marked[c].append(start)
        return DocHits(text, at, self.categories, marked)

    def _merge(self, ws: tuple[int, ...]) -> tuple[Phrases, ...]:
        """The phrases of several first words starting at one place ("age", "age-related"),
        fullest first; made once per combination."""
        if ws not in self._merged:
            items = sorted((e for w in ws for e in self._items[w]), key=lambda e: -e[0])
            self._merged[ws] = _grouped(items)
        return self._merged[ws]


class DocHits:
    """Candidate phrase starts of one document, resolved per sentence on demand."""

    def __init__(
        self, text: str, at: dict[int, list], categories: tuple[str, ...],
        marked: dict[str, list[int]] | None = None,
    ):
        self.text = text
        self._at = at
        self._starts = sorted(at)
        self.categories = categories
        self._marked = marked or {}
        self._subsets: dict[tuple[str, ...], list[int]] = {}

    def starts_of(self, categories: tuple[str, ...]) -> list[int] | None:
        """Sorted candidate starts of the given indexed categories (None if one is not
        indexed): a phrase of these categories can only be found at one of them."""
        if categories in self._subsets:
            return self._subsets[categories]
        if not all(c in self._marked for c in categories):
            return None
        starts = sorted({a for c in categories for a in self._marked[c]})
        self._subsets[categories] = starts
        return starts

    def within(
        self, lo: int, hi: int, categories: tuple[str, ...] | None = None,
        known: dict[str, list[Hit]] | None = None,
    ) -> dict[str, list[Hit]]:
        """Matches inside ``[lo, hi)``, offsets relative to ``lo``. ``known``: categories
        already resolved over the same span (by an earlier call), taken as they are."""
        wanted = categories or self.categories
        found: dict[str, list[Hit]] = {c: [] for c in wanted}
        # where each wanted category's last match ended (past a start once a phrase of the
        # category matched there); a known one reaches past the span, so is never tried
        reach = dict.fromkeys(wanted, 0)
        for c in known or ():
            if c in reach:
                reach[c] = hi
        starts = self.starts_of(categories) if categories else None
        if starts is None:
            starts = self._starts
        text, at = self.text, self._at
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        for start in starts[i:j]:
            for category, rx, names in at[start]:
                r = reach.get(category)
                if r is None or start < r:
                    continue  # not asked for, or inside the category's last match
                m = rx.match(text, start, hi)
                if m:
                    end = m.end()
                    found[category].append((start - lo, end - lo, names[m.lastindex]))  # type: ignore[index]
                    reach[category] = end if end > start else start + 1
        if known:
            found.update((c, hits) for c, hits in known.items() if c in found)
        return found


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _boundary_key(word: str) -> str:
    """A first word as it reads in the boundary view: non-word characters as NUL."""
    return "".join(c if _is_word_char(c) else "\0" for c in word)


@cache
def _word_table() -> np.ndarray:
    """For every BMP code point: itself if it is a letter, digit, "_" or "-", else 0."""
    keep = np.array([_is_word_char(chr(cp)) for cp in range(0x10000)], dtype=bool)
    return np.where(keep, np.arange(0x10000, dtype=np.uint16), 0).astype(np.uint16)


def _boundary_view(lower: str) -> str:
    """``lower`` with every character that is not a letter, digit, "_" or "-" as NUL, padded
    with one NUL at each end (so offsets in the view are offsets in ``lower`` plus one)."""
    data = lower.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(lower):  # no character beyond the BMP: one code unit each
        units = np.frombuffer(data, dtype=np.uint16)
        view = _word_table()[units].tobytes().decode("utf-16-le", "surrogatepass")
        return "\0" + view + "\0"
    cps = np.frombuffer(lower.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    out = _word_table()[np.minimum(cps, 0xFFFF)].astype(np.uint32)
    for i in np.nonzero(cps > 0xFFFF)[0].tolist():  # beyond the BMP: one by one
        out[i] = cps[i] if _is_word_char(chr(int(cps[i]))) else 0
    return "\0" + out.tobytes().decode("utf-32-le", "surrogatepass") + "\0"


def lower_case(text: str) -> str:
    """``text`` in lower case, character for character (offsets stay valid)."""
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer (e.g. "İ")
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


def _alternation(phrases: list[str]) -> str:
    frags = sorted((phrase_regex(p) for p in phrases), key=len, reverse=True)
    return "|".join(f"(?:{f})" for f in frags) or _NEVER


def _bounded(fragment: str) -> str:
    return rf"(?<![\w-])(?:{fragment})(?!\w)"


def compile_phrases(phrases: list[str]) -> PhrasePattern:
    """Alternation of phrases, longest first, matched case-insensitively on word boundaries."""
    regex = re.compile(_bounded(_alternation(phrases)), re.IGNORECASE)
    needles = [_needles(phrase_regex(p)) for p in phrases]
    if not needles or any(n is None for n in needles):
        return PhrasePattern(regex, None)
    words = sorted(set().union(*needles), key=len)  # type: ignore[arg-type]
    # a word that contains a shorter one adds nothing to "does any occur?"
    kept = [w for i, w in enumerate(words) if not any(v in w for v in words[:i])]
    return PhrasePattern(regex, re.compile("|".join(re.escape(w) for w in kept)))


#: The characters outside ASCII that match an ASCII letter case-insensitively in ``re`` (dotted
#: and dotless i, long s, the Kelvin sign); ``tests/unit`` recomputes the list.
CASE_TWINS = "\u0130\u0131\u017f\u212a"
_TWIN = re.compile(f"[{CASE_TWINS}]")
_last_lowered: tuple[str | None, str | None] = (None, None)


def _lowered(text: str) -> str | None:
    """``text`` in lower case when an ASCII literal of a pattern can only match its own lower
    case there (no case twin in it), else None. The last text is remembered: a sentence is
    searched by many patterns in a row (one tuple, so threads never see half an update)."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    lower: str | None = text.lower()
    if not text.isascii() and (_TWIN.search(text) or len(lower) != len(text)):  # type: ignore[arg-type]
        lower = None
    _last_lowered = (text, lower)
    return lower


def _needles(fragment: str) -> set[str] | None:
    """Lower-case ASCII words of which every match of ``fragment`` contains one, or None."""
    try:
        parsed = re._parser.parse(fragment, re.IGNORECASE)  # type: ignore[attr-defined]
    except re.error:
        return None
    return _sequence_needles(list(parsed))


_MIN_NEEDLE = 3


def _sequence_needles(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The best needle set of a sequence of parsed items, all of which every match passes
    through: its longest run of ASCII literals, or a group whose every branch has needles."""
    best: set[str] | None = None
    run: list[str] = []
    runs: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            runs.append("".join(run))
            run = []
        found: set[str] | None = None
        if op is _SUBPATTERN and av[3] is not None:
            found = _sequence_needles(list(av[3]))
        elif op is _BRANCH:
            branches = [_sequence_needles(list(b)) for b in av[1]]
            if all(b is not None for b in branches):
                found = set().union(*branches)  # type: ignore[arg-type]
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found
    if runs:
        longest = max(runs, key=len)
        if best is None or len(longest) >= min(map(len, best)):
            best = {longest}
    if best is None or min(map(len, best)) < _MIN_NEEDLE:
        return None
    return best


_LITERAL = re._constants.LITERAL  # type: ignore[attr-defined]
_SUBPATTERN = re._constants.SUBPATTERN  # type: ignore[attr-defined]
_BRANCH = re._constants.BRANCH  # type: ignore[attr-defined]


class PhrasePattern:
    """A compiled phrase alternation whose searches first ask whether any needle occurs.

    Every phrase pattern opens with a lookbehind, so ``re`` cannot skip ahead by first character
    and tries the whole alternation at every position. A needle is a run of ASCII letters that
    every match of one alternative must contain ("improv" for ``improve~``); when the lower-cased
    text holds none of them inside the searched range, the search cannot match and is skipped.
    Exact: without a case twin (``CASE_TWINS``) in the text, an ASCII literal matches only its
    own upper or lower case. Patterns with an alternative without a needle search plainly.
    Everything else (``match``, ``pattern``, ...) is the compiled pattern's.
    """

    def __init__(self, regex: re.Pattern[str], needles: re.Pattern[str] | None) -> None:
        self.regex = regex
        self.needles = needles
        self.match = regex.match
        self.fullmatch = regex.fullmatch
        if needles is None:
            self.search = regex.search
            self.finditer = regex.finditer

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        lower = _lowered(string)
        if lower is not None and not self.needles.search(lower, pos, endpos):  # type: ignore[union-attr]
            return None
        return self.regex.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        lower = _lowered(string)
        if lower is not None and not self.needles.search(lower, pos, endpos):  # type: ignore[union-attr]
            return iter(())
        return self.regex.finditer(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)


def _words(values: list[Any]) -> str:
    return "|".join(re.escape(str(v)) for v in sorted(values, key=len, reverse=True)) or _NEVER


@dataclass(frozen=True)
class Grammar:
    """Closed word classes of ``grammar:`` in the lexicon, as sets and ready-made patterns."""

    adjectival_before: re.Pattern[str]
    participles: frozenset[str]
    adjectival_forms: frozenset[str]
    passive_fillers: frozenset[str]
    intransitive_after: re.Pattern[str]
    coordinators: re.Pattern[str]
    hypothetical: re.Pattern[str]
    response_words: PhrasePattern
    #: heads of an unnamed object that is a process: switching it on raises it
    process_nouns: frozenset[str]
    #: an unnamed subject standing for the claim before it ("..., an effect that ...")
    effect_nouns: frozenset[str]
    subject_adjunct: re.Pattern[str]
    weak_response: re.Pattern[str]
    #: "less robustly than in the young" right after a switch-on verb: blunted in the old
    weaker_than_young: re.Pattern[str]
    group_with: re.Pattern[str]
    #: A group noun ending the text: "those" in "those who walked".
    group_before: re.Pattern[str]
    object_negation: re.Pattern[str]
    determiners: re.Pattern[str]
    determiners_set: frozenset[str]
    leading_noise: frozenset[str]
    trailing_noise: frozenset[str]
    clause_words: frozenset[str]
    copulas: frozenset[str]
    #: Every closed-class word above plus prepositions and conjunctions: never a head noun.
    function_words: frozenset[str]
    infinitive_verbs: frozenset[str]
    pronouns: frozenset[str]
    not_object_pronouns: frozenset[str]
    #: Plural pronouns that may stand for people ("they"): never for one gene named earlier.
    personal_plural: frozenset[str]
    before_object_pronoun: frozenset[str]
    context_trim: re.Pattern[str]
    #: ", a fission protein that": an appositive up to a relative pronoun (after a mention,
    #: perhaps closing a parenthesis).
    appositive_relative: re.Pattern[str]
    #: ", two genes that": an appositive that describes a whole list before it.
    plural_appositive: re.Pattern[str]
    #: ") is a ", ", a member of the ": between a molecule and the family named as its class
    #: (``class_copulas``, ``class_membership``); ``class_after``: what may follow that family.
    class_before: re.Pattern[str]
    class_after: re.Pattern[str]
    #: " programme": a noun after an intervention that names it as given (``intervention_heads``).
    intervention_head: re.Pattern[str]
    #: Adjuncts naming what brought a change about ("after", "following").
    agent_adjuncts: frozenset[str]
    #: Adjuncts whose intervention or written disuse state changed a molecule ("during", "when").
    disuse_adjuncts: frozenset[str]
    setting_adjuncts: frozenset[str]
    #: "a smaller ", "the same ": a determiner and a degree adjective before a noun.
    degree_before: re.Pattern[str]
    degree_adjectives: frozenset[str]
    #: A modal verb: an object noun phrase ends before it.
    modals: re.Pattern[str]
    #: "less", "fewer": a comparison cue that determines a noun, never a verb.
    comparative_determiners: frozenset[str]
    #: "... showed that ": a reporting verb before its complement clause.
    reported: re.Pattern[str]
    #: First words of age phrases that make age what changes ("with age"), not who was measured.
    age_dimension_openers: frozenset[str]
    #: ", a growth factor often ": an appositive noun phrase ending at a cue.
    appositive_phrase: re.Pattern[str]
    #: "-positive cells": a hyphened word after a mention that counts cells or nuclei marked by
    #: it, so the mention still names the entity (unlike "insulin-independent").
    marker_hyphens: re.Pattern[str]
    #: A signalling arrow alone between two named things: "IGF-1 → Akt".
    chain_arrow: re.Pattern[str]
    #: How many whitespace-separated tokens a match of ``adjectival_before``,
    #: ``subject_adjunct`` and ``object_negation`` can span (None: not bounded), for
    #: :func:`search_end`.
    adjectival_tokens: int | None = None
    subject_adjunct_tokens: int | None = None
    object_negation_tokens: int | None = None


_TOKEN = re.compile(r"[\w'’-]+")


def _tokens(phrases: list[Any]) -> int | None:
    """The most words of any phrase, when every word is plain (so a match of the phrase spans
    exactly that many tokens); None otherwise."""
    counts = []
    for phrase in phrases:
        words = str(phrase).split()
        if not words or not all(_TOKEN.fullmatch(w) for w in words):
            return None
        counts.append(len(words))
    return max(counts, default=0)


def search_end(rx: re.Pattern[str], text: str, tokens: int | None) -> re.Match[str] | None:
    """``rx.search(text)`` for a pattern anchored at the end (``$``) whose matches span at most
    ``tokens`` whitespace-separated tokens: only those last tokens are searched. The same match
    as the plain search (lookbehinds still see the whole text), without trying every position
    of a long text."""
    if tokens is None:
        return rx.search(text)
    parts = text.rsplit(None, tokens)
    if len(parts) <= tokens:
        return rx.search(text)
    return rx.search(text, len(parts[0]))


def _grammar(g: dict[str, list[str]]) -> Grammar:
    def lower(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in g[key])

    return Grammar(
        adjectival_before=re.compile(
            rf"(?<![\w-])(?:{_words(g['adjectival_before'])})\s+(?:\w+ly\s+)?$", re.IGNORECASE
        ),
        participles=lower("participles"),
        adjectival_forms=lower("adjectival_forms"),
        passive_fillers=lower("passive_fillers"),
        intransitive_after=re.compile(
            r"^\s*(?:\w+ly\s+|further\s+|still\s+|again\s+|also\s+)*"
            rf"(?:{_words(g['intransitive_after'])})\b|^\s*[,.;:)(—–]|^\s*$"
            # (session 26, fourth round) an adverb ending the clause: "X rises sharply when ..."
            r"|^\s*(?:\w+ly\s*)+$"
            # (session 36, round a) ... or the sentence, or closed by a comma: "X climbed
            # steadily.", "Y rose sharply, and ..." (not a noun in -ly: "raised supply"; nor a
            # consequence, read with the clause before: "and Y fell accordingly")
            r"|^\s*(?:(?!(?:supply|assembly|family|anomaly|belly|jelly|accordingly|correspondingly"
            r"|consequently|proportionately|proportionally)\b)\w+ly\s*)+(?=[,.;:!?)]|$)"
            rf"|^\s*(?:{_alternation(g.get('magnitude_after', []))})"
            # a size with a noun after it is an object: "lost twice as much muscle mass"
            rf"(?=\s*[,.;:)]|\s*$|\s+(?:also|still|\w+ly|{_words(g['intransitive_after'])})\b"
            # "climbed 1.7-fold on average": a qualifier of the size, still no object
            rf"|\s+(?:{_alternation(g.get('magnitude_qualifiers', []))})\b)",
            re.IGNORECASE,
        ),
        coordinators=re.compile(rf",|;|\b(?:{_words(g['coordinators'])})\b", re.IGNORECASE),
        hypothetical=re.compile(
            # (a concession asserts its clause: "even if X is lower, ...")
            rf"(?<!\beven\s)\b(?:{_words(g['hypothetical'])}"
            rf"|(?:{_words(g.get('inquiry_verbs', []))})\s+how)\s*$",
            re.IGNORECASE,
        ),
        response_words=compile_phrases(g["response_words"]),
        process_nouns=lower("process_nouns"),
        effect_nouns=lower("effect_nouns"),
        subject_adjunct=re.compile(
            rf"\b(?:{_words(g['subject_adjunct_prepositions'])})\s+$", re.IGNORECASE
        ),
        group_with=re.compile(
            rf"(?<![\w-])(?:{_words(g.get('group_nouns', []))})\s+"
            # ("those who started with the highest X", "those who had the most X")
            rf"(?:(?:who|that)\s+(?:started|began|entered)\s+with\s+(?:[\w-]+\s+){{0,2}}"
            rf"|(?:who|that)\s+(?:had|showed|carried)\s+(?:the\s+)?(?:most|highest|lowest|least|"
            rf"greatest|largest|smallest|fewest)\s+(?:[\w-]+\s+){{0,1}}"
            rf"|with\s+(?:[\w-]+\s+){{0,2}}|whose\s+(?:[\w-]+\s+){{0,1}})$",
            re.IGNORECASE,
        ),
        group_before=re.compile(
            rf"(?<![\w-])(?:{_words(g.get('group_nouns', []))})\s*$", re.IGNORECASE
        ),
        weak_response=re.compile(
            rf"^\s*(?:{_alternation(g.get('weak_response', []))})(?!\w)", re.IGNORECASE
        ),
        weaker_than_young=re.compile(
            rf"^\s*(?:{_alternation(g.get('weaker_than_young', []))})", re.IGNORECASE
        ),
        object_negation=re.compile(
            rf"(?<![\w-])(?:{_alternation(g['object_negation'])})\s+(?:[\w-]+\s+){{0,2}}$",
            re.IGNORECASE,
        ),
        determiners=re.compile(rf"^(?:(?:{_words(g['determiners'])})\s+)+", re.IGNORECASE),
        determiners_set=lower("determiners"),
        leading_noise=lower("leading_noise"),
        trailing_noise=lower("trailing_noise"),
        clause_words=lower("clause_words"),
        copulas=lower("copulas"),
        function_words=frozenset().union(
            *(lower(k) for k in g if k not in ("response_words", "process_nouns", "effect_nouns")),
            (str(w).lower() for w in g.get("function_words", [])),
        ),
        infinitive_verbs=lower("infinitive_verbs"),
        pronouns=lower("pronouns"),
        not_object_pronouns=lower("not_object_pronouns"),
        personal_plural=lower("personal_plural"),
        before_object_pronoun=lower("before_object_pronoun"),
        context_trim=re.compile(rf"^(?:(?:{_words(g['context_trim'])})\s+)+", re.IGNORECASE),
        agent_adjuncts=frozenset(" ".join(str(w).lower().split()) for w in g.get("agent_adjuncts", [])),
        disuse_adjuncts=frozenset(
            " ".join(str(w).lower().split()) for w in g.get("disuse_adjuncts", [])
        ),
        setting_adjuncts=frozenset(
            " ".join(str(w).lower().split()) for w in g.get("setting_adjuncts", [])
        ),
        degree_before=re.compile(
            rf"(?<![\w-])(?:a|an|the)\s+(?:{_words(g.get('degree_adjectives', []))})\s+$",
            re.IGNORECASE,
        ),
        degree_adjectives=lower("degree_adjectives") if "degree_adjectives" in g else frozenset(),
        age_dimension_openers=lower("age_dimension_openers"),
        comparative_determiners=lower("comparative_determiners"),
        reported=re.compile(
            rf"(?<![\w-])(?:{_words(g.get('reporting_verbs', []))})\s+that\s*$", re.IGNORECASE
        ),
        modals=re.compile(rf"(?<![\w-])(?:{_words(g.get('modals', []))})(?!\w)", re.IGNORECASE),
        appositive_relative=re.compile(
            # (a word may be quoted: 'three "repair" enzymes that ...')
            # (session 27, round b) after a head noun of the molecule: "an X fragment, a sign
            # that kidneys are failing, ...", "X protein, a kinase that ..."
            r"^(?:\s+(?:fragments?|proteins?|peptides?|genes?|mRNA|transcripts?|levels?))?"
            rf"\)?\s*,\s*(?:{_words(g.get('appositive_openers', []))})\s+"
            r"(?:[\"“‘']?[\w-]+[\"”’']?\s+){1,4}(?:that|which|who)\s*$",
            re.IGNORECASE,
        ),
        plural_appositive=re.compile(
            rf"\)?\s*,\s*(?:{_words(g.get('plural_appositive_openers', []))})\s", re.IGNORECASE
        ),
        class_before=re.compile(
            rf"\)?(?:\s*\([^()]*\))?(?:\s*,\s*|\s+(?:{_words(g.get('class_copulas', []))})\s+)"
            rf"(?:a|an|one)\s+(?:(?:{_words(g.get('class_membership', []))})\s+)?"
            r"(?:(?!(?:of|on|to|by|for|with|from|against|in|and|or)\s)[a-z][\w-]*\s+){0,2}",
        ),
        intervention_head=re.compile(
            rf"\s+(?:{_words(g.get('intervention_heads', []))})(?![\w-])", re.IGNORECASE
        ),
        class_after=re.compile(
            rf"(?:\s+(?:{_words(g.get('class_heads', []))}))*"
            r"(?:\s*(?:[,;:.)—–]|$)|\s+(?:that|which|who|whose)\b)"
        ),
        appositive_phrase=re.compile(
            rf"^\s*,\s*(?:{_words(g.get('appositive_openers', []))})\s+(?:[\w-]+\s+){{0,5}}$",
            re.IGNORECASE,
        ),
        marker_hyphens=re.compile(
            rf"^(?:{_alternation(g.get('marker_hyphens', []))})(?![\w-])", re.IGNORECASE
        ),
        chain_arrow=re.compile(_words(g.get("chain_arrows", []))),
        # "W (adverb-ly) ": one word and perhaps an adverb; "W ": one word; "NEG w w ": the
        # negation's words and two more
        adjectival_tokens=(
            None if (n := _tokens(g["adjectival_before"])) is None or n > 1 else 2
        ),
        subject_adjunct_tokens=(
            None if (n := _tokens(g["subject_adjunct_prepositions"])) is None or n > 1 else 1
        ),
        object_negation_tokens=(
            None if (n := _tokens(g["object_negation"])) is None else n + 2
        ),
    )


@dataclass(frozen=True)
class CueLexicon:
    """The compiled lexicon. ``scanner`` finds every phrase category in a document at once;
    the regexes serve checks on short strings (a mention's surface, a few words)."""

    scanner: Scanner
    relation_groups: dict[str, RelationCue]
    boundary_marks: re.Pattern[str]
    connectors: frozenset[str]
    auxiliaries: frozenset[str]
    flips_before: re.Pattern[str]
    flips_after: re.Pattern[str]
    flips_start: re.Pattern[str]
    anaphora_singular: PhrasePattern
    anaphora_plural: PhrasePattern
    measures: frozenset[str]
    pass_through: frozenset[str]
    contexts: dict[str, PhrasePattern]
    taxa: dict[str, str]
    skip_sentences: re.Pattern[str]
    grammar: Grammar
    #: A denied capacity ("could not", "unable to").
    incapacity: PhrasePattern
    #: Phrase lists looked for inside one clause on demand (``phrases:``), not scanned.
    phrases: dict[str, PhrasePattern]
    #: Each of ``skip_sentences``' patterns alone (empty: none may be searched alone).
    skip_parts: tuple[re.Pattern[str], ...] = ()
    #: A vertical arrow used as a verb in notes ("training ↓ X") and the cue group it reads
    #: as (``grammar: sign_arrows``); a character, so never a scanned word.
    signs: dict[str, str] = field(default_factory=dict)
    #: The entity for aging itself in the entities table (``aging_entity``: the MeSH
    #: condition), the other side of "X is higher in older muscle" in a document whose own
    #: mentions never name aging; None: such a side stays the written words.
    aging_entity: str | None = None
    #: The entity for exercise itself (``exercise_entity``: the MeSH intervention Exercise), the
    #: side a bare "training" takes when the document names no training.
    exercise_entity: str | None = None

    def sign_hits(self, sentence: str) -> list[Hit]:
        """The arrow signs of one sentence as relation cue hits (empty where it has none).

        Not a sign in a table cell ("| ↓ |": its column header says of what, which the reader
        does not see), one asked about ("↑?") or one opening an aside with no subject of its
        own ("(↑ strength)")."""
        out = []
        for i, c in enumerate(sentence):
            if c in self.signs:
                before = sentence[:i].rstrip()[-1:]
                after = sentence[i + 1 :].lstrip()[:1]
                if before not in ("|", "(") and after not in ("|", "?"):
                    out.append((i, i + 1, self.signs[c]))
        return out

    def reference_starts(self, lower: str) -> list[int]:
        """Where ``skip_sentences`` match in the lower-cased document. Their alternation
        tries every pattern at every position; alone, most have a literal prefix that the
        regex engine finds fast. Where none occurs alone, the alternation cannot match either,
        so most documents (no reference lines) skip it."""
        if self.skip_parts and not any(p.search(lower) for p in self.skip_parts):
            return []
        return [m.start() for m in self.skip_sentences.finditer(lower)]


#: Categories whose candidate starts are listed apart (see :class:`Scanner`): the ones the
#: claims stage asks about on their own.
INDEXED = ("relations", "blunted", "species", "in_vitro")

#: Scanned phrase lists besides relations, boundaries, negation, species and contexts.
_SCANNED = ("adjuncts", "hedges", "agent_frames")


def _phrases(values: list[Any]) -> list[tuple[str, str]]:
    return [(str(p), str(p)) for p in values]


def load_lexicon(path: Path = CUES_PATH) -> CueLexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups: dict[str, RelationCue] = {}
    cue_phrases: list[tuple[str, str]] = []
    for i, group in enumerate(data["relations"]):
        cue = RelationCue(
            relation=group["relation"],
            polarity=group["polarity"],
            family=group.get("family", "plain"),
            frame=group.get("frame", "verb"),
        )
        for j, phrase in enumerate(group["cues"]):
            groups[f"r{i}_{j}"] = cue
            cue_phrases.append((f"r{i}_{j}", phrase))
    species = data["species"]
    categories: dict[str, list[tuple[str, str]]] = {
        "relations": cue_phrases,
        "boundaries": _phrases(data["boundaries"]["words"]),
        "negation": _phrases(data["negation"]["cues"]),
        "negation_exceptions": _phrases(data["negation"]["exceptions"]),
        "species": [(sp, str(p)) for sp, ps in species.items() if sp != "in_vitro" for p in ps],
        "in_vitro": _phrases(species.get("in_vitro", [])),
        "flips": _phrases(data["flips"]["before"]),
    }
    for key in _SCANNED:
        categories[key] = _phrases(data[key])
    for key, phrases in data["contexts"].items():
        categories[key] = _phrases(phrases)
    flips = data["flips"]
    filler = _words(flips.get("filler", []))
    return CueLexicon(
        scanner=Scanner(categories, indexed=INDEXED),
        relation_groups=groups,
        boundary_marks=re.compile("|".join(f"(?:{b})" for b in data["boundaries"]["marks"])),
        connectors=frozenset(str(w).lower() for w in data["connectors"]),
        auxiliaries=frozenset(str(w).lower() for w in data["auxiliaries"]),
        flips_before=re.compile(
            rf"(?<![\w-])(?:{_alternation(flips['before'])})(?:\s+(?:{filler}))*"
            r"(?:\s+[\w-]+)?\s*$",
            re.IGNORECASE,
        ),
        flips_after=re.compile(rf"^\s?(?:{_alternation(flips['after'])})(?!\w)", re.IGNORECASE),
        # (session 36, round d) "low-grade inflammation" is a degree, not less inflammation
        flips_start=re.compile(rf"^(?:{_alternation(flips['before'])})(?![\w-])", re.IGNORECASE),
        anaphora_singular=compile_phrases(data["anaphora"]["singular"]),
        anaphora_plural=compile_phrases(data["anaphora"]["plural"]),
        measures=frozenset(str(w).lower() for w in data["measures"]),
        pass_through=frozenset(str(w).lower() for w in data.get("pass_through", [])),
        contexts={k: compile_phrases(v) for k, v in data["contexts"].items()},
        taxa={str(k): v for k, v in data.get("taxa", {}).items()},
        skip_sentences=re.compile(
            "|".join(f"(?:{p})" for p in data.get("skip_sentences", [])) or _NEVER,
            re.MULTILINE,
        ),
        skip_parts=_alone(data.get("skip_sentences", []), re.MULTILINE),
        grammar=_grammar(data["grammar"]),
        incapacity=compile_phrases(data["negation"].get("incapacity", [])),
        phrases={k: compile_phrases(v) for k, v in data.get("phrases", {}).items()},
        signs={
            str(sign): next(name for name, phrase in cue_phrases if phrase == cue)
            for sign, cue in data["grammar"].get("sign_arrows", {}).items()
        },
        aging_entity=data.get("aging_entity") or None,
        exercise_entity=data.get("exercise_entity") or None,
    )


def _alone(patterns: list[str], flags: int) -> tuple[re.Pattern[str], ...]:
    """Each pattern compiled on its own, as it matches inside an alternation of them all;
    empty when a backreference would name another group there."""
    if any(_BACKREFERENCE.search(p) for p in patterns):
        return ()
    return tuple(re.compile(p, flags) for p in patterns)


@cache
def lexicon() -> CueLexicon:
    """The packaged lexicon, compiled once per process."""
    return load_lexicon()
