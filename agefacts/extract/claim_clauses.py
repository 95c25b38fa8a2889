"""Where a verb's clause begins and ends, and how the verb is used: boundaries, the cut between
coordinated verbs, sentence-opening adjuncts, negation, passives, perfect tenses, adjectival
and quoted uses.

Pure tests on the sentence's text and boundaries; the rules that make claims call them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from agefacts.extract.claim_patterns import (
    _AGENT_ADJUNCT,
    _OF_WORDS,
    _RELATIVE_OPENING,
    _WORD,
    MOLECULAR,
    _inside,
    _is_past,
)
from agefacts.extract.claim_records import _Cue, _lazy
from agefacts.extract.claim_state import ReaderState
from agefacts.extract.cues import search_end

# Where a gerund opens a clause as its subject: after ", and" ("..., and blocking X reduced
# Y"), or after a short opening adjunct ("In old mice, blocking X reduced Y").
_CLAUSE_OPENING = re.compile(r"(?:\bthat|[:;—–*])\W*$", re.IGNORECASE)

#: a manner adverb just before a gerund: "partly blocking X"
_ADVERB_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]{2,}ly\s+$")
_GERUND_AFTER = re.compile(r",\s*(?:and|but|yet)\s*$", re.IGNORECASE)
_OPENING_ADJUNCT = re.compile(
    r"\s*(?:in|among|across|at|after|during|for|with|from|upon|under)\s[^,;()\[\]]{1,40},\s*",
    re.IGNORECASE,
)
#: a linking adverb set off by commas before a gerund subject, after an opening adjunct or
#: none: "However, blocking X ...", "In rats, though, removing X ..."
_LINKED_OPENING = re.compile(
    r"\s*(?:(?:in|among|across|at|after|during|for|with|from|upon|under)\s[^,;()\[\]]{1,40},\s*)?"
    r"(?:however|though|still|instead|moreover|conversely|(?:in|by)\s+contrast|in\s+turn|"
    r"similarly|likewise|meanwhile|indeed|importantly|crucially|remarkably|strikingly|"
    r"surprisingly|notably|again|also|then|too),\s*",
    re.IGNORECASE,
)

#: where two coordinated verbs meet ("X was higher in old rats and fell after rowing")
_SHARED_SUBJECT = re.compile(
    r",?\s*(?:and|but|yet|whereas|then)\s+(?:(?:then|also|later|\w+ly|was|were|is|are|had|has|have)\s+)*",
    re.IGNORECASE,
)

#: a noun phrase after a colon: "X: a brake on Y"
_COLON_COPULA = re.compile(r":\s+(?:a|an|the|one)\s", re.IGNORECASE)

_THAT_OPENING = re.compile(r"\bthat\s*$", re.IGNORECASE)
_INFLECTED = re.compile(r"(?:s|ed)$")

_CLAUSE_AND = re.compile(r"\s*(?:and|but|while|whereas|yet)\s", re.IGNORECASE)

_PERFECT_BEFORE = re.compile(r"\b(?:had|has|have|having)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

_MODIFIERS = re.compile(r"(?:[\w-]+\s+){0,2}")

_FIGURE = re.compile(r"^[\d.,%]+$")


class ClauseRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _other_conjuncts(
        self, lb: int, rb: int, left_start: int, right_end: int, cue_start: int
    ) -> dict[str, list[tuple[int, int]]]:
        """The stretches of a clause outside one coordinated verb's own, when that verb has an
        age or activity context of its own ("X was higher in old rats and fell after rowing":
        "higher" goes with the old rats only, "fell" with the rowing only)."""
        s, hits = self.s, self.hits
        # only verbs sharing one subject across a coordinator: a subject's own relative ("rats
        # that ran ... kept X") or a clause with a subject of its own ("..., and its rise was
        # not blunted in the old") is no other verb's stretch
        later = min((e for e in self.verb_starts if e >= right_end), default=rb)
        others = [(a, b) for a, b, at, verb in (
            (lb, left_start, left_start, cue_start), (right_end, rb, right_end, later)
        ) if a < b and _SHARED_SUBJECT.fullmatch(s, at, verb)]
        if not others:
            return {}
        own = {category for category in ("age", "exercise", "training")
               if any(left_start <= a and b <= right_end for a, b, _ in hits[category])}
        if not own:
            return {}
        # a kind of context the verb has itself is still looked for in the whole clause
        # ("X rose at both ages and was not blunted in the old")
        activity = bool(own & {"exercise", "training"})
        return {"age": [] if "age" in own else others,
                "exercise": [] if activity else others, "training": [] if activity else others}

    def agent_of_later_verb(self, start: int, at: int) -> bool:
        """Is the phrase at ``at`` the agent adjunct of a verb ending after ``start``? ("X was
        lower in the elderly and did not drop with swimming": the swimming is the drop's.)"""
        for end in self.verb_ends:
            if start <= end < at and (adjunct := _AGENT_ADJUNCT.match(self.s, end)):
                head = adjunct.end()
                if of := _OF_WORDS.match(self.s, head):
                    head = of.end()
                if _MODIFIERS.fullmatch(self.s, head, at):  # "with endurance training"
                    return True
        return False

    def _colon_copula(self, pos: int) -> bool:
        """"X: a brake on Y" opens with a molecule and a colon before a noun phrase: the
        colon stands for "is", so it splits no clause (headings like "Methods: ..." name no
        molecule)."""
        s = self.s
        return s[pos] == ":" and _COLON_COPULA.match(s, pos) is not None and any(
            m.end == pos and m.kind in MOLECULAR and not s[: m.start].strip(" \t\"'“‘*#-")
            for m in self.cands
        )

    def _gerund_opens(self, a: int, tail: str) -> bool:
        """A gerund at ``a`` opens its clause as the subject ("Blocking X erased Y", "..., and
        partly blocking X reduced Y": a manner adverb before it changes nothing)."""
        s = self.s
        if adverb := _ADVERB_BEFORE.search(tail):
            a -= len(adverb.group())
            tail = s[max(0, a - 40) : a]
        return (not _WORD.search(s, 0, a) or _CLAUSE_OPENING.search(tail) is not None
                or _GERUND_AFTER.search(tail) is not None
                or _OPENING_ADJUNCT.fullmatch(s, 0, a) is not None
                or ("," in tail and _LINKED_OPENING.fullmatch(s, 0, a) is not None))

    @_lazy
    def fronted_end(self) -> int:
        """Where a sentence-opening adjunct ("During exercise, ...", "After training, ...")
        ends at its comma, or 0: such an adjunct sets the scene for every clause after it."""
        adjuncts = self.hits["adjuncts"]
        if not adjuncts or _WORD.search(self.s, 0, adjuncts[0][0]):
            return 0
        comma = self.s.find(",", adjuncts[0][1], adjuncts[0][1] + 60)
        if comma < 0 or any(adjuncts[0][1] <= a < comma for a, _ in self.bounds):
            return 0
        return comma

    def _perfect(self, first: str, tail: str, end: int) -> bool:
        """"had bounced back to normal levels", "has fallen with age": a perfect tense, not a
        possessed adjective ("had reduced X"): a participle with no noun after it."""
        return _PERFECT_BEFORE.search(tail) is not None and _is_past(first) and (
            self.g.intransitive_after.match(self.s[end : end + 40]) is not None
        )

    def _opens_clause(self, a: int, first: str, tail: str) -> bool:
        """Whether the cue at ``a`` opens its clause. After "which"/"who" a cue is the relative
        clause's verb; after "that" only when inflected ("a factor that limits X", but "found
        that lower X was ...")."""
        relative = search_end(_RELATIVE_OPENING, tail, 1) is not None or (
            search_end(_THAT_OPENING, tail, 1) is not None and _INFLECTED.search(first)
        )
        return not _WORD.search(self._clause_before(a)) and not relative and not (
            self._after_appositive(a)
        )

    def _adjectival(self, word: str) -> bool:
        word = word.lower()
        return word in self.g.adjectival_forms or (
            _is_past(word) and word not in self.g.participles
        )

    def _bound_end_before(self, pos: int) -> int:
        """Where the last boundary ending by ``pos`` ends, or 0: where its clause starts."""
        i = bisect_right(self._bound_ends, pos)
        return self._bound_ends[i - 1] if i else 0

    def _bound_start_from(self, pos: int) -> int:
        """Where the first boundary starting at or after ``pos`` starts, or the sentence's end."""
        i = bisect_left(self._bound_starts, pos)
        return self._bound_starts[i] if i < len(self._bound_starts) else len(self.s)

    def _clause_start(self, pos: int) -> int:
        """After the last boundary or comma before ``pos``."""
        return max(self._bound_end_before(pos), self.s.rfind(",", 0, pos) + 1)

    def _clause_before(self, pos: int) -> str:
        """Text between the last boundary or comma and ``pos``."""
        start = self._clause_start(pos)
        return self._without_context(self.s[start:pos], start)

    def _in_scare_quotes(self, pos: int) -> bool:
        """Inside a short quotation ("just suppress inflammaging"): a label, not a statement."""
        s = self.s
        if not self._quoted:
            return False
        for o, c in (("“", "”"), ('"', '"')):
            left = s.rfind(o, 0, pos)
            if left < 0:
                continue
            right = s.find(c, pos)
            opened = o != c or s.count(c, 0, pos) % 2 == 1
            if right > 0 and opened and len(s[left:right].split()) <= 5:
                return True
        return False

    def _cut(self, a: _Cue, b: _Cue) -> int:
        """Where cue ``a``'s object ends and cue ``b``'s subject starts: at the last coordinator
        between them ("increased A, and upregulated B"), else at ``b``."""
        last = clause = None
        for m in self.g.coordinators.finditer(self.s, a.end, b.start):
            last = m
            # ", and two more proteins, X and Y, climbed": a comma and a coordinator join
            # clauses; the commas of a list or an aside after it do not
            if m.group() == "," and _CLAUSE_AND.match(self.s, m.end()):
                clause = m
        if clause is not None and _inside(self.cands, clause.end(), b.start):
            return clause.start()
        return last.start() if last else b.start

    def later_subjects(self, cue: _Cue) -> list[tuple[int, int]]:
        """The subjects of the verbs after ``cue`` (each from its cut to the verb)."""
        return [(a, b) for start, a, b in self.subject_spans if start > cue.start]

    def _negated(self, lo: int, hi: int) -> bool:
        """A negation in ``[lo, hi)`` that is not part of "not only", "no more than", ..."""
        if not self.hits["negation"]:
            return False
        excepted = [(a, b) for a, b, _ in self.hits["negation_exceptions"]]
        return any(
            lo <= a and b <= hi and not any(x <= a and b <= y for x, y in excepted)
            for a, b, _ in self.hits["negation"]
        )

    def _measure_follows(self, start: int, end: int) -> bool:
        """"(showed) reduced expression of X": an adjectival cue describing a measure of what
        follows it. Not "exercise raises levels of X" (a verb) nor "raised IL6 mRNA in"."""
        first = self.s[start:end].split()[0].lower()
        if not (_is_past(first) or first in self.g.participles):
            return False
        clause = self._clause_start(start)
        if any(m.end <= start for m in self.cands if m.start >= clause):
            return False  # a subject is already named: the cue is its verb
        if self.lex.phrases["taken_nouns"].search(self.s, clause, start):
            return False  # (session 31, round a) or named back: "the drug raised X and lowered
            # levels of Y"
        right = self.s[end : end + 60]
        if self._starts_with_mention(right, end):
            return False
        words = _WORD.findall(right)
        if not (any(w.lower() in self.lex.measures for w in words[:2]) and bool(
            re.match(r"\s*(?:[\w-]+\s+)?[\w-]+\s+(?:of|in)\b", right)
        )):
            return False
        # (after the cheap tests above, which usually fail: the exercise scan is the dear one)
        return not (
            start - clause < 40
            and self.lex.contexts["exercise"].search(self.s, clause, start)
            and not self.g.adjectival_before.search(self.s, clause, start)
        )  # a written exercise is the subject: "The rowing lowered the expression of X"
        # (bare "training" is no entity end to end; "the trained group showed reduced
        # expression of X" still reads an adjective after its verb)

    def _shares_auxiliary(self, cue: _Cue, lb: int, left: str) -> bool:
        """"X was neither higher in aged muscle nor changed by rowing": a participle
        coordinated with a passive or predicate verb shares its auxiliary."""
        if len(left) > 16 or any(
            w.lower() not in self.lex.connectors for w in _WORD.findall(left)
        ):
            return False
        before = [c for c in self.cues if lb <= c.start and c.end <= cue.start - len(left)]
        return bool(before) and self._is_passive(
            self.s[lb : before[-1].start], before[-1].text
        ) and self._is_passive("was", cue.text)

    def _is_passive(self, left: str, cue_text: str) -> bool:
        first = cue_text.split()[0].lower()
        if not (_is_past(first) or first in self.g.participles):
            return False
        for w in reversed([w.lower() for w in _WORD.findall(left[-60:])][-5:]):
            if w in self.lex.auxiliaries:
                return True
            if w in self.g.passive_fillers or w.endswith("ly") or _FIGURE.match(w):
                continue
            return False
        return False
