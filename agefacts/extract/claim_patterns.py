"""Patterns, word sets and small helpers shared by several claim-rule modules.

A name used by one module lives there; one used by several lives here (record classes and the
helpers that build them are in ``claim_records``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agefacts.extract.claim_records import Mention


#: Entity kinds that can change inside a body (as opposed to an outcome or an exposure).
MOLECULAR = frozenset({"gene", "family", "pathway"})
#: Entity kinds that place the evidence (species, cohort) rather than take part in it.
CONTEXT_KINDS = frozenset({"species", "cohort"})
#: Relations whose sign is fixed by the relation itself.
FIXED_POLARITY = {
    "declines_with_age": "negative",
    "preserved_by_training": "positive",
    "induced_by_exercise": "positive",
    "not_induced_in_aged": "none",
}
_OPPOSITE = {
    "increases": "decreases",
    "decreases": "increases",
    "activates": "inhibits",
    "inhibits": "activates",
}

#: switching on a process is raising it ("inhibits growth" stays: a brake, as labelled)
_SWITCHES = {"activates": "increases"}

_GENE_KINDS = ("gene", "family")
_WORD = re.compile(r"[\w'’-]+")
_ING = re.compile(r"^\w+ing$", re.IGNORECASE)
_PAST = re.compile(r"^\w+(?:ed|en|wn)$", re.IGNORECASE)


def _is_past(word: str) -> bool:
    """``_PAST.match(word)`` for one whitespace-free word, tried only on a word ending in "d"
    or "n" (either case; under IGNORECASE no other character matches them)."""
    return word[-1:] in ("d", "n", "D", "N") and _PAST.match(word) is not None


#: (a size after "by" is no agent: "was cut by 5%", "fell by about half")
_BY = re.compile(
    r"\s*(?:\w+ly\s+)?(?:(?:on|off|up|down|back|in)\s+)?by\b(?!\s+(?:about\s+|around\s+|"
    r"roughly\s+|nearly\s+|almost\s+|some\s+|up to\s+)?(?:\d|half\b|a (?:half|third|quarter|"
    r"fifth|tenth)\b))",
    re.IGNORECASE,
)

_TAKE_AWAY = re.compile(
    r"\s*(?:take\s+away|take|remove|delete|block|knock\s+out|switch\s+off|turn\s+off|silence|"
    r"inhibit)\s+", re.IGNORECASE,
)
#: a loss set as the scene of a result: "in mice lacking X", "when the team deleted X",
#: "No X, ..." (at the start, or after ", and" / ";"); the result follows (``_LOSS_RESULT``)
_FRONTED_LOSS = re.compile(
    r"(?:^\W*|[,;]\s*(?:and\s+|but\s+)?)(?:(?:in|among)\s+(?:[\w-]+\s+)?(?:mice|rats|animals|"
    r"flies|worms|fish|cells|fibres|fibers)\s+(?:lacking|without|missing)|(?:when|once|after|if)"
    r"\s+(?:the\s+(?:team|researchers|authors|scientists)|we|they|researchers|scientists)\s+"
    r"(?:knocked\s+(?:down|out)|deleted|removed|blocked|silenced|switched\s+off|turned\s+off)|"
    r"(?<![\w,;]\s)(?<!\w)no)\s+"
    # "Without X, Y fall apart", "we think that without X, Y cannot heal"
    r"|(?:^\W*|[,;]\s*(?:and\s+|but\s+)?|\bthat\s+)without\s+",
    re.IGNORECASE,
)

#: a response noun a verdict on the old may follow ("X activity after a workout was similar
#: in young and old"): the cheap gate of ``_response_verdict``
#: a young group named ("lower in the young than in the old"): the cheap gate of
#: ``_reversed_ages``
_YOUNG_GATE = re.compile(r"\b(?:[Yy]oung|[Yy]ounger|[Yy]outh)\b")

_RELATIVE = re.compile(r"\b(?:which|that|who)\s*$", re.IGNORECASE)
_RELATIVE_START = re.compile(r"(?:which|that|who)\b", re.IGNORECASE)
_RELATIVE_OPENING = re.compile(r"\b(?:which|who)\s*$", re.IGNORECASE)

_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.IGNORECASE)
_LIST_AND = re.compile(r"\s*,?\s*(?:and|or)\s+$", re.IGNORECASE)

_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")

#: "fewer X-positive cells with age": a marker counted in cells changes with age
_MARKED_CELLS = re.compile(
    r"\b(?P<change>fewer|more)\s+(?:[\w-]+\s+)?(?P<marker>[\w-]+?)-positive\s+(?:[\w-]+\s+)?"
    r"(?:cells?|fibres?|fibers?|nuclei)\b",
    re.IGNORECASE,
)

_WITH_AGE = re.compile(
    r"\bwith\s+(?:advancing\s+|increasing\s+)?age\b|\bas\s+(?:we|people|you|they|muscles?|"
    r"animals|mice|rats)\s+(?:age|grow\s+older|get\s+older)\b",
    re.IGNORECASE,
)

_GROUP_LACKING = re.compile(
    r"\b(?:mice|rats|animals|cells|muscles?|fibres|fibers|worms|flies|fish)\s+(?:that\s+)?"
    r"(?:lack|lacked|lacking|without|missing|deficient\s+in)\s+(?:the\s+|a\s+)?"
    r"(?:(?:working|functional|functioning)\s+)?(?:gene\s+for\s+)?$",
    re.IGNORECASE,
)

#: "did not drop with swimming": an agent phrase right after a verb
_AGENT_ADJUNCT = re.compile(r"\s+(?:\w+ly\s+)?(?:with|after|following|in response to)\s+",
                            re.IGNORECASE)

#: "eight weeks of ", "a year of regular ": what may stand between such a phrase and training
_OF_WORDS = re.compile(r"(?:[\w-]+\s+){1,4}?of\s+", re.IGNORECASE)

#: where a gained outcome's words end: "gained no stamina from six weeks of rowing"
_OUTCOME_END = re.compile(
    r"\s(?:from|with|after|during|in|when|despite|over|compared|than|because|at\s+all)(?![\w-])",
    re.IGNORECASE,
)


def _inside(cands: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in cands if start <= m.start and m.end <= end]


def _in_parentheses(s: str, pos: int) -> bool:
    return s.rfind("(", 0, pos) > s.rfind(")", 0, pos)
