"""Who acts and what is acted on: a cue's agents and patients, as grounded mentions or trimmed
written words.

The two sides of a cue are filled here, from the candidates ``SentenceReader`` keeps; the
clause tests they lean on live in ``claim_clauses`` and ``claim_relatives``, what pronouns
stand for in ``claim_anaphora``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from agefacts.extract.claim_patterns import (
    _GENE_KINDS,
    _ING,
    _LIST_AND,
    _LIST_GAP,
    _RELATIVE,
    _RELATIVE_START,
    _RELATIVE_WORD,
    _WORD,
    CONTEXT_KINDS,
    MOLECULAR,
    _in_parentheses,
    _inside,
)
from agefacts.extract.claim_records import Mention, Role, _Cue, _Prev
from agefacts.extract.claim_state import ReaderState
from agefacts.extract.cues import search_end

_COMMA_OPENING = re.compile(r",\s*$")

#: a clause or adjunct of time or reason opening the sentence, closed by its comma ("As we
#: age, ...", "From middle age on, ...", "When the trial ended, ...")
#: an object pronoun inside a written subject ("blocking them", "mice lacking it")
_OBJECT_PRONOUN = re.compile(r"\s(?:them|it)\b", re.IGNORECASE)
#: words that count a group without naming it: a written subject of these alone names no agent
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "few", "several", "none", "each",
                          "both", "half", "neither"})
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:(?:as|when|whenever|while|whilst|once|after|before|since|because|although|though|"
    r"until|from)\s[^,;:]{1,60}"
    # (session 27) a study as the scene: "In a cast study, a week in plaster raised X"
    r"|in\s+(?:a|an|the|one|our|this|that)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|experiment|"
    r"survey|cohort|analysis)"
    # (session 36, round c) a group as the scene, or a moment: "In aged mice, the drug
    # lowered X", "In geriatric (28-month) mice, ...", "Upon activation, the cells ..."
    r"|in\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:\([^()]{1,30}\)\s+)?(?:mice|rats|animals|people|"
    r"adults|men|women|volunteers|participants|patients|dogs|worms|flies)"
    r"|upon\s+[\w-]+(?:\s+[\w-]+)?)\s*,\s*", re.IGNORECASE,
)
#: a noun of decline right before an outcome: "the loss of ", "a decline in "
_LOSS_OF = re.compile(
    r"(?<![\w-])(?P<loss>(?:loss|decline|drop|fall|reduction|decrease)\s+(?:of|in))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: (session 35, round a) a tissue's loss that belongs to the condition after it: "the muscle
#: loss of frailty", "the bone loss of old age" (the condition itself is the side, no flip)
_TISSUE_LOSS_OF = re.compile(
    r"(?<![\w-])(?:muscle|bone|fibre|fiber|strength|weight|mass)\s+loss\s+of\s+$", re.IGNORECASE)
#: a request to the reader ("Please also drop ...")
_IMPERATIVE = re.compile(r"^\W*please\b", re.IGNORECASE)
_STOP_TEXT = re.compile(r"[,;:()\[\]—–]|\s[-–—]\s")

#: an exemplifier after an unnamed object: "other factors, such as X"
_EXAMPLES = re.compile(r"(?:such\s+as|including|among\s+them|notably)\s+", re.IGNORECASE)
#: what may sit between the items of a short list: ", ", " and ", ", or "
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")

#: a second "by" agent of one passive: "... by A and by B", "..., or by B"
_AND_BY = re.compile(r"\s(?:and|or)\s+(?:also\s+)?$", re.IGNORECASE)

#: a counted kind of molecule before a colon listing them: "two muscle-specific enzymes"
_COUNTED_KIND = re.compile(
    r"\s*(?:the\s+)?(?:two|three|four|five|several|a\s+few|a\s+pair\s+of|both)\s+"
    r"(?:[\w-]+\s+){0,3}(?:[\w-]*genes|proteins|enzymes|factors|hormones|molecules|kinases|ligases|"
    r"receptors|myokines|cytokines|regulators|targets)\s*",
    re.IGNORECASE,
)
#: a relative clause opening right after a counted kind: "the two genes that ..."
_RELATIVE_OPEN = re.compile(r"\s*(?:that|which)\s", re.IGNORECASE)
#: a relative pronoun, and a counted kind right before one
_RELATIVE_IN = re.compile(r"\s(?:that|which)\s", re.IGNORECASE)
_COUNTED_END = re.compile(_COUNTED_KIND.pattern + r"$", re.IGNORECASE)
#: between the items of a colon's list: ", ", " and ", ", or "
_COLON_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")
#: a listed subject's main verb after its closing comma (no relative or conjunction)
_LIST_THEN_VERB = re.compile(
    r",\s+(?:\w+ly\s+)?(?!(?:which|that|who|and|or|but|while|whereas|although|though|as|with|"
    r"in|the|a|an|both)\b)[a-z][a-z-]+\b")
#: an alias in parentheses after a listed name: "X (also called X1)"
_ALIAS = re.compile(r"\s*\([^()]{1,80}\)")

_OF_HEAD = re.compile(r"([\w-]+)\s+of\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)

_NEXT_WORD = re.compile(r" ([a-z][a-z-]+)\b")
#: a singular appositive between a mention and its cue: "B, the docking hub (cells need to ...)"
_SINGLE_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ADVERB = re.compile(r"^\w+ly,?$", re.IGNORECASE)
#: (session 35, round c) the comma and count before a counted plural sign noun: "higher A and
#: B, two markers of Z, than": the count's list is what the noun describes
_COUNTED_SIGNS = re.compile(r"(?<=[\w)])(,\s+(?:two|three|both)\s+)$", re.IGNORECASE)

_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
#: "participants aged 62 to 77", "after roughly age 45": an age in figures, a cohort's description
_AGE_FIGURE = re.compile(r"\s+(?:about\s+|around\s+|over\s+|under\s+)?\d")

_NUMBER = re.compile(r"^[\d.,]+$")

#: "docks onto Y and ", "binds and ": a verb (no cue), perhaps its object, and a coordinator,
#: opening a relative clause: the second verb has the same subject
_VERB_OBJECT_AND = re.compile(
    # (an adverb may follow the "and": "which binds Z and in turn stimulates Y")
    r"^\s*[a-z]+s\s+(?:[^,;]+?\s)?(?:and|or)(?:\s+(?:in\s+turn|then|thereby|thus|also))?\s*$"
)

#: a written list of short noun phrases ending the clause: "falls, fractures and frailty"
_WRITTEN_LIST = re.compile(
    r"\s*((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?:\s*,\s*(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)+"
    r",?\s+(?:and|or)\s+(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*)\s*[.!?]?\s*"
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
#: a coordinated verb phrase with an auxiliary of its own: "... and is known to", "and was"
#: "X is turned on by A and is said to ...", "... by A and in turn stimulates Y": the second
#: verb is the passive subject's own (A sits inside the "by" phrase)
_OWN_AUXILIARY = re.compile(
    r"\s*(?:and|but)\s+(?:(?:is|are|was|were|has|have|had)\b|(?:(?:in\s+turn|then|also|itself)\s+)*$)",
    re.IGNORECASE,
)

#: a verb the cue list does not know, sharing the cue's object across "and": "X deacetylates
#: and activates Y", "the kinase, which binds and stabilises Y" (the verb is no subject)
_SHARED_VERB = re.compile(r"(?<![\w'’-])([a-z]{4,}(?:s|ed))\s+(?:and|or)\s+$")

#: an embedded question ("we do not know which organ makes X", "it is unclear what tissue
#: releases Y"): the words after "which" name an unknown, not a subject
_OPEN_QUESTION = re.compile(
    r"\b(?:say|know|tell|ask|asks|asked|determine|establish|unclear|unknown|sure|certain|"
    r"clear|whether)\s+(?:which|what)\s+[\w\s-]*$",
    re.IGNORECASE,
)
#: "the loss of X that sets in with age can be partly undone": the main clause's auxiliary
#: after a restrictive relative clause, right before the verb
_MAIN_AUXILIARY = re.compile(
    r"\s(?:(?:can|could|may|might|will|would)\s+be|is|are|was|were)"
    r"(?:\s+\w+ly)?\s*$", re.IGNORECASE,
)

#: the end of "keeps X in check", "holds X at bay", "keeps X quiet": no part of X
_HELD_COMPLEMENT = re.compile(
    r"\s+(?:in\s+check|at\s+bay|under\s+control|quiet|quiescent|dormant|silent)[.!?]?\s*$",
    re.IGNORECASE,
)
_NOT_SUFFIX = re.compile(r"n['’]t$")

#: a pair acting jointly after a clause that joined them: "and together they", "the two together"
_TOGETHER_THEY = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:together,?\s+(?:they|the\s+two|both)|(?:they|the\s+two|both)"
    r"\s+together)\s*$", re.IGNORECASE)
_SHARE_OF = re.compile(r"^(?:much|most|some|part|all|half|any)\s+of\s+", re.IGNORECASE)


def _dose_frame(s: str, a: int, b: int, at: int) -> bool:
    """Is the flip word at ``a:b`` a dose frame ("At low doses X helps Y", "at lower levels,
    X ...")? It says when X acts, not that X is low; "at low levels of X" still flips."""
    return (
        s[max(0, a - 3) : a].lower() == "at " and (a < 4 or not s[a - 4].isalnum())
        and " of " not in s[b:at]
    )


#: (session 28, round b) a group named by what it went through, where a change was seen: "did
#: not keep X from climbing in the unloaded rats" (the rats are no object)
_IN_GROUP_BEFORE = re.compile(r"\b(?:in|among)\s+(?:the\s+|these\s+|those\s+|our\s+)?$",
                              re.IGNORECASE)
#: (session 31, round a) a new clause's subject after a list: "lowered X and Y, and D has
#: never been tested": D opens its own clause (its verb right after it), no object
_CLAUSE_AND = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_VERB = re.compile(
    r"\s+(?:has|have|had|was|were|is|are|did|does|do|can|could|may|might|will|would|never|"
    r"remains?|remained)\b", re.IGNORECASE)
#: (session 31, round a) a scene that lasts: "during three months of X", "after five days of X"
_SPAN_ADJUNCT = re.compile(
    r"\b(?:during|after|following|over|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:hours?|days?|nights?|weeks?|months?|years?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_IN_GROUP_AFTER = re.compile(
    r"\s+(?:volunteers|patients|participants|subjects|groups?|arms?|cohorts?|mice|rats|animals|"
    r"people|adults|men|women)\b", re.IGNORECASE)

#: a helping verb opening a relative clause before the verb it helps ("that helps cells make")
_HELPING = frozenset({"help", "helps", "helped", "helping"})
#: a maker's verb before a purpose infinitive: "a protein that fat makes to ..."
_MAKES = frozenset({"makes", "made", "produces", "produced", "releases", "released", "secretes",
                    "secreted"})


class RoleRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _changed_after(self, start: int, cue_start: int) -> list[Role]:
        """What changed, written between ``start`` and the verb: its molecules, else its
        words ("the reserve was preserved": the reserve)."""
        named = [self.role(m) for m in self.cands
                 if start <= m.start and m.end <= cue_start and m.kind in MOLECULAR]
        if named:
            return named
        if any(start <= a and b <= cue_start for a, b in self.context_spans) or any(
            start <= m.start and m.end <= cue_start for m in self.interventions
        ) or any(start <= h[0] and h[1] <= cue_start for h in self.hits["exercise"]):  # "the mice were not protected": the animals, no outcome; "training no longer
            return []  # helped": a clause with an actor of its own
        text = self.phrase(self.s[start:cue_start], leading=True)
        return [Role(None, text, pos=start)] if text else []

    def role(self, m: Mention, *, negated: bool = False, floor: int = 0) -> Role:
        """A mention as a role; "lower levels of X", "X inhibitors" flip its sign. Verb cues
        ("suppressing X") are not flips: the window starts after the last one."""
        floor = max([floor, m.start - 60] + [e for e in self.verb_ends if e <= m.start])
        key = (id(m), floor, negated)  # a role is asked for again and again: read it once
        if (known := self._roles.get(key)) is not None:
            return known
        s, lex = self.s, self.lex
        surface = s[m.start : m.end]
        # a flip phrase that holds the floor is whole ("drugs that block X": the floor is
        # the relative pronoun inside it)
        flip = lex.flips_start.match(surface) is not None or any(
            (floor <= a or floor < b) and b <= m.start and lex.flips_before.search(s[a : m.start])
            and not _dose_frame(s, a, b, m.start)
            # "helps by switching off X": a verb cue ending inside the phrase is the verb
            and not any(a < e < b for e in self.verb_ends)
            for a, b, _ in self.hits["flips"]
        )
        if not flip and s[m.start - 1 : m.start] == "(" and (named := next((
            c for c in self.cands if c.entity_id == m.entity_id and c.end < m.start
            and s[c.end : m.start] in (" (", "(")), None)):
            # (session 36, round b) "compounds blocking the X receptor (XR) lowered Y": the
            # abbreviation in brackets is the same blocked receptor, flipped as its name is
            flip = self.role(named, negated=negated, floor=floor).flip
        if lex.flips_after.match(s[m.end : m.end + 40]):
            flip = not flip
        if flip and m.kind == "condition" and " loss of " in s[max(0, m.start - 30) : m.start] and (
            _TISSUE_LOSS_OF.search(s, max(0, m.start - 30), m.start)
        ):  # "the bone loss of osteoporosis": the condition's own loss, the condition the side
            flip = False
        elif flip and m.kind == "condition" and (
            lost := _LOSS_OF.search(s, max(0, m.start - 30), m.start)
        ):  # "slows the loss of bone strength": the loss is what slows, not strength that
            # falls; the side is written ("loss of bone strength"), as the labels write it
            role = Role(None, s[lost.start("loss") : m.end], None, False, negated, m.start,
                        surface=surface)
            self._roles[key] = role
            return role
        role = Role(m.entity_id, None, m.kind, flip, negated, m.start, m.vocabularies, surface)
        self._roles[key] = role
        return role

    def agents(self, cue: _Cue, lb: int, left_start: int, prev: _Prev) -> list[Role]:
        """Left of the cue: mentions in its clause, else a pronoun's antecedent, the head of a
        relative clause, the previous cue's subject, an agent frame, or the written words."""
        s = self.s
        left = s[left_start : cue.start]
        if cue.info.frame == "verb" and not cue.modifier and (" and " in left or " or " in left):
            shared = _SHARED_VERB.search(left)
            if shared and shared.group(1).lower() not in self.lex.connectors and all(
                w.lower() in self.lex.connectors for w in _WORD.findall(left[: shared.start()])
            ):  # "which then acetylates and activates Y": the first verb's subject
                start = left_start + shared.start()
                return self.agents(
                    _Cue(start, cue.end, cue.info, s[start : cue.end]), lb, left_start, prev
                )
        if (rel := _RELATIVE_START.match(cue.text)) and (head := [
            m for m in self.cands
            if m.end <= cue.start and self._heads_relative(m, cue.start + rel.end())
        ]):  # a cue that opens with its pronoun ("X, which cells need to ..."): its head
            return self._head_roles(head, _plural_verb(cue.text[rel.end() :]))
        if cue.info.relation == "associated_with" and ", " in left and (
            counted := _COUNTED_SIGNS.search(s, max(0, cue.start - 10), cue.start)
        ) and (last := [m for m in self.cands if m.end == counted.start(1)]) and (
            earlier := self._listed_before(last[-1])
        ):  # "had higher A and B, two markers of Z, than": each listed molecule, not only B
            return [self.role(m) for m in earlier + last[-1:]]
        if closed := self._closed_relative(lb, left_start, left) or (
            # (the relative clause's own verb cut the left side short: "X, which builds up
            # with age, is pushed back by Y" is X's, not an earlier clause's subject)
            # (a named head only: "The protein, which ..., rose" may still be a pronoun's)
            left_start > lb and "," in left
            and (head := self._closed_relative(lb, lb, s[lb : cue.start]))
            and all(r.entity_id for r in head) and head
        ):
            return closed  # "Metformin, which many adults take for X, blunted ...": Metformin
        if lb and left_start == lb and _VERB_OBJECT_AND.match(left) and _RELATIVE.search(
            s, max(0, lb - 12), lb
        ) and (head := [m for m in self.cands if m.end <= lb and self._heads_relative(m, lb)]):
            # "X, which docks onto Y and blocks it": Y is the object of the relative clause's
            # first verb; both verbs are X's
            return [self.role(m) for m in head if m.start == head[-1].start]
        if lb and left_start == lb and "," not in left and _MAIN_AUXILIARY.search(left) and (
            _RELATIVE.search(s, max(0, lb - 12), lb)
        ) and not any(m.kind in MOLECULAR for m in _inside(self.cands, left_start, cue.start)) and (
            head := [m for m in self.cands if m.end <= lb and self._heads_relative(m, lb)
                        and m.kind in MOLECULAR and "," not in s[m.end : lb]]):
            # "the loss of X that sets in with age can be undone": the relative clause's head
            return [self.role(m) for m in head if m.start == head[-1].start]
        if "together" in left and prev.agents and _TOGETHER_THEY.search(left) and (
            partners := [r for r in prev.objects if r.molecular]
        ):  # "X binds Y; together they switch on Z": both partners act
            return prev.agents + partners
        found = _inside(self.cands, left_start, cue.start)
        if cue.info.relation == "required_for" and ", " in left and (
            appositive := _SINGLE_APPOSITIVE.search(left)
        ) and not cue.text.split(None, 1)[0].endswith("s"):
            # (session 30, round a) "A fell, and B, the hub cells need to ...": B's, and no
            # one's when the appositive's head is no mention ("... makes Z, a molecule nerves
            # need to fire": Z's, not the maker's)
            at = left_start + appositive.start()
            if (head := [m for m in self.cands if m.end == at]) or " need" in cue.text or (
                " require" in cue.text
            ):
                return [self.role(m, floor=left_start) for m in head[-1:]]
        if found:
            # "Among people with X, Y was ...": mentions after the last comma win.
            commas = [left_start + m.end() for m in re.finditer(r",", left)]
            if commas:
                last = [m for m in found if m.start >= commas[-1]]
                if not last and (ana := self._anaphor(
                    s[commas[-1] : cue.start], commas[-1], prev, earlier_end=commas[-1]
                )):
                    return ana  # "In the old swimmers, both enzymes returned ...": the pronoun
                if not last and len(commas) >= 2:
                    # "X, often tracked by Y and Z, tends to ...": the aside is not the subject
                    last = [m for m in found if m.end < commas[0]]
                if last:  # "A, B and C rose": the whole list before the verb
                    earlier = [m for m in found if m.end <= last[0].start]
                    listed = any(_LIST_AND.match(s, a.end, b.start) for a, b in pairwise(last))
                    while earlier and _LIST_GAP.match(s, earlier[-1].end, last[0].start) and (
                        listed or _LIST_AND.match(s, earlier[-1].end, last[0].start)
                    ):
                        last.insert(0, earlier.pop())
                        listed = True
                found = last or found
            kept = [m for m in found if not self._after_adjunct(m, left_start)]
            if not kept and " from " in left and (ana := self._anaphor(
                s[left_start : found[0].start], left_start, prev, earlier_end=left_start
            )):
                # (session 34, round a) "glands secrete X. The brief surge from a sprint
                # dampens Y": the surge named back is X's, the sprint its occasion
                return ana
            found = kept or found
            # "the heart benefits of exercise fade": the subject is the benefits
            found = [m for m in found if m.kind in MOLECULAR or self._heads_itself(m, left_start)]
            if found:
                return [self.role(m, floor=left_start) for m in found]
        if "," in left and (aside := self._aside_head(cue.start)):
            return aside  # "X, a protein that Y switches on, also rose": X
        if ana := self._anaphor(left, left_start, prev, earlier_end=left_start):
            return ana
        if head := self._appositive_head(left, left_start):
            return head
        words = [w.lower() for w in _WORD.findall(self._without_context(left, left_start))]
        only_connectors = all(w in self.lex.connectors or _NUMBER.match(w) for w in words)
        relative = _RELATIVE.search(s[max(0, lb - 12) : lb]) if lb else None
        if relative and not only_connectors and words and words[0] in _HELPING and len(words) <= 3:
            # (session 28, round b) "X is an enzyme that helps liver cells store Y": the helper,
            # the relative clause's head, does it (as "X helps liver cells store Y")
            only_connectors = True
        if relative and not only_connectors and len(words) == 3 and words[2] == "to" and (
            words[1] in _MAKES
        ):
            # (session 29, round b) "X is a factor that bone makes to slow Y": the purpose is
            # what the thing made does, the relative clause's head
            only_connectors = True
        # "X is required for A and may be a target for B" (a cue after a cut): the previous
        # verb's subject, not the head of the relative clause the sentence opened with
        if relative and only_connectors and not (prev.agents and left_start > lb):
            head = [m for m in self.cands if m.end <= lb and self._heads_relative(m, lb)]
            if head:
                return self._head_roles(head, _plural_verb(cue.text))
            if listed := self._relative_list(max(0, lb - 12), lb + 1)[1]:
                return listed  # "the two genes that tag Z ..., X and Y": X and Y
            before = s[: max(0, lb - 12) + relative.start()].rstrip().rstrip(",")
            clause = re.split(r"[,;:]", before)[-1]
            # "it is a marker that ...", "The protein, which ...": the pronoun's antecedent
            if ana := self._anaphor(clause, len(before) - len(clause), prev):
                return ana
            text = self.phrase(clause, leading=True)
            return [Role(None, text, pos=0)] if text else []
        if only_connectors:
            comma = s.rfind(",", lb, left_start)
            if prev.agents and comma >= 0 and all(
                not r.entity_id and self._is_exercise(r) for r in prev.agents
            ) and self._anaphor(s[comma + 1 : cue.start], comma + 1, prev,
                                earlier_end=comma + 1):
                # "rowing doubled X, and the kinase next bound Y": a new subject the
                # clause cut left behind; not the running (left unread, as before)
                return []
            if prev.agents and comma >= 0 and not any(r.molecular for r in prev.agents) and (
                self.lex.phrases["molecule_nouns"].search(s, comma + 1, cue.start)
            ) and (ana := self._anaphor(s[comma + 1 : cue.start], comma + 1, prev,
                                        earlier_end=comma + 1)) and any(
                r.molecular for r in ana
            ):  # (session 30, round c) "cycling tripled X, and the enzyme next drew in
                # Y": the molecule noun stands for X, not for the grounded walking
                return ana
            if self._passive_subject and _OWN_AUXILIARY.match(left):
                return self._passive_subject
            if prev.agents:
                return prev.agents
            participle = _ING.match(cue.text.split()[0]) and _COMMA_OPENING.search(
                s[max(0, lb - 10) : lb]
            )
            if participle or (lb and re.search(r"\b(?:by|and|while|thereby)\s*$", s[:lb])):
                head = [m for m in self.cands if m.end <= cue.start]
                if head:
                    first = [m for m in head if m.start == head[0].start]
                    if participle:  # (session 27) "A and B sit on one side, driving Y": both
                        first += self._listed_after(first[-1], head)
                    return [self.role(m) for m in first]
        if framed := self._framed_agent(cue):
            return framed
        if only_connectors:
            return []
        if any(left_start <= b <= cue.start and all(
            w.lower() in self.lex.connectors for w in _WORD.findall(s[b : cue.start])
        ) for _, b in self.context_spans):
            return []  # "with most adults losing Y": the organism, no named subject
        if _OPEN_QUESTION.search(s, max(0, left_start - 30), cue.start):
            return []  # "do not know which organ makes X": the maker is unknown
        if (same := self._same_exercise(s[max(0, left_start - 20) : cue.start])) is not None:
            return [same._replace(pos=left_start)]
        text = self.phrase(self._without_context(left, left_start), leading=True)
        return [Role(None, text, pos=left_start)] if text else []

    def patients(self, start: int, end: int, prev: _Prev) -> list[Role]:
        """Right of the cue: mentions before an adjunct such as "after exercise" (genes also in
        a parenthesised list after it), outside parentheses and heading their phrase, else an
        object pronoun's antecedent, else the written words."""
        s = self.s
        adj_at = end
        for a, _, _ in self.hits["adjuncts"]:
            if start <= a < end:
                adj_at = a
                break
        found = [
            m for m in _inside(self.cands, start, end)
            if (
                m.kind in _GENE_KINDS if _in_parentheses(s, m.start) else m.end <= adj_at
            )
            and (m.kind in MOLECULAR or (self._heads_itself(m, start) and not (
                _IN_GROUP_AFTER.match(s, m.end)
                and _IN_GROUP_BEFORE.search(s, max(0, m.start - 14), m.start))))
        ]
        if len(found) > 1 and ", " in s[found[0].end : found[-1].start]:
            for i in range(1, len(found)):
                if _CLAUSE_AND.search(s, found[i - 1].end, found[i].start) and _OWN_VERB.match(
                    s, found[i].end
                ):
                    found = found[:i]
                    break
        if found and ", " in s[start : found[0].start] and (
            (cut := self._relative_list(max(0, start - 40), start)[0]) > start
        ):  # "genes that tag Z for breakdown, X and Y": Z, not the list of the clause's head
            found, adj_at, end = [], min(adj_at, cut), min(end, cut)
        if found:
            return [
                self.role(
                    m, floor=start,
                    negated=bool(search_end(self.g.object_negation, s[start : m.start],
                                            self.g.object_negation_tokens)),
                )
                for m in found
            ]
        if adj_at < end and (named := self._examples_of(adj_at, end)):
            return named  # "turns on further genes, among them X and Y": X and Y
        if adj_at == end and s[end : end + 1] == ":" and (named := self._colon_list(start, end)):
            return named  # "switches on two kinases: X and Y": X and Y
        if adj_at == end and (named := self._list_after_relative(start, end)):
            return named  # "switches on the two genes that build Z, X and Y": X and Y
        if ana := self._anaphor(s[start:adj_at], start, prev, object_position=True,
                                earlier_end=start):
            return ana
        if "," in s[start:adj_at] and (listed := self._written_list(s[start:adj_at], start)):
            return listed
        text = self.phrase(s[start:adj_at], leading=False)
        if not text:
            return []
        if back := self._response_back(text, prev):
            return [r._replace(pos=start, flip=False, negated=False) for r in back]
        if ("level" in text or "concentration" in text) and (
            back := self._levels_back(text, start)
        ):  # "keep levels close to the young ones"
            return back
        flip = self.lex.flips_start.match(text) is not None  # "gained less strength"
        return [Role(None, text, flip=flip, pos=start)]

    def by_agents(self, start: int, end: int, prev: _Prev) -> list[Role]:
        """A passive's agents after its "by" (``start``): "switched on by A and by B" gives A
        and B. "by" opens an adjunct, so the first reading stops at the second "by"; a
        second "by" right after the first agent, joined by "and"/"or", is read on."""
        agent = self.patients(start, end, prev)
        s = self.s
        if not agent or (at := s.find(" by ", start, end)) < 0 or not _AND_BY.search(
            s, start, at + 1
        ) or not (second := self.patients(at + 4, end, prev)):
            return agent
        return agent + [r for r in second if r not in agent]

    def _colon_list(self, start: int, colon: int) -> list[Role]:
        """The molecules a colon lists after a counted kind of molecule ("turns on two
        enzymes: X (also called X1) and Y"), in order; a name in parentheses is an alias."""
        s = self.s
        if _COUNTED_KIND.fullmatch(s, start, colon) is None:
            return []
        out: list[Mention] = []
        pos = colon + 1
        for m in _inside(self.cands, pos, len(s)):
            if m.start < pos:
                continue  # inside an alias's parentheses
            if m.kind not in MOLECULAR or not _COLON_LIST_GAP.fullmatch(s, pos, m.start):
                break
            out.append(m)
            pos = m.end
            if alias := _ALIAS.match(s, pos):
                pos = alias.end()
        return [self.role(m) for m in out]

    def _relative_list(self, lo: int, hi: int) -> tuple[int, list[Role]]:
        """For a relative clause after a counted kind that opens in ``[lo, hi)``: where the
        molecules it is about start to be listed (its comma) and those molecules ("the two
        genes that tag Z for breakdown, X and Y": the clause is X's and Y's, Z its object)."""
        s = self.s
        rel = _RELATIVE_IN.search(s, lo, hi)
        if rel is None or (kind := _COUNTED_END.search(s, max(0, rel.start() - 90),
                                                        rel.start())) is None:
            return -1, []
        named = self._list_after_relative(kind.start(), rel.start(), before_verb=True)
        return (s.find(", ", rel.end()), named) if named else (-1, [])

    def _list_after_relative(self, start: int, end: int, *, before_verb: bool = False
                             ) -> list[Role]:
        """The molecules an appositive lists after a counted kind and its relative clause
        ("switches on the two named Z genes that mark proteins for disposal, X (also
        called X1) and Y"): the list must close the sentence and the clause name nothing."""
        s = self.s
        rel = _RELATIVE_OPEN.match(s, end)
        if rel is None or _COUNTED_KIND.fullmatch(s, start, end) is None:
            return []
        comma = s.find(", ", rel.end())
        if comma < 0 or _inside(self.cands, rel.end(), comma):
            return []
        out: list[Mention] = []
        pos = comma + 1
        for m in _inside(self.cands, pos, len(s)):
            if m.start < pos:
                continue  # inside an alias's parentheses
            if m.kind not in MOLECULAR or not _COLON_LIST_GAP.fullmatch(s, pos, m.start):
                if before_verb and len(out) >= 2 and _LIST_THEN_VERB.match(s, pos):
                    break  # the main clause after the list names its own things
                return []
            out.append(m)
            pos = m.end
            if alias := _ALIAS.match(s, pos):
                pos = alias.end()
        if len(out) < 2 or (s[pos:].strip(" .!\"'”’") and not (
            # (session 32, round a) ... or a list the main verb follows: "Two proteins that mark
            # Z for removal, X and Y, go up when ...": the clause is X's and Y's too
            before_verb and _LIST_THEN_VERB.match(s, pos)
        )):
            return []
        return [self.role(m) for m in out]

    def _examples_of(self, at: int, end: int) -> list[Role]:
        """The named examples right after an unnamed object ("other factors, such as X and
        Y", "several proteins, among them X"): the molecules listed, in order."""
        s = self.s
        ex = _EXAMPLES.match(s, at)
        if ex is None:
            return []
        out: list[Mention] = []
        pos = ex.end()
        for m in _inside(self.cands, pos, end):
            if m.kind not in MOLECULAR or not _LIST_JOIN.fullmatch(s, pos, m.start):
                break
            out.append(m)
            pos = m.end
        return [self.role(m) for m in out]

    def _written_list(self, region: str, offset: int) -> list[Role]:
        """"Makes strokes, seizures and kidney stones more likely": a written list of three or
        more short noun phrases that fills the object slot is one object per item."""
        found = _WRITTEN_LIST.fullmatch(region)
        if not found:
            return []
        items = _LIST_SPLIT.split(found.group(1))
        if len(items) < 3 or any(
            w.lower() in self.g.clause_words or _RELATIVE_WORD.fullmatch(w.lower())
            for item in items for w in item.split()
        ):
            return []
        out, pos = [], 0
        for item in items:
            pos = region.index(item, pos)
            if text := self.phrase(item, leading=False):
                out.append(Role(None, text, pos=offset + pos))
            pos += len(item)
        return out if len(out) == len(items) else []

    def _framed_agent(self, cue: _Cue) -> list[Role]:
        """"When old rats were treated with X, their fibres regained ...": X is the agent."""
        for _, frame_end, _ in self.hits["agent_frames"]:
            if frame_end > cue.start:
                break
            after = [c for c in self.cands if frame_end <= c.start < frame_end + 4
                     and c.end <= cue.start]
            if after:
                return [self.role(c) for c in after]
        return []

    def phrase(self, region: str, *, leading: bool) -> str | None:
        """The written words of an ungrounded subject or object, trimmed to a noun phrase."""
        g = self.g
        text = region.strip()
        if leading:
            text = _RELATIVE_WORD.split(text)[-1]
            if (opener := self.lex.phrases["discourse_openers"].match(text)) and (
                text.startswith(",", opener.end())
            ):  # "In other words, the effect ...": the words after the opener
                text = text[opener.end() + 1 :]
            if _IMPERATIVE.match(text):
                return None  # "Please drop the line that D cures X": a request names no agent
            if fronted := _FRONTED_CLAUSE.match(text):  # "As we get older, we lose Y": the clause
                text = text[fronted.end() :]  # is when, not what: the words after it
        if stop := _STOP_TEXT.search(text):  # the words before the first stop
            text = text[: stop.start()]
        if not leading:  # "keeps fat storage in check": what is held, without the idiom
            text = _HELD_COMPLEMENT.sub("", text)
            if (" counts" in text or " fronts" in text or " scores" in text) and (
                _ON_COUNTS.match(text)
            ):
                return None  # (session 34, round a) "wins on two counts": no object
        words = text.replace("*", "").split()
        while words and (words[0].lower() in g.leading_noise or _ADVERB.match(words[0])):
            words = words[1:]
        while words and (words[-1].lower().rstrip(".!?") in g.trailing_noise
                         or _NOT_SUFFIX.search(words[-1])):
            words = words[:-1]
        if not words:
            return None
        if leading and (said := [w.strip("\"“”'’").lower() for w in words[-3:]]) and (
            said := [w for w in said if w]
        ) and len(said) >= 2 and said[-1] in _SPEECH and said[-2] in g.pronouns:
            return None  # (session 34, round a) "a cream that it claims halves Y": the teller
        if leading and all(w.lower() in _QUANTIFIERS or _ADVERB.match(w) for w in words):
            return None  # "(From midlife,) most (people) slowly lose Y", "none improved Y"
        if leading and len(words) > 1 and _ADVERB.match(words[-1]):
            core = " ".join(w for w in words if not _ADVERB.match(w))
            if core.lower() in g.pronouns or g.determiners.fullmatch(core + " "):
                return None  # "we gradually (lose Y)": a pronoun and its manner, no agent
        words = words[-8:] if leading else words[:10]
        out = g.determiners.sub("", " ".join(words)).strip(" .,'\"“”’")
        if not out or _SHARE_OF.sub("", out).lower() in g.pronouns or g.determiners.match(
            out + " "
        ):  # "it", "much of it"
            return None
        if not leading and out[:3].lower() == "of " and " " in out[3:]:
            # (session 36, round a) "spares them some of the costs of Y": the "of" the stripped
            # "some" leaves is no part of the object
            out = g.determiners.sub("", out[3:]).strip() or out
        if not leading and (share := _SHARE_OF.match(out)):
            # "may account for part of the weaker scores": the share is no part of the object
            out = g.determiners.sub("", out[share.end():]).strip() or out
        if leading and _OBJECT_PRONOUN.search(out):
            return None  # "removing them with a drug": what "them" stands for, not these words
        if leading and any(w.lower() in g.clause_words for w in out.split()):
            return None  # "once have been absorbed by muscle control" is a clause, not a subject
        return out

    def _candidates(self, mentions: list[Mention]) -> list[Mention]:
        """Mentions that can be a subject or object: no species or cohorts, no compound
        modifiers ("insulin-independent", and for outcomes and interventions "longevity drugs",
        "exercise response"); of nested mentions the outer one, unless the inner one is a gene
        and the outer is not ("IL-11 inhibitors")."""
        s, lex = self.s, self.lex
        out = []
        for m in mentions:
            if m.kind in CONTEXT_KINDS:
                continue
            tail = s[m.end : m.end + 30]
            if tail[:1] == "-" and _HYPHEN_WORD.match(tail) and not (
                lex.flips_after.match(tail) or self.g.marker_hyphens.match(tail)
            ):
                continue
            if m.kind not in MOLECULAR and self._modifies_noun(m) and not (
                m.kind == "intervention" and self.g.intervention_head.match(s, m.end)
            ):  # ("a rowing programme" is the rowing)
                continue
            if m.kind not in MOLECULAR and _AGE_FIGURE.match(s, m.end) and (
                lex.phrases["aging_names"].fullmatch(s[m.start : m.end])
                or s[m.start : m.end].lower() == "aged"
            ):
                continue  # "participants aged 71 to 89": the cohort's ages, not aging
            out.append(m)
        if any(m.kind == "family" for m in out):
            out = [m for m in out if not self._names_class_of(m, out)]
        spans = sorted({(m.start, m.end) for m in out})
        if all(a[1] <= b[0] for a, b in pairwise(spans)):
            # no mention inside another (the common case): none to drop
            return sorted(out, key=lambda m: (m.start, m.end))
        kept = []
        for m in out:
            molecular = m.kind in MOLECULAR
            if not any(
                # o holds m: only a gene inside something else stays
                (o.start <= m.start and m.end <= o.end and (not molecular or o.kind in MOLECULAR))
                # m holds o: a non-gene around a gene goes
                or (m.start <= o.start and o.end <= m.end and not molecular
                    and o.kind in MOLECULAR)
                for o in out
                if (o.start, o.end) != (m.start, m.end)
            ):
                kept.append(m)
        return sorted(kept, key=lambda m: (m.start, m.end))

    def _names_class_of(self, m: Mention, out: list[Mention]) -> bool:
        """Is the family ``m`` the class of the molecule right before it ("Fooin, a GTPase
        that ...", "Fooin is a BAR family member that ...")? It then describes that molecule,
        which is what the relative clause or the verb after the appositive speaks of."""
        if m.kind != "family":
            return False
        before = [o for o in out if o.end <= m.start and o.kind in MOLECULAR
                  and o.entity_id != m.entity_id]
        if not before:
            return False
        g = self.g
        return g.class_before.fullmatch(self.s, before[-1].end, m.start) is not None and (
            g.class_after.match(self.s, m.end) is not None
        )

    @property
    def _phrase_starts(self) -> set[int]:
        """Where any lexicon phrase starts in the sentence (computed on first use)."""
        if self._starts is None:
            self._starts = {a for hits in self.hits.values() for a, _, _ in hits}
        return self._starts

    def _modifies_noun(self, m: Mention) -> bool:
        """"longevity drugs", "exercise response": the mention is followed by the noun it
        modifies (a lower-case word that is no grammar word and starts no lexicon phrase)."""
        nxt = _NEXT_WORD.match(self.s, m.end)
        if not nxt:
            return False
        word = nxt.group(1)
        if nxt.start(1) in self._phrase_starts or _ADVERB.match(word):
            return False
        if self.s.startswith(" enough", nxt.end()):
            return False  # (session 30, round a) "a stroke severe enough to ...": an adjective
        return word not in self.g.function_words and word not in self.lex.connectors and (
            word not in self.lex.auxiliaries and word not in self.lex.measures
        )

    def _without_context(self, region: str, offset: int) -> str:
        """``region`` with species and cohort names blanked ("In the Framingham cohort, ...")."""
        if not self.context_spans:
            return region
        chars = list(region)
        for a, b in self.context_spans:
            for i in range(max(a, offset), min(b, offset + len(region))):
                chars[i - offset] = " "
        return "".join(chars)

    def _after_adjunct(self, m: Mention, floor: int) -> bool:
        if search_end(self.g.subject_adjunct, self.s[floor : m.start],
                      self.g.subject_adjunct_tokens) is not None:
            return True
        # (session 31, round a) a span of it: "D given during three months of X eased Y"
        return " of " in self.s[max(floor, m.start - 5) : m.start] and _SPAN_ADJUNCT.search(
            self.s, max(floor, m.start - 60), m.start) is not None

    def _heads_itself(self, m: Mention, floor: int) -> bool:
        """False for "the fat-burning effects of exercise": the object is the effects."""
        of = search_end(_OF_HEAD, self.s[floor : m.start], 3)
        return of is None or of.group(1).lower() in self.lex.pass_through

    def _starts_with_mention(self, right: str, offset: int) -> bool:
        lead = len(right) - len(right.lstrip())
        return any(m.start == offset + lead for m in self.cands)


#: "wins on two counts", "works on all fronts": how far, no object
_ON_COUNTS = re.compile(r"(?:on|in)\s+(?:both|all|several|many|two|three)\s+(?:counts|fronts|scores)\b",
                        re.IGNORECASE)

#: a pronoun's verb of saying left of a cue ("a cream that it claims halves Y", "a brew they
#: claim lowers Y"): the teller, no agent of the change
_SPEECH = frozenset({"says", "say", "said", "claims", "claim", "claimed", "promises", "promise",
                     "promised", "insists", "insist", "insisted", "argues", "argue", "argued"})

#: what joins two members of a list, an alias in parentheses allowed after the first: "A and
#: B", "A (A1), B and C"
_MEMBER_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$",
                         re.IGNORECASE)


def _plural_verb(text: str) -> bool:
    """Does ``text`` open with a verb in the plural present ("tag", "drive"; not "tags",
    "drove", "tagged")? A relative clause after a list with such a verb is the whole list's."""
    word = text.split(None, 1)[0].lower() if text.split() else ""
    return word.isalpha() and not word.endswith(("s", "ed")) and len(word) > 2
