"""The conditions of a change: the disease or setting it happens in ("during disuse", "in heart
failure") and the interventions or experiments that brought it about ("after a drug", "when
the gene was deleted").
"""

from __future__ import annotations

import re
from itertools import pairwise

from agefacts.extract.claim_patterns import MOLECULAR
from agefacts.extract.claim_records import Claim, Mention, Role
from agefacts.extract.claim_state import ReaderState

#: an experiment clause opening the sentence: "When we overexpressed", "After they deleted"
_CLAUSE_PUNCT = re.compile(r"[,;:()]")
#: a group named after these is the comparison ("fell by 1%, against 3% in the D group")
_COMPARED = re.compile(r"\b(?:compared|than|versus|vs|against|whereas|while|relative)\b",
                       re.IGNORECASE)
_MANIPULATION_VERBS = (
    r"(overexpressed|over-expressed|boosted|deleted|knocked\s+out|silenced|removed|blocked|"
    # (session 27, round b) "When the lab restored X in aged rats, or blocked Y with a compound"
    r"restored|inhibited|suppressed|knocked\s+down)\s+"
)
_MANIPULATION = re.compile(
    r"\s*(?:when|after|once|if)\s+(?:we|they|(?:(?:the|her|his|their|our)\s+)?(?:researchers|team|"
    r"authors|scientists|investigators|lab))\s+" + _MANIPULATION_VERBS,
    re.IGNORECASE,
)
#: a second experiment in the same opening clause: "..., and silenced Y with an siRNA,"
_SECOND_MANIPULATION = re.compile(r",?\s*(?:or|and)\s+" + _MANIPULATION_VERBS, re.IGNORECASE)
_RAISING_VERBS = frozenset({"overexpressed", "over-expressed", "boosted", "restored"})

# "X climbs in heart failure", "X rises sharply in people with diabetes"
_IN_CONDITION = re.compile(
    r"\s+(?:also\s+|\w+ly\s+)?in\s+(?:(?:people|patients|adults|those)\s+with\s+)?",
    re.IGNORECASE,
)
#: a "when" clause right after the clause's bound: "X rises steeply when a joint is immobilised"
_TRAILING_WHEN = re.compile(r"\s*when\s+", re.IGNORECASE)
#: (session 28, round b) a body part named by its disuse, opening the sentence: "In the
#: splinted leg, X rose", "In immobilised muscle, X climbed steeply" (the part word is the
#: intervention's mention, checked by the caller)
_DISUSED_PART = re.compile(
    r"\W*(?:In|Within)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?P<part>[\w-]+)\s+(?:legs?|limbs?|"
    r"muscles?|arms?|calf|calves|thighs?|knees?|tissue|fibres|fibers|side)\b", re.IGNORECASE)
#: a group told by what happened to a part of it, right after an agentless change: "rises in
#: people whose leg was immobilised", "climbs in mice whose tail is suspended"
_WHOSE_GROUP = re.compile(
    r"\s*(?:\w+ly\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:people|persons|patients|volunteers|"
    r"adults|men|women|participants|subjects|mice|rats|animals|dogs)\s+whose\s", re.IGNORECASE)
#: the longest written disuse adjunct read as an agent ("a knee is kept still in a cast")
_DISUSE_WORDS = 8
_CONDITION_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:in\s+)?", re.IGNORECASE)
#: (session 33, round b) a cell cut off from its nerve: "denervated cells", "cells that undergo
#: denervation", "once a cell loses its motor nerve", "lost their nerve contacts"
_DENERVATED = re.compile(
    r"\bdenervat\w*|\b(?:lost|loses|lose|losing)\s+(?:contact\s+with\s+)?(?:its|their|the)\s+"
    r"(?:motor\s+)?nerve(?:\s+(?:supply|contacts?|connections?))?\b", re.IGNORECASE)
#: what marks such a fibre (verbs only): it re-expresses, switches on or displays a molecule,
#: the molecule reappears or piles up there ("X, a protease that accumulates in denervated
#: tissue", "Denervated cells turn on X", "X and Y, each reappearing once a cell
#: loses its motor nerve"; not "X re-expression, suggestive of denervation")
_DENERVATION_MARK = re.compile(
    r"\b(?:re-?express(?:es|ed|ing)?|reappear(?:s|ed|ing)?|switch(?:es|ed)?\s+on|"
    r"turn(?:s|ed)?\s+on|display(?:s|ed|ing)?|pil(?:es|ed|ing)\s+up|accumulat(?:es|ed|ing)|"
    r"build(?:s)?\s+up)\b", re.IGNORECASE)
#: molecules listed together ("X and Y", "X, Y and Z")
_JOINED = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*$", re.IGNORECASE)
#: the fibres go on marking in a clause of their own: "..., and they display Y"
_GOES_ON_MARKING = re.compile(
    r"\band\s+(?:they|it|these\s+fib(?:re|er)s)\s+(?:also\s+)?(?:re-?express\w*|switch(?:es)?\s+on|"
    r"turn(?:s)?\s+on|display\w*|show\w*|carry|carries)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
#: a clause of its own between a molecule and the fibre: another verb's subject
_OWN_CLAUSE = re.compile(r"[;:]|\b(?:but|whereas|while|although)\b", re.IGNORECASE)


class ConditionRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _adjunct_spans(
        self, words: frozenset[str], cue_end: int, right_end: int
    ) -> list[tuple[int, int]]:
        """The adjuncts of the clause opened by one of ``words``, after the cue or opening
        the sentence."""
        s, spans = self.s, []
        fronted = self.fronted_end
        for a, b, _ in self.hits["adjuncts"]:
            if " ".join(s[a:b].lower().split()) not in words:
                continue
            if cue_end <= a < right_end:
                spans.append((b, right_end))
            elif 0 < fronted < cue_end and a < fronted:
                spans.append((b, fronted))
            elif a < cue_end and _after_colon(s, a) and (
                comma := s.find(",", b, cue_end)
            ) > 0:  # (session 27) "This effect is amplified: after two weeks in a cast,
                # X climbed": an adjunct opening the clause after a colon
                spans.append((b, comma))
        return spans

    def _setting_conditions(self, cue_end: int, right_end: int) -> list[Role]:
        """Conditions (not age itself) in a "during" adjunct of the clause: "X activity rises
        during disuse" goes with disuse."""
        if not self.hits["adjuncts"]:
            return []
        spans = self._adjunct_spans(self.g.setting_adjuncts, cue_end, right_end)
        aging = self.aging.entity_id if self.aging else None
        return [self.role(m) for m in self.cands
                if m.kind == "condition" and m.entity_id != aging
                and any(lo <= m.start and m.end <= hi for lo, hi in spans)][:1]

    def _conditions_in(self, cue_end: int, right_end: int) -> list[Role]:
        """Conditions listed right after an intransitive change and "in": "X climbs in heart
        failure and in diabetes" goes with each (not "in muscle", "in old mice")."""
        m = _IN_CONDITION.match(self.s, cue_end, right_end)
        if m is None:
            return []
        aging = self.aging.entity_id if self.aging else None
        out, pos = [], m.end()
        for c in sorted(self.cands, key=lambda c: c.start):
            if c.start < pos or c.end > right_end:
                continue
            if c.start != pos or c.kind != "condition" or c.entity_id == aging:
                break
            out.append(self.role(c))
            join = _CONDITION_JOIN.match(self.s, c.end, right_end)
            if join is None:
                break
            pos = join.end()
        return out

    def _adjunct_agents(self, lb: int, cue_end: int, right_end: int) -> list[Role]:
        """Non-exercise interventions in an "after"/"following" adjunct of the clause (after
        the cue, or opening the sentence): what brought an agentless change about."""
        spans = self._adjunct_spans(self.g.agent_adjuncts, cue_end, right_end)
        return self._interventions_in(spans)[:1] or self._treated_group(cue_end, right_end)

    def _disuse_agents(self, cue_end: int, right_end: int) -> list[Role]:
        """The intervention, or written disuse state, in a "during"/"within"/"when" adjunct
        of an agentless change: "During bed rest, X climbs", "X rises steeply when a limb is
        immobilised", "When a knee is kept still, X is switched on" (docs/claims_labelling.md,
        "Disuse")."""
        s = self.s
        if " whose " in s and (group := _WHOSE_GROUP.match(s, cue_end)) and (
            own := self._interventions_in([(group.end(), right_end)], own_clause=True)[:1]
        ):  # (session 32, round a) "X goes up in patients whose arm has been held in a
            # sling": the group's own disuse, not a scene the sentence opened with
            return own
        spans = self._adjunct_spans(self.g.disuse_adjuncts, cue_end, right_end)
        if not spans and (when := _TRAILING_WHEN.match(s, right_end)):
            # "X and Y rise steeply when a joint is immobilised, ...": past the clause's bound
            stop = _CLAUSE_PUNCT.search(s, when.end())
            spans = [(when.end(), stop.start() if stop else len(s))]
        if not spans and s[:6].lstrip()[:2] in ("In", "Wi") and (
            part := _DISUSED_PART.match(s)
        ) and part.end() < cue_end:
            spans = [part.span("part")]
            self._from_scene = True
        if not spans:
            return []
        return self._interventions_in(spans, own_clause=True)[:1] or self._written_disuse(spans)

    def _interventions_in(self, spans: list[tuple[int, int]], own_clause: bool = False
                          ) -> list[Role]:
        """The non-exercise interventions inside ``spans`` (with ``own_clause``, none after a
        molecule in its span)."""
        s, out = self.s, []
        for m in self.interventions:
            if any(lo <= m.start and m.end <= hi
                   and not (own_clause and self._molecule_between(lo, m.start))
                   for lo, hi in spans):
                role = Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                            surface=s[m.start : m.end])
                if not self._is_exercise(role):
                    out.append(role)
        return out

    def _molecule_between(self, lo: int, hi: int) -> bool:
        """A molecule in the adjunct before its intervention makes the adjunct its own clause:
        "when X signalling sags (starvation, disuse), Y ..." names X's drop, not the fasting."""
        return any(lo <= c.start < hi and c.kind in MOLECULAR for c in self.cands)

    def _written_disuse(self, spans: list[tuple[int, int]]) -> list[Role]:
        """A disuse state written in an agent adjunct with no grounded intervention: the
        adjunct's words, up to its first punctuation ("a knee is kept still", "bed rest").
        An adjunct holding any grounded entity is left to it: a disuse grounded as a
        condition is a setting ("X rises during disuse": `_setting_conditions`)."""
        s, disuse = self.s, self.lex.phrases["disuse_states"]
        for lo, hi in spans:
            stop = _CLAUSE_PUNCT.search(s, lo, hi)
            hi = stop.start() if stop else hi
            words = s[lo:hi].strip().rstrip(".!?").strip()
            if (words and len(words.split()) <= _DISUSE_WORDS and disuse.search(words)
                    and not any(lo <= c.start < hi for c in self.cands)):
                return [Role(None, words, "intervention")]
        return []

    def _treated_group(self, cue_end: int, right_end: int) -> list[Role]:
        """"X rose by a quarter in the D group", "X fell in those who received D": the group a
        change is reported in was treated with D, which brought it about (an exercise group
        is the exercise readers' job; a group after "compared with", "than", "versus" is the
        comparison, not where the change was)."""
        s, phrases = self.s, self.lex.phrases
        # (the clause may end at "who": "in those who received D" runs to the next comma)
        stop = _CLAUSE_PUNCT.search(s, right_end)
        stop_at = stop.start() if stop else len(s)
        for m in self.interventions:
            if not cue_end < m.start < stop_at:
                continue
            before = phrases["treated_group_before"].search(s, max(cue_end, m.start - 70), m.start)
            if before is None or _COMPARED.search(s, cue_end, before.start()) or (
                before.group().rstrip().lower().endswith(" the")
                and not phrases["treated_group_after"].match(s, m.end + 1)
            ):
                continue
            role = self.role(m)
            if not self._is_exercise(role):
                return [role]
        return []

    def _manipulated(self, cue_start: int) -> tuple[list[Role], int] | None:
        """The molecules a sentence-opening experiment clause changed ("When we overexpressed
        X in old mice, ...", "After they deleted X, ..."), and the clause's comma, for a change
        after that comma; a removal flips them ("deleting X, Y fell": X keeps Y up)."""
        s = self.s
        if s[:2].lower() not in ("wh", "af", "on", "if") or not (
            opener := _MANIPULATION.match(s)
        ):
            return None
        comma = s.find(",", opener.end())
        if comma < 0 or cue_start < comma:
            return None
        removed = opener.group(1).lower() not in _RAISING_VERBS
        made = [self.role(m)._replace(flip=removed) for m in self.cands
                if opener.end() <= m.start and m.end <= comma and m.kind in MOLECULAR]
        if made and (second := _SECOND_MANIPULATION.match(s, comma)) and (
            (end := s.find(",", second.end())) > 0 and end < cue_start
        ):  # "When they restored X, or blocked Y with a compound, ...": both experiments
            removed = second.group(1).lower() not in _RAISING_VERBS
            made += [self.role(m)._replace(flip=removed) for m in self.cands
                     if second.end() <= m.start and m.end <= end and m.kind in MOLECULAR]
            comma = end
        return (made, comma) if made else None


    def _denervation_markers(self, claims: list[Claim]) -> list[Claim]:
        """(session 33, round b) A molecule that marks a fibre without its nerve is associated
        with denervation (docs/claims_labelling.md: "X is a sign of denervation"): "X, a
        protease that accumulates in denervated tissue, turns on Y" (X, not Y), "Denervated
        cells turn on X" (no change made by the fibres: an association). The side is the
        denervation mention where one is grounded, else written. Gated by the caller on
        "nerv" in the sentence."""
        s = self.s
        molecules = sorted((m for m in self.cands if m.kind in MOLECULAR), key=lambda m: m.start)
        if not molecules:
            return claims
        marked: list[tuple[Mention, tuple[int, int]]] = []
        for d in _DENERVATED.finditer(s):
            # before the fibre: the molecule nearest it with a mark between, and the ones
            # coordinated with it ("X and Y, each reappearing once ...")
            before = [m for m in molecules if m.end <= d.start() and d.start() - m.end <= 120]
            if before:
                gap = s[before[-1].end : d.start()]
                if _DENERVATION_MARK.search(gap) and not _OWN_CLAUSE.search(gap):
                    chain = [before[-1]]
                    for m in reversed(before[:-1]):
                        between = s[m.end : chain[-1].start]
                        if _DENERVATION_MARK.search(between) or _OWN_CLAUSE.search(between) or (
                            len(between) > 60) or any(
                                m.end <= v < chain[-1].start for v in self.verb_starts):
                            break
                        chain.append(m)
                    marked += [(m, d.span()) for m in chain]
            # after it: the fibre as the subject of a marking verb ("Denervated cells turn on
            # X"), in its own clause (no comma between: "..., switches on Y" is another subject)
            after = [m for m in molecules if m.start >= d.end()]
            if after:
                lead = s[d.end() : after[0].start]
                mark = _DENERVATION_MARK.search(lead)
                if mark and not re.search(r"[,;:]", lead[: mark.start()]) and len(lead) <= 80:
                    marked.append((after[0], d.span()))
                    # "... re-express X, the gene for ..., and they display Y", "switch on X and Y"
                    for prev, m in pairwise(after):
                        between = s[prev.end : m.start]
                        if not (_JOINED.match(between) or _GOES_ON_MARKING.search(between)) or (
                                _OWN_CLAUSE.search(between)):
                            break
                        marked.append((m, d.span()))
        if not marked:
            return claims
        out = list(claims)
        seen = {(c.subject.key, c.obj.key) for c in claims if c.relation == "associated_with"}
        for m, (a, b) in marked:
            side = next((self.role(c) for c in self.all_mentions if c.kind == "condition"
                         and c.start < b and a < c.end), None) or Role(None, "denervation")
            mol = self.role(m)
            # the fibre or its condition as an agent of the marker is the same link
            out = [c for c in out if not (c.obj.key == mol.key and c.relation in
                                          ("increases", "activates") and (
                                              c.subject.key == side.key or (
                                                  not c.subject.entity_id and c.subject.text
                                                  and _DENERVATED.search(c.subject.text))))]
            if (mol.key, side.key) not in seen and (side.key, mol.key) not in seen:
                seen.add((mol.key, side.key))
                out.append(Claim(mol, "associated_with", side, "positive", False))
        return out


def _after_colon(s: str, a: int) -> bool:
    """Does the clause at ``a`` open right after a colon or a semicolon?"""
    before = s[:a].rstrip()
    return before[-1:] in (":", ";")


def marks_denervation(sentence: str) -> bool:
    """(session 33, round b) A fibre without its nerve and a mark of it: "Denervated fibres
    switch on X" has no relation cue of its own to open the sentence for reading."""
    return "nerv" in sentence and _DENERVATED.search(sentence) is not None and (
        _DENERVATION_MARK.search(sentence) is not None)

