"""An exercise named by its verb in a clause that says what a group did: "mice that ran
voluntarily", "older rats that swam every day", "those who walked daily".

Writers name the exercise of an arm this way as often as with a noun ("the running group"), and
the claim read from the sentence needs it as a side. A bare verb is no mention ("the trial ran
for a year", "she walked us through the data"), so the verb counts only right after a group word
and a relative pronoun. The verbs and what they name are curated
(``curated/exercise_verbs.tsv``); a manner adverb right after the verb ("ran voluntarily")
belongs to the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agefacts.extract.entities.lexicon import Lexicon
from agefacts.extract.entities.patterns import Span
from agefacts.reference import CURATED, read_tsv

#: who did it: animals, people, an arm ("those", "the ones")
_GROUPS = (r"mice|rats|animals|people|participants|volunteers|adults|men|women|patients|"
           r"subjects|those|ones|individuals|seniors|groups?|children|twins")
#: between the pronoun and the verb: an auxiliary or a frequency adverb
_BETWEEN = r"(?:(?:had|also|then|still|regularly|habitually|instead|only|either)\s+){0,2}"
#: a manner adverb that is part of what the arm did
_MANNER = r"(?:\s+(?:voluntarily|freely|spontaneously))?"


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    return {r["form"]: r["entity_id"] for r in read_tsv(CURATED / "exercise_verbs.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """What follows the pronoun: the verb and its manner adverb, matched at each " that " and
    " who " found by ``str.find`` (a regex search over the text cost a twentieth of the whole
    grounding)."""
    verbs = "|".join(sorted(_verbs(), key=len, reverse=True))
    return re.compile(rf"{_BETWEEN}(?P<verb>(?:{verbs}){_MANNER})\b", re.IGNORECASE)


_GROUP_BEFORE = re.compile(rf"\b(?:{_GROUPS})$", re.IGNORECASE)


def exercise_verbs(text: str, lowered: str, lex: Lexicon) -> list[Span]:
    """Spans of exercise verbs in a group's relative clause (gated on " that " / " who " in
    the lower-cased view ``lowered``)."""
    out = []
    verbs = _verbs()
    pattern = _pattern()
    for pronoun in (" that ", " who "):
        if pronoun not in lowered:
            continue
        at = text.find(pronoun)
        while at >= 0:
            m = pattern.match(text, at + len(pronoun))
            if m and _GROUP_BEFORE.search(text, max(0, at - 12), at):
                entity = lex.entity(verbs[m.group("verb").split()[0].lower()])
                if entity is not None:
                    out.append(Span(m.start("verb"), m.end("verb"), entity))
            at = text.find(pronoun, at + 1)
    return out
