"""Relative clauses, appositives and comma asides: which named thing a "which"/"that" clause, a
participle aside or an appositive noun phrase is about.

A cue inside such a clause speaks of the clause's head, not of the nearest mention; these
rules find that head.
"""

from __future__ import annotations

import re

from agefacts.extract.claim_patterns import (
    _BY,
    _LIST_GAP,
    _RELATIVE,
    _RELATIVE_OPENING,
    _RELATIVE_START,
    _RELATIVE_WORD,
    _WORD,
    MOLECULAR,
    _inside,
    _is_past,
)
from agefacts.extract.claim_records import Claim, Mention, Role, _Cue, _pairs, _Prev
from agefacts.extract.claim_state import ReaderState

#: ", the cell's energy gauge, which": an appositive noun phrase closed before "which"
_APPOSITIVE_BETWEEN = re.compile(
    r"\s+(?:a|an)\s+[^,;:()]{1,60}"
    # (session 27) a participle phrase: "X, infused into the tail vein of aged rats, lowered Y"
    r"|\s+(?:[a-z]+ed|given|made|taken|grown|drawn)\s+(?:[a-z]+ly\s+)?(?:into|in|by|with|from|"
    r"to|at|under|through|on)\s[^,;:()]{1,60}", re.IGNORECASE)
#: the measure of a given molecule before its name: "(that) a single infusion of purified "
_DOSE_OF = re.compile(
    r"^\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:dose|doses|injection|injections|infusion|"
    r"course)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_APPOSITIVE_WHICH = re.compile(
    r"^\)?\s*,\s*(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*,\s*(?:which|who)\s*$",
    re.IGNORECASE,
)

#: a sentence opening by defining its named subject, up to the relative pronoun: "D is a synthetic
#: compound that": the clause's verb is what D does, so D is who the sentence is about
_OPENING_DEFINITION = re.compile(
    r"\W*[\w-]+(?:\s+[\w-]+)?\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s*$",
    re.IGNORECASE)

#: a short participle phrase inside a predicate noun before its relative pronoun: "X is a
#: protein made by fat that ...": the pronoun is the protein's, not the maker's; (session 29,
#: round b) also set off by commas: "X is a peptide, secreted chiefly by the gut, that ..."
_REDUCED_RELATIVE = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s+(?:is|was|are|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?P<aside>,)?\s+(?:made|"
    r"produced|released|secreted|encoded|expressed|found)\s+(?:(?:mainly|mostly|largely|chiefly|"
    r"primarily)\s+)?(?:by|in)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?(aside),)\s+that\s*$",
    re.IGNORECASE,
)

#: an appositive noun with an "of"/"on" phrase, up to the mention: ", an inhibitor of ",
#: ", a brake on ", ", the main target of "
_APPOSITIVE_OF = re.compile(
    r",\s*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|on)\s+$", re.IGNORECASE
)

_HEAD_TAIL = re.compile(r"(?:\s+(?:levels?|expression|protein|activity|concentrations?|mRNA))?"
                        r"(?:\s*\([^()]*\))?\s*", re.IGNORECASE)

#: what joins two members of a list, an alias in parentheses allowed: "A and B", "A (A1), B"
_MEMBER_GAP = re.compile(
    r"\)?(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.IGNORECASE)
_ALIAS_OPEN = re.compile(r"\s*\(\s*")

_SHORT_NAME = re.compile(r"\(([\w-]{2,12})\)\s*$")
_COMMA_RELATIVE = re.compile(r",\s*(?:which|who)\b", re.IGNORECASE)

#: a relative pronoun right after a mention: "Y that", "Y, which"
_RELATIVE_AFTER = re.compile(r",?\s*(?:that|which)\s", re.IGNORECASE)

#: a second relative clause coordinated with a first: "... and that", "... and which"
_AND_RELATIVE = re.compile(r"\s+and\s+(?:that|which)\s*$", re.IGNORECASE)

_ASIDE_QUANTIFIER = re.compile(r"\s(?:all|both|each|also|once|themselves|itself)\s*$", re.IGNORECASE)


class RelativeRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _relative_head(self, lb: int, cue_start: int) -> list[Role]:
        """"X, which Y cleaves, is higher in ...": the head before the relative clause (its
        molecules, else its words), not what the relative clause names."""
        start = self.s.rfind(";", 0, lb) + 1  # the relative clause is a boundary of its own
        rel = _COMMA_RELATIVE.search(self.s, start, cue_start)
        if rel is None or "," not in self.s[rel.end() : cue_start]:
            return []
        inside = [m for m in _inside(self.cands, start, rel.start()) if m.kind in MOLECULAR]
        # (not "the X fragment (XF), which ...": a noun after the name heads the phrase)
        if inside and _HEAD_TAIL.fullmatch(self.s, inside[-1].end, rel.start()):
            return [self.role(m) for m in inside]
        head = self.s[start : rel.start()]
        text = self.phrase(head, leading=True)
        if text and (short := _SHORT_NAME.search(head)):  # "fragment (CF)": its short name too
            text = f"{text} ({short.group(1)})"
        return [Role(None, text, pos=start)] if text else []

    def _after_appositive(self, a: int) -> bool:
        """"X, a compound found in apples, activated Y": a participle right after an
        appositive ("a/an ..." between commas) that follows a subject opening its clause is
        that subject's verb, not an adjective opening a clause."""
        s = self.s
        comma = s.rfind(",", 0, a)
        if comma < 0 or s[comma + 1 : a].strip():
            return False
        opening = s.rfind(",", 0, comma)
        if opening < 0 or not _APPOSITIVE_BETWEEN.fullmatch(s, opening + 1, comma):
            return False
        return any(m.end == len(s[:opening].rstrip()) and (
            not _WORD.search(before := self._clause_before(m.start))
            # (session 27) a dose of it: "showed that a single infusion of purified X, given ..."
            or _DOSE_OF.search(before) is not None
        ) for m in self.cands)

    def _aside(self, lb: int, left_start: int, cue_start: int) -> bool:
        """Is the cue at ``cue_start`` the verb of a relative clause opened at ``lb`` with no
        subject of its own ("..., which controls X", "a protein that accumulates") or of an
        appositive (", a growth factor linked with X")?"""
        if self.g.appositive_phrase.match(self.s[left_start:cue_start]):
            return True
        if lb and lb < 60 and _OPENING_DEFINITION.match(self.s, 0, lb):
            return False  # (session 28, round b) "D is a synthetic compound that inhibits X"
        return bool(lb) and left_start == lb and _RELATIVE.search(
            self.s, max(0, lb - 12), lb
        ) is not None and not _inside(self.cands, lb, cue_start) and (
            # "the lab reported that it stimulates X, while it suppresses Y": a reported clause
            # is the main one, and its pronoun the next clause's "it"
            self.g.reported.search(self.s, max(0, lb - 24), lb) is None
            or not self._pronoun_subject(lb, cue_start)
        )

    def _passive_aside(
        self, cue: _Cue, right_end: int
    ) -> tuple[list[Claim], list[Role]] | None:
        """"A and B, switched on by X, drive Y": a participle opening an aside after a
        comma, with its agent after "by", acts on the list of mentions before the comma."""
        s = self.s
        if "," not in s[max(0, cue.start - 16) : cue.start]:
            return None
        by = _BY.match(s, cue.end, right_end)
        if not by:
            return None
        first = cue.text.split()[0]
        if not (_is_past(first) or first.lower() in self.g.participles):
            return None
        lead = max(0, cue.start - 16)
        comma = lead + len(_ASIDE_QUANTIFIER.sub("", s[lead : cue.start]).rstrip())
        if comma < 1 or s[comma - 1] != ",":
            return None
        before = [m for m in self.cands if m.end <= comma - 1]
        if not before or s[before[-1].end : comma - 1].strip() or before[-1].kind not in MOLECULAR:
            return None
        heads = [before.pop()]
        while before and _LIST_GAP.match(s, before[-1].end, heads[0].start):
            heads.insert(0, before.pop())
        end = s.find(",", by.end(), right_end)
        agents = [r for r in self.patients(by.end(), right_end if end < 0 else end, _Prev())
                  if r.entity_id]
        if not agents:
            return None
        info = cue.info
        negated = self._negated(comma, cue.end)
        undergoers = [self.role(m) for m in heads]
        return _pairs(agents, info.relation, undergoers, info.polarity, negated), undergoers

    def relative_after(self, pos: int) -> tuple[int, int] | None:
        """The span of a relative clause ("that followed running") opening at the first
        boundary after ``pos``, if that boundary is a relative pronoun."""
        rb = self._bound_start_from(pos)
        if not _RELATIVE_START.match(self.s, rb):
            return None
        return rb, self._bound_start_from(rb + 1)

    def group_relative_end(self, rb: int) -> int:
        """Where the relative clause describing a group ("those who walked every day") that
        starts at boundary ``rb`` ends, or 0 when ``rb`` does not open one."""
        s = self.s
        if not _RELATIVE_START.match(s, rb) or not self.g.group_before.search(s, max(0, rb - 30), rb):
            return 0
        return self._bound_start_from(rb + 1)

    def _object_gap(self, lb: int, left_start: int, cue_start: int) -> list[Role]:
        """The head of a relative clause whose verb has its own subject and no object ("a
        hormone that fat releases", "a protein that exercise induces"): the head is the
        object. Empty when the clause is not such a relative clause."""
        s = self.s
        if not lb or left_start != lb or not _RELATIVE.search(s, max(0, lb - 12), lb):
            return []
        if "," in s[lb:cue_start]:
            return []  # "X, which supports Y, climbed": closed before the verb
        words = [w.lower() for w in _WORD.findall(self._without_context(s[lb:cue_start], lb))]
        content = [w for w in words if w not in self.lex.connectors]
        if not content:  # "a kinase that exercise turns on": the exercise is the subject
            raw = [w.lower() for w in _WORD.findall(s[lb:cue_start])]
            if len(raw) <= 2 and self.lex.contexts["exercise"].fullmatch(raw[-1] if raw else ""):
                words = content = raw
        if not content or len(words) > 4 or any(
            w in self.g.function_words and w not in self.g.determiners_set for w in words
        ):
            return []
        head = [m for m in self.cands if m.end <= lb and self._heads_relative(m, lb)] or [
            # "X, a kinase that exercise turns on": the appositive's entity
            m for m in self.cands
            if m.end <= lb and self.g.appositive_relative.match(s[m.end : lb])
        ]
        return [self.role(m) for m in head if m.start == head[-1].start and m.kind in MOLECULAR]

    def _appositive_head(self, left: str, left_start: int) -> list[Role]:
        """"FGF2, a hormone often linked with X": a cue inside an appositive noun phrase
        speaks of the entity named right before the appositive's comma."""
        if not self.g.appositive_phrase.match(left) or any(
            w.lower() in self.g.clause_words for w in _WORD.findall(left)
        ):
            return []
        comma = left_start + left.index(",")
        head = [m for m in self.cands if m.end <= comma
                and _HEAD_TAIL.fullmatch(self.s, m.end, comma)]  # "X (XP) protein, the ..."
        return [self.role(m) for m in head[-1:]]

    def _aside_head(self, cue_start: int) -> list[Role]:
        """"X, a protein that Y switches on, also rose": the verb after an appositive relative
        clause closed by a comma is X's, not the subject of the clause inside it."""
        s = self.s
        comma = s.rfind(",", 0, cue_start)
        if comma < 0 or any(w.lower() not in self.lex.connectors
                            for w in _WORD.findall(s[comma + 1 : cue_start])):
            return []
        for rel in reversed(list(_RELATIVE_WORD.finditer(s, max(0, comma - 200), comma))):
            if "," in s[rel.end() : comma]:
                break
            head = [m for m in self.cands if m.end <= rel.start()
                    and self.g.appositive_relative.match(s[m.end : rel.end()])]
            if head:
                return [self.role(m) for m in head if m.start == head[-1].start]
        return []

    def _closed_relative(self, lb: int, left_start: int, left: str) -> list[Role]:
        """The head of a relative clause that opens the left side and is closed by a comma
        before the verb: "X, which ..., VERB" has X as its subject."""
        if not lb or left_start != lb or "," not in left:
            return []
        relative = _RELATIVE_OPENING.search(self.s, max(0, lb - 12), lb)
        # "X, a protein that ..., VERB": "that" in an appositive closes the same way
        appositive = [] if relative else [
            m for m in self.cands
            if m.end <= lb and self.g.appositive_relative.match(self.s[m.end : lb])
        ]
        if not relative and not appositive:
            return []
        tail = left[left.rfind(",") + 1 :]
        if any(w.lower() not in self.lex.connectors for w in _WORD.findall(tail)):
            return []
        if appositive:
            # (session 34, round c) "A and B, two kinases that mark Y, climb": the whole list
            # before a plural appositive
            return self._head_roles(appositive)
        head = [m for m in self.cands if m.end <= lb and self._heads_relative(m, lb)]
        if head:
            return self._head_roles(head)
        # an unnamed head ("The drug, which ..., blunted"): its words, never the clause's
        before = self.s[: relative.start()].rstrip().rstrip(",")
        text = self.phrase(re.split(r"[,;:]", before)[-1], leading=True)
        return [Role(None, text, pos=0)] if text else []

    def _head_roles(self, head: list[Mention], plural: bool = False) -> list[Role]:
        """The roles of a relative clause's head: its last mention, or the whole list before
        a plural appositive ("X and Y, two genes that ...") or a plural verb ("A and B, which
        tag Y for breakdown": session 27)."""
        last = [m for m in head if m.start == head[-1].start]
        if (outer := self._appositive_holder(last[0].start)) is not None:
            return [self.role(outer)]
        if plural and last[0].kind in MOLECULAR and (
            earlier := self._listed_before(last[0])
        ):
            return [self.role(m) for m in earlier + last]
        if self.g.plural_appositive.match(self.s, last[0].end):
            earlier = [m for m in self.cands if m.end <= last[0].start]
            while earlier and _LIST_GAP.match(self.s, earlier[-1].end, last[0].start):
                first = earlier.pop()
                last = [m for m in self.cands if m.start == first.start] + last
        roles = [self.role(m) for m in last]
        if any(r.flip for r in roles) and (rel := _RELATIVE_WORD.search(
            self.s, last[-1].end, last[-1].end + 60
        )) and self.g.appositive_relative.match(self.s[last[-1].end : rel.end()]):
            # (session 32, round a) "aged tissue keeps less X, the signal that makes cells
            # divide": the appositive describes X itself, not the smaller amount of it
            roles = [r._replace(flip=False) for r in roles]
        return roles

    def _listed_before(self, last: Mention) -> list[Mention]:
        """The molecules listed before ``last`` ("A, B and" before C), none unless the list's
        last join holds "and" or "or"."""
        s = self.s
        earlier = [m for m in self.cands if m.end <= last.start]
        out: list[Mention] = []
        nxt = last
        joined = False
        while earlier and earlier[-1].kind in MOLECULAR:
            if _ALIAS_OPEN.fullmatch(s, earlier[-1].end, nxt.start):  # "X (X1)": X1 is X
                nxt = earlier.pop()
                out.insert(0, nxt)
                continue
            gap = _MEMBER_GAP.match(s, earlier[-1].end, nxt.start)
            if gap is None:
                break
            if not joined and not re.search(r"\b(?:and|or)\b", gap.group()):
                return []
            joined = True
            nxt = earlier.pop()
            out.insert(0, nxt)
        seen = {last.entity_id}
        return [m for m in out if joined and not (m.entity_id in seen or seen.add(m.entity_id))]

    def _listed_after(self, first: Mention, head: list[Mention]) -> list[Mention]:
        """The molecules listed right after ``first`` ("A and B", "A, B and C")."""
        s = self.s
        out: list[Mention] = []
        prev = first
        for m in head:
            if m.start < first.end or m.kind not in MOLECULAR:
                continue
            if not _MEMBER_GAP.match(s, prev.end, m.start):
                break
            out.append(m)
            prev = m
        return out if out and re.search(r"\b(?:and|or)\b", s[first.end : out[-1].start]) else []

    def _appositive_holder(self, start: int) -> Mention | None:
        """"X, an inhibitor of Y signalling that keeps Z quiet": the mention at ``start`` sits
        in an appositive noun's "of"/"on" phrase, so the relative clause after it (and the verb
        after the appositive) speaks of X, the molecule the appositive describes."""
        base = max(0, start - 40)
        before = self.s[base:start]
        if before.endswith(("of the ", "on the ")):  # "the main enzyme of the X pathway"
            before = before[:-4]
        if not before.endswith(("of ", "on ")) or not (opener := _APPOSITIVE_OF.search(before)):
            return None
        comma = base + opener.start()
        held = [m for m in self.cands if m.end <= comma and m.kind in MOLECULAR
                and _HEAD_TAIL.fullmatch(self.s, m.end, comma)]  # "X (XP) protein, the ..."
        return held[-1] if held else None

    def _without_appositive_members(self, claims: list[Claim]) -> list[Claim]:
        """"After training, X, the master regulator of Y, rose": Y sits in the appositive's
        "of" phrase that says what X is, so a claim X makes is not Y's as well (only where X
        makes the same claim)."""
        made = {(c.relation, c.subject.entity_id, c.obj.entity_id, c.obj.text) for c in claims}
        out = []
        for c in claims:
            if c.subject.entity_id and c.subject.pos >= 0 and (
                held := self._appositive_holder(c.subject.pos)
            ) is not None and held.entity_id != c.subject.entity_id:
                key = (c.relation, held.entity_id, c.obj.entity_id, c.obj.text)
                if key in made:
                    continue
                ends = [m.end for m in self.cands if m.start == c.subject.pos]
                if held.entity_id and ends and _RELATIVE_AFTER.match(self.s, max(ends)) and (
                    c.obj.entity_id != held.entity_id
                ):
                    # (session 29, round a) "X, a blocker of Y that is scarcer in aged
                    # rats": the relative clause after the "of" phrase is X's
                    made.add(key)
                    c = c._replace(subject=self.role(held))
            out.append(c)
        return out

    def _heads_relative(self, m: Mention, lb: int) -> bool:
        """Is ``m`` what "which"/"that" (ending at ``lb``) refers to? Only when it stands right
        before it ("GDF15, which ...", "Wnt signaling, which ...") or is predicated as it
        ("X has been identified as a key factor that ...")."""
        between = self.s[m.end : lb]
        if " and " in between and (coord := _AND_RELATIVE.search(between)):
            # (session 29, round b) "X, a factor that Y silences and that binds Z": the
            # second relative clause, coordinated with the first, has the first one's head
            if first := _RELATIVE_WORD.search(between, 0, coord.start()):
                return self._heads_relative(m, m.end + first.end())
            lo = max(0, m.start - 80)
            opened = list(_RELATIVE_WORD.finditer(self.s, lo, m.start))
            if opened and not any(ch in self.s[opened[-1].end() : m.start] for ch in ",;"):
                return False  # "... that the gut releases after meals and that ...": m
                # sits inside the first clause, whose head is not m
        if _REDUCED_RELATIVE.match(between):
            return True  # "X is a hormone made by bone that ...": the hormone, which is X
        if self.g.appositive_relative.match(between) or _APPOSITIVE_WHICH.match(between):
            # "X, a kinase that ...", "X, the cell's energy gauge, which ...": the
            # appositive describes m, and so does the relative clause after it
            return True
        words = _WORD.findall(between)[:-1]  # the pronoun itself
        if len(words) <= 2 and between.count(",") <= 1:
            return True
        return not self.g.coordinators.search(between.replace(",", " ")) and any(
            w.lower() in self.g.copulas for w in words
        )
