"""An intervention named again by the last word of its name: "we gave them balance drills ...
after five weeks of drills ... so the drills restored it".

Once a document has named a curated intervention in several words, a writer shortens it to its
head noun, as a pronoun would stand for it. The bare head is that intervention again when:

- the head is a plural noun (ends in "s") that the lexicon does not ground on its own and that
  is not a word for any programme or session (``_GENERIC``: "the sessions" may be another arm's);
- exactly one intervention named in the document ends in that word (two, "dance classes" and
  "yoga classes", leave "the classes" unresolved);
- it comes after the first full name, right after "the", "these", "those", "such" or "of"
  ("weeks of snacks"), as a whole word ("snacks-based" is another word), and not before
  "group", "arm", "condition" or "cohort" (the arm of a trial is a group of people).
"""

from __future__ import annotations

import re

from agefacts.extract.entities.lexicon import Lexicon
from agefacts.extract.entities.patterns import Span

#: heads that name any programme, session or exercise, never one named intervention
_GENERIC = frozenset(
    ["sessions", "bouts", "classes", "programmes", "programs", "exercises", "workouts", "activities", "sports", "drills", "routines", "intervals", "sets", "reps", "repetitions", "days", "weeks", "months", "years", "times", "levels", "groups", "trials", "studies"]
)
#: what may stand right before the shortened name
_BEFORE = re.compile(r"(?:^|[^\w-])(?:the|these|those|such|of)\s+$", re.I)


def intervention_heads(text: str, lowered: str, lex: Lexicon, spans: list[Span]) -> list[Span]:
    """Later bare heads of multi-word intervention names, grounded to that intervention.
    ``lowered`` is the scan's padded lower-cased view (text offset = view offset - 1)."""
    heads: dict[str, tuple[int, set[str], Span]] = {}  # head -> first end, ids, a span
    for s in spans:
        if s.entity.kind != "intervention":
            continue
        surface = text[s.start : s.end].lower()
        head = surface.rsplit(None, 1)[-1] if " " in surface else ""
        if len(head) < 4 or not head.isalpha() or head[-1] != "s" or head[-2] == "s" \
                or head in _GENERIC:
            continue
        end, ids, first = heads.get(head, (s.end, set(), s))
        heads[head] = (min(end, s.end), ids | {s.entity.entity_id}, first)
    out: list[Span] = []
    for head, (first_end, ids, span) in heads.items():
        if len(ids) != 1 or lex.lookup(head) is not None:
            continue
        taken = {(s.start, s.end) for s in spans}
        i = lowered.find(f" {head}", first_end)
        while i >= 0:
            a, b = i, i + len(head)  # text offsets of the word (the view is padded by one)
            after = text[b : b + 1]
            if (a, b) not in taken and not (after.isalnum() or after == "-") \
                    and _BEFORE.search(text, max(0, a - 12), a) \
                    and not re.match(r"\s+(?:group|arm|condition|cohort)\b", text[b : b + 12]):
                out.append(Span(a, b, span.entity))
            i = lowered.find(f" {head}", i + 1)
    return out
