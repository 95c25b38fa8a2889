"""Knockouts and losses: what a molecule is ``required_for``, read from what goes missing without
it (a benefit lost, a phenotype changed, a listed need).
"""

from __future__ import annotations

import re

from agefacts.extract.claim_patterns import (
    _FRONTED_LOSS,
    _GROUP_LACKING,
    _OUTCOME_END,
    _TAKE_AWAY,
    MOLECULAR,
)
from agefacts.extract.claim_records import Claim, Mention, Role, _Cue, _pairs
from agefacts.extract.claim_state import ReaderState

#: what is gone under that loss: "the benefit vanished", "Y were lost", "no Y" ("No X, no
#: Y."); not "Y no longer rose": the labels read that as a denied rise (Y's claim)
_LOSS_RESULT = re.compile(
    r"(?:\s+(?:in|from)\s+[^,;:]{1,30}?(?=,))?,?\s+(?:(?P<what>[^,;:]+?)\s+(?:(?:simply|just|largely|completely|all\s+but)\s+)?"
    r"(?:vanish(?:es|ed)?|disappear(?:s|ed)?|(?:is|are|was|were)\s+(?:gone|lost|abolished|"
    r"wiped\s+out|absent)|(?P<apart>fall(?:s)?\s+apart|fell\s+apart|break(?:s)?\s+down|"
    r"broke\s+down|stop(?:s|ped)?\s+working|collapse(?:s|d)?|wither(?:s|ed)?))"
    # "Y cannot heal (properly)": an intransitive capacity denied, Y to heal
    r"|(?P<who>[^,;:]+?)\s+(?:cannot|can\s*not|can['’]t|could\s+not|couldn['’]t|(?:is|are|was|"
    r"were)\s+unable\s+to|fail(?:s|ed)?\s+to)\s+(?P<can>[a-z]+)(?:\s+(?:at\s+all|properly|"
    r"fully|normally|again|efficiently))?"
    # "Without X, no Y forms (at all)": nothing comes into being
    r"|no\s+(?P<none>[^,;:.]+?)\s+(?:forms?|formed|develops?|developed|grows?|grew|appears?|"
    r"appeared|survives?|survived)(?:\s+at\s+all)?|no\s+(?P<no>[^,;:.]+?))"
    r"\s*(?:[,;:.!]|$)",
    re.IGNORECASE,
)

_ARTICLE = re.compile(r"(?:the\s+|a\s+|an\s+|that\s+|this\s+|its\s+)?", re.IGNORECASE)

#: ... joined to a loss: "and the benefit vanishes", "and Y no longer rises"
_GONE = re.compile(
    r"(?:\s+(?:away|out|off))?,?\s+and\s+(?P<what>[^,;:]+?)\s+(?:(?:simply|just|largely|"
    r"completely|all\s+but)\s+)?(?:vanish(?:es|ed)?|disappear(?:s|ed)?|(?:is|are|was|were)\s+"
    r"(?:gone|lost|abolished|wiped\s+out)|go(?:es)?\s+away|no\s+longer\s+\w+)\b",
    re.IGNORECASE,
)

#: "mice bred without ", "rats engineered to lack ": a group made to lack a gene
_BRED_LACKING = re.compile(
    r"\b(?:bred|engineered|born|made|created|raised)\s+(?:to\s+lack|without|lacking)\s+"
    r"(?:the\s+|a\s+)?(?:(?:working|functional|functioning)\s+)?(?:gene\s+for\s+)?$",
    re.IGNORECASE,
)
#: (session 36, round a) a group given more of a gene: "flies engineered to produce extra X",
#: "rats with extra X", "mice that overexpress X": X does what the group did (no flip)
_GROUP_GAINING = re.compile(
    r"\b(?:mice|rats|animals|worms|flies|fish)\s+(?:that\s+|which\s+)?(?:(?:were\s+)?(?:bred|"
    r"engineered|made|modified)\s+to\s+(?:make|produce|carry|express|overexpress)\s+(?:extra|more)"
    r"|(?:with|given|carrying|making|producing)\s+extra|over-?express(?:ing|es|ed)?"
    r"|(?:make|made|produce|produced)\s+extra)\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: "X knockout mice", "X-null rats": a group named by the gene it lacks
_KNOCKOUT_GROUP = re.compile(
    r"[\s-]*(?:knockout|knock-out|null|deficient|-/-)\s+(?:[\w-]+\s+)?"
    r"(?:mice|rats|animals|worms|flies|fish)\b",
    re.IGNORECASE,
)

#: the gap between two listed items, or an appositive closed by a comma before the next one
_NEXT_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$|^\s*,.*,\s*(?:and\s+|or\s+)?$",
                        re.IGNORECASE | re.DOTALL)

#: "almost double the normal ", "some 20% more ": the size of an outcome, and "sooner than
#: ...", "than the controls": its comparison, no part of what changed
_SIZE_WORDS = re.compile(
    r"^(?:(?:about|roughly|around|nearly|almost|some|much|far|a|an|quarter|third|half|twice|"
    r"double|the|usual|normal|unusually|more|shorter|longer|larger|bigger|heavier|smaller|"
    r"fewer|less)(?:\s+|$))+",
    re.IGNORECASE,
)
_COMPARISON_TAIL = re.compile(r"\s*\b(?:faster|quicker|sooner|than)\b.*$", re.IGNORECASE | re.DOTALL)

#: a sentence opened by a condition not yet closed: "When they deleted X from the fibres"
_FRONTED_CONDITION = re.compile(r"^\W*(?:when|if|once|after)\b[^,;:]*$", re.IGNORECASE)
#: a manipulation that removes what it names ("blocked X", "X was deleted")
_REMOVAL = re.compile(
    r"\b(?:block|blocks|blocked|blocking|delete|deleted|deleting|remove|removed|removing|"
    r"knock(?:ed)?\s+out|knocked\s+down|silenced|inhibited)\b", re.IGNORECASE,
)
#: (session 36, round b) a removal told after the outcome: "... if X had been silenced"
_WHEN_REMOVED = re.compile(
    r"\b(?:when|once|if)\s+(?P<what>[^,;.]{1,60}?)\s+(?:gene\s+)?(?:was|were|had\s+been|"
    r"has\s+been|is|are)\s+(?:knocked\s+(?:out|down)|deleted|removed|silenced|switched\s+off)\b",
    re.IGNORECASE,
)
#: "improved their stamina at all": the emphasis is no part of the outcome
_AT_ALL = re.compile(r"\s+at\s+all\b.*$", re.IGNORECASE | re.DOTALL)
_NO_OBJECT = re.compile(r"^\s*(?:no|nothing\s+in)\s+", re.IGNORECASE)

#: "no A and no B": two outcomes gained nothing of
_AND_NO = re.compile(r",?\s+(?:and|or|nor)\s+no\s+", re.IGNORECASE)
#: "improvement in Y", "gain in Y": the outcome is Y
_GAIN_IN = re.compile(
    r"^\s*(?:improvements?|gains?|increases?|rises?|change|changes)\s+in\s+(?=\S)", re.IGNORECASE
)


#: a phenotype verb that names its own outcome, by its first three letters: "mice lacking X age
#: prematurely" (ageing), "regenerated poorly" (regeneration), "became weak" (strength)
_FIXED_OUTCOME = {"age": "ageing", "reg": "regeneration", "hea": "healing", "rec": "recovery",
                  "liv": "lifespan"}
#: (session 36, round a) "have thin, weak leg bones": the organ whose size is small
_SMALL_ORGAN = re.compile(
    r"\s+(?:(?:unusually|very|much|noticeably)\s+)?(?:small|smaller|tiny|thin|thinner|weak|weaker|"
    r"wasted|puny)(?:\s*,\s*|\s+and\s+|\s+)(?:(?:small|smaller|tiny|thin|thinner|weak|weaker|"
    r"wasted|puny)\s+)?(?:skeletal\s+)?(?P<organ>(?:muscle\s+)?fib(?:re|er)s?|muscles?)\b",
    re.IGNORECASE,
)
_PLURAL_S = re.compile(r"s$")
#: (session 36, round a) the organ that grew, right before "grew": "muscles grew larger"
_GROWN_ORGAN = re.compile(
    r"(?:\b(?:the|their|its)\s+)?\b(?P<organ>(?:muscle\s+)?fib(?:re|er)s|muscles?|hearts?)\s+$",
    re.IGNORECASE,
)
#: "grew weak", "became frail": the outcome is strength (after any verb of becoming)
_WEAK = re.compile(r"\s+(?:\w+ly\s+)?(?:weak|weaker|frail|frailer|feeble)\b", re.IGNORECASE)


class LossRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _needed_list(self, claims: list[Claim], m: re.Match[str]) -> list[Claim]:
        """"The junction needs three enzymes to stay stable: X, a kinase ..., and Y": each listed
        molecule is `required_for` the whole that needs it. Items are the molecule right after
        the colon and those after a list gap or a comma-closed appositive ("X, a protein that
        binds Z, and Y": Z, inside the aside, is not listed)."""
        s = self.s
        if any(c.start < m.end("whole") and c.end > m.start("whole") for c in self.cands):
            return []  # a molecule that needs others works through them: not this reading
        items: list[Mention] = []
        last = m.end()
        for c in sorted(self.cands, key=lambda c: c.start):
            if c.start < m.end() or c.kind not in MOLECULAR:
                continue
            if (c.start == m.end() and not items) or (items and _NEXT_ITEM.search(s[last : c.start])):
                items.append(c)
                last = c.end
            elif not items:
                break
        told = {(c.subject.entity_id, c.relation) for c in claims}
        whole = Role(None, m.group("whole"), pos=m.start("whole"))
        negated = m.group("denied") is not None
        return _pairs([self.role(c) for c in items if (c.entity_id, "required_for") not in told],
                      "required_for", [whole], "positive", negated)

    def _works_through_lost(self, agent: list[Role]) -> list[Claim]:
        """"When they knocked Y down, X no longer raised Z": X's effect needed Y, so X depends on
        Y. Only for a condition that opens the sentence and removes a molecular entity."""
        acting = [a for a in agent if a.molecular and a.entity_id and not a.flip and a.pos]
        if not acting:
            return []
        comma = self.s.rfind(",", 0, min(a.pos for a in acting))
        condition = self.s[:comma]
        if comma < 0 or not _FRONTED_CONDITION.match(condition) or not _REMOVAL.search(condition):
            return []
        lost = [self.role(m)._replace(flip=False) for m in self.cands
                if m.end <= comma and m.kind in MOLECULAR and m.entity_id]
        return [Claim(a, "depends_on", b, "positive", False) for a in acting for b in lost
                if a.entity_id != b.entity_id]

    def _lost_under_exercise(self, agent: list[Role], undergoer: list[Role]) -> list[Claim]:
        """"When they deleted X, rowing no longer improved Y", "In mice lacking X, training
        did not raise Y": the exercise's benefit needs X, so X is ``required_for`` Y (the
        denied rise is not the exercise's claim). Only for an exercise agent after an opening
        clause that removes a molecule, and an outcome that is no molecule."""
        if agent and undergoer and all(
            a.pos is not None and self._is_exercise(a) for a in agent
        ) and (trailing := self._removed_after(agent, undergoer)):
            return trailing
        if not agent or not undergoer or any(u.molecular for u in undergoer) or not all(
            a.pos is not None and a.pos > 0 and self._is_exercise(a) for a in agent
        ):
            return []
        comma = self.s.rfind(",", 0, min(a.pos for a in agent))
        if comma < 0:
            return []
        opening = self.s[:comma]
        lost = [self.role(m)._replace(flip=False) for m in self.cands
                if m.end <= comma and m.kind in MOLECULAR and m.entity_id and (
                    _GROUP_LACKING.search(opening, max(0, m.start - 80), m.start)
                    or (_FRONTED_CONDITION.match(opening) and _REMOVAL.search(opening))
                )]
        outcomes = [u._replace(text=_AT_ALL.sub("", u.text)) if u.text else u for u in undergoer]
        return [Claim(x, "required_for", u, "positive", False) for x in lost for u in outcomes]

    def _removed_after(self, agent: list[Role], undergoer: list[Role]) -> list[Claim]:
        """(session 36, round b) "In worms, cold water did not extend lifespan if the X gene was
        silenced", "... once X was deleted": the removal told after the denied benefit; X is
        ``required_for`` the outcome named before it (as with the removal told first)."""
        start = max(a.pos for a in agent)
        if " when " not in self.s and " once " not in self.s and " if " not in self.s:
            return []
        cut = _WHEN_REMOVED.search(self.s, start)
        if cut is None:
            return []
        lost = [self.role(m)._replace(flip=False) for m in self.cands
                if cut.start("what") <= m.start and m.end <= cut.end("what")
                and m.kind in MOLECULAR and m.entity_id]
        before = [u for u in undergoer if u.pos is not None and start < u.pos < cut.start()]
        if not lost or not before or any(u.molecular for u in before):
            return []
        outcomes = [u._replace(text=_AT_ALL.sub("", u.text)) if u.text else u for u in before]
        return [Claim(x, "required_for", u, "positive", False) for x in lost for u in outcomes]

    def _removed_within(self, cue_end: int, agent: list[Role], molecular: list[Role]
                        ) -> list[Claim]:
        """(session 36, round c) The removal told after a denied benefit whose clause the
        reader did not cut ("... once the X gene was deleted"): every molecule read as the
        verb's undergoer lies inside it, and the words between the verb and the removal are
        the outcome X is ``required_for``."""
        cut = _WHEN_REMOVED.search(self.s, cue_end)
        if cut is None or not molecular or not all(
            u.pos is not None and cut.start("what") <= u.pos < cut.end("what") for u in molecular
        ):
            return []
        text = self.phrase(self.s[cue_end : cut.start()], leading=False)
        if not text:
            return []
        return self._removed_after(agent, [Role(None, text, pos=cue_end + 1)])

    def _abolished_induction(
        self, cue: _Cue, agent: list[Role], undergoer: list[Role]
    ) -> list[Claim]:
        """"Deletion of X abolished the increase in Y": a lost entity whose loss removes a rise
        of Y is required for it (the rise itself is read from its own nominal cue); so is one
        whose loss abolishes a process outright."""
        lost = [a._replace(flip=False) for a in agent if a.flip and a.entity_id]
        if lost and undergoer and (
            self.lex.phrases["abolish"].match(cue.text)
            or self.lex.phrases["held_down"].match(self.s, cue.start)
        ):
            # "deletion of X abolishes regeneration": removing X removes Y, so Y needs X
            return [Claim(a, "required_for", u, "positive", False) for a in lost
                    for u in undergoer if a.entity_id != u.entity_id]
        targets = [u for u in undergoer if u.entity_id and u.molecular]
        if not lost or not targets:
            return []
        first = min(u.pos for u in targets)
        if not any(
            c.info.frame == "nominal" and c.info.family == "up" and cue.end <= c.start < first
            for c in self.cues
        ):
            return []
        return [Claim(a, "required_for", u, "positive", False) for a in lost for u in targets
                if a.entity_id != u.entity_id]

    def _phenotype(
        self, cue: _Cue, agent: list[Role], undergoer: list[Role], negated: bool
    ) -> list[Claim]:
        """A knockout's outcome ("rats without X grew almost double the normal fibre size",
        "worms bred without X lost more body mass"): X does the opposite of what its lack did. Only for a
        group lacking a gene; any other group's growth or running says nothing."""
        # "die" has no object: the group lacking X is read as its undergoer
        dying = cue.info.relation == "required_for"
        fixed = ("strength" if _WEAK.match(self.s, cue.end)
                 else _FIXED_OUTCOME.get(cue.text[:3].lower()))
        if cue.text[:2].lower() == "ha" and (small := _SMALL_ORGAN.match(self.s, cue.end)):
            # (session 36, round a) "have small, weak fibres": the size of what they have
            fixed = f"{_PLURAL_S.sub('', small.group('organ').lower())} size"
        # ("age at great speed" reads as intransitive: the group is then its undergoer)
        lost = [a for a in (agent + undergoer if dying or fixed else agent)
                if a.flip and a.molecular and a.pos is not None and (
            _GROUP_LACKING.search(self.s, max(0, a.pos - 80), a.pos)
            or _BRED_LACKING.search(self.s, max(0, a.pos - 80), a.pos)
            or _KNOCKOUT_GROUP.match(self.s, a.pos + len(a.surface or ""))
        )]
        if dying:  # "rats bred without X die young": X is needed to live
            return lost and _pairs(lost, "required_for", [Role(None, "survival", None, pos=cue.start)],
                          "positive", negated)
        if not lost and ("xtra" in self.s or "xpress" in self.s):
            # (session 36, round a) "flies engineered to produce extra X live longer": a gain
            lost = [a for a in (agent + undergoer if fixed else agent)
                    if not a.flip and a.molecular and a.pos is not None
                    and _GROUP_GAINING.search(self.s, max(0, a.pos - 80), a.pos)]
        if lost and fixed:
            # "age prematurely", "regenerated poorly", "became weak": the verb names the outcome
            return _pairs(lost, cue.info.relation, [Role(None, fixed, pos=cue.start)],
                          cue.info.polarity, negated)
        if not lost or not undergoer:
            return []
        loss = cue.text[:3].lower() == "los"  # "lost more weight": the claim is about the loss
        outcome = []
        for u in undergoer:
            if u.entity_id:
                outcome.append(u)
            elif words := _COMPARISON_TAIL.sub("", _SIZE_WORDS.sub("", u.text or "")).strip():
                outcome.append(u._replace(text=f"{words} loss" if loss else words))
        if not outcome and cue.text[:2].lower() == "gr" and (
            grown := _GROWN_ORGAN.search(self.s, max(0, cue.start - 30), cue.start)
        ):  # (session 36, round a) "In rats given X, the livers grew far larger": their size
            organ = _PLURAL_S.sub("", grown.group("organ").lower())
            outcome = [Role(None, f"{organ} size", pos=grown.start("organ"))]
        return _pairs(lost, cue.info.relation, outcome, cue.info.polarity, negated)

    def _gained_nothing(
        self, cue: _Cue, agent: list[Role], right: str, negated: bool
    ) -> list[Claim]:
        """"Mice lacking X gained no endurance", "animals without X failed to gain muscle":
        without X the outcome does not come, so X is required for it."""
        lost = [a._replace(flip=False) for a in agent if a.flip and a.molecular]
        if not lost or not self.lex.phrases["acquire"].match(cue.text):
            return []
        if not self.lex.phrases["acquire_any"].match(cue.text) and not all(
            a.pos is not None and (
                _GROUP_LACKING.search(self.s, max(0, a.pos - 80), a.pos)
                or self.lex.anaphora_plural.match(self.s, a.pos)
                or _FRONTED_CONDITION.match(self.s[: a.pos])
            ) for a in lost
        ):  # "drugs that block X did not improve Y" is a dose, not a lack: X increases Y;
            # "when X was deleted, running no longer improved Y" is a lack
            return []
        nothing = _NO_OBJECT.match(right)
        if not (negated or nothing):
            return []
        out = []
        # "gained no stamina and no improvement in leg power": each outcome denied
        for part in _AND_NO.split(right[nothing.end() if nothing else 0 :]):
            part = _GAIN_IN.sub("", part, count=1)  # "no improvement in Y": Y
            text = self.phrase(_OUTCOME_END.split(part)[0], leading=False)
            if text:
                out += [Claim(sub, "required_for", Role(None, text), "positive", False)
                        for sub in lost]
        return out

    def _spoken_condition(self) -> list[Claim]:
        """"Take X away and the benefit vanishes", "Block X and Y no longer rises": an
        imperative loss joined to a loss of Y makes X `required_for` Y (a molecule it names,
        else the words)."""
        s = self.s
        start = _TAKE_AWAY.match(s).end()
        lost = next((m for m in self.cands if m.kind in MOLECULAR
                     and _ARTICLE.fullmatch(s, start, m.start)), None)
        if lost is None or not (gone := _GONE.match(s, lost.end)):
            return []
        a, b = gone.span("what")
        named = [self.role(m) for m in self.cands if a <= m.start and m.end <= b
                 and m.kind in MOLECULAR and m.entity_id != lost.entity_id]
        if not named:
            text = _ARTICLE.sub("", s[a:b], count=1).strip()
            named = [Role(None, text, pos=a)] if text else []
        return _pairs([self.role(lost)], "required_for", named, "positive", False)

    def _fronted_loss(self) -> tuple[list[Claim], int, int, int] | None:
        """"In mice lacking X, the benefit of Y was lost", "When the scientists knocked out X, the
        gain vanished", "No X, no Y": X is `required_for` what is gone (the
        words), with the result clause's span (its own verbs claim nothing of it). A pronoun
        ("lacking it") is the molecule named last before it, in this sentence or the one
        before."""
        s = self.s
        for loss in _FRONTED_LOSS.finditer(s):
            start = loss.end()
            bare_no = loss.group(0).strip().lower() == "no"
            lost: Role | None = None
            end = start
            m = next((m for m in self.cands if m.kind in MOLECULAR
                      and _ARTICLE.fullmatch(s, start, m.start)), None)
            if m is not None:
                lost, end = self.role(m), m.end
            elif (word := re.match(r"(?:it|them)\b", s[start:], re.IGNORECASE)) and not bare_no:
                before = [c for c in self.cands if c.kind in MOLECULAR and c.end <= loss.start()]
                pool = ([self.role(before[-1])] if before
                        else self.memory.molecular[-1:] or self.memory.last_subjects[:1])
                if pool:
                    lost, end = pool[0]._replace(pos=start, flip=False), start + word.end()
            if lost is None or not (gone := _LOSS_RESULT.match(s, end)):
                continue
            if bare_no != (gone.group("no") is not None) and not gone.group("none"):
                continue  # "No X, no Y" pairs a bare "no" only with a bare "no"
            if gone.group("can"):  # "muscle cannot regenerate": needed for muscle to regenerate
                text = f"{_ARTICLE.sub('', gone.group('who'), count=1).strip()} to {gone.group('can')}"
            else:
                text = next(g for g in (gone.group("none"), gone.group("no"), gone.group("what")) if g)
                text = _ARTICLE.sub("", text, count=1).strip()
            if not text or len(text.split()) > 10:
                continue
            obj = Role(None, text, pos=gone.start() + 1)
            return (_pairs([lost._replace(flip=False)], "required_for", [obj], "positive", False),
                    loss.start(), end, gone.end())
        return None

    @staticmethod
    def _under_loss(c: Claim, fronted: tuple[list[Claim], int, int, int]) -> bool:
        """A claim read inside a fronted loss: its subject in the result clause, or its
        object the lost entity itself ("lacking it"), or the lost entity as the subject of the
        result's verb read as a knockout ("Without X, Y fall apart" is no X raising "apart")."""
        _, loss_start, end, result_end = fronted
        return end <= c.subject.pos < result_end or loss_start <= c.obj.pos < end or (
            loss_start <= c.subject.pos < end and end <= c.obj.pos < result_end)


# ------------------------------------------------ "without which" clauses (session 26)

#: "X, without which the cells cannot repair Y": what cannot happen without X, up to the
#: clause's end (at most six words)
_WITHOUT_WHICH = re.compile(
    r",?\s+without\s+which\s+(?:[\w-]+\s+){1,3}?(?:cannot|can\s+not|can['’]t|could\s+not|"
    r"couldn['’]t|fail\s+to|failed\s+to|(?:is|are|was|were)\s+unable\s+to)\s+"
    r"(?P<out>[a-z][\w-]*(?:\s+[\w-]+){0,5}?)\s*(?=[,;.:)]|\s+(?:and|but|or|as|because)\b|$)"
)


def needed_before_without_which(s: str, local: list[Mention]) -> list[Claim]:
    """"... a factor called X, without which the cells cannot repair damaged tissue": X is
    required for what cannot happen without it (written as the clause says it)."""
    out: list[Claim] = []
    for x in local:
        if x.kind not in MOLECULAR:
            continue
        m = _WITHOUT_WHICH.match(s, x.end)
        if m is None:
            continue
        role = Role(x.entity_id, None, x.kind, pos=x.start, vocabularies=x.vocabularies,
                    surface=s[x.start : x.end])
        out.append(Claim(role, "required_for", Role(None, m.group("out"), pos=m.start("out")),
                         "positive", False))
    return out


# ------------------------------------------------ a gain denied after a knockout (session 27)

#: a group without a molecule, or its removal, right before the molecule's mention: "mice bred
#: without ", "animals lacking ", "when the team removed ", "if you knock out the ",
#: "mice in which " (with "is deleted" after the name)
_KO_BEFORE = re.compile(
    r"(?:\b(?:mice|rats|animals|worms|flies|fish|muscles?|cells)\s+(?:(?:bred|engineered|born|made)\s+)?"
    r"(?:to\s+lack|that\s+lack(?:ed)?|lacking|without|missing)\s+"
    # (session 31, round a) "worms whose gut lacked X", "rats whose livers lack X"
    r"|\b(?:mice|rats|animals|worms|flies|fish)\s+whose\s+(?:[\w-]+\s+){1,2}?lack(?:s|ed)?\s+"
    r"|\b(?:when|after|once|if)\s+(?:the\s+(?:team|researchers|authors|scientists)|we|they|you|"
    r"researchers|scientists)\s+(?:knock(?:ed)?\s+(?:down|out)|delete[ds]?|remove[ds]?|"
    r"silence[ds]?|block(?:ed)?)\s+"
    r"|\b(?:mice|rats|animals)\s+in\s+which\s+)"
    r"(?:the\s+|a\s+|an\s+)?(?:(?:working|functional)\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_IN_WHICH = re.compile(r"\bin\s+which\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_DELETED_AFTER = re.compile(
    r"(?:\s+gene)?\s+(?:is|was|had\s+been|has\s+been|were|are)\s+(?:deleted|knocked\s+(?:out|down)|"
    r"removed|silenced|blocked|inhibited)", re.IGNORECASE)
#: (session 29, round a) a loss told in a passive time clause: "When X was blocked, ..."
_WHEN_BEFORE = re.compile(r"\b(?:when|after|once|if)\s+(?:the\s+)?$", re.IGNORECASE)
#: the same for a molecule named back: "rats made to lack them", "rats in which the protein was
#: silenced"
_KO_PRONOUN = re.compile(
    r"\b(?:mice|rats|animals)\s+(?:(?:bred|engineered|made)\s+to\s+lack|lacking|without|that\s+"
    r"lack(?:ed)?)\s+(?:it|them)\b|\b(?:mice|rats|animals)\s+in\s+which\s+the\s+(?:gene|protein)\s+"
    r"(?:is|was|had\s+been|has\s+been)\s+(?:deleted|knocked\s+(?:out|down)|removed|silenced)",
    re.IGNORECASE,
)
#: a gain or capacity denied after it: "cycling no longer improved Y", "could not increase X",
#: "did not get stronger", "got no fitter", "cannot regenerate muscle", "did nothing for Y"
_DENIED_GAIN = re.compile(
    r"\b(?:no\s+longer|did\s+not|didn['’]t|failed\s+to|could\s+not|couldn['’]t|cannot|can\s*not|"
    r"can['’]t|could\s+no\s+longer)\s+(?:(?:\w+ly|even|still)\s+)?(?P<verb>improve|improved|"
    r"raise|increase|regenerate|build|make|step\s+up|get\s+(?:stronger|fitter|faster|bigger)|become\s+"
    r"(?:stronger|fitter|faster|bigger))\b(?P<rest>[^,;:.()–—]*)"
    r"|\bgot\s+no\s+(?P<adj>fitter|stronger|faster|bigger)\b"
    # (session 36, round a) "worms without X gain none of their speed boost that cold gives"
    r"|\b(?:get|gets|got|gain|gains|gained)\s+none\s+of\s+(?:the\s+|their\s+|its\s+)?"
    r"(?P<noneof>[^,;:.()–—]+)"
    r"|\bdid\s+nothing\s+for\s+(?P<for>[^,;:.()–—]+)"
    # (session 29, round a) "D had no further effect on Y": D's effect is what needs X
    r"|\b(?P<eff>[\w-]+)\s+(?:no\s+longer\s+ha[ds]|had\s+no|has\s+no)\s+(?:any\s+|further\s+)?"
    r"effects?\s+on\s+(?P<on>[^,;:.()–—]+)"
    r"|(?P<who>\b[a-z][\w-]*\s+[a-z][\w-]*)\s+barely\s+(?P<barely>regenerates?|recovers?|heals?)\b"
    # (session 31, round a) "swam for six weeks with no gain in Y", "showed no increase in Y"
    r"|\b(?:with|showed|shows|show|had|saw|produced)\s+no\s+(?:(?:further|detectable|"
    r"measurable|significant)\s+)?(?:rise|increase|induction|gain)\s+in\s+(?P<none>[^,;:.()–—]+)",
    re.IGNORECASE,
)
#: (session 36, round a) a relative clause after the outcome: "the boost that running brings"
_RELATIVE_TAIL = re.compile(r"\s+(?:that|which)\b.*$", re.IGNORECASE | re.DOTALL)
#: how long an animal could keep going: its endurance
_HOW_LONG = re.compile(r"how\s+(?:long|far)\b.*\b(?:run|ran|swim|swam|walk|walked|cycle|exercise)",
                       re.IGNORECASE)
_ADJ_NOUN = {"stronger": "strength", "fitter": "fitness", "faster": "speed", "bigger": "size"}
_GAIN_TAIL = re.compile(
    r"\s+(?:at\s+all|after\b.*|when\b.*|with\b.*|however\b.*|in\s+(?:old|aged|the)\b.*)$",
    re.IGNORECASE | re.DOTALL)


def denied_gains(
    s: str, local: list[Mention], claims: list[Claim], referents: list[Role],
) -> list[Claim]:
    """"Rats in which X was silenced cannot regenerate fibres", "when the team
    removed X, cycling no longer improved Y", "mice bred without X got no fitter", "if you
    knock out X, the rats cannot increase Y": what goes missing without X needs X (X
    ``required_for`` it; docs/claims_labelling.md: "removing X abolishes Y"). The molecule is
    the one the loss names before the denied gain (or named back: "rats made to lack them"); what
    is needed is the molecule the denial names, else its words. Only where the cue reader gave
    X no claim of need; its denied rise of the same molecule ("X did not raise Y") gives way."""
    gain = _DENIED_GAIN.search(s)
    if gain is None:
        return []
    lost = _lost_before(s, local, gain.start(), referents)
    if not lost:
        return []
    needed: Role | None = None
    if gain.group("verb"):
        rest = gain.group("rest")
        verb = gain.group("verb").lower()
        named = [m for m in local if m.kind in MOLECULAR and gain.start("rest") <= m.start
                 < gain.end("rest") and m.entity_id not in {r.entity_id for r in lost}]
        if named:
            m = named[0]
            needed = Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies)
        elif verb.split()[-1] in _ADJ_NOUN:
            needed = Role(None, _ADJ_NOUN[verb.split()[-1]], pos=gain.start("verb"))
        else:
            words = _GAIN_TAIL.sub("", rest).strip()
            if _HOW_LONG.match(words):  # "improve how far the rats could swim"
                words = "endurance"
            if verb == "regenerate":
                words = f"{words} regeneration".strip()
            if words and not words.lower().startswith(("how ", "what ", "it ", "them ")):
                needed = Role(None, words, pos=gain.start("rest"))
    elif gain.group("adj"):
        needed = Role(None, _ADJ_NOUN[gain.group("adj").lower()], pos=gain.start("adj"))
    elif gain.group("for"):
        needed = Role(None, _GAIN_TAIL.sub("", gain.group("for")).strip(), pos=gain.start("for"))
    elif gain.group("eff"):
        on = _GAIN_TAIL.sub("", gain.group("on")).strip()
        needed = Role(None, f"{gain.group('eff')}'s effect on {on}", pos=gain.start("eff"))
    elif gain.group("none"):
        rest = gain.group("none")
        named = [m for m in local if m.kind in MOLECULAR and gain.start("none") <= m.start
                 < gain.end("none") and m.entity_id not in {r.entity_id for r in lost}]
        needed = Role(named[0].entity_id, None, named[0].kind, pos=named[0].start,
                      vocabularies=named[0].vocabularies) if named else Role(
            None, _GAIN_TAIL.sub("", rest).strip(), pos=gain.start("none"))
    elif gain.group("noneof"):
        words = _GAIN_TAIL.sub("", _RELATIVE_TAIL.sub("", gain.group("noneof"))).strip()
        needed = Role(None, words, pos=gain.start("noneof")) if words else None
    elif gain.group("barely"):
        needed = Role(None, f"{gain.group('who').strip()} regeneration", pos=gain.start("who"))
    if needed is None or not (needed.entity_id or needed.text):
        return []
    keys = {r.key for r in lost}
    if any(c.subject.key in keys and (c.relation == "required_for" or (
        # "animals without X could not raise Y", read already as X raising Y
        c.relation in ("increases", "activates") and not c.negated and c.obj.key == needed.key
    )) for c in claims):
        return []
    return [Claim(r, "required_for", needed, "positive", False) for r in lost
            if r.entity_id != needed.entity_id]


def _lost_before(
    s: str, local: list[Mention], end: int, referents: list[Role],
) -> list[Role]:
    """The molecules a knockout frame removes before ``end`` ("mice bred without X", "when
    we deleted X", "mice in which X is deleted", "Take away X and"), or the one named back
    ("rats made to lack them")."""
    lost: list[Role] = []
    for m in local:
        if m.kind not in MOLECULAR or m.start >= end:
            continue
        before = s[max(0, m.start - 80) : m.start]
        if (_KO_BEFORE.search(before) and (
            not _IN_WHICH.search(before) or _DELETED_AFTER.match(s, m.end)
        )) or _TAKE_AWAY_AND.fullmatch(before) or (
            _WHEN_BEFORE.search(before) and _DELETED_AFTER.match(s, m.end)
        ):
            lost.append(Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies))
    if not lost and (back := _KO_PRONOUN.search(s, 0, end)):
        # "it": the sentence's own molecule named before it, else the sentence before's
        here = [m for m in local if m.kind in MOLECULAR and m.end <= back.start()]
        lost = [Role(here[0].entity_id, None, here[0].kind, pos=here[0].start,
                     vocabularies=here[0].vocabularies)] if here else [
            r._replace(pos=back.start(), flip=False, negated=False)
            for r in referents if r.kind in ("gene", "family")][:1]
    return lost


#: "Take away X and ...": the opening of a spoken condition, up to X
_TAKE_AWAY_AND = re.compile(r"\W*(?:take\s+away|remove|delete|knock\s+out)\s+(?:the\s+)?",
                            re.IGNORECASE)
#: what grows or comes back after a knockout, undenied: "have noticeably heavier hearts", "the
#: progenitors re-entered the cell cycle", "the rats regenerated damaged fibres", "lived to 31
#: months with some 45% more whole synapses and bigger thigh muscles"
_KO_GAIN = re.compile(
    r"\b(?:have|has|had|develop|develops|developed|grow|grew)\s+(?:(?:unusually|much|very|far|"
    r"noticeably)\s+)?(?P<size>large|larger|bigger|big|heavier)\s+(?P<organ>muscles?|fibres?|"
    r"fibers?|hearts?)\b"
    r"|\b(?P<cycle>re-?entered\s+the\s+(?:cell\s+)?cycle)"
    r"|\b(?P<regen>regenerated|regenerate|regenerates)\s+(?P<what>(?:injured\s+|damaged\s+)?"
    r"(?:muscle|muscles|tissue|fibres|fibers))\b"
    r"|\bwith\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
    r"\s+more\s+(?P<more>[^,;:.]+?)(?=\s+than\b|[,;:.]|$)",
    re.IGNORECASE,
)


def knockout_gains(
    s: str, local: list[Mention], claims: list[Claim], referents: list[Role],
) -> list[Claim]:
    """What grows after a knockout, undenied: "rats engineered without a functional X gene have
    noticeably heavier hearts" (X ``decreases`` heart size), "when we deleted X, the cells
    re-entered the cell cycle", "the rats regenerated damaged fibres", "Take away X and old cells
    regenerate muscle". Only for a molecule the cue reader gave no claim in the sentence."""
    out: list[Claim] = []
    for gain in _KO_GAIN.finditer(s):
        if _NOT_BEFORE.search(s, max(0, gain.start() - 30), gain.start()):
            continue
        lost = _lost_before(s, local, gain.start(), referents)
        told = {c.subject.key for c in claims}
        lost = [r for r in lost if r.key not in told]
        if not lost:
            continue
        if gain.group("size"):
            organ = gain.group("organ").lower().rstrip("s")
            texts = [f"{organ} size"]
        elif gain.group("cycle"):
            texts = ["re-entry into the cell cycle"]
        elif gain.group("regen"):
            texts = [f"regeneration of {gain.group('what')}"]
        else:
            texts = [t.strip() for t in re.split(r"\s+and\s+", gain.group("more")) if t.strip()]
        for text in texts:
            obj = Role(None, text, pos=gain.start())
            out += [Claim(r, "decreases", obj, "negative", False) for r in lost]
    return out


_NOT_BEFORE = re.compile(r"\b(?:not|no|never|cannot|can['’]t|n['’]t)\b[^,;]*$", re.IGNORECASE)


def without_denied_rises(claims: list[Claim], needs: list[Claim]) -> list[Claim]:
    """The claims left once ``needs`` (from :func:`denied_gains`) are added: a denied rise of
    the same molecule by the lost one ("X ... could not raise Y" read as X not raising Y) goes."""
    pairs = {(c.subject.key, c.obj.key) for c in needs}
    # (session 31, round a) "rats lacking X swam with no increase in Y": no induction of Y
    stayed = {c.obj.key for c in needs if c.obj.entity_id}
    return [c for c in claims if not (
        c.relation in ("increases", "activates") and c.negated
        and (c.subject.key, c.obj.key) in pairs) and not (
        c.relation == "induced_by_exercise" and c.subject.key in stayed)]


#: (session 28, round b) the knockouts of the sentence before, named back as the scene:
#: "Among these knockouts, X stayed flat", "In those mutant rats, X and Y did not rise"
_IN_KNOCKOUTS = re.compile(
    r"\W*(?:In|Among)\s+(?:those|these|the)\s+(?:[\w-]+\s+)?(?:knockouts|mutants|"
    r"(?:knockout|mutant)\s+[a-z]+)\s*,?\s*",
    re.IGNORECASE)
#: ... and what stayed put in them: "barely moved", "did not rise", "stayed flat"
_STAYED_PUT = re.compile(
    r"\s*(?:barely|hardly|scarcely|never|did\s+not|didn['’]t|failed\s+to)\s+(?:move|moved|rise|rose|"
    r"climb|climbed|change|changed|budge|budged|increase|increased|respond|responded|go\s+up|went"
    r"\s+up)\b|\s*(?:stayed|remained)\s+(?:flat|unchanged|at\s+baseline|put)\b", re.IGNORECASE)


def knockouts_named_back(stext: str, local: list[Mention], knocked: list[Role]) -> list[Claim]:
    """"Rats without X kept more bone. In those mutant rats, Y and Z stayed flat.": the one
    molecule the sentence before named (``knocked``) is required for each change that failed
    to happen without it."""
    opening = _IN_KNOCKOUTS.match(stext)
    ids = {r.entity_id for r in knocked if r.entity_id}
    if opening is None or len(ids) != 1:
        return []
    gene = next(r for r in knocked if r.entity_id)
    listed = [m for m in local if m.kind in MOLECULAR and m.start >= opening.end()]
    if not listed or listed[0].start != opening.end():
        return []
    last = listed[0]
    members = [last]
    for m in listed[1:]:
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", stext[last.end : m.start]):
            break
        members.append(m)
        last = m
    stayed = _STAYED_PUT.match(stext, last.end)
    if stayed is None or gene.entity_id in {m.entity_id for m in members}:
        return []
    # (the subject is placed after the verb: its tense says the claim reports a finding)
    return [Claim(gene._replace(flip=False, negated=False, pos=stayed.end()), "required_for",
                  Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                       surface=stext[m.start : m.end]), "positive", False) for m in members]


#: (session 34, round c) a knockout clause after a colon or semicolon: "X is needed for the
#: shrinking that comes next: rats without it hold on to most of the fibres"
_KO_AFTER = re.compile(
    r"[:;]\s+(?:[\w-]+\s+){0,3}?(?:lacking|without|missing|deficient\s+in)\s", re.IGNORECASE,
)


def needs_restated(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims left once a knockout clause that only shows a need just stated is read: "X
    is needed for the quick shrinking after surgery: rats made without it shed much less muscle"
    is X ``required_for`` the wasting only (the guide: never both a need and a change for one
    sentence); the knockout clause's change of the same molecule goes. Called only for
    sentences holding ":" or ";" and a word of knocking out."""
    ko = _KO_AFTER.search(s)
    if ko is None:
        return claims
    cut = ko.start()
    needed = {c.subject.key for c in claims
              if c.relation == "required_for" and not c.negated and c.subject.molecular
              and 0 <= c.obj.pos < cut}
    if not needed:
        return claims
    return [c for c in claims if not (
        c.relation in ("increases", "decreases") and c.subject.key in needed
        and c.obj.pos > cut and not c.obj.entity_id
    )]


#: (session 34, round c) a removal that spares part of a tissue: "silencing X in a cast
#: spared most of the fibres", "mice without X retained part of the muscle" (session 35, round
#: a: "rats without X hang on to most of their fibres")
_SPARED_PART = re.compile(
    r"\b(?:spare|spares|spared|sparing|keep|keeps|kept|keeping|retain|retains|retained|"
    r"(?:hold|holds|held|holding|hang|hangs|hung|hanging)\s+on(?:\s+to|to))\s+"
    r"(?:much|most|some|part|a\s+(?:large|good)\s+part)\s+of\s+(?:the|their|its)\s+"
    r"(?P<what>muscle|muscles|fibres|fibers|muscle\s+mass|muscle\s+fibres|muscle\s+fibers)\b",
    re.IGNORECASE,
)


def spared_part(s: str, claims: list[Claim]) -> list[Claim]:
    """A removal that lessens a loss, not one that stops it: "silencing X in a cast
    spared most of the fibres a cast would have cost" is X ``increases`` muscle
    loss (the guide's "Blocking X reduced fibre loss"), not X ``decreases`` muscle. Called only
    for sentences holding "much of", "most of", "some of" or "part of" and a knockout word."""
    m = _SPARED_PART.search(s)
    if m is None:
        return claims
    what = re.sub(r"\s+", " ", m.group("what").lower())
    noun = "muscle" if what.startswith("muscle") and what != "muscle fibres" and (
        what != "muscle fibers") else "fibre"
    out = []
    spared = False
    for c in claims:
        if (c.relation == "decreases" and c.subject.molecular and not c.obj.entity_id
                and m.start() <= c.obj.pos <= m.end() + 2):
            c = Claim(c.subject, "increases", c.obj._replace(text=f"{noun} loss"), "positive",
                      c.negated)
            spared = True
        out.append(c)
    if spared:  # the unloading the blocking was done during spared nothing itself
        out = [c for c in out if c.subject.molecular or c.relation != "increases"
               or not m.start() <= c.obj.pos <= m.end() + 2]
    return out


#: (session 35, round a) a gain that fell short: "rats given the drug gained less lean mass than
#: those on saline", "put on fewer fibres"
_SMALLER_GAIN = re.compile(
    r"\b(?:gain|gains|gained|gaining)\s+(?:(?:far|much|significantly|considerably|markedly|"
    r"slightly)\s+)?(?P<cmp>less|fewer|smaller)\s+",
    re.IGNORECASE,
)


def smaller_gains(s: str, claims: list[Claim]) -> list[Claim]:
    """A gain said with "less": "rats dosed with the compound during sprints gained less lean mass
    than those given saline" is the compound ``decreases`` the lean-mass gain, not ``increases``
    "less lean mass". Called only for sentences holding "ained less" / "ained fewer" / "ained smaller"
    (or "ain less" and the like)."""
    spans = [(m.start(), m.end(), m.start("cmp")) for m in _SMALLER_GAIN.finditer(s)]
    if not spans:
        return claims
    out = []
    for c in claims:
        text = c.obj.text or ""
        if c.relation == "increases" and not c.obj.entity_id and any(
            cmp - 2 <= c.obj.pos <= end for _, end, cmp in spans
        ):
            rest = re.sub(r"^(?:less|fewer|smaller)\s+", "", text, flags=re.IGNORECASE)
            if rest and rest != text:
                c = Claim(c.subject, "decreases", c.obj._replace(text=f"{rest} gain"),
                          "negative", c.negated)
        out.append(c)
    return out
