"""Study groups and cell populations: claims read from who was compared (a trained or an
exercising group against sedentary peers, a group lacking a gene, the largest responders) and
from counts of cells bearing a marker.
"""

from __future__ import annotations

import re

from agefacts.extract.claim_patterns import (
    _GENE_KINDS,
    _GROUP_LACKING,
    _MARKED_CELLS,
    _OUTCOME_END,
    _RELATIVE,
    _WITH_AGE,
    CONTEXT_KINDS,
    MOLECULAR,
)
from agefacts.extract.claim_records import Claim, Role, _pairs, _unary
from agefacts.extract.claim_state import ReaderState
from agefacts.extract.cues import search_end

# "adults who have more X": X describes the group (the verb is inside the description)
_WHO_HAVE = re.compile(
    r"\s+who\s+(?:have|has|had|carry|carried|show|showed)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)

_PEOPLE = (r"(?:participants|people|persons|patients|adults|men|women|individuals|volunteers|"
           r"subjects|mice|rats|animals|ones|peers|controls|athletes|residents)")
#: a level compared across groups set apart by a trait: "higher in diabetic than in
#: non-diabetic patients", "lower in people with X (than in those without)"; the trait is the object
_GROUP_TRAIT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:in|among)\s+(?:the\s+)?(?:(?P<adj>[a-z][a-z-]+)\s+than\s+(?:in|among)\s+"
    r"(?:the\s+)?(?:non-?\s?(?P=adj)|[a-z][a-z-]+)\s+" + _PEOPLE
    + r"|" + _PEOPLE + r"\s+with\s+(?P<trait>[a-z][\w -]{2,40}?))"
    r"\s*(?=(?:than|in|of|from|at)\b|[,;.]|$)",
)

_DENIED_BEFORE = re.compile(r"(?:\b(?:not|no|never)\b|n[’']t\b)[^,;]*$", re.IGNORECASE)

#: between a lost gene and the relative pronoun of its group: "X-null mice that", "X that"
#: (after "mice lacking"), "X knockout rats, which"
_GROUP_BEFORE_RELATIVE = re.compile(
    r"(?:[\s-]*(?:heterozygous|null|deficient|knockout|knock-out|-/-|\+/-))?\s*"
    r"(?:(?:mice|rats|animals|worms|flies|fish)\s*)?,?\s*(?:which|that|who)\s*$",
    re.IGNORECASE,
)

_GROUP_IN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in|among)\s", re.IGNORECASE)

_DOWN_CHANGES = ("drop", "fall", "decline", "reduction", "decrease", "loss")

#: a group set apart by what it was given, right before the treatment's mention: "old mice
#: given ", "rats fed a diet rich in ", "volunteers treated with a daily dose of "
_GIVEN_GROUP = re.compile(
    r"\b(?:" + _PEOPLE[3:-1] + r"|cells|myotubes|worms|flies|fish|group|arm)\s+(?:that\s+|who\s+)?"
    r"(?:were\s+|had\s+been\s+)?(?:given|fed|treated\s+with|receiving|received|injected\s+with|"
    r"dosed\s+with)\s+(?:[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)


class GroupRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _trained_group(self, c: Claim) -> Claim:
        """"Mice given running wheels had more X than sedentary mice": a group set apart by
        its exercise, compared with untrained peers, has X induced by that exercise."""
        if c.relation != "associated_with" or c.polarity != "positive" or not (
            c.obj.molecular and self._is_exercise(c.subject)
        ):
            return c
        return Claim(c.obj, "induced_by_exercise", c.subject, "positive", c.negated)

    def _given_group(self, pos: int | None) -> bool:
        """Is the mention at ``pos`` what a group was given ("old mice given X", "rats fed X")?"""
        return pos is not None and _GIVEN_GROUP.search(self.s, max(0, pos - 80), pos) is not None

    def _given_treatment(self, c: Claim) -> Claim:
        """"Old mice given X had more Y than untreated mice": a group set apart by a treatment
        it was given, compared by an outcome, says the treatment raised (or lowered) Y, not that
        X merely goes with Y. Exercise keeps its own reading (``_trained_group``)."""
        sub = c.subject
        if c.relation != "associated_with" or not sub.entity_id or sub.flip or (
            not self._given_group(sub.pos)
        ) or self._is_exercise(sub) or (
            # an age the group was compared by is no outcome of the treatment
            self.aging is not None and c.obj.entity_id == self.aging.entity_id
        ):
            return c
        relation = "increases" if c.polarity == "positive" else "decreases"
        return Claim(sub, relation, c.obj, c.polarity, c.negated)

    def _exercising_group(self, c: Claim) -> list[Claim]:
        """"Pensioners who rowed each morning lifted their X": the group is named by its exercise,
        so X is induced by that exercise (and preserved by it when brought back to young
        levels), not raised by the written activity as an agent."""
        sub = c.subject
        if c.relation not in ("increases", "activates") or sub.entity_id or sub.pos is None or (
            not c.obj.molecular or self.s[max(0, sub.pos - 4) : sub.pos].lower() != "who "
        ) or not self._is_exercise(sub):
            return [c]
        out = [Claim(c.obj, "induced_by_exercise", sub, "positive", c.negated)]
        if self.lex.phrases["young_levels"].search(self.s, c.obj.pos or 0):
            out.append(Claim(c.obj, "preserved_by_training", sub, "positive", c.negated))
        return out

    def _marked_cells(self, claims: list[Claim]) -> list[Claim]:
        """"With age, tendons hold fewer X-positive cells": the cells bearing marker X grow
        fewer with age, so X declines with age ("more X-positive nuclei as we age": X is
        associated with age). Only a marker the clause names and no age claim about it yet."""
        age = _WITH_AGE.search(self.s)
        if age is None:
            return []
        told = {c.subject.entity_id for c in claims
                if c.relation in ("declines_with_age", "associated_with")}
        out: list[Claim] = []
        for m in _MARKED_CELLS.finditer(self.s):
            if _DENIED_BEFORE.search(self.s, max(0, m.start() - 24), m.start()):
                continue  # "did not have fewer X-positive cells"
            k0, k1 = m.span("marker")
            marker = next((c for c in self.cands if c.start == k0 and c.end >= k1
                           and c.kind in MOLECULAR and c.entity_id not in told), None)
            if marker is None:
                continue
            role = Role(marker.entity_id, None, marker.kind, pos=marker.start,
                        vocabularies=marker.vocabularies,
                        surface=self.s[marker.start : marker.end])
            written = Role(None, age.group(0))
            if m.group("change").lower() == "fewer":
                out += _unary([role], "declines_with_age", self.aging or written, False)
            else:
                out += _pairs([role], "associated_with", [self.aging or written], "positive",
                              False)
        return out

    def _group_trait(self, cue_end: int, right_end: int) -> Role | None:
        """The trait that sets a compared group apart, right after "higher"/"lower": "in frail
        than in non-frail adults" (frail), "in people with X" (X, named or written)."""
        m = _GROUP_TRAIT.match(self.s, cue_end, right_end)
        if m is None:
            return None
        if m.group("adj"):
            return Role(None, m.group("adj"), pos=m.start("adj"))
        t0, t1 = m.span("trait")
        named = next((c for c in self.cands if t0 <= c.start and c.end <= t1
                      and c.kind not in CONTEXT_KINDS), None)
        if named is not None:
            return self.role(named)
        text = self.phrase(m.group("trait"), leading=False)
        return Role(None, text, pos=t0) if text else None

    def _lost_in_group(self, end: int, right_end: int) -> list[Role]:
        """The gene a compared group lacks, right after a change: "higher in mice lacking X",
        "more abundant in aged rats without X"."""
        for m in self.cands:
            if end < m.start and m.end <= right_end and m.kind in _GENE_KINDS and (
                _GROUP_LACKING.search(self.s, max(end, m.start - 80), m.start)
            ) and _GROUP_IN.match(self.s, end):
                role = self.role(m)
                return [role] if role.flip else []
        return []

    def _group_by_change(self, claims: list[Claim], m: re.Match[str]) -> list[Claim]:
        """"Training lowered X, and those with the largest drop gained the most Y", "X fell,
        and the drop was biggest in those who built the most Y": the size of X's change goes
        with the outcome (X associated with Y; a larger drop with more Y is negative). The
        clause's words are no side of any other claim."""
        changed = [r for c in claims for r in (c.subject, c.obj)
                   if r.molecular and r.entity_id and 0 <= r.pos < m.start()]
        if not changed:
            return claims
        text = self.phrase(_OUTCOME_END.split(m.group("out"))[0], leading=False)
        if not text:
            return claims
        down = m.group("change").lower().startswith(_DOWN_CHANGES)
        less = m.group("deg").lower() in ("least", "smallest", "fewest")
        polarity = "negative" if down != less else "positive"
        last = max(r.pos for r in changed)
        subject = next(r for r in changed if r.pos == last)._replace(flip=False, negated=False)
        kept = [c for c in claims if not any(
            side.entity_id is None and side.text and (
                m.start() <= side.pos < m.end() or side.text in m.group())
            for side in (c.subject, c.obj))]
        outcome = Role(None, text, pos=m.start("out"))
        return [*kept, Claim(subject, "associated_with", outcome, polarity, False)]

    def _lacking_group_head(self, lb: int) -> list[Role]:
        """The lost molecule naming a group that heads the relative clause ending at ``lb``:
        "X-null mice that ran", "mice lacking X, which swam" (the group lacks X)."""
        if not _RELATIVE.search(self.s, max(0, lb - 12), lb):
            return []
        roles = [self.role(m) for m in self.cands if m.end <= lb and m.kind in MOLECULAR
                 and _GROUP_BEFORE_RELATIVE.match(self.s, m.end, lb)]
        return [r for r in roles if r.flip]

    def _group_with(self, pos: int) -> bool:
        """Is the mention at ``pos`` what characterises a group ("people with high X",
        "mice with more X")? Then the group, not X, did what the verb says."""
        return search_end(self.g.group_with, self.s[max(0, pos - 60) : pos], 6) is not None

    def _group_who_has(self, pos: int) -> bool:
        """Is the mention at ``pos`` what a group is said to have ("adults who have more X")?"""
        tail = self.s[max(0, pos - 80) : pos]
        who = search_end(_WHO_HAVE, tail, 5)
        return who is not None and self.g.group_before.search(tail, 0, who.start()) is not None
