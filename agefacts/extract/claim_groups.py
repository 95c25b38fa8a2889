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
from agefacts.extract.claim_records import Claim, Mention, Role, _pairs, _unary
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

_THAN = re.compile(r"\bthan\s")
_CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:and|but|while|whereas)\s")
_AGE_WORD = re.compile(r"\b(?:young|younger|youth|old|older|aged|elderly|age|years?|months?)\b",
                       re.IGNORECASE)

_GROUP_IN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in|among)\s", re.IGNORECASE)

_DOWN_CHANGES = ("drop", "fall", "decline", "reduction", "decrease", "loss")

#: a group set apart by what it was given, right before the treatment's mention: "old mice
#: given ", "rats fed a diet rich in ", "volunteers treated with a nightly dose of "
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

    def _than_plain_group(self) -> bool:
        """Is every group after "than" named by neither an exercise, an age nor a molecule
        ("... than hearts from the rats in standard cages")? A group named by its exercise
        and compared with such a group is set apart by that exercise, as against "sedentary
        mice" (session 27, round b); "... than the young runners" compares something else."""
        s = self.s
        found = False
        for m in _THAN.finditer(s):
            end = _CLAUSE_END.search(s, m.end())
            stop = end.start() if end else len(s)
            if any(m.end() <= a < stop for cat in ("training", "exercise", "age")
                   for a, _, _ in self.hits[cat]) or any(
                    m.end() <= c.start < stop for c in self.cands) or _AGE_WORD.search(
                    s, m.end(), stop):
                return False
            found = True
        return found

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
        less = m.group("deg").lower() in ("least", "smallest", "fewest", "worst")
        polarity = "negative" if down != less else "positive"
        last = max(r.pos for r in changed)
        subject = next(r for r in changed if r.pos == last)._replace(flip=False, negated=False)
        kept = [c for c in claims if not any(
            side.entity_id is None and side.text and (
                m.start() <= side.pos < m.end() or side.text in m.group())
            for side in (c.subject, c.obj))]
        outcome = Role(None, text, pos=m.start("out"))
        for c in self.cands:  # (session 33, round a) "did best on a recall test": the named
            # condition the test measures is the outcome
            if m.start("out") <= c.start and c.end <= m.end("out") and (
                c.kind not in MOLECULAR and c.kind != "intervention"
            ) and c.entity_id:
                outcome = self.role(c)
                break
        return [*kept, Claim(subject, "associated_with", outcome, polarity, False)]

    def _extreme_group_outcome(self, claims: list[Claim], m: re.Match[str]) -> list[Claim]:
        """(session 36, round c) "the third with the top X climbed stairs quickest", "adults with
        the least X fall more and live shorter": the group at an extreme of X, whose outcome is a
        verb or an adjective of degree, ties X to that outcome (a named outcome inside the
        words where there is one, else the measure the verb tells: walking speed, mortality).
        The outcome's words are no side of any other claim."""
        w0, w1 = m.span("what")
        subject = next((self.role(c) for c in self.cands if w0 <= c.start and c.end <= w1
                        and c.kind in MOLECULAR and c.entity_id), None)
        if subject is None:
            return claims
        high = m.group("deg").lower() not in ("lowest", "least", "fewest")
        out: list[Claim] = []
        spans: list[tuple[int, int]] = []
        stop = _CLAUSE_STOP.search(self.s, m.end())
        for o in _EXTREME_OUTCOME.finditer(self.s, m.end("what"),
                                           stop.start() if stop else len(self.s)):
            o0, o1 = o.span()
            spans.append((o0, o1))
            named = next((c for c in self.cands if o0 <= c.start and c.end <= o1
                          and c.kind not in MOLECULAR and c.kind != "intervention"
                          and c.entity_id), None)
            word = (o.group("verb") or o.group("adj") or "").lower()
            measure = next((v for k, v in _OUTCOME_MEASURES if word.startswith(k)), None)
            if named is not None:
                outcome = self.role(named)
            elif measure is not None:
                outcome = Role(None, measure, pos=o0)
            else:
                continue
            adv = (o.group("adv") or "").lower()
            up = not any(w in adv for w in ("slow", "least"))
            out.append(Claim(subject._replace(flip=False, negated=False), "associated_with",
                             outcome, "positive" if up == high else "negative", False))
        if not out:
            return claims
        kept = [c for c in claims if not any(
            side.pos is not None and any(a <= side.pos < b for a, b in spans)
            for side in (c.subject, c.obj))]
        have = {(c.subject.key, c.obj.key) for c in kept}
        return kept + [c for c in out if (c.subject.key, c.obj.key) not in have]

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


#: (session 36, round c) a group at an extreme of a molecule, then what it did or was:
#: "the third with the top X climbed stairs quickest", "the adults with the least X rose from
#: a chair more slowly", "women with the lowest X fall more and live shorter"
_EXTREME_GROUP_DOES = re.compile(
    r"\b(?:those|the\s+ones|people|persons|participants|volunteers|subjects|patients|adults|"
    r"women|men|individuals)\s+with\s+the\s+(?P<deg>highest|lowest|most|least|greatest|"
    r"largest|top)\s+(?P<what>[^,;.]{1,60}?)\s+(?:also\s+)?(?=(?:walked|walk|ran|run|died|die|"
    r"were|are)\s)(?:[^,;.]{0,80}?(?:fastest|faster|quickest|quicker|slowest|slower|slowly|"
    r"sooner|earlier|frailer))(?![\w-])",
    re.IGNORECASE,
)
#: one outcome in that group's clause: "walked most slowly", "die sooner", "are frailer"
_EXTREME_OUTCOME = re.compile(
    r"\b(?:(?P<verb>walked|walk|ran|run|died|die)\s+(?P<adv>(?:(?:much|far|the)\s+)?"
    r"(?:most\s+|more\s+)?(?:fastest|faster|quickest|quicker|slowest|slower|slowly|sooner|"
    r"earlier))|(?:were|are)\s+(?:(?:much|far)\s+)?(?P<adj>frailer))(?![\w-])",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[,;.]")
#: the measure such an outcome tells, by its word's start
_OUTCOME_MEASURES = (("walk", "walking speed"), ("ran", "running speed"),
                     ("run", "running speed"), ("die", "mortality"), ("frail", "frailty"))


def extreme_group_does(sentence: str) -> bool:
    """(session 36, round c) Does a group at an extreme of something say what it did or was
    ("the third with the top X climbed stairs quickest")? Read even where no relation cue is."""
    return " with the " in sentence and _EXTREME_GROUP_DOES.search(sentence) is not None


# ---------------------------------------------------------------- treated groups (session 26)

#: what a text says was done to a group, right after the treatment's mention: "D, our new
#: drug, was given to old mice", "X was injected into aged rats"
_GIVEN_TO = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:\s*,[^,;.]{0,60},)?\s+(?:was|were)\s+(?:then\s+|also\s+)?"
    r"(?:given|fed|injected|administered|delivered)\s+(?:daily\s+)?(?:to|into)\s",
    re.IGNORECASE,
)
#: a gene added to a group's cells, right before its mention: "spare copies of the X gene"
_EXTRA_COPIES = re.compile(r"\b(?:extra|additional)\s+cop(?:y|ies)\s+of\s+(?:the\s+)?$",
                           re.IGNORECASE)
_TREATMENT_WORDS = (" given ", " fed ", "treated with", "injected", "copies of",
                    "administered", "dosed with", "received")
#: a group named back by its treatment: "the treated mice", "Treated animals", "the D-fed
#: rats", "those animals" (read only when the sentence before named a treatment)
_TREATED_GROUP = re.compile(
    r"\b(?:(?:[Tt]he\s+)?(?:[Tt]reated|[\w-]+-(?:fed|treated|injected))|[Tt]hose|[Tt]hese)\s+"
    r"(?:(?:old|older|aged|young|elderly|female|male)\s+)?"
    r"(?:mice|rats|animals|volunteers|participants|patients|people|worms|flies|fish)\b"
)
_NOT = re.compile(r"\b(?:not|no|never|neither|nor)\b|n['’]t\b", re.IGNORECASE)
_UP = ("farther", "further", "longer", "larger", "bigger", "stronger", "faster", "more",
       "higher", "greater", "heavier", "gained", "increased", "improved", "rose")
#: an outcome compared in figures, with no verb cue: "swam 25 percent longer in a tank",
#: "their fibres were about 9 percent thicker", "lifted twice as much"
_FIGURE_CHANGE = re.compile(
    r"(?P<lead>(?:\b(?:their|its|the)\s+(?:[a-z][\w-]*\s+){0,3}?)?)(?P<verb>[a-z]+)\s+"
    r"(?:(?:about|roughly|nearly|almost|some|around|over|up\s+to)\s+)?"
    r"\d[\d.,]*\s*(?:percent|per\s+cent|%|-fold|times)\s+"
    r"(?P<cmp>farther|further|longer|larger|bigger|stronger|faster|more|higher|greater|"
    r"heavier|less|lower|smaller|weaker|slower|shorter|fewer)\b"
    r"(?P<rest>(?:\s+(?!than\b|compared\b|relative\b|and\b)[\w-]+){0,5})",
)
#: "gained 8% in leg power and 11% in walking speed": each figure's outcome after "in"
_GAIN_IN = re.compile(
    r"\b(?P<verb>gained|lost|increased|improved|rose|fell|dropped)\s+(?P<list>"
    r"(?:(?:about|roughly|nearly|some)\s+)?\d[\d.,]*\s*(?:percent|per\s+cent|%)\s+in\s+[^;.]*)",
)
_IN_FIGURE = re.compile(
    r"\d[\d.,]*\s*(?:percent|per\s+cent|%)\s+in\s+(?P<what>[a-z][\w-]*(?:\s+(?!and\b|or\b|"
    r"compared\b|than\b|over\b|after\b|relative\b|with\b)[a-z][\w-]*){0,3})"
)
_COPULAS = frozenset({"was", "were", "is", "are", "grew", "became"})
#: the group had more of a molecule: "had more X", "showed higher levels of X"
_HAD_MORE = re.compile(
    r"\b(?:had|has|have|showed|show|carried|made|produced)\s+(?:(?:much|far|significantly)\s+)?"
    r"(?P<cmp>more|less|higher|lower|fewer|greater|reduced|increased)\s+"
    r"(?:(?:levels?|amounts?|activity)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def named_treatment(s: str, local: list[Mention], exercise_ids: frozenset[str]) -> Role | None:
    """The treatment a sentence says a group was given ("old mice given D", "D was given to
    old mice", "spare copies of the X gene"), which a later "the treated mice" names back.
    An exercise is no treatment here: a trained group keeps its own readings."""
    if not any(w in s for w in _TREATMENT_WORDS):
        return None
    for m in local:
        if m.kind in CONTEXT_KINDS or m.entity_id in exercise_ids:
            continue
        if _GIVEN_GROUP.search(s, max(0, m.start - 80), m.start) or _GIVEN_TO.match(
            s, m.end
        ) or _EXTRA_COPIES.search(s, max(0, m.start - 40), m.start):
            return Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                        surface=s[m.start : m.end])
    return None


def treated_group(s: str) -> int | None:
    """Where a group named by its treatment ("the treated mice") ends, if the sentence has one."""
    if "reated " not in s and "-fed " not in s and "hose " not in s and "hese " not in s:
        return None
    m = _TREATED_GROUP.search(s)
    return m.end() if m else None


def treated_outcomes(
    s: str, start: int, treatment: Role, local: list[Mention]
) -> list[Claim]:
    """What a group given ``treatment`` showed after ``start`` (the group's words), compared
    in figures or by having more of a molecule: "the treated mice swam 25 percent longer"
    (the treatment increases the running), "their fibres were 18 percent larger", "gained 12%
    in grip strength", "also had more X" (the treatment increases X). A denied outcome ("did
    not run farther") is left alone."""
    tr = treatment._replace(pos=treatment.pos if treatment.pos >= 0 else 0, flip=False,
                            negated=False)
    out: list[Claim] = []
    for m in _FIGURE_CHANGE.finditer(s, start):
        if _NOT.search(s, start, m.start("verb")):
            continue
        verb, cmp = m.group("verb"), m.group("cmp")
        lead = m.group("lead").strip()
        words = ([lead] if verb in _COPULAS else [verb]) + [cmp, m.group("rest").strip()]
        text = " ".join(w for w in words if w)
        for det in ("their ", "its ", "the "):
            text = text.removeprefix(det)
        polarity = "positive" if cmp in _UP else "negative"
        # "had 30 percent more X": the molecule named in the comparison is the outcome
        named = next((x for x in local if x.kind in MOLECULAR and m.start("rest") <= x.start
                      and x.end <= m.end("rest") and x.entity_id != treatment.entity_id), None)
        obj = Role(None, text, pos=m.start("verb")) if named is None else Role(
            named.entity_id, None, named.kind, pos=named.start, vocabularies=named.vocabularies,
            surface=s[named.start : named.end])
        out.append(Claim(tr, "increases" if polarity == "positive" else "decreases", obj,
                         polarity, False))
    for g in _GAIN_IN.finditer(s, start):
        if _NOT.search(s, start, g.start()):
            continue
        polarity = "positive" if g.group("verb") in _UP else "negative"
        for f in _IN_FIGURE.finditer(s, g.start("list"), g.end("list")):
            out.append(Claim(tr, "increases" if polarity == "positive" else "decreases",
                             Role(None, f.group("what"), pos=f.start("what")), polarity, False))
    for x in local:
        if x.start < start or x.kind not in MOLECULAR or x.entity_id == treatment.entity_id:
            continue
        had = _HAD_MORE.search(s, max(start, x.start - 60), x.start)
        if had is None or _NOT.search(s, start, had.start()):
            continue
        polarity = "positive" if had.group("cmp").lower() in (
            "more", "higher", "greater", "increased") else "negative"
        obj = Role(x.entity_id, None, x.kind, pos=x.start, vocabularies=x.vocabularies,
                   surface=s[x.start : x.end])
        out.append(Claim(tr, "increases" if polarity == "positive" else "decreases", obj,
                         polarity, False))
    return out


#: an active group that has a molecule's levels, right before the molecule: "active older
#: adults tend to have ", "lifelong rowers in their eighties had muscle " (not "sedentary")
_ACTIVE_GROUP_HAS = re.compile(
    r"\b(?:(?:physically\s+)?active|trained|fit|exercising|lifelong)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:adults|people|men|women|volunteers|participants|[\w-]*year-olds|individuals|seniors|"
    r"mice|rats|athletes|exercisers|runners|cyclists|rowers|swimmers|walkers)"
    r"(?:\s+in\s+their\s+[\w-]+)?(?:\s*,\s*[\w-]+\s*,)?\s+"
    r"(?:(?:tend|tended|seem|seemed|appear|appeared)\s+to\s+)?(?:have|has|had|keep|kept|carry|"
    r"carried|maintain|maintained)\s+(?:(?:muscle|blood|plasma|serum|circulating)\s+)?$",
    re.IGNORECASE,
)
_LEVELS_AFTER = re.compile(r"\s+(?:levels?|concentrations?|activity|expression)\s+",
                           re.IGNORECASE)


def active_group_young_levels(s: str, local: list[Mention], young: object) -> list[Claim]:
    """"Fit older adults usually have X levels similar to those of people decades
    younger": an exercising group that holds young levels of X says training keeps X up (and
    exercise raises it; docs/claims_labelling.md "Restores, ... back to young levels"). The
    group must be named as active before its verb; "sedentary" or no young level, no claim."""
    out: list[Claim] = []
    for x in local:
        if x.kind not in MOLECULAR or (lv := _LEVELS_AFTER.match(s, x.end)) is None:
            continue
        group = _ACTIVE_GROUP_HAS.search(s, max(0, x.start - 120), x.start)
        if group is None or "sedentary" in group.group().lower() or (
            young.match(s, lv.end()) is None  # type: ignore[attr-defined]
        ):
            continue
        mol = Role(x.entity_id, None, x.kind, pos=x.start, vocabularies=x.vocabularies,
                   surface=s[x.start : x.end])
        out += [Claim(mol, "preserved_by_training", Role(None, None), "positive", False),
                Claim(mol, "induced_by_exercise", Role(None, None), "positive", False)]
    return out


# ---------------------------------------------------------------- young levels (session 27)

#: where the clause of a young-level phrase opens: a semicolon, colon or dash, or a comma and
#: a conjunction ("..., yet after the programme their values were ...")
_CLAUSE_OPEN = re.compile(
    r"[;:\u2014\u2013]|,\s*(?:and|but|while|whereas|yet)\s|\b(?:but|whereas)\s", re.IGNORECASE
)
#: a return or a rise in the clause: the level was brought back, so the exercise raised it too
_RETURN_WORDS = re.compile(
    r"\b(?:back|return\w*|restor\w*|rescu\w*|recover\w*|brought|bring\w*|rose|risen|climb\w*|"
    r"increas\w*|raised?)\b", re.IGNORECASE)
#: a programme's end as the time of the level: "following fourteen weeks of ...", "by the end of
#: the six-month programme" ("rowers who trained for six weeks had X levels close to the
#: young's" describes a group: kept, not raised)
_AFTER_PROGRAMME = re.compile(
    r"\b(?:after|following|by\s+the\s+end\s+of|at\s+the\s+end\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:weeks?|months?|wk)\b", re.IGNORECASE)
#: a level named back: "it sat again inside the youthful range", "their values were ...", "kept
#: levels close to the young's" (not "glucose levels": another thing's)
_NAMED_BACK = re.compile(
    r"\b(?:it|its|they|their|them|both)\b|(?:^|[,;:]|\b(?:the|these|those|keeps?|kept|keeping|"
    r"had|has|have|brought|bring|brings|restored|with))\s*(?:levels?|values?)\b", re.IGNORECASE)
#: the words a young-level phrase ends with (``young_levels``)
_YOUNG_WORD = re.compile(r"[Yy]oung|[Yy]outh|students|year-olds?|their (?:te|tw|th|[123]0s)")
#: a treatment other than exercise, a knockout, or a level brought back down (lowered)
_NOT_TRAINING = re.compile(
    r"\b(?:given|fed|treated|injected|injections?|dosed?|drugs?|pills?|supplements?|"
    r"supplementation|inhibitors?|antibody|antibodies|infusions?|delet\w*|knock\w*|lacking|"
    r"block\w*|silenc\w*)\b|\bback\s+down\b",
    re.IGNORECASE,
)
#: a multiple before "as much ... as": "just a quarter as much in the aged as in juveniles"
_TIMES_BEFORE = re.compile(r"(?:half|twice|thirds?|quarters?|times|fold|%|percent)\s+$",
                           re.IGNORECASE)
#: the old group measured for its lack of exercise (the young one may be: "back to the
#: levels of inactive 35-year-olds")
_UNTRAINED = re.compile(r"\b(?<!previously\s)(?<!formerly\s)(?:sedentary|inactive|untrained)\b",
                        re.IGNORECASE)
#: a molecule's response to a bout, not its level: "X response after one bout was as strong
#: as in the young"
_AFTER_BOUT = re.compile(
    r"\s+(?:(?:activity|levels?|expression|response|signal)\s+)?(?:after|following|during|"
    r"in\s+response\s+to)\s+(?:a|an|the|each|one|every|single)\s", re.IGNORECASE)


def young_level_claims(
    s: str, local: list[Mention], claims: list[Claim], referents: list[Role],
    recent_exercise: Role | None, near: bool, exercise_ids: frozenset[str], lex: object,
) -> list[Claim]:
    """"Following fourteen weeks of rowing their values matched the juvenile
    cohort's", "Among veteran swimmers, X was no lower than among pupils fifty years
    younger", "it sat again inside the youthful range": a level in the old at the young's, with
    exercise, is kept by the training (docs/claims_labelling.md, "Restores, rescues, back to
    young levels"); brought back (a return, or a programme of weeks or months), it is also
    raised by the exercise. The molecule is the one the clause names, else the one named
    earlier in the sentence or the sentence before ("their levels"). The exercise is the one
    the sentence names, else the one the document named last; a drug, a supplement or a
    sedentary group in the sentence, no claim. Only what the cue reader did not already say."""
    if not (referents or any(x.kind in MOLECULAR for x in local)):
        return []  # nothing is named that could be at the young's
    # the cue reader read the return ("cycling brought X back to young levels"): only a young
    # level in a later clause is left ("had as much X as the apprentices, and their Y was no
    # weaker than the young women's", session 35, round a)
    kept = max((c.subject.pos for c in claims if c.relation == "preserved_by_training"),
               default=None)
    # every phrase ends with a young word: each is searched for in a window closed by one
    phrase = lex.phrases["young_levels"]  # type: ignore[attr-defined]
    young = None
    for word in _YOUNG_WORD.finditer(s):
        lo, hi = max(0, word.start() - 160), word.end() + 12
        if kept is not None:
            later = [o.end() for o in _CLAUSE_OPEN.finditer(s, kept, word.start())]
            if not later:
                continue
            lo = max(lo, later[-1])
        if _levels_compared(s[lo:hi]) and (young := phrase.search(s, lo, hi)):
            break
    if young is None or _NOT_TRAINING.search(s) or _TIMES_BEFORE.search(
        s, max(0, young.start() - 12), young.start()
    ):  # ("lifted X a quarter as much in the aged as in juveniles": a weaker response)
        return []
    if young.group()[:10].lower() == "as much as" and _CHANGED_AS_MUCH.search(
        s, max(0, young.start() - 60), young.start()
    ):  # (session 29, round a) "cut it in aged hamsters as much as in juveniles": a change
        return []  # as large in the old, no level kept at the young's
    exercise_words, other = lex.contexts["exercise"], lex.contexts["not_exercise"]  # type: ignore[attr-defined]
    if any(
        m.kind == "intervention" and m.entity_id not in exercise_ids
        and not _has_exercise(exercise_words, s[m.start : m.end]) for m in local
    ) or other.search(s):
        return []  # "following five weeks of cold baths": no exercise's doing
    at, end = young.start(), young.end()
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(s, 0, at)]
    start = opens[-1] if opens else 0
    if _UNTRAINED.search(s, start, at):
        return []
    mols = [_role(s, x) for x in local if x.kind in MOLECULAR and start <= x.start < end
            and not _AFTER_BOUT.match(s, x.end)]
    if not mols:
        back = _NAMED_BACK.search(s, start, end)
        if back is None:
            return []
        before = [x for x in local if x.kind in MOLECULAR and x.start < start]
        named = [r for r in referents if r.kind in _GENE_KINDS] or referents
        mols = [_role(s, before[-1])] if before else [
            r._replace(pos=back.start(), flip=False, negated=False) for r in named]
    if not mols:
        return []
    # the exercise: one the sentence grounds, else the last exercise or training words before
    # the level ("a study we did with keen gardeners": the gardeners)
    last = next((m for m in reversed(local) if m.kind == "intervention" and m.start < at), None)
    if last is not None:  # (session 35, round a) the longest name holding it ("lifelong
        # swimming" over the "swimming" inside it)
        last = max((m for m in local if m.kind == "intervention" and m.start <= last.start
                    and last.end <= m.end), key=lambda m: m.end - m.start)
    exercise = _role(s, last) if last is not None else None
    if exercise is None:
        hits = [h for words in (exercise_words, lex.contexts["training"])  # type: ignore[attr-defined]
                for h in words.finditer(s, 0, at)]
        if hits:
            hit = max(hits, key=lambda h: h.start())
            exercise = Role(None, hit.group(), pos=hit.start())
    if exercise is None and recent_exercise is not None and (
        near or (_AFTER_PROGRAMME.search(s, start, at) and _RETURN_WORDS.search(s, start, end))
    ):  # "After seven months of sprints, it sat again inside the youthful range": the programme
        # the document is about (named a few sentences before, or any time for a return after
        # one), left unsaid as the sentence leaves it (the labelling guide's optional context)
        exercise = Role(None, None)
    if exercise is None:
        return []
    # the clause's own stretch: from the comma before its first molecule ("In a trial we
    # cite a lot, tendon biopsies ... held as much X as ...": no return of X)
    first = min((r.pos for r in mols if r.pos >= start), default=at)
    own = max(start, s.rfind(",", start, first) + 1)
    negated = _NOT.search(s, own, at) is not None
    said = {(c.subject.key, c.relation) for c in claims}
    said |= {(c.subject.key, r) for c in claims if c.relation == "not_induced_in_aged"
             for r in ("preserved_by_training", "induced_by_exercise")}
    relations = ["preserved_by_training"]
    if (_RETURN_WORDS.search(s, own, end) or _AFTER_PROGRAMME.search(s, start, at)) and not (
        " down " in s and _DOWN_TO.search(s, own, end)
    ):  # (session 29, round a) "never took X down towards youthful values": a return from above,
        # no rise with training
        relations.append("induced_by_exercise")
    return [c for rel in relations for c in _unary(mols, rel, exercise, negated)
            if (c.subject.key, rel) not in said]


_CHANGED_AS_MUCH = re.compile(
    r"\b(?:lowered|lowers|lower|cut|cuts|reduced|reduces|decreased|decreases|raised|raises|"
    r"increased|increases|lifted|lifts|boosted|boosts)\b[^,;:]{0,50}$", re.IGNORECASE)
_DOWN_TO = re.compile(r"\b(?:back\s+)?down\s+(?:to|towards?)\b", re.IGNORECASE)


def _levels_compared(window: str) -> bool:
    """A word every young-level phrase holds besides its young group (a cheap test before
    the phrase search): "levels", "range", "similar", "the same", "as much", "back", "no"."""
    return ("level" in window or "value" in window or "range" in window or "same" in window
            or "ndistinguishable" in window or "different" in window or "imilar" in window
            or "omparable" in window or "close" in window or "qual" in window
            or "dentical" in window or "as m" in window or "as h" in window or "back" in window
            or "no " in window or "like" in window or "within" in window)


def _has_exercise(words: object, surface: str) -> bool:
    return words.search(surface) is not None  # type: ignore[attr-defined]


def _role(s: str, m: Mention) -> Role:
    return Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                surface=s[m.start : m.end])


# ------------------------------------------------- a gain largest where X rose most (session 27)

#: "the rise in swimming time was larger in the rats whose X had climbed most", "the
#: improvement in Y was largest in those whose X rose most": the gain goes with X's rise
_GAIN_WHOSE = re.compile(
    r"\bthe\s+(?:gains?|rise|increase|improvement|improvements|change)\s+in\s+(?P<out>[^,;:.]+?)\s+"
    r"(?:was|were)\s+(?:also\s+)?(?:greater|greatest|larger|largest|bigger|biggest)\s+(?:in|among)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?whose\s+(?P<x>[^,;:.]+?)\s+(?:had\s+|has\s+)?"
    r"(?P<verb>risen|rose|increased|climbed|gone\s+up|went\s+up|fallen|fell|dropped|declined)\s+"
    r"(?:the\s+)?most\b",
    re.IGNORECASE,
)
_FALLS = ("fallen", "fell", "dropped", "declined")


def gain_where_most(s: str, local: list[Mention], claims: list[Claim]) -> list[Claim]:
    """A gain in an outcome largest in the group whose molecule rose most: the molecule
    ``associated_with`` the outcome (positive; negative when the molecule fell most)."""
    m = _GAIN_WHOSE.search(s)
    if m is None:
        return []
    named = [x for x in local if x.kind in MOLECULAR and m.start("x") <= x.start
             and x.end <= m.end("x")]
    out_text = m.group("out").strip()
    if not named or not out_text:
        return []
    said = {(c.subject.key, c.relation) for c in claims}
    polarity = "negative" if m.group("verb").lower() in _FALLS else "positive"
    obj = Role(None, out_text, pos=m.start("out"))
    return [Claim(_role(s, x), "associated_with", obj, polarity, False) for x in named
            if (x.entity_id, "associated_with") not in said]
