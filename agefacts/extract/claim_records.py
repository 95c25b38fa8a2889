"""The records a sentence reading makes (mentions, roles, claims, the memory the next sentence
reads) and the helpers that build or combine them, shared by every claim-rule module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from agefacts.extract.claim_patterns import _OPPOSITE, _RELATIVE, FIXED_POLARITY, MOLECULAR
from agefacts.extract.cues import RelationCue

if TYPE_CHECKING:
    from agefacts.extract.claim_rules import SentenceReader


#: "by training", "by endurance training": an agent phrase before a context word
#: "by regular training": an agent (not "by fat during a fast": a scene after the agent)
_SUBORDINATOR = re.compile(r"(?:when|whenever|while|as|once)\s+", re.IGNORECASE)
#: (session 33, round d) the adverbial clause's own subject before the exercise phrase: "when
#: you train", "once a long climb empties the stores" (a pronoun, or a determiner and at most
#: one modifier; not "as": "as the long run shows" is no occasion)
_SUBORDINATE_SUBJECT = re.compile(
    r"(?:when|whenever|while|once)\s+(?:(?:you|we|they|people|someone)\s+"
    r"|(?:a|an|the|each|every|your|our|their)\s+(?:[a-z]+\s+)?)",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?!(?:during|after|while|when|with|in|following)\s)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

_T = TypeVar("_T")


class _lazy(Generic[_T]):
    """``functools.cached_property`` without its lock: Python 3.11 takes a lock on every first
    read, and contexts are read lazily tens of thousands of times per megabyte."""

    def __init__(self, func: Callable[[Any], _T]):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)  # later reads find it there
        return value


# Mentions, roles and claims are immutable records made by the ten thousand per megabyte: named
# tuples, which are several times cheaper to create than frozen dataclasses.
class Mention(NamedTuple):
    """A grounded mention inside one sentence (offsets relative to the sentence)."""

    start: int
    end: int
    entity_id: str
    kind: str
    vocabularies: str | None = None


class Role(NamedTuple):
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


class Claim(NamedTuple):
    subject: Role
    relation: str
    obj: Role
    polarity: str
    negated: bool


@dataclass
class Memory:
    """What the next sentence may refer back to ("Both declined", "It activated ...")."""

    last_subjects: list[Role] = field(default_factory=list)
    molecular: list[Role] = field(default_factory=list)
    species: set[str] = field(default_factory=set)
    #: the exercise that induced something in this sentence ("Training raised X. Y did not
    #: change.": Y's unchanged level is about the same training)
    exercise: Role | None = None
    #: the molecules that exercise raised in this sentence ("Rowing raised X. Past 75 that spike
    #: was weaker.": the spike is X's, not the rowing's)
    induced: list[Role] = field(default_factory=list)
    #: (the exercise, what it lowered) in this sentence: "Rowing cut X in young women. Among
    #: the over-70s it stayed put." is the rowing's decrease denied in the old
    lowered: list[tuple[Role, Role]] = field(default_factory=list)
    #: the exercise this sentence's claims (else its mentions) named: "Rowing cut X. Y fell
    #: too." is the rowing's decrease of Y
    trained: Role | None = None
    #: the exercise one of the last few sentences named, claim or none ("Both groups rowed for
    #: a year. X rose in both, but in the old by half as much"): only a weak rise in the old
    #: reads it
    named_exercise: Role | None = None
    #: the named molecules this sentence's claims acted on ("... switches on two ligases, X
    #: and Y. These "atrogenes" tag Z": a quoted plural name stands for them)
    objects: list[Role] = field(default_factory=list)
    #: the treatment this sentence says a group was given ("Old mice were given D."): a
    #: "the treated mice" in the next sentence is that group
    treatment: Role | None = None
    #: (session 32, round c) an intervention this sentence's claims made change something, with
    #: the direction ("up" / "down"): "A fortnight of bed rest raised X. Y dropped by a quarter."
    #: is the bed rest's decrease of Y, "Y stayed flat" its decrease denied
    acted: tuple[Role, str] | None = None


@dataclass
class _Cue:
    start: int
    end: int
    info: RelationCue
    text: str
    #: An adjective or noun use of a verb cue ("a reduced risk", "lower levels of X").
    modifier: bool = False


@dataclass
class _Prev:
    """Subjects and objects of the previous clause cue of the same sentence."""

    agents: list[Role] = field(default_factory=list)
    objects: list[Role] = field(default_factory=list)


class _Contexts:
    """The age, training and exercise phrases around one cue. Each is looked up when a rule
    first asks for it: most cues ("associated with") never do."""

    def __init__(
        self, reader: SentenceReader, cue: _Cue, lb: int, rb: int, left_start: int,
        right_end: int, others: dict[str, list[tuple[int, int]]] | None = None,
    ):
        self._reader = reader
        self._cue = cue
        self._span = (lb, rb, left_start, right_end)
        #: the coordinated verbs' own stretches when this verb has a context of its own ("X was
        #: higher in old rats and fell after rowing": the rowing is no context of "higher")
        self._others = others or {}

    @_lazy
    def age(self) -> str | None:
        lb, rb, _, _ = self._span
        return self._reader._first("age", lb, rb, skip=self._others.get("age"))

    @_lazy
    def training(self) -> str | None:
        lb, rb, _, _ = self._span
        r = self._reader
        # "X, which holds Y in check, was lower, and training did not bring it back": the
        # training is a later verb's subject, no context of this one
        found = r._first(
            "training", lb, rb, skip=r.later_subjects(self._cue) + self._others.get("training", [])
        )
        if found is None and (end := r.group_relative_end(rb)):
            found = r._first("training", rb, end)  # "... stayed flat in those who walked"
        return found

    @_lazy
    def training_status(self) -> str | None:
        """A training phrase that says who was measured ("in the trained group"), not an
        agent ("by training")."""
        return self._setting("training")

    @_lazy
    def exercise_setting(self) -> str | None:
        """An exercise phrase that sets the scene ("After a month of rowing, ..."), not an
        agent ("by training")."""
        r = self._reader
        if 0 < (fronted := r.fronted_end) <= max(self._span[0], self._span[2]) and (
            found := r._first("exercise", 0, fronted)
        ):
            return found
        return (self._setting("exercise") or self._reported("exercise")
                or self._adverbial("exercise"))

    def _reported(self, category: str) -> str | None:
        """"Samples drawn after the workout showed that X ...": the reporting clause's
        contexts hold for what it reports."""
        lb = self._span[0]
        r = self._reader
        if lb and r.g.reported.search(r.s, max(0, lb - 30), lb):
            return r._first(category, 0, lb)
        return None

    def _setting(self, category: str) -> str | None:
        lb, rb, left_start, right_end = self._span
        r = self._reader
        # "X, which holds Y in check between rounds of growth, was lower in the old": a closed
        # clause before the verb sets no scene for it
        lb = max(lb, left_start)
        # "After a month of rowing, X did not drop": an exercise done, not a trained group
        lb = max(lb, r.fronted_end) if category == "training" else lb
        skip = r.later_subjects(self._cue) + self._others.get(category, [])
        for a, b, _ in r.hits[category]:
            if lb <= a and b <= rb and not _BY_BEFORE.search(r.s, max(0, a - 30), a) and (
                a < right_end or not r.agent_of_later_verb(right_end, a)
            ) and (found := r._first(category, a, b, skip=skip)):
                return found
        return None

    @_lazy
    def exercise(self) -> str | None:
        lb, rb, _, _ = self._span
        r = self._reader
        found = r._first(
            "exercise", lb, rb, skip=r.later_subjects(self._cue) + self._others.get("exercise", [])
        )
        if found is None and 0 < (fronted := r.fronted_end) <= lb:
            found = r._first("exercise", 0, fronted)  # "During exercise, muscle releases X"
        return found or self._reported("exercise") or self._adverbial("exercise")

    def _adverbial(self, category: str) -> str | None:
        """"Muscles release X as they contract", "X is turned on whenever the muscle contracts": a
        phrase that opens at the clause's closing boundary (or just after its "when") is an
        adverbial clause of it."""
        rb = self._span[1]
        r = self._reader
        for a, b, _ in r.hits[category]:
            # (or right after its opening word: "X is turned on whenever the muscle contracts")
            if a == rb or (rb < a <= rb + 9 and _SUBORDINATOR.fullmatch(r.s, rb, a)):
                return r._first(category, a, b)
            # (session 33, round d) ... or after the adverbial clause's own subject: "X is
            # switched on when a long climb empties the stores", "Y rises when you train"
            if rb < a <= rb + 32 and _SUBORDINATE_SUBJECT.fullmatch(r.s, rb, a):
                return r._first(category, a, b)
        return None

    @_lazy
    def aged_contrast(self) -> bool:
        return self._reader._first("aged_contrast", self._cue.end, len(self._reader.s)) is not None

    @_lazy
    def local_age(self) -> str | None:
        lb, _, left_start, right_end = self._span
        r, cue = self._reader, self._cue
        if lb and left_start == lb and _RELATIVE.search(r.s, max(0, lb - 12), lb):
            # "X, a protein that is lower in old mice, did not change with rowing":
            # the age belongs to the closed relative clause, not to this verb
            left_start = max(left_start, r.s.rfind(",", left_start, cue.start) + 1)
        return r._first("age", left_start, cue.start) or r._first("age_in", cue.end, right_end)


def _unary(subjects: list[Role], relation: str, obj: Role, negated: bool) -> list[Claim]:
    """Claims about each subject alone (with age, training, exercise): never about an
    intervention ("running" as a verb is no subject of a decline), nor the context itself
    (aging declining with age: "as animals age" read as its own subject)."""
    polarity = FIXED_POLARITY[relation]
    return [
        Claim(s, relation, obj, polarity, negated or s.negated)
        for s in subjects
        if (s.entity_id or obj.entity_id) and s.kind != "intervention"
        and not (s.entity_id and s.entity_id == obj.entity_id)
    ]


def acted_by(claims: list[Claim]) -> tuple[Role, str] | None:
    """(session 32, round c) The intervention these claims say changed a molecule, with the
    direction ("up" / "down"), for ``Memory.acted``."""
    return next((
        (c.subject, "up" if c.relation in ("increases", "activates") else "down")
        for c in claims if not c.negated and c.subject.kind == "intervention"
        and c.subject.entity_id and c.obj.molecular
        and c.relation in ("increases", "activates", "decreases", "inhibits")
    ), None) or next(((c.obj, "up") for c in claims if not c.negated
                      and c.relation == "induced_by_exercise" and c.obj.entity_id
                      and c.obj.kind == "intervention"), None)


def _pairs(
    subjects: list[Role], relation: str, objects: list[Role], polarity: str, negated: bool,
    incapacity: bool = False, reliant: bool = False,
) -> list[Claim]:
    """Every subject with every object; a flipped side ("blocking X", "reduced Y") reverses
    the relation or its sign so the claim is about the entity itself. ``incapacity``: the
    negation denies a capacity ("could not"), which a flipped subject turns into an
    assertion. ``reliant``: "needs", "relies on": a molecular object is required for a
    written subject."""
    out = []
    for sub in subjects:
        for obj in objects:
            if not (sub.entity_id or obj.entity_id):
                continue
            if sub.entity_id and sub.entity_id == obj.entity_id:
                continue
            if reliant and sub.entity_id is None and obj.molecular:
                # "muscle relies on X", "stem cells need X to survive": X is required for
                # the written thing, which is no molecular agent of its own
                out.append(Claim(obj, "required_for", sub, "positive", negated))
                continue
            rel, pol = relation, FIXED_POLARITY.get(relation, polarity)
            # a written object keeps its words ("the loss of strength"): for a directed
            # relation its sign is in the text, not turned around
            obj_flip = obj.flip and (obj.entity_id is not None or rel not in _OPPOSITE)
            # the same for a written subject ("the fall in fuel switches on X"): the fall
            # is the agent as written
            sub_flip = sub.flip and (sub.entity_id is not None or rel not in _OPPOSITE)
            if sub_flip and not obj_flip and incapacity and rel in _OPPOSITE:
                # "animals without X could not raise Y": two denials, X increases Y
                out.append(Claim(sub._replace(flip=False), rel, obj, pol, obj.negated))
                continue
            if sub_flip != obj_flip and relation not in FIXED_POLARITY:
                if rel in _OPPOSITE:
                    rel = _OPPOSITE[rel]
                    pol = "positive" if rel in ("increases", "activates") else "negative"
                elif pol in ("positive", "negative"):
                    pol = "negative" if pol == "positive" else "positive"
            out.append(Claim(sub, rel, obj, pol, negated or obj.negated))
    return out
