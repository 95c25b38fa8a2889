"""Claims: the subject–relation–object statements an article makes, with the sentence as evidence.

Rule-based, over sentences and grounded mentions. A relation cue from the lexicon
(``data/relation_cues.yaml``) splits its clause into an agent side and a patient side; grounded
mentions on each side (or, failing that, the words written there) become subject and object, and
every subject is paired with every object, so one sentence listing several genes yields one claim
per gene. Contexts in the clause re-read plain cues the way a curator would: a decrease "with
age" is ``declines_with_age``, a decline denied "in the trained group" is
``preserved_by_training``, a rise "after exercise" is ``induced_by_exercise``, one missing "in
aged muscle" is ``not_induced_in_aged``. Pronouns ("it", "both", "this protein") reach back to the
previous cue's subject in the sentence or to the previous sentence of the paragraph.

A claim needs at least one grounded side: free-text-only statements are not molecular facts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from agefacts import EXTRACTOR_VERSION
from agefacts.extract.cues import CueLexicon, RelationCue, lexicon
from agefacts.ids import stable_id

RELATIONS = (
    "associated_with",
    "increases",
    "decreases",
    "declines_with_age",
    "preserved_by_training",
    "induced_by_exercise",
    "not_induced_in_aged",
    "required_for",
    "inhibits",
    "activates",
    "depends_on",
    "other",
)
#: Entity kinds that can be what changes inside a body (as opposed to an outcome or an exposure).
MOLECULAR = frozenset({"gene", "family", "pathway"})
#: Entity kinds that place the evidence (species, cohort) rather than take part in it.
CONTEXT_KINDS = frozenset({"species", "cohort"})
#: Relations whose sign is fixed by the relation itself.
_FIXED_POLARITY = {
    "declines_with_age": "negative",
    "preserved_by_training": "positive",
    "induced_by_exercise": "positive",
    "not_induced_in_aged": "none",
}
_OPPOSITE = {
    "increases": "decreases",
    "decreases": "increases",
    "activates": "inhibits",
    "inhibits": "activates",
}
_DETERMINERS = re.compile(
    r"^(?:(?:the|a|an|their|its|his|her|our|your|this|these|those|that|some|any|such)\s+)+",
    re.IGNORECASE,
)
#: Before a cue word, these make it an adjective ("a reduced risk", "with lower X", "had lower X").
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:the|a|an|their|its|his|her|our|your|with|of|in|for|"
    r"from|on|into|than|at|as|had|has|have|having|show|shows|showed|shown|display|displays|"
    r"displayed|exhibit|exhibits|exhibited)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_COORDINATOR = re.compile(r",|;|\b(?:and|or|but|while|then|yet|by)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_PARTICIPLE = re.compile(r"^\w+ing$", re.IGNORECASE)
_GERUND_START = re.compile(r"(?:^|\bthat|[:—–*])\W*$", re.IGNORECASE)
_PAST = re.compile(r"^\w+(?:ed|en|wn|own|ept)$|^(?:lower|higher|smaller|weaker|led|fell|rose)$",
                   re.IGNORECASE)
_PREPOSITION_START = re.compile(
    r"^\s*(?:(?:\w+ly|further|still|again|also|significantly|sharply|strongly|markedly)\s+)*"
    r"(?:with|in|after|during|following|over|at|as|when|among|across|within|from|for|"
    r"throughout|until|by|than|to|into|between|under)\b|^\s*[,.;:)(—–]|^\s*$",
    re.IGNORECASE,
)
_STOP_TEXT = re.compile(r"[,;:()\[\]—–]|\s[-–—]\s")


@dataclass(frozen=True)
class _Mention:
    start: int  # offsets relative to the sentence
    end: int
    entity_id: str
    kind: str
    label: str
    vocabularies: str | None = None


@dataclass(frozen=True)
class _Role:
    """A subject or object: an entity where grounded, else the written words."""

    entity_id: str | None
    text: str | None
    kind: str | None = None
    flip: bool = False
    negated: bool = False
    pos: int = -1
    vocabularies: str | None = None
    surface: str | None = None

    @property
    def molecular(self) -> bool:
        return self.kind in MOLECULAR

    @property
    def key(self) -> str:
        return self.entity_id or (self.text or "").lower()


@dataclass
class _Cue:
    start: int
    end: int
    info: RelationCue
    text: str
    #: An adjective or noun use of a verb cue ("a reduced risk", "lower levels of X").
    modifier: bool = False


@dataclass
class _Claim:
    subject: _Role
    relation: str
    obj: _Role
    polarity: str
    negated: bool


@dataclass
class _State:
    """What the next sentence of the same paragraph may refer back to."""

    last_subjects: list[_Role] = field(default_factory=list)
    molecular: list[_Role] = field(default_factory=list)
    species: set[str] = field(default_factory=set)


# ---------------------------------------------------------------------------- public API


def extract_claims(
    doc_id: str,
    text: str,
    sentences: Iterable[dict[str, Any]],
    mentions: Iterable[dict[str, Any]],
    entities: Iterable[dict[str, Any]],
    cites: Iterable[dict[str, Any]] | None = None,
    *,
    extractor_version: str = EXTRACTOR_VERSION,
    vocabularies: str = "",
    lex: CueLexicon | None = None,
) -> list[dict[str, Any]]:
    """Claim rows for one document (see ``schemas/claims.py`` for the columns).

    ``cites`` rows ``{doc_id, sentence_id, citation_id}`` attribute a sentence to a cited work;
    the first citation of a sentence fills ``citation_id``. ``vocabularies`` is used when the
    mentions do not carry their own.
    """
    lex = lex or lexicon()
    ents = {e["entity_id"]: e for e in entities}
    sents = sorted(sentences, key=lambda s: s["char_start"])
    doc_mentions = sorted(
        (m for m in mentions if m.get("doc_id", doc_id) == doc_id),
        key=lambda m: (m["char_start"], -m["char_end"]),
    )
    cite_of: dict[int, str] = {}
    for c in cites or ():
        if c.get("doc_id", doc_id) == doc_id and c.get("citation_id"):
            cite_of.setdefault(int(c["sentence_id"]), c["citation_id"])

    doc_species = _document_species(text, doc_mentions, ents, lex)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    state = _State()
    k = 0
    for sent in sents:
        s0, s1 = sent["char_start"], sent["char_end"]
        while k < len(doc_mentions) and doc_mentions[k]["char_start"] < s0:
            k += 1
        local: list[_Mention] = []
        j = k
        while j < len(doc_mentions) and doc_mentions[j]["char_start"] < s1:
            m = doc_mentions[j]
            j += 1
            if m["char_end"] > s1:
                continue
            e = ents.get(m["entity_id"], {})
            local.append(
                _Mention(
                    start=m["char_start"] - s0,
                    end=m["char_end"] - s0,
                    entity_id=m["entity_id"],
                    kind=e.get("kind") or m.get("kind") or "gene",
                    label=e.get("label") or m.get("surface") or m["entity_id"],
                    vocabularies=m.get("vocabularies"),
                )
            )
        stext = sent["text"]
        if _has(lex.skip_sentences, stext):  # a reference line states nothing itself
            state = _State()
            continue
        claims, state_next = _sentence_claims(stext, local, state, lex)
        species_here = _sentence_species(stext, local, ents, lex)
        if species_here is None:  # in-vitro evidence: never borrowed from context
            species = "unspecified"
            state_next.species = set()
        elif species_here:
            species = _species_label(species_here)
            state_next.species = species_here
        elif state.species:
            species = _species_label(state.species)
            state_next.species = state.species
        else:
            species = doc_species
        state = state_next
        hedged = _has(lex.hedges, stext)
        for c in claims:
            row = _row(doc_id, sent, c, species, hedged, cite_of.get(int(sent["sentence_id"])),
                       extractor_version, vocabularies)
            if row["claim_id"] in seen:
                continue
            seen.add(row["claim_id"])
            rows.append(row)
    return rows


def claim_id(
    doc_id: str, char_start: int, char_end: int, subject: str | None, relation: str,
    obj: str | None,
) -> str:
    """Stable id: same sentence span, subject, relation and object give the same id."""
    return stable_id("c", doc_id, char_start, char_end, subject, relation, obj)


# ---------------------------------------------------------------------------- rows


def _row(
    doc_id: str, sent: dict[str, Any], c: _Claim, species: str, hedged: bool,
    citation_id: str | None, extractor_version: str, vocabularies: str,
) -> dict[str, Any]:
    s0, s1 = sent["char_start"], sent["char_end"]
    subject_key = c.subject.entity_id or c.subject.text
    object_key = c.obj.entity_id or c.obj.text
    vocab = c.subject.vocabularies or c.obj.vocabularies or vocabularies
    return {
        "claim_id": claim_id(doc_id, s0, s1, subject_key, c.relation, object_key),
        "doc_id": doc_id,
        "sentence_id": int(sent["sentence_id"]),
        "subject_id": c.subject.entity_id,
        "subject_text": c.subject.text,
        "relation": c.relation,
        "object_id": c.obj.entity_id,
        "object_text": c.obj.text,
        "polarity": c.polarity,
        "species": species,
        "hedged": hedged,
        "negated": c.negated,
        "char_start": s0,
        "char_end": s1,
        "evidence": sent["text"],
        "citation_id": citation_id,
        "status": "extracted",
        "extractor_version": extractor_version,
        "vocabularies": vocab or "",
    }


# ---------------------------------------------------------------------------- one sentence


def _sentence_claims(
    s: str, mentions: list[_Mention], state: _State, lex: CueLexicon
) -> tuple[list[_Claim], _State]:
    cands = _candidates(s, mentions, lex)
    cues = _cues(s, mentions, lex)
    molecular_here = [_role(s, m, lex) for m in cands if m.kind in MOLECULAR]
    next_state = _State(molecular=molecular_here or [], last_subjects=[])
    if not cues:
        next_state.last_subjects = [r for r in molecular_here[:1]]
        return [], next_state

    bounds = [(m.start(), m.end()) for m in lex.boundaries.finditer(s)]
    masked = _mask(s, cands)
    # Nominal cues ("the rise in X") sit inside a noun phrase: they do not split clauses.
    verbal = [c for c in cues if c.info.frame not in _NOMINAL and not c.modifier]
    cut_after: dict[int, int] = {}
    cut_before: dict[int, int] = {}
    for a, b in zip(verbal, verbal[1:], strict=False):
        between = [e for st, e in bounds if a.end <= st and e <= b.start]
        cut = between[-1] if between else _cut(s, a, b)
        cut_after[id(a)], cut_before[id(b)] = cut, cut
    claims: list[_Claim] = []
    prev = _Prev()  # subjects and objects of the previous clause cue in this sentence
    last_subjects: list[_Role] = []
    for i, cue in enumerate(cues):
        lb = max([e for _, e in bounds if e <= cue.start], default=0)
        rb = min([st for st, _ in bounds if st >= cue.end], default=len(s))
        if _has(_HYPOTHETICAL, s[max(0, lb - 10) : lb]):
            continue  # "whether training prevents this loss is unclear" asserts nothing
        if cue.info.frame in _NOMINAL or cue.modifier:
            left_start = max([lb] + [c.end for c in cues[:i]])
            right_end = min([rb] + [c.start for c in cues[i + 1 :]])
        else:
            left_start = max(lb, cut_before.get(id(cue), 0))
            right_end = min(rb, cut_after.get(id(cue), len(s)))
        clause = masked[lb:rb]
        ctx = _Contexts(
            age=_find(lex.contexts["age"], clause),
            training=_find(lex.contexts["training"], clause),
            exercise=_find(lex.contexts["exercise"], clause),
            aged_contrast=_has(lex.contexts["aged_contrast"], s[cue.end:]),
            local_age=_find(lex.contexts["age"], masked[left_start:right_end]),
        )
        negated = _negated(s[left_start:cue.start] + " " + cue.text, lex)
        new, subjects = _read_cue(
            s, cue, cands, lb, left_start, right_end, ctx, negated, prev, state, lex
        )
        if subjects:
            prev.agents = subjects
            prev.objects = [c.obj for c in new if c.obj.entity_id]
            last_subjects = subjects
        claims.extend(new)
    claims.extend(_blunted(s, cands, claims, prev, state, lex))
    next_state.last_subjects = last_subjects or molecular_here[:1]
    return claims, next_state


_NOMINAL = ("nominal", "nominal_left")
_HYPOTHETICAL = re.compile(r"\b(?:whether|if)\s*$", re.IGNORECASE)


@dataclass
class _Prev:
    agents: list[_Role] = field(default_factory=list)
    objects: list[_Role] = field(default_factory=list)


@dataclass(frozen=True)
class _Contexts:
    age: str | None
    training: str | None
    exercise: str | None
    aged_contrast: bool
    local_age: str | None = None


def _read_cue(
    s: str, cue: _Cue, cands: list[_Mention], lb: int, left_start: int, right_end: int,
    ctx: _Contexts, negated: bool, prev: _Prev, state: _State, lex: CueLexicon,
) -> tuple[list[_Claim], list[_Role]]:
    """Claims from one cue, and the roles a following cue or pronoun may take as subject."""
    info = cue.info
    left = s[left_start:cue.start]
    right = s[cue.end:right_end]
    frame = info.frame
    modifier = cue.modifier
    passive = frame == "verb" and not modifier and _is_passive(left, cue.text, lex)
    intransitive = frame == "verb" and not modifier and not passive and bool(
        _PREPOSITION_START.match(right)
    ) and not _starts_with_mention(right, cue.end, cands)

    def agents() -> list[_Role]:
        return _agent_roles(s, cue, cands, lb, left_start, prev, state, lex)

    def patients(start: int, end: int) -> list[_Role]:
        return _patient_roles(s, cands, start, end, prev, state, lex)

    by_agent: list[_Role] = []
    if passive:
        m = re.match(r"\s*(?:\w+ly\s+)?by\b", right, re.IGNORECASE)
        if m:
            by_agent = patients(cue.end + m.end(), right_end)

    # ---- nominal readings: "age-related decline in X", "the increase in X", "reduced X",
    # "X activation by exercise"
    if frame in _NOMINAL or modifier:
        if frame == "nominal_left":
            targets = [_role(s, m, lex) for m in cands if 0 <= cue.start - m.end <= 2]
        else:
            targets = [t for t in patients(cue.end, right_end) if t.entity_id]
        if not targets:
            return [], []
        nominal_age = info.relation == "declines_with_age" and re.match(
            r"age", cue.text, re.IGNORECASE
        )
        age = ctx.local_age if modifier else ctx.age
        if info.family == "down" and (nominal_age or age):
            return _unary(targets, "declines_with_age", _age_text(ctx), negated), []
        exercise = _find(lex.contexts["exercise"], s[max(lb, cue.start - 30) : right_end])
        if info.family == "up" and exercise:
            obj = _exercise_object(s, cands, lb, right_end, ctx, lex)
            return _unary(targets, "induced_by_exercise", obj, negated), []
        return [], []

    # ---- between-frame: "a link between A and B"
    if frame == "between":
        both = [r for r in patients(cue.end, right_end) if r.entity_id]
        if len(both) == 1:  # "between X and insulin sensitivity": the other side is written
            tail = re.search(r"\band\b(.*)", s[both[0].pos : right_end])
            text = _phrase(tail.group(1), leading=False) if tail else None
            if text:
                both.append(_Role(None, text, pos=right_end))
        if len(both) >= 2:
            first = [r for r in both if r.pos == both[0].pos]
            rest = [r for r in both if r.pos != both[0].pos]
            return _pairs(first, info.relation, rest, info.polarity, negated), first
        # "X as a link between A, B and C": X is linked to the rest, not one side of a pair
        frame = "pred"
        info = RelationCue("other", "none", "plain", "pred")

    # ---- where the roles are
    if passive or intransitive or info.family == "respond":
        undergoer = _left_roles(s, cue, cands, lb, left_start, prev, state, lex)
        if info.family == "respond" and not passive:
            agent = patients(cue.end, right_end)
        else:
            agent = by_agent
    else:
        agent = agents()
        undergoer = patients(cue.end, right_end)
        if not undergoer and frame == "pred":  # "a target for reversing X": read past the verb
            rb = min([m.start() for m in lex.boundaries.finditer(s, cue.end)], default=len(s))
            undergoer = patients(cue.end, rb)
    if not undergoer and info.family not in ("keep",):
        return [], agent

    family = info.family
    # ---- decreases: declining with age, or preserved where training is
    if family == "down" and (passive or intransitive or not agent):
        if negated and ctx.training:
            return _unary(undergoer, "preserved_by_training", _Role(None, ctx.training), False), \
                undergoer
        if ctx.age and ctx.exercise and _has(_RESPONSE, s[left_start:cue.start]):
            return _unary(undergoer, "not_induced_in_aged", _age_text(ctx), False), undergoer
        if ctx.age:
            return _unary(undergoer, "declines_with_age", _age_text(ctx), negated), undergoer
        if agent:
            return _pairs(agent, info.relation, undergoer, info.polarity, negated), agent
        if ctx.exercise and (passive or intransitive):
            obj = _exercise_object(s, cands, lb, right_end, ctx, lex)
            return _pairs([obj], "decreases", undergoer, "negative", negated), undergoer
        return [], undergoer

    # ---- increases/activations and responsiveness: induced by exercise
    if family in ("up", "respond") and ctx.exercise:
        exercise_agents = [a for a in agent if _is_exercise(a, lex)]
        other_agents = [a for a in agent if a.entity_id and not _is_exercise(a, lex)]
        molecular = [u for u in undergoer if u.molecular]
        out: list[_Claim] = []
        if molecular and (exercise_agents or not other_agents):
            obj = exercise_agents[0] if exercise_agents else _exercise_object(
                s, cands, lb, right_end, ctx, lex
            )
            if negated and ctx.age:
                out += _unary(molecular, "not_induced_in_aged", _age_text(ctx), False)
            else:
                out += _unary(molecular, "induced_by_exercise", obj, negated)
                if ctx.aged_contrast:
                    out += _unary(molecular, "not_induced_in_aged", _Role(None, "aged"), False)
            if other_agents and family == "up":
                out += _pairs(other_agents, info.relation, molecular, info.polarity, negated)
            return out, molecular
        if family == "respond":
            return [], undergoer

    # ---- maintenance: preserved by training
    if family == "keep" and ctx.training:
        held = [r for r in undergoer + agent if r.molecular]
        if held:
            return _unary(held, "preserved_by_training", _training_object(agent, ctx), negated), held
        trainers = [a for a in agent if a.entity_id and _is_exercise(a, lex)]
        if trainers and undergoer:
            return _pairs(undergoer, "preserved_by_training", trainers, "positive", negated), agent
    if family == "respond" or not agent or not undergoer:
        return [], agent
    return _pairs(agent, info.relation, undergoer, info.polarity, negated), agent


_RESPONSE = re.compile(
    r"\b(?:response|responses|increase|induction|activation|rise|signal|upregulation)\b",
    re.IGNORECASE,
)


def _blunted(
    s: str, cands: list[_Mention], claims: list[_Claim], prev: _Prev, state: _State,
    lex: CueLexicon,
) -> list[_Claim]:
    """'their X response to exercise was smaller' in the old: X is not induced in aged tissue."""
    out: list[_Claim] = []
    if not _find(lex.contexts["age"], s):
        return out
    for m in lex.contexts["blunted"].finditer(s):
        seg_start = max([c.end() for c in _COORDINATOR.finditer(s, 0, m.start())], default=0)
        bounds = [b.end() for b in lex.boundaries.finditer(s, 0, m.start())]
        seg_start = max([seg_start, *bounds])
        seg = s[seg_start : m.start()]
        if not (_has(_RESPONSE, seg) or _has(lex.contexts["exercise"], seg)):
            continue
        if not (_has(lex.contexts["exercise"], s) or _has(_RESPONSE, seg)):
            continue
        roles = [_role(s, c, lex) for c in cands if seg_start <= c.start and c.end <= m.start()]
        roles = [r for r in roles if r.molecular]
        if not roles:
            roles = [r for r in _anaphor(seg, seg_start, prev, state, lex) if r.molecular]
        age = _find(lex.contexts["age"], s) or "aged"
        out += _unary(roles, "not_induced_in_aged", _Role(None, _strip_prep(age)), False)
    have = {(c.subject.key, c.relation) for c in claims}
    return [c for c in out if (c.subject.key, c.relation) not in have]


# ---------------------------------------------------------------------------- roles


def _candidates(s: str, mentions: list[_Mention], lex: CueLexicon) -> list[_Mention]:
    """Mentions that can be a subject or object: no species/cohorts, no compound modifiers
    ("insulin-independent"), and an outer mention wins over one nested in it unless the inner
    one is molecular and the outer is not ("IL-11 inhibitors")."""
    out = []
    for m in mentions:
        if m.kind in CONTEXT_KINDS:
            continue
        tail = s[m.end : m.end + 30]
        if re.match(r"-[A-Za-z]", tail) and not lex.flips_after.match(tail):
            continue
        out.append(m)
    kept = []
    for m in out:
        inside = [
            o for o in out
            if o is not m and o.start <= m.start and m.end <= o.end
            and (o.start, o.end) != (m.start, m.end)
        ]
        if inside and not (m.kind in MOLECULAR and all(o.kind not in MOLECULAR for o in inside)):
            continue
        outer_of = [
            o for o in out
            if o is not m and m.start <= o.start and o.end <= m.end
            and (o.start, o.end) != (m.start, m.end)
        ]
        if outer_of and m.kind not in MOLECULAR and any(o.kind in MOLECULAR for o in outer_of):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def _cues(s: str, mentions: list[_Mention], lex: CueLexicon) -> list[_Cue]:
    out = []
    for m in lex.relations.finditer(s):
        a, b = m.start(), m.end()
        if any(x.start <= a and b <= x.end for x in mentions):
            continue  # "reduced mobility" as a named condition is not a cue
        if any(x.start < b and a < x.end for x in mentions):
            continue
        info = lex.relation_groups[m.lastgroup]
        before = s[max(0, a - 40) : a]
        modifier = info.frame == "verb" and (
            _DETERMINER_BEFORE.search(before) is not None
            or _measure_follows(s[b : b + 60], lex)
            # a gerund opening its clause is the subject ("Blocking X erased ..."), not a verb
            or (_PARTICIPLE.match(m.group().split()[0]) is not None
                and _GERUND_START.search(s[:a]) is not None)
        )
        out.append(_Cue(a, b, info, m.group(), modifier))
    return out


def _mask(s: str, cands: list[_Mention]) -> str:
    """The sentence with named things blanked out, so that "age-related diseases" as a condition
    is not read as an age context; interventions stay, they are the exercise context."""
    chars = list(s)
    for m in cands:
        if m.kind != "intervention":
            chars[m.start : m.end] = " " * (m.end - m.start)
    return "".join(chars)


def _cut(s: str, a: _Cue, b: _Cue) -> int:
    """Where cue ``a``'s object ends and cue ``b``'s subject starts: at the last coordinator
    between them ("increased A, and upregulated B"), else at ``b``."""
    between = s[a.end : b.start]
    last = None
    for m in _COORDINATOR.finditer(between):
        last = m
    return a.end + last.start() if last else b.start


def _role(
    s: str, m: _Mention, lex: CueLexicon, *, negated: bool = False, floor: int = 0
) -> _Role:
    """A mention as a role; "lower levels of X", "X inhibitors" flip its sign. ``floor`` keeps
    the cue itself ("suppressing X") out of the window that is searched for flips."""
    window = s[max(floor, m.start - 60) : m.start]
    surface = s[m.start : m.end]
    flip = bool(lex.flips_before.search(window) or lex.flips_start.match(surface))
    if lex.flips_after.match(s[m.end : m.end + 40]):
        flip = not flip
    return _Role(m.entity_id, None, m.kind, flip, negated, m.start, m.vocabularies, surface)


def _in(cands: list[_Mention], start: int, end: int) -> list[_Mention]:
    return [m for m in cands if start <= m.start and m.end <= end]


def _agent_roles(
    s: str, cue: _Cue, cands: list[_Mention], lb: int, left_start: int,
    prev: _Prev, state: _State, lex: CueLexicon,
) -> list[_Role]:
    """Who does what the cue says: mentions left of the cue in its clause, else a pronoun's
    antecedent, the relative clause's head, the previous cue's subject, or the written words."""
    left = s[left_start : cue.start]
    found = _in(cands, left_start, cue.start)
    if found:
        # "Among people with X, Y was ..." keeps Y: mentions after the last comma win.
        commas = [left_start + m.end() for m in re.finditer(r",", left)]
        if commas:
            after = [m for m in found if m.start >= commas[-1]]
            found = after or found
        preferred = [m for m in found if not _in_prep_phrase(s, m, left_start)]
        found = preferred or found
        return [_role(s, m, lex) for m in found]
    earlier = [_role(s, m, lex) for m in cands if m.kind in MOLECULAR and m.end <= left_start]
    if ana := _anaphor(left, left_start, prev, state, lex, earlier=earlier):
        return ana
    boundary_text = s[max(0, lb - 12) : lb]
    words = [w.lower() for w in _WORD.findall(left)]
    relative = lb > 0 and re.search(r"\b(?:which|that|who)\s*$", boundary_text, re.IGNORECASE)
    if relative and all(w in lex.connectors for w in words):
        head = [m for m in cands if m.end <= lb and not s[m.end : lb].count(",") > 1]
        if head:
            last = head[-1]
            return [_role(s, m, lex) for m in head if m.start == last.start]
        before = s[:lb]
        before = before[: relative.start() + max(0, lb - 12)] if relative else before
        text = _phrase(re.split(r"[,;:]", before)[-1], leading=True)
        return [_Role(None, text, pos=0)] if text else []
    participle = _PARTICIPLE.match(cue.text.split()[0]) and lb > 0 and re.search(
        r"(?:,|\bby|\band|\bwhile|\bthereby)\s*$", s[:lb], re.IGNORECASE
    )
    if all(w in lex.connectors for w in words):
        if prev.agents:
            return prev.agents
        if participle:
            head = [m for m in cands if m.end <= cue.start]
            if head:
                first = head[0]
                return [_role(s, m, lex) for m in head if m.start == first.start]
    if frame_agent := _framed_agent(s, cue, cands, lex):
        return frame_agent
    if all(w in lex.connectors for w in words):
        return []
    text = _phrase(left, leading=True)
    return [_Role(None, text, pos=left_start)] if text else []


def _left_roles(
    s: str, cue: _Cue, cands: list[_Mention], lb: int, left_start: int,
    prev: _Prev, state: _State, lex: CueLexicon,
) -> list[_Role]:
    """What underwent the change in a passive or intransitive clause ("X was induced")."""
    return _agent_roles(s, cue, cands, lb, left_start, prev, state, lex)


def _patient_roles(
    s: str, cands: list[_Mention], start: int, end: int, prev: _Prev,
    state: _State, lex: CueLexicon,
) -> list[_Role]:
    """What the cue acts on: mentions right of it (non-molecular ones only before an adjunct
    such as "after exercise"), else a pronoun's antecedent, else the written words."""
    region = s[start:end]
    adj = lex.adjuncts.search(region)
    adj_at = start + adj.start() if adj else end
    found = [
        m for m in _in(cands, start, end)
        if (m.end <= adj_at or m.kind in ("gene", "family"))
        and (m.kind in ("gene", "family") or not _in_parentheses(s, m.start))
        and (m.kind in MOLECULAR or _heads_itself(s, m, start, lex))
    ]
    if found:
        roles = []
        for m in found:
            neg = bool(re.search(r"\bbut\s+not\s+(?:\w+\s+){0,2}$", s[start : m.start]))
            roles.append(_role(s, m, lex, negated=neg, floor=start))
        return roles
    earlier = [_role(s, m, lex) for m in cands if m.kind in MOLECULAR and m.end <= start]
    if ana := _anaphor(s[start:adj_at], start, prev, state, lex, leading_only=True,
                       earlier=earlier):
        return ana
    text = _phrase(s[start:adj_at], leading=False)
    return [_Role(None, text, pos=start)] if text else []


def _heads_itself(s: str, m: _Mention, floor: int, lex: CueLexicon) -> bool:
    """False for "the bone-building effects of exercise": the object is the effects."""
    before = s[floor : m.start]
    of = re.search(r"([\w-]+)\s+of\s+(?:the\s+|a\s+|an\s+)?$", before, re.IGNORECASE)
    return of is None or of.group(1).lower() in lex.pass_through


def _in_parentheses(s: str, pos: int) -> bool:
    return s.rfind("(", 0, pos) > s.rfind(")", 0, pos)


def _in_prep_phrase(s: str, m: _Mention, floor: int) -> bool:
    before = s[floor : m.start]
    return bool(
        re.search(
            r"\b(?:among|in|with|from|after|during|for|by|through|via|following)\s+$",
            before,
            re.IGNORECASE,
        )
    )


def _starts_with_mention(right: str, offset: int, cands: list[_Mention]) -> bool:
    lead = len(right) - len(right.lstrip())
    return any(m.start == offset + lead for m in cands)


def _anaphor(
    region: str, offset: int, prev: _Prev, state: _State, lex: CueLexicon,
    *, leading_only: bool = False, earlier: list[_Role] | None = None,
) -> list[_Role]:
    """Resolve "it", "this protein", "both", "they" to the entity they stand for."""
    plural = lex.anaphora_plural.search(region)
    singular = lex.anaphora_singular.search(region)
    hit = min((h for h in (plural, singular) if h), key=lambda h: h.start(), default=None)
    if hit is None:
        return []
    if leading_only and region[: hit.start()].strip(" ,"):
        if not all(w.lower() in _LEAD_OK for w in _WORD.findall(region[: hit.start()])):
            return []
    many = hit is plural
    if leading_only and hit.group().lower() in _NOT_OBJECT_PRONOUNS:
        return []
    here = [r for r in (earlier or []) if r.pos < offset + hit.start()]
    if leading_only:  # an object pronoun ("spikes it") stands for the last object first
        pool = prev.objects or prev.agents or here[-1:] or state.molecular
    else:
        pool = prev.agents or here[-1:] or state.last_subjects
    if many and not prev.agents and len(state.molecular) > len(pool):
        pool = state.molecular
    if not pool and state.molecular:
        pool = state.molecular
    genes = [r for r in pool if r.kind in ("gene", "family")]
    pool = genes or pool
    if not pool:
        return []
    if not many:
        pool = [r for r in pool if r.pos == pool[0].pos] if pool[0].entity_id else pool[:1]
    flip = bool(lex.flips_before.search(region[: hit.start()]))
    return [replace(r, flip=flip, pos=offset + hit.start(), negated=False) for r in pool]


_LEAD_OK = frozenset({"of", "to", "on", "in", "up", "down", "back"})
#: Pronouns that open a subject, never an object ("both A and B" is a conjunction there).
_NOT_OBJECT_PRONOUNS = frozenset({"both", "neither", "each", "they", "its"})


def _framed_agent(s: str, cue: _Cue, cands: list[_Mention], lex: CueLexicon) -> list[_Role]:
    """"When aged mice were treated with X, their muscle regained ...": X is the agent."""
    for m in lex.agent_frames.finditer(s, 0, cue.start):
        after = [c for c in cands if m.end() <= c.start < m.end() + 4 and c.end <= cue.start]
        if after:
            return [_role(s, c, lex) for c in after]
    return []


def _phrase(region: str, *, leading: bool) -> str | None:
    """The written words of an ungrounded subject or object, trimmed to a short noun phrase."""
    text = region.strip()
    if leading:
        text = re.split(r"\b(?:that|which|who)\b", text)[-1]
    text = _STOP_TEXT.split(text)[0].replace("*", "")
    words = text.split()
    while words and words[0].lower() in _LEADING_NOISE:
        words = words[1:]
    while words and words[-1].lower() in _TRAILING_NOISE:
        words = words[:-1]
    if not words:
        return None
    words = words[-8:] if leading else words[:10]
    out = _DETERMINERS.sub("", " ".join(words)).strip(" .,'\"“”’")
    if out.lower() in _PRONOUNS or _DETERMINERS.match(out + " "):
        return None
    if leading and any(w.lower() in _CLAUSE_WORDS for w in out.split()):
        return None  # "once have been absorbed by muscle control" is a clause, not a subject
    return out or None


_CLAUSE_WORDS = frozenset(
    "have has had been was were is are be may might could would should will can do does did "
    "found find showed show shows discovered reported suggest suggests".split()
)
_PRONOUNS = frozenset(
    "it its this that these those they them their he she we you i one which what".split()
)


_LEADING_NOISE = frozenset(
    "and or but also then thereby while whereas yet both not only further still even in turn "
    "which that who so thus however moreover additionally is are was were has have had did does "
    "do can could may might will would".split()
)
_TRAILING_NOISE = frozenset(
    "also then not only is are was were has have had did does do can could may might will would "
    "be been being further still even significantly strongly markedly sharply actually "
    "essentially directly largely greatly and or fail fails failed to help helps helped "
    "helping by".split()
)


# ---------------------------------------------------------------------------- readings


def _unary(subjects: list[_Role], relation: str, obj: _Role, negated: bool) -> list[_Claim]:
    polarity = _FIXED_POLARITY[relation]
    return [
        _Claim(s, relation, obj, polarity, negated or s.negated)
        for s in subjects
        if s.entity_id or obj.entity_id
    ]


def _pairs(
    subjects: list[_Role], relation: str, objects: list[_Role], polarity: str, negated: bool
) -> list[_Claim]:
    out = []
    for sub in subjects:
        for obj in objects:
            if not (sub.entity_id or obj.entity_id):
                continue
            if sub.entity_id and sub.entity_id == obj.entity_id:
                continue
            rel, pol = relation, _FIXED_POLARITY.get(relation, polarity)
            if sub.flip != obj.flip and relation not in _FIXED_POLARITY:
                # "blocking X reduced Y" says X increases Y; "lower X goes with less Y" is +
                if rel in _OPPOSITE:
                    rel = _OPPOSITE[rel]
                    pol = "positive" if rel in ("increases", "activates") else "negative"
                elif pol in ("positive", "negative"):
                    pol = "negative" if pol == "positive" else "positive"
            out.append(_Claim(sub, rel, obj, pol, negated or obj.negated))
    return out


def _is_exercise(role: _Role, lex: CueLexicon) -> bool:
    """An exercise bout or programme (not any intervention: a drug or cold exposure is not)."""
    if role.entity_id and role.kind != "intervention":
        return False
    return _has(lex.contexts["exercise"], role.surface or role.text or "")


def _exercise_object(
    s: str, cands: list[_Mention], lb: int, rb: int, ctx: _Contexts, lex: CueLexicon
) -> _Role:
    for m in cands:
        if lb <= m.start and m.end <= rb and m.kind == "intervention":
            if _has(lex.contexts["exercise"], s[m.start : m.end]):
                return _Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                             surface=s[m.start : m.end])
    return _Role(None, _strip_prep(ctx.exercise or "exercise"))


def _training_object(agent: list[_Role], ctx: _Contexts) -> _Role:
    for a in agent:
        if a.entity_id and a.kind == "intervention":
            return a
    return _Role(None, _strip_prep(ctx.training or "training"))


def _age_text(ctx: _Contexts) -> _Role:
    return _Role(None, _strip_prep(ctx.age or "age"))


def _strip_prep(text: str) -> str:
    return re.sub(r"^(?:with|in|as|over|across|the)\s+", "", text.strip(), flags=re.IGNORECASE)


# ---------------------------------------------------------------------------- small tests


def _find(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group() if m else None


def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _negated(window: str, lex: CueLexicon) -> bool:
    cleaned = lex.negation_exceptions.sub(" ", window)
    return _has(lex.negation, cleaned)


def _measure_follows(right: str, lex: CueLexicon) -> bool:
    words = _WORD.findall(right[:60])
    return any(w.lower() in lex.measures for w in words[:2]) and bool(
        re.match(r"\s*(?:[\w-]+\s+)?[\w-]+\s+(?:of|in)\b", right)
    )


def _is_passive(left: str, cue_text: str, lex: CueLexicon) -> bool:
    first = cue_text.split()[0]
    if not _PAST.match(first):
        return False
    words = [w.lower() for w in _WORD.findall(left)][-5:]
    for w in reversed(words):
        if w in lex.auxiliaries:
            return True
        if w in {"not", "n't", "no", "longer"} or w.endswith("ly") or re.match(r"^[\d.,%]+$", w):
            continue
        if w in {"much", "far", "even", "also", "still", "significantly", "percent"}:
            continue
        return False
    return False


# ---------------------------------------------------------------------------- species


def _sentence_species(
    s: str, mentions: list[_Mention], ents: dict[str, dict[str, Any]], lex: CueLexicon
) -> set[str] | None:
    """Species named in a sentence; None when the evidence is from cultured cells only."""
    found = {sp for sp, pat in lex.species.items() if _has(pat, s)}
    for m in mentions:
        if m.kind == "species":
            sp = _taxon(m.entity_id, ents, lex)
            if sp:
                found.add(sp)
    if not found and _has(lex.in_vitro, s):
        return None
    return found


def _taxon(entity_id: str, ents: dict[str, dict[str, Any]], lex: CueLexicon) -> str | None:
    e = ents.get(entity_id, {})
    ident = str(e.get("identifier") or entity_id.rsplit(":", 1)[-1])
    return lex.taxa.get(ident)


def _document_species(
    text: str, mentions: list[dict[str, Any]], ents: dict[str, dict[str, Any]], lex: CueLexicon
) -> str:
    """The species a document is about when a sentence does not say: the only one named, or
    one named at least twice as often as any other; else unspecified."""
    counts: Counter[str] = Counter()
    for sp, pat in lex.species.items():
        counts[sp] += len(pat.findall(text))
    if not counts or not any(counts.values()):
        for m in mentions:
            e = ents.get(m["entity_id"], {})
            if e.get("kind") == "species" and (sp := _taxon(m["entity_id"], ents, lex)):
                counts[sp] += 1
    ranked = [(n, sp) for sp, n in counts.items() if n]
    ranked.sort(reverse=True)
    if not ranked:
        return "unspecified"
    if len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]:
        return ranked[0][1]
    return "unspecified"


def _species_label(found: set[str]) -> str:
    order = sorted(found, key=lambda sp: (sp != "human", sp))
    return "+".join(order)
