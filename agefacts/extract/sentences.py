"""Sentence segmentation tuned for web articles: headings, bullets and hard-wrapped lines.

A line break ends a sentence unless the line plainly continues (no closing punctuation and the
next line starts in lower case). Inside a line, a sentence ends at . ! or ? followed by space and
an upper-case letter, digit or opening quote, or a gene name written with a lower-case head
("mTORC1", "eIF4E", "cGAS"), except after common abbreviations and initials.
"""

from __future__ import annotations

import itertools
import re

from agefacts.extract.captions import cue_furniture

_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "al", "fig",
    "figs", "no", "vol", "eq", "approx", "ca", "cf", "u.s", "u.k", "inc", "ltd", "co", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ref", "refs",
    "p", "pp", "ed", "eds", "min", "max", "resp", "dept", "univ",
}
_BULLET = re.compile(r"^(?:[-*•›>]+|\d{1,2}[.)])\s+")
#: A sentence's end: its full stops (a "!" or "?" is read as one, see ``_full_stops``), closing
#: quotes, brackets and a footnote mark, before a space and a capital, digit or opening quote, or
#: a lower-case gene name ("mTORC1", "p53", "eIF4E") followed by a space or a punctuation mark.
_BOUNDARY = re.compile(
    r"\.\.*[\"'”’)\]\u00b9\u00b2\u00b3\u2070-\u2079]*(?:\^\{[^}\n]{1,40}\}|\[\^?\d{1,3}(?:[,–-]\s?\d{1,3})*\])?(?=\s+(?:[\"“‘(\[A-Z0-9]|(?:[a-z]{1,3}[A-Z]|p\d\d)[A-Za-z0-9-]*[\s,;:'’]))"
)


def _full_stops(line: str) -> str:
    """``line`` with "!" and "?" written as "." (same offsets), where ``_BOUNDARY`` is searched.
    A pattern opening with a literal is found at string-search speed; one opening with a class
    ("[.!?]+") is tried at every character, three times the instructions. The same matches:
    no other part of it reads "!", "?" or "." apart from ``[^}\n]``, which takes all three."""
    return line.replace("!", ".").replace("?", ".")


_CLOSERS = (".", "!", "?", ":", ";", "”", '"', "’", ")")


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of logical lines: hard-wrapped continuation lines are joined. A caption's cue
    numbers and timing lines are breaks, like a blank line, never sentences."""
    spans: list[tuple[int, int]] = []
    furniture = cue_furniture(text) if "-->" in text else []
    cue = 0
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        while cue < len(furniture) and furniture[cue][1] <= start:
            cue += 1
        stripped = raw.strip()
        if not stripped or (cue < len(furniture) and furniture[cue][0] <= start):
            spans.append((start, start))  # blank line: a hard break
            continue
        if spans and spans[-1][1] > spans[-1][0]:
            prev = text[spans[-1][0] : spans[-1][1]].rstrip()
            if not prev.endswith(_CLOSERS) and stripped[0].islower() and not _BULLET.match(stripped):
                spans[-1] = (spans[-1][0], end)
                continue
        spans.append((start, end))
    return [s for s in spans if s[1] > s[0]]


_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z.]*)$")
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _is_abbreviation(text: str, dot: int) -> bool:
    # Only the run of letters and dots before ``dot`` (and one character for the lookbehind)
    # can take part in the match: searching that instead of the whole prefix keeps a line with
    # many full stops linear.
    end = dot - 1 if dot > 0 and text[dot - 1] == "\n" else dot  # "$" also before a final \n
    lo = max(0, end - 40)
    run = end - lo - len(text[lo:end].rstrip(_WORD_CHARS))
    start = end - run
    if start == lo:  # the run may go on before the window
        while start > 0 and text[start - 1] in _WORD_CHARS:
            start -= 1
    word = _WORD_BEFORE.search(text, max(0, start - 1), dot)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if token == "s" and word.start(1) > 0 and text[word.start(1) - 1] in "'’":
        return False  # a possessive ("the young group's."), not an initial
    return token in _ABBREVIATIONS or len(token) == 1


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, trimmed of whitespace and bullet markers."""
    out: list[tuple[int, int]] = []
    for start, end in _lines(text):
        line = text[start:end]
        if bullet := _BULLET.match(line.lstrip()):
            skip = len(line) - len(line.lstrip()) + bullet.end()
            start, line = start + skip, line[skip:]
        cuts = [0]
        for m in _BOUNDARY.finditer(_full_stops(line)):
            if line[m.start()] == "." and _is_abbreviation(line, m.start()):
                continue
            cuts.append(m.end())
        cuts.append(len(line))
        for a, b in itertools.pairwise(cuts):
            piece = line[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece_s = piece.strip()
            if not piece_s:
                continue
            s = start + a + lead
            out.append((s, s + len(piece_s)))
    return out


def sentence_rows(doc_id: str, text: str) -> list[dict[str, object]]:
    return [
        {"doc_id": doc_id, "sentence_id": i, "char_start": s, "char_end": e, "text": text[s:e]}
        for i, (s, e) in enumerate(split_sentences(text))
    ]
