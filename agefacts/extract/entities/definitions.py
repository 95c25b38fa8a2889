"""Abbreviations a document defines as something other than a molecule.

"supervised exercise training (SET)", "A MET (metabolic equivalent) is ...", "SET = Supervised
Exercise Training", "the SET programme (Supervised Exercise for Toddlers)": the writer says what
the capitals stand for, and when that long form is
ordinary English with no molecule in it, every occurrence of the abbreviation in the document
means the long form, not the gene that happens to share the symbol.

A long form matches its abbreviation as in Schwartz & Hearst (2003): the abbreviation's first
character starts the long form's first word and its other letters and digits occur in order.
"""

from __future__ import annotations

import re

from agefacts.extract.entities.lexicon import CONTEXT, ENGLISH_WORD, Lexicon
from agefacts.extract.entities.normalise import normalise_key

#: "ABBR (long form)" and "ABBR = long form" / "ABBR: long form" / "ABBR – long form"
_PAREN_AFTER = re.compile(r"[ \t]*\(([^()\n]{2,100})\)")
_EQUALS_AFTER = re.compile(r"[ \t]*(?:=|:|–|—)[ \t]*([^;:,.()=\n]{2,100})")
#: "the FOO programme (Friends Out Outdoors)": the acronym names a programme, study or tool,
#: its head noun between it and the bracketed long form.
_NAMED_THING_AFTER = re.compile(r"[ \t]+[a-z]+[ \t]*\(([^()\n]{2,100})\)")
_NAMED_THING_HEADS = frozenset({
    "program", "programme", "programs", "programmes", "trial", "study", "project", "initiative",
    "scheme", "class", "classes", "course", "network", "protocol", "intervention", "service",
    "campaign", "clinic", "model", "tool", "score", "test", "scale", "questionnaire", "index",
    "app", "registry", "consortium", "cohort", "framework", "method", "approach", "plan",
})
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
_PLAIN_WORD = re.compile(r"[a-z]+|[A-Z][a-z]+")
_MARKS = re.compile("[(=:–—]")
#: Endings of protein, enzyme and small-molecule names (-in, -ase, -ine, -ol, -one, -ide):
#: a rare word with one of them names a molecule the lexicon may not know.
_MOLECULE_END = re.compile(r"(?:in|ase|ine|ol|one|ide|gen)s?$")
#: Gene cues that name what is raised against a molecule, not a molecule: as the last word of a
#: long form ("anti-venom antibodies (AVA)") they say the abbreviation means antibodies. A long
#: form naming its antigen ("anti-myostatin antibodies") is still refused by its antigen's word.
_ANTIBODY_HEADS = frozenset({"antibody", "antibodies", "autoantibody", "autoantibodies"})
#: Head nouns of protein names too common in prose to be gene cues ("a risk factor"): a long form
#: ending in one, whose words' initials give the abbreviation, is a protein's name written in a
#: variant the lexicon lacks ("hepatocyte-derived growth factor (HGF)"), not ordinary words.
_PROTEIN_HEADS = frozenset({
    "factor", "factors", "peptide", "peptides", "ligand", "ligands", "subunit", "subunits",
    "transporter", "transporters", "channel", "channels", "regulator", "activator", "inhibitor",
})


def spells(abbr: str, phrase: str) -> bool:
    """Whether ``phrase`` is a long form of ``abbr``: first characters equal, the rest in order
    (the first one at a word start, as Schwartz & Hearst)."""
    low = phrase.lower()
    if len(low) <= len(abbr) or low[0] != abbr[:1].lower():
        return False  # a long form is longer: "MET (Met)" spells nothing out
    chars = [c for c in abbr.lower() if c.isascii() and c.isalnum()]
    if len(chars) < 2:
        return False
    i = len(low) - 1
    for k in range(len(chars) - 1, -1, -1):
        c = chars[k]
        while i >= 0 and (low[i] != c or (k == 0 and i > 0 and low[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return i == -1


def _by_initials(abbr: str, words: list[str]) -> bool:
    """Whether the abbreviation's letters and digits are, in order, the first characters of the
    words ("HGF" in "hepatocyte derived growth factor"), the first one the first word's."""
    chars = [c for c in abbr.lower() if c.isascii() and c.isalnum()]
    heads = [w[:1].lower() for w in words]
    if not chars or not heads or heads[0] != chars[0]:
        return False
    i = 0
    for c in chars:
        while i < len(heads) and heads[i] != c:
            i += 1
        if i == len(heads):
            return False
        i += 1
    return True


def _protein_name(abbr: str, words: list[str]) -> bool:
    """A long form that names a protein by its head noun and spells the abbreviation by
    its words' initials: a gene symbol it defines stays the gene."""
    return words[-1].lower() in _PROTEIN_HEADS and _by_initials(abbr, words)


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text, lo, hi)]


def _long_form(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the long form the document gives for ``text[start:end]``, if any."""
    abbr = text[start:end]
    most = min(len(abbr) + 5, 2 * len(abbr))
    p = start
    while p > 0 and text[p - 1] in " \t":
        p -= 1
    if p > 0 and text[p - 1] == "(" and text[end : end + 1] in (")", ";", ","):  # long (ABBR)
        p -= 1
        words = _words(text, max(0, p - 12 * most), p)[-most:]
        for k in range(1, len(words) + 1):
            lo, hi = words[-k][0], words[-1][1]
            if spells(abbr, text[lo:hi]):
                return lo, hi
        return None
    for pattern in (_PAREN_AFTER, _EQUALS_AFTER, _NAMED_THING_AFTER):
        # ABBR (long form), ABBR = long form, ABBR programme (long form)
        m = pattern.match(text, end)
        if m is None or (pattern is _NAMED_THING_AFTER
                         and text[m.start() : m.start(1)].split()[0] not in _NAMED_THING_HEADS):
            continue
        words = _words(text, m.start(1), m.end(1))[:most]
        for k in range(1, len(words) + 1):
            lo, hi = words[0][0], words[k - 1][1]
            if spells(abbr, text[lo:hi]):
                return lo, hi
    return None


def _ordinary(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Plain words, none of them a gene cue: no digits, Greek letters or capitals inside a word
    ("muscle RING-finger 1", "nuclear factor erythroid 2" read as names). A word rarer than
    everyday English ("fibro-adipogenic progenitors") may be a cell or tissue term, but not
    one shaped like a molecule's name ("osteoprotegerin", "metalloproteinases", "cathepsin")."""
    words = re.split(r"[\s/-]+", text[lo:hi])
    for i, w in enumerate(words):
        if not _PLAIN_WORD.fullmatch(w):
            return False
        low = w.lower()
        if lex.cues.get(low) == "strong" and not (i == len(words) - 1 and low in _ANTIBODY_HEADS):
            return False
        if len(w) > 3 and lex.english.get(low, 0.0) < ENGLISH_WORD and _MOLECULE_END.search(low):
            return False
    return True


def _plurals(text: str, spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the candidates' acronyms written with a plural s ("FAPs"): the scan matches
    symbols, not their plurals, but a document may define only the plural."""
    out = []
    for surface in {text[s:e] for s, e in spans}:
        plural = surface + "s"
        if not surface[-1:].isupper() or sum(map(str.isupper, surface)) < 2 or plural not in text:
            continue
        at = text.find(plural)
        while at >= 0:
            end = at + len(plural)
            if not _glued(text[at - 1 : at]) and not _glued(text[end : end + 1]):
                out.append((at, end))
            at = text.find(plural, end)
    return out


def _glued(char: str) -> bool:
    return char == "-" or char == "_" or char.isalnum()


def defined_otherwise(
    text: str, candidates: list[tuple[int, int, int, int]], lex: Lexicon
) -> set[str]:
    """Cased keys of the candidates' surfaces that the document defines as an abbreviation of
    ordinary words with no molecule in them ("supervised exercise training (SET)")."""
    out: set[str] = set()
    spans = {(c[0], c[1]) for c in candidates}
    plural = _plurals(text, spans)  # "fibro-adipogenic progenitors (FAPs) ... the FAP data"
    for start, end in sorted(spans) + plural:
        near = text[max(0, start - 3) : start] + text[end : end + 3]
        if _MARKS.search(near) is None and not (  # no bracket or equals sign: nothing defined,
                text[end : end + 1] == " " and "(" in text[end : end + 20]  # unless a head noun
                and _NAMED_THING_AFTER.match(text, end)):  # comes first ("FOO trial (...)")
            continue
        if sum(c.isupper() for c in text[start:end]) < 2:  # "Nrf2", "Col1": not an acronym
            continue
        found = _long_form(text, start, end)
        if found is None:
            continue
        lo, hi = found
        if any(lo <= s and e <= hi for s, e in spans) or not _ordinary(text, lo, hi, lex):
            continue
        if _protein_name(text[start:end], re.split(r"[\s/-]+", text[lo:hi])):
            continue
        out.add(normalise_key(text[start:end], lower=False))
        if (start, end) in plural:  # and the singular: "FAPs" defines "FAP"
            out.add(normalise_key(text[start : end - 1], lower=False))
    return out


def named_in_full(
    text: str, candidates: list[tuple[int, int, int, int]], lex: Lexicon
) -> set[tuple[int, int]]:
    """Spans of risky candidates whose bracketed symbol follows the gene's own name, less the
    number the name ends in ("foo binding molecule (FBM)" where the lexicon names the gene
    "foo binding molecule 1"): the writer spelled the gene out, so the symbol there is the
    gene (and, by one sense per document, wherever no veto word follows it)."""
    out: set[tuple[int, int]] = set()
    for start, end, ent, risk in candidates:
        if risk != CONTEXT or text[end : end + 1] != ")" or text[start - 1 : start] != "(":
            continue  # the cheap gate: "long form (SYMBOL)" only
        found = _long_form(text, start, end)
        if found is None:
            continue
        long = text[found[0] : found[1]]
        hit = lex.lookup(long) or lex.lookup(long + " 1")
        if hit is not None and hit[0] == ent:
            out.add((start, end))
    return out
