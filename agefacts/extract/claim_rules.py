"""How one sentence is read into claims: cues, their clauses, roles and contextual re-readings.

A relation cue splits its clause into a left side (the agent, or what changed when the verb is
passive or intransitive) and a right side (what is acted on). Each side is filled, in order of
preference, by grounded mentions, a pronoun's antecedent, the head of a relative clause, the
subject of the previous verb in the sentence, or the written words. Contexts then re-read plain
increases and decreases: see :func:`read_cue`. All word lists come from the cue lexicon.

The rules live in mixins that ``SentenceReader`` inherits, one module each: ``claim_roles``,
``claim_anaphora``, ``claim_clauses``, ``claim_relatives``, ``claim_ageing``, ``claim_groups``,
``claim_conditions``, ``claim_losses``, ``claim_mechanisms``. Shared patterns are in
``claim_patterns``, record types in ``claim_records``, the reader's attributes in
``claim_state``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from agefacts.extract.claim_age_figures import older_group_first
from agefacts.extract.claim_ageing import AgeingRules
from agefacts.extract.claim_anaphora import AnaphoraRules
from agefacts.extract.claim_clauses import _THAT_OPENING as _THAT_OPENING
from agefacts.extract.claim_clauses import ClauseRules
from agefacts.extract.claim_conditions import ConditionRules
from agefacts.extract.claim_groups import _EXTREME_GROUP_DOES, GroupRules
from agefacts.extract.claim_losses import LossRules
from agefacts.extract.claim_mechanisms import MechanismRules
from agefacts.extract.claim_patterns import (
    _BY,
    _FRONTED_LOSS,
    _GENE_KINDS,
    _GROUP_LACKING,
    _ING,
    _MARKED_CELLS,
    _OPPOSITE,
    _SWITCHES,
    _TAKE_AWAY,
    _WITH_AGE,
    _WORD,
    _YOUNG_GATE,
    CONTEXT_KINDS,
    MOLECULAR,
)
from agefacts.extract.claim_patterns import _RELATIVE_OPENING as _RELATIVE_OPENING
from agefacts.extract.claim_records import (
    Claim,
    Memory,
    Mention,
    Role,
    _Contexts,
    _Cue,
    _pairs,
    _Prev,
    _unary,
    acted_by,
)
from agefacts.extract.claim_relatives import RelativeRules
from agefacts.extract.claim_roles import _OF_HEAD as _OF_HEAD
from agefacts.extract.claim_roles import RoleRules
from agefacts.extract.claim_spared import spared_group
from agefacts.extract.cues import CueLexicon, Hit, RelationCue, search_end

_NOMINAL = ("nominal", "nominal_left")

#: Context categories that a "not_exercise" phrase ("sauna sessions") cancels.
_ACTIVITY = ("exercise", "training")


def _is_ing(word: str) -> bool:
    """``_ING.match(word)`` for one whitespace-free word. The regex runs only on a word ending
    in "g" or "G" (under IGNORECASE no other character matches "g"): most words do not."""
    return word[-1:] in ("g", "G") and _ING.match(word) is not None


#: a change seen in old and young alike: "fell in both age groups", "climbed in both the young
#: and the old"
_BOTH_AGES = re.compile(
    r"\bin\s+both\s+(?:age\s+groups|(?:the\s+)?(?:young|younger)\s+and\s+(?:the\s+)?(?:old|older)|"
    r"(?:the\s+)?(?:old|older)\s+and\s+(?:the\s+)?(?:young|younger))\b", re.IGNORECASE)

#: a predicate noun opening before a flip phrase: "D is a synthetic compound that inhibits X"
_DEFINED_AS = re.compile(r"(?<!\bthere\s)\b(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: (session 36, round a) an appositive right after a name: "D, a compound that blunts X" says what
#: D does (D inhibits X), as "D is a compound that blunts X" does, not a flip phrase
_NAMED_BY_APPOSITIVE = re.compile(r"\)?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

#: a demonstrative (and one modifier) right before a cue: "this decline", "this age-related loss"
_PROGRAMME_BACK = re.compile(r"the\s+(?:programme|program)", re.IGNORECASE)
_THIS_BEFORE = re.compile(r"\bthis\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

#: an expectation in the past perfect, up to the cue ("our team had thought that cycling would cut"):
#: what was expected is no finding (the clause ends at a comma: "..., because X does Y" is)
_UNMET = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:assumed|expected|predicted|hypothesi[sz]ed|anticipated|thought|"
    r"supposed|reasoned)\b[^,;:]*\bwould\b[^,;:]*$",
    re.IGNORECASE,
)

#: an age context that names a group measured: "in the aged cohort", "in elderly women"
_OLD_GROUP = re.compile(
    r"\bin\s+(?:the\s+)?(?:old|older|oldest|aged|elderly)\s+(?:group|groups|arm|cohort|"
    r"participants|volunteers|subjects|adults|people|men|women)\b",
    re.IGNORECASE,
)

_RESPONSE_GATE = re.compile(
    r"(?:activation|activity|phosphorylation|response|induction|rise|increase) (?:after|to|"
    r"following|during|with)\b"
)


def _responds(s: str) -> bool:
    """``_RESPONSE_GATE``, or a response by its agent ("its induction by exercise": session
    27), tested as a substring first."""
    return _RESPONSE_GATE.search(s) is not None or (
        " by " in s and ("induction by" in s or "activation by" in s))

_INFINITIVE = re.compile(r"([\w’']+)\s+to\s+$", re.IGNORECASE)

#: (session 29, round b) what a thing is made for: "X is a factor that bone makes to slow Y"
#: (the purpose is the made thing's verb, read by ``RoleRules.agents``)
_MADE_TO = re.compile(
    r"\b(?:that|which)\s+[\w-]+\s+(?:makes|made|produces|produced|releases|released|secretes|"
    r"secreted)\s+to\s*$", re.IGNORECASE)

#: "cells need X", "muscle relies on X": the subject's own need, X required for it
#: a young group or level named in the sentence (what a failed rise in the old falls short of)
#: (session 32, round c) a trial's arms compared: "did not differ between the groups",
#: "did not change in either arm", "compared with placebo"
_BETWEEN_ARMS = re.compile(
    r"\b(?:between (?:the )?(?:two )?(?:groups|arms)|in either (?:group|arm)"
    r"|(?:compared|relative) (?:with|to) (?:the )?placebo|versus placebo)\b", re.IGNORECASE)
_YOUNG_WORD = re.compile(r"\b(?:young|younger|youngest|youth|youthful|juvenile|twenties)\b", re.IGNORECASE)

#: ... or two ages given in figures ("in 5-month-old hamsters but not in 27-month-old hamsters")
_AGE_FIGURE = re.compile(
    r"\b\d+-(?:day|week|month|year)s?-old\b|\baged\s+\d+\s*(?:–|-|to)\s*\d+|\b(?:over|under)\s+\d+\b",
    re.IGNORECASE,
)

#: an old group opening the clause as its subject ("older muscles failed to ...")
_OLD_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:very\s+)?(?:old|older|oldest|aged|elderly|geriatric)\b",
                          re.IGNORECASE)

#: participles of need that may open a reduced relative ("the enzymes needed to ...")
_NEED_PARTICIPLES = ("need", "requ", "nece", "esse")
_HEAD_OF_MEMBER = re.compile(r"\b(?:of|among|is|are|was|were|be|as)\s+$", re.IGNORECASE)

_RELIANT = re.compile(r"(?:need|rel[yi])", re.IGNORECASE)

#: "its main job is to", "their role is to": the verb after it is what the owner does
_OWN_TASK = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:job|role|task|function|purpose)\s+is\s+to\s*$",
    re.IGNORECASE,
)

#: the people doing an experiment: "the researchers blocked X" tells what they did to X, not
#: what a molecule or an exercise does
_EXPERIMENTERS = frozenset({"researchers", "scientists", "investigators", "authors", "team",
                            "experimenters", "lab"})

#: what a study measured, as a written subject: "Samples drawn after the last visit revealed
#: ...", "Muscle samples revealed ...", "The data show ..." (session 27)
_STUDY_FRAME = re.compile(
    r"(?:the\s+|our\s+|these\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:biops(?:y|ies)|samples?|"
    r"specimens?|scans?|measurements?|data|results?|analys[ie]s|assays?|readings?|blots?|"
    r"images?|recordings?)(?:\s+(?:taken|drawn|collected|obtained|from|of|at|after)\b.*)?$",
    re.IGNORECASE,
)

#: a tissue or its cells as a written subject, with at most one modifier: "muscle", "muscle
#: cells", "denervated fibres" (session 28, round a)
_TISSUE_AGENT = re.compile(
    r"(?:the\s+|its\s+|their\s+|your\s+|our\s+)?(?:[\w-]+\s+)?(?:muscles?|muscle\s+cells|"
    r"muscle\s+fib(?:re|er)s|fib(?:re|er)s|myofib(?:re|er)s|tissues?|cells)$", re.IGNORECASE)
#: the relations a tissue as written subject does not bear on a molecule
_CHANGES = frozenset({"increases", "activates", "decreases", "inhibits"})

_INSTRUMENT_GATE = ("drug", "compound", "inhibitor", "medic", "molecule")

#: "D, a selective X inhibitor": an appositive naming what D does to a target X
_ACTOR_NOUNS = ("inhibitor", "blocker", "antagonist", "activator", "agonist")
_ACTOR_ANY = re.compile(r",\s*(?:a|an|our|the|their|its|this|one)\s[^,;]{0,60}?(?:inhibitor|blocker|"
                        r"antagonist|activator|agonist)\b", re.IGNORECASE)

#: "the X blocker D": the actor noun between its target and the drug it names (session 25)
_ACTOR_PRENOMINAL = re.compile(
    r"\b(?:the|a|an|its|their|our)\s+[\w+-]+(?:\s+[\w+-]+)?[\s-](?:inhibitor|blocker|"
    r"antagonist|activator|agonist)\s+[\w-]", re.IGNORECASE)

#: "the fibre needs three proteins to stay whole: ", "each cell requires two things: ": what a
#: structure needs, listed after a colon
_NEEDS_LIST = re.compile(
    r"^\W*(?:the\s+|a\s+|an\s+|each\s+|every\s+|this\s+)?(?P<whole>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"\s+(?P<denied>(?:does|do|did)\s+not\s+|(?:doesn|don|didn)['’]t\s+)?"
    r"(?:needs|need|needed|requires|require|required|relies\s+on|rely\s+on|relied\s+on)\s+"
    r"(?:(?:two|three|four|five|several|a\s+few|a\s+couple\s+of|a\s+pair\s+of|both)\s+)?"
    r"(?:[\w-]+\s+)?(?:things|proteins|molecules|factors|enzymes|signals|ingredients|"
    r"components|genes|partners|parts|hormones|receptors)(?:\s+to\s+[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s*:\s*(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)

#: a knockout cue read without a knockout: "lose" as the plain decrease it is
_LOSS = RelationCue("decreases", "negative", "down", "verb")

#: a cheap gate for a group set apart by what it was given ("mice given X", "rats fed X")
_GIVEN = re.compile(r"\b(?:given|fed|treated\s+with|receiving|received|injected\s+with|dosed\s+with)\s")

_HAD_MORE = re.compile(
    r"(?:had|have|has|showed|show|shows|displayed|contain|contains|contained"
    # (session 28, round b) "aged tendon held three times as much X as young tendon"
    r"|carry|carries|carried|hold|holds|held"
    # (session 29, round a) "older mice started with higher X than the young"
    r"|(?:started|start|starts|began|begin|begins)\s+(?:out\s+|off\s+)?with)\s", re.IGNORECASE
)

#: (session 29, round a) a rise in the old short of the young's, told after the verb and its
#: object ("lifted X much less than they do in young dogs"): the rise stands, weaker in the old
_SHORT_OF_YOUNG = re.compile(r"less than (?:it |they |this |that )?(?:did |does |had |do )?(?:in|among) ")

_THOUGH_SHORT = re.compile(
    r"\s*,?\s*(?:although|though|albeit|but|yet)\s+(?:much\s+|far\s+|rather\s+)?less than "
    r"(?:in|among) (?:the )?(?:young|younger)(?![\w-])", re.IGNORECASE)

#: (session 29, round a) what a thing is kept from becoming, as a noun: "protects the fibres from
#: being broken down" lowers the fibres' breakdown
_KEPT_FROM_BEING = re.compile(
    r"\bprotect\w*\s+(?P<what>(?:[\w-]+\s+){0,3}?)from\s+being\s+(?P<how>broken\s+down|degraded|"
    r"destroyed|damaged|lost|killed|eaten)\b", re.IGNORECASE)
_PARTICIPLE_NOUNS = {"broken down": "breakdown", "degraded": "degradation",
                     "destroyed": "destruction", "damaged": "damage", "lost": "loss",
                     "killed": "death", "eaten": "breakdown"}


def _kept_from_being(c: Claim, s: str) -> Claim:
    if c.relation != "decreases" or c.obj.entity_id or not c.obj.text:
        return c
    kept = _KEPT_FROM_BEING.search(s)
    if kept is None or " ".join(c.obj.text.split()).lower() != " ".join(kept["how"].split()).lower():
        return c
    noun = _PARTICIPLE_NOUNS[" ".join(kept["how"].split()).lower()]
    what = re.sub(r"^(?:the|its|their|a|an)\s+", "", kept["what"].strip(), flags=re.IGNORECASE)
    return c._replace(obj=c.obj._replace(text=f"{what} {noun}".strip()))


#: a bare response as a written object: "restored their response"
_BARE_RESPONSE = re.compile(r"(?:the|this|that|its|their)\s+responses?", re.IGNORECASE)
_RESPONSE_RELATIONS = frozenset({"increases", "decreases", "activates", "inhibits"})


def _response_named_back(claims: list[Claim], induced_before: list[Role]) -> list[Claim]:
    """(session 29, round a) "Swimming turned up X much less in aged rats, but doses of D
    restored that response": the response is X's, the molecule whose rise the sentence (else
    the sentence before) told, so D raises X."""
    risen = [c.subject for c in claims if c.subject.molecular and c.subject.entity_id and (
        c.relation in ("induced_by_exercise", "not_induced_in_aged"))] or [
        r for r in induced_before if r.entity_id]
    if not risen:
        return claims
    out: list[Claim] = []
    for c in claims:
        if c.relation in _RESPONSE_RELATIONS and not c.obj.entity_id and c.obj.text and (
            _BARE_RESPONSE.fullmatch(c.obj.text.strip()) or c.obj.text.strip() == "response"
        ):
            out += [c._replace(obj=r._replace(pos=c.obj.pos, flip=False, negated=False))
                    for r in {r.key: r for r in risen}.values()]
            continue
        out.append(c)
    return out


#: the untrained group an exercised one is compared with: "than sedentary mice"
_THAN_UNTRAINED = re.compile(
    r"\bthan\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:sedentary|untrained|inactive|"
    r"non-?exercis\w*|non-?running|unexercised)\b", re.IGNORECASE)
#: a sentence set at a study's end: "After 16 weeks, ...", "By the end of the eight-week
#: programme ..." (days, weeks or months: years of follow-up may be aging itself)
_STUDY_SPAN = re.compile(
    r"^\W*(?:\d+\s*/\s*\d+\s+)?(?:after|following|over|by\s+the\s+end\s+of|at\s+the\s+end\s+of)"
    r"\s+(?:the\s+|those\s+|these\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|sixteen|twenty|several|a\s+few)[\s-]+(?:days?|weeks?|months?|wk)\b"
    r"(?!\s+of\s+(?:age|life)\b)", re.IGNORECASE)

#: A group picked out by the size of a change and compared by an outcome ("those with the
#: largest drop gained the most strength"; "the fall was largest in the women who gained the
#: most muscle"): the change goes with the outcome.
_EXTREME_GATE = ("largest", "biggest", "greatest", "steepest", "sharpest")

#: (session 31, round a) evidence said not to exist: "we are aware of no published study in which D
#: raised X", "there is no proof yet that D lowers X", "no cohort study so far proves that D ...": what the
#: missing study would have shown is no claim (up to the clause's end)
_NO_EVIDENCE = re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:evidence|study|studies|trial|trials|data|proof)\s+"
    r"(?:(?:has|have)\s+(?:yet\s+|ever\s+)?(?:shown|found|showed)\s+)?(?:that|in\s+which|showing|where)\b"
    r"[^;]*?(?=,\s+(?:and|but|while|whereas)\b|;|$)",
    re.IGNORECASE,
)
_GROUP_OUTCOME = (
    r"(?:also\s+)?(?:gained|had|showed|made|saw|achieved|improved|did|scored|performed|fared)"
    r"\s+(?:the\s+)?(?P<deg>most|least|largest|biggest|greatest|smallest|fewest|best|worst)\s+"
    # (session 33, round a) a group ranked on a test: "the ones whose score rose most did best
    # on a balance test", "scored worst in the recall task": the test is the outcome
    r"(?:(?<=best\s)(?:on|in|at)\s+|(?<=worst\s)(?:on|in|at)\s+)?(?P<out>[^,;.]+)"
)
_CHANGE_WORDS = (
    r"(?P<change>drop|fall|decline|reduction|decrease|loss|rise|increase|gain|jump)s?"
)
_CHANGE_GROUP = re.compile(
    r"\b(?:those|the\s+ones|people|participants|volunteers|subjects|patients|adults|women|men|"
    r"mice|rats|animals)\s+(?:with|showing|who\s+(?:had|showed|saw))\s+the\s+"
    r"(?:largest|biggest|greatest|steepest|sharpest)\s+" + _CHANGE_WORDS
    + r"(?:\s+(?:in|of)\s+(?:it|them|[\w-]+))?\s+" + _GROUP_OUTCOME,
    re.IGNORECASE,
)
_CHANGE_LARGEST_IN = re.compile(
    r"\bthe\s+" + _CHANGE_WORDS + r"\s+was\s+(?:largest|biggest|greatest|steepest|sharpest)\s+"
    r"(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:who|that)\s+" + _GROUP_OUTCOME,
    re.IGNORECASE,
)


#: (session 36, round c) an intervention said to do the opposite, opening the sentence, with
#: the change told after a colon or a dash: "A month in a cast does the reverse: ... X rose"
_OPPOSITE_OPENING = re.compile(
    r"\W*(?P<agent>[^:;,.()]{3,60}?)\s+(?:does|did|do|has|had|have)\s+(?:just\s+|exactly\s+)?"
    r"the\s+(?:opposite|reverse)(?:\s+effect)?\s*(?::|—|–|--?)\s",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------- sentence


class SentenceReader(
    RoleRules,
    AnaphoraRules,
    ClauseRules,
    RelativeRules,
    AgeingRules,
    GroupRules,
    ConditionRules,
    LossRules,
    MechanismRules,
):
    """Reads one sentence. ``read()`` returns its claims and what the next sentence may use.

    ``hits`` are the lexicon's phrase matches in the sentence (``CueLexicon.scanner``, offsets
    relative to the sentence), found once per document.
    """

    #: (session 28, round b) a disuse agent read from the part the sentence opens with ("In the
    #: splinted leg, ..."), and its claims kept for an age reading of the same cue
    _from_scene = False
    _scene_claims: list[Claim] = []  # noqa: RUF012 (rebound, never mutated)

    def __init__(
        self, s: str, mentions: list[Mention], memory: Memory, lex: CueLexicon,
        hits: dict[str, list[Hit]], exercise_ids: frozenset[str] = frozenset(),
        aging: Role | None = None,
    ):
        self.s = s
        #: the document's named entity for aging itself, the other side of "X is higher in
        #: older muscle" (an association with age)
        self.aging = aging
        #: interventions the document names with an exercise word somewhere ("a cycling
        #: programme" ... "the programme also raised X")
        self.exercise_ids = exercise_ids
        self.lex = lex
        self.g = lex.grammar
        self.memory = memory
        if not exercise_ids and "rogram" in s and hits.get("exercise"):
            # (session 33, round d) "X fell over the programme" is an exercise's change only
            # where the document named an exercise: a dosing programme is none
            hits = {**hits, "exercise": [h for h in hits["exercise"]
                                         if not _PROGRAMME_BACK.fullmatch(s, h[0], h[1])]}
        self.hits = hits
        self._starts: set[int] | None = None
        #: whether the sentence has a quotation mark at all (most have none)
        self._quoted = '"' in s or "“" in s
        self.cands = self._candidates(mentions)
        #: every mention, also those no side takes ("denervated muscle", session 33b)
        self.all_mentions = mentions
        self.context_spans = [(m.start, m.end) for m in mentions if m.kind in CONTEXT_KINDS]
        #: every intervention, also as a modifier ("sauna sessions", "training-induced")
        self.interventions = [m for m in mentions if m.kind == "intervention"]
        # named things other than interventions are not contexts: "age-related diseases"
        self.masked_spans = [(m.start, m.end) for m in self.cands if m.kind != "intervention"]
        self.bounds = sorted(
            [(a, b) for a, b, _ in hits["boundaries"]]
            + [(m.start(), m.end()) for m in lex.boundary_marks.finditer(s)]
        )
        if ":" in s:
            self.bounds = [(a, b) for a, b in self.bounds if not self._colon_copula(a)]
        self._bound_starts = [a for a, _ in self.bounds]
        self._bound_ends = sorted(b for _, b in self.bounds)
        self.verb_ends: list[int] = []
        self.cues: list[_Cue] = []
        #: (cue start, subject start, subject end) of every verb after the first one
        self.subject_spans: list[tuple[int, int, int]] = []
        self._roles: dict[tuple[int, int, bool], Role] = {}
        #: the grammatical subject of the last passive verb with a "by" agent: "X is switched
        #: on by A and is known to raise Y" has X, not A, as the second verb's subject
        self._passive_subject: list[Role] = []
        #: whether a clause read so far made an age claim ("X was higher in old mice, while
        #: Y was lower": the contrast clause shares its age group)
        self._age_claimed = False
        #: (session 34, round c) the exercise a clause read so far lowered or induced something
        #: by ("X dropped across the course, while Y climbed": the contrast clause's occasion)
        self._exercise_read: Role | None = None
        self._changed_keys: set[str] = set()  # the molecules changed by clauses read so far
        #: (session 36, round c) the molecules an exercise lowered in clauses read so far
        self._lowered_keys: set[str] = set()

    def _opposite_actor(self, span: tuple[int, int]) -> Role | None:
        """The intervention named in ``span`` (the words before "does the opposite")."""
        s = self.s
        return next((Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                          surface=s[m.start : m.end])
                     for m in self.interventions if span[0] <= m.start and m.end <= span[1]),
                    None)

    # -- entry point -------------------------------------------------------------------------

    def read(self) -> tuple[list[Claim], Memory]:
        s = self.s
        cues = self._cues()
        self.cues = cues
        self.verb_ends = [c.end for c in cues if not c.modifier and c.info.frame == "verb"]
        self.verb_starts = [c.start for c in cues if not c.modifier and c.info.frame == "verb"]
        # what a later pronoun may stand for: it takes its own sign and place ("blocking it"),
        # so the mentions' flips are not read for this
        molecular_here = [
            Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                 surface=s[m.start : m.end])
            for m in self.cands if m.kind in MOLECULAR
        ]
        memory = Memory(molecular=molecular_here)
        arrows = self._arrow_chain()
        if _TAKE_AWAY.match(s):
            arrows += self._spoken_condition()
        fronted = self._fronted_loss() if fronted_loss(s) else None
        # "the fibre needs three things: X, Y and Z" (often no cue: "needs" alone is none)
        if needs := lists_needs(s):
            arrows += self._needed_list(arrows, needs)
        if not cues:
            memory.last_subjects = molecular_here[:1]
            # "The X response to a single bout stayed smaller in the older group" has no cue
            if "-positive" in s:  # "fewer X-positive cells with age" needs none either
                arrows += self._marked_cells(arrows)
            if names_actor(s):  # "D, an X blocker, went into the feed"
                arrows += self._named_actor(arrows)
            if fronted:
                arrows = [c for c in arrows if not self._under_loss(c, fronted)] + fronted[0]
            out = arrows + self._blunted([], _Prev())
            out += self._weak_in_old(out)  # "showed a weaker X response to a run than ..."
            if self.hits["exercise"] and _responds(s):
                out += self._response_verdict(out)
            if " than " in s and _YOUNG_GATE.search(s):
                out = self._reversed_ages(out)
            if "nerv" in s:  # "X and Y are typical marks of cells cut off from their nerve"
                out = self._denervation_markers(out)
            if " with the " in s and (m := _EXTREME_GROUP_DOES.search(s)):
                out = self._extreme_group_outcome(out, m)  # "the third with the top X climbed stairs quickest"
            return out, memory
        # Nominal and modifier cues sit inside a noun phrase: they do not split clauses.
        verbal = [c for c in cues if c.info.frame not in _NOMINAL and not c.modifier]
        cut_after: dict[int, int] = {}
        cut_before: dict[int, int] = {}
        for a, b in pairwise(verbal):
            between = [e for st, e in self.bounds if a.end <= st and e <= b.start]
            cut = between[-1] if between else self._cut(a, b)
            cut_after[id(a)], cut_before[id(b)] = cut, cut
            # "X was higher in old rats, and rowing did not lower it": rowing is
            # the next clause's subject, no context of the first
            self.subject_spans.append((b.start, cut, b.start))
        claims: list[Claim] = arrows
        prev = _Prev()
        aside: tuple[int, int, _Prev] | None = None  # clause start, verb end, its subjects
        last_subjects: list[Role] = []
        expectation = "had " in s
        for i, cue in enumerate(cues):
            lb, rb = self._bound_end_before(cue.start), self._bound_start_from(cue.end)
            # (a clause opening the sentence has nothing before it: the search needs a word)
            if lb and self.g.hypothetical.search(s[max(0, lb - 16) : lb]):
                continue  # "whether training prevents this loss is unclear" asserts nothing
            if expectation and _UNMET.search(s, 0, cue.start):
                continue  # "our team had thought that cycling would cut X": an expectation, unmet
            if cue.info.frame in _NOMINAL or cue.modifier:
                left_start = max([lb] + [c.end for c in cues[:i]])
                right_end = min([rb] + [c.start for c in cues[i + 1 :]])
            else:
                left_start = max(lb, cut_before.get(id(cue), 0))
                right_end = min(rb, cut_after.get(id(cue), len(s)))
                # "agents promoting X might complement Y": an object ends before a modal
                if modal := self.g.modals.search(s, cue.end, right_end):
                    right_end = rb = modal.start()  # nor do its contexts reach past it
            others = {} if (lb, rb) == (left_start, right_end) else self._other_conjuncts(
                lb, rb, left_start, right_end, cue.start
            )
            ctx = _Contexts(self, cue, lb, rb, left_start, right_end, others)
            negated = self._negated(left_start, cue.end)
            # a verb coordinated inside a relative clause ("factors that protect X and
            # strengthen Y") shares the clause's subject; after a boundary or a comma ("genes
            # that build X, and lowers Y") the main one returns
            inner = aside is not None and aside[0] == lb and "," not in s[aside[1] : cue.start]
            new, subjects = self.read_cue(
                cue, lb, left_start, right_end, ctx, negated, aside[2] if inner else prev
            )
            if self._scene_claims:
                new, self._scene_claims = self._scene_claims + new, []
            if new and "both" in s and cue.info.family in ("up", "down") and _BOTH_AGES.search(
                s, cue.end, right_end
            ):  # (session 28, round b) "X fell in both age groups": no difference with age
                new = [c for c in new if not (
                    c.relation == "declines_with_age"
                    or (c.relation == "associated_with" and c.obj.entity_id
                        and self._age_side(c.obj)))]
            # "older adults who have more X tend to ...": X describes the group, no object
            new = [c for c in new if not (c.obj.molecular and c.obj.pos is not None
                                          and self._group_who_has(c.obj.pos))]
            if subjects and self._aside(lb, left_start, cue.start):
                # a relative clause's or an appositive's verb ("DRP1, a protein that
                # accumulates ..., but did not affect Y") does not change who the main clause
                # (or the next sentence's "it") is about
                aside = (lb, cue.end, _Prev(subjects, self._referents(new)))
            elif subjects and not inner:
                prev.agents = subjects
                prev.objects = self._referents(new)
                if any(r.entity_id or not self._is_exercise(r) for r in subjects):
                    last_subjects = subjects  # a written exercise agent stays in its sentence
            claims.extend(new)
            if new:
                self._changed_keys.update(
                    r.key for c in new for r in (c.subject, c.obj) if r.molecular)
                self._lowered_keys.update(
                    c.obj.key for c in new if c.relation == "decreases" and not c.negated
                    and c.obj.molecular and self._is_exercise(c.subject))
            if self._exercise_read is None and new:
                self._exercise_read = next((
                    c.obj if c.relation == "induced_by_exercise" else c.subject for c in new
                    if (c.relation == "decreases" and self._is_exercise(c.subject))
                    or (c.relation == "induced_by_exercise" and c.obj.key
                        and self._is_exercise(c.obj))), None)
            if not self._age_claimed and any(
                c.relation == "declines_with_age"
                or (c.relation == "associated_with" and self._age_side(c.obj)) for c in new
            ):
                self._age_claimed = True
        blunted = self._blunted(claims, prev)
        if blunted:  # "the rise in X was blunted in the old": the response fell, not X
            weakened = {c.subject.key for c in blunted if c.relation == "not_induced_in_aged"}
            claims = [c for c in claims if c.relation != "declines_with_age"
                      or c.subject.key not in weakened
                      or not c.subject.entity_id
                      or not any(self._response_of(m.start) or self._heads_response(m)
                                 for m in self.cands if m.entity_id == c.subject.entity_id)]
        claims.extend(blunted)
        claims.extend(self._weak_in_old(claims))
        if self.hits["exercise"] and _responds(s):
            claims.extend(self._response_verdict(claims))
        if fronted:  # the result clause says what the loss took away, not a claim of its own
            claims = [c for c in claims if not self._under_loss(c, fronted)] + fronted[0]
        if " no " in s or " little " in s or " none of " in s:
            claims += spared_group(self, claims)  # "... masters runners show no such decline"
        if claims and ("no " in s or "No " in s) and (gap := _NO_EVIDENCE.search(s)):
            claims = [c for c in claims
                      if c.subject.pos is None or not gap.start() < c.subject.pos < gap.end()]
        if (" with " in s or " using " in s) and any(w in s for w in _INSTRUMENT_GATE):
            claims = self._instruments(claims, molecular_here)
        if "-positive" in s:
            claims += self._marked_cells(claims)
        if names_actor(s):
            claims += self._named_actor(claims)
        if " the " in s and any(w in s for w in _EXTREME_GATE) and (
            m := _CHANGE_GROUP.search(s) or _CHANGE_LARGEST_IN.search(s)
        ):
            claims = self._group_by_change(claims, m)
        if " with the " in s and (m := _EXTREME_GROUP_DOES.search(s)):
            claims = self._extreme_group_outcome(claims, m)
        if self.exercise_ids and _STUDY_SPAN.match(s) and any(
            c.relation == "declines_with_age" for c in claims
        ):  # "After 9 weeks, X in the elderly arm fell": the programme's doing, not age's
            claims = [_by_training(c) for c in claims]
        if " than " in s and (_THAN_UNTRAINED.search(s) or (any(
            c.relation == "associated_with" and not c.subject.entity_id for c in claims
        ) and self._than_plain_group())):
            claims = [self._trained_group(c) for c in claims]
        if " who " in s:
            claims = [x for c in claims for x in self._exercising_group(c)]
        if any(c.relation == "associated_with" for c in claims) and _GIVEN.search(s):
            claims = [self._given_treatment(c) for c in claims]
        if self.hits["exercise"] and any(c.relation == "declines_with_age" for c in claims):
            claims = self._responses_in_old(claims)
        if " than " in s and _YOUNG_GATE.search(s):
            claims = self._reversed_ages(claims)
        if len(claims) > 1 and any(self._sums_up(c.subject) for c in claims[1:]):
            claims = self._effect_agents(claims)
        if "elp" in s and claims:
            claims = self._helped_doers(claims)
        if " to " in s and any(c.relation == "depends_on" for c in claims):
            claims = [self._routed_purpose(c) for c in claims]
        if " response to " in s and claims:
            claims = claims + self._response_agents(claims)
        if (" through " in s or " via " in s) and claims:
            claims = claims + self._object_routes(claims)
        if any(c.relation in _SWITCHES and c.obj.entity_id is None for c in claims):
            claims = [self._on_process(c) for c in claims]
        if "hosphorylat" in s and any(c.relation == "increases" for c in claims):
            claims = [self._raised_active_form(c) for c in claims]
        if "ampen" in s and any(c.relation == "decreases" and c.subject.molecular for c in claims):
            claims = [self._dampened(c) for c in claims]
        # an unsigned link says something only of a molecule: "the findings could matter for
        # sarcopenia" is no claim
        claims = [c for c in claims
                  if c.relation != "other" or c.subject.molecular or c.obj.molecular]
        if any(not c.subject.entity_id and c.subject.text
               and c.subject.text.rsplit(None, 1)[-1].lower() in _EXPERIMENTERS for c in claims):
            claims = [c for c in claims if c.subject.entity_id or not c.subject.text
                      or c.subject.text.rsplit(None, 1)[-1].lower() not in _EXPERIMENTERS]
        if any(not c.subject.entity_id and c.subject.text and c.obj.molecular
               and c.relation in _CHANGES and _TISSUE_AGENT.match(c.subject.text) for c in claims):
            # (session 28, round a) "proteins that liver cells turn on", "an enzyme that bone
            # makes": the tissue is where the molecule is made, no agent of it
            claims = [c for c in claims if c.subject.entity_id or not c.subject.text
                      or not c.obj.molecular or c.relation not in _CHANGES
                      or not _TISSUE_AGENT.match(c.subject.text)]
        if "nerv" in s:  # (session 33, round b) "Denervated cells turn on X"
            claims = self._denervation_markers(claims)
        if any(not c.subject.entity_id and c.subject.text and _STUDY_FRAME.match(c.subject.text)
               for c in claims):  # "Samples drawn afterwards revealed more X in the ones who
            # took D": the samples are where it was seen, no agent (session 27)
            claims = [x for c in claims for x in self._framed_finding(c)]
        if len(claims) > 1 and (", the " in s or ", a" in s):
            claims = self._without_appositive_members(claims)
        if claims and "response" in s:
            claims = _response_named_back(claims, self.memory.induced)
        if claims and " from being " in s:
            claims = [_kept_from_being(c, s) for c in claims]
        memory.last_subjects = last_subjects or molecular_here[:1]
        memory.objects = [c.obj for c in claims if c.obj.molecular and c.obj.entity_id]
        memory.exercise = next(
            (c.obj for c in claims if c.relation == "induced_by_exercise"), None
        )
        memory.trained = next(
            (r for c in claims for r in (c.subject, c.obj) if self._is_exercise(r)), None
        ) or next((self.role(m) for m in self.interventions if self._is_exercise(self.role(m))),
                  None)
        memory.acted = acted_by(claims)
        memory.induced = [c.subject for c in claims
                          if c.relation == "induced_by_exercise" and c.subject.molecular]
        memory.lowered = [(c.subject, c.obj) for c in claims
                          if c.relation == "decreases" and c.obj.molecular and not c.negated
                          and self._is_exercise(c.subject)]
        return claims, memory

    # -- one cue ------------------------------------------------------------------------------

    def read_cue(
        self, cue: _Cue, lb: int, left_start: int, right_end: int, ctx: _Contexts,
        negated: bool, prev: _Prev,
    ) -> tuple[list[Claim], list[Role]]:
        """Claims from one cue, and the roles a following cue or pronoun may take as subject.

        Re-readings, in order: a nominal or modifier cue only speaks with a context ("the
        age-related decline in X", "the rise in X after exercise"); a decrease without an
        agent is ``declines_with_age`` with an age context, or ``preserved_by_training`` when
        denied with a training context; an increase or a response with an exercise context is
        ``induced_by_exercise`` for molecular undergoers (``not_induced_in_aged`` when it fails
        in the old); maintenance with a training context is ``preserved_by_training``.
        """
        s, info = self.s, cue.info
        left, right = s[left_start : cue.start], s[cue.end : right_end]
        frame = info.frame
        passive = frame == "verb" and not cue.modifier and (
            self._is_passive(left, cue.text) or self._shares_auxiliary(cue, lb, left)
        )
        intransitive = (
            frame == "verb" and not cue.modifier and not passive
            and self.g.intransitive_after.match(right) is not None
            and not self._starts_with_mention(right, cue.end)
        )

        if frame == "verb" and (aside := self._passive_aside(cue, right_end)):
            return aside
        if frame == "verb" and not passive and lb and not left.strip() and _YOUR.match(right) and (
            _IMPERATIVE_OPEN.search(s, max(0, lb - 12), lb)
        ):  # (session 27, round b) "..., so keep your grandparents moving": advice to the
            return [], []  # reader, with no subject of its own (not the clause before's)
        if info.family == "down" and (kept := self._protected_from_decline(cue, lb, negated)):
            return kept, [k.subject for k in kept]  # "rowing protects X from its decline"
        if frame in _NOMINAL or cue.modifier:
            return self._nominal(cue, lb, left_start, right_end, ctx, negated), []

        if frame == "between":
            both = [r for r in self.patients(cue.end, right_end, prev) if r.entity_id]
            if len(both) == 1:  # "between X and insulin sensitivity": the other side is written
                tail = re.search(r"\band\b(.*)", s[both[0].pos : right_end]) or (
                    # "between the X drop and Y": a change noun after X cut the clause short
                    re.search(r"\band\b(.*)", re.split(r"[,;:]", s[both[0].pos :])[0])
                    if self.lex.phrases["change_noun"].match(s, right_end) else None
                )
                text = self.phrase(tail.group(1), leading=False) if tail else None
                if text:
                    both.append(Role(None, text, pos=right_end))
            if len(both) >= 2:
                first = [r for r in both if r.pos == both[0].pos]
                rest = [r for r in both if r.pos != both[0].pos]
                return _pairs(first, info.relation, rest, info.polarity, negated), first
            # "X as a link between A, B and C": X is linked to the rest, not one side of a pair
            frame = "pred"
            info = RelationCue("other", "none", "plain", "pred")

        if info.family == "up" and frame == "verb" and not cue.modifier and (
            blunted := self._weaker_than_young(cue, lb, left_start, right, passive, prev)
        ):  # "X comes on less robustly than in the young": blunted in the old
            return blunted
        gap = self._object_gap(lb, left_start, cue.start) if intransitive else []
        if gap:  # "a peptide that the gut releases after meals": the head is the object
            undergoer = gap
            agent = self.agents(cue, lb, left_start, prev)
        elif passive or intransitive or info.family == "respond":
            undergoer = self.agents(cue, lb, left_start, prev)
            if info.family == "respond" and not passive:
                agent = self.patients(cue.end, right_end, prev)
            else:
                by = _BY.match(right) if passive else None
                agent = self.by_agents(cue.end + by.end(), right_end, prev) if by else []
                if by and agent:
                    self._passive_subject = undergoer
        else:
            agent = self.agents(cue, lb, left_start, prev)
            undergoer = self.patients(cue.end, right_end, prev)
            if not undergoer and frame == "pred":  # "a target for reversing X": read on
                # (past a "that" right after the cue: "a key part of that benefit")
                gap = len(right) - len(right.lstrip())
                gap += 1 if s[cue.end + gap : cue.end + gap + 5].lower() == "that " else 0
                rb = self._bound_start_from(cue.end + gap)
                undergoer = self.patients(cue.end, rb, prev)
        if info.family == "phenotype":
            shown = self._phenotype(cue, agent, undergoer, negated)
            if shown or cue.text[:3].lower() != "los":
                return shown, agent
            # "aged rats lose X sooner than young ones": no knockout, a plain loss
            info = _LOSS
            cue = _Cue(cue.start, cue.end, info, cue.text, cue.modifier)
        if not undergoer and info.family != "keep" and not (
            # "When we blocked X, muscle loss fell": the clause cut at the opener's comma
            # leaves the changed words to the experiment reading below
            info.family in ("up", "down") and (passive or intransitive) and not agent
            and self._manipulated(cue.start)
        ):
            return [], agent

        family = info.family
        if passive and not agent and info.relation == "inhibits" and ctx.age and (
            cue.text[:4].lower() in _SWITCH_OFF
        ) and (changed := [u for u in undergoer if u.molecular]) and not (
            ctx.exercise_setting or ctx.training or _IF_CLAUSE.search(s, 0, cue.start)
        ):
            # (session 27, round b) "In elderly hamsters, X was silenced in much of the
            # liver tissue": an agentless switch-off in the old, lower with age
            return self._declines(changed, ctx, negated), changed
        # a return to earlier levels ("rescued X", "X returned to youthful levels"): with
        # exercise, X is preserved by training as well as induced
        restoring = family == "restore"
        if family == "restore":
            family = "up"
        if family == "down" and agent and (
            kept := self._prevented_decline(agent, undergoer, negated)
        ):
            if self.lex.phrases["reversal"].match(cue.text):  # undone, as restored
                kept += _unary([c.subject for c in kept], "induced_by_exercise", kept[0].obj, False)
            return kept, agent
        if family == "respond" and ctx.age and self.g.weak_response.match(right):
            weak = [u for u in undergoer if u.molecular]  # "X responds less to Y in older muscle"
            if weak:
                return _unary(weak, "not_induced_in_aged", self._age_role(ctx), False), weak
        if family in ("up", "down") and (passive or intransitive) and not agent and (
            lost := self._lost_in_group(cue.end, right_end)
        ) and (changed := [u for u in undergoer if u.molecular]):
            # "Y was higher in aged rats lacking X than in wild-type rats": X lowers Y
            return _pairs(lost, info.relation, changed, info.polarity, negated), changed
        if family in ("up", "down") and (passive or intransitive) and not agent and (
            given := self._adjunct_agents(lb, cue.end, right_end)
        ):  # "After eight weeks of sauna sessions, X climbed": the sauna raised X
            return _pairs(given, info.relation, undergoer, info.polarity, negated), undergoer
        if family in ("up", "down") and (passive or intransitive) and not agent and (self.hits[
            "adjuncts"
        ] or s[:2] in ("In", "Wi")) and (changed := [u for u in undergoer if u.molecular]) and (
            idle := self._disuse_agents(cue.end, right_end)
        ):  # "During bed rest, X climbs", "X rises when a joint is immobilised": the disuse did
            if not (self._from_scene and ctx.age):
                return _pairs(idle, info.relation, changed, info.polarity, negated), changed
            # (session 28, round b) "In the splinted paw, X doubled in young dogs and
            # rose fivefold in old ones": the splint's doing, and the age reading below as well
            self._scene_claims = _pairs(idle, info.relation, changed, info.polarity, negated)
        if family in ("up", "down") and (passive or intransitive) and not agent and (
            " the " in s and (opp := _OPPOSITE_OPENING.match(s)) and opp.end() <= cue.start
        ) and (changed := [u for u in undergoer if u.molecular]) and (
            actor := self._opposite_actor(opp.span("agent"))
        ):  # (session 36, round c) "A month in a cast does the reverse: in the
            # immobilised legs, X rose": the intervention before the colon did the change
            if self._is_exercise(actor) and family == "up":
                return _unary(changed, "induced_by_exercise", actor, negated), changed
            return _pairs([actor], info.relation, changed, info.polarity, negated), changed
        if family in ("up", "down") and intransitive and not agent and (
            trained := [a for a in prev.agents if self._is_exercise(a)] or (
                [self._exercise_read] if self._exercise_read is not None else [])
        ) and (changed := [u for u in undergoer if u.molecular]) and changed[0].pos and (
            _JOINED_OPEN.search(s, max(0, changed[0].pos - 12), changed[0].pos)
            # (a contrast of two molecules, not of two groups: "... kept X down, while X
            # doubled in those who rested" is another group's change)
            or (not ctx.age and not any(u.key in self._changed_keys for u in changed)
                and _CONTRAST_JOINED.search(s, max(0, changed[0].pos - 40), changed[0].pos))
        ) and not self.lex.phrases["weak"].search(s, cue.start, right_end):
            # (session 27, round b) "Running brought X down, and Y rose": the second clause's
            # agentless change is the same exercise's
            if family == "up":
                return _unary(changed, "induced_by_exercise", trained[0], negated), changed
            return _pairs(trained[:1], "decreases", changed, "negative", negated), changed
        if family in ("up", "down") and intransitive and not agent and not ctx.age and (
            treated := [a for a in prev.agents if a.entity_id and a.kind == "intervention"]
        ) and _CONTRAST_OPEN.search(s, max(0, lb - 10), left_start + 1) and (
            changed := [u for u in undergoer if u.molecular]
        ):  # "D raised X by a half, while Y rose less": Y's smaller change is D's too
            return _pairs(treated, info.relation, changed, info.polarity, negated), changed
        if family in ("up", "down") and (passive or intransitive) and not agent and not (
            ctx.age or ctx.exercise or ctx.training
        ) and self._age_claimed and (changed := [u for u in undergoer if u.molecular]) and (
            self._contrast_before(changed[0].pos)
        ):  # (session 27, round b) "In aged rats, X stood above the juveniles' level, whereas Y was
            # lower": the contrast clause is set in the same old group
            if family == "up":
                return self._with_age(changed, ctx, negated), changed
            return self._declines(changed, ctx, negated), changed
        if family in ("up", "down", "keep") and (passive or intransitive) and not agent and (
            made := self._manipulated(cue.start)
        ):
            # "When we overexpressed X in old mice, regeneration improved": X raised it
            changed = self._changed_after(max(made[1] + 1, lb), cue.start)
            relation = "increases" if family == "keep" else info.relation
            polarity = "positive" if family == "keep" else info.polarity
            return _pairs(made[0], relation, changed, polarity, negated), changed
        if family in ("up", "down") and not passive and not intransitive and agent and all(
            not a.entity_id and a.text and a.pos is not None for a in agent
        ) and not any(u.molecular for u in undergoer) and (
            made := self._manipulated(cue.start)
        ) and all(a.pos > made[1] for a in agent) and not any(self._is_exercise(a) for a in agent):
            # (session 27, round b) "When the lab restored X, ..., fewer cells died and the
            # kidneys repaired damage as young ones do": what the outcome's doer did, X's doing
            changed = [Role(None, f"{agent[0].text} {cue.text}", pos=agent[0].pos)]
            return _pairs(made[0], info.relation, changed, info.polarity, negated), changed
        if family in ("up", "down") and (passive or intransitive) and not agent and not (
            ctx.age or ctx.exercise or ctx.training
        ) and cue.text.lower() in ("higher", "lower") and (
            trait := self._group_trait(cue.end, right_end)
        ) and (changed := self._relative_head(lb, cue.start) or [
            u for u in undergoer if u.molecular
        ]):
            # "X was lower in diabetic than in non-diabetic rats": X goes with diabetes
            return _pairs(changed, "associated_with", [trait], info.polarity, negated), changed
        if family in ("up", "down") and (passive or intransitive) and not agent and (
            not ctx.exercise_setting
        ) and (ill := self._conditions_in(cue.end, right_end)) and (
            changed := [u for u in undergoer if u.molecular]
        ):  # "X climbs in heart failure and diabetes": a change that goes with each condition
            return _pairs(changed, "associated_with", ill, info.polarity, negated), changed
        if family in ("up", "down") and (passive or intransitive) and not agent and not ctx.age and (
            setting := self._setting_conditions(cue.end, right_end)
        ):  # "X activity rises during disuse": a change that goes with the condition
            changed = [u for u in undergoer if u.molecular]
            if changed:
                return _pairs(changed, "associated_with", setting, info.polarity, negated), changed
        if family in ("up", "down") and (passive or intransitive) and not agent and (
            not ctx.age and not ctx.exercise_setting and self.memory.trained is not None
        ) and self.lex.phrases["continued_change"].search(s, left_start, right_end) and (
            changed := [u for u in undergoer if u.molecular]
        ):  # "Rowing cut X. Y fell too.": the same rowing's change
            if family == "up":
                return _unary(changed, "induced_by_exercise", self.memory.trained, negated), changed
            return _pairs([self.memory.trained], "decreases", changed, "negative", negated), changed
        if family in ("up", "down", "change") and (passive or intransitive) and not agent and (
            self.memory.acted is not None and not ctx.age and not ctx.exercise_setting
            and not ctx.training and not self.interventions
            and not self.lex.phrases["untreated_group"].search(s)
        ) and (changed := [u for u in undergoer if u.molecular and u.entity_id] or (
            # (a trial's outcome denied between its arms: "Grip strength, however, did not
            # differ between the groups" after "Those given D had more X")
            [u for u in undergoer if not u.molecular and u.kind not in ("intervention", "species")
             and (u.entity_id or u.text)]
            if negated and _BETWEEN_ARMS.search(s, cue.end) else []
        )) and (
            acted := self._acted_before(family, changed, negated)
        ):  # (session 32, round c) "A fortnight of bed rest raised X. In the same women, Y
            # dropped by a quarter.", "... Serum Y stayed flat.": the same intervention's change
            return acted, changed
        if family == "down" and (passive or intransitive or not agent):
            return self._decline(
                cue, lb, left_start, right_end, ctx, negated, agent, undergoer,
                passive or intransitive,
            )
        exercise_agents = [a for a in agent if self._is_exercise(a)]
        if family == "up" and exercise_agents and not passive and lb and (
            lost := self._lacking_group_head(lb)
        ) and (required := self._gained_nothing(cue, lost, right, negated)):
            # (session 36, round b) "X-null rats that swam for a month gained no Y flux": the
            # group lacking X gained nothing, even where Y is a molecule or process (not the
            # exercise's failed induction of Y)
            return required, lost
        # "... finished 16 weeks of rowing, after which X had risen back to its former range",
        # "Training ended in May. By then X was back to young levels": a return needs a cause
        carried = self._carried_exercise(lb) if (
            restoring and not agent and not ctx.exercise_setting
        ) else None
        if family in ("up", "respond", "change", "secrete") and (
            ctx.exercise_setting or exercise_agents or carried
        ):
            other_agents = [a for a in agent if a.entity_id and not self._is_exercise(a)]
            molecular = [u for u in undergoer if u.molecular]
            if molecular and (exercise_agents or not other_agents):
                obj = exercise_agents[0] if exercise_agents else carried or self._exercise_object(
                    lb, right_end, ctx
                )
                if exercise_agents and not obj.entity_id and (
                    named := self._exercise_object(lb, right_end, ctx)
                ).entity_id:  # "contracting muscle releases X during exercise": the exercise
                    obj = named
                if family == "up" and negated and exercise_agents and (
                    " once " in s or " if " in s
                ) and (removed := self._removed_within(cue.end, exercise_agents, molecular)):
                    # (session 36, round c) "swimming no longer improved memory once the X
                    # gene was deleted": the removal's clause is no clause of its own after
                    # "once", so X sat among the undergoers; X is required for the outcome
                    return removed, undergoer
                out: list[Claim] = []
                if family == "change" and negated and (lowered := self._lowered_keys | {
                    low.key for _, low in self.memory.lowered
                }) and (down := [u for u in molecular if u.key in lowered]):
                    # (session 36, round c) "cycling lowered X in the young but did not move
                    # it in the over-eighties", "Skipping cut X. The yoga class saw no
                    # change in it": the lowering denied, no failed induction
                    out = [Claim(obj, "decreases", u, "negative", True) for u in down]
                    molecular = [u for u in molecular if u.key not in lowered]
                    if not molecular:
                        return out, down
                # "Old rats induced X far more weakly after a swim", "in aged rats the same
                # swim gave only a modest rise in X": a weak response in the old
                # (from the cue itself: "increased less after a ride" holds the cue word)
                weak = not ctx.aged_contrast and ctx.local_age and self.lex.phrases[
                    "weak"
                ].search(s, cue.start, right_end)
                if not weak and not ctx.aged_contrast and ctx.local_age and "less than" in s:
                    # (session 29, round a) "boosted X, though less than among younger hamsters":
                    # the concession after the clause's end is the weaker rise
                    weak = _THOUGH_SHORT.match(s, right_end)
                # (a denied return in the old is a denied preservation: "training did not
                # restore X in the over-80s")
                if weak and ("," in s[cue.end : weak.start()] or _SHORT_OF_YOUNG.search(weak.group())):
                    # "X and Y rose by a fifth, but the rise in X was half that in the young":
                    # the rise stands, and is weaker in the old for the one the comparison names
                    out += _unary(molecular, "induced_by_exercise", obj, negated)
                    named = {c.entity_id for c in self.cands if cue.end <= c.start < weak.start()}
                    weak_ones = [u for u in molecular if u.entity_id in named] or molecular
                    out += _unary(weak_ones, "not_induced_in_aged", self._age_role(ctx), False)
                elif (negated and ctx.local_age and not restoring and (
                    # (session 31, round c) "a comparable regimen did not raise X in men
                    # over 75": with no young group to fall short of, the exercise's own rise
                    # denied (below); "rose in the young but not in the old" stays blunted
                    _YOUNG_WORD.search(s) or len(_AGE_FIGURE.findall(s)) > 1
                    # (the old as the clause's subject, or a failure: "older muscles failed to
                    # activate X after exercise" stays a failed response in the old)
                    or _OLD_SUBJECT.match(s, lb) or "fail" in s[lb : cue.start]
                )) or weak:
                    out += _unary(molecular, "not_induced_in_aged", self._age_role(ctx), False)
                else:
                    out += _unary(molecular, "induced_by_exercise", obj, negated)
                    young = self.lex.phrases["young_levels"]
                    # (the level reached after the verb: "raised it to young levels"; not one
                    # an earlier clause reached, "returned X to youthful values, and it lifted Y")
                    if restoring or young.search(s, cue.start, right_end) or (
                        # "A came back to young levels, but B did not budge": B was not
                        # brought back either
                        family == "change" and negated and young.search(s, 0, left_start)
                    ):
                        out += _unary(molecular, "preserved_by_training", obj, negated)
                    if ctx.aged_contrast:
                        out += _unary(molecular, "not_induced_in_aged", Role(None, "aged"), False)
                if other_agents and family == "up":
                    out += _pairs(other_agents, info.relation, molecular, info.polarity, negated)
                # "Training increased X and raised Y": the next verb's subject is the training
                # (a written exercise too: "Running raised X but failed to raise it in old mice")
                named = [a for a in agent if a.entity_id] or exercise_agents
                return out, (named if exercise_agents else molecular)
            if family in ("respond", "secrete"):
                return [], undergoer
        if family == "secrete":
            return [], undergoer  # "released by stressed cells": where it comes from, no claim
        if family == "change" and not agent and not ctx.age and self.memory.exercise:
            # "Rowing raised X. Y did not change.": the same rowing
            changed = [u for u in undergoer if u.molecular]
            if changed:
                return _unary(changed, "induced_by_exercise", self.memory.exercise, negated), changed
        if family == "change" and negated and not agent and ctx.age and self.memory.lowered and (
            denied := self._lowered_before(undergoer)
        ):  # "Rowing cut X in young women. Among the over-70s it stayed put.": the
            # rowing's decrease, denied in the old (no decline with age)
            return denied, undergoer
        if family == "change" and not agent and ctx.age and not self._population(ctx.age):
            # "X did not differ between the age groups", "X did not change with age"
            changed = [u for u in undergoer if u.molecular]
            if changed:
                return self._declines(changed, ctx, negated), changed
        if family == "up" and (passive or intransitive) and not agent and ctx.age and (
            self.memory.exercise and self.lex.phrases["equal_in_old"].search(s, cue.end, right_end)
        ):  # "X climbed just as much in the older group as in the young": a blunting denied
            same = [u for u in undergoer if u.molecular]
            if same:
                return _unary(same, "induced_by_exercise", self.memory.exercise, negated) + (
                    _unary(same, "not_induced_in_aged", self._age_role(ctx), True)
                ), same
        if family == "up" and (passive or intransitive) and not agent and ctx.age and (
            (self.memory.exercise and (negated or self.lex.phrases["weak"].search(
                s, cue.start, right_end)))
            # (session 29, round a) a programme named a sentence or two before: "Rowing lifted
            # X and Y. ... Y, in contrast, climbed less among the retirees than the students"
            or (self.memory.named_exercise is not None and not negated
                and self.lex.phrases["weak"].search(s, cue.start, right_end))
            # (session 32, round b) the sentence before acted with the training, named or
            # written ("After the programme, Y dropped in both groups. X, by contrast, climbed
            # less in the aged"): the same programme's weaker response
            or (self.memory.trained is not None and not negated
                and self.lex.phrases["weak"].search(s, cue.start, right_end))
            # (a rise denied in an old group of a document about an exercise programme:
            # "X did not go up in the elderly arm" after the bout was described)
            or (negated and self.exercise_ids and _OLD_GROUP.search(s, cue.end, right_end))
            # (session 25) the exercise named in an earlier clause of the sentence: "X rose
            # after swimming in young rats but failed to rise in old rats"
            or (negated and self._exercise_before(cue.start))
        ) and (self._population(ctx.age) or (
            # (session 27) "It climbed less than it had in the undergraduates": the rise set against
            # the young's, weaker (the old are the sentence before's)
            ctx.age[:5].lower() == "than " and not negated
            and self.lex.phrases["weak"].search(s, cue.start, right_end)
        )) and not self._level_than_young(cue, right_end):
            # "X rose after training. In the old it rose only half as much", "in several elderly
            # subjects the level did not move at all": a weak or failed response
            weak = [u for u in undergoer if u.molecular]
            if weak:
                age = Role(None, "aged") if ctx.age[:5].lower() == "than " else self._age_role(ctx)
                return _unary(weak, "not_induced_in_aged", age, False), weak
        if family == "up" and (passive or intransitive) and not agent and ctx.age and (
            ctx.training and not negated and " than " in s
            and (young := _THAN_YOUNG_GROUP.search(s, cue.end, right_end))
            and any(a < cue.start for a, _, _ in self.hits["training"])
            and not _OLD_GROUP.search(s, cue.end, young.start())
        ) and (kept := [u for u in undergoer if u.molecular]):
            # (session 28, round a) "among the rowers it sat above the students' level": a
            # trained group above the young keeps X, no rise with age
            return _unary(kept, "preserved_by_training", self._training_role(agent, ctx),
                          False), undergoer
        if family == "up" and (passive or intransitive) and not agent and ctx.age and (
            not restoring  # back to young levels is no rise with age
        ):
            # "X rose with age", "X tends to increase as we age", "X was higher in older
            # muscle": a rise that goes with age
            return self._with_age(undergoer, ctx, negated), undergoer
        if family == "keep" and ctx.training:
            held = [r for r in undergoer + agent if r.molecular]
            if held:
                obj = self._training_role(agent, ctx)
                # (session 30, round c) "swimming held X at its first value but did not
                # stop Y climbing": an active sentence's written agent stays the subject of the
                # verb coordinated after it (not the held molecule)
                active = agent and not passive and not any(a.molecular for a in agent)
                named = [a for a in agent if a.entity_id] if active else []
                return _unary(held, "preserved_by_training", obj, negated), named or held
            trainers = [a for a in agent if a.entity_id and self._is_exercise(a)]
            if trainers and undergoer:
                claims = _pairs(undergoer, "preserved_by_training", trainers, "positive", negated)
                return claims, agent
        if family == "respond" and agent and not negated and cue.text[:6].lower() == "respon" and (
            cue.text.lower().endswith(" to") or right.lstrip()[:3].lower() == "to "
        ) and (
            sensed := [u for u in undergoer if u.molecular]
        ) and not any(self._is_exercise(a) for a in agent) and (
            named := [a for a in agent if a.entity_id] or [a for a in agent if a.text]
        ):  # "X responds to insulin": a named thing X answers to switches it on; a written
            # one too ("X responds to protein": "protein" activates X)
            return _pairs(named, "activates", sensed, "positive", False), undergoer
        if family == "up" and not passive and lb and (
            lost := self._lacking_group_head(lb)
        ) and (required := self._gained_nothing(cue, lost, right, negated)):
            # "X-null mice that ran for a month gained no endurance": the group lacking X,
            # before its relative clause, gained nothing
            return required, lost
        # a group's content compared: "had more X", "had three times as much X as ..."
        group_more = info.relation == "associated_with" and _HAD_MORE.match(cue.text) is not None and (
            "more" in cue.text or " as m" in cue.text)
        if (family == "respond" or not agent or not undergoer) and not (
            # (session 27, round b) "old rats had three times as much X as young rats": the group,
            # an organism, is no written agent, and the aged reading below still holds
            group_more and not agent and undergoer and not passive
        ):
            # "X was higher in athletes and was associated with Y": X stays the subject
            return [], (undergoer if (passive or intransitive) and not agent else agent)
        if family == "change" and not any(r.molecular for r in agent + undergoer):
            return [], agent  # "how aging affects the response to training": no molecule
        # (session 28, round a) an old group named by its training ("trained old mice had more
        # X than sedentary old mice") is compared by that training, unless the young are the
        # other group
        trained = self._trained_organism(left_start, cue.start) if (
            group_more and not agent and " than " in s) else None
        if trained is not None and _THAN_YOUNG_GROUP.search(s, cue.end, right_end):
            trained = None
        if (family == "up" or group_more) and trained is None and not any(
            a.molecular for a in agent
        ) and (
            (aged := self._aged_group_end(left, left_start, group_more)) is not None
        ) and left[aged:].strip(" ,").count(" ") <= 1 and not any(
            self._given_group(a.pos) for a in agent  # "old mice given X had more Y": X's doing
        ) and (
            risen := [u for u in undergoer if u.molecular]
        ):
            # "old progenitors frequently turn on X": X is higher with age, age acts on nothing
            # (as in "old muscle holds more X than young muscle")
            return self._with_age(risen, ctx, negated), risen
        if not agent and group_more and (trained or (
                trained := self._trained_organism(left_start, cue.start))):
            agent = [trained]  # "hearts from the trained rats contained more X than ..."
        if not agent:
            return [], []
        if (family == "up" or group_more) and not passive and ctx.age and not any(
            a.molecular or a.kind == "intervention" for a in agent
        ) and (risen := [u for u in undergoer if u.molecular]) and self._population(ctx.age) and (
            " than " in s and _THAN_YOUNG_GROUP.search(s, cue.end, right_end)
        ) and not any(self._given_group(a.pos) for a in agent):
            # (session 27, round b) "In old hamsters, the lining of the kidney produces far more X
            # than it did in juvenile hamsters": old against young, X is higher with age
            return self._with_age(risen, ctx, negated), risen
        relation, polarity = info.relation, info.polarity
        if relation in _OPPOSITE and all(a.entity_id and self._group_with(a.pos) for a in agent):
            # "participants with high X gained less Y": groups compared, an association
            relation = "associated_with"
        if relation == "associated_with" and len(agent) > 1 and (described := next((
            a for a in agent if a.molecular and a.pos is not None and self._group_with(a.pos)
        ), None)) and any(a.kind == "intervention" and (a.pos or 0) > described.pos
                          for a in agent):
            # (session 33, round a) "the people highest in X after a rowing course showed the
            # biggest gains": the course is when X was measured, the group is picked by X
            agent = [a for a in agent
                     if not (a.kind == "intervention" and (a.pos or 0) > described.pos)]
        if relation == "associated_with" and _HAD_MORE.match(cue.text) and agent and all(
            a.flip and a.pos is not None and a.kind in _GENE_KINDS
            and _GROUP_LACKING.search(s, max(0, a.pos - 80), a.pos) for a in agent
        ):  # "mice lacking X had more Y than normal mice": a knockout's effect, X lowers Y
            relation = "increases"
        if family == "down" and (required := self._abolished_induction(cue, agent, undergoer)):
            return required, agent
        if family == "up" and (required := self._gained_nothing(cue, agent, right, negated)):
            return required, agent
        if family == "up" and negated and (required := self._lost_under_exercise(agent, undergoer)):
            return required, agent  # "when X was deleted, rowing no longer improved Y"
        incapacity = negated and self.lex.incapacity.search(s, left_start, cue.end) is not None
        reliant = relation == "depends_on" and _RELIANT.match(cue.text) is not None
        if " more" in cue.text and _MAKES.match(cue.text) and not any(a.molecular for a in agent):
            # (session 27, round b) "their fat also made more X": what a tissue or group
            # makes is a claim only as an age or exercise comparison (read above)
            return [], agent
        if family == "converse":  # (session 31, round c) "X is the fuel for Y": Y needs X
            return _pairs(undergoer, relation, agent, polarity, negated), agent
        out = _pairs(agent, relation, undergoer, polarity, negated, incapacity, reliant)
        if negated and family == "up":
            out += self._works_through_lost(agent)
        return out, agent

    def _framed_finding(self, c: Claim) -> list[Claim]:
        """A claim whose written subject is what a study measured ("biopsies", "muscle
        samples", "the data") is no agent's: the treatment of the group it was seen in
        ("... in the ones given D") raised or lowered the molecule; else no claim."""
        sub = c.subject
        if sub.entity_id or not sub.text or not _STUDY_FRAME.match(sub.text):
            return [c]
        if c.relation in ("associated_with", "increases", "decreases") and c.obj.molecular and (
            c.obj.pos is not None
        ):
            s, phrases = self.s, self.lex.phrases
            for m in self.interventions:
                if m.start <= c.obj.pos:
                    continue
                role = self.role(m)
                if phrases["treated_group_before"].search(s, max(c.obj.pos, m.start - 70),
                                                          m.start) and not self._is_exercise(role):
                    relation = "increases" if c.polarity == "positive" else "decreases"
                    return [Claim(role, relation, c.obj, c.polarity, c.negated)]
        return []

    def _cues(self) -> list[_Cue]:
        s, g = self.s, self.g
        spans = [(m.start, m.end) for m in self.cands]
        out = []
        for a, b, name in self.hits["relations"]:
            text = s[a:b]
            if any(x < b and a < y for x, y in spans):
                continue  # "reduced mobility" named as a condition is not a cue
            if any(x < b and a < y and not (a <= x and y <= b) for x, y in self.context_spans):
                continue  # nor part of a cohort's name; a cue may hold "women" whole
            if self._in_scare_quotes(a):
                continue
            info = self.lex.relation_groups[name]
            first = text.split()[0]
            if info.frame == "nominal" and info.family == "up" and first.endswith("s") and (
                any(0 < a - y <= 1 and not _DET_END.search(s, max(0, x - 8), x)
                    for x, y in spans) or _RELATIVE_END.search(s, max(0, a - 7), a)
            ):
                # "X rises in muscle after a run": the verb of X, not a plural noun
                out.append(_Cue(a, a + len(first), _RISE_VERB, first, False))
                continue
            if info.frame in _NOMINAL and info.family in ("up", "down") and (
                first.lower() in _BARE_CHANGE or info.frame == "nominal"
            ) and (
                (
                    (head := _PLURAL_HEAD.search(s, max(0, a - 24), a))
                    and any(0 < head.start() - y <= 1
                            and not _DET_END.search(s, max(0, x - 8), x) for x, y in spans)
                )
                or (first.lower() in _BARE_CHANGE and self._coordinated_before(a, spans))
            ):
                # "X levels drop in aged rats", "X and Y rise during bed rest": the verb of
                # a plural subject, not a noun
                verb = _RISE_VERB if info.family == "up" else _FALL_VERB
                out.append(_Cue(a, a + len(first), verb, first, False))
                continue
            ing = _is_ing(first)
            tail = s[max(0, a - 40) : a]
            if tail.endswith("A ") and any(y == a - 1 for _, y in spans):
                # (session 31, round a) "compound A raises Y", "vitamin A lowers Y": a name's
                # closing letter, not the article of a noun reading ("a raised level")
                tail = tail[:-2] + "X "
            modifier = info.frame == "verb" and (
                (search_end(g.adjectival_before, tail, g.adjectival_tokens) is not None
                 and not self._perfect(first, tail, b))
                or self._measure_follows(a, b)
                # an adjective opening its clause ("In the cohort, lower X was ..."), or a
                # gerund opening the sentence ("Blocking X erased ..."); a participle after a
                # comma or "while" is a verb
                or (not ing and self._adjectival(first) and self._opens_clause(a, first, tail)
                    and not g.intransitive_after.match(s[b : b + 40])
                    and not g.determiners.match(s[b : b + 20].lstrip()))
                or (ing and self._gerund_opens(a, tail))
            )
            if (this := _THIS_BEFORE.search(tail)) and self.lex.phrases["lost_referent"].fullmatch(
                s, a - len(this.group()), b
            ):
                modifier = True  # "reversed this decline": a loss named back, no verb
            if first.lower() in g.comparative_determiners:
                modifier = True  # "fewer X and fewer Y than": a comparison, never a verb
            if (held := [fa for fa, fb, _ in self.hits["flips"] if fa < a and b <= fb]) and not (
                (" is a" in tail or " was a" in tail)
                and _DEFINED_AS.search(s, max(0, held[0] - 40), held[0])
            ) and not (
                ", a" in tail and (named := _NAMED_BY_APPOSITIVE.search(s, max(0, held[0] - 40),
                                                                        held[0]))
                and any(y == named.start() for _, y in spans)
            ):  # "drugs that block X": part of a flip phrase, not a verb; (session 28, round
                # b) but "D is a synthetic compound that inhibits X" defines D by what it does
                modifier = True
            last = tail.rsplit(None, 1)[-1:]
            if last and last[0].lower() in g.degree_adjectives and search_end(
                g.degree_before, tail, 2
            ):
                modifier = True  # "produced a smaller rise": a noun
            # "an ability to improve X", "the lesson is to keep X": a complement, not a verb
            infinitive = _infinitive(tail)
            if infinitive and infinitive.group(1).lower() not in g.infinitive_verbs and not (
                _OWN_TASK.search(tail) or _MADE_TO.search(tail)
            ):  # ("its main job is to restrain X": what its owner does, a verb)
                modifier = True
            out.append(_Cue(a, b, info, text, modifier))
        # "helps reduce X", "help further lower Y": a helping verb right before another verb
        # cue is no verb of its own
        helpers = {
            id(c) for c, nxt in pairwise(out)
            if c.text.split()[0].lower() in g.infinitive_verbs
            and c.info.relation != "required_for"
            and len(_WORD.findall(s[c.end : nxt.start])) <= 1
        }
        # "X is needed to keep tissue intact": what X is needed for, not a verb of its own
        for c, nxt in pairwise(out):
            if c.info.relation == "required_for" and not s[c.end : nxt.start].strip():
                nxt.modifier = True
        if any(c.info.relation == "required_for" for c in out):
            out = [c for c in out if not self._needed_by_head(c)]
        return [c for c in out if id(c) not in helpers] if helpers else out

    def _needed_by_head(self, c: _Cue) -> bool:
        """(session 31, round c) "X activates the enzymes needed to make Y": a participle
        of need right after a plural head ("the genes", "those enzymes") is a reduced
        relative on that head, not a predicate of the clause's subject."""
        if c.info.relation != "required_for" or c.text[:4].lower() not in _NEED_PARTICIPLES:
            return False
        s = self.s
        head = self.lex.phrases["needed_head"]
        start = max(0, c.start - 48)
        # a member named by copula or "one of" keeps its need: "X is one of the genes
        # needed for Y", "X and Y are the enzymes required for Z"
        return any(m.end() == c.start - 1 and s[c.start - 1] == " "
                   and not _HEAD_OF_MEMBER.search(s, max(0, m.start() - 8), m.start())
                   for m in head.finditer(s, start, c.start))

    def _aged_group_end(self, left: str, left_start: int, compared: bool) -> int | None:
        """Where an old group named in ``left`` ends (an offset in ``left``): "aged stem cells",
        "old mice" (``aged_agents``); for a group's content compared ("had three times as much X
        as"), also a group whose age in figures is the older of the two the sentence compares
        ("20-month-old rats ... as 3-month-old rats", session 27, round b)."""
        if aged := self.lex.phrases["aged_agents"].search(left):
            return aged.end()
        if not compared or not any(ch.isdigit() for ch in left):
            return None
        older = older_group_first(self.s)
        if older is None or not (left_start <= older[0] and older[1] <= left_start + len(left)):
            return None
        return older[1] - left_start

    def _trained_organism(self, lo: int, hi: int) -> Role | None:
        """An organism named by its exercise in ``[lo, hi)``: "the trained rats", "exercised
        mice" (a training word right before the species' name), as written words: the group a
        content is compared in (session 27, round b)."""
        for a, b in self.context_spans:
            if lo <= a and b <= hi:
                for x, y, _ in self.hits["training"] + self.hits["exercise"]:
                    # (session 28, round a) or an age word between: "the trained old rats"
                    if lo <= x and (0 <= a - y <= 1 or (0 < a - y <= 9 and _AGE_BETWEEN.match(
                            self.s, y, a))):
                        return Role(None, self.s[x:b], pos=x)
        return None

    def _contrast_before(self, pos: int | None) -> bool:
        """Does a contrast clause (", while", ", whereas") open right before ``pos``, the
        clause's subject, after an earlier clause?"""
        if pos is None or (", wh" not in self.s):
            return False
        return _CONTRAST_OPEN.search(self.s, max(0, pos - 12), pos) is not None

    def _coordinated_before(self, a: int, spans: list[tuple[int, int]]) -> bool:
        """Do two named things joined by "and"/"or" end right before ``a`` ("X and Y rise")?
        A bare change word after such a plural subject is its verb; after one name ("the X
        rise") it stays a noun."""
        last = next((x for x, y in spans if 0 < a - y <= 1), None)
        if last is None or _DET_END.search(self.s, max(0, last - 8), last):
            return False
        join = _JOIN_END.search(self.s, max(0, last - 8), last)
        return bool(join) and any(0 <= join.start() - y <= 1 for _, y in spans)

    def _first(
        self, category: str, lo: int, hi: int, *, masked: bool = True,
        skip: list[tuple[int, int]] | None = None,
    ) -> str | None:
        """The first phrase of ``category`` within ``[lo, hi)``; with ``masked``, none inside a
        named thing other than an intervention ("age-related diseases" is not an age context,
        "resistance training" is an exercise context); none inside a ``skip`` span."""
        other = self.hits.get("not_exercise", ()) if category in _ACTIVITY else ()
        for a, b, _ in self.hits[category]:
            if a < lo or b > hi:
                continue
            if skip and any(x <= a and b <= y for x, y in skip):
                continue
            # a named thing holding the phrase masks it; one the phrase holds ("in aging",
            # where "aging" is a named process) does not
            if masked and any(x < b and a < y and not (a <= x and y <= b)
                              for x, y in self.masked_spans):
                continue
            if any(x < b and a < y for x, y, _ in other):
                continue  # "sauna sessions" are no exercise
            return self.s[a:b]
        return None


# ---------------------------------------------------------------------------- helpers


_DET_END = re.compile(r"\b(?:the|a|an|these|those|this|its|their)\s+$", re.IGNORECASE)
_RELATIVE_END = re.compile(r"\b(?:which|that)\s+$", re.IGNORECASE)
#: how a rise word right after its subject reads ("X rises in muscle"): the plain rise verb
_RISE_VERB = RelationCue("increases", "positive", "up", "verb")
_FALL_VERB = RelationCue("decreases", "negative", "down", "verb")
#: a plural head a bare verb agrees with: "X levels drop", "X concentrations rise"
#: a contrast clause opening ("..., while Y rose less"): its change is set beside the one before
_CONTRAST_OPEN = re.compile(r",\s*(?:while|whereas)\s+$", re.IGNORECASE)
#: a young group compared after "than": "than it did in juvenile hamsters", "than among the younger"
#: an age word between a training word and the organism: "trained old mice"
_AGE_BETWEEN = re.compile(r"\s+(?:old|older|aged|elderly|young|younger)\s+$", re.IGNORECASE)
_THAN_YOUNG_GROUP = re.compile(r"\bthan\s+(?:[\w'’-]+\s+){0,4}?(?:young|younger|youthful)\b",
                               re.IGNORECASE)
#: a verb of making, opening a cue ("makes much more X")
_MAKES = re.compile(r"(?:make|makes|made|making|produce|produces|produced|producing)\s",
                    re.IGNORECASE)
#: an object addressed to the reader ("keep your grandparents moving")
_YOUR = re.compile(r"\s*(?:your|you)\b", re.IGNORECASE)
#: what opens an imperative clause after another one: "..., so keep ...", "... then try ..."
#: (not a bare comma or "and": "X raises Y, and lowers your Z" shares its subject)
_IMPERATIVE_OPEN = re.compile(r"\b(?:so|then|please|just)\s*$", re.IGNORECASE)
#: verbs of switching off ("switched off", "turned off", "shut down"): said of a molecule in
#: the old with no agent, it is lower with age
_SWITCH_OFF = frozenset({"swit", "turn", "shut"})
#: an opening condition or experiment ("When X was switched off in old mice, ..."): what it
#: switched off is done to the molecule, no state of the old
_IF_CLAUSE = re.compile(r"\b(?:when|whenever|if|once|after|unless)\b", re.IGNORECASE)
#: a second clause joined to the one before ("..., and Y rose"; not a contrast, "while Y
#: climbed in the mice that rested", which often sets another group apart)
_JOINED_OPEN = re.compile(r",\s*and\s+(?:then\s+|also\s+)?$", re.IGNORECASE)
#: (session 34, round c) ... or a contrast, perhaps before a count or level of the molecule:
#: "Cycling lowered X, while the count of Y-rich fibres climbed"
_CONTRAST_JOINED = re.compile(
    r",\s*(?:and|whereas|while)\s+(?:then\s+|also\s+)?(?:the\s+(?:number|numbers|level|levels|"
    r"amount|share|proportion|count)\s+of\s+)?$", re.IGNORECASE)
#: the bare (plural-agreeing) change words a plural subject makes verbs: "X and Y rise"
_BARE_CHANGE = frozenset(
    {"rise", "increase", "surge", "spike", "jump", "climb", "decline", "drop", "fall",
     "decrease"}
)
#: the join of a coordinated subject, before its last member: "X and Y", "X, Y or Z"
_JOIN_END = re.compile(r",?\s+(?:and|or)\s+$|,\s+$", re.IGNORECASE)
_PLURAL_HEAD = re.compile(
    r"(?:levels|concentrations|amounts|stores|counts|numbers)\s+$", re.IGNORECASE
)


def _by_training(c: Claim) -> Claim:
    """A fall measured at a study's end is a decrease by the training the document named (the
    bare word is grounded to it later), not a decline with age."""
    if c.relation != "declines_with_age":
        return c
    return Claim(Role(None, "training", pos=0), "decreases", c.subject, "negative", c.negated)


def _infinitive(tail: str) -> re.Match[str] | None:
    """"... to " ending ``tail`` (``_INFINITIVE``), tested first on the last word: few cues
    follow "to", and this runs for every cue."""
    if tail.rstrip()[-2:].lower() != "to":
        return None
    return search_end(_INFINITIVE, tail, 2)


def opens_with_loss(sentence: str) -> bool:
    """The sentence opens with an imperative loss ("Take X away and ..."): read it even with
    no relation cue (the per-sentence gate, an anchored match)."""
    return _TAKE_AWAY.match(sentence) is not None


def lists_needs(sentence: str) -> re.Match[str] | None:
    """What a structure needs, listed after a colon ("the fibre needs three things: X, Y and
    Z"): a colon and a word of need first, then the pattern."""
    if ":" not in sentence or not ("need" in sentence or "requir" in sentence
                                   or "reli" in sentence or "rely" in sentence):
        return None
    return _NEEDS_LIST.match(sentence)


def fronted_loss(sentence: str) -> bool:
    """A loss set as the scene of a result ("in mice lacking X", "when the authors deleted
    X", "No X, no Y"): a cheap word test first, then the pattern."""
    low = sentence[:1] == "N" or "lacking" in sentence or "knocked" in sentence or (
        "ithout" in sentence or " deleted" in sentence or " silenced" in sentence)
    return low and _FRONTED_LOSS.search(sentence) is not None


def counts_marked_cells(sentence: str) -> bool:
    """"fewer X-positive cells with age": read it even with no relation cue (a string test
    first, then the anchored patterns)."""
    return "-positive" in sentence and _MARKED_CELLS.search(sentence) is not None and (
        _WITH_AGE.search(sentence) is not None)


def names_response(sentence: str) -> bool:
    """"X activity after a workout was about half that in the young": a response noun after
    its molecule, which a verdict on the old may follow with no cue word at all."""
    return _responds(sentence)


def names_actor(sentence: str) -> bool:
    """"D, an X agonist, was tested": an appositive that names a blocker or
    activator is read even with no relation cue (string tests first, then the pattern)."""
    return any(w in sentence for w in _ACTOR_NOUNS) and (
        (", " in sentence and _ACTOR_ANY.search(sentence) is not None)
        or _ACTOR_PRENOMINAL.search(sentence) is not None)
