"""Age and exercise: declines with age, responses blunted or weak in the old, what training
preserves and what exercise induces, and the age, training and exercise roles of a claim.

These rules turn a plain increase or decrease into the dataset's age and exercise relations
(``declines_with_age``, ``preserved_by_training``, ``induced_by_exercise``,
``not_induced_in_aged``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from agefacts.extract.claim_patterns import (
    _AGENT_ADJUNCT,
    _BY,
    _OF_WORDS,
    _YOUNG_GATE,
    FIXED_POLARITY,
    MOLECULAR,
    _in_parentheses,
    _inside,
)
from agefacts.extract.claim_records import (
    Claim,
    Mention,
    Role,
    _Contexts,
    _Cue,
    _pairs,
    _Prev,
    _unary,
)
from agefacts.extract.claim_state import ReaderState

#: the relations that tell how a molecule fares with age or exercise (docs/claims_labelling.md:
#: "the gene is the subject")
_OF_A_MOLECULE = frozenset(
    {"declines_with_age", "induced_by_exercise", "preserved_by_training", "not_induced_in_aged"}
)


#: a written subject that names a loss or decline ("the gradual loss of muscle mass"): a
#: condition's definition, not a molecule
_LOSS_SUBJECT = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:loss|losses|decline|wasting)\s+(?:of|in)\b", re.IGNORECASE
)


#: written words that name molecules: a molecule noun ("mitochondrial markers", "these
#: proteins") or a symbol ("NAD+", "mtDNA", "IGF-1": a capital run, a digit or a plus)
_MOLECULE_WORDS = re.compile(
    r"\b(?:markers?|proteins?|genes?|enzymes?|hormones?|molecules?|factors?|cytokines?|"
    r"myokines?|receptors?|peptides?|kinases?|transcripts?|mRNAs?|signals?|signall?ing|"
    r"pathways?|levels?|expression|activity)\b|[A-Z]{2,}|\w\d|\+")


def of_a_molecule(claim: Claim) -> bool:
    """Whether a claim keeps to the subjects its relation allows: an age or exercise relation
    names a gene, family or pathway (or the words of one), never a grounded condition, outcome
    or intervention ("frailty, the wasting of the body with age" says nothing of a molecule),
    nor the written words of a loss ("frailty, the fading of power that comes with ageing":
    the definition of a condition, not an association of the loss with age)."""
    subject = claim.subject
    if subject.entity_id is None and (
        claim.relation in _OF_A_MOLECULE
        or (claim.relation == "associated_with" and not claim.obj.molecular)
    ) and subject.text and _LOSS_SUBJECT.match(subject.text):
        return False
    if subject.entity_id is None and claim.relation in _OF_A_MOLECULE and subject.text and (
        not _MOLECULE_WORDS.search(subject.text)
    ):  # (session 27) "training preserves NMJ integrity": the words name no molecule
        return False
    return (claim.relation not in _OF_A_MOLECULE or not subject.entity_id
            or subject.kind in MOLECULAR)

#: a comma and a conjunction: a new clause with its own subject ("..., and Y was reduced")
#: (session 31, round c) the group a change was seen in, between the verb and its training
#: adjunct: "did not drop in retired men after ...", "in the aged cohort with ..."
_WHERE_GROUP = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:adults|people|men|women|participants|volunteers|"
    r"subjects|patients|mice|rats|animals|group|groups|cohort)(?:\s+(?:over|above|aged)\s+\d+)?(?=[\s,])",
    re.IGNORECASE,
)
#: (session 31, round c) a fronted topic whose evidence the clause reports: "For D, the
#: trial data reveal a gain in X" (``_evidence_topic``); the first four characters gate it
_TOPIC_OPENERS = ("For ", "With")
_TOPIC_BEFORE = re.compile(r"\s*(?:For|With)\s+(?:the\s+)?", re.IGNORECASE)
_EVIDENCE_SHOWS = re.compile(
    r"(?:\s+(?:alone|itself))?,\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:evidence|data|trials?|"
    r"studies|research|findings|results)\s+(?:so\s+far\s+|to\s+date\s+|in\s+people\s+)?"
    r"(?:shows?|showed|suggests?|suggested|found|finds|reveals?|revealed|points?\s+to)\s+"
    r"(?:only\s+)?(?:an?\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?!was\b|were\b|is\b|are\b)",
                         re.IGNORECASE)
#: (session 36, round d) an appositive opened right before a name: "X, the chief controller of Y"
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an)\s+[^,;()]*$", re.IGNORECASE)
#: a dash after a few words ("blunted in the old — "), and the dash that closes the list
_DASH_AFTER = re.compile(r"[^—–,.;:()]{0,40}?\s[—–]\s")
_DASH = re.compile(r"[—–]")
_LIST_ONLY = re.compile(r"(?:\s|,|\band\b|\bor\b)*", re.IGNORECASE)

#: "the X response": the mention modifies a response noun right after it
_X_RESPONSE = re.compile(r"\s+(?:response|responses|induction|rise)\b", re.IGNORECASE)

#: the age-comparison relations and the reading of the same comparison the other way round
_OLD_WORD = re.compile(r"\b(?:old|older|aged|elderly|age|ageing|aging)\b", re.IGNORECASE)
_AGE_REVERSED = {"declines_with_age": "associated_with", "associated_with": "declines_with_age"}

#: "no" right before a weakening word: "the rise was no smaller in the old" denies it
_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
_ITS = re.compile(r"\b[Ii]ts\b")
_LEVEL_COMPARATIVES = frozenset({"higher", "greater", "larger", "lower", "smaller"})
_THAN_YOUNG = re.compile(
    r"\bthan\s+(?:in\s+|among\s+)?(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:young|younger)\b", re.IGNORECASE
)
_PROTECTED_FROM = re.compile(
    r"\b(?:protect|shield|guard)\w*\s+(?:[\w-]+\s+){1,4}?(?:from|against)\s+"
    r"(?:(?:its|their|the|this|that)\s+)?(?:[\w-]+\s+){0,2}?\Z",
    re.IGNORECASE,
)

#: "after (six weeks of) rowing": the time of a change
_WHEN_BEFORE = re.compile(
    r"\b(?:after|following|with|during)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)

#: "the rise in X", "the induction of X": what a response word governs
_RESPONSE_TAIL = re.compile(r"s?\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
_NP_END = re.compile(
    r"[,;:]|\b(?:is|are|was|were|has|have|had)\b|\band\s+(?:the|their|its|a|an|his|her|our)\b",
    re.IGNORECASE,
)

#: "less X after exercise", "X activity after the run was lower": the response is what
#: is smaller (words between the molecule and the adjunct: "activity", "levels"); "a blunted X
#: response to exercise" in the old (session 26, second round)
_AFTER_EXERCISE = re.compile(
    r"(?:\s*(?:(?:activity|levels?|expression|release|output|production|signal(?:l?ing)?|"
    r"phosphorylation|content|secretion)\s+)?(?:after|following|in\s+response\s+to)\s+|"
    r"\s*responses?\s+(?:to|after)\s+)"
    r"(?:(?:a|an|the|each|one|single|acute|same|that|this|\d+-\w+|[\w-]+ly)\s+){0,3}",
    re.IGNORECASE,
)

#: (session 31, round a) "the gain in X after a swim is lower in the aged": the response
#: the nominal names is said to be weaker, so the sentence is a blunting (read by the age
#: comparison), not an induction
_RESPONSE_WEAKER = re.compile(
    r"[^,;:]*?\b(?:is|are|was|were)\s+(?:(?:much|far|rather|somewhat|considerably|markedly|"
    r"even|also|clearly|substantially)\s+)?(?:smaller|weaker|lower|blunted|muted|diminished|"
    r"attenuated|feebler|dampened)\b",
    re.IGNORECASE,
)

#: a weak-response phrase that opens its own contrast clause ("albeit by much less than ...")
_OPENS_CONTRAST = re.compile(r"(?:though|but|albeit|yet)\b", re.IGNORECASE)

#: a short aside between commas: ", however,", ", in contrast,"
_COMMA_ASIDE = re.compile(r",\s*[A-Za-z]+(?:\s+[A-Za-z]+)?\s*,")


@lru_cache(maxsize=4096)
def _has(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs in ``text``: asked of a few short texts (an intervention's
    name, a written side) again and again, and the exercise patterns, full of lookbehinds, cost
    microseconds per search, so each answer is kept."""
    return pattern.search(text) is not None


class AgeingRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _responses_in_old(self, claims: list[Claim]) -> list[Claim]:
        """``_response_in_old`` for each claim; a blunting so read, with the exercise as its
        side, stands for the one another reader gave the old group's words as side ("older
        adults have a dampened X response to exercise": one claim, not two)."""
        read = [self._response_in_old(c) for c in claims]
        moved = {c.subject.key for c, r in zip(claims, read, strict=True) if r is not c}
        if not moved:
            return read
        return [r for c, r in zip(claims, read, strict=True) if r is not c or not (
            r.relation == "not_induced_in_aged" and r.subject.key in moved
            and not r.obj.entity_id and self._age_side(r.obj))]

    def _response_in_old(self, c: Claim) -> Claim:
        """"Aged fibres released less X after a sprint than young fibres", "X activity after a swim
        fell short in the old": what is smaller in the old is X's response to the exercise named
        right after X, not X itself (not_induced_in_aged, not a decline with age)."""
        if c.relation != "declines_with_age" or c.subject.pos < 0 or not c.subject.surface:
            return c
        m = _AFTER_EXERCISE.match(self.s, c.subject.pos + len(c.subject.surface))
        hit = m and next((b for a, b, _ in self.hits["exercise"] if a == m.end()), None)
        if not hit:
            return c
        named = next((x for x in self.cands if x.start <= m.end() < x.end), None)
        exercise = Role(named.entity_id, None, named.kind, pos=named.start,
                        vocabularies=named.vocabularies,
                        surface=self.s[named.start : named.end]) if named else Role(
            None, self.s[m.end() : hit], pos=m.end())
        return Claim(c.subject, "not_induced_in_aged", exercise,
                     FIXED_POLARITY["not_induced_in_aged"], c.negated)

    def _nominal(
        self, cue: _Cue, lb: int, left_start: int, right_end: int, ctx: _Contexts,
        negated: bool,
    ) -> list[Claim]:
        """"age-related decline in X", "the rise in X after exercise", "X activation by ...",
        "aged rats showed reduced expression of X": only with an age or exercise context.
        The context is looked for first: most such cues have none, and then what they name
        need not be read."""
        info = cue.info
        if info.family in ("up", "down") and self.s[:4] in _TOPIC_OPENERS and (
            topic := self._evidence_topic(cue)
        ) and (targets := self._nominal_targets(cue, right_end, written=True)):
            # (session 31, round c) "For D, the trial data reveal a gain in X": D raises X
            relation, polarity = (
                ("increases", "positive") if info.family == "up" else ("decreases", "negative")
            )
            return _pairs([topic], relation, targets, polarity, negated)
        if info.family == "down":
            ageing_cue = info.relation == "declines_with_age" and cue.text[:3].lower() == "age"
            # "carried fewer X and fewer Y than the young": a coordinated comparison shares the
            # clause's age
            comparison = cue.text.split()[0].lower() in self.g.comparative_determiners
            age = ctx.local_age if cue.modifier and not comparison else ctx.age
            reading = "decline"
            if not (ageing_cue or age):
                # "the drop in X after training": the exercise lowered X
                if cue.modifier or not self._exercise_after(cue.end, right_end):
                    return []
                reading = "lowered"
        elif info.family == "up":
            near = self._first("exercise", max(lb, cue.start - 30), right_end, masked=False)
            reach = right_end
            if cue.modifier and not near and self._first("age_in", cue.end, right_end):
                # "the elevated X seen in older muscle", "older adults carried more X than the
                # young": a higher level that goes with age
                reading = "with_age"
            else:
                if not near and (after := self.relative_after(cue.end)):
                    near = self._first("exercise", *after)  # "the increase in X that followed running"
                    reach = after[1] if near else reach
                if not near:
                    return []
                reading = "induced"
        else:
            return []
        targets = self._nominal_targets(cue, right_end)
        if not targets or self._inside_prevention(cue, lb):
            return []
        if reading == "decline":
            return self._declines(targets, ctx, negated)
        if reading == "lowered":
            obj = self._exercise_object(lb, right_end, ctx)
            return _pairs([obj], "decreases", targets, "negative", negated)
        if reading == "with_age":
            return self._with_age(targets, ctx, negated)
        if ctx.age and self.lex.phrases["weak"].search(self.s, max(lb, cue.start - 30), cue.end):
            # "(in aged rats) only a modest rise in X": a weak response in the old
            return _unary(targets, "not_induced_in_aged", self._age_role(ctx), False)
        if ctx.age and info.frame != "nominal_left" and _RESPONSE_WEAKER.match(
            self.s, cue.end, right_end
        ):  # "the rise in X after a run is weaker in old mice": a blunting (a rise named after
            return []  # its molecule, "the X rise after ...", keeps its reading)
        obj = self._exercise_object(lb, reach, ctx)
        return _unary(targets, "induced_by_exercise", obj, negated)

    def _evidence_topic(self, cue: _Cue) -> Role | None:
        """(session 31, round c) A product named as the sentence's topic whose evidence
        shows the change: "For D, the trial data reveal a gain in X", "With D, the studies found a
        drop in X" (an intervention that is no exercise; the rest of the clause only the
        evidence words)."""
        s = self.s
        for m in self.interventions:
            if m.end >= cue.start:
                break
            if not _TOPIC_BEFORE.fullmatch(s, 0, m.start):
                continue
            role = self.role(m)
            if not self._is_exercise(role) and _EVIDENCE_SHOWS.fullmatch(s, m.end, cue.start):
                return role
        return None

    def _exercise_after(self, start: int, end: int) -> bool:
        """An exercise phrase in ``[start, end)`` that says when ("after / following / with
        training"), not what ("the fall in X that training prevents")."""
        for a, b, _ in self.hits["exercise"]:
            if start <= a and b <= end and _WHEN_BEFORE.search(self.s, max(start, a - 40), a):
                return True
        return False

    def _nominal_targets(self, cue: _Cue, right_end: int, written: bool = False) -> list[Role]:
        """What a nominal or modifier cue speaks of: the mention right before a left-nominal
        cue ("X activation"), else the named things of the noun phrase after it (``written``:
        its written words too, when the agent is named)."""
        if cue.info.frame == "nominal_left":
            return [self.role(m) for m in self.cands if 0 <= cue.start - m.end <= 2]
        end = right_end
        for stop in _NP_END.finditer(self.s, cue.end, right_end):
            if not _in_parentheses(self.s, stop.start()):
                end = stop.start()
                break
        return [t for t in self.patients(cue.end, end, _Prev()) if written or t.entity_id]

    def _decline(
        self, cue: _Cue, lb: int, left_start: int, right_end: int, ctx: _Contexts,
        negated: bool, agent: list[Role], undergoer: list[Role], no_object: bool,
    ) -> tuple[list[Claim], list[Role]]:
        """A decrease with no agent: with age, preserved by training, or after exercise."""
        if agent and (kept := self._prevented_decline(agent, undergoer, negated)):
            return kept, undergoer
        if no_object and (trainers := [a for a in agent if self._is_exercise(a)]):
            # "X was not reduced by training": the training's effect, denied
            return _pairs(trainers, "decreases", undergoer, "negative", negated), undergoer
        if negated and no_object and not agent and self._trained_by(cue.end, right_end):
            # "X did not drop with swimming": the swimming's effect denied, not X kept
            obj = self._exercise_object(lb, right_end, ctx)
            return _pairs([obj], "decreases", undergoer, "negative", negated), undergoer
        if negated and ctx.training_status:
            obj = Role(None, self._trim_context(ctx.training_status))
            return _unary(undergoer, "preserved_by_training", obj, False), undergoer
        if ctx.age and ctx.exercise and self.g.response_words.search(
            self.s[left_start : cue.start]
        ):
            return _unary(undergoer, "not_induced_in_aged", self._age_role(ctx), False), undergoer
        if ctx.age and ctx.exercise_setting and no_object and not agent and self._population(
            ctx.age
        ) and not ctx.training_status:  # "in the old swimmers, X was half": groups compared
            # "After a month of rowing, X did not drop in the elderly participants": the old are
            # where the exercise acted, not what lowered X
            obj = self._exercise_object(lb, right_end, ctx)
            return _pairs([obj], "decreases", undergoer, "negative", negated), undergoer
        if ctx.age:
            return self._declines(undergoer, ctx, negated), undergoer
        if agent:
            return _pairs(agent, cue.info.relation, undergoer, cue.info.polarity, negated), agent
        if ctx.exercise and no_object:
            obj = self._exercise_object(lb, right_end, ctx)
            return _pairs([obj], "decreases", undergoer, "negative", negated), undergoer
        return [], undergoer

    def _trained_by(self, end: int, right_end: int) -> bool:
        """Does an agent phrase of training ("with training", "after six months of
        training") follow the verb ending at ``end``?"""
        adjunct = _AGENT_ADJUNCT.match(self.s, end)
        if adjunct is None and self.s.startswith(" in ", end) and (group := _WHERE_GROUP.match(
            self.s, end
        )):  # (session 31, round c) "X did not drop in retired men after nine weeks of D": the
            adjunct = _AGENT_ADJUNCT.match(self.s, group.end())  # group is where D acted
        if adjunct is None:
            return False
        at = adjunct.end()
        if of := _OF_WORDS.match(self.s, at):
            at = of.end()
        named = [m.start for m in self.interventions if self._is_exercise(self.role(m))]
        return any(a == at and b <= right_end for a, b, _ in self.hits["training"]) or at in named

    def _weaker_than_young(
        self, cue: _Cue, lb: int, left_start: int, right: str, passive: bool, prev: _Prev,
    ) -> tuple[list[Claim], list[Role]] | None:
        """"Aged tendon still adapts to lifting, yet markers like X and Y are induced less
        robustly than in the young": a switch-on compared down to the young, with no agent, is a
        response blunted in the old (once exercise is named in the sentence or before it)."""
        m = self.g.weaker_than_young.match(right)
        if m is None or not (self.hits["exercise"] or self.memory.exercise):
            return None
        if not passive and self._starts_with_mention(right, cue.end):
            return None
        weak = [u for u in self.agents(cue, lb, left_start, prev) if u.molecular]
        if not weak:
            return None
        return _unary(weak, "not_induced_in_aged", Role(None, "aged"), False), weak

    def _prevented_decline(
        self, agent: list[Role], undergoer: list[Role], negated: bool
    ) -> list[Claim]:
        """"training prevented the decline of X", "the loss of X was slowed by running": X is
        preserved by the training (a flipped undergoer of a decrease, with an exercise agent)."""
        trainers = [a for a in agent if a.entity_id and self._is_exercise(a)]
        held = [u._replace(flip=False) for u in undergoer if u.flip and u.molecular]
        if not trainers or not held:
            return []
        # "cycling never prevented this decline": denied
        return _unary(held, "preserved_by_training", trainers[0], negated)

    def _protected_from_decline(self, cue: _Cue, lb: int, negated: bool) -> list[Claim]:
        """"Regular rowing seems to protect X from its gradual decline": a decline word after
        "protect(s) X from (its)" is what X is kept from, so the exercise before "protect"
        keeps X (``preserved_by_training``): the decline is not the exercise's."""
        if "rotect" not in self.s and "hield" not in self.s:
            return []
        before = _PROTECTED_FROM.search(self.s, max(lb, cue.start - 80), cue.start)
        if before is None or not self.lex.phrases["protected_decline"].match(self.s, cue.start):
            return []
        trainers = [r for m in self.interventions if lb <= m.start and m.end <= before.start()
                    and self._is_exercise(r := self.role(m))]
        held = [r for c in self.cands if before.start() < c.start and c.end <= cue.start
                and (r := self.role(c)).molecular]
        if not trainers or not held:
            return []
        # "cycling did not protect X from its decline": the protection denied
        denied = negated or self._negated(max(lb, trainers[-1].pos), before.start())
        return _unary(held, "preserved_by_training", trainers[-1], denied)

    def _level_than_young(self, cue: _Cue, right_end: int) -> bool:
        """"X was not higher in the aged rats than in the young controls": a level compared
        with the young's (a comparative cue, "than" and a young group after it) is no rise
        that failed in the old, even in a text about exercise."""
        return cue.text.lower() in _LEVEL_COMPARATIVES and _THAN_YOUNG.search(
            self.s, cue.end, right_end
        ) is not None

    def _inside_prevention(self, cue: _Cue, lb: int) -> bool:
        """Is the nominal ``cue`` ("the decline of X", "the increase in X") what a decrease in
        its clause acts on ("... was prevented by", "Y blunted ...")? Then it did not happen."""
        rb = self._bound_start_from(cue.end)
        for c in self.cues:
            if c is cue or c.modifier or c.info.frame != "verb" or c.info.family != "down":
                continue
            if c.start < lb or c.end > rb:
                continue
            if c.end <= cue.start:
                # "Deletion of X abolished the increase in Y": the rise happens with X
                if not any(self.role(m).flip for m in _inside(self.cands, lb, c.start)):
                    return True
            # "the swim-induced rise in X was attenuated in volunteers past 80": the
            # compound states the rise, which is smaller in the old; "the rise in X after
            # exercise was blunted", "... was prevented by Y": not asserted
            elif (new := _NEW_CLAUSE.search(self.s, cue.end, c.start)) and (
                "," not in self.s[new.end() : c.start]
            ):
                continue  # "less X than the young, and Y was reduced too": another clause
            elif self._is_passive(self.s[cue.end : c.start], c.text) and (
                _BY.match(self.s, c.end) or not self._first("age", c.end, rb)
                or not self._compound_induction(lb, cue)
            ):
                return True
        return False

    def _compound_induction(self, lb: int, cue: _Cue) -> bool:
        """Is ``cue`` (or a cue right before it) a hyphenated induction ("exercise-induced")?"""
        return any(
            c.info.frame == "nominal" and c.info.family == "up" and "-" in c.text
            and lb <= c.start and c.end <= cue.end and cue.start - c.end <= 3
            for c in self.cues
        )

    def _blunted(self, claims: list[Claim], prev: _Prev) -> list[Claim]:
        """'their X response to exercise was smaller' in the old: X is not induced there."""
        s = self.s
        if not self.hits["blunted"]:
            return []
        exercise_named = bool(self.hits["exercise"] or self.memory.exercise)
        if not exercise_named and not self.g.response_words.search(s):
            return []  # without exercise only a named response ("the rise in X") is read
        age = self._first("age", 0, len(s))
        if not age:
            return []
        out: list[Claim] = []
        # an adverb between commas ("The X response, however, stayed smaller") cuts nothing
        asides = [(m.start(), m.end()) for m in _COMMA_ASIDE.finditer(s)]
        for start, end, _ in self.hits["blunted"]:
            starts = [c.end() for c in self.g.coordinators.finditer(s, 0, start)
                      if not any(a <= c.start() < b for a, b in asides)]
            starts += [e for _, e in self.bounds if e <= start]
            seg_start = max(starts, default=0)
            seg = s[seg_start:start]
            if not exercise_named:
                # "The rise in X was blunted in older adults": a named response needs no
                # exercise nearby; a weakened level ("X was lower in the old") is no response
                governed = [c for c in self.cands if seg_start <= c.start and c.end <= start
                            and c.kind in MOLECULAR and (
                                self._response_of(c.start) or self._heads_response(c))]
                out += _unary([self.role(c) for c in governed], "not_induced_in_aged",
                              Role(None, self._trim_context(age)), False)
                continue
            if listed := self._dash_list(start):
                # "a response present in the young and blunted in the old — A, B and C": a
                # wrap-up names what responds after a dash, each induced and blunted
                exercise = self._first("exercise", 0, len(s))
                obj = Role(None, self._trim_context(exercise)) if exercise else (
                    self.memory.exercise or Role(None, "exercise")
                )
                out += _unary(listed, "induced_by_exercise", obj, False)
                out += _unary(listed, "not_induced_in_aged", Role(None, self._trim_context(age)),
                              False)
                continue
            if not self.g.response_words.search(seg):
                continue
            roles = [self.role(c) for c in self.cands if seg_start <= c.start and c.end <= start]
            roles = [r for r in roles if r.molecular]
            if not roles:
                roles = [r for r in self._anaphor(seg, seg_start, prev) if r.molecular]
            if not roles:  # "X rose after training, but the response was weaker in the old"
                roles = [r for r in prev.agents if r.molecular] or [
                    c.subject for c in claims
                    if c.relation == "induced_by_exercise" and c.subject.molecular
                ]
            # "that response was not muted in older women": a weakening denied
            denied = self._negated(seg_start, end) or _NO_BEFORE.search(s, 0, start) is not None
            if not roles and self.memory.exercise:
                # "Training raised X. The rise in the old was less than half of that."
                # ("Rowing raised X. Past 75 that spike was weaker": what rose, not the
                # rowing that was the sentence's subject)
                roles = [r for r in self.memory.last_subjects if r.molecular] or (
                    self._induced_before()
                )
            out += _unary(roles, "not_induced_in_aged", Role(None, self._trim_context(age)),
                          denied)
        have = {(c.subject.key, c.relation) for c in claims}
        return [c for c in out if (c.subject.key, c.relation) not in have]

    def _lowered_before(self, undergoer: list[Role]) -> list[Claim]:
        """The previous sentence's exercise decrease of the molecules that did not change here
        (an "it" read as that sentence's exercise subject stands for what it lowered: an
        exercise does not budge)."""
        out = []
        for u in undergoer:
            for ex, low in self.memory.lowered:
                if u.entity_id and u.entity_id in (low.entity_id, ex.entity_id):
                    out.append(Claim(ex._replace(pos=-1), "decreases", low._replace(pos=u.pos),
                                     "negative", True))
        return out

    def _acted_before(self, family: str, changed: list[Role], negated: bool) -> list[Claim]:
        """(session 32, round c) The intervention whose change the sentence before told, for
        an agentless change of a named molecule here: "A fortnight of bed rest raised X. In the
        same women, Y dropped by a quarter" (the bed rest's decrease of Y), "Swimming lowered X.
        Serum Y stayed flat" (an unsigned change denied takes the sentence before's direction). Not a
        molecule the sentence before already changed (a restatement), nor an unsigned change
        asserted, nor an asserted one that does not name the occasion back."""
        assert self.memory.acted is not None
        agent, sign = self.memory.acted
        if not negated and (family == "change" or not (
            self.lex.phrases["same_occasion"].search(self.s)
            or self.lex.phrases["continued_change"].search(self.s)
        )):  # an asserted change names the occasion back ("Rowing cut X. Y fell." says
            # nothing of what cut Y); a denied one is the same's denied (as "Y did not change")
            return []
        done = {r.entity_id for r in self.memory.objects} | {
            r.entity_id for r in self.memory.induced}
        changed = [u for u in changed if u.entity_id not in done]
        if not changed:
            return []
        up = sign == "up" if family == "change" else family == "up"
        agent = agent._replace(pos=-1)
        if self._is_exercise(agent):
            if up:
                return _unary(changed, "induced_by_exercise", agent, negated)
            return _pairs([agent], "decreases", changed, "negative", negated)
        return _pairs([agent], "increases" if up else "decreases", changed,
                      "positive" if up else "negative", negated)

    def _risen_before(self, end: int) -> list[Role]:
        """The molecule named last before the first rise verb ahead of ``end``: the one that
        rose ("X rose in both groups, but ..."), read only when a weak rise in the old follows."""
        ups = [k for k in self.cues if k.end <= end and k.info.family == "up" and not k.modifier]
        if not ups:
            return []
        up = ups[0]
        before = [c for c in self.cands if c.end <= up.start]
        if not before or ";" in self.s[before[-1].end : up.start]:
            return []
        named = before[-1]
        if self.s[named.end : up.start].lstrip().startswith(",") and (
            op := _APPOSITIVE_OPEN.search(self.s, 0, named.start)
        ) and (head := [c for c in before if c.end == op.start() and c.kind in MOLECULAR]):
            named = head[-1]  # (session 36, round d) "X, the chief controller of Y, rose": X
        last = self.role(named)
        return [last] if last.molecular else []

    def _induced_before(self) -> list[Role]:
        """What exercise raised in the sentence before, for a weakened response that names no
        molecule ("Rowing raised X. Past 75 that spike was weaker."); a sentence that names
        a molecule of its own speaks of that one."""
        if any(c.kind in MOLECULAR for c in self.cands):
            return []
        return self.memory.induced

    def _heads_response(self, m: Mention) -> bool:
        """"the X response weakens with age": X names the response it modifies."""
        return _X_RESPONSE.match(self.s, m.end) is not None

    def _response_of(self, start: int) -> bool:
        """Is the mention at ``start`` what a response word governs ("the rise in X")?"""
        before = self.s[max(0, start - 40) : start]
        ends = [m.end() for m in self.g.response_words.finditer(before)]
        return bool(ends and _RESPONSE_TAIL.fullmatch(before, ends[-1]))

    def _dash_list(self, start: int) -> list[Role]:
        """The molecules listed between dashes right after a weakened response ("blunted in the
        old — A, B and C —"), when the clause before it names a response."""
        s = self.s
        dash = _DASH_AFTER.match(s, start)
        if not dash:
            return []
        # the response may be named before a relative clause ("a response that is ...")
        if not self.g.response_words.search(s, max(0, start - 100), start):
            return []
        close = _DASH.search(s, dash.end())
        end = close.start() if close else len(s.rstrip(". "))
        listed = [c for c in self.cands if dash.end() <= c.start and c.end <= end]
        # only names between the dashes: "— SOX9 rose less" is a clause, no list
        rest = s[dash.end() : end]
        for c in reversed(listed):
            rest = rest[: c.start - dash.end()] + rest[c.end - dash.end() :]
        if not listed or not _LIST_ONLY.fullmatch(rest):
            return []
        return [self.role(c) for c in listed if c.kind in MOLECULAR]

    def _weak_in_old(self, claims: list[Claim]) -> list[Claim]:
        """A weak rise in the old after a boundary: "raised X by 40% in the young but by only
        9% in the over-65s", "Same bout in the old: only a 1.3-fold rise in X". The clause
        reader stops at the boundary, so the sentence is read as a whole here."""
        s = self.s
        named = self.memory.named_exercise
        if not (self.hits["exercise"] or self.memory.exercise or named) or not self.hits["age"]:
            return []
        if not self._first("age", 0, len(s)):  # (a lookup in the hits: before the scan)
            return []
        weak = list(self.lex.phrases["weak"].finditer(s))
        if not weak:
            return []
        induced = [c for c in claims
                   if c.relation == "induced_by_exercise" and c.subject.molecular]
        out: list[Claim] = []
        for m in weak:
            lb, rb = self._bound_end_before(m.start()), self._bound_start_from(m.end())
            if not lb and _OPENS_CONTRAST.match(m.group()):
                lb = m.start()  # (session 27, round b) ", albeit by much less than ...": it opens
            age = self._first("age_in", m.end(), rb) or self._first("age", 0, m.start())
            if not age:
                continue
            roles = [r for r in (self.role(c) for c in self.cands if m.start() <= c.start < rb)
                     if r.molecular]
            if roles:
                out += _unary(roles, "not_induced_in_aged", Role(None, self._trim_context(age)),
                              False)
            elif lb > 0 and (earlier := [c for c in induced
                                         if c.subject.pos is not None and c.subject.pos < lb]):
                # (", but the rise in X was half that in the young": only X, of what rose)
                named = {c.entity_id for c in self.cands if lb <= c.start < m.start()}
                earlier = [c for c in earlier if c.subject.entity_id in named] or earlier
                for c in earlier:  # ", but by only 9% in the old": what rose before, by the
                    out += _unary([c.subject], "not_induced_in_aged", c.obj, False)  # same
            elif not induced and not self.memory.exercise and named and (
                risen := self._risen_before(m.start())
            ):  # "X rose in both groups, but in the old the rise was half that in the young":
                # the named programme raised X, less so in the old
                out += _unary(risen, "induced_by_exercise", named, False)
                out += _unary(risen, "not_induced_in_aged", Role(None, self._trim_context(age)),
                              False)
            elif not induced and self.memory.exercise:  # (also after "But": a new sentence)
                # "X rose after training. In the old the rise was only half as large."
                # (session 31, round a) "the rise in X after a run is weaker in the old": the
                # molecule named in the clause, not the sentence before's
                before = [r for r in (self.role(c) for c in self.cands
                                      if lb <= c.start < m.start()) if r.molecular] or [
                    r for r in self.memory.last_subjects if r.molecular] or (
                    self._induced_before()
                )
                out += _unary(before, "not_induced_in_aged", Role(None, self._trim_context(age)),
                              False)
        have = {(c.subject.key, c.relation) for c in claims}
        seen: set[tuple[str, str]] = set()
        return [c for c in out if (c.subject.key, c.relation) not in have
                and not ((k := (c.subject.key, c.relation)) in seen or seen.add(k))]

    def _reversed_ages(self, claims: list[Claim]) -> list[Claim]:
        """A comparison written young group first ("X was lower in the young than in the old",
        "the young showed less X than the old"): the readers take the group a level or response
        is compared in as the old one, so here they read it the wrong way round. A weaker
        response in the young is no blunting in the old (the rise itself stands); a lower level
        in the young is a level that rises with age, a higher one a decline."""
        m = self.lex.phrases["young_before_old"].search(self.s)
        if not m:
            return claims
        out = []
        for c in claims:
            if c.subject.pos >= m.end() or c.negated:
                out.append(c)
            elif c.relation == "not_induced_in_aged":
                continue
            elif c.relation in _AGE_REVERSED and self._age_side(c.obj):
                rel = _AGE_REVERSED[c.relation]
                obj = self.aging if self.aging is not None and c.subject.entity_id else c.obj
                out.append(Claim(c.subject, rel, obj, FIXED_POLARITY.get(rel, "positive"),
                                 c.negated))
            else:
                out.append(c)
        return out

    def _age_side(self, role: Role) -> bool:
        """The side an age comparison is with: the document's aging entity or written age
        words."""
        if role.entity_id:
            return self.aging is not None and role.entity_id == self.aging.entity_id
        return bool(role.text) and bool(_OLD_WORD.search(role.text))

    def _response_verdict(self, claims: list[Claim]) -> list[Claim]:
        """A response noun after its molecule with a verdict on the old and no rise verb: "X
        activation after a bout was similar in young and old" or "almost as high in the aged
        women as in the young" (a blunting denied), "X activity after a workout was about half of
        what we measured in the young", "its induction after running wanes with age" (blunted).
        "its" is the molecule named last before it, else the one the sentence before was
        about."""
        s, ph = self.s, self.lex.phrases
        out: list[Claim] = []
        heads = [(c.end, self.role(c)) for c in self.cands if c.kind in MOLECULAR]
        heads += [(m.end(), None) for m in _ITS.finditer(s)]
        for end, who in heads:
            m = ph["response_after"].match(s, end + (s[end : end + 1] == " "))
            if not m:
                continue
            rb = self._bound_start_from(m.end())
            exercise = self._first("exercise", m.end(), rb)
            if not exercise:
                continue
            after = next((b for a, b, _ in self.hits["exercise"] if a >= m.end()), m.end())
            # (the verdict starts in the clause: "about half of what we measured" runs past "what")
            verdicts = [(v, kind == "response_equal") for kind in ("response_equal", "weak",
                                                                   "response_fades")
                        if (v := ph[kind].search(s, after)) and v.start() < rb]
            if not verdicts or self._negated(end, verdicts[0][0].start()):
                continue
            v, denied = verdicts[0]
            if who is None:  # "its": the molecule named last before it, else the last subject
                before = [r for p, r in heads if r is not None and r.molecular and p <= end - 3]
                # (a gene or family before a pathway: "X drives biogenesis; its induction ...")
                who = next((r for r in reversed(before) if r.kind in ("gene", "family")),
                           before[-1]) if before else next(
                    (r for r in self.memory.last_subjects if r.molecular), None)
            if who is None or not who.molecular:
                continue
            age = self._first("age", 0, len(s))
            if not denied and not age and not ph["response_fades"].match(s, v.start()):
                continue  # a weak response needs the old it is weak in
            if denied and not (ph["age_spanning_groups"].search(s) or (
                    _YOUNG_GATE.search(s) and ph["old_group"].search(s))):
                continue  # "about the same in the young rats" compares no old group
            obj = Role(None, self._trim_context(age)) if age else Role(None, "aged")
            out += _unary([who], "not_induced_in_aged", obj, denied)
        have = {(c.subject.key, c.relation) for c in claims}
        return [c for c in out if (c.subject.key, c.relation) not in have]

    def _is_exercise(self, role: Role) -> bool:
        """An exercise bout or programme (a drug or cold exposure is not)."""
        if role.entity_id and role.kind != "intervention":
            return False
        if role.entity_id in self.exercise_ids:
            return True
        text = role.surface or role.text or ""
        if self.exercise_ids and not role.entity_id and (
            self.lex.phrases["programme_anaphor"].fullmatch(text.strip())
        ):  # "The regimen also lowered X" after a named exercise programme
            return not _has(self.lex.contexts["not_exercise"], text)
        return _has(self.lex.contexts["exercise"], text) and not _has(
            self.lex.contexts["not_exercise"], text
        )

    def _carried_exercise(self, lb: int) -> Role | None:
        """The exercise a return to young levels goes back to: the last one named earlier in
        the sentence, else the one that raised something in the sentence before."""
        s = self.s
        for m in reversed(self.interventions):
            if m.end <= lb and (
                m.entity_id in self.exercise_ids or _has(self.lex.contexts["exercise"],
                                                          s[m.start : m.end])
            ):
                return Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                            surface=s[m.start : m.end])
        return self.memory.exercise

    def _exercise_object(self, lb: int, rb: int, ctx: _Contexts) -> Role:
        s = self.s
        fronted = self.fronted_end
        # every intervention, also a modifier ("the training-induced rise")
        for m in self.interventions:
            inside = (lb <= m.start and m.end <= rb) or (0 < fronted <= lb and m.end <= fronted)
            if inside:
                surface = s[m.start : m.end]
                if m.entity_id in self.exercise_ids or _has(self.lex.contexts["exercise"], surface):
                    return Role(m.entity_id, None, m.kind, pos=m.start,
                                vocabularies=m.vocabularies, surface=surface)
        if ctx.exercise and self.interventions:
            # the context's exercise word is part of a named exercise elsewhere in the sentence
            # ("X climbed after forty minutes of treadmill walking" gives "treadmill"): that exercise
            word = ctx.exercise.strip().lower()
            for m in self.interventions:
                surface = s[m.start : m.end]
                if word in surface.lower().split() and (
                    m.entity_id in self.exercise_ids
                    or _has(self.lex.contexts["exercise"], surface)
                ):
                    return Role(m.entity_id, None, m.kind, pos=m.start,
                                vocabularies=m.vocabularies, surface=surface)
        return Role(None, self._trim_context(ctx.exercise or "exercise"))

    def _training_role(self, agent: list[Role], ctx: _Contexts) -> Role:
        for a in agent:
            if a.entity_id and a.kind == "intervention":
                return a
        return Role(None, self._trim_context(ctx.training or "training"))

    def _with_age(self, changed: list[Role], ctx: _Contexts, negated: bool) -> list[Claim]:
        """Each changed entity associated with age: the document's aging entity when it names
        one and the other side is a named molecule or condition, else the written context."""
        named = [r for r in changed if r.entity_id and r.kind != "intervention"]
        if self.aging is not None and named:
            return _pairs(named, "associated_with", [self.aging], "positive", negated)
        return _pairs(changed, "associated_with", [self._age_role(ctx)], "positive", negated)

    def _exercise_before(self, end: int) -> bool:
        """An exercise named before ``end`` in the sentence (a phrase or a grounded one)."""
        return any(b <= end for _, b, _ in self.hits["exercise"]) or any(
            m.end <= end and m.entity_id in self.exercise_ids for m in self.interventions)

    def _population(self, age: str) -> bool:
        """Does the age phrase say who was measured ("in the elderly participants", "older adults")
        rather than that age is what changes ("with age", "as we age", "age-related")?"""
        first = age.split(None, 1)[0].lower()
        return first not in self.g.age_dimension_openers

    def _age_role(self, ctx: _Contexts) -> Role:
        return Role(None, self._trim_context(ctx.age or "age"))

    def _declines(self, changed: list[Role], ctx: _Contexts, negated: bool) -> list[Claim]:
        """Each changed entity declining with age: with the document's entity for aging when it
        names one (the written context, "in aged muscle", "than from younger", names none); a
        written side ("the acute response") keeps the written age, so it stays no claim."""
        written = self._age_role(ctx)
        return [
            c for r in changed for c in _unary(
                [r], "declines_with_age",
                self.aging if self.aging is not None and r.entity_id else written, negated,
            )
        ]

    def _trim_context(self, text: str) -> str:
        return self.g.context_trim.sub("", text.strip()) or text.strip()


# ------------------------------------------------------------- closed age gaps (session 26)

#: a verb that shrinks a gap, right before "the X gap": "narrowed that X gap", "closed much
#: of the X gap", "erased the age difference in X" is not read (the molecule comes after "gap")
_GAP_SHUT = re.compile(
    r"\b(?P<verb>clos(?:ed|es|e|ing)|narrow(?:ed|s|ing)?|halv(?:ed|es|e|ing)|shr[au]nk|"
    r"erased?|bridged?)\s+(?:(?:much|most|part|half|some|all|nearly\s+all)\s+of\s+)?"
    r"(?:the|that|this|their|an|its)\s+(?:age\s+)?$",
    re.IGNORECASE,
)
_GAP_AFTER = re.compile(r"(?:\s+(?:activity|levels?|signal|response))?\s+gap\b",
                        re.IGNORECASE)
_DENIED = re.compile(r"\b(?:not|no|never|failed\s+to)\b|n['’]t\b", re.IGNORECASE)


def closed_gaps(
    s: str, local: list[Mention], exercise_ids: frozenset[str], exercise: object
) -> list[Claim]:
    """"Eight months of rowing narrowed that X gap", "the recruits who took up swimming
    closed most of the X gap": X, lower in the old than in the young, was brought back by
    the exercise the clause names first (induced by it, and preserved by training). Only an
    exercise before the verb, named or written (``exercise``: the lexicon's exercise words)."""
    out: list[Claim] = []
    for x in local:
        if x.kind not in MOLECULAR or not _GAP_AFTER.match(s, x.end):
            continue
        shut = _GAP_SHUT.search(s, max(0, x.start - 50), x.start)
        if shut is None:
            continue
        v = shut.start()
        named = next((m for m in local if m.end <= v and m.entity_id in exercise_ids), None)
        if named is not None:
            ex = Role(named.entity_id, None, named.kind, pos=named.start,
                      vocabularies=named.vocabularies, surface=s[named.start : named.end])
        else:
            written = exercise.search(s, 0, v)  # type: ignore[attr-defined]
            if written is None:
                continue
            ex = Role(None, written.group(), pos=written.start())
        negated = _DENIED.search(s, ex.pos, v) is not None
        mol = Role(x.entity_id, None, x.kind, pos=x.start, vocabularies=x.vocabularies,
                   surface=s[x.start : x.end])
        out += [Claim(mol, "induced_by_exercise", ex, "positive", negated),
                Claim(mol, "preserved_by_training", ex, "positive", negated)]
    return out


#: a gap named back as the subject of its closing: "this gap narrowed", "that age gap had
#: all but closed", "the gap shrank"
_GAP_BACK = re.compile(
    r"\b(?:this|that|the)\s+(?:age\s+)?gap\s+(?:has\s+|had\s+|then\s+|also\s+|largely\s+|"
    r"all\s+but\s+|did\s+not\s+|didn['’]t\s+|never\s+)*"
    r"(?:narrow(?:ed)?|close[ds]?|shr[au]nk|halved|disappeared|vanished)\b",
    re.IGNORECASE,
)


def gap_closed_back(
    s: str, local: list[Mention], prev: list[Claim], exercise_ids: frozenset[str],
    exercise: object,
) -> list[Claim]:
    """"In the old the X response was smaller. After two years of rowing, this gap narrowed":
    the gap is the one the sentence before named (a weaker response in the old, or a lower
    level), and the exercise this sentence names closed it: preserved by training (and, for a
    level, induced by it). No exercise here, no claim; a denied closing is denied."""
    shut = _GAP_BACK.search(s)
    if shut is None:
        return []
    weak = [c.subject for c in prev if c.relation == "not_induced_in_aged" and c.subject.entity_id]
    low = [c.subject for c in prev if c.relation == "declines_with_age" and c.subject.entity_id]
    if not weak and not low:
        return []
    named = next((m for m in local if m.entity_id in exercise_ids), None)
    if named is not None:
        ex = Role(named.entity_id, None, named.kind, pos=named.start,
                  vocabularies=named.vocabularies, surface=s[named.start : named.end])
    elif (written := exercise.search(s)) is not None:  # type: ignore[attr-defined]
        ex = Role(None, written.group(), pos=written.start())
    else:
        return []
    negated = _DENIED.search(s, shut.start(), shut.end()) is not None
    out: list[Claim] = []
    seen: set[str | None] = set()
    for mol, relations in [(m, ("preserved_by_training",)) for m in weak] + [
        (m, ("induced_by_exercise", "preserved_by_training")) for m in low
    ]:
        if mol.entity_id in seen:
            continue
        seen.add(mol.entity_id)
        back = mol._replace(pos=shut.start(), flip=False, negated=False)
        out += [Claim(back, rel, ex, "positive", negated) for rel in relations]
    return out
