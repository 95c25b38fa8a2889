"""Short aliases a document names outright: "a receptor called FOO", "an enzyme known as BAR".

HGNC aliases of three characters or fewer are never matched on their own (too short to be
distinctive: any text may use three capitals for something else). But a writer who says "a
receptor called FOO" tells the reader what FOO is; when FOO is such an alias of one gene only
(no other gene's symbol, alias or name, no other entity's key), the frame grounds it, and so
does every later occurrence of FOO in the same document, as a defined abbreviation would.
The head nouns of the frame are curated (``curated/naming_heads.tsv``); the verbs are grammar.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agefacts.extract.entities.lexicon import Lexicon
from agefacts.extract.entities.patterns import Span, word_starts
from agefacts.reference import CURATED, read_tsv

#: The verbs of a naming frame, as the normalised lower-case view writes them.
VERBS = ("called", "named", "known as", "termed", "dubbed")
#: The verb and the short name after it (quoted or not), read at a verb's offset.
_NAMED = re.compile(
    r"(?:called|named|known\s+as|termed|dubbed)\s+[\"“‘']?(?P<name>[A-Z][A-Za-z0-9]{1,2})(?![\w-])"
)
#: How far before the verb the noun phrase may start: a determiner and four words.
_REACH = 80


@lru_cache(maxsize=1)
def _head() -> re.Pattern[str]:
    """A determiner, up to three words, then a head noun, ending right before the verb ("a
    receptor ", "the small peptide hormone ")."""
    heads = sorted((r["word"] for r in read_tsv(CURATED / "naming_heads.tsv")), key=len, reverse=True)
    head = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
    return re.compile(
        r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[\w-]+\s+){0,3}?"
        rf"(?i:{head})\s+$"
    )


def named_aliases(text: str, lowered: str, lex: Lexicon, taken: list[Span]) -> list[Span]:
    """Mentions of short aliases the document names in a frame (see the module docstring), at
    the frame and after it; none where a span is already found. Only the naming verbs' offsets
    are read (``word_starts``), not the whole text."""
    if not lex.short_aliases:
        return []
    out: list[Span] = []
    covered = {(s.start, s.end) for s in taken}
    for at, _ in word_starts(lowered, VERBS):  # view offset at + 1 is text offset at
        m = _NAMED.match(text, at)
        if m is None or (ent := lex.short_aliases.get(m["name"])) is None:
            continue
        if _head().search(text[max(0, at - _REACH) : at]) is None:
            continue
        name, entity = m["name"], lex.entities[ent]
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[m.start("name") :]):
            start = m.start("name") + hit.start()
            if (start, start + len(name)) not in covered:
                covered.add((start, start + len(name)))
                out.append(Span(start, start + len(name), entity))
    return out
