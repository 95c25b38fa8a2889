"""The entity lexicon: every written form of every entity, compiled into two Aho-Corasick automata.

Forms come from the shipped reference data (HGNC, FamPlex, MeSH) and curated lexicons. Each form
is expanded into the variants writers use (IL6 / IL-6 / IL 6, PGC-1α / PGC-1alpha / PGC1a, mouse
style Igfbp7, plural families) and given a *risk*:

- SAFE: a match is a mention.
- CONTEXT: a match is a mention only if the document supports it (see ``context.py``): symbols of
  three letters or fewer (CLC, HGF, TNF), symbols that are English words (CAT, SET, IMPACT),
  symbols that are also common acronyms (scope ``context`` in ``curated/stopforms.tsv``), HGNC
  aliases and previous symbols (MAC25, NRF2).

Forms are dropped outright when they cannot be told apart: an alias or previous symbol that is an
English word or three characters or fewer, a key claimed by two entities of the same standing
(an alias that two genes share), stop forms listed in ``curated/stopforms.tsv``.

Symbols match case-sensitively (automaton ``cs`` over the cased text); names, conditions and
other plain-word forms case-insensitively (automaton ``ci`` over the lower-cased text). Keys are
padded with spaces, and the text's non-word characters are spaces, so matches are whole words.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs

from agefacts.extract.entities.normalise import name_key, normalise, normalise_key
from agefacts.reference import CURATED, DATA, read_tsv

KINDS = ("gene", "family", "condition", "species", "intervention", "cohort", "pathway")
SAFE, CONTEXT = 0, 1
#: An interleukin written by its short symbol in the FamPlex grounding map ("IL-17", "IL12").
_INTERLEUKIN_SYMBOL = re.compile(r"IL-?(\d{1,2})")
#: Flag added to a key that a symbol with a digit gets in the case-insensitive automaton
#: (Igfbp7, MuRF1): the match counts only if the text has a capital letter in it, so code and
#: lower-case prose ("col1", "int8", "arg1") are not genes.
NEEDS_CAPITAL = 2

# Standing of a form's source: when two entities claim one key, the lower number wins; a tie
# between different entities makes the key ambiguous and it is dropped. P_FPLX_ROOT: a family's
# name that is the root of its members' symbols (PARP for PARP1, PARP2, ...) names the family,
# whatever an alias or the grounding map says; only an approved symbol outranks it.
(P_CURATED, P_SYMBOL, P_FPLX_ROOT, P_FPLX_FORM, P_FPLX_ID, P_NAME, P_MESH, P_ALIAS,
 P_PREVIOUS) = range(9)
#: Added to a form's standing when the variant changes its case (Pax7 for PAX7).
P_CASE_VARIANT = 10

#: A token at least this frequent in English (Zipf) is a word first: symbols need context,
#: aliases are dropped, title-case variants are not generated.
ENGLISH_WORD = 3.0
#: Single-word FamPlex forms this frequent are too common to match at all.
VERY_COMMON = 4.5

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "kappa": "κ",
}
_GREEK_CHARS = {v: k for k, v in GREEK.items()}
_GREEK_WORD = re.compile(r"(alpha|beta|gamma|delta|epsilon|kappa)", re.IGNORECASE)
#: HGNC writes a Greek suffix as a Latin capital after a digit: IL1B = IL-1β, HIF1A = HIF-1α.
_LATIN_GREEK_SUFFIX = re.compile(r"^(.*\d)([ABGDEK])$")
_LATIN_FOR_GREEK = {"A": "alpha", "B": "beta", "G": "gamma", "D": "delta", "E": "epsilon",
                    "K": "kappa"}
#: A symbol that is a root of three or more characters plus a Latin letter for a Greek one.
_GREEK_SUBTYPE = re.compile(r"^([A-Z][A-Za-z0-9]+[A-Za-z])([ABGDEK])$")
#: What a family's members add to the family's name: PARP -> PARP1, PARP16; PPAR -> PPARG.
_MEMBER_SUFFIX = re.compile(r"-?\d{1,2}[A-Z]?|[A-Z]")
#: A glycoprotein named by its mass, which HGNC writes in capitals ("GP96") and papers with a
#: lower-case "gp" ("gp96", "gp91phox").
_GLYCOPROTEIN = re.compile(r"[Gg][Pp](\d{2,3})(-?[A-Za-z]*)")
#: A MeSH drug-class term for one drug acting on a receptor ("... Receptor Antagonist"):
#: see ``_Builder.load_mesh_drug_classes``.
_SINGULAR_RECEPTOR_DRUG = re.compile(r"\bReceptor (?:Agonist|Antagonist|Blocker)$", re.IGNORECASE)
#: An alias that glues a protein's weight to one of its names ("p27Kip1", "p47phox"): no English
#: word and no bare acronym, so as distinctive as a Greek letter.
_WEIGHT_NAMED = re.compile(r"[pP]\d{2,3}-?[A-Za-z][A-Za-z0-9]{2,}")
#: "foo receptor type 1B": a receptor whose name gives its type after the word receptor.
_RECEPTOR_TYPE = re.compile(r"(?P<head>.+?) receptor type (?P<num>[1-3])?(?P<letter>[A-Z])?")
_ROMAN = {"1": "I", "2": "II", "3": "III"}
PROTEIN_CODING = "gene with protein product"
_SUBUNIT_NAME = re.compile(
    r"^(.+) subunit (alpha|beta|gamma|delta|epsilon|kappa)(?: ([0-9]{1,2}[A-Z]?|[A-Z]))?$"
)
#: A name that is one word and a Greek subtype, perhaps numbered: "klotho beta", "actinin alpha 3".
_GREEK_TAIL_NAME = re.compile(
    r"^([a-z][a-z-]{3,}) (alpha|beta|gamma|delta|epsilon|kappa)(?: ([0-9]{1,2}[A-Z]?|[A-Z]))?$"
)
#: A name that opens with a one-word head and ends with a number ("fooin BAR signaling
#: regulator 2"), and a symbol that is a letter stem and that number (FOO2).
_HEAD_NUMBER_NAME = re.compile(r"^([a-z]{4,})((?: \S+)*?) (\d{1,2}[A-Z]?)$")
_STEM_NUMBER_SYMBOL = re.compile(r"^([A-Z]{2,})(\d{1,2}[A-Z]?)$")
#: A peptide hormone's gene named for its precursor: the hormone's common name first, then the
#: peptide cut from the same chain after "/" or "and" (perhaps with a numeral), then a precursor
#: word: "fooin/barphysin I prepropeptide", "fooin and barstatin prepropeptide", "fooin
#: precursor", "fooin neuropeptide precursor". Prose names the gene by the hormone alone.
_PRECURSOR_NAME = re.compile(
    r"^(?P<head>[a-z][a-z-]{4,}[a-z])(?:(?:/| and )(?P<partner>[^\s/]+)(?P<numeral> [IVX]{1,3}"
    r"| [0-9])?)?(?: neuropeptide)? (?:prepropeptide|preproprotein|precursor)$"
)
#: A protein HGNC names by one coined word and its family's or function's descriptor, with no
#: number ("fooaxis bHLH transcription factor", "foocidin antimicrobial peptide"): prose names
#: it by the word alone. (Homeobox names stay out: their heads are also anatomy, "notochord
#: homeobox"; so do "<word> hormone" names, whose heads may be organs, "parathyroid hormone".)
_FAMILY_TAIL_NAME = re.compile(
    r"^(?P<head>[a-z][a-z-]{4,}[a-z]) (?:bHLH transcription factor|antimicrobial peptide)$"
)
#: A head that opens names of this many differently stemmed symbols is a generic word
#: ("solute", "transmembrane", "nucleolar"): it names no protein on its own.
GENERIC_HEAD_STEMS = 3
#: A word that follows this many different first words in protein names is a class or relation
#: ("like", "domain", "family", "related", "protein", "receptor"): the word before it modifies
#: it ("fooin related 3" is a fooin-related protein, not fooin 3).
CLASS_WORD_HEADS = 40
#: A word inside this many protein names ("... homeobox 1", "... meiotic ...") is a class noun
#: or a modifier, not one protein's head.
INNER_WORD_NAMES = 10


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    label: str
    kind: str

    @property
    def namespace(self) -> str:
        return self.entity_id.split(":", 1)[0]

    @property
    def identifier(self) -> str:
        return self.entity_id.split(":", 1)[1]

    def row(self) -> dict[str, str]:
        return {
            "entity_id": self.entity_id,
            "namespace": self.namespace,
            "identifier": self.identifier,
            "label": self.label,
            "kind": self.kind,
        }


class Automaton:
    """Every occurrence of every key in a text, overlapping ones included.

    The Rust ``aho-corasick`` automaton (via ``ahocorasick_rs``): about twice as fast as
    pyahocorasick over the same keys and lighter on the CPU cache, which the scan of a large
    lexicon is bound by. Offsets are Python string offsets.
    """

    def __init__(self, keys: dict[str, tuple[int, int, int]]):
        self.values = list(keys.values())
        self._keys = keys
        self._ac = ahocorasick_rs.AhoCorasick(list(keys), matchkind=ahocorasick_rs.MatchKind.Standard)

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """``(key index into values, start, end)`` of every occurrence, end exclusive."""
        return self._ac.find_matches_as_indexes(text, overlapping=True)


@dataclass
class Lexicon:
    entities: list[Entity]
    index: dict[str, int]
    cs: Automaton
    ci: Automaton
    #: Resolved cased keys (normalised form -> (entity index, risk)), for lookups outside a scan.
    cs_keys: dict[str, tuple[int, int]]
    #: The same for the case-insensitive keys (risk may carry ``NEEDS_CAPITAL``).
    ci_keys: dict[str, tuple[int, int]]
    english: dict[str, float]
    cues: dict[str, str]
    #: Pattern trigger words (word, role, words that must precede it); a trigger hit carries
    #: entity index ``-1 - position in this list``.
    triggers: list[tuple[str, str, tuple[str, ...]]]
    #: Triggers that are also lexicon keys, so not in the automata: found with str.find.
    unscanned: list[int]
    #: Entity index -> topic words one of which must be near its match (``curated/topic_forms.tsv``).
    topics: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: Aliases of three characters or fewer that name one gene only ("APJ" -> APLNR's index):
    #: never matched alone, only where the document names them ("an enzyme known as QRS").
    short_aliases: dict[str, int] = field(default_factory=dict)
    #: Entity indices of the analytes routine blood tests report (``curated/lab_analytes.tsv``):
    #: the only risky tokens a ``lab`` cue ("bloodwork") supports.
    lab_analytes: frozenset[int] = frozenset()

    def entity(self, entity_id: str) -> Entity | None:
        i = self.index.get(entity_id)
        return None if i is None else self.entities[i]

    def lookup(self, form: str) -> tuple[int, int] | None:
        """``(entity index, risk)`` of a written form as a scan would ground it on its own:
        the cased key first, then the case-insensitive one ("Smad2" for SMAD2)."""
        key = normalise_key(form, lower=False)
        hit = self.cs_keys.get(key)
        if hit is not None:
            return hit
        hit = self.ci_keys.get(key.lower())
        if hit is None or (hit[1] & NEEDS_CAPITAL and form.islower()):
            return None
        return hit[0], hit[1] & CONTEXT


# --------------------------------------------------------------------------- form analysis


def squash(form: str) -> str:
    """A form without separators: how its letters and digits compare ("IL-6" -> "IL6")."""
    return re.sub(r"[\W_]+", "", form)


def is_short(form: str) -> bool:
    """Tokens too short to be distinctive: at most 2 characters, or 3 letters (CLC, TNF, AKT)."""
    s = squash(form)
    return len(s) <= 2 or (len(s) == 3 and s.isalpha())


def is_plain(form: str) -> bool:
    """Ordinary words (any case allowed): every token lower case, capitalised or a number."""
    tokens = normalise_key(form, lower=False).split()
    if not tokens:
        return False
    if len(tokens) == 1 and len(tokens[0]) < 5:
        return False
    return all(t.isdigit() or t.islower() or (t[:1].isupper() and t[1:].islower()) for t in tokens)


_HYPHENS = re.compile(r"[-‐‑–]")
_FIRST_SEAM = re.compile(r"(?<=[^\W\d_αβγδεκ])(?=\d)")
_GREEK_SEAM = re.compile(r"(?<=[^\W_αβγδεκ])(?=[αβγδεκ])")


_ANY_SEAM = re.compile(r"[-‐‑–αβγδεκ]|[^\W\d_]\d")
#: Before a Greek word that ends the form or a token: "HIF-1alpha" is also "HIF-1 alpha".
_GREEK_WORD_SEAM = re.compile(
    r"(?<=[^\W_])(?=(?:alpha|beta|gamma|delta|epsilon|kappa)(?![^\W\d_]))", re.IGNORECASE
)
_ANY_GREEK = re.compile(r"[αβγδεκ]|alpha|beta|gamma|delta|epsilon|kappa", re.IGNORECASE)


def _separator_variants(form: str) -> set[str]:
    """IL-6 / IL6 / IL 6, PGC-1α / PGC1α / PGC-1 α: hyphens and letter/digit seams optional.

    Slashes and other punctuation stay separators ("ERK1/2" is never "ERK12").
    """
    out = {form}
    if not _ANY_SEAM.search(form):
        return out
    joined = _HYPHENS.sub("", form)
    out.add(joined)
    out.add(_FIRST_SEAM.sub(" ", joined, count=1))
    for v in list(out):
        out.add(_GREEK_SEAM.sub(" ", v))
    return out


def _greek_variants(form: str) -> set[str]:
    """TNF-alpha <-> TNF-α; IL1B -> IL1β, IL-1beta; PGC-1α -> PGC-1a."""
    out = {form}
    m = _LATIN_GREEK_SUFFIX.match(form)
    if m:
        stem, letter = m.groups()
        out.add(stem + GREEK[_LATIN_FOR_GREEK[letter]])
        out.add(stem + _LATIN_FOR_GREEK[letter])
    if not _ANY_GREEK.search(form):
        return out
    if any(c in _GREEK_CHARS for c in form):
        spelled = form
        for ch, word in _GREEK_CHARS.items():
            spelled = spelled.replace(ch, word)
        out.add(spelled)
        latin = re.sub(r"(\d)([αβγδεκ])", lambda m: m.group(1) + _GREEK_CHARS[m.group(2)][0],
                       form)
        out.add(latin)
    if _GREEK_WORD.search(form):
        out.add(_GREEK_WORD.sub(lambda m: GREEK[m.group(1).lower()], form))
    # Only where the form itself has a Greek letter (HIF-1alpha, PPARδ), not for the guess
    # from a Latin suffix above, which would add a spaced key to every symbol ending in A.
    for v in list(out):
        out.add(_GREEK_WORD_SEAM.sub(" ", v))
    return out


def _bare_greek(token: str) -> bool:
    """An alias that is a Greek letter and a number ("beta-5", "α2"): it names a subunit of
    whatever the sentence is about, not one gene."""
    return _ANY_GREEK.search(token) is not None and not any(
        c.isascii() and c.isalpha() for c in _ANY_GREEK.sub("", token))


def _has_greek(key: str) -> bool:
    """A Greek letter next to a real stem (TNF-α, PGC-1α): a bare "β5" or "beta-5" is no stem."""
    if _ANY_GREEK.search(key) is None:
        return False
    return sum(c.isascii() and c.isalpha() for c in _ANY_GREEK.sub("", key)) >= 2


_NUMBER_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
#: A spaced key whose number stands after a letter stem: "IL 6", "PGC 1 α", "FGF 21".
_SPOKEN_SEAM = re.compile(
    r"^([A-Za-z]{2,}) (\d{1,2})(?: ?([αβγδεκ])| (alpha|beta|gamma|delta|epsilon|kappa))?$"
)


def number_words(n: int) -> str:
    """0-99 as a speech-to-text transcript writes them, hyphen read as a space: "twenty one"."""
    if n < 20:
        return _NUMBER_WORDS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + ("" if unit == 0 else " " + _NUMBER_WORDS[unit])


def spoken_keys(key: str) -> set[str]:
    """A symbol as a transcript spells it out: "IL 6" -> "IL six", "HIF 1 α" -> "HIF one alpha".

    Without these keys an automatic transcript's "ABC one alpha" leaves only the bare stem, which
    may be another gene's symbol."""
    m = _SPOKEN_SEAM.match(key)
    if m is None or m[2].startswith("0"):
        return set()
    stem, number, letter, word = m.groups()
    greek = _GREEK_CHARS[letter] if letter else word
    return {f"{stem} {number_words(int(number))}" + (f" {greek}" if greek else "")}


def _abbreviates(stem: str, word: str) -> bool:
    """Whether a symbol's letter stem abbreviates one word: its letters in order, from the
    word's first ("fzr" of "fizzler")."""
    rest = iter(word[1:])
    return stem[:1] == word[:1] and all(c in rest for c in stem[1:])


def symbol_keys(form: str) -> set[str]:
    """All cased keys of a symbol-like form."""
    keys = set()
    for g in _greek_variants(form):
        for v in _separator_variants(g):
            keys.add(normalise_key(v, lower=False))
    return {k for k in keys if k}


@lru_cache(maxsize=1)
def _spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """American stems (curated/spellings.tsv) as one pattern, and their British forms."""
    table = {r["american"]: r["british"] for r in read_tsv(CURATED / "spellings.tsv")}
    pattern = re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))), re.I)
    return pattern, table


@lru_cache(maxsize=1)
def _name_abbreviations() -> tuple[tuple[str, str], ...]:
    """Chemical names spelled out in HGNC names and their written abbreviations
    (curated/name_abbreviations.tsv)."""
    return tuple((r["long"], r["short"]) for r in read_tsv(CURATED / "name_abbreviations.tsv"))


def _british(form: str) -> str:
    pattern, table = _spellings()

    def swap(m: re.Match[str]) -> str:
        british = table[m.group(0).lower()]
        return british.capitalize() if m.group(0)[0].isupper() else british

    return pattern.sub(swap, form)


def name_keys(form: str, *, lower: bool) -> set[str]:
    """Keys of a name-like form: Greek spelled or not, British spelling, collapsed spaces."""
    variants = {form, _british(form)}
    for v in list(variants):
        variants |= {_GREEK_WORD.sub(lambda m: GREEK[m.group(1).lower()], v)}
        for ch, word in _GREEK_CHARS.items():
            if ch in v:
                variants.add(v.replace(ch, word))
    keys = set()
    for v in variants:
        k = normalise_key(v, lower=lower)
        if k:
            keys.add(k)
            keys.add(" ".join(k.split()))
    return keys


_TITLE_WORD = re.compile(r"(?<![\w-])([A-Z][a-z]+)(?![\w-])")


def prose_case(form: str) -> str:
    """MeSH capitalises every word; prose only the acronyms: "ACE Inhibitors" -> "ACE
    inhibitors". Words with a capital inside (PPARgamma, Non-Hodgkin) are names and stay."""
    return _TITLE_WORD.sub(lambda m: m.group(1).lower(), form)


# --------------------------------------------------------------------------- building


class _Builder:
    def __init__(self, english: dict[str, float], stop: set[str], stop_first: set[str],
                 risky: frozenset[str] = frozenset()):
        self.english = english
        self.stop = stop
        self.stop_first = stop_first
        self.risky = risky  # symbols that are also common acronyms: a mention only in context
        self.entities: list[Entity] = []
        self.index: dict[str, int] = {}
        #: FamPlex entries listing no member genes ("Protease", "Phosphatase"): what a protein
        #: does, not a set of genes a curator could expand
        self.classes: set[int] = set()
        self.keys: dict[str, dict[str, list[tuple[int, int, int]]]] = {
            "cs": defaultdict(list), "ci": defaultdict(list),
        }
        #: short aliases dropped from the keys ("APJ"), with the genes that carry each
        self.short_aliases: dict[str, set[int]] = defaultdict(set)
        #: singular receptor drug terms of MeSH, decided after every source is read
        self.receptor_drugs: list[tuple[str, int]] = []

    def zipf(self, word: str) -> float:
        return self.english.get(word.lower(), 0.0)

    def entity(self, entity_id: str, label: str, kind: str) -> int:
        i = self.index.get(entity_id)
        if i is None:
            i = self.index[entity_id] = len(self.entities)
            self.entities.append(Entity(entity_id, label, kind))
        return i

    def stopped(self, form: str) -> bool:
        low = " ".join(normalise_key(form, lower=True).split())
        return low in self.stop or (" " in low and low.split()[0] in self.stop_first)

    def add(self, auto: str, key: str, ent: int, risk: int, priority: int) -> None:
        self.keys[auto][key].append((priority, ent, risk))

    # forms --------------------------------------------------------------------------------
    def add_symbol(
        self, form: str, ent: int, priority: int, *, alias: bool = False, curated: bool = False
    ) -> None:
        """A symbol-like form (no spaces), matched with its case. Curated forms are SAFE: someone
        chose them for this lexicon; unless the curator also listed the form with scope
        ``context`` in stopforms.tsv (an English verb written in capitals, "TWEAK")."""
        token = squash(form)
        if not token or (not curated and self.stopped(form)):
            return
        english = self.zipf(token) >= ENGLISH_WORD
        if alias and (len(token) <= 3 or english or token.isdigit() or _bare_greek(token)):
            if len(token) <= 3 and token == form and not english and sum(map(str.isupper, token)) >= 2 \
                    and token[0].isupper() and token.lower() not in self.risky:
                self.short_aliases[token].add(ent)  # "APJ": only where a document names it
            return
        acronym = token.lower() in self.risky
        risk = CONTEXT if acronym or ((alias or is_short(form) or english) and not curated) else SAFE
        if alias and _WEIGHT_NAMED.fullmatch(token):
            risk = SAFE
        for key in symbol_keys(form):
            # A Greek letter makes even an alias distinctive: TNF-α, PGC-1α.
            key_risk = SAFE if alias and _has_greek(key) else risk
            self.add("cs", key, ent, key_risk, priority)
            for spoken in spoken_keys(key):
                self.add("cs", spoken, ent, key_risk, priority + P_CASE_VARIANT)
        letters = sum(c.isalpha() for c in token)
        if len(token) >= 4 and letters >= 2 and any(c.isdigit() for c in token):
            # With a digit a symbol is distinctive in any case: Igfbp7, MuRF1, Sirt1, mtorc1.
            # A curated form too ("FOO-1Xa" for "FOO-1XA"): the curator's choice outranks an
            # alias two genes share, in any case, and its spaced keys are the curator's hyphens.
            for key in symbol_keys(form):
                if curated:
                    self.add("ci", key.lower(), ent, SAFE | NEEDS_CAPITAL,
                             P_CURATED + P_CASE_VARIANT)
                    continue
                if " " in key and self._prose_like(key):  # "col 1", "has 2": just prose
                    continue
                key_risk = SAFE if alias and _has_greek(key) else risk
                self.add("ci", key.lower(), ent, key_risk | NEEDS_CAPITAL,
                         priority + P_CASE_VARIANT)
            return
        if curated:
            return
        title = form[:1] + form[1:].lower()
        if (
            form.isupper() and title != form and len(token) >= 3 and not alias
            and self.zipf(squash(title)) < ENGLISH_WORD
        ):
            # Mouse style (Mstn, Kras). Without a digit a capitalised word may be a name or a
            # sentence start ("Nans"), so it needs context.
            for key in symbol_keys(title):
                self.add("cs", key, ent, CONTEXT, priority + P_CASE_VARIANT)

    def _prose_like(self, key: str) -> bool:
        """A spaced key ("col 1") whose words could be prose in lower case: a short or English
        word. "MuRF-1" and "Sirt-1" keep their spaced forms; "col 1" and "has 2" do not."""
        return any(
            w.isalpha() and (len(w) <= 3 or self.zipf(w) >= ENGLISH_WORD) for w in key.split()
        )

    def add_phrase(
        self, form: str, ent: int, priority: int, *, curated: bool = False,
        capitalised: bool = True,
    ) -> None:
        """A name or term. Plain words match in any case; a form with capitals inside a word
        (HIIT, NF-kappaB, "SET nuclear proto-oncogene") keeps its case, and a lower-case one
        also matches with a capital first letter unless ``capitalised`` is false."""
        form = form.strip()
        if not form or (not curated and self.stopped(form)):
            return
        if is_plain(form):
            for key in name_keys(form, lower=True):
                self.add("ci", key, ent, SAFE, priority)
        elif " " not in form.strip() and (form.islower() or form.istitle()):
            # short plain word (yoga, mice): cased variants instead of case-insensitive match
            for v in {form.lower(), form.capitalize(), form.upper()}:
                for key in name_keys(v, lower=False):
                    self.add("cs", key, ent, SAFE, priority)
        elif " " not in form:
            self.add_symbol(form, ent, priority, curated=curated)
        else:
            for key in name_keys(form, lower=False):
                self.add("cs", key, ent, SAFE, priority)
            if capitalised and form[0].islower():
                # A lower-case name opens a sentence, a heading or a table column with a
                # capital: "Cathepsin B" is "cathepsin B", not the family "Cathepsin".
                for key in name_keys(form[0].upper() + form[1:], lower=False):
                    self.add("cs", key, ent, SAFE, priority + P_CASE_VARIANT)
            if capitalised and any(c.islower() for c in form):
                # A heading set in capitals writes it "CATHEPSIN B": still the one protein,
                # not the family its first word names. Plain names match in any case already.
                for key in name_keys(form.upper(), lower=False):
                    self.add("cs", key, ent, SAFE, priority + P_CASE_VARIANT)

    # sources ------------------------------------------------------------------------------
    def load_hgnc(self) -> None:
        subtypes: dict[str, list[tuple[str, int, bool, bool]]] = defaultdict(list)
        coding: dict[int, tuple[str, str, str]] = {}  # entity -> symbol, name, aliases
        for r in read_tsv(DATA / "hgnc.tsv.gz"):
            ent = self.entity(r["hgnc_id"], r["symbol"], "gene")
            self.add_symbol(r["symbol"], ent, P_SYMBOL)
            if r["locus_type"] == PROTEIN_CODING:
                for form, alias in [(r["symbol"], False),
                                    *((a, True) for a in r["aliases"].split("|") if a)]:
                    m = _GREEK_SUBTYPE.match(form)
                    if m:
                        named = re.search(rf"\b{_LATIN_FOR_GREEK[m[2]]}\b", r["name"])
                        subtypes[m[1]].append((m[2], ent, alias, named is not None))
            name = re.sub(r"\s*\([^)]*\)\s*$", "", r["name"])  # "(gene/pseudogene)" notes
            if name and not name.startswith("symbol withdrawn"):
                tokens = name.split()
                if len(tokens) == 1 and self.zipf(name) >= ENGLISH_WORD:
                    for key in name_keys(name, lower=True):
                        self.add("ci", key, ent, CONTEXT, P_NAME)
                else:  # pseudogenes and RNA genes are not sentence subjects in prose
                    self.add_phrase(name, ent, P_NAME,
                                    capitalised=r["locus_type"] == PROTEIN_CODING)
                    for long, short in _name_abbreviations():  # "HMG-CoA" for its long form
                        if long in name:
                            self.add_phrase(name.replace(long, short), ent, P_NAME,
                                            capitalised=r["locus_type"] == PROTEIN_CODING)
            for alias in filter(None, r["aliases"].split("|")):
                if " " not in alias:
                    self.add_symbol(alias, ent, P_ALIAS, alias=True)
                    gp = _GLYCOPROTEIN.fullmatch(alias)
                    if gp is not None:
                        self.add_symbol(f"gp{gp[1]}{gp[2].lower()}", ent, P_ALIAS, alias=True)
            for prev in filter(None, r["previous"].split("|")):
                if " " not in prev:
                    self.add_symbol(prev, ent, P_PREVIOUS, alias=True)
            if r["locus_type"] == PROTEIN_CODING:
                coding[ent] = (r["symbol"], name, r["aliases"])
        self._greek_subtypes(subtypes, coding)
        self._receptor_forms(coding)
        self._receptor_type_forms(coding)
        self._expanded_names(coding)
        self._greek_prefixes(coding)
        self._mixed_case_symbols(coding)
        self._head_number_forms(coding)
        self._precursor_heads(coding)
        self._family_tail_heads(coding)

    def _family_tail_heads(self, coding: dict[int, tuple[str, str, str]]) -> None:
        """A protein whose HGNC name is one coined word and its family's or function's
        descriptor (``_FAMILY_TAIL_NAME``) is written by that word ("fooaxis" for "fooaxis bHLH
        transcription factor", "foocidin" for "foocidin antimicrobial peptide"), when it is no English word, no stop form and no other entity's
        key already."""
        for ent, (_, name, _) in coding.items():
            m = _FAMILY_TAIL_NAME.fullmatch(name)
            if m is None:
                continue
            word = m["head"]
            if self.zipf(word) >= ENGLISH_WORD or self.stopped(word):
                continue
            keys = name_keys(word, lower=True)
            if any(e != ent for key in keys for _, e, _ in self.keys["ci"].get(key, ())):
                continue
            self.add_phrase(word, ent, P_NAME)

    def _precursor_heads(self, coding: dict[int, tuple[str, str, str]]) -> None:
        """A peptide hormone's gene whose HGNC name is its precursor's (``_PRECURSOR_NAME``):
        "fooin/barphysin I prepropeptide" is written "fooin", as "growth hormone 1" is
        "growth hormone". The hormone's word counts, and a partner peptide's word where no
        numeral tells it from a sibling's (neurophysin I and II are two genes' partners), where
        it is no English word and no other entity's key already."""
        for ent, (_, name, _) in coding.items():
            m = _PRECURSOR_NAME.fullmatch(name)
            if m is None:
                continue
            partner = m["partner"] if m["partner"] and not m["numeral"] else None
            for word in filter(None, (m["head"], partner)):
                if not word.islower() or self.zipf(word) >= ENGLISH_WORD or self.stopped(word):
                    continue
                keys = name_keys(word, lower=True)
                if any(e != ent for key in keys for _, e, _ in self.keys["ci"].get(key, ())):
                    continue  # another entity's name or alias: theirs
                self.add_phrase(word, ent, P_NAME)

    def _receptor_forms(self, coding: dict[int, tuple[str, str, str]]) -> None:
        """A receptor named by its ligand's symbol: GLP1R, alias GLP-1R, named "... receptor",
        is written "GLP-1 receptor"; IGF1R "IGF-1 receptor". The keys keep case, so a ligand
        symbol that spells an English word still counts in capitals: "GH receptor", "LH receptor"
        (but not "Gh receptor")."""
        for ent, (symbol, name, aliases) in coding.items():
            if not name.endswith(" receptor"):
                continue
            for form in (symbol, *filter(None, aliases.split("|"))):
                base = form[:-1].rstrip("-") if form.endswith("R") else ""
                word = squash(base)
                if len(word) < 2 or (self.zipf(word) >= ENGLISH_WORD and not word.isupper()):
                    continue
                for key in symbol_keys(base):
                    for noun in (" receptor", " receptors"):
                        self.add("cs", key + noun, ent, SAFE, P_ALIAS)

    def _receptor_type_forms(self, coding: dict[int, tuple[str, str, str]]) -> None:
        """HGNC puts a receptor's type last ("foo receptor type 1", "bar receptor type A");
        papers put it before the noun or first, often in Roman numerals: "foo type 1 receptor",
        "foo type I receptor", "type I foo receptor", "foo receptor type I". A receptor-type
        enzyme ("... phosphatase receptor type C") is not a receptor of its head, so is left."""
        for ent, (_, name, _) in coding.items():
            m = _RECEPTOR_TYPE.fullmatch(name)
            if m is None or m["head"].endswith(("phosphatase", "non-")) or not (
                m["num"] or m["letter"]
            ):
                continue
            head, letter = m["head"], m["letter"] or ""
            types = {f"{m['num']}{letter}", f"{_ROMAN[m['num']]}{letter}"} if m["num"] else {letter}
            for t in types:
                for form in (f"{head} type {t} receptor", f"type {t} {head} receptor",
                             f"{head} receptor type {t}"):
                    if form != name:
                        self.add_phrase(form, ent, P_NAME)

    def _expanded_names(self, coding: dict[int, tuple[str, str, str]]) -> None:
        """A name that abbreviates another gene ("PPARG coactivator 1 alpha") is also written
        with that gene's name spelled out ("peroxisome proliferator-activated receptor gamma
        coactivator 1-alpha"); without the long form, its head would ground to the other gene."""
        names = {symbol: name for symbol, name, _ in coding.values()}
        for ent, (symbol, name, _) in coding.items():
            words = name.split()
            for i, word in enumerate(words):
                if word != symbol and len(word) >= 3 and word.isupper() and word in names:
                    spelled = " ".join([*words[:i], names[word], *words[i + 1 :]])
                    self.add_phrase(spelled, ent, P_NAME)

    def _mixed_case_symbols(self, coding: dict[int, tuple[str, str, str]]) -> None:
        """A symbol that abbreviates its name's first word and ends with the name's letter
        designation is written in mixed case: "fooprotein Q" (FOOQ) as "FooQ". Only that split
        counts, so a capitalised word that happens to spell a symbol ("Clock") stays a word."""
        for ent, (symbol, name, _) in coding.items():
            words = name.split()
            if len(symbol) < 4 or not (symbol.isalpha() and symbol.isupper()) or len(words) < 2:
                continue
            designation = words[-1]
            stem = symbol[: -len(designation)]
            if (
                designation.isupper() and len(designation) <= 2 and len(stem) >= 3
                and symbol.endswith(designation)
                and words[0].lower().startswith(stem.lower())
            ):
                form = stem.title() + designation
                if self.zipf(form) < ENGLISH_WORD and not self.stopped(form):
                    self.add("cs", form, ent, SAFE, P_SYMBOL + P_CASE_VARIANT)

    def _head_number_forms(self, coding: dict[int, tuple[str, str, str]]) -> None:
        """A protein is named by the head word of its name and its number: "fooin BAR signaling
        regulator 2" (FOO2) as "Fooin2", "Fooin-2", "fooin 2". Only where the head is what the
        symbol abbreviates (the symbol's letters are the head's, in order, from its first) and
        not a modifier of a class noun the symbol also abbreviates (a "quux hydroxylase 1",
        QH1, is no "quux 1"); the head is no English word and no generic head shared by
        differently stemmed symbols; the name has no other number; and the form is claimed by
        no other gene, derived or not."""
        fits: list[tuple[int, str, str, str, str]] = []  # entity, head, middle, number, stem
        stems: dict[str, set[str]] = defaultdict(set)
        follows: dict[str, set[str]] = defaultdict(set)
        inner: dict[str, int] = defaultdict(int)
        for ent, (symbol, name, _) in coding.items():
            words = name.split()
            if len(words) >= 3:
                follows[words[1]].add(words[0])
            for word in set(words[1:]):
                inner[word] += 1
            m = _HEAD_NUMBER_NAME.match(name)
            sym = _STEM_NUMBER_SYMBOL.match(symbol)
            if m is None:
                continue
            head, middle, number = m.groups()
            stems[head].add(sym[1] if sym else re.sub(r"\d.*$", "", symbol))
            if sym is not None and sym[2] == number:
                fits.append((ent, head, middle, number, sym[1]))
        derived: dict[str, list[int]] = defaultdict(list)
        for ent, head, middle, number, stem in fits:
            nouns = {w[:1] for w in re.split(r"[\W_]+", middle) if w.islower()}
            if middle and len(follows[middle.split()[0]]) >= CLASS_WORD_HEADS:
                continue
            if (
                len(stems[head]) >= GENERIC_HEAD_STEMS or inner[head] >= INNER_WORD_NAMES
                or self.zipf(head) >= ENGLISH_WORD
                or any(c.isdigit() for c in middle) or not _abbreviates(stem.lower(), head)
                or stem[-1].lower() in nouns or self.stopped(head)
            ):
                continue
            derived[f"{head} {number}"].append(ent)
        for form, ents in derived.items():
            if len(ents) > 1:
                continue  # two genes derive it: it names neither
            ent = ents[0]
            head, number = form.split()
            keys = {normalise_key(v, lower=False) for h in (head, head.capitalize())
                    for v in (f"{h}{number}", f"{h} {number}")}
            if any(e != ent for key in keys for _, e, _ in self.keys["cs"].get(key, ())) or any(
                e != ent for key in keys for _, e, _ in self.keys["ci"].get(key.lower(), ())
            ):
                continue  # another gene's symbol, alias or name: theirs
            for key in keys:
                self.add("cs", key, ent, SAFE, P_ALIAS)

    def _greek_prefixes(self, coding: dict[int, tuple[str, str, str]]) -> None:
        """A one-word name with a Greek subtype after it ("klotho beta", "actinin alpha 3",
        "adrenoceptor beta 2", "crystallin alpha B") is written with the letter in front:
        "β-klotho", "α-actinin-3", "β2-adrenoceptor", "αB-crystallin". A subunit is written
        without the word: "integrin subunit alpha V" as "integrin alpha V", "integrin αV"."""
        for ent, (_, name, _) in coding.items():
            sub = _SUBUNIT_NAME.match(name)
            if sub is not None:  # "integrin subunit beta 5": "integrin beta 5", "integrin β5"
                head, greek, tail = sub.groups()
                self.add_phrase(f"{head} {greek} {tail or ''}", ent, P_NAME)
                self.add_phrase(f"{head} {GREEK[greek]}{tail or ''}", ent, P_NAME)
            m = _GREEK_TAIL_NAME.match(name)
            if m is None:
                continue
            stem, greek, tail = m.groups()
            if tail is None:
                forms = [f"{greek}-{stem}"]
            else:
                forms = [f"{greek}-{stem}-{tail}", f"{greek}-{stem} {tail}",
                         f"{greek}{tail}-{stem}"]
            for form in forms:
                for v in {form, form.replace(greek, GREEK[greek])}:
                    self.add_phrase(v, ent, P_NAME)

    def _greek_subtypes(
        self, subtypes: dict[str, list[tuple[str, int, bool, bool]]],
        coding: dict[int, tuple[str, str, str]],
    ) -> None:
        """PPARδ, PPAR-delta, PPAR gamma: a root shared by genes that differ in a final letter
        their names spell as a Greek letter (PPARA/PPARD/PPARG, RXRA/RXRB/RXRG) is written with
        the Greek letter; so are the other symbols of such a gene on that root (PPARB, an alias
        of PPARD: PPARβ). HIF1A -> HIF-1α needs no root: the digit marks the seam. A lone
        subunit whose name ends in that Greek letter ("foo receptor subunit alpha", FOORA) is
        written the same way without a sibling: FOORα."""
        for root, items in subtypes.items():
            named = {(letter, e) for letter, e, _, ok in items if ok}
            if len({letter for letter, _ in named}) < 2 or len({e for _, e in named}) < 2:
                for letter, ent, alias, _ in items:
                    word = _LATIN_FOR_GREEK[letter]
                    if not alias and coding.get(ent, ("", "", ""))[1].endswith(f" subunit {word}"):
                        self.add_symbol(root + GREEK[word], ent, P_SYMBOL)
                continue
            genes = {e for _, e in named}
            for letter, ent, alias, _ in items:
                if ent not in genes:
                    continue
                greek = GREEK[_LATIN_FOR_GREEK[letter]]
                self.add_symbol(root + greek, ent, P_ALIAS if alias else P_SYMBOL, alias=alias)

    def load_famplex(self) -> None:
        for r in read_tsv(DATA / "famplex.tsv.gz"):
            fid = r["fplx_id"].removeprefix("FPLX:")
            ent = self.entity(r["fplx_id"], fid, "family")
            if not r["members"]:
                self.classes.add(ent)
            if re.fullmatch(r"[A-Za-z][A-Za-z0-9]{2,}", fid):
                members = [self.entities[self.index[m]].label
                           for m in r["members"].split("|") if m in self.index]
                root = fid.upper()
                derived = {m for m in members
                           if m.startswith(root) and _MEMBER_SUFFIX.fullmatch(m[len(root):])}
                self._famplex_form(fid, ent, P_FPLX_ID)
                if len(derived) >= 2:
                    self._family_root(fid, ent)
        written: dict[str, list[str]] = {}
        for r in read_tsv(DATA / "famplex_forms.tsv.gz"):
            ent = self.index.get(r["entity_id"])
            if ent is not None:
                self._famplex_form(r["text"], ent, P_FPLX_FORM)
                written.setdefault(r["entity_id"], []).append(r["text"])
                if il := _INTERLEUKIN_SYMBOL.fullmatch(r["text"]):
                    # "IL-N" spelled out, "interleukin-N", names what the grounding map gives
                    # "IL-N" to (a chemokine, say, whose HGNC name does not say interleukin)
                    self.add_phrase(f"interleukin {il[1]}", ent, P_FPLX_FORM)
        self._family_receptor_forms(written)

    def _family_receptor_forms(self, written: dict[str, list[str]]) -> None:
        """A receptor family named by its ligand family: beside a family FOO, FamPlex has FOOR,
        and articles write "the FOO receptor(s)". Without that form the ligand family's symbol
        alone would match, grounding the ligands where the text means their receptors."""
        for fplx_id, forms in written.items():
            receptor = self.index.get(fplx_id + "R")
            if receptor is None or self.entities[receptor].kind != "family":
                continue
            for form in {fplx_id.removeprefix("FPLX:"), *forms}:
                if " " in form or is_plain(form):
                    continue
                for key in symbol_keys(form):
                    for noun in (" receptor", " receptors"):
                        self.add("cs", key + noun, receptor, SAFE, P_FPLX_FORM)

    def _family_root(self, fid: str, ent: int) -> None:
        """The family's name as written (PARP, PARPs) outranks an alias or a grounding-map entry
        that gives it to one member; its Greek and case variants keep their standing."""
        for form in (fid, fid + "s"):
            key = normalise_key(form, lower=False)
            for priority, e, risk in list(self.keys["cs"].get(key, ())):
                if e == ent and priority == P_FPLX_ID:
                    self.add("cs", key, ent, risk, P_FPLX_ROOT)
        plural = fid.lower() + "s"
        if len(fid) >= 4 and fid.isupper() and max(
            self.zipf(plural), self.zipf(fid.lower())
        ) < ENGLISH_WORD:
            # A transcript writes the family in lower case ("the foos"): the plural alone is
            # still a symbol, the singular an ordinary word too often; needs the document's support.
            # Not when the singular is a word: its "-s" form is that word's plural or verb
            # ("it calms", "grins"), which the word list may not carry.
            self.add("cs", plural, ent, CONTEXT, P_FPLX_ROOT + P_CASE_VARIANT)

    def _famplex_form(self, form: str, ent: int, priority: int) -> None:
        if self.zipf(squash(form)) >= VERY_COMMON and " " not in form:
            return
        if ent in self.classes and is_plain(form):
            return  # a family without member genes is a functional class: "a protease"
        tokens = form.lower().split()
        if is_plain(form) and len(tokens) <= 2 and all(
            t.isalpha() and len(t) >= 3 and self.zipf(t) >= ENGLISH_WORD + 1 for t in tokens
        ):
            return  # generic classes in plain English ("growth factor", "pocket protein")
        if " " in form.strip() or is_plain(form):
            self.add_phrase(form, ent, priority)
            return
        self.add_symbol(form, ent, priority)
        if self.entities[ent].kind == "family" and form[-1:].isalnum() and not form.endswith("s"):
            self.add_symbol(form + "s", ent, priority)

    def load_mesh(self) -> None:
        for r in read_tsv(DATA / "mesh.tsv.gz"):
            ent = self.entity(f"MESH:{r['mesh_id']}", r["label"], "condition")
            for form in [r["label"], *filter(None, r["terms"].split("|"))]:
                if " " not in form and not is_plain(form) and len(squash(form)) <= 3:
                    continue  # 2-3 letter MeSH abbreviations (MS, PD, SID) are too ambiguous
                self.add_phrase(form, ent, P_MESH)

    def load_mesh_drug_classes(self) -> None:
        """Drug classes named for their target ("ACE inhibitors"): interventions, whose match
        hides the gene inside it (see ``mentions._CONTAINERS``). A singular receptor term ("Foo
        Receptor Antagonist") is left out: "a foo receptor antagonist" is one drug named for the
        receptor it acts on, so the receptor is the mention, as it is for receptors MeSH names
        only in the plural ("a GLP-1 receptor agonist"); the plural stays the class. Decided
        once every other source is read (``load_singular_receptor_drugs``)."""
        for r in read_tsv(DATA / "mesh_drug_classes.tsv.gz"):
            ent = self.entity(f"MESH:{r['mesh_id']}", r["label"], "intervention")
            for form in [r["label"], *filter(None, r["terms"].split("|"))]:
                if _SINGULAR_RECEPTOR_DRUG.search(form):
                    self.receptor_drugs.append((form, ent))
                    continue
                for v in {form, prose_case(form)}:
                    self.add_phrase(v, ent, P_MESH)

    def load_singular_receptor_drugs(self) -> None:
        """A singular receptor drug term is the class only where the lexicon cannot name the
        receptor ("a toll-like receptor agonist" stays the class; "an androgen receptor
        antagonist" is AR): a drug class is better than nothing."""
        molecular = ("gene", "family")
        for form, ent in self.receptor_drugs:
            receptor = _SINGULAR_RECEPTOR_DRUG.sub("Receptor", form)
            named = any(
                self.entities[e].kind in molecular
                for v in {receptor, prose_case(receptor)}
                for auto, lower in (("ci", True), ("cs", False))
                for key in name_keys(v, lower=lower)
                for _, e, _ in self.keys[auto].get(key, ()))
            if not named:
                for v in {form, prose_case(form)}:
                    self.add_phrase(v, ent, P_MESH)

    def load_curated(self) -> None:
        files = {
            "species.tsv": "species", "interventions.tsv": "intervention",
            "cohorts.tsv": "cohort", "pathways.tsv": "pathway",
        }
        for name, kind in files.items():
            for r in read_tsv(CURATED / name):
                ent = self.entity(r["entity_id"], r["label"], kind)
                for form in filter(None, r["forms"].split("|")):
                    self.add_phrase(form, ent, P_CURATED, curated=True)

    def load_topic_forms(self) -> None:
        """Curated names that are also English phrases: CONTEXT mentions, accepted only near a
        topic word (``Lexicon.topics``)."""
        for r in read_tsv(CURATED / "topic_forms.tsv"):
            ent = self.index.get(r["entity_id"])
            if ent is None:
                raise ValueError(f"topic_forms.tsv: unknown entity {r['entity_id']}")
            for form in filter(None, r["forms"].split("|")):
                for key in name_keys(form, lower=False):
                    self.add("cs", key, ent, CONTEXT, P_CURATED)

    def load_extra_forms(self) -> None:
        """Curated forms for entities that the reference tables define (genes, conditions)."""
        for name in ("condition_forms.tsv", "gene_forms.tsv"):
            for r in read_tsv(CURATED / name):
                ent = self.index.get(r["entity_id"])
                if ent is None:
                    raise ValueError(f"{name}: unknown entity {r['entity_id']}")
                for form in filter(None, r["forms"].split("|")):
                    self.add_phrase(form, ent, P_CURATED, curated=True)

    def load_mesh_proteins(self) -> None:
        """A protein's common name from MeSH: a descriptor that carries one gene's approved name
        ("secreted phosphoprotein 1") gives that gene its other terms ("Osteopontin"), matched
        as written and in prose case ("bone sialoprotein I"). The descriptor-level checks (one
        gene, no narrower descriptor, not a condition) are the build's. A descriptor one of whose
        terms is a family's form ("DNA topoisomerase") names the class, not the gene: none of
        its terms is taken. Otherwise each term must be a name in its own right: not an English
        word, not a plain two-word class ("growth factor"), bridged to no second gene, and no
        key of another entity already (a gene's symbol or alias, a condition, an
        intervention), not a curated stop form (a term MeSH files under the wrong gene): those
        keep their meaning, and only that term is left out. Added last,
        at alias standing, so every curated or reference form still wins."""
        descriptors: list[tuple[int, list[str]]] = []
        genes: dict[str, set[int]] = defaultdict(set)
        for r in read_tsv(DATA / "mesh_proteins.tsv.gz"):
            ent = self.index.get(r["hgnc_id"])
            if ent is None:
                continue
            terms = [t for t in r["terms"].split("|") if t]
            descriptors.append((ent, terms))
            for form in terms:
                genes[name_key(form)].add(ent)
        for ent, terms in descriptors:
            keyed = [(form, self._term_keys(form, ent)) for form in terms
                     if len(genes[name_key(form)]) == 1 and not self._common_term(form)
                     and not self.stopped(form)]
            claims = [(e, self.entities[e].kind) for _, keys in keyed
                      for auto, ks in keys.items() for key in ks
                      for _, e, _ in self.keys[auto].get(key, ())]
            if any(kind == "family" for _, kind in claims):
                continue
            for _form, keys in keyed:
                if any(e != ent for auto, ks in keys.items() for key in ks
                       for _, e, _ in self.keys[auto].get(key, ())):
                    continue
                for auto, ks in keys.items():
                    for key, found in ks.items():
                        self.keys[auto][key].extend(found)

    def _common_term(self, form: str) -> bool:
        """An English word ("Ferritin" is fine, "Factor" not), a plain two-word class, or an
        English word lettered like a placeholder ("factor B", "protein S": any text may name
        its own factor B; "annexin V" keeps its letter, the head is no English word)."""
        words = [w for w in name_key(form).split() if w.isalpha()]
        parts = form.split()
        return (" " not in form and self.zipf(squash(form)) >= ENGLISH_WORD) or (
            is_plain(form) and len(words) <= 2
            and all(self.zipf(w) >= ENGLISH_WORD + 1 for w in words)
        ) or (len(parts) == 2 and len(parts[1]) == 1 and parts[1].isalpha()
              and self.zipf(parts[0].lower()) >= ENGLISH_WORD)

    def _term_keys(self, form: str, ent: int) -> dict[str, dict[str, list[tuple[int, int, int]]]]:
        """The keys a MeSH protein term would add, as written and in prose case, collected
        aside so they can be checked against every other entity's keys first."""
        real = self.keys
        self.keys = {"cs": defaultdict(list), "ci": defaultdict(list)}
        try:
            for v in {form, prose_case(form)}:
                if " " in v or is_plain(v):
                    self.add_phrase(v, ent, P_ALIAS)
                else:  # a symbol-like term ("CD95L") is an alias: it needs the document's support
                    self.add_symbol(v, ent, P_ALIAS, alias=True)
            return self.keys
        finally:
            self.keys = real

    # resolution ---------------------------------------------------------------------------
    def resolve(self, auto: str) -> dict[str, tuple[int, int]]:
        """Each key to the one entity it names, with its risk; ambiguous keys left out."""
        resolved: dict[str, tuple[int, int]] = {}
        for key, claims in self.keys[auto].items():
            if len(claims) == 1:
                _, ent, risk = claims[0]
                resolved[key] = (ent, risk)
                continue
            best = min(p for p, _, _ in claims)
            top = {e for p, e, _ in claims if p == best}
            if len(top) != 1:
                continue  # two entities of equal standing: ambiguous, never matched
            ent = top.pop()
            resolved[key] = (ent, min(r for p, e, r in claims if p == best and e == ent))
        return resolved


def _english() -> dict[str, float]:
    return {r["word"]: float(r["zipf"]) for r in read_tsv(DATA / "english.tsv.gz")}


Compiled = tuple[
    list[tuple[str, str, str]], list[tuple[str, int, int]], list[tuple[str, int, int]], dict[str, int]
]


def compile_lexicon() -> Compiled:
    """Every source read and every form expanded and resolved: ``(entities, cs keys, ci keys,
    short aliases)``.

    Pure Python over ~130k forms, so it takes a few seconds; ``load`` caches the result on disk.
    """
    stops = read_tsv(CURATED / "stopforms.tsv")
    builder = _Builder(
        _english(),
        stop={r["form"].lower() for r in stops if r["scope"] == "form"},
        stop_first={r["form"].lower() for r in stops if r["scope"] == "first_token"},
        risky=frozenset(r["form"].lower() for r in stops if r["scope"] == "context"),
    )
    builder.load_curated()
    builder.load_hgnc()
    builder.load_famplex()
    builder.load_mesh()
    builder.load_mesh_drug_classes()
    builder.load_extra_forms()
    builder.load_mesh_proteins()
    builder.load_topic_forms()
    builder.load_singular_receptor_drugs()
    entities = [(e.entity_id, e.label, e.kind) for e in builder.entities]
    cs = [(k, e, r) for k, (e, r) in builder.resolve("cs").items()]
    ci = [(k, e, r) for k, (e, r) in builder.resolve("ci").items()]
    # a short alias of one gene that is no key of any entity (no other symbol, alias or name)
    short = {token: next(iter(ents)) for token, ents in builder.short_aliases.items()
             if len(ents) == 1 and token not in builder.keys["cs"] and token.lower() not in builder.keys["ci"]}
    return entities, cs, ci, short


def _automaton(
    items: list[tuple[str, int, int]], triggers: list[tuple[int, str]], unscanned: list[int]
) -> Automaton:
    keys: dict[str, tuple[int, int, int]] = {}
    for key, ent, risk in items:
        keys[f" {key} "] = (len(key), ent, risk)
    for i, word in triggers:
        key = f" {word} "
        if key in keys:  # also a lexicon key: the entity keeps it, str.find finds the word
            unscanned.append(i)
        else:
            keys[key] = (len(word), -1 - i, SAFE)
    return Automaton(keys)


def _triggers() -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (r["word"], r["role"], tuple(filter(None, r["before"].split("|"))))
        for r in read_tsv(CURATED / "pattern_words.tsv")
    ]


def _topics(ents: list[Entity]) -> dict[int, tuple[str, ...]]:
    index = {e.entity_id: i for i, e in enumerate(ents)}
    return {index[r["entity_id"]]: tuple(filter(None, r["topic"].split("|")))
            for r in read_tsv(CURATED / "topic_forms.tsv") if r["entity_id"] in index}


def _lab_analytes(ents: list[Entity]) -> frozenset[int]:
    index = {e.entity_id: i for i, e in enumerate(ents)}
    return frozenset(index[r["entity_id"]] for r in read_tsv(CURATED / "lab_analytes.tsv")
                     if r["entity_id"] in index)


def _digest() -> str:
    """Identity of everything the compiled lexicon depends on: data, curated lists and this code."""
    h = hashlib.sha256()
    paths = [*sorted(DATA.glob("*.gz")), *sorted(CURATED.glob("*.tsv")), Path(__file__),
             Path(__file__).with_name("normalise.py")]
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    if env := os.environ.get("AGEFACTS_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "agefacts"


def _cached_compile() -> Compiled:
    path = cache_dir() / f"lexicon-{_digest()}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)  # our own file, named by the digest of its inputs
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    compiled = compile_lexicon()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)
    except OSError:  # read-only home: every process compiles, which is slower but correct
        pass
    return compiled


_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def load() -> Lexicon:
    """The process-wide lexicon: compiled once per machine (cached on disk, a few seconds) and
    assembled once per process (under a second), then shared by every thread."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                normalise("")  # builds the 64K lookup tables now, not in the first document
                entities, cs_items, ci_items, short_aliases = _cached_compile()
                ents = [Entity(*e) for e in entities]
                cues = {
                    r["word"].lower(): r["strength"]
                    for r in read_tsv(CURATED / "context_cues.tsv")
                }
                triggers = _triggers()
                unscanned: list[int] = []
                cased = [(i, w) for i, (w, role, _) in enumerate(triggers)
                         if role != "pathway_keyword"]
                lowered = [(i, w.lower()) for i, (w, role, _) in enumerate(triggers)
                           if role == "pathway_keyword"]
                _LEXICON = Lexicon(
                    entities=ents,
                    index={e.entity_id: i for i, e in enumerate(ents)},
                    cs=_automaton(cs_items, cased, unscanned),
                    ci=_automaton(ci_items, lowered, unscanned),
                    cs_keys={k: (e, r) for k, e, r in cs_items},
                    ci_keys={k: (e, r) for k, e, r in ci_items},
                    english=_english(),
                    cues=cues,
                    triggers=triggers,
                    unscanned=unscanned,
                    topics=_topics(ents),
                    short_aliases=short_aliases,
                    lab_analytes=_lab_analytes(ents),
                )
    return _LEXICON
