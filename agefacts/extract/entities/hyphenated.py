"""Symbols with a Greek suffix that writers hyphenate where the vocabulary writes them solid.

HGNC and FamPlex keep some aliases as one run of letters before the Greek letter ("FOOBARalpha"),
while articles split the run at the syllable the name was built from ("FOO-BARα", "Foo-barα",
with a plain or a non-breaking hyphen). The lexicon cannot carry every split of every alias,
so a hyphenated token that ends in a Greek letter is looked up once more with its hyphen
removed. Only where the token as written is no key of its own, and only a gene or a family.

Mixed case ("Foo-barα") is how mouse genes and many protein names are written: when the joined
letters are no key as written, their upper-case form is tried (Greek suffix kept).
"""

from __future__ import annotations

import re

from agefacts.extract.entities.lexicon import Lexicon

_GREEK_LETTERS = "αβγδεκ"
_GREEK_WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "kappa")
#: Two letter runs joined by a hyphen (plain, Unicode, non-breaking), optionally followed by a
#: hyphen or a space before the Greek letter: "FOO-BAR", "Foo‑bar-", "FOO-BAR ".
_STEM = re.compile(r"([A-Za-z]{2,12})[-\u2010\u2011]([A-Za-z]{2,12})[-\u2010\u2011 ]?$")


def _greek_ends(text: str, lowered: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each Greek letter or glued Greek word that ends a token; found with
    ``str.find`` (most texts have none)."""
    out = []
    for letter in _GREEK_LETTERS:
        i = text.find(letter)
        while i >= 0:
            out.append((i, i + 1))
            i = text.find(letter, i + 1)
    for word in _GREEK_WORDS:
        i = lowered.find(word)  # ``lowered`` is padded by one space: offsets shift by one
        while i >= 0:
            out.append((i - 1, i - 1 + len(word)))
            i = lowered.find(word, i + 1)
    return [(s, e) for s, e in out if s > 0 and not text[e : e + 1].isalnum()]


def hyphen_joined(text: str, lowered: str, lex: Lexicon) -> list[tuple[int, int, int, int]]:
    """``(start, end, entity, risk)`` of hyphenated symbols whose solid form is a key."""
    out = []
    for g_start, g_end in _greek_ends(text, lowered):
        m = _STEM.search(text, max(0, g_start - 30), g_start)
        if m is None:
            continue
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-\u2010\u2011_"):
            continue
        greek = text[g_start:g_end]
        if lex.lookup(text[start:g_end]) is not None:
            continue  # the token as written is a key: the scan has it
        solid = m.group(1) + m.group(2)
        hit = lex.lookup(solid + greek)
        if hit is None and not solid.isupper():
            hit = lex.lookup(solid.upper() + greek)
        if hit is None or lex.entities[hit[0]].kind not in ("gene", "family"):
            continue
        out.append((start, g_end, hit[0], hit[1]))
    return out


#: A word broken at a line end by a hyphen, as print and OCR text set it ("galac-" over
#: "tosidase"): the part before the break (with any hyphenated parts before it), the break, and
#: the lower-case part after it (with any hyphenated parts after it: "inter-" over "leukin-8").
_LINE_BREAK = re.compile(
    r"(?<![\w\u2010\u2011-])(?P<head>(?:[A-Za-z0-9]+-)*[A-Za-z]+)-\n[ \t]*"
    r"(?P<tail>[a-z]+(?:-[A-Za-z0-9]+)*)"
)


def line_broken(text: str, lex: Lexicon) -> list[tuple[int, int, int, int]]:
    """``(start, end, entity, risk)`` of names broken across a line end by a hyphen whose
    joined form is a key of a gene or family ("beta-galac-" / "tosidase"). The hyphen at the
    break is dropped, as typesetters add it; the longest joined form wins ("leukin-8" before
    "leukin"). Only where the text has a hyphen at a line end (``str.find`` first)."""
    if "-\n" not in text:
        return []
    out = []
    for m in _LINE_BREAK.finditer(text):
        head, tail = m.group("head"), m.group("tail")
        parts = tail.split("-")
        for k in range(len(parts), 0, -1):
            joined = head + "-".join(parts[:k])
            hit = lex.lookup(joined)
            if hit is None:
                continue
            if lex.entities[hit[0]].kind in ("gene", "family"):
                end = m.start("tail") + len("-".join(parts[:k]))
                out.append((m.start(), end, hit[0], hit[1]))
            break
    return out
