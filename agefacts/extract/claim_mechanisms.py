"""How molecules act beyond a plain verb: drugs and their targets, routes and purposes, restraint,
switching processes on, phosphorylated forms, effects that depend on a factor, and arrow notes.
"""

from __future__ import annotations

import re
from itertools import pairwise

from agefacts.extract.claim_patterns import (
    _ING,
    _OPPOSITE,
    _SWITCHES,
    _WORD,
    CONTEXT_KINDS,
    MOLECULAR,
    _inside,
)
from agefacts.extract.claim_records import Claim, Mention, Role, _pairs
from agefacts.extract.claim_state import ReaderState

#: a phosphorylated form named: "phosphorylated X", "the phosphorylation of X", "X phosphorylation"
_PHOSPHO_BEFORE = re.compile(
    r"\b(?:phosphorylated|phospho-?|phosphorylation\s+of\s+(?:the\s+)?)\s*$", re.IGNORECASE
)
#: a switch thrown on, the verb of a molecule that starts a process ("switches on", "turned on")
_SWITCHED_ON = re.compile(r"(?:switch|turn)(?:es|s|ed|ing)?\s+on\b", re.IGNORECASE)
_PHOSPHO_AFTER = re.compile(r"\s*(?:protein\s+)?phosphorylation\b", re.IGNORECASE)

#: a spoken conditional's imperative loss: "Take X away and ...", "Block X and ..."
#: A notes arrow to an outcome ("→ senescence"), and where the outcome's words end (an aside,
#: a clause) and split into several ("→ neurogenesis, memory", "+ repair").
_NOTE_ARROW = re.compile(r"→|⟶|⇒|(?<![<-])-{1,2}>")
_ARROW_OUTCOME_END = re.compile(r"[(;:.]\s|[(;]|\.$|\s(?:in|if|when|but|because|via)\s")
_OUTCOME_SPLIT = re.compile(r",|\s\+\s|\s(?:and|&)\s")
_QUOTES = re.compile("[\"“”]|(?<!\\w)['‘’]|['‘’](?!\\w)")

#: a verb's object starts right after it (not "refold and ...", "refold.")
_OBJECT_NEXT = re.compile(r"\s+(?!(?:and|or|but|after|when|with|in|during)\b)[\w(]",
                          re.IGNORECASE)

#: a route cue ("acts through", "signals via") and the signed verbs a purpose after it may name
_ROUTE = re.compile(r"\b(?:through|via)$", re.IGNORECASE)
_PURPOSE_RELATIONS = frozenset({"increases", "decreases", "activates", "inhibits"})

#: "blocking X with the drug D", "inhibited it with a compound, D": D inhibits X
_INSTRUMENT = re.compile(
    r"\b(?:block|inhibit|suppress|silenc|switch(?:ing|ed)?\s+off)(?:ing|ed|es|s|e)?\s+"
    r"(?P<target>[^,;:.()]{1,60}?)\s+(?:with|using)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!drug|compound)[\w-]+\s+)?(?:drug|compound|inhibitor|medicine|medication|molecule)"
    r"s?,?\s+(?:called\s+|named\s+|known\s+as\s+)?(?P<drug>[\w-]+(?:\s+(?-i:[A-Z0-9])[\w-]*)?)",
    re.IGNORECASE,
)

_TARGET_PRONOUNS = frozenset({"it", "them", "this"})

#: "X switches on Y in response to A, B and C": what X answers to, up to the clause's end
_IN_RESPONSE = re.compile(r"\bin\s+response\s+to\s+", re.IGNORECASE)
_RESPONSE_LIST_END = re.compile(
    r"[;:()]|\.(?:\s|$)|,?\s(?:but|while|whereas|which|when|because|so|although|though|"
    r"particularly|especially|after|during|in|within)\s", re.IGNORECASE)
_RESPONSE_ITEMS = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_RESPONSE_LEAD = re.compile(r"^(?:the|a|an|its|their)\s+", re.IGNORECASE)

_BLOCKERS = frozenset({"inhibitor", "blocker", "antagonist"})

#: (session 31, round a) a route right after a verb's object: "X switches on Y through A and
#: B", "X raises Y mainly via A": what follows is a list of named molecules joined by commas
#: and "and" (an "or" leaves the route open)
_OBJECT_ROUTE = re.compile(
    r"\s+(?:(?:partly|mainly|largely|chiefly|mostly|in\s+part|partially|primarily)\s+)?"
    r"(?:through|via)\s+(?:the\s+)?(?:(?:proteins?|enzymes?|kinases?|genes?)\s+)?",
    re.IGNORECASE,
)
_ROUTE_JOINER = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_ROUTED_RELATIONS = frozenset({"increases", "decreases", "activates", "inhibits"})

_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|our)\s+$", re.IGNORECASE)
_ACTOR_OPENING = re.compile(
    r"\s*,\s*(?:a|an|our|the|their|its|this|one)\s+(?:(?!of\b|and\b|or\b)[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_ACTOR_TAIL = re.compile(
    r"(?:\s+|-)(?:selective\s+|specific\s+|small-molecule\s+)?"
    r"(inhibitor|blocker|antagonist|activator|agonist)\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)

_NOT_A_NAME = frozenset({"that", "which", "who", "and", "or", "to", "in", "for", "of", "at",
                         "on", "the", "a", "an", "they", "it", "was", "is", "but"})


class MechanismRules(ReaderState):
    """Rules ``SentenceReader`` inherits: see the module docstring."""

    def _instruments(self, claims: list[Claim], molecular: list[Role]) -> list[Claim]:
        """"Blocking X with the drug D reduced Y": the drug inhibits X, and the clause is still
        about X (X increases Y, as for "blocking X reduced Y"), not about the drug named inside
        the gerund phrase. "it" as the target is the last molecule named before the verb."""
        out = list(claims)
        for m in _INSTRUMENT.finditer(self.s):
            t0, t1 = m.span("target")
            target = next((Role(c.entity_id, None, c.kind, pos=c.start,
                                vocabularies=c.vocabularies, surface=self.s[c.start : c.end])
                           for c in self.cands if t0 <= c.start and c.end <= t1
                           and c.kind in MOLECULAR), None)
            if target is None and m.group("target").lower().split()[-1] in _TARGET_PRONOUNS:
                target = next((r for r in reversed(molecular) if r.pos < m.start()), None)
            if target is None:
                continue
            d0 = m.start("drug")
            drug = next((Role(c.entity_id, None, c.kind, pos=c.start,
                              vocabularies=c.vocabularies, surface=self.s[c.start : c.end])
                         for c in self.cands if c.start == d0), None)
            if drug is None and m.group("drug").split()[0].lower() in _NOT_A_NAME:
                continue  # "with a drug that ...", "with a compound and ..."
            if drug is None and "," in self.s[m.end("target") : d0] and not (
                m.group("drug")[:1].isupper() or m.group("drug")[:1].isdigit()
            ):  # (session 27, round b) "inhibited X with a compound, fewer neurons died": past
                continue  # the comma a new clause opens, unless a name follows ("the drug, D,")
            drug = drug or Role(None, m.group("drug"), None, pos=d0)
            if drug.entity_id == target.entity_id:
                continue
            moved = []
            for c in out:
                if c.subject.pos == d0 and c.relation in _OPPOSITE and not c.subject.flip:
                    rel = _OPPOSITE[c.relation]
                    pol = "positive" if rel in ("increases", "activates") else "negative"
                    c = Claim(target, rel, c.obj, pol, c.negated)
                moved.append(c)
            out = moved
            out.append(Claim(drug, "inhibits", target, "negative", False))
        return out

    def _named_actor(self, claims: list[Claim]) -> list[Claim]:
        """"D, a selective X inhibitor, went into the feed": an appositive that names what D is
        for a target says D inhibits (or activates) X, whatever the main verb says."""
        out, have = [], {(c.subject.key, c.relation, c.obj.key) for c in claims}
        drugs = {d.start: d for d in self.cands + self.interventions}
        for x in self.cands:
            # "the X blocker D stopped ...": the actor noun names what D is for X (D may read
            # as a modifier of the next word, so the interventions are asked too)
            if x.kind in MOLECULAR and (m := _ACTOR_TAIL.match(self.s, x.end)) and (
                d := drugs.get(m.end() + 1)
            ) and self.s[m.end()] == " " and d.entity_id != x.entity_id and (
                _DETERMINER_END.search(self.s, max(0, x.start - 8), x.start)
            ):
                rel = "inhibits" if m.group(1).lower() in _BLOCKERS else "activates"
                c = Claim(self.role(d), rel, self.role(x),
                          "negative" if rel == "inhibits" else "positive", False)
                if (c.subject.key, rel, c.obj.key) not in have:
                    out.append(c)
        for d, x in pairwise(self.cands):
            if x.kind not in MOLECULAR or d.kind in CONTEXT_KINDS or d.entity_id == x.entity_id:
                continue
            if not (_ACTOR_OPENING.match(self.s, d.end, x.start)
                    and (m := _ACTOR_TAIL.match(self.s, x.end))):
                continue
            rel = "inhibits" if m.group(1).lower() in _BLOCKERS else "activates"
            c = Claim(self.role(d), rel, self.role(x),
                      "negative" if rel == "inhibits" else "positive", False)
            if (c.subject.key, rel, c.obj.key) not in have:
                out.append(c)
        return out

    def _sums_up(self, role: Role) -> bool:
        return role.entity_id is None and (role.text or "").lower() in self.g.effect_nouns

    def _effect_agents(self, claims: list[Claim]) -> list[Claim]:
        """"X improves Y, an effect that depends on Z": the effect is X's, so X depends on Z
        (the last named molecular subject before it in the sentence)."""
        out: list[Claim] = []
        for c in claims:
            if self._sums_up(c.subject):
                agent = next((o.subject for o in reversed(out) if o.subject.molecular), None)
                if agent is not None:
                    c = c._replace(subject=agent)
            out.append(c)
        return out

    def _helped_doers(self, claims: list[Claim]) -> list[Claim]:
        """"Training helps old fibres keep X": the fibres are who keeps X (the verb after them
        says what training does), not something training raises."""
        doers: list[tuple[int, int]] = []
        for a, b in pairwise(self.cues):
            if a.text.lower().startswith("help") and b.info.frame == "verb" and not b.modifier \
                    and len(_WORD.findall(self.s[a.end : b.start])) <= 4 \
                    and not _inside(self.cands, a.end, b.start) \
                    and _OBJECT_NEXT.match(self.s, b.end):
                # ("helps torn fibres mend": a verb with no object of its own leaves
                # the helped its object)
                doers.append((a.end, b.start))
        if not doers:
            return claims
        return [c for c in claims if c.obj.entity_id or c.obj.pos is None
                or not any(lo <= c.obj.pos < hi for lo, hi in doers)]

    def _routed_purpose(self, c: Claim) -> Claim:
        """"X acts through Y to switch on Z": the purpose infinitive after the route is what X
        does to Z (X activates Z), not a second route; Y stays the route."""
        if c.relation != "depends_on" or c.obj.pos is None or c.subject.pos is None:
            return c
        route = next((k for k in self.cues if k.info.relation == "depends_on"
                      and c.subject.pos < k.start < c.obj.pos
                      and _ROUTE.search(k.text)), None)
        if route is None:
            return c
        goal = next((k for k in self.cues if route.end < k.start < c.obj.pos
                     and k.info.frame == "verb" and k.info.relation in _PURPOSE_RELATIONS
                     and self.s[max(0, k.start - 3) : k.start].lower() == "to "), None)
        if goal is None or _inside(self.cands, goal.end, c.obj.pos) or "," in self.s[
            goal.end : c.obj.pos
        ]:
            return c
        return Claim(c.subject, goal.info.relation, c.obj, goal.info.polarity, c.negated)

    def _object_routes(self, claims: list[Claim]) -> list[Claim]:
        """"X switches on Y through A and B": X's effect on Y runs through A and B (X
        `depends_on` each); only a named subject, an object written or named right before the
        route, and named molecules in the route ("through exercise", "via the blood" are
        none)."""
        s, out = self.s, []
        seen: set[tuple[str | None, str | None]] = set()
        for c in claims:
            if c.relation not in _ROUTED_RELATIONS or not c.subject.entity_id or c.subject.flip:
                continue
            if c.obj.pos is None or c.obj.pos < 0:
                continue
            end = c.obj.pos + len(c.obj.surface or c.obj.text or "")
            m = _OBJECT_ROUTE.match(s, end)
            if m is None:
                continue
            at, route = m.end(), []
            while (named := next((x for x in self.cands if x.start == at), None)) is not None:
                if named.kind not in MOLECULAR:
                    break
                route.append(named)
                j = _ROUTE_JOINER.match(s, named.end)
                if j is None:
                    break
                at = j.end()
            if route and re.match(r"\s*,?\s*or\b", s[route[-1].end : route[-1].end + 6]):
                continue  # "via A or via some other path": left open
            for r in route:
                if r.entity_id == c.subject.entity_id or (c.subject.entity_id, r.entity_id) in seen:
                    continue
                seen.add((c.subject.entity_id, r.entity_id))
                out.append(Claim(c.subject, "depends_on", self.role(r), "positive", c.negated))
        return out

    def _dampened(self, c: Claim) -> Claim:
        """A molecule that dampens something restrains it: "X, a factor that dampens glucose
        uptake" is X `inhibits` the uptake. Exercise or a diet that dampens Y only
        lowers it, so this is for a molecular subject only."""
        if c.relation != "decreases" or not c.subject.molecular or c.obj.pos is None:
            return c
        cue = next((k for k in reversed(self.cues) if k.info.frame == "verb"
                    and c.subject.pos < k.start < c.obj.pos), None)
        if cue is None or not cue.text.lower().startswith("dampen"):
            return c
        return Claim(c.subject, "inhibits", c.obj, "negative", c.negated)

    def _on_process(self, c: Claim) -> Claim:
        """Switching on an unnamed process raises it: "X stimulates the proliferation of stem
        cells" is X `increases` the proliferation (cells or molecules stay `activates`)."""
        if c.relation not in _SWITCHES or c.obj.entity_id is not None or not c.obj.text:
            return c
        head = _WORD.findall(c.obj.text.lower().split(" of ", 1)[0])
        if not head or head[-1] not in self.g.process_nouns:
            return c
        if c.subject.pos is not None and c.obj.pos is not None and (cue := next((
            k for k in reversed(self.cues)
            if k.info.frame == "verb" and c.subject.pos < k.start < c.obj.pos
        ), None)) and _SWITCHED_ON.match(cue.text):
            # (session 33, round d) a switch thrown on a process stays one: "X, the kinase that
            # switches on fibre repair", "Y turns on the making of Z" is `activates`
            return c
        return c._replace(relation=_SWITCHES[c.relation])

    def _raised_active_form(self, c: Claim) -> Claim:
        """Raising a molecule's phosphorylated form switches it on: "X increased phosphorylated
        Y", "X raised the phosphorylation of Y", "X raised Y phosphorylation" is X `activates` Y
        (a molecule acting on a molecule only)."""
        pos = c.obj.pos
        if c.relation != "increases" or pos is None or not (
            c.subject.molecular and c.obj.molecular and c.obj.entity_id
        ):
            return c
        s = self.s
        if _PHOSPHO_BEFORE.search(s, max(0, pos - 25), pos) or _PHOSPHO_AFTER.match(
            s, pos + len(c.obj.surface or "")
        ):
            return c._replace(relation="activates")
        return c

    def _arrow_chain(self) -> list[Claim]:
        """"IGF-1 → Akt → mTORC1": each named thing activates the next (handouts, slides)."""
        mol = [m for m in self.cands if m.kind in MOLECULAR]
        out: list[Claim] = []
        linked: set[int] = set()  # the steps a chain arrow leads to
        for a, b in pairwise(mol):
            if self.g.chain_arrow.fullmatch(self.s[a.end : b.start].strip()):
                out += _pairs([self.role(a)], "activates", [self.role(b)], "positive", False)
                linked.add(b.start)
        if mol and "→" in self.s:
            out += self._arrow_outcomes(mol, linked)
        return out

    def _arrow_outcomes(self, mol: list[Mention], linked: set[int]) -> list[Claim]:
        """"X binds Y and silences it → more muscle", "Z ↑ in old cells → senescence → poor
        repair": the molecule a notes line opens with raises each unnamed outcome after an
        arrow ("less"/"poor" ones it lowers); a named thing after an arrow takes over ("A → B
        → growth": B drives growth)."""
        s, ph = self.s, self.lex.phrases
        out: list[Claim] = []
        arrows = [m.start() for m in _NOTE_ARROW.finditer(s)]
        for i, at in enumerate(arrows):
            seg = s.rfind(";", 0, at) + 1
            before = [m for m in mol if seg <= m.start and m.end <= at]
            if not before:
                continue
            # "A → B → growth": the named step right before the arrow; else the line's first
            last = before[-1]
            joined = i > 0 and arrows[i - 1] < last.start and not s[last.end : at].strip()
            cause = last if joined else before[0]
            end = arrows[i + 1] if i + 1 < len(arrows) else len(s)
            stop = _ARROW_OUTCOME_END.search(s, at + 1, end)
            end = stop.start() if stop else end
            named = [m for m in self.cands if at < m.start < end]
            if any(m.kind not in ("condition", "pathway") or m.start in linked for m in named):
                continue  # an outcome naming a group or an intervention: no molecular fact
            pos = at + 1
            for part in _OUTCOME_SPLIT.split(s[at + 1 : end]):
                start = s.find(part, pos)
                pos = start + len(part)
                text = _QUOTES.sub("", part).strip()
                if ph["arrow_outcome_none"].match(text):
                    break
                later = text.split()[1:]
                if not text[:1].isalpha() or any(w.endswith("ed") for w in later) or (
                    ph["arrow_outcome_verbs"].search(text)
                ):
                    break  # a comment, and what the same arrow lists after it
                relation = "increases"
                for key, rel in (("arrow_outcome_less", "decreases"), ("arrow_outcome_more", relation)):
                    if m := ph[key].match(text):
                        relation, text = rel, text[m.end() :].strip()
                if text and len(text.split()) <= 6:
                    polarity = "positive" if relation == "increases" else "negative"
                    # a grounded outcome ("→ neurogenesis" end to end) is that condition
                    here = next((m for m in named if start <= m.start and m.end <= pos), None)
                    outcome = self.role(here) if here else Role(None, text, pos=at)
                    out += _pairs([self.role(cause)], relation, [outcome], polarity, False)
        return out

    def _response_agents(self, claims: list[Claim]) -> list[Claim]:
        """"X switches on Y in response to A, B and C": X answers to each of A, B and C, which
        switch it on (A `activates` X; an exercise in the list induces X). Only after a claim
        whose named molecular subject acts before the phrase, and only a short list (each item
        up to three words)."""
        s = self.s
        m = _IN_RESPONSE.search(s)
        if m is None:
            return []
        sub = next((c.subject for c in claims if c.subject.molecular and c.subject.entity_id
                    and not c.subject.flip and 0 <= c.subject.pos < m.start()
                    and c.relation in ("activates", "increases")), None)
        if sub is None:
            return []
        end = _RESPONSE_LIST_END.search(s, m.end())
        region = s[m.end() : end.start() if end else len(s)]
        out: list[Claim] = []
        at = m.end()
        for item in _RESPONSE_ITEMS.split(region):
            start = s.find(item, at) if item else -1
            if start < 0 or not item.strip():
                continue
            at = start + len(item)
            words = _WORD.findall(_RESPONSE_LEAD.sub("", item))
            if not words or len(words) > 3:
                return []  # not a list of things
            named = next((x for x in self.cands if start <= x.start and x.end <= at), None)
            if named is not None and named.entity_id == sub.entity_id:
                continue
            if any(start <= a < at for a, _, _ in self.hits["exercise"]) and (
                named is None or named.kind == "intervention"
            ):
                obj = self.role(named) if named else Role(None, " ".join(words), pos=start)
                out.append(Claim(sub, "induced_by_exercise", obj, "positive", sub.negated))
            elif named is not None and named.kind not in CONTEXT_KINDS:
                out.append(Claim(self.role(named), "activates", sub, "positive", sub.negated))
            elif named is None and not _ING.match(words[-1]):  # ("loading": an activity)
                out.append(Claim(Role(None, " ".join(words), pos=start), "activates", sub,
                                 "positive", sub.negated))
        return out
