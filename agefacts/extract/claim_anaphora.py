"""What a pronoun or a definite phrase stands for ("it", "both", "this protein", "the same
training"): an antecedent in this sentence or in the ``Memory`` of the one before.

Kept apart from the role rules because it is the one place that reads across sentences.
"""

from __future__ import annotations

import re

from agefacts.extract.claim_patterns import (
    _GENE_KINDS,
    _GROUP_LACKING,
    _LIST_AND,
    _LIST_GAP,
    _WORD,
    MOLECULAR,
)
from agefacts.extract.claim_records import Claim, Role, _Prev
from agefacts.extract.claim_state import ReaderState

#: a definite exercise word right before the verb: "the same training", "that programme"
#: ("argue that training keeps X up": a "that" after a verb opens a clause, no demonstrative)
_SAME_EXERCISE = re.compile(
    r"(?:\b[Tt]he\s+same|\b[Tt]his|\bThat|(?<=,\s)that|(?<=\bin\s)that|(?<=\bwith\s)that|"
    r"(?<=\bafter\s)that)\s+(?:[\w-]+\s+)?(?:training|exercise|programme|program|"
    r"regimen|workouts?|intervention|protocol)(?:\s+(?:did|does|do|has|have|had|could|would|"
    r"can|will|may|might|also|still|not|never|then)(?:n['’]t)?\b)*\s*$"
)

#: "in aged rats lacking ": a group without a gene, right before its mention
#: a clause that gives something its name, just before the name: "it is called X"
_NAMED_AS = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:often\s+|also\s+|then\s+|now\s+)?"
    r"(?:called|known\s+as|termed|named)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
#: between that name and a pronoun that starts the next clause: "X, and it"
_CLAUSE_THEN = re.compile(r"[\"”’']?\s*(?:,\s*|;\s*)(?:and\s+|so\s+|but\s+)?(?:then\s+)?",
                          re.IGNORECASE)
#: a group at an extreme of some levels ("walkers with the top readings"): the levels are
#: those of the molecule last named, in this sentence or the one before
_EXTREME_LEVELS = re.compile(r"(?:highest|lowest|top|greatest|largest)\s", re.IGNORECASE)
#: an act done to a molecule, right before its mention ("blocking X", "switching off the X
#: gene"): a later "it" names the act, not the molecule
_ACT_ON = re.compile(
    r"\b(?:blocking|deleting|inhibiting|silencing|removing|suppressing|neutrali[sz]ing|"
    r"knocking\s+(?:out|down)|(?:switching|turning|shutting)\s+off)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


#: a sentence defining its opening pronoun: "It's the sensor that ...", "It is a kinase which"
_IT_DEFINED = re.compile(r"It(?:'s|’s|\s+is|\s+was)\s+(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+"
                         r"(?:that|which)\s")

#: a counted plural anaphor ("those two enzymes") and a quoted one ('these "atrogenes"')
_COUNTED = re.compile(r"(?:these|those)\s+(two|three|four)\b", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4}
_QUOTED_NAME = re.compile(r"these\s+[\"“]", re.IGNORECASE)


def _last_distinct(pool: list[Role], n: int) -> list[Role]:
    """The last ``n`` distinct entities of ``pool`` (in the order named)."""
    out: list[Role] = []
    seen: set[str | None] = set()
    for r in reversed(pool):
        if r.entity_id not in seen:
            seen.add(r.entity_id)
            out.insert(0, r)
        if len(seen) == n:
            break
    return out


#: levels that name no molecule: "hold levels near the juveniles' ones", "their levels"; a
#: group's (session 27, round b): "the aged rats' levels", "the patient's levels"
_BARE_LEVELS = re.compile(
    r"(?:(?:their|its|these|those|the)\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+(?:s['’]|['’]s)\s+)?"
    r"(?:levels?|concentrations?)",
    re.IGNORECASE)

#: what may follow such levels in a written object: where they were brought ("the old
#: hamsters' values back to the juveniles' range")
_LEVELS_RETURN = re.compile(r"\s+back\b", re.IGNORECASE)


def _trailing_list(objects: list[Role]) -> list[Role]:
    """The objects a sentence closed with, as a list ("switches on Y and Z" after "X acts
    through W, which ..."): the last run of objects written close together."""
    placed = sorted({r.pos: r for r in objects if r.pos is not None}.values(), key=lambda r: r.pos)
    run = placed[-1:]
    for r in reversed(placed[:-1]):
        if run[0].pos - r.pos > _LIST_SPAN:
            break
        run.insert(0, r)
    return run if len(run) > 1 else objects


#: the furthest apart two members of a written list start ("Y, Z and W")
_LIST_SPAN = 20


class AnaphoraRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _pronoun_subject(self, lb: int, cue_start: int) -> bool:
        lex = self.lex
        return bool(lex.anaphora_singular.search(self.s, lb, cue_start)
                    or lex.anaphora_plural.search(self.s, lb, cue_start))

    def _same_exercise(self, before: str) -> Role | None:
        """"Rowing lowered X in the young. In the old, the same rowing did not bring it down":
        a definite exercise word ("the same training", "that programme") right before the verb
        is the exercise the sentence before acted with."""
        tail = before[-60:].lower()  # ("that" cuts a clause: the window reaches past it)
        if "same " not in tail and "that " not in tail and "this " not in tail:
            return None
        earlier = self.memory.exercise or next((ex for ex, _ in self.memory.lowered), None)
        if earlier is None or not _SAME_EXERCISE.search(before[-60:]):
            return None
        return earlier

    def _response_back(self, text: str, prev: _Prev) -> list[Role]:
        """"Rowing gave a smaller rise": a bare response noun (no "of"/"in") refers to
        what rose before, in this sentence or the previous one."""
        words = text.split()
        if len(words) != 2 or words[0].lower() not in self.g.degree_adjectives or (
            not self.g.response_words.fullmatch(words[1])
        ):
            return []
        return [r for r in prev.agents if r.molecular and r.entity_id] or [
            r for r in self.memory.last_subjects if r.molecular and r.entity_id
        ]

    def _levels_back(self, text: str, start: int) -> list[Role]:
        """"X falls in the idle old, but people who row keep levels close to those of the
        young": bare "levels" (no "of ...") are the levels of the molecule last named before
        them in this sentence."""
        bare = _BARE_LEVELS.match(text)
        if bare is None or not (bare.end() == len(text) or _LEVELS_RETURN.match(text, bare.end())):
            return []
        before = [m for m in self.cands if m.kind in MOLECULAR and m.end <= start]
        return [self.role(before[-1])._replace(pos=start, flip=False, negated=False)] if (
            before) else []

    def _anaphor(
        self, region: str, offset: int, prev: _Prev, *, object_position: bool = False,
        earlier_end: int | None = None,
    ) -> list[Role]:
        """Resolve "it", "this protein", "both", "they" to the entities they stand for."""
        lex = self.lex
        plural = lex.anaphora_plural.search(region)
        singular = lex.anaphora_singular.search(region)
        # the earlier of the two (the plural one when both start at one place)
        if plural and singular:
            hit = singular if singular.start() < plural.start() else plural
        else:
            hit = plural or singular
        if hit is None:
            return []
        if object_position:
            if hit.group().lower() in self.g.not_object_pronouns and not (
                # (session 28, round a) "stops both from falling": "both" before "from" is
                # the object a loss is kept from
                hit.group().lower() == "both" and self.s.startswith(
                    " from ", offset + hit.end())):
                return []
            lead = [w.lower() for w in _WORD.findall(region[: hit.start()])]
            if any(w not in self.g.before_object_pronoun for w in lead):
                return []
        many = hit is plural
        if not many and (at := offset + hit.start()) > 2 and self.s[:3] in ("It ", "It'", "It’") and (
            hit.group().lower() == "it" and _IT_DEFINED.match(self.s)
        ) and (topic := self._anaphor(self.s[:2], 0, _Prev())):
            # (session 29, round b) "It's the sensor that tunes Z, and the aged kept less of
            # it": the sentence defines its opening "it", and a later "it" is the same thing,
            # not the relative clause's object
            return [r._replace(flip=False, pos=at, negated=False) for r in topic]
        if not many and _EXTREME_LEVELS.match(hit.group()):
            at = offset + hit.start()
            before = [m for m in self.cands if m.kind in MOLECULAR and m.end <= at]
            pool = [self.role(before[-1])] if before else [
                r for r in self.memory.last_subjects + self.memory.molecular if r.entity_id
            ][:1]
            return [r._replace(flip=False, pos=at, negated=False) for r in pool]
        if not many and hit.group()[:4].lower() == "the " and lex.phrases["taken_nouns"].fullmatch(
            hit.group()
        ):  # "In a trial of D, the supplement lowered X": the drug named last, never a molecule
            at = offset + hit.start()
            taken = [self.role(m) for m in self.cands if m.kind == "intervention" and m.end <= at]
            taken = [r for r in taken if not self._is_exercise(r)] or [
                r for r in self.memory.last_subjects
                if r.entity_id and r.kind == "intervention" and not self._is_exercise(r)]
            return [taken[-1]._replace(flip=False, pos=at, negated=False)] if taken else []
        if not many and not object_position and (named := self._just_named(offset + hit.start())):
            return [named._replace(pos=offset + hit.start())]
        if not many and not object_position and prev.agents and any(
            r.molecular and r.entity_id for r in self._passive_subject
        ) and not any(r in self._passive_subject for r in prev.agents):
            # "X is turned on by exercise, and it then activates Y": the subject of
            # the passive clause, not its "by" agent, is what the next clause's "it" is
            return [r._replace(flip=False, pos=offset + hit.start(), negated=False)
                    for r in self._passive_subject if r.molecular and r.entity_id][:1]
        # molecular mentions ending by ``earlier_end`` and starting before the pronoun
        named = [] if earlier_end is None else [
            m for m in self.cands
            if m.kind in MOLECULAR and m.end <= earlier_end and m.start < offset + hit.start()
        ]
        here = [self.role(m) for m in named]
        last = here[-1:]
        if many and len(named) > 1 and _LIST_AND.match(self.s, named[-2].end, named[-1].start):
            # "switches on X and Y, which is why both are ...": the whole list last named
            n = len(named) - 2
            while n and _LIST_GAP.match(self.s, named[n - 1].end, named[n].start):
                n -= 1
            last = here[n:]
        memory = self.memory
        # a written exercise handed on as the next verb's agent is no antecedent: "rowing
        # tripled X, and the enzyme next drew in Y" is about X
        agents = [r for r in prev.agents if r.entity_id or not self._is_exercise(r)]
        objects = prev.objects
        if object_position and prev.agents:
            # (session 32, round b) "swimming lifted X in young rats yet did not lift it in
            # aged ones": the exercise handed on is the verb's subject, so never its object
            # pronoun, grounded or written
            agents = [r for r in agents if not self._is_exercise(r)]
            objects = [r for r in objects if r not in prev.agents or not self._is_exercise(r)]
        if object_position:  # "spikes it": the last object first
            pool = objects or agents or (
                last if many and len(last) > 1 else here[-1:]) or memory.molecular
        else:
            # a plural pronoun after a list named in this sentence stands for the list
            pool = (len(last) > 1 and last) or agents or last or memory.last_subjects
        if many and not object_position and not agents and not here and (
            hit.group().lower() in self.g.personal_plural
        ) and len(memory.last_subjects) == 1 and memory.last_subjects[0].kind == "gene" and not (
            lex.anaphora_plural.search(self.s, 0, offset + hit.start())
        ):
            # "X acts via Y. When they silenced Y, ...": people, not one gene; but "raised
            # these proteins, as they ..." stands for the molecules named before
            return []
        if many and not agents and len(memory.molecular) > len(pool):
            pool = memory.molecular
            if not here and (counted := _COUNTED.match(hit.group())):
                # (session 27) "Those two enzymes ...": the last two the sentence before named
                pool = _last_distinct(pool, _COUNTS[counted.group(1).lower()])
            elif not here and _QUOTED_NAME.match(hit.group()) and memory.objects:
                # 'These "atrogenes" ...': what the sentence before acted on
                pool = memory.objects
            elif not here and len(memory.objects) > 1 and hit.group().lower() in (
                "these", "those"
            ):  # (session 29, round a) "... turns up Y and Z. These then dampen W"
                pool = _trailing_list(memory.objects)
        if pool and not any(r.entity_id for r in pool) and not object_position:
            return []  # the previous subject was not a named entity: "it" is that, unnamed
        # "Running raised X but failed to raise it": an unnamed agent before, so the object
        # pronoun is the last molecule named in this sentence
        pool = [r for r in pool if r.entity_id] or (here[-1:] if object_position else []) or [
            r for r in memory.molecular if r.entity_id
        ]
        pool = [r for r in pool if r.kind in _GENE_KINDS] or pool
        if not many and not any(r.molecular for r in pool) and lex.phrases[
            "molecule_nouns"
        ].search(hit.group()):  # "exercise raised X, and the enzyme then ...": a noun that
            # names a molecule stands for one, not for a grounded exercise or condition
            at = offset + hit.start()
            before = [m for m in self.cands if m.kind in MOLECULAR and m.end <= at]
            pool = [self.role(before[-1])] if before else [
                r for r in memory.molecular if r.entity_id][-1:]
        if not pool:
            return []
        if not many:
            pool = [r for r in pool if r.pos == pool[0].pos] if pool[0].entity_id else pool[:1]
        flip = bool(lex.flips_before.search(region[: hit.start()])) != bool(
            lex.phrases["lost_referent"].fullmatch(hit.group())
        )  # "reverse this loss": less of what fell
        if many and len(pool) == 1 and pool[0].flip and not flip and pool[0] in agents + here and (
            pool[0].pos is not None
            and _GROUP_LACKING.search(self.s, max(0, pool[0].pos - 80), pool[0].pos)
        ):  # "mice lacking X ... they did not improve": a plural pronoun for one lost entity
            flip = True  # stands for the group lacking it, so the loss carries over
        elif many and not flip and len(pool) == 1 and pool[0].kind == "gene" and (
            pool[0] in agents and hit.group().lower() in self.g.personal_plural
        ):  # "an X-blocking antibody enlarged the muscles of frail people, but they could
            return []  # not climb faster": "they" are people, not the one gene acted on
        if not many and not flip and len(pool) == 1 and pool[0].flip and pool[0] in agents and (
            hit.group().lower() == "it" and pool[0].pos is not None
            and _ACT_ON.search(self.s, max(0, pool[0].pos - 40), pool[0].pos)
        ):  # "blocking X raised Y, but it failed to improve Z": "it" is the blocking
            flip = True
        return [r._replace(flip=flip, pos=offset + hit.start(), negated=False) for r in pool]

    def _just_named(self, at: int) -> Role | None:
        """"When it spreads it is called sepsis, and it makes shock more likely": a subject
        "it" after a clause that names something ("is called X", "is known as X") is X."""
        s = self.s
        if " called " not in s and " known as " not in s and " termed " not in s:
            return None
        named = [m for m in self.cands if m.end <= at and _NAMED_AS.search(s, 0, m.start)]
        if not named or not _CLAUSE_THEN.fullmatch(s, named[-1].end, at):
            return None
        return self.role(named[-1])

    def _referents(self, claims: list[Claim]) -> list[Role]:
        """The grounded objects a later pronoun may refer to: not the age a decline is with."""
        aging = self.aging.entity_id if self.aging is not None else None
        return [c.obj for c in claims if c.obj.entity_id and c.obj.entity_id != aging]
