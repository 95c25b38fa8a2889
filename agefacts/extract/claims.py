"""Claims: the subject–relation–object statements an article makes, with the sentence as evidence.

Rule-based, over sentences and grounded mentions (see ``claim_rules`` for how one sentence is
read, and ``data/relation_cues.yaml`` for the words). Every subject is paired with every object,
so a sentence listing several genes yields one claim per gene. Pronouns ("it", "both", "this
protein") may reach back to the previous sentence. Species come from the claim's clause or
sentence; a reported finding naming none takes the sentence before's, else the document's; a
general statement is unspecified. A claim needs at least one grounded side: free-text-only
statements are not molecular facts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from agefacts import EXTRACTOR_VERSION
from agefacts.extract.claim_age_figures import older_group_first
from agefacts.extract.claim_ageing import closed_gaps, gap_closed_back, of_a_molecule
from agefacts.extract.claim_comparisons import age_comparisons, trained_group_comparisons
from agefacts.extract.claim_conditions import marks_denervation
from agefacts.extract.claim_groups import (
    active_group_young_levels,
    extreme_group_does,
    gain_where_most,
    named_treatment,
    treated_group,
    treated_outcomes,
    young_level_claims,
)
from agefacts.extract.claim_losses import (
    denied_gains,
    knockout_gains,
    knockouts_named_back,
    needed_before_without_which,
    needs_restated,
    smaller_gains,
    spared_part,
    without_denied_rises,
)
from agefacts.extract.claim_rules import (
    CONTEXT_KINDS,
    MOLECULAR,
    Claim,
    Memory,
    Mention,
    Role,
    SentenceReader,
    acted_by,
    counts_marked_cells,
    fronted_loss,
    lists_needs,
    names_actor,
    names_response,
    opens_with_loss,
)
from agefacts.extract.cues import CueLexicon, Hit, lexicon, lower_case
from agefacts.extract.quotes import disputed_span
from agefacts.ids import stable_id
from schemas.claims import RELATIONS as _SCHEMA_RELATIONS

RELATIONS = tuple(_SCHEMA_RELATIONS)  # the vocabulary is defined once, in schemas/claims.py

Row = dict[str, Any]
_OF = re.compile(r"\bof\b", re.IGNORECASE)
#: (session 33, round a) a trained group is a setting of exercise, never an exercise to
#: ground a written side to: "in veteran swimmers" stays written, not the exercise named last
_TRAINED_GROUP = re.compile(r"(?:runners|lifters|cyclists|rowers|swimmers|trainees)",
                            re.IGNORECASE)
#: a question, ending in "?" (before closing quotes or brackets): it asks, it asserts nothing
_QUESTION = re.compile(r"\?[\s\"'\u201d\u2019)\]]*$")
#: a task set to the reader, opening the sentence: "Review the evidence that X ...", "Explain
#: why ...", "Describe how ..." (a learning objective or an exam question asks for the claim; the
#: text does not make it). The task runs to its closing quote, an arrow or the sentence's end.
_TASK = re.compile(
    r"[\s\"'\u201c(\-\u2022*]*(?:\d{1,2}[.)]\s*)?(?:Summari[sz]e|Explain|Describe|Outline|Discuss|"
    r"Define|Name|List|Identify|Justify)\b,?\s+(?:in\s+[\w\s]{1,20}?,\s+)?"
    r"(?:the\s+evidence|why|how|what|which|whether|the\s+(?:main|role|mechanisms?|ways?))\b"
    r"[^\"\u201d\u2192]*"
)
#: a sentence with fewer spaces than this that names nothing is an aside ("Tenfold!", "DEV:
#: Right, OK."): it does not end what a later "it" may stand for
_ASIDE_SPACES = 4
_SPECIES = ("species", "in_vitro")
#: Phrase categories without which a sentence yields no claim (see ``extract_claims``).
_GATE = ("relations", "blunted")
#: how many sentences back a named exercise still sets the scene for a weak response in the old
_NAMED_EXERCISE_REACH = 3
_FAR = 1_000_000
#: Cheap word tests, one per whole-sentence rule below: substring checks (``in``), which cost a
#: fraction of a regex search over the sentence; each rule's own patterns run only after one.
def _compares_ages(s: str) -> bool:
    """A comparative and an old group ("older muscle carried three times more X"):
    ``age_comparisons``."""
    return ("more" in s or "less" in s or "ewer" in s or "igher" in s or "ower" in s
            or "reater" in s or "arger" in s or "maller" in s or "twice" in s or "half" in s
            or "times" in s or "fold" in s or "arcer" in s or "rarer" in s) and (
        " old" in s or "Old" in s or " aged" in s or "Aged" in s or "lderly" in s
        or "eriatric" in s or "month" in s or "year-old" in s or "ensioner" in s or "enior" in s
        or "over-" in s or " over 5" in s or " over 6" in s or " over 7" in s or " over 8" in s
        or " over 9" in s or "their s" in s or "their e" in s or "their n" in s
        or "their 6" in s or "their 7" in s or "their 8" in s or "their 9" in s)


def _names_young(s: str) -> bool:
    """A young group ("the young", "thirty-year-olds", "students"): ``young_level_claims``."""
    return ("oung" in s or "outh" in s or "year-old" in s or "students" in s
            or "their t" in s or "their 1" in s or "their 2" in s or "their 3" in s)


def _knocks_out(s: str) -> bool:
    """A knockout ("mice lacking X", "when we deleted X"): ``denied_gains``, ``knockout_gains``."""
    return ("lack" in s or "without" in s or "missing" in s or "delet" in s or "knock" in s
            or "remov" in s or "silenc" in s or "block" in s or "ake away" in s)


def _denies(s: str) -> bool:
    return ("not" in s or "n't" in s or "n’t" in s or "no longer" in s or "got no" in s
            or "nothing" in s or "barely" in s or "no effect" in s or "no rise" in s
            or "no increase" in s or "none of" in s)


def _grows(s: str) -> bool:
    return ("large" in s or "bigger" in s or "heavier" in s or "regenerat" in s
            or "cycle" in s or "more" in s)


def _same_words(s: str) -> bool:
    """The words of a ``same_pattern`` phrase."""
    return ("same" in s or "imilar" in s or "identical" in s or "parallel" in s
            or "ikewise" in s or "alike" in s)


_AGE_FIGURE = re.compile(r"\s+(?:about\s+|around\s+|over\s+|under\s+)?\d")


def extract_claims(
    doc_id: str,
    text: str,
    sentences: Iterable[Row],
    mentions: Iterable[Row],
    entities: Iterable[Row],
    cites: Iterable[Row] | None = None,
    *,
    extractor_version: str = EXTRACTOR_VERSION,
    vocabularies: str = "",
    lex: CueLexicon | None = None,
) -> list[Row]:
    """Claim rows for one document (columns: ``schemas/claims.py``).

    ``sentences``: rows {doc_id, sentence_id, char_start, char_end, text}; ``mentions``: rows
    {mention_id, doc_id, entity_id, char_start, char_end, surface}; ``entities``: rows
    {entity_id, namespace, identifier, label, kind}. ``cites`` rows {doc_id, sentence_id,
    citation_id} attribute a sentence to a cited work (its first citation fills
    ``citation_id``). ``vocabularies`` is used when the mentions do not carry their own.
    """
    lex = lex or lexicon()
    kinds = {e["entity_id"]: e.get("kind") or "gene" for e in entities}
    sents = sorted(sentences, key=lambda s: s["char_start"])
    doc_mentions = sorted(
        (m for m in mentions if m.get("doc_id", doc_id) == doc_id),
        key=lambda m: (m["char_start"], -m["char_end"]),
    )
    cite_of: dict[int, str] = {}
    for c in cites or ():
        if c.get("doc_id", doc_id) == doc_id and c.get("citation_id"):
            cite_of.setdefault(int(c["sentence_id"]), c["citation_id"])

    lower = lower_case(text)
    doc_hits = lex.scanner.scan(text, lower=lower)
    # reference lines ("Source: ... doi.org/...") state nothing themselves
    skipped = lex.reference_starts(lower)
    species_hits = doc_hits.within(0, len(text), _SPECIES)
    cue_starts = doc_hits.starts_of(_GATE)
    signed = any(sign in text for sign in lex.signs)  # arrows as verbs: notes, slides
    doc_species = _document_species(species_hits, doc_mentions, kinds, lex)
    exercise_ids = _exercise_entities(text, doc_mentions, kinds, lex)
    aging = _aging_entity(text, doc_mentions, kinds, lex)
    recent_exercise: Role | None = None  # the exercise the document named last
    exercise_age = _FAR  # sentences since a sentence named it (its own: 0)
    exercise_by_head: dict[str, Role] = {}  # ... and by the last word of its name
    rows: list[Row] = []
    seen: set[str] = set()
    memory = Memory()
    in_vitro = False  # the sentence before reported cultured cells
    prev_claims: list[Claim] = []  # the sentence before's, for "Y followed the same pattern"
    # each mention's fields read once, not once per sentence it is compared with
    spans = [
        (m["char_start"], m["char_end"], m["entity_id"],
         kinds.get(m["entity_id"]) or m.get("kind") or "gene", m.get("vocabularies"))
        for m in doc_mentions
    ]
    n = len(spans)
    k = 0
    species_of = _SpeciesCursor(species_hits)
    for i_sent, sent in enumerate(sents):
        s0, s1 = sent["char_start"], sent["char_end"]
        while k < n and spans[k][0] < s0:
            k += 1
        local = []
        named_here = False  # a mention of something other than a species or cohort
        j = k
        while j < n and spans[j][0] < s1:
            a, b, entity_id, kind, vocab = spans[j]
            j += 1
            if b <= s1:
                local.append(Mention(a - s0, b - s0, entity_id, kind, vocab))
                if kind not in CONTEXT_KINDS:
                    named_here = True
        exercise_age += 1
        if exercise_ids:
            for m in local:
                if m.entity_id in exercise_ids:
                    exercise_age = 0
                    recent_exercise = Role(m.entity_id, None, m.kind, vocabularies=m.vocabularies)
                    head = text[s0 + m.start : s0 + m.end].rsplit(None, 1)[-1].lower()
                    exercise_by_head[head] = recent_exercise
                    if given := lex.grammar.intervention_head.match(text, s0 + m.end):
                        # "a cycling programme": a later "the programme" is the cycling
                        exercise_by_head[given.group().strip().lower()] = recent_exercise
                    if " of " in text[max(0, s0 + m.start - 48) : s0 + m.start]:
                        _course_heads(text, s0 + m.start, recent_exercise, exercise_by_head, lex)
        stext = sent["text"]
        if skipped and _any_between(skipped, s0, s1):
            memory = Memory()
            continue
        may_refer = memory.molecular or memory.last_subjects
        if not local and species_of.next >= s1 and not (
            may_refer and _any_between(cue_starts, s0, s1)
        ) and not (prev_claims and " gap " in stext) and not (
            may_refer and "oung" in stext  # "it sat again inside the youthful range"
        ):  # names nothing, no organism, nothing to read back: no claim, nothing to pass on
            # "Tenfold!", "Right.": a short aside keeps what "it" stands for (not the species:
            # a heading such as "Methods:" still ends the sentence's experiment)
            memory = replace(memory, species=set()) if may_refer and _aside(stext, lex) else Memory()
            in_vitro = False
            prev_claims = []
            continue
        sp_hits = species_of.within(s0, s1) if species_of.next < s1 else _NO_SPECIES
        named = _sentence_species(sp_hits, local, lex)
        hits: dict[str, list[Hit]] = {}
        if (named_here or may_refer) and _any_between(cue_starts, s0, s1):
            # the cues that can start a claim first; every phrase only where there is one
            gate = doc_hits.within(s0, s1, _GATE)
            if gate["relations"] or (gate["blunted"] and named_here):
                hits = doc_hits.within(s0, s1, known=gate)
        if not hits and named_here and (
            lex.grammar.chain_arrow.search(stext) or opens_with_loss(stext)
            or counts_marked_cells(stext) or fronted_loss(stext) or lists_needs(stext)
            or names_actor(stext) or names_response(stext) or marks_denervation(stext)
            or extreme_group_does(stext)
        ):  # "IGF-1 → Akt": an arrow is the cue; "Take X away and Y vanishes": the loss
            hits = doc_hits.within(s0, s1)
        if signed and (named_here or may_refer) and (signs := lex.sign_hits(stext)):
            # "training ↓ X" in notes: the arrow is the verb (few documents have one)
            hits = hits or doc_hits.within(s0, s1)
            hits["relations"] = sorted(hits["relations"] + signs)
        if hits and (" than " in stext or " as " in stext) and (
            older := older_group_first(stext)
        ) and not any(a < older[1] and older[0] < b for a, b, _ in hits["age"]):
            # "cats aged 15 to 19 had less X than cats aged 2 to 4": the figures say
            # which group is old, and its age phrase is the sentence's age context
            hits["age"] = sorted([*hits["age"], (older[0], older[1], "age_figures")])
        if hits:
            if recent_exercise is not None and 0 < exercise_age <= _NAMED_EXERCISE_REACH:
                # "Both groups rowed for 8 weeks. Muscle was biopsied. X rose in both, but in
                # the old by half as much": the programme a weak response in the old is about
                memory = replace(memory, named_exercise=recent_exercise)
            claims, next_memory = SentenceReader(
                stext, local, memory, lex, hits, exercise_ids, aging
            ).read()
            if "?" in stext and _QUESTION.search(stext):
                claims = []  # "Does X go up with exercise?" asks, asserts nothing
            if claims and (task := _TASK.match(stext)):  # "Explain why X rises with age."
                claims = [c for c in claims if c.subject.pos >= task.end()]
            if claims and _reports_wording(stext, lex):
                claims = _undisputed(claims, stext, sents[i_sent + 1 : i_sent + 3], lex)
        else:  # no cue, or nothing named: nothing to claim (the common, fast case)
            claims = []
            # "Odd, we thought.": a short aside with a cue word it does not use keeps what
            # "it" and the exercise stand for, as one with none does ("In worms, the protein
            # proved vital." too: it names an organism, not a molecule)
            next_memory = (
                replace(memory, species=set())
                if not named_here and may_refer and _aside(stext, lex)
                else replace(memory, species=set()) if may_refer and _object_it(stext) and not any(
                    m.kind in MOLECULAR for m in local)
                # (session 28, round b) "The lab injected it into aged dogs before the splint came off.": the
                # "it" a later "It ..." stands for is still the one before
                else _named_memory(local) if local else Memory()
            )
        if not claims and prev_claims and named_here and (
            lex.phrases["same_pattern"].search(stext)
        ):  # "X rose with training. Y followed the same pattern.": the same claims for Y
            claims = _restated(prev_claims, local)
            if claims:
                next_memory.exercise = next(
                    (c.obj for c in claims if c.relation == "induced_by_exercise"), None
                )
        treatment = named_treatment(stext, local, exercise_ids) if local else None
        next_memory.treatment = treatment
        claims = claims + _whole_sentence_claims(
            stext, local, treatment or memory.treatment, treatment is not None, prev_claims,
            exercise_ids, lex,
        )
        if next_memory.acted is None and claims:  # (session 32, round c) a treated group's
            next_memory.acted = acted_by(claims)  # change read from the whole sentence
        if _names_young(stext):  # "their levels were back at the young's"
            young = young_level_claims(
                stext, local, claims, memory.last_subjects or memory.molecular,
                recent_exercise, exercise_age <= _NAMED_EXERCISE_REACH, exercise_ids, lex,
            )
            if young and _CLAUSE_JOIN.search(stext):  # (session 35, round a) "had as much X
                # as the apprentices, and their Y was no weaker than the young women's": the next one
                young += young_level_claims(
                    stext, local, claims + young, memory.last_subjects or memory.molecular,
                    recent_exercise, exercise_age <= _NAMED_EXERCISE_REACH, exercise_ids, lex,
                )
            if young and _reports_wording(stext, lex):
                young = _undisputed(young, stext, sents[i_sent + 1 : i_sent + 3], lex)
            if young:  # (session 35, round a) "their X was no weaker than the young women's" is
                # the level kept, not a decline with age denied as well
                kept = {c.subject.key for c in young
                        if c.relation == "preserved_by_training" and not c.negated}
                claims = [c for c in claims if not (
                    c.relation == "declines_with_age" and c.negated and c.subject.key in kept)]
            claims += young
        if local and _compares_ages(stext):
            # "older muscle carried three times more X than young muscle": no cue word
            compared = age_comparisons(stext, local, claims, aging, lex.phrases["compared_old"],
                                       lex.phrases["compared_young"], lex.contexts)
            if compared and _reports_wording(stext, lex):
                compared = _undisputed(compared, stext, sents[i_sent + 1 : i_sent + 3], lex)
            if compared and claims:
                claims = _without_old_group_sides(claims, compared, lex)
            claims += compared
        if local and " than " in stext and (
            "edentary" in stext or "nactive" in stext or "ntrained" in stext
        ):  # (session 34, round c) "X ran higher in veteran cyclists than in sedentary neighbours"
            grouped = trained_group_comparisons(stext, local, claims, lex.contexts["training"])
            if grouped:  # (session 35, round a) a group compared, no rise the training caused
                pairs = {(c.subject.key, c.obj.key) for c in grouped}
                claims = [c for c in claims if c.relation != "induced_by_exercise"
                          or (c.subject.key, c.obj.key) not in pairs] + grouped
        if claims and ("enefit" in stext or "ffect" in stext) and any(
            c.relation == "depends_on" and c.subject.entity_id is None for c in claims
        ):  # "the gains of rowing rely on X": the training's effect needs X
            claims = [_benefit_agent(c, stext, local, lex) for c in claims]
        if local and i_sent and not memory.molecular and (need := _THESE_NEED.match(stext)) and (
            not any(c.relation == "depends_on" for c in claims)
        ):  # "Bone leans on its builder cells, the osteoblasts. They rely on X"
            claims += _plural_need(stext, need.end(), local, sents[i_sent - 1]["text"])
        if (local or memory.molecular) and _knocks_out(stext) and _denies(stext) and (
            needs := denied_gains(stext, local, claims,
                                     memory.last_subjects or memory.molecular)):
            # "rats in which X was silenced cannot regenerate fibres": X is needed for it
            claims = without_denied_rises(claims, needs) + needs
        if local and _knocks_out(stext) and _grows(stext):
            # "rats engineered without X have noticeably heavier hearts": X keeps them down
            claims += knockout_gains(stext, local, claims, memory.last_subjects or memory.molecular)
        if claims and (":" in stext or ";" in stext) and _knocks_out(stext):
            # (session 34, round c) "X is needed for the shrinking that comes next: rats without
            # it hold on to most of the fibres": the knockout clause only shows the need
            claims = needs_restated(stext, claims)
        if claims and ("uch of" in stext or "ost of" in stext or "ome of" in stext
                       or "art of" in stext) and _knocks_out(stext):
            # "silencing X in a cast spared most of the fibres": X increases the loss
            claims = spared_part(stext, claims)
        if claims and ("ain less" in stext or "ain fewer" in stext or "ain smaller" in stext
                       or "ained less" in stext or "ained fewer" in stext
                       or "ained smaller" in stext):
            # (session 35, round a) "those on the drug gained less muscle": a smaller gain
            claims = smaller_gains(stext, claims)
        if local and memory.molecular and ("knockout" in stext or "mutant" in stext) and (
            not claims
        ):  # (session 28, round b) "In those mutant rats, Y stayed flat": X was needed for Y
            claims += knockouts_named_back(stext, local, memory.molecular)
        if local and "whose" in stext and "most" in stext:
            # "the rise in Y was largest in the rats whose X had climbed most"
            claims += gain_where_most(stext, local, claims)
        if claims and len(local) > 1 and _same_words(stext) and (
            same := lex.phrases["same_pattern"].search(stext)
        ):
            # (session 27) "..., X climbed three times as much in the aged, and Y tracked the same
            # course": the claims of the clause before, for Y
            claims = claims + _restated_within(claims, local, stext, same.start())
        if claims:  # "sarcopenia, the wasting of the body with age": no molecule's decline
            claims = [c for c in claims if of_a_molecule(c)]
        if claims and aging is not None and any(
            c.subject.entity_id == aging.entity_id and not c.obj.entity_id for c in claims
        ):  # (session 32, round c) "After sixty many people shed some strength every decade":
            # age as the agent of a written outcome links no molecule (the guide: no claim)
            claims = [c for c in claims if not (
                c.subject.entity_id == aging.entity_id and not c.obj.entity_id
                and c.relation in ("increases", "decreases") and not c.obj.molecular
            )]
        if len(claims) > 1 and any(c.relation == "declines_with_age" and c.negated for c in claims):
            claims = _without_denied_restatement(claims)
        if len(claims) > 1 and any(c.relation == "declines_with_age" for c in claims):
            claims = _without_signed_age_link(claims)
        if claims and " level" in stext:  # (session 36, round b) "the pills raised Z levels"
            claims = _without_own_level(claims)
        prev_claims = claims
        if named is None:  # evidence from cultured cells: never borrowed from context
            context = "unspecified"
        elif named:
            context = _species_label(named)
            next_memory.species = named
        elif in_vitro:  # "... in cultured cells. It activated X": the same experiment
            context = "unspecified"
        elif memory.species:
            context = _species_label(memory.species)
        else:
            context = doc_species
        in_vitro = named is None
        memory = next_memory
        hedged = bool(hits.get("hedges"))
        scope = (
            _SpeciesScope(stext, named, sp_hits, local, context, doc_species, lex)
            if claims else None
        )
        for c in claims:
            if recent_exercise is not None:
                c = _ground_exercise(c, recent_exercise, exercise_by_head, lex)
            species = scope.of(c) if scope else context
            row = _row(doc_id, sent, c, species, hedged, cite_of.get(int(sent["sentence_id"])),
                       extractor_version, vocabularies)
            if row["claim_id"] not in seen:
                seen.add(row["claim_id"])
                rows.append(row)
    return rows


#: a later clause a second young level may stand in (as ``claim_groups._CLAUSE_OPEN``)
_CLAUSE_JOIN = re.compile(r"[;:\u2014\u2013]|,\s*(?:and|but|while|whereas|yet)\s|\b(?:but|whereas)\s",
                          re.IGNORECASE)


def _without_old_group_sides(
    claims: list[Claim], compared: list[Claim], lex: CueLexicon
) -> list[Claim]:
    """(session 29, round a) "Aged dogs began with lower X than the pups": the
    comparison gives X's association with age, so the old group written as a side of the
    same association says nothing more."""
    aged = {c.subject.entity_id for c in compared if c.subject.entity_id}
    old = lex.phrases["compared_old"]
    return [c for c in claims if not (
        c.relation == "associated_with" and c.subject.entity_id is None and c.subject.text
        and c.obj.entity_id in aged and old.match(c.subject.text)
    )]


def _without_signed_age_link(claims: list[Claim]) -> list[Claim]:
    """(session 36, round b) "Aged tendons show less X activity": X is lower with age, which the
    guide gives as ``declines_with_age`` alone; a negative association of X with the same age
    side read beside it says it again (no labelled text marks both)."""
    declined = {(c.subject.key, c.obj.key, c.negated) for c in claims
                if c.relation == "declines_with_age"}
    return [c for c in claims if not (
        c.relation == "associated_with" and c.polarity == "negative"
        and (c.subject.key, c.obj.key, c.negated) in declined)]


#: a written side that is a compound's own level ("Z levels in the liver", "serum Z levels")
_OWN_LEVEL = re.compile(r"(?:(?:blood|serum|plasma|muscle|tissue)\s+)?(?P<name>.+?)\s+levels?\b",
                        re.IGNORECASE)


def _without_own_level(claims: list[Claim]) -> list[Claim]:
    """(session 36, round b) "In older men, Z precursor pills raised Z levels in muscle": a
    supplement raising the level of the compound it supplies shows the dose arrived, no
    molecule's change (no labelled text marks it); the claims on named molecules stay."""
    def own(c: Claim) -> bool:
        if c.subject.kind != "intervention" or c.obj.entity_id or not c.obj.text or not (
            c.subject.surface
        ) or c.relation not in ("increases", "decreases"):
            return False
        m = _OWN_LEVEL.match(c.obj.text)
        name = m.group("name").lower() if m else ""
        surface = c.subject.surface.lower()
        return bool(name) and surface.startswith(name) and (
            len(surface) == len(name) or not surface[len(name)].isalnum())
    return [c for c in claims if not own(c)]


def _without_denied_restatement(claims: list[Claim]) -> list[Claim]:
    """(session 31, round c) "X is not elevated in aged tissue: levels did not differ by age":
    a denied association with age and, from the restatement's unsigned "differ" / "change", a
    denied decline of the same molecule; the association says it (no text labels both)."""
    denied = {
        (c.subject.entity_id, c.obj.entity_id) for c in claims
        if c.relation == "associated_with" and c.negated and c.subject.entity_id
    }
    return [
        c for c in claims
        if not (c.relation == "declines_with_age" and c.negated
                and (c.subject.entity_id, c.obj.entity_id if c.obj else None) in denied)
    ]


def _whole_sentence_claims(
    stext: str,
    local: list[Mention],
    treated: Role | None,
    named_here: bool,
    prev_claims: list[Claim],
    exercise_ids: frozenset[str],
    lex: CueLexicon,
) -> list[Claim]:
    """Claims read from the whole sentence after the cue reader, each behind a cheap string
    gate: they need no cue verb ("the treated mice swam 25 percent longer") or look back at
    the sentence before ("this gap narrowed"). ``treated`` is the treatment this sentence or
    the one before gave a group; ``named_here`` whether this sentence gave it."""
    claims: list[Claim] = []
    if treated is not None and ((after := treated_group(stext)) is not None or named_here):
        # "Old mice were given D. The treated mice swam 25 percent longer."
        if after is None:
            after = treated.pos + len(treated.surface or "")
        claims += treated_outcomes(stext, after, treated, local)
    if " without which " in stext and local:  # "X, without which cells cannot repair Y"
        claims += needed_before_without_which(stext, local)
    if " to those of " in stext and local:  # "active adults have X levels similar to
        # those of the young": training keeps X up
        claims += active_group_young_levels(stext, local, lex.phrases["young_levels"])
    if " gap" in stext and local:  # "rowing narrowed the X gap": X brought back by rowing
        claims += closed_gaps(stext, local, exercise_ids, lex.contexts["exercise"])
    if prev_claims and " gap " in stext:  # "... smaller in the old. After rowing, this gap
        # narrowed": the gap the sentence before named, closed by this one's exercise
        claims += gap_closed_back(stext, local, prev_claims, exercise_ids,
                                  lex.contexts["exercise"])
    return claims


def _reports_wording(stext: str, lex: CueLexicon) -> bool:
    """A quotation, or a view reported as a picture ("X was long cast as the culprit"): the
    sentences whose claims a dispute after them may take back (cheap tests first)."""
    return ('"' in stext or "\u201c" in stext) or (
        " as " in stext and lex.phrases["view_frames"].search(stext) is not None
    )


def _undisputed(
    claims: list[Claim], stext: str, after: list[Row], lex: CueLexicon
) -> list[Claim]:
    """The claims not read from a quotation the text disputes ('The leaflet says "X cures
    ageing." That is overstated.'): one with a side inside the quotation."""
    span = disputed_span(stext, [s["text"] for s in after], lex)
    if span is None:
        return claims
    lo, hi = span
    return [c for c in claims if not (lo <= c.subject.pos < hi or lo <= c.obj.pos < hi)]


def _aside(stext: str, lex: CueLexicon) -> bool:
    """A sentence naming nothing that keeps what "it" stands for: a short aside ("Right."), or
    one that speaks of "the protein" named before ("In worms, the protein proved vital.")."""
    return stext.count(" ") < _ASIDE_SPACES or (
        "he " in stext and bool(lex.phrases["refers_back"].search(stext))
    )


def _object_it(stext: str) -> bool:
    """An "it" after a verb, not opening the sentence ("The lab injected it into ..."): the
    sentence speaks of what "it" stood for before, naming no molecule of its own."""
    return (" it " in stext or " it." in stext or " it," in stext) and not stext.startswith("It ")


def _named_memory(local: list[Mention]) -> Memory:
    """What a sentence read no claim from leaves the next one: its molecules ("It ...")."""
    memory = Memory(molecular=[
        Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies)
        for m in local if m.kind in MOLECULAR
    ])
    memory.last_subjects = memory.molecular[:1]
    return memory


def _restated(before: list[Claim], local: list[Mention]) -> list[Claim]:
    """The claims the sentence before made of a molecule, made of this sentence's molecules
    ("Y followed the same pattern"): a restatement names only the new subject."""
    told = {c.subject.entity_id for c in before}
    subjects = [
        Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies)
        for m in local if m.kind in MOLECULAR and m.entity_id not in told
    ]
    return [
        c._replace(subject=sub)
        for c in before if c.subject.molecular and not c.subject.flip
        for sub in subjects if sub.entity_id != c.obj.entity_id
    ]


#: a written side that names what an agent brings: "the vascular gains of rowing
#: in aged arteries", "the effect of the drug"
_BENEFIT_OF = re.compile(
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:benefits?|effects?|gains?|advantages?)"
    r"\s+of\s+(?P<agent>.+?)(?:\s+(?:in|on|for|among|at)\s.*)?$", re.IGNORECASE)


def _benefit_agent(c: Claim, stext: str, local: list[Mention], lex: CueLexicon) -> Claim:
    """A dependence of a written "the benefits of A" is A's (docs/claims_labelling.md:
    "X's effect works through Y"): A's mention where the words hold one, else A's words when
    they name an exercise ("training"); otherwise the claim as read."""
    sub = c.subject
    if c.relation != "depends_on" or sub.entity_id is not None or not sub.text:
        return c
    m = _BENEFIT_OF.fullmatch(sub.text.strip())
    if m is None:
        return c
    agent = m.group("agent")
    at = stext.find(agent, max(sub.pos, 0))
    if at >= 0:
        for x in local:
            if at <= x.start and x.end <= at + len(agent) and x.kind == "intervention":
                return c._replace(subject=Role(x.entity_id, None, x.kind, pos=x.start,
                                               vocabularies=x.vocabularies))
    if lex.contexts["exercise"].fullmatch(agent) or lex.contexts["training"].fullmatch(agent):
        return c._replace(subject=Role(None, agent, pos=max(at, 0)))
    return c


#: a plural pronoun opening a sentence as what needs something: "These depend on X", "They
#: rely on X" (what they stand for named in the sentence before, no molecule)
_THESE_NEED = re.compile(
    r"\W*(?:These|Those|They)\s+(?:all\s+|in\s+turn\s+|themselves\s+)?(?:depend|rely)\s+"
    r"(?:heavily\s+|largely\s+|mainly\s+|entirely\s+)?on\s")
#: the plural noun phrase that closes a sentence: "..., the satellite cells."
_CLOSING_PLURAL = re.compile(
    r"(?:,\s*|\b(?:on|of|in|its|their|the)\s+)(?:the\s+|its\s+own\s+|their\s+own\s+)?"
    r"(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s)\W*$")


def _plural_need(stext: str, start: int, local: list[Mention], before: str) -> list[Claim]:
    """"These depend on X": the plural noun phrase the sentence before closed with depends on
    the molecules named right after the verb (its clause)."""
    closing = _CLOSING_PLURAL.search(before)
    if closing is None:
        return []
    stop = re.search(r"[,;:]", stext[start:])
    end = start + stop.start() if stop else len(stext)
    subject = Role(None, closing.group("np"), pos=0)
    return [Claim(subject, "depends_on",
                  Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies),
                  "positive", False)
            for m in local if start <= m.start < end and m.kind in MOLECULAR]


#: the opening of the clause a "same pattern" is said in: ", while Y mirrored a similar trend"
_SAME_CLAUSE = re.compile(r"(?:,\s*(?:and|while|whereas|but)|;)\s+")


def _restated_within(
    claims: list[Claim], local: list[Mention], stext: str, same: int
) -> list[Claim]:
    """"..., while Y mirrored a similar trend": the claims of the clauses before, made of the
    molecules named in the clause that says so (none it already has claims of)."""
    opens = [m.end() for m in _SAME_CLAUSE.finditer(stext, 0, same)]
    if not opens:
        return []
    start = opens[-1]
    told = {c.subject.key for c in claims} | {c.obj.key for c in claims}
    here = [m for m in local if start <= m.start and m.end <= same and m.kind in MOLECULAR
            and m.entity_id not in told]
    out = []
    for m in here:
        new = Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies)
        for c in claims:
            if c.subject.molecular and not c.subject.flip and 0 <= c.subject.pos < start:
                out.append(c._replace(subject=new))  # "X rose ..., and Y did the same"
            elif c.obj.molecular and not c.obj.flip and 0 <= c.obj.pos < start and (
                not c.subject.molecular
            ):  # "a cast lifted X ..., while Y mirrored a similar trend"
                out.append(c._replace(obj=new))
    return out


def _exercise_entities(
    text: str, mentions: list[Row], kinds: dict[str, str], lex: CueLexicon
) -> frozenset[str]:
    """Interventions named somewhere in the document with an exercise word and never as a
    sauna, drug or other non-exercise session: a later "the programme" is the same exercise."""
    exercise, other = lex.contexts["exercise"], lex.contexts["not_exercise"]
    yes: set[str] = set()
    no: set[str] = set()
    for m in mentions:
        eid = m["entity_id"]
        if kinds.get(eid) != "intervention":
            continue
        surface = text[m["char_start"] : m["char_end"]]
        if other.search(surface):
            no.add(eid)
        elif exercise.search(surface):
            yes.add(eid)
    return frozenset(yes - no)


def _aging_entity(
    text: str, mentions: list[Row], kinds: dict[str, str], lex: CueLexicon
) -> Role | None:
    """The entity the document names aging itself with ("aging", "ageing"), if any; else the
    one it grounds an age adjective to ("aged", "older"); else the entities table's entity for
    aging (``aging_entity``), so that "X was higher in older muscle" has aging as its side in
    a document that never writes "aging" (docs/claims.md, "Session 25, end-to-end round")."""
    adjectives = lex.phrases["aging_adjectives"]
    for names in (lex.phrases["aging_names"], adjectives):
        for m in mentions:
            kind = kinds.get(m["entity_id"]) or "condition"
            if kind in MOLECULAR or kind in CONTEXT_KINDS or kind == "intervention":
                continue
            if names.fullmatch(text, m["char_start"], m["char_end"]) and not (
                names is adjectives and _AGE_FIGURE.match(text, m["char_end"])
            ):  # ("participants aged 71 to 89" gives a cohort's ages, no name for aging)
                return Role(m["entity_id"], None, kind, vocabularies=m.get("vocabularies"))
    return Role(lex.aging_entity, None, "condition") if lex.aging_entity else None


#: (session 34, round b) what a later bare word names back after "N weeks of X" ("the
#: programme") and after "N sessions of X" ("that session", "the bout")
_COURSE_HEADS = (("programme_course", ("programme", "program")),
                 ("session_course", ("session", "sessions", "bout", "bouts")))


def _course_heads(
    text: str, start: int, exercise: Role, by_head: dict[str, Role], lex: CueLexicon
) -> None:
    """"finished 10 weeks of guided swimming": a later "the programme" is the swimming;
    "three sessions of hill running a week ... one session lowered X": the session is the
    running (at most three modifiers between "of" and the named exercise)."""
    before = text[max(0, start - 48) : start]
    at = before.rfind(" of ")
    if len(before[at + 4 :].split()) > 3:
        return
    pair = " ".join(before[: at + 3].rsplit(None, 2)[-2:])
    for phrase, heads in _COURSE_HEADS:
        if lex.phrases[phrase].fullmatch(pair):
            for head in heads:
                by_head[head] = exercise


def _ground_exercise(
    c: Claim, exercise: Role, by_head: dict[str, Role], lex: CueLexicon
) -> Claim:
    """A side written as a bare exercise word ("training", "a single rowing bout") in a
    document that names an exercise is the exercise it named last with the same last word
    ("resistance training" ... "after training"), else the one it named last ("a cycling
    programme ... a session"). A bare "training" with no named training ("Training erases
    ..."), and a bare word when the document has named more than one exercise, are exercise
    itself: the entities table's entity for exercise (``exercise_entity``; docs/claims.md,
    "Session 25, end-to-end round 2"). In a document that names no exercise it stays written."""
    def ground(role: Role) -> Role:
        if role.entity_id:  # (most sides: before any string work)
            return role
        text = (role.text or "").rstrip()
        # the exercise word heads the phrase: "a single hard session", not "running endurance"
        last = text.rsplit(None, 1)[-1] if text else ""
        if not (lex.contexts["exercise"].fullmatch(last)
                or lex.phrases["programme_anaphor"].fullmatch(text)) or (  # "the programme"
            lex.contexts["not_exercise"].search(text) or len(text.split()) > 4
            or _OF.search(text)  # "the effects of exercise" are no exercise
            or _TRAINED_GROUP.fullmatch(last)
        ):
            return role
        named = by_head.get(last.lower())
        if named is None:
            generic = (Role(lex.exercise_entity, None, "intervention") if lex.exercise_entity
                       else None)
            # "training" with no named training is exercise itself, not the last-named cycling
            if lex.phrases["exercise_kinds"].fullmatch(last):
                named = by_head.get("training") or generic
            elif len({r.entity_id for r in by_head.values()}) > 1:
                named = generic  # "a session" after cycling and rowing: which one is unsaid
            else:
                named = exercise
            if named is None:
                return role
        return named._replace(pos=role.pos, flip=role.flip, negated=role.negated)

    subject, obj = ground(c.subject), ground(c.obj)
    if subject is c.subject and obj is c.obj:
        return c
    return c._replace(subject=subject, obj=obj)


def _any_between(starts: list[int] | None, lo: int, hi: int) -> bool:
    """Whether one of the sorted ``starts`` (of a relation or blunted-response phrase, of a
    reference line) is in ``[lo, hi)``; None: they are not known, so perhaps."""
    if starts is None:
        return True
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def claim_id(
    doc_id: str, char_start: int, char_end: int, subject: str | None, relation: str,
    obj: str | None,
) -> str:
    """Stable id: the same sentence span, subject, relation and object give the same id.

    ``subject``/``obj`` are the entity ids, or the written text when a side is not grounded.
    """
    return stable_id("c", doc_id, char_start, char_end, subject, relation, obj)


def _row(
    doc_id: str, sent: Row, c: Claim, species: str, hedged: bool, citation_id: str | None,
    extractor_version: str, vocabularies: str,
) -> Row:
    s0, s1 = sent["char_start"], sent["char_end"]
    subject_key = c.subject.entity_id or c.subject.text
    object_key = c.obj.entity_id or c.obj.text
    return {
        "claim_id": claim_id(doc_id, s0, s1, subject_key, c.relation, object_key),
        "doc_id": doc_id,
        "sentence_id": int(sent["sentence_id"]),
        "subject_id": c.subject.entity_id,
        "subject_text": None if c.subject.entity_id else c.subject.text,
        "relation": c.relation,
        "object_id": c.obj.entity_id,
        "object_text": None if c.obj.entity_id else c.obj.text,
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
        "vocabularies": c.subject.vocabularies or c.obj.vocabularies or vocabularies or "",
    }


#: A sentence's species and cell-culture hits when it has none (most sentences): shared, read only.
_NO_SPECIES: dict[str, list[Hit]] = {c: [] for c in _SPECIES}


class _SpeciesCursor:
    """The document's species and cell-culture hits, handed out sentence by sentence (offsets
    relative to the sentence). Sentences come in order, so each category's cursor only moves
    forward; the first hit not yet passed is kept, so that a sentence before it (most sentences
    name no species) costs one comparison."""

    def __init__(self, doc_hits: dict[str, list[Hit]]) -> None:
        self.hits = doc_hits
        self.cursor = dict.fromkeys(doc_hits, 0)
        self.next = self._next()

    def _next(self) -> float:
        """The start of the first hit at a cursor, of any category (inf: none left)."""
        return min(
            (hits[self.cursor[c]][0] for c, hits in self.hits.items() if self.cursor[c] < len(hits)),
            default=float("inf"),
        )

    def within(self, s0: int, s1: int) -> dict[str, list[Hit]]:
        """The hits inside ``[s0, s1)``, after every earlier sentence's."""
        if self.next >= s1:
            return _NO_SPECIES
        out = {}
        cursor = self.cursor
        for category, hits in self.hits.items():
            i = cursor[category]
            n = len(hits)
            if i == n or hits[i][0] >= s1:
                out[category] = []
                continue
            while i < n and hits[i][0] < s0:
                i += 1
            part = []
            while i < n and hits[i][0] < s1:
                a, b, name = hits[i]
                if b <= s1:
                    part.append((a - s0, b - s0, name))
                i += 1
            cursor[category] = i
            out[category] = part
        self.next = self._next()
        return out


# ---------------------------------------------------------------------------- species


def _sentence_species(
    hits: dict[str, list[Hit]], mentions: list[Mention], lex: CueLexicon
) -> set[str] | None:
    """Species named in a sentence; None when the evidence is from cultured cells only."""
    found = {name for _, _, name in hits["species"]}
    for m in mentions:
        if m.kind == "species" and (sp := lex.taxa.get(m.entity_id.rsplit(":", 1)[-1])):
            found.add(sp)
    if not found and hits["in_vitro"]:
        return None
    return found


def _document_species(
    doc_hits: dict[str, list[Hit]], mentions: list[Row], kinds: dict[str, str], lex: CueLexicon
) -> str:
    """The species a document is about when a sentence does not say: the only one named, or
    one named at least twice as often as any other; else unspecified."""
    counts: Counter[str] = Counter(name for _, _, name in doc_hits["species"])
    for m in mentions:
        if kinds.get(m["entity_id"]) == "species":
            sp = lex.taxa.get(m["entity_id"].rsplit(":", 1)[-1])
            if sp and not counts[sp]:
                counts[sp] += 1
    ranked = sorted(((n, sp) for sp, n in counts.items() if n), reverse=True)
    if not ranked:
        return "unspecified"
    if len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]:
        return ranked[0][1]
    return "unspecified"


class _SpeciesScope:
    """The species of each claim of one sentence (docs/claims_labelling.md, "Flags and
    species"). A sentence naming organisms in several clauses gives each clause its own ("...
    in mice, but in people, X did not ..."). A sentence naming none takes its context's (the
    sentence before, else the document) only when it reports a finding: a past verb between
    the claim's sides, or a study word. A general statement in the present ("X activates Y",
    "X, a marker of Y") is about no stated organism: unspecified. A general statement with no
    gene, family or pathway on either side ("exercise lowers blood pressure", "muscle loss
    contributes to frailty") is about the people a document about people addresses: human
    (the seed curator's convention)."""

    def __init__(
        self, text: str, named: set[str] | None, hits: dict[str, list[Hit]],
        mentions: list[Mention], context: str, document: str, lex: CueLexicon,
    ) -> None:
        self.text, self.named, self.context, self.lex = text, named, context, lex
        self.document = document
        self._study: bool | None = None
        self._past: dict[int, bool] = {}  # _past_verb(0, hi) by hi: claims often share one
        self.places: list[tuple[int, str]] = []  # (offset, species) of each organism named
        if named and len(named) > 1:
            self.places = [(a, name) for a, _, name in hits["species"]]
            for m in mentions:
                if m.kind == "species" and (sp := lex.taxa.get(m.entity_id.rsplit(":", 1)[-1])):
                    self.places.append((m.start, sp))

    def of(self, c: Claim) -> str:
        if self.named is None:
            return "unspecified"
        if self.named:
            return self._clause_species(c) if self.places else _species_label(self.named)
        if self.context == "unspecified" and self.document != _PEOPLE:
            return "unspecified"  # nothing to borrow: skip the tense check
        if self._reports(c):  # a finding: its study's organism (none after cultured cells)
            return self.context
        if self.document == _PEOPLE and not (c.subject.molecular or c.obj.molecular):
            return _PEOPLE  # "exercise lowers blood pressure" in a text about people
        return "unspecified"

    def _clause_species(self, c: Claim) -> str:
        """The organisms named in the clause of the claim's subject (else its object), else
        the whole sentence's."""
        breaks = [0, *self._breaks(), len(self.text) + 1]
        for side in (c.subject, c.obj):
            if side.pos < 0:
                continue
            i = bisect_left(breaks, side.pos + 1) - 1
            lo, hi = breaks[i], breaks[i + 1]
            found = {sp for at, sp in self.places if lo <= at < hi}
            if found:
                return _species_label(found)
        return _species_label(self.named or set())

    def _breaks(self) -> list[int]:
        words = self.lex.phrases["species_clause_words"]
        text = self.text
        out = []
        for m in _PUNCT.finditer(text):
            after = m.end() + (text[m.end() : m.end() + 1] == " ")
            if m.group() != "," or words.match(text, after):  # ";", ":", ", but", ", and"
                out.append(m.end())
        return out

    def _reports(self, c: Claim) -> bool:
        """Whether the claim reports a finding: a study word in the sentence, or a past verb
        before its later side (anywhere when it has one side): "X, a marker of Y, was lower"
        reports one, "X, a marker of Y" alone does not."""
        if self._study is None:
            self._study = bool(self.lex.phrases["study_words"].search(self.text))
        if self._study:
            return True
        at = sorted(p for p in (c.subject.pos, c.obj.pos) if p >= 0)
        hi = at[-1] if len(at) > 1 and at[-1] > at[0] else len(self.text)
        if hi not in self._past:
            self._past[hi] = self._past_verb(0, hi)
        return self._past[hi]

    def _past_verb(self, lo: int, hi: int) -> bool:
        ph = self.lex.phrases
        for m in ph["finding_verbs"].finditer(self.text, lo, hi):
            word = m.group()
            if ph["not_finding_verbs"].fullmatch(word):
                continue
            if word.lower().endswith("ed"):
                before = _LAST_WORD.search(self.text, max(0, m.start() - 40), m.start())
                if before and ph["not_finding_before"].fullmatch(before.group(1)):
                    continue
                after = _NEXT_WORDS.match(self.text, m.end())
                if after and ph["not_finding_after"].match(after.group(1)):
                    continue
            return True
        return False


#: The species of a document about people: its body-level general statements take it.
_PEOPLE = "human"
_PUNCT = re.compile(r"[,;:]")
#: The word before a position, skipping one "-ly" adverb ("are often described").
_LAST_WORD = re.compile(r"([\w-]+)\s+(?:\w+ly\s+)?$")
#: The one or two words after a position ("switched on by").
_NEXT_WORDS = re.compile(r"\s+(\w+(?:\s+\w+)?)")


def _species_label(found: set[str]) -> str:
    return "+".join(sorted(found, key=lambda sp: (sp != "human", sp)))
