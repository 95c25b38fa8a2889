"""A trained group spared a decline (session 27, round b).

"X falls as we age, yet veteran swimmers of like age display no similar dip", "X sank in the
aged. Lifelong skiers had no comparable deficit": the decline the text has just told
is one a trained group does not show, so training keeps X up (``preserved_by_training``, with
the group's words as the training side). A group named by no training ("women showed no such
drop") compares something else and gives nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from agefacts.extract.claim_patterns import MOLECULAR
from agefacts.extract.claim_records import Claim, Role, _unary

if TYPE_CHECKING:
    from agefacts.extract.claim_rules import SentenceReader

#: "display no similar dip", "have no comparable deficit", "suffered little of this reduction"
_NO_DROP = re.compile(
    r"\b(?:show|shows|showed|shown|had|have|has|display|displays|displayed|experience|"
    r"experiences|experienced|suffer|suffers|suffered)\s+(?:no|little|none\s+of\s+the)\s+"
    r"(?:such\s+|similar\s+|comparable\s+|age-related\s+|of\s+this\s+|of\s+that\s+)?"
    r"(?:drop|decline|fall|loss|reduction|decrease|dip|deficit)s?\b",
    re.IGNORECASE,
)
#: what opens the group's clause, the last one before the verb: a semicolon, a colon, a
#: comma or "and"/"but"/"while"/"whereas" (else the sentence's start)
_CLAUSE_OPEN = re.compile(r"[;:,]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
#: trimmed from the group's words: "of the same age", a determiner
_SAME_AGE = re.compile(r"\s+of\s+(?:the\s+)?(?:same|similar|comparable)\s+age\s*$", re.IGNORECASE)


def spared_group(reader: SentenceReader, claims: list[Claim]) -> list[Claim]:
    """``preserved_by_training`` for each molecule that declined with age in this sentence (or,
    after "such", the one the sentence before was about) when a trained group then shows no
    such decline. Called only for sentences holding " no " (or "little"/"none")."""
    s = reader.s
    m = _NO_DROP.search(s)
    if m is None:
        return []
    start = 0
    for opened in _CLAUSE_OPEN.finditer(s, 0, m.start()):
        start = opened.end()
    if not any(start <= a and b <= m.start() for a, b, _ in reader.hits["training"]):
        return []  # "women of the same age showed no such drop": no trained group
    if any(start <= c.start < m.start() and c.kind in MOLECULAR for c in reader.cands):
        return []  # the group's clause names a molecule: another statement
    declined = [c.subject for c in claims
                if c.relation == "declines_with_age" and c.subject.molecular and not c.negated]
    if not declined and "such" in m.group().lower():
        declined = [r for r in reader.memory.last_subjects if r.molecular and r.entity_id]
    if not declined:
        return []
    words = _SAME_AGE.sub("", s[start : m.start()].strip())
    text = reader.phrase(words, leading=True) or words
    group = Role(None, text, pos=start)
    seen: set[str] = set()
    out = []
    for r in declined:
        if r.key not in seen:
            seen.add(r.key)
            out += _unary([r._replace(flip=False)], "preserved_by_training", group, False)
    return out
