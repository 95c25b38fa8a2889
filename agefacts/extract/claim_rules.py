"""How one sentence is read into claims: cues, their clauses, roles and contextual re-readings.

A relation cue splits its clause into a left side (the agent, or what changed when the verb is
passive or intransitive) and a right side (what is acted on). Each side is filled, in order of
preference, by grounded mentions, a pronoun's antecedent, the head of a relative clause, the
subject of the previous verb in the sentence, or the written words. Contexts then re-read plain
increases and decreases: see :func:`read_cue`. All word lists come from the cue lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any, Generic, NamedTuple, TypeVar

from agefacts.extract.cues import CueLexicon, Hit, RelationCue, search_end

#: Entity kinds that can change inside a body (as opposed to an outcome or an exposure).
MOLECULAR = frozenset({"gene", "family", "pathway"})
#: Entity kinds that place the evidence (species, cohort) rather than take part in it.
CONTEXT_KINDS = frozenset({"species", "cohort"})
#: Relations whose sign is fixed by the relation itself.
FIXED_POLARITY = {
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
_NOMINAL = ("nominal", "nominal_left")
#: switching on a process is raising it ("inhibits growth" stays: a brake, as labelled)
_SWITCHES = {"activates": "increases"}
#: Context categories that a "not_exercise" phrase ("sauna sessions") cancels.
_ACTIVITY = ("exercise", "training")
_GENE_KINDS = ("gene", "family")
_WORD = re.compile(r"[\w'’-]+")
_ING = re.compile(r"^\w+ing$", re.IGNORECASE)
_PAST = re.compile(r"^\w+(?:ed|en|wn)$", re.IGNORECASE)


def _is_ing(word: str) -> bool:
    """``_ING.match(word)`` for one whitespace-free word. The regex runs only on a word ending
    in "g" or "G" (under IGNORECASE no other character matches "g"): most words do not."""
    return word[-1:] in ("g", "G") and _ING.match(word) is not None


def _is_past(word: str) -> bool:
    """``_PAST.match(word)`` for one whitespace-free word, tried only on a word ending in "d"
    or "n" (either case; under IGNORECASE no other character matches them)."""
    return word[-1:] in ("d", "n", "D", "N") and _PAST.match(word) is not None
_CLAUSE_OPENING = re.compile(r"(?:\bthat|[:;—–*])\W*$", re.IGNORECASE)
_COMMA_OPENING = re.compile(r",\s*$")
# "adults who have more X": X describes the group (the verb is inside the description)
_WHO_HAVE = re.compile(
    r"\s+who\s+(?:have|has|had|carry|carried|show|showed)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# Where a gerund opens a clause as its subject: after ", and" ("..., and blocking X reduced
# Y"), or after a short opening adjunct ("In old mice, blocking X reduced Y").
#: a comma and a conjunction: a new clause with its own subject ("..., and Y was reduced")
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?!was\b|were\b|is\b|are\b)",
                         re.IGNORECASE)
#: a dash after a few words ("blunted in the old — "), and the dash that closes the list
_DASH_AFTER = re.compile(r"[^—–,.;:()]{0,40}?\s[—–]\s")
_DASH = re.compile(r"[—–]")
_LIST_ONLY = re.compile(r"(?:\s|,|\band\b|\bor\b)*", re.IGNORECASE)
#: a demonstrative (and one modifier) right before a cue: "this decline", "this age-related loss"
_THIS_BEFORE = re.compile(r"\bthis\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: a manner adverb just before a gerund: "partly blocking X"
_ADVERB_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]{2,}ly\s+$")
_GERUND_AFTER = re.compile(r",\s*(?:and|but|yet)\s*$", re.IGNORECASE)
_OPENING_ADJUNCT = re.compile(
    r"\s*(?:in|among|across|at|after|during|for|with|from|upon|under)\s[^,;()\[\]]{1,40},\s*",
    re.IGNORECASE,
)
#: a linking adverb set off by commas before a gerund subject, after an opening adjunct or
#: none: "However, blocking X ...", "In rats, though, removing X ..."
_LINKED_OPENING = re.compile(
    r"\s*(?:(?:in|among|across|at|after|during|for|with|from|upon|under)\s[^,;()\[\]]{1,40},\s*)?"
    r"(?:however|though|still|instead|moreover|conversely|(?:in|by)\s+contrast|in\s+turn|"
    r"similarly|likewise|meanwhile|indeed|importantly|crucially|remarkably|strikingly|"
    r"surprisingly|notably|again|also|then|too),\s*",
    re.IGNORECASE,
)
_STOP_TEXT = re.compile(r"[,;:()\[\]—–]|\s[-–—]\s")
#: (a size after "by" is no agent: "was cut by 5%", "fell by about half")
_BY = re.compile(
    r"\s*(?:\w+ly\s+)?(?:(?:on|off|up|down|back|in)\s+)?by\b(?!\s+(?:about\s+|around\s+|"
    r"roughly\s+|nearly\s+|almost\s+|some\s+|up to\s+)?(?:\d|half\b|a (?:half|third|quarter|"
    r"fifth|tenth)\b))",
    re.IGNORECASE,
)
#: where two coordinated verbs meet ("X was higher in old rats and fell after rowing")
_SHARED_SUBJECT = re.compile(
    r",?\s*(?:and|but|yet|whereas|then)\s+(?:(?:then|also|later|\w+ly|was|were|is|are|had|has|have)\s+)*",
    re.IGNORECASE,
)
#: a phosphorylated form named: "phosphorylated X", "the phosphorylation of X", "X phosphorylation"
_PHOSPHO_BEFORE = re.compile(
    r"\b(?:phosphorylated|phospho-?|phosphorylation\s+of\s+(?:the\s+)?)\s*$", re.IGNORECASE
)
_PHOSPHO_AFTER = re.compile(r"\s*(?:protein\s+)?phosphorylation\b", re.IGNORECASE)
#: an expectation in the past perfect, up to the cue ("our team had thought that cycling would cut"):
#: what was expected is no finding (the clause ends at a comma: "..., because X does Y" is)
_UNMET = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:assumed|expected|predicted|hypothesi[sz]ed|anticipated|thought|"
    r"supposed|reasoned)\b[^,;:]*\bwould\b[^,;:]*$",
    re.IGNORECASE,
)
#: a spoken conditional's imperative loss: "Take X away and ...", "Block X and ..."
#: A notes arrow to an outcome ("→ senescence"), and where the outcome's words end (an aside,
#: a clause) and split into several ("→ neurogenesis, memory", "+ repair").
_NOTE_ARROW = re.compile(r"→|⟶|⇒|(?<![<-])-{1,2}>")
_ARROW_OUTCOME_END = re.compile(r"[(;:.]\s|[(;]|\.$|\s(?:in|if|when|but|because|via)\s")
_OUTCOME_SPLIT = re.compile(r",|\s\+\s|\s(?:and|&)\s")
_QUOTES = re.compile("[\"“”]|(?<!\\w)['‘’]|['‘’](?!\\w)")
_TAKE_AWAY = re.compile(
    r"\s*(?:take\s+away|take|remove|delete|block|knock\s+out|switch\s+off|turn\s+off|silence|"
    r"inhibit)\s+", re.IGNORECASE,
)
#: a loss set as the scene of a result: "in mice lacking X", "when the authors deleted X",
#: "No X, ..." (at the start, or after ", and" / ";"); the result follows (``_LOSS_RESULT``)
_FRONTED_LOSS = re.compile(
    r"(?:^\W*|[,;]\s*(?:and\s+|but\s+)?)(?:(?:in|among)\s+(?:[\w-]+\s+)?(?:mice|rats|animals|"
    r"flies|worms|fish|cells|fibres|fibers)\s+(?:lacking|without|missing)|(?:when|once|after|if)"
    r"\s+(?:the\s+(?:team|researchers|authors|scientists)|we|they|researchers|scientists)\s+"
    r"(?:knocked\s+(?:down|out)|deleted|removed|blocked|silenced|switched\s+off|turned\s+off)|"
    r"(?<![\w,;]\s)(?<!\w)no)\s+"
    # "Without X, Y fall apart", "we think that without X, Y cannot heal"
    r"|(?:^\W*|[,;]\s*(?:and\s+|but\s+)?|\bthat\s+)without\s+",
    re.IGNORECASE,
)
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
#: an age context that names a group measured: "in the aged cohort", "in elderly women"
_OLD_GROUP = re.compile(
    r"\bin\s+(?:the\s+)?(?:old|older|oldest|aged|elderly)\s+(?:group|groups|arm|cohort|"
    r"participants|volunteers|subjects|adults|people|men|women)\b",
    re.IGNORECASE,
)
#: an exemplifier after an unnamed object: "other factors, such as X"
_EXAMPLES = re.compile(r"(?:such\s+as|including|among\s+them|notably)\s+", re.IGNORECASE)
#: what may sit between the items of a short list: ", ", " and ", ", or "
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")
#: a noun phrase after a colon: "X: a brake on Y"
_COLON_COPULA = re.compile(r":\s+(?:a|an|the|one)\s", re.IGNORECASE)
#: "the X response": the mention modifies a response noun right after it
_X_RESPONSE = re.compile(r"\s+(?:response|responses|induction|rise)\b", re.IGNORECASE)
#: a response noun a verdict on the old may follow ("X activity after a session was similar
#: in young and old"): the cheap gate of ``_response_verdict``
#: a young group named ("lower in the young than in the old"): the cheap gate of
#: ``_reversed_ages``
_YOUNG_GATE = re.compile(r"\b(?:[Yy]oung|[Yy]ounger|[Yy]outh)\b")
#: the age-comparison relations and the reading of the same comparison the other way round
_OLD_WORD = re.compile(r"\b(?:old|older|aged|elderly|age|ageing|aging)\b", re.IGNORECASE)
_AGE_REVERSED = {"declines_with_age": "associated_with", "associated_with": "declines_with_age"}
_RESPONSE_GATE = re.compile(
    r"(?:activation|activity|phosphorylation|response|induction|rise|increase) (?:after|to|"
    r"following|during|with)\b"
)
#: "no" right before a weakening word: "the rise was no smaller in the old" denies it
_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
_ITS = re.compile(r"\b[Ii]ts\b")
_ARTICLE = re.compile(r"(?:the\s+|a\s+|an\s+|that\s+|this\s+|its\s+)?", re.IGNORECASE)

#: ... joined to a loss: "and the benefit vanishes", "and Y no longer rises"
_GONE = re.compile(
    r"(?:\s+(?:away|out|off))?,?\s+and\s+(?P<what>[^,;:]+?)\s+(?:(?:simply|just|largely|"
    r"completely|all\s+but)\s+)?(?:vanish(?:es|ed)?|disappear(?:s|ed)?|(?:is|are|was|were)\s+"
    r"(?:gone|lost|abolished|wiped\s+out)|go(?:es)?\s+away|no\s+longer\s+\w+)\b",
    re.IGNORECASE,
)
#: "after (nine months of) cycling": the time of a change
_WHEN_BEFORE = re.compile(
    r"\b(?:after|following|with|during)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
#: "by training", "by endurance training": an agent phrase before a context word
#: "by regular training": an agent (not "by fat during a fast": a scene after the agent)
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?!(?:during|after|while|when|with|in|following)\s)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OF_HEAD = re.compile(r"([\w-]+)\s+of\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
#: "the rise in X", "the induction of X": what a response word governs
_RESPONSE_TAIL = re.compile(r"s?\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
_NP_END = re.compile(
    r"[,;:]|\b(?:is|are|was|were|has|have|had)\b|\band\s+(?:the|their|its|a|an|his|her|our)\b",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(r"([\w’']+)\s+to\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r" ([a-z][a-z-]+)\b")
_ADVERB = re.compile(r"^\w+ly,?$", re.IGNORECASE)
#: "cells need X", "muscle relies on X": the subject's own need, X required for it
_RELIANT = re.compile(r"(?:need|rel[yi])", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|that|who)\s*$", re.IGNORECASE)
_RELATIVE_START = re.compile(r"(?:which|that|who)\b", re.IGNORECASE)
_RELATIVE_OPENING = re.compile(r"\b(?:which|who)\s*$", re.IGNORECASE)
_THAT_OPENING = re.compile(r"\bthat\s*$", re.IGNORECASE)
_INFLECTED = re.compile(r"(?:s|ed)$")
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
#: "participants aged 71 to 89", "after about age 50": an age in figures, a cohort's description
_AGE_FIGURE = re.compile(r"\s+(?:about\s+|around\s+|over\s+|under\s+)?\d")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.IGNORECASE)
_LIST_AND = re.compile(r"\s*,?\s*(?:and|or)\s+$", re.IGNORECASE)
_NUMBER = re.compile(r"^[\d.,]+$")
#: ", the cell's energy gauge, which": an appositive noun phrase closed before "which"
_APPOSITIVE_WHICH = re.compile(
    r"^\)?\s*,\s*(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*,\s*(?:which|who)\s*$",
    re.IGNORECASE,
)
#: "docks onto Y and ", "binds and ": a verb (no cue), perhaps its object, and a coordinator,
#: opening a relative clause: the second verb has the same subject
_VERB_OBJECT_AND = re.compile(r"^\s*[a-z]+s\s+(?:[^,;]+?\s)?(?:and|or)\s*$")
_CLAUSE_AND = re.compile(r"\s*(?:and|but|while|whereas|yet)\s", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")
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
#: "its main job is to", "their role is to": the verb after it is what the owner does
_OWN_TASK = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:job|role|task|function|purpose)\s+is\s+to\s*$",
    re.IGNORECASE,
)
#: a verb the cue list does not know, sharing the cue's object across "and": "X deacetylates
#: and activates Y", "the kinase, which binds and stabilises Y" (the verb is no subject)
_SHARED_VERB = re.compile(r"(?<![\w'’-])([a-z]{4,}(?:s|ed))\s+(?:and|or)\s+$")
#: a short participle phrase inside a predicate noun before its relative pronoun: "X is a
#: protein made by fat that ...": the pronoun is the protein's, not the maker's
_REDUCED_RELATIVE = re.compile(
    r"^\s+(?:is|was|are|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:made|produced|released|"
    r"secreted|encoded|expressed|found)\s+(?:by|in)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+that\s*$",
    re.IGNORECASE,
)
#: a definite exercise word right before the verb: "the same training", "that programme"
#: ("argue that training keeps X up": a "that" after a verb opens a clause, no demonstrative)
_SAME_EXERCISE = re.compile(
    r"(?:\b[Tt]he\s+same|\b[Tt]his|\bThat|(?<=,\s)that|(?<=\bin\s)that|(?<=\bwith\s)that|"
    r"(?<=\bafter\s)that)\s+(?:[\w-]+\s+)?(?:training|exercise|programme|program|"
    r"regimen|workouts?|intervention|protocol)(?:\s+(?:did|does|do|has|have|had|could|would|"
    r"can|will|may|might|also|still|not|never|then)(?:n['’]t)?\b)*\s*$"
)
#: an appositive noun with an "of"/"on" phrase, up to the mention: ", an inhibitor of ",
#: ", a brake on ", ", the main target of "
_APPOSITIVE_OF = re.compile(
    r",\s*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|on)\s+$", re.IGNORECASE
)
#: an experiment clause opening the sentence: "When we overexpressed", "After they deleted"
_MANIPULATION = re.compile(
    r"\s*(?:when|after|once|if)\s+(?:we|they|(?:the\s+)?(?:researchers|team|authors|scientists|"
    r"investigators))\s+(overexpressed|over-expressed|boosted|deleted|knocked\s+out|silenced|removed|blocked)\s+",
    re.IGNORECASE,
)
_RAISING_VERBS = frozenset({"overexpressed", "over-expressed", "boosted"})
_HEAD_TAIL = re.compile(r"(?:\s+(?:levels?|expression|protein|activity|concentrations?|mRNA))?"
                        r"(?:\s*\([^()]*\))?\s*", re.IGNORECASE)
#: a verb's object starts right after it (not "refold and ...", "refold.")
_OBJECT_NEXT = re.compile(r"\s+(?!(?:and|or|but|after|when|with|in|during)\b)[\w(]",
                          re.IGNORECASE)
_SHORT_NAME = re.compile(r"\(([\w-]{2,12})\)\s*$")
_COMMA_RELATIVE = re.compile(r",\s*(?:which|who)\b", re.IGNORECASE)
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
#: a route cue ("acts through", "signals via") and the signed verbs a purpose after it may name
_ROUTE = re.compile(r"\b(?:through|via)$", re.IGNORECASE)
_PURPOSE_RELATIONS = frozenset({"increases", "decreases", "activates", "inhibits"})
#: the people doing an experiment: "the researchers blocked X" tells what they did to X, not
#: what a molecule or an exercise does
_EXPERIMENTERS = frozenset({"researchers", "scientists", "investigators", "authors", "team",
                            "experimenters"})
#: "blocking X with the drug D", "inhibited it with a compound, D": D inhibits X
_INSTRUMENT = re.compile(
    r"\b(?:block|inhibit|suppress|silenc|switch(?:ing|ed)?\s+off)(?:ing|ed|es|s|e)?\s+"
    r"(?P<target>[^,;:.()]{1,60}?)\s+(?:with|using)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!drug|compound)[\w-]+\s+)?(?:drug|compound|inhibitor|medicine|medication|molecule)"
    r"s?,?\s+(?:called\s+|named\s+|known\s+as\s+)?(?P<drug>[\w-]+(?:\s+(?-i:[A-Z0-9])[\w-]*)?)",
    re.IGNORECASE,
)
_INSTRUMENT_GATE = ("drug", "compound", "inhibitor", "medic", "molecule")
_TARGET_PRONOUNS = frozenset({"it", "them", "this"})
#: "D, a selective X inhibitor": an appositive naming what D does to a target X
_ACTOR_NOUNS = ("inhibitor", "blocker", "antagonist", "activator", "agonist")
_ACTOR_ANY = re.compile(r",\s*(?:a|an|our|the|their|its|this|one)\s[^,;]{0,60}?(?:inhibitor|blocker|"
                        r"antagonist|activator|agonist)\b", re.IGNORECASE)
_BLOCKERS = frozenset({"inhibitor", "blocker", "antagonist"})
#: "the X blocker D": the actor noun between its target and the drug it names (session 25)
_ACTOR_PRENOMINAL = re.compile(
    r"\b(?:the|a|an|its|their|our)\s+[\w+-]+(?:\s+[\w+-]+)?[\s-](?:inhibitor|blocker|"
    r"antagonist|activator|agonist)\s+[\w-]", re.IGNORECASE)
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
#: "fewer X-positive cells with age": a marker counted in cells changes with age
_MARKED_CELLS = re.compile(
    r"\b(?P<change>fewer|more)\s+(?:[\w-]+\s+)?(?P<marker>[\w-]+?)-positive\s+(?:[\w-]+\s+)?"
    r"(?:cells?|fibres?|fibers?|nuclei)\b",
    re.IGNORECASE,
)
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|no|never)\b|n[’']t\b)[^,;]*$", re.IGNORECASE)
#: "less X after exercise", "X activity after the run was lower": the response is what
#: is smaller (words between the molecule and the adjunct: "activity", "levels")
_AFTER_EXERCISE = re.compile(
    r"\s*(?:(?:activity|levels?|expression|release|output|production|signal(?:l?ing)?|"
    r"phosphorylation|content|secretion)\s+)?(?:after|following|in\s+response\s+to)\s+"
    r"(?:(?:a|an|the|each|one|single|acute|same|that|this|\d+-\w+|[\w-]+ly)\s+){0,3}",
    re.IGNORECASE,
)
_WITH_AGE = re.compile(
    r"\bwith\s+(?:advancing\s+|increasing\s+)?age\b|\bas\s+(?:we|people|you|they|muscles?|"
    r"animals|mice|rats)\s+(?:age|grow\s+older|get\s+older)\b",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset({"that", "which", "who", "and", "or", "to", "in", "for", "of", "at",
                         "on", "the", "a", "an", "they", "it", "was", "is", "but"})
#: an embedded question ("we do not know which organ makes X", "it is unclear what tissue
#: releases Y"): the words after "which" name an unknown, not a subject
_OPEN_QUESTION = re.compile(
    r"\b(?:say|know|tell|ask|asks|asked|determine|establish|unclear|unknown|sure|certain|"
    r"clear|whether)\s+(?:which|what)\s+[\w\s-]*$",
    re.IGNORECASE,
)
#: "the drop in X that comes with age can be largely reversed": the main clause's auxiliary
#: after a restrictive relative clause, right before the verb
_MAIN_AUXILIARY = re.compile(
    r"\s(?:(?:can|could|may|might|will|would)\s+be|is|are|was|were)"
    r"(?:\s+\w+ly)?\s*$", re.IGNORECASE,
)
_PERFECT_BEFORE = re.compile(r"\b(?:had|has|have|having)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: "in aged rats lacking ": a group without a gene, right before its mention
#: a clause that gives something its name, just before the name: "it is called X"
_NAMED_AS = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:often\s+|also\s+|then\s+|now\s+)?"
    r"(?:called|known\s+as|termed|named)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
#: between that name and a pronoun that starts the next clause: "X, and it"
_CLAUSE_THEN = re.compile(r"[\"”’']?\s*(?:,\s*|;\s*)(?:and\s+|so\s+|but\s+)?(?:then\s+)?",
                          re.IGNORECASE)
#: a group at an extreme of some levels ("walkers with the top readings"): the levels are
#: those of the molecule last named, in this sentence or the one before
_EXTREME_LEVELS = re.compile(r"(?:highest|lowest|top|greatest|largest)\s", re.IGNORECASE)
_GROUP_LACKING = re.compile(
    r"\b(?:mice|rats|animals|cells|muscles?|fibres|fibers|worms|flies|fish)\s+(?:that\s+)?"
    r"(?:lack|lacked|lacking|without|missing|deficient\s+in)\s+(?:the\s+|a\s+)?"
    r"(?:(?:working|functional|functioning)\s+)?(?:gene\s+for\s+)?$",
    re.IGNORECASE,
)
#: between a lost gene and the relative pronoun of its group: "X-null mice that", "X that"
#: (after "mice lacking"), "X knockout rats, which"
_GROUP_BEFORE_RELATIVE = re.compile(
    r"(?:[\s-]*(?:heterozygous|null|deficient|knockout|knock-out|-/-|\+/-))?\s*"
    r"(?:(?:mice|rats|animals|worms|flies|fish)\s*)?,?\s*(?:which|that|who)\s*$",
    re.IGNORECASE,
)
#: "mice bred without ", "rats engineered to lack ": a group made to lack a gene
_BRED_LACKING = re.compile(
    r"\b(?:bred|engineered|born|made|created|raised)\s+(?:to\s+lack|without|lacking)\s+"
    r"(?:the\s+|a\s+)?(?:(?:working|functional|functioning)\s+)?(?:gene\s+for\s+)?$",
    re.IGNORECASE,
)
#: "X knockout mice", "X-null rats": a group named by the gene it lacks
_KNOCKOUT_GROUP = re.compile(
    r"[\s-]*(?:knockout|knock-out|null|deficient|-/-)\s+(?:[\w-]+\s+)?"
    r"(?:mice|rats|animals|worms|flies|fish)\b",
    re.IGNORECASE,
)
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
#: the gap between two listed items, or an appositive closed by a comma before the next one
_NEXT_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$|^\s*,.*,\s*(?:and\s+|or\s+)?$",
                        re.IGNORECASE | re.DOTALL)
#: a knockout cue read without a knockout: "lose" as the plain decrease it is
_LOSS = RelationCue("decreases", "negative", "down", "verb")
#: "almost double the normal ", "some 20% more ": the size of an outcome, and "sooner than
#: ...", "than the controls": its comparison, no part of what changed
_SIZE_WORDS = re.compile(
    r"^(?:(?:about|roughly|around|nearly|almost|some|much|far|a|an|quarter|third|half|twice|"
    r"double|the|usual|normal|unusually|more|shorter|longer|larger|bigger|heavier|smaller|"
    r"fewer|less)(?:\s+|$))+",
    re.IGNORECASE,
)
_COMPARISON_TAIL = re.compile(r"\s*\b(?:faster|quicker|sooner|than)\b.*$", re.IGNORECASE | re.DOTALL)
_HAD_MORE = re.compile(
    r"(?:had|have|has|showed|show|shows|displayed|contain|contains|contained)\s", re.IGNORECASE
)
_GROUP_IN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in|among)\s", re.IGNORECASE)
#: "did not drop with swimming": an agent phrase right after a verb
_AGENT_ADJUNCT = re.compile(r"\s+(?:\w+ly\s+)?(?:with|after|following|in response to)\s+",
                            re.IGNORECASE)
_MODIFIERS = re.compile(r"(?:[\w-]+\s+){0,2}")
#: "eight weeks of ", "a year of regular ": what may stand between such a phrase and training
_OF_WORDS = re.compile(r"(?:[\w-]+\s+){1,4}?of\s+", re.IGNORECASE)
#: the end of "keeps X in check", "holds X at bay", "keeps X quiet": no part of X
_HELD_COMPLEMENT = re.compile(
    r"\s+(?:in\s+check|at\s+bay|under\s+control|quiet|quiescent|dormant|silent)[.!?]?\s*$",
    re.IGNORECASE,
)
_NOT_SUFFIX = re.compile(r"n['’]t$")
_FIGURE = re.compile(r"^[\d.,%]+$")
_ASIDE_QUANTIFIER = re.compile(r"\s(?:all|both|each|also|once|themselves|itself)\s*$", re.IGNORECASE)
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
#: a pair acting jointly after a clause that joined them: "and together they", "the two together"
_TOGETHER_THEY = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:together,?\s+(?:they|the\s+two|both)|(?:they|the\s+two|both)"
    r"\s+together)\s*$", re.IGNORECASE)
_SHARE_OF = re.compile(r"^(?:much|most|some|part|all|half|any)\s+of\s+", re.IGNORECASE)
#: a sentence opened by a condition not yet closed: "When they deleted X from the fibres"
_FRONTED_CONDITION = re.compile(r"^\W*(?:when|if|once|after)\b[^,;:]*$", re.IGNORECASE)
#: a manipulation that removes what it names ("blocked X", "X was deleted")
_REMOVAL = re.compile(
    r"\b(?:block|blocks|blocked|blocking|delete|deleted|deleting|remove|removed|removing|"
    r"knock(?:ed)?\s+out|knocked\s+down|silenced|inhibited)\b", re.IGNORECASE,
)
_NO_OBJECT = re.compile(r"^\s*(?:no|nothing\s+in)\s+", re.IGNORECASE)
#: A group picked out by the size of a change and compared by an outcome ("those with the
#: largest drop gained the most strength"; "the fall was largest in the women who gained the
#: most muscle"): the change goes with the outcome.
_EXTREME_GATE = ("largest", "biggest", "greatest", "steepest", "sharpest")
_GROUP_OUTCOME = (
    r"(?:also\s+)?(?:gained|had|showed|made|saw|achieved|improved)\s+(?:the\s+)?"
    r"(?P<deg>most|least|largest|biggest|greatest|smallest|fewest)\s+(?P<out>[^,;.]+)"
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
_DOWN_CHANGES = ("drop", "fall", "decline", "reduction", "decrease", "loss")
#: "no A and no B": two outcomes gained nothing of
_AND_NO = re.compile(r",?\s+(?:and|or|nor)\s+no\s+", re.IGNORECASE)
#: "improvement in Y", "gain in Y": the outcome is Y
_GAIN_IN = re.compile(
    r"^\s*(?:improvements?|gains?|increases?|rises?|change|changes)\s+in\s+(?=\S)", re.IGNORECASE
)
#: where a gained outcome's words end: "gained no endurance from eight weeks of running"
_OUTCOME_END = re.compile(
    r"\s(?:from|with|after|during|in|when|despite|over|compared|than|because|at\s+all)(?![\w-])",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------- data

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


#: a short aside between commas: ", however,", ", in contrast,"
# "X climbs in heart failure", "X rises sharply in people with diabetes"
_IN_CONDITION = re.compile(
    r"\s+(?:also\s+|\w+ly\s+)?in\s+(?:(?:people|patients|adults|those)\s+with\s+)?",
    re.IGNORECASE,
)
_CONDITION_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:in\s+)?", re.IGNORECASE)
_COMMA_ASIDE = re.compile(r",\s*[A-Za-z]+(?:\s+[A-Za-z]+)?\s*,")


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
        # "X, which keeps Y quiet, was lower, and training did not bring it back": the
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
        # "X, which keeps Y quiet between bouts of repair, was lower in the old": a closed
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
        """"Muscles release X as they contract": a phrase that opens at the clause's
        closing boundary is an adverbial clause of it."""
        rb = self._span[1]
        r = self._reader
        for a, b, _ in r.hits[category]:
            if a == rb:
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
            # "X, a marker that is higher in old rats, did not change with swimming":
            # the age belongs to the closed relative clause, not to this verb
            left_start = max(left_start, r.s.rfind(",", left_start, cue.start) + 1)
        return r._first("age", left_start, cue.start) or r._first("age_in", cue.end, right_end)


# ---------------------------------------------------------------------------- sentence


class SentenceReader:
    """Reads one sentence. ``read()`` returns its claims and what the next sentence may use.

    ``hits`` are the lexicon's phrase matches in the sentence (``CueLexicon.scanner``, offsets
    relative to the sentence), found once per document.
    """

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
        self.hits = hits
        self._starts: set[int] | None = None
        #: whether the sentence has a quotation mark at all (most have none)
        self._quoted = '"' in s or "“" in s
        self.cands = self._candidates(mentions)
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
            if self.hits["exercise"] and _RESPONSE_GATE.search(s):
                out += self._response_verdict(out)
            if " than " in s and _YOUNG_GATE.search(s):
                out = self._reversed_ages(out)
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
        if self.hits["exercise"] and _RESPONSE_GATE.search(s):
            claims.extend(self._response_verdict(claims))
        if fronted:  # the result clause says what the loss took away, not a claim of its own
            claims = [c for c in claims if not self._under_loss(c, fronted)] + fronted[0]
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
        if self.exercise_ids and _STUDY_SPAN.match(s) and any(
            c.relation == "declines_with_age" for c in claims
        ):  # "After 9 weeks, X in the elderly arm fell": the programme's doing, not age's
            claims = [_by_training(c) for c in claims]
        if " than " in s and _THAN_UNTRAINED.search(s):
            claims = [self._trained_group(c) for c in claims]
        if " who " in s:
            claims = [x for c in claims for x in self._exercising_group(c)]
        if self.hits["exercise"] and any(c.relation == "declines_with_age" for c in claims):
            claims = [self._response_in_old(c) for c in claims]
        if " than " in s and _YOUNG_GATE.search(s):
            claims = self._reversed_ages(claims)
        if len(claims) > 1 and any(self._sums_up(c.subject) for c in claims[1:]):
            claims = self._effect_agents(claims)
        if "elp" in s and claims:
            claims = self._helped_doers(claims)
        if " to " in s and any(c.relation == "depends_on" for c in claims):
            claims = [self._routed_purpose(c) for c in claims]
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
        memory.last_subjects = last_subjects or molecular_here[:1]
        memory.exercise = next(
            (c.obj for c in claims if c.relation == "induced_by_exercise"), None
        )
        memory.trained = next(
            (r for c in claims for r in (c.subject, c.obj) if self._is_exercise(r)), None
        ) or next((self.role(m) for m in self.interventions if self._is_exercise(self.role(m))),
                  None)
        memory.induced = [c.subject for c in claims
                          if c.relation == "induced_by_exercise" and c.subject.molecular]
        memory.lowered = [(c.subject, c.obj) for c in claims
                          if c.relation == "decreases" and c.obj.molecular and not c.negated
                          and self._is_exercise(c.subject)]
        return claims, memory

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

    def _trained_group(self, c: Claim) -> Claim:
        """"Mice given running wheels had more X than sedentary mice": a group set apart by
        its exercise, compared with untrained peers, has X induced by that exercise."""
        if c.relation != "associated_with" or c.polarity != "positive" or not (
            c.obj.molecular and self._is_exercise(c.subject)
        ):
            return c
        return Claim(c.obj, "induced_by_exercise", c.subject, "positive", c.negated)

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

    def _response_in_old(self, c: Claim) -> Claim:
        """"Aged fibres released less X after a sprint than young fibres", "X activity after a swim
        fell short in the old": what is smaller in the old is X's response to the exercise named
        right after X, not X itself (not_induced_in_aged, not a decline with age)."""
        if c.relation != "declines_with_age" or c.subject.pos < 0 or not c.subject.surface:
            return c
        m = _AFTER_EXERCISE.match(self.s, c.subject.pos + len(c.subject.surface))
        hit = m and next((b for a, b, _ in self.hits["exercise"] if a == m.end()), None)
        if not hit:
            return c
        named = next((x for x in self.cands if x.start <= m.end() < x.end), None)
        exercise = Role(named.entity_id, None, named.kind, pos=named.start,
                        vocabularies=named.vocabularies,
                        surface=self.s[named.start : named.end]) if named else Role(
            None, self.s[m.end() : hit], pos=m.end())
        return Claim(c.subject, "not_induced_in_aged", exercise,
                     FIXED_POLARITY["not_induced_in_aged"], c.negated)

    def _marked_cells(self, claims: list[Claim]) -> list[Claim]:
        """"With age, tendons hold fewer X-positive cells": the cells bearing marker X grow
        fewer with age, so X declines with age ("more X-positive fibres as we age": X is
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

    def _other_conjuncts(
        self, lb: int, rb: int, left_start: int, right_end: int, cue_start: int
    ) -> dict[str, list[tuple[int, int]]]:
        """The stretches of a clause outside one coordinated verb's own, when that verb has an
        age or activity context of its own ("X was higher in old rats and fell after rowing":
        "higher" goes with the old rats only, "fell" with the rowing only)."""
        s, hits = self.s, self.hits
        # only verbs sharing one subject across a coordinator: a subject's own relative ("rats
        # that ran ... kept X") or a clause with a subject of its own ("..., and its rise was
        # not blunted in the old") is no other verb's stretch
        later = min((e for e in self.verb_starts if e >= right_end), default=rb)
        others = [(a, b) for a, b, at, verb in (
            (lb, left_start, left_start, cue_start), (right_end, rb, right_end, later)
        ) if a < b and _SHARED_SUBJECT.fullmatch(s, at, verb)]
        if not others:
            return {}
        own = {category for category in ("age", "exercise", "training")
               if any(left_start <= a and b <= right_end for a, b, _ in hits[category])}
        if not own:
            return {}
        # a kind of context the verb has itself is still looked for in the whole clause
        # ("X rose at both ages and was not blunted in the old")
        activity = bool(own & {"exercise", "training"})
        return {"age": [] if "age" in own else others,
                "exercise": [] if activity else others, "training": [] if activity else others}

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
                # ("helps damaged proteins refold": a verb with no object of its own leaves
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

    def _adjunct_spans(
        self, words: frozenset[str], cue_end: int, right_end: int
    ) -> list[tuple[int, int]]:
        """The adjuncts of the clause opened by one of ``words``, after the cue or opening
        the sentence."""
        s, spans = self.s, []
        fronted = self.fronted_end
        for a, b, _ in self.hits["adjuncts"]:
            if " ".join(s[a:b].lower().split()) not in words:
                continue
            if cue_end <= a < right_end:
                spans.append((b, right_end))
            elif 0 < fronted < cue_end and a < fronted:
                spans.append((b, fronted))
        return spans

    def _setting_conditions(self, cue_end: int, right_end: int) -> list[Role]:
        """Conditions (not age itself) in a "during" adjunct of the clause: "X activity rises
        during disuse" goes with disuse."""
        if not self.hits["adjuncts"]:
            return []
        spans = self._adjunct_spans(self.g.setting_adjuncts, cue_end, right_end)
        aging = self.aging.entity_id if self.aging else None
        return [self.role(m) for m in self.cands
                if m.kind == "condition" and m.entity_id != aging
                and any(lo <= m.start and m.end <= hi for lo, hi in spans)][:1]

    def _conditions_in(self, cue_end: int, right_end: int) -> list[Role]:
        """Conditions listed right after an intransitive change and "in": "X climbs in heart
        failure and in diabetes" goes with each (not "in muscle", "in old mice")."""
        m = _IN_CONDITION.match(self.s, cue_end, right_end)
        if m is None:
            return []
        aging = self.aging.entity_id if self.aging else None
        out, pos = [], m.end()
        for c in sorted(self.cands, key=lambda c: c.start):
            if c.start < pos or c.end > right_end:
                continue
            if c.start != pos or c.kind != "condition" or c.entity_id == aging:
                break
            out.append(self.role(c))
            join = _CONDITION_JOIN.match(self.s, c.end, right_end)
            if join is None:
                break
            pos = join.end()
        return out

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

    def _adjunct_agents(self, lb: int, cue_end: int, right_end: int) -> list[Role]:
        """Non-exercise interventions in an "after"/"following" adjunct of the clause (after
        the cue, or opening the sentence): what brought an agentless change about."""
        s = self.s
        spans = self._adjunct_spans(self.g.agent_adjuncts, cue_end, right_end)
        out = []
        for m in self.interventions:
            if any(lo <= m.start and m.end <= hi for lo, hi in spans):
                role = Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                            surface=s[m.start : m.end])
                if not self._is_exercise(role):
                    out.append(role)
        return out[:1]

    def _manipulated(self, cue_start: int) -> tuple[list[Role], int] | None:
        """The molecules a sentence-opening experiment clause changed ("When we overexpressed
        X in old mice, ...", "After they deleted X, ..."), and the clause's comma, for a change
        after that comma; a removal flips them ("deleting X, Y fell": X keeps Y up)."""
        s = self.s
        if s[:2].lower() not in ("wh", "af", "on", "if") or not (
            opener := _MANIPULATION.match(s)
        ):
            return None
        comma = s.find(",", opener.end())
        if comma < 0 or cue_start < comma:
            return None
        removed = opener.group(1).lower() not in _RAISING_VERBS
        made = [self.role(m)._replace(flip=removed) for m in self.cands
                if opener.end() <= m.start and m.end <= comma and m.kind in MOLECULAR]
        return (made, comma) if made else None

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

    def _aside(self, lb: int, left_start: int, cue_start: int) -> bool:
        """Is the cue at ``cue_start`` the verb of a relative clause opened at ``lb`` with no
        subject of its own ("..., which controls X", "a protein that accumulates") or of an
        appositive (", a growth factor linked with X")?"""
        if self.g.appositive_phrase.match(self.s[left_start:cue_start]):
            return True
        return bool(lb) and left_start == lb and _RELATIVE.search(
            self.s, max(0, lb - 12), lb
        ) is not None and not _inside(self.cands, lb, cue_start) and (
            # "the lab reported that it stimulates X, while it suppresses Y": a reported clause
            # is the main one, and its pronoun the next clause's "it"
            self.g.reported.search(self.s, max(0, lb - 24), lb) is None
            or not self._pronoun_subject(lb, cue_start)
        )

    def _pronoun_subject(self, lb: int, cue_start: int) -> bool:
        lex = self.lex
        return bool(lex.anaphora_singular.search(self.s, lb, cue_start)
                    or lex.anaphora_plural.search(self.s, lb, cue_start))

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
        if gap:  # "a hormone that muscle releases during exercise": the head is the object
            undergoer = gap
            agent = self.agents(cue, lb, left_start, prev)
        elif passive or intransitive or info.family == "respond":
            undergoer = self.agents(cue, lb, left_start, prev)
            if info.family == "respond" and not passive:
                agent = self.patients(cue.end, right_end, prev)
            else:
                by = _BY.match(right) if passive else None
                agent = self.patients(cue.end + by.end(), right_end, prev) if by else []
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
        if family in ("up", "down", "keep") and (passive or intransitive) and not agent and (
            made := self._manipulated(cue.start)
        ):
            # "When we overexpressed X in old mice, regeneration improved": X raised it
            changed = self._changed_after(max(made[1] + 1, lb), cue.start)
            relation = "increases" if family == "keep" else info.relation
            polarity = "positive" if family == "keep" else info.polarity
            return _pairs(made[0], relation, changed, polarity, negated), changed
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
        if family == "down" and (passive or intransitive or not agent):
            return self._decline(
                cue, lb, left_start, right_end, ctx, negated, agent, undergoer,
                passive or intransitive,
            )
        exercise_agents = [a for a in agent if self._is_exercise(a)]
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
                out: list[Claim] = []
                # "Old rats induced X far more weakly after a swim", "in aged rats the same
                # swim gave only a modest rise in X": a weak response in the old
                # (from the cue itself: "increased less after a ride" holds the cue word)
                weak = not ctx.aged_contrast and ctx.local_age and self.lex.phrases[
                    "weak"
                ].search(s, cue.start, right_end)
                # (a denied return in the old is a denied preservation: "training did not
                # restore X in the over-80s")
                if weak and "," in s[cue.end : weak.start()]:
                    # "X and Y rose by a quarter, but the rise in X was half that in the young":
                    # the rise stands, and is weaker in the old for the one the comparison names
                    out += _unary(molecular, "induced_by_exercise", obj, negated)
                    named = {c.entity_id for c in self.cands if cue.end <= c.start < weak.start()}
                    weak_ones = [u for u in molecular if u.entity_id in named] or molecular
                    out += _unary(weak_ones, "not_induced_in_aged", self._age_role(ctx), False)
                elif (negated and ctx.local_age and not restoring) or weak:
                    out += _unary(molecular, "not_induced_in_aged", self._age_role(ctx), False)
                else:
                    out += _unary(molecular, "induced_by_exercise", obj, negated)
                    young = self.lex.phrases["young_levels"]
                    if restoring or young.search(s, left_start, right_end) or (
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
            # (a rise denied in an old group of a document about an exercise programme:
            # "X did not go up in the elderly arm" after the bout was described)
            or (negated and self.exercise_ids and _OLD_GROUP.search(s, cue.end, right_end))
            # (session 25) the exercise named in an earlier clause of the sentence: "X rose
            # after running in young mice but failed to rise in old mice"
            or (negated and self._exercise_before(cue.start))
        ) and self._population(ctx.age):
            # "X rose after training. In the old it rose only half as much", "in several elderly
            # subjects the level did not move at all": a weak or failed response
            weak = [u for u in undergoer if u.molecular]
            if weak:
                return _unary(weak, "not_induced_in_aged", self._age_role(ctx), False), weak
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
                return _unary(held, "preserved_by_training", obj, negated), held
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
        if family == "respond" or not agent or not undergoer:
            # "X was higher in athletes and was associated with Y": X stays the subject
            return [], (undergoer if (passive or intransitive) and not agent else agent)
        if family == "change" and not any(r.molecular for r in agent + undergoer):
            return [], agent  # "how aging affects the response to training": no molecule
        if (family == "up" or (info.relation == "associated_with" and _HAD_MORE.match(cue.text)
                               and "more" in cue.text)) and not any(
            a.molecular for a in agent
        ) and (
            aged := self.lex.phrases["aged_agents"].search(left)
        ) and left[aged.end() :].strip(" ,").count(" ") <= 1 and (
            risen := [u for u in undergoer if u.molecular]
        ):  # "aged stem cells often switch on X": X is higher with age, age acts on nothing
            # (as in "old muscle holds more X than young muscle")
            return self._with_age(risen, ctx, negated), risen
        relation, polarity = info.relation, info.polarity
        if relation in _OPPOSITE and all(a.entity_id and self._group_with(a.pos) for a in agent):
            # "participants with high X gained less Y": groups compared, an association
            relation = "associated_with"
        if relation == "associated_with" and _HAD_MORE.match(cue.text) and agent and all(
            a.flip and a.pos is not None and a.kind in _GENE_KINDS
            and _GROUP_LACKING.search(s, max(0, a.pos - 80), a.pos) for a in agent
        ):  # "mice lacking X had more Y than normal mice": a knockout's effect, X lowers Y
            relation = "increases"
        if family == "down" and (required := self._abolished_induction(cue, agent, undergoer)):
            return required, agent
        if family == "up" and (required := self._gained_nothing(cue, agent, right, negated)):
            return required, agent
        incapacity = negated and self.lex.incapacity.search(s, left_start, cue.end) is not None
        reliant = relation == "depends_on" and _RELIANT.match(cue.text) is not None
        out = _pairs(agent, relation, undergoer, polarity, negated, incapacity, reliant)
        if negated and family == "up":
            out += self._works_through_lost(agent)
        return out, agent

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

    def _nominal(
        self, cue: _Cue, lb: int, left_start: int, right_end: int, ctx: _Contexts,
        negated: bool,
    ) -> list[Claim]:
        """"age-related decline in X", "the rise in X after exercise", "X activation by ...",
        "older adults showed reduced expression of X": only with an age or exercise context.
        The context is looked for first: most such cues have none, and then what they name
        need not be read."""
        info = cue.info
        if info.family == "down":
            ageing_cue = info.relation == "declines_with_age" and cue.text[:3].lower() == "age"
            # "carried fewer X and fewer Y than the young": a coordinated comparison shares the
            # clause's age
            comparison = cue.text.split()[0].lower() in self.g.comparative_determiners
            age = ctx.local_age if cue.modifier and not comparison else ctx.age
            reading = "decline"
            if not (ageing_cue or age):
                # "the drop in X after training": the exercise lowered X
                if cue.modifier or not self._exercise_after(cue.end, right_end):
                    return []
                reading = "lowered"
        elif info.family == "up":
            near = self._first("exercise", max(lb, cue.start - 30), right_end, masked=False)
            reach = right_end
            if cue.modifier and not near and self._first("age_in", cue.end, right_end):
                # "the elevated X seen in older muscle", "older adults carried more X than the
                # young": a higher level that goes with age
                reading = "with_age"
            else:
                if not near and (after := self.relative_after(cue.end)):
                    near = self._first("exercise", *after)  # "the increase in X that followed running"
                    reach = after[1] if near else reach
                if not near:
                    return []
                reading = "induced"
        else:
            return []
        targets = self._nominal_targets(cue, right_end)
        if not targets or self._inside_prevention(cue, lb):
            return []
        if reading == "decline":
            return self._declines(targets, ctx, negated)
        if reading == "lowered":
            obj = self._exercise_object(lb, right_end, ctx)
            return _pairs([obj], "decreases", targets, "negative", negated)
        if reading == "with_age":
            return self._with_age(targets, ctx, negated)
        if ctx.age and self.lex.phrases["weak"].search(self.s, max(lb, cue.start - 30), cue.end):
            # "(in aged rats) only a modest rise in X": a weak response in the old
            return _unary(targets, "not_induced_in_aged", self._age_role(ctx), False)
        obj = self._exercise_object(lb, reach, ctx)
        return _unary(targets, "induced_by_exercise", obj, negated)

    def _exercise_after(self, start: int, end: int) -> bool:
        """An exercise phrase in ``[start, end)`` that says when ("after / following / with
        training"), not what ("the fall in X that training prevents")."""
        for a, b, _ in self.hits["exercise"]:
            if start <= a and b <= end and _WHEN_BEFORE.search(self.s, max(start, a - 40), a):
                return True
        return False

    def _nominal_targets(self, cue: _Cue, right_end: int) -> list[Role]:
        """What a nominal or modifier cue speaks of: the mention right before a left-nominal
        cue ("X activation"), else the named things of the noun phrase after it."""
        if cue.info.frame == "nominal_left":
            return [self.role(m) for m in self.cands if 0 <= cue.start - m.end <= 2]
        end = right_end
        for stop in _NP_END.finditer(self.s, cue.end, right_end):
            if not _in_parentheses(self.s, stop.start()):
                end = stop.start()
                break
        return [t for t in self.patients(cue.end, end, _Prev()) if t.entity_id]

    def _decline(
        self, cue: _Cue, lb: int, left_start: int, right_end: int, ctx: _Contexts,
        negated: bool, agent: list[Role], undergoer: list[Role], no_object: bool,
    ) -> tuple[list[Claim], list[Role]]:
        """A decrease with no agent: with age, preserved by training, or after exercise."""
        if agent and (kept := self._prevented_decline(agent, undergoer, negated)):
            return kept, undergoer
        if no_object and (trainers := [a for a in agent if self._is_exercise(a)]):
            # "X was not reduced by training": the training's effect, denied
            return _pairs(trainers, "decreases", undergoer, "negative", negated), undergoer
        if negated and no_object and not agent and self._trained_by(cue.end, right_end):
            # "X did not drop with swimming": the swimming's effect denied, not X kept
            obj = self._exercise_object(lb, right_end, ctx)
            return _pairs([obj], "decreases", undergoer, "negative", negated), undergoer
        if negated and ctx.training_status:
            obj = Role(None, self._trim_context(ctx.training_status))
            return _unary(undergoer, "preserved_by_training", obj, False), undergoer
        if ctx.age and ctx.exercise and self.g.response_words.search(
            self.s[left_start : cue.start]
        ):
            return _unary(undergoer, "not_induced_in_aged", self._age_role(ctx), False), undergoer
        if ctx.age and ctx.exercise_setting and no_object and not agent and self._population(
            ctx.age
        ) and not ctx.training_status:  # "in the old runners, X was half": groups compared
            # "After a month of rowing, X did not drop in the elderly participants": the old are
            # where the exercise acted, not what lowered X
            obj = self._exercise_object(lb, right_end, ctx)
            return _pairs([obj], "decreases", undergoer, "negative", negated), undergoer
        if ctx.age:
            return self._declines(undergoer, ctx, negated), undergoer
        if agent:
            return _pairs(agent, cue.info.relation, undergoer, cue.info.polarity, negated), agent
        if ctx.exercise and no_object:
            obj = self._exercise_object(lb, right_end, ctx)
            return _pairs([obj], "decreases", undergoer, "negative", negated), undergoer
        return [], undergoer

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

    def agent_of_later_verb(self, start: int, at: int) -> bool:
        """Is the phrase at ``at`` the agent adjunct of a verb ending after ``start``? ("X was
        lower in the elderly and did not drop with swimming": the swimming is the drop's.)"""
        for end in self.verb_ends:
            if start <= end < at and (adjunct := _AGENT_ADJUNCT.match(self.s, end)):
                head = adjunct.end()
                if of := _OF_WORDS.match(self.s, head):
                    head = of.end()
                if _MODIFIERS.fullmatch(self.s, head, at):  # "with endurance training"
                    return True
        return False

    def _trained_by(self, end: int, right_end: int) -> bool:
        """Does an agent phrase of training ("with training", "after six months of
        training") follow the verb ending at ``end``?"""
        adjunct = _AGENT_ADJUNCT.match(self.s, end)
        if adjunct is None:
            return False
        at = adjunct.end()
        if of := _OF_WORDS.match(self.s, at):
            at = of.end()
        named = [m.start for m in self.interventions if self._is_exercise(self.role(m))]
        return any(a == at and b <= right_end for a, b, _ in self.hits["training"]) or at in named

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

    def _colon_copula(self, pos: int) -> bool:
        """"X: a brake on Y" opens with a molecule and a colon before a noun phrase: the
        colon stands for "is", so it splits no clause (headings like "Methods: ..." name no
        molecule)."""
        s = self.s
        return s[pos] == ":" and _COLON_COPULA.match(s, pos) is not None and any(
            m.end == pos and m.kind in MOLECULAR and not s[: m.start].strip(" \t\"'“‘*#-")
            for m in self.cands
        )

    def _weaker_than_young(
        self, cue: _Cue, lb: int, left_start: int, right: str, passive: bool, prev: _Prev,
    ) -> tuple[list[Claim], list[Role]] | None:
        """"Aged tendon still adapts to lifting, yet markers like X and Y are induced less
        robustly than in the young": a switch-on compared down to the young, with no agent, is a
        response blunted in the old (once exercise is named in the sentence or before it)."""
        m = self.g.weaker_than_young.match(right)
        if m is None or not (self.hits["exercise"] or self.memory.exercise):
            return None
        if not passive and self._starts_with_mention(right, cue.end):
            return None
        weak = [u for u in self.agents(cue, lb, left_start, prev) if u.molecular]
        if not weak:
            return None
        return _unary(weak, "not_induced_in_aged", Role(None, "aged"), False), weak

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

    def _phenotype(
        self, cue: _Cue, agent: list[Role], undergoer: list[Role], negated: bool
    ) -> list[Claim]:
        """A knockout's outcome ("rats without X grew almost double the normal fibre size",
        "worms bred without X lost more body mass"): X does the opposite of what its lack did. Only for a
        group lacking a gene; any other group's growth or running says nothing."""
        # "die" has no object: the group lacking X is read as its undergoer
        dying = cue.info.relation == "required_for"
        lost = [a for a in (agent + undergoer if dying else agent)
                if a.flip and a.molecular and a.pos is not None and (
            _GROUP_LACKING.search(self.s, max(0, a.pos - 80), a.pos)
            or _BRED_LACKING.search(self.s, max(0, a.pos - 80), a.pos)
            or _KNOCKOUT_GROUP.match(self.s, a.pos + len(a.surface or ""))
        )]
        if dying:  # "rats bred without X die young": X is needed to live
            return lost and _pairs(lost, "required_for", [Role(None, "survival", None, pos=cue.start)],
                          "positive", negated)
        if not lost or not undergoer:
            return []
        loss = cue.text[:3].lower() == "los"  # "lost more weight": the claim is about the loss
        outcome = []
        for u in undergoer:
            if u.entity_id:
                outcome.append(u)
            elif words := _COMPARISON_TAIL.sub("", _SIZE_WORDS.sub("", u.text or "")).strip():
                outcome.append(u._replace(text=f"{words} loss" if loss else words))
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
        # "gained no endurance and no improvement in grip strength": each outcome denied
        for part in _AND_NO.split(right[nothing.end() if nothing else 0 :]):
            part = _GAIN_IN.sub("", part, count=1)  # "no improvement in Y": Y
            text = self.phrase(_OUTCOME_END.split(part)[0], leading=False)
            if text:
                out += [Claim(sub, "required_for", Role(None, text), "positive", False)
                        for sub in lost]
        return out

    def _group_by_change(self, claims: list[Claim], m: re.Match[str]) -> list[Claim]:
        """"Training lowered X, and those with the largest drop gained the most Y", "X fell,
        and the fall was largest in those who gained the most Y": the size of X's change goes
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

    def _prevented_decline(
        self, agent: list[Role], undergoer: list[Role], negated: bool
    ) -> list[Claim]:
        """"training prevented the decline of X", "the loss of X was slowed by running": X is
        preserved by the training (a flipped undergoer of a decrease, with an exercise agent)."""
        trainers = [a for a in agent if a.entity_id and self._is_exercise(a)]
        held = [u._replace(flip=False) for u in undergoer if u.flip and u.molecular]
        if not trainers or not held:
            return []
        # "cycling never prevented this decline": denied
        return _unary(held, "preserved_by_training", trainers[0], negated)

    def _inside_prevention(self, cue: _Cue, lb: int) -> bool:
        """Is the nominal ``cue`` ("the decline of X", "the increase in X") what a decrease in
        its clause acts on ("... was prevented by", "Y blunted ...")? Then it did not happen."""
        rb = self._bound_start_from(cue.end)
        for c in self.cues:
            if c is cue or c.modifier or c.info.frame != "verb" or c.info.family != "down":
                continue
            if c.start < lb or c.end > rb:
                continue
            if c.end <= cue.start:
                # "Deletion of X abolished the increase in Y": the rise happens with X
                if not any(self.role(m).flip for m in _inside(self.cands, lb, c.start)):
                    return True
            # "the training-induced rise in X was attenuated in participants over 75": the
            # compound states the rise, which is smaller in the old; "the rise in X after
            # exercise was blunted", "... was prevented by Y": not asserted
            elif (new := _NEW_CLAUSE.search(self.s, cue.end, c.start)) and (
                "," not in self.s[new.end() : c.start]
            ):
                continue  # "less X than the young, and Y was reduced too": another clause
            elif self._is_passive(self.s[cue.end : c.start], c.text) and (
                _BY.match(self.s, c.end) or not self._first("age", c.end, rb)
                or not self._compound_induction(lb, cue)
            ):
                return True
        return False

    def _compound_induction(self, lb: int, cue: _Cue) -> bool:
        """Is ``cue`` (or a cue right before it) a hyphenated induction ("exercise-induced")?"""
        return any(
            c.info.frame == "nominal" and c.info.family == "up" and "-" in c.text
            and lb <= c.start and c.end <= cue.end and cue.start - c.end <= 3
            for c in self.cues
        )

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
        hormone that muscle releases", "a protein that exercise induces"): the head is the
        object. Empty when the clause is not such a relative clause."""
        s = self.s
        if not lb or left_start != lb or not _RELATIVE.search(s, max(0, lb - 12), lb):
            return []
        if "," in s[lb:cue_start]:
            return []  # "X, which supports Y, climbed": closed before the verb
        words = [w.lower() for w in _WORD.findall(self._without_context(s[lb:cue_start], lb))]
        content = [w for w in words if w not in self.lex.connectors]
        if not content:  # "an enzyme that exercise switches on": the exercise is the subject
            raw = [w.lower() for w in _WORD.findall(s[lb:cue_start])]
            if len(raw) <= 2 and self.lex.contexts["exercise"].fullmatch(raw[-1] if raw else ""):
                words = content = raw
        if not content or len(words) > 4 or any(
            w in self.g.function_words and w not in self.g.determiners_set for w in words
        ):
            return []
        head = [m for m in self.cands if m.end <= lb and self._heads_relative(m, lb)] or [
            # "X, an enzyme that exercise switches on": the appositive's entity
            m for m in self.cands
            if m.end <= lb and self.g.appositive_relative.match(s[m.end : lb])
        ]
        return [self.role(m) for m in head if m.start == head[-1].start and m.kind in MOLECULAR]

    def _blunted(self, claims: list[Claim], prev: _Prev) -> list[Claim]:
        """'their X response to exercise was smaller' in the old: X is not induced there."""
        s = self.s
        if not self.hits["blunted"]:
            return []
        exercise_named = bool(self.hits["exercise"] or self.memory.exercise)
        if not exercise_named and not self.g.response_words.search(s):
            return []  # without exercise only a named response ("the rise in X") is read
        age = self._first("age", 0, len(s))
        if not age:
            return []
        out: list[Claim] = []
        # an adverb between commas ("The X response, however, stayed smaller") cuts nothing
        asides = [(m.start(), m.end()) for m in _COMMA_ASIDE.finditer(s)]
        for start, end, _ in self.hits["blunted"]:
            starts = [c.end() for c in self.g.coordinators.finditer(s, 0, start)
                      if not any(a <= c.start() < b for a, b in asides)]
            starts += [e for _, e in self.bounds if e <= start]
            seg_start = max(starts, default=0)
            seg = s[seg_start:start]
            if not exercise_named:
                # "The rise in X was blunted in older adults": a named response needs no
                # exercise nearby; a weakened level ("X was lower in the old") is no response
                governed = [c for c in self.cands if seg_start <= c.start and c.end <= start
                            and c.kind in MOLECULAR and (
                                self._response_of(c.start) or self._heads_response(c))]
                out += _unary([self.role(c) for c in governed], "not_induced_in_aged",
                              Role(None, self._trim_context(age)), False)
                continue
            if listed := self._dash_list(start):
                # "a response present in the young and blunted in the old — A, B and C": a
                # wrap-up names what responds after a dash, each induced and blunted
                exercise = self._first("exercise", 0, len(s))
                obj = Role(None, self._trim_context(exercise)) if exercise else (
                    self.memory.exercise or Role(None, "exercise")
                )
                out += _unary(listed, "induced_by_exercise", obj, False)
                out += _unary(listed, "not_induced_in_aged", Role(None, self._trim_context(age)),
                              False)
                continue
            if not self.g.response_words.search(seg):
                continue
            roles = [self.role(c) for c in self.cands if seg_start <= c.start and c.end <= start]
            roles = [r for r in roles if r.molecular]
            if not roles:
                roles = [r for r in self._anaphor(seg, seg_start, prev) if r.molecular]
            if not roles:  # "X rose after training, but the response was weaker in the old"
                roles = [r for r in prev.agents if r.molecular] or [
                    c.subject for c in claims
                    if c.relation == "induced_by_exercise" and c.subject.molecular
                ]
            # "that response was not muted in older women": a weakening denied
            denied = self._negated(seg_start, end) or _NO_BEFORE.search(s, 0, start) is not None
            if not roles and self.memory.exercise:
                # "Training raised X. The rise in the old was less than half of that."
                # ("Rowing raised X. Past 75 that spike was weaker": what rose, not the
                # rowing that was the sentence's subject)
                roles = [r for r in self.memory.last_subjects if r.molecular] or (
                    self._induced_before()
                )
            out += _unary(roles, "not_induced_in_aged", Role(None, self._trim_context(age)),
                          denied)
        have = {(c.subject.key, c.relation) for c in claims}
        return [c for c in out if (c.subject.key, c.relation) not in have]

    def _lowered_before(self, undergoer: list[Role]) -> list[Claim]:
        """The previous sentence's exercise decrease of the molecules that did not change here
        (an "it" read as that sentence's exercise subject stands for what it lowered: an
        exercise does not budge)."""
        out = []
        for u in undergoer:
            for ex, low in self.memory.lowered:
                if u.entity_id and u.entity_id in (low.entity_id, ex.entity_id):
                    out.append(Claim(ex._replace(pos=-1), "decreases", low._replace(pos=u.pos),
                                     "negative", True))
        return out

    def _risen_before(self, end: int) -> list[Role]:
        """The molecule named last before the first rise verb ahead of ``end``: the one that
        rose ("X rose in both groups, but ..."), read only when a weak rise in the old follows."""
        ups = [k for k in self.cues if k.end <= end and k.info.family == "up" and not k.modifier]
        if not ups:
            return []
        up = ups[0]
        before = [c for c in self.cands if c.end <= up.start]
        if not before or ";" in self.s[before[-1].end : up.start]:
            return []
        last = self.role(before[-1])
        return [last] if last.molecular else []

    def _induced_before(self) -> list[Role]:
        """What exercise raised in the sentence before, for a weakened response that names no
        molecule ("Rowing raised X. Past 75 that spike was weaker."); a sentence that names
        a molecule of its own speaks of that one."""
        if any(c.kind in MOLECULAR for c in self.cands):
            return []
        return self.memory.induced

    def _heads_response(self, m: Mention) -> bool:
        """"the X response weakens with age": X names the response it modifies."""
        return _X_RESPONSE.match(self.s, m.end) is not None

    def _response_of(self, start: int) -> bool:
        """Is the mention at ``start`` what a response word governs ("the rise in X")?"""
        before = self.s[max(0, start - 40) : start]
        ends = [m.end() for m in self.g.response_words.finditer(before)]
        return bool(ends and _RESPONSE_TAIL.fullmatch(before, ends[-1]))

    def _dash_list(self, start: int) -> list[Role]:
        """The molecules listed between dashes right after a weakened response ("blunted in the
        old — A, B and C —"), when the clause before it names a response."""
        s = self.s
        dash = _DASH_AFTER.match(s, start)
        if not dash:
            return []
        # the response may be named before a relative clause ("a response that is ...")
        if not self.g.response_words.search(s, max(0, start - 100), start):
            return []
        close = _DASH.search(s, dash.end())
        end = close.start() if close else len(s.rstrip(". "))
        listed = [c for c in self.cands if dash.end() <= c.start and c.end <= end]
        # only names between the dashes: "— SOX9 rose less" is a clause, no list
        rest = s[dash.end() : end]
        for c in reversed(listed):
            rest = rest[: c.start - dash.end()] + rest[c.end - dash.end() :]
        if not listed or not _LIST_ONLY.fullmatch(rest):
            return []
        return [self.role(c) for c in listed if c.kind in MOLECULAR]

    def _arrow_chain(self) -> list[Claim]:
        """"IGF-1 → Akt → mTORC1": each named thing activates the next (handouts, slides)."""
        mol = [m for m in self.cands if m.kind in MOLECULAR]
        out: list[Claim] = []
        for a, b in pairwise(mol):
            if self.g.chain_arrow.fullmatch(self.s[a.end : b.start].strip()):
                out += _pairs([self.role(a)], "activates", [self.role(b)], "positive", False)
        if mol and "→" in self.s:
            out += self._arrow_outcomes(mol)
        return out

    def _arrow_outcomes(self, mol: list[Mention]) -> list[Claim]:
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
            if any(at < m.start < end for m in self.cands):
                continue  # an outcome naming a group or an intervention: no molecular fact
            for part in _OUTCOME_SPLIT.split(s[at + 1 : end]):
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
                    out += _pairs([self.role(cause)], relation, [Role(None, text, pos=at)],
                                  polarity, False)
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

    def _weak_in_old(self, claims: list[Claim]) -> list[Claim]:
        """A weak rise in the old after a boundary: "raised X by 31% in the young but by only
        12% in the over-70s", "Same bout in the old: only a 1.4-fold rise in X". The clause
        reader stops at the boundary, so the sentence is read as a whole here."""
        s = self.s
        named = self.memory.named_exercise
        if not (self.hits["exercise"] or self.memory.exercise or named) or not self.hits["age"]:
            return []
        weak = list(self.lex.phrases["weak"].finditer(s))
        if not weak or not self._first("age", 0, len(s)):
            return []
        induced = [c for c in claims
                   if c.relation == "induced_by_exercise" and c.subject.molecular]
        out: list[Claim] = []
        for m in weak:
            lb, rb = self._bound_end_before(m.start()), self._bound_start_from(m.end())
            age = self._first("age_in", m.end(), rb) or self._first("age", 0, m.start())
            if not age:
                continue
            roles = [r for r in (self.role(c) for c in self.cands if m.start() <= c.start < rb)
                     if r.molecular]
            if roles:
                out += _unary(roles, "not_induced_in_aged", Role(None, self._trim_context(age)),
                              False)
            elif lb > 0 and (earlier := [c for c in induced
                                         if c.subject.pos is not None and c.subject.pos < lb]):
                # (", but the rise in X was half that in the young": only X, of what rose)
                named = {c.entity_id for c in self.cands if lb <= c.start < m.start()}
                earlier = [c for c in earlier if c.subject.entity_id in named] or earlier
                for c in earlier:  # ", but by only 12% in the old": what rose before, by the
                    out += _unary([c.subject], "not_induced_in_aged", c.obj, False)  # same
            elif not induced and not self.memory.exercise and named and (
                risen := self._risen_before(m.start())
            ):  # "X rose in both groups, but in the old the rise was half that in the young":
                # the named programme raised X, less so in the old
                out += _unary(risen, "induced_by_exercise", named, False)
                out += _unary(risen, "not_induced_in_aged", Role(None, self._trim_context(age)),
                              False)
            elif not induced and self.memory.exercise:  # (also after "But": a new sentence)
                # "X rose after training. In the old the rise was only half as large."
                before = [r for r in self.memory.last_subjects if r.molecular] or (
                    self._induced_before()
                )
                out += _unary(before, "not_induced_in_aged", Role(None, self._trim_context(age)),
                              False)
        have = {(c.subject.key, c.relation) for c in claims}
        seen: set[tuple[str, str]] = set()
        return [c for c in out if (c.subject.key, c.relation) not in have
                and not ((k := (c.subject.key, c.relation)) in seen or seen.add(k))]

    def _reversed_ages(self, claims: list[Claim]) -> list[Claim]:
        """A comparison written young group first ("X was lower in the young than in the old",
        "the young showed less X than the old"): the readers take the group a level or response
        is compared in as the old one, so here they read it the wrong way round. A weaker
        response in the young is no blunting in the old (the rise itself stands); a lower level
        in the young is a level that rises with age, a higher one a decline."""
        m = self.lex.phrases["young_before_old"].search(self.s)
        if not m:
            return claims
        out = []
        for c in claims:
            if c.subject.pos >= m.end() or c.negated:
                out.append(c)
            elif c.relation == "not_induced_in_aged":
                continue
            elif c.relation in _AGE_REVERSED and self._age_side(c.obj):
                rel = _AGE_REVERSED[c.relation]
                obj = self.aging if self.aging is not None and c.subject.entity_id else c.obj
                out.append(Claim(c.subject, rel, obj, FIXED_POLARITY.get(rel, "positive"),
                                 c.negated))
            else:
                out.append(c)
        return out

    def _age_side(self, role: Role) -> bool:
        """The side an age comparison is with: the document's aging entity or written age
        words."""
        if role.entity_id:
            return self.aging is not None and role.entity_id == self.aging.entity_id
        return bool(role.text) and bool(_OLD_WORD.search(role.text))

    def _response_verdict(self, claims: list[Claim]) -> list[Claim]:
        """A response noun after its molecule with a verdict on the old and no rise verb: "X
        activation after a bout was similar in young and old" or "almost as high in the older
        women as in the young" (a blunting denied), "X activity after a session was about half of
        what we saw in the young", "its activation after exercise falls with age" (blunted).
        "its" is the molecule named last before it, else the one the sentence before was
        about."""
        s, ph = self.s, self.lex.phrases
        out: list[Claim] = []
        heads = [(c.end, self.role(c)) for c in self.cands if c.kind in MOLECULAR]
        heads += [(m.end(), None) for m in _ITS.finditer(s)]
        for end, who in heads:
            m = ph["response_after"].match(s, end + (s[end : end + 1] == " "))
            if not m:
                continue
            rb = self._bound_start_from(m.end())
            exercise = self._first("exercise", m.end(), rb)
            if not exercise:
                continue
            after = next((b for a, b, _ in self.hits["exercise"] if a >= m.end()), m.end())
            # (the verdict starts in the clause: "about half of what we saw" runs past "what")
            verdicts = [(v, kind == "response_equal") for kind in ("response_equal", "weak",
                                                                   "response_fades")
                        if (v := ph[kind].search(s, after)) and v.start() < rb]
            if not verdicts or self._negated(end, verdicts[0][0].start()):
                continue
            v, denied = verdicts[0]
            if who is None:  # "its": the molecule named last before it, else the last subject
                before = [r for p, r in heads if r is not None and r.molecular and p <= end - 3]
                who = before[-1] if before else next(
                    (r for r in self.memory.last_subjects if r.molecular), None)
            if who is None or not who.molecular:
                continue
            age = self._first("age", 0, len(s))
            if not denied and not age and not ph["response_fades"].match(s, v.start()):
                continue  # a weak response needs the old it is weak in
            if denied and not (ph["age_spanning_groups"].search(s) or (
                    _YOUNG_GATE.search(s) and ph["old_group"].search(s))):
                continue  # "about the same in the young men" compares no old group
            obj = Role(None, self._trim_context(age)) if age else Role(None, "aged")
            out += _unary([who], "not_induced_in_aged", obj, denied)
        have = {(c.subject.key, c.relation) for c in claims}
        return [c for c in out if (c.subject.key, c.relation) not in have]

    # -- roles --------------------------------------------------------------------------------

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
        if lex.flips_after.match(s[m.end : m.end + 40]):
            flip = not flip
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
            return self._head_roles(head)
        if closed := self._closed_relative(lb, left_start, left) or (
            # (the relative clause's own verb cut the left side short: "X, which builds up
            # with age, is pushed back by Y" is X's, not an earlier clause's subject)
            # (a named head only: "The protein, which ..., rose" may still be a pronoun's)
            left_start > lb and "," in left
            and (head := self._closed_relative(lb, lb, s[lb : cue.start]))
            and all(r.entity_id for r in head) and head
        ):
            return closed  # "Metformin, which many adults take for X, blunted ...": Metformin
        if lb and left_start == lb and left.rstrip().endswith((" and", " or")) and (
            _VERB_OBJECT_AND.match(left)
        ) and _RELATIVE.search(
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
            # "the drop in X that comes with age can be reversed": the relative clause's head
            return [self.role(m) for m in head if m.start == head[-1].start]
        if "together" in left and prev.agents and _TOGETHER_THEY.search(left) and (
            partners := [r for r in prev.objects if r.molecular]
        ):  # "X binds Y; together they switch on Z": both partners act
            return prev.agents + partners
        found = _inside(self.cands, left_start, cue.start)
        if found:
            # "Among people with X, Y was ...": mentions after the last comma win.
            commas = [left_start + m.end() for m in re.finditer(r",", left)]
            if commas:
                last = [m for m in found if m.start >= commas[-1]]
                if not last and (ana := self._anaphor(
                    s[commas[-1] : cue.start], commas[-1], prev, earlier_end=commas[-1]
                )):
                    return ana  # "In the old runners, both proteins returned ...": the pronoun
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
            found = [m for m in found if not self._after_adjunct(m, left_start)] or found
            # "the longevity benefits of exercise go down": the subject is the benefits
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
        # "X is required for A and may be a target for B" (a cue after a cut): the previous
        # verb's subject, not the head of the relative clause the sentence opened with
        if relative and only_connectors and not (prev.agents and left_start > lb):
            head = [m for m in self.cands if m.end <= lb and self._heads_relative(m, lb)]
            if head:
                return self._head_roles(head)
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
                # "running doubled X, and the protein then recruited Y": a new subject the
                # clause cut left behind; not the running (left unread, as before)
                return []
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
                    return [self.role(m) for m in head if m.start == head[0].start]
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

    def _same_exercise(self, before: str) -> Role | None:
        """"Rowing lowered X in the young. In the old, the same rowing did not bring it down":
        a definite exercise word ("the same training", "that programme") right before the verb
        is the exercise the sentence before acted with."""
        tail = before[-60:].lower()  # ("that" cuts a clause: the window reaches past it)
        if "same " not in tail and "that " not in tail and "this " not in tail:
            return None
        earlier = self.memory.exercise or next((ex for ex, _ in self.memory.lowered), None)
        if earlier is None or not _SAME_EXERCISE.search(before[-60:]):
            return None
        return earlier

    def _appositive_head(self, left: str, left_start: int) -> list[Role]:
        """"IGF-1, a growth factor often linked with X": a cue inside an appositive noun phrase
        speaks of the entity named right before the appositive's comma."""
        if not self.g.appositive_phrase.match(left) or any(
            w.lower() in self.g.clause_words for w in _WORD.findall(left)
        ):
            return []
        comma = left_start + left.index(",")
        head = [m for m in self.cands if m.end <= comma
                and re.fullmatch(r"\s*\)?\s*", self.s[m.end : comma])]
        return [self.role(m) for m in head[-1:]]

    def _gerund_opens(self, a: int, tail: str) -> bool:
        """A gerund at ``a`` opens its clause as the subject ("Blocking X erased Y", "..., and
        partly blocking X reduced Y": a manner adverb before it changes nothing)."""
        s = self.s
        if adverb := _ADVERB_BEFORE.search(tail):
            a -= len(adverb.group())
            tail = s[max(0, a - 40) : a]
        return (not _WORD.search(s, 0, a) or _CLAUSE_OPENING.search(tail) is not None
                or _GERUND_AFTER.search(tail) is not None
                or _OPENING_ADJUNCT.fullmatch(s, 0, a) is not None
                or ("," in tail and _LINKED_OPENING.fullmatch(s, 0, a) is not None))

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
            return [self.role(m) for m in appositive if m.start == appositive[-1].start]
        head = [m for m in self.cands if m.end <= lb and self._heads_relative(m, lb)]
        if head:
            return self._head_roles(head)
        # an unnamed head ("The drug, which ..., blunted"): its words, never the clause's
        before = self.s[: relative.start()].rstrip().rstrip(",")
        text = self.phrase(re.split(r"[,;:]", before)[-1], leading=True)
        return [Role(None, text, pos=0)] if text else []

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
            and (m.kind in MOLECULAR or self._heads_itself(m, start))
        ]
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
        flip = self.lex.flips_start.match(text) is not None  # "gained less strength"
        return [Role(None, text, flip=flip, pos=start)]

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

    def _response_back(self, text: str, prev: _Prev) -> list[Role]:
        """"Cycling produced a smaller rise": a bare response noun (no "of"/"in") refers to
        what rose before, in this sentence or the previous one."""
        words = text.split()
        if len(words) != 2 or words[0].lower() not in self.g.degree_adjectives or (
            not self.g.response_words.fullmatch(words[1])
        ):
            return []
        return [r for r in prev.agents if r.molecular and r.entity_id] or [
            r for r in self.memory.last_subjects if r.molecular and r.entity_id
        ]

    def _anaphor(
        self, region: str, offset: int, prev: _Prev, *, object_position: bool = False,
        earlier_end: int | None = None,
    ) -> list[Role]:
        """Resolve "it", "this protein", "both", "they" to the entities they stand for."""
        lex = self.lex
        plural = lex.anaphora_plural.search(region)
        singular = lex.anaphora_singular.search(region)
        # the earlier of the two (the plural one when both start at one place)
        if plural and singular:
            hit = singular if singular.start() < plural.start() else plural
        else:
            hit = plural or singular
        if hit is None:
            return []
        if object_position:
            if hit.group().lower() in self.g.not_object_pronouns:
                return []
            lead = [w.lower() for w in _WORD.findall(region[: hit.start()])]
            if any(w not in self.g.before_object_pronoun for w in lead):
                return []
        many = hit is plural
        if not many and _EXTREME_LEVELS.match(hit.group()):
            at = offset + hit.start()
            before = [m for m in self.cands if m.kind in MOLECULAR and m.end <= at]
            pool = [self.role(before[-1])] if before else [
                r for r in self.memory.last_subjects + self.memory.molecular if r.entity_id
            ][:1]
            return [r._replace(flip=False, pos=at, negated=False) for r in pool]
        if not many and not object_position and (named := self._just_named(offset + hit.start())):
            return [named._replace(pos=offset + hit.start())]
        # molecular mentions ending by ``earlier_end`` and starting before the pronoun
        named = [] if earlier_end is None else [
            m for m in self.cands
            if m.kind in MOLECULAR and m.end <= earlier_end and m.start < offset + hit.start()
        ]
        here = [self.role(m) for m in named]
        last = here[-1:]
        if many and len(named) > 1 and _LIST_AND.match(self.s, named[-2].end, named[-1].start):
            # "switches on X and Y, which is why both are ...": the whole list last named
            n = len(named) - 2
            while n and _LIST_GAP.match(self.s, named[n - 1].end, named[n].start):
                n -= 1
            last = here[n:]
        memory = self.memory
        # a written exercise handed on as the next verb's agent is no antecedent: "running
        # doubled X, and the protein then recruited Y" is about X
        agents = [r for r in prev.agents if r.entity_id or not self._is_exercise(r)]
        if object_position:  # "spikes it": the last object first
            pool = prev.objects or agents or here[-1:] or memory.molecular
        else:
            # a plural pronoun after a list named in this sentence stands for the list
            pool = (len(last) > 1 and last) or agents or last or memory.last_subjects
        if many and not object_position and not agents and not here and (
            hit.group().lower() in self.g.personal_plural
        ) and len(memory.last_subjects) == 1 and memory.last_subjects[0].kind == "gene" and not (
            lex.anaphora_plural.search(self.s, 0, offset + hit.start())
        ):
            # "X acts via Y. When they silenced Y, ...": people, not one gene; but "raised
            # these proteins, as they ..." stands for the molecules named before
            return []
        if many and not agents and len(memory.molecular) > len(pool):
            pool = memory.molecular
        if pool and not any(r.entity_id for r in pool) and not object_position:
            return []  # the previous subject was not a named entity: "it" is that, unnamed
        # "Running raised X but failed to raise it": an unnamed agent before, so the object
        # pronoun is the last molecule named in this sentence
        pool = [r for r in pool if r.entity_id] or (here[-1:] if object_position else []) or [
            r for r in memory.molecular if r.entity_id
        ]
        pool = [r for r in pool if r.kind in _GENE_KINDS] or pool
        if not many and not any(r.molecular for r in pool) and lex.phrases[
            "molecule_nouns"
        ].search(hit.group()):  # "exercise raised X, and the enzyme then ...": a noun that
            # names a molecule stands for one, not for a grounded exercise or condition
            at = offset + hit.start()
            before = [m for m in self.cands if m.kind in MOLECULAR and m.end <= at]
            pool = [self.role(before[-1])] if before else [
                r for r in memory.molecular if r.entity_id][-1:]
        if not pool:
            return []
        if not many:
            pool = [r for r in pool if r.pos == pool[0].pos] if pool[0].entity_id else pool[:1]
        flip = bool(lex.flips_before.search(region[: hit.start()])) != bool(
            lex.phrases["lost_referent"].fullmatch(hit.group())
        )  # "reverse this loss": less of what fell
        if many and len(pool) == 1 and pool[0].flip and not flip and pool[0] in agents + here and (
            pool[0].pos is not None
            and _GROUP_LACKING.search(self.s, max(0, pool[0].pos - 80), pool[0].pos)
        ):  # "mice lacking X ... they did not improve": a plural pronoun for one lost entity
            flip = True  # stands for the group lacking it, so the loss carries over
        return [r._replace(flip=flip, pos=offset + hit.start(), negated=False) for r in pool]

    def _just_named(self, at: int) -> Role | None:
        """"When it spreads it is called sepsis, and it makes shock more likely": a subject
        "it" after a clause that names something ("is called X", "is known as X") is X."""
        s = self.s
        if " called " not in s and " known as " not in s and " termed " not in s:
            return None
        named = [m for m in self.cands if m.end <= at and _NAMED_AS.search(s, 0, m.start)]
        if not named or not _CLAUSE_THEN.fullmatch(s, named[-1].end, at):
            return None
        return self.role(named[-1])

    def _framed_agent(self, cue: _Cue) -> list[Role]:
        """"When aged mice were treated with X, their muscle regained ...": X is the agent."""
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
            ):  # "In other words, the signal ...": the words after the opener
                text = text[opener.end() + 1 :]
        if stop := _STOP_TEXT.search(text):  # the words before the first stop
            text = text[: stop.start()]
        if not leading:  # "keeps fat storage in check": what is held, without the idiom
            text = _HELD_COMPLEMENT.sub("", text)
        words = text.replace("*", "").split()
        while words and (words[0].lower() in g.leading_noise or _ADVERB.match(words[0])):
            words = words[1:]
        while words and (words[-1].lower().rstrip(".!?") in g.trailing_noise
                         or _NOT_SUFFIX.search(words[-1])):
            words = words[:-1]
        if not words:
            return None
        words = words[-8:] if leading else words[:10]
        out = g.determiners.sub("", " ".join(words)).strip(" .,'\"“”’")
        if not out or _SHARE_OF.sub("", out).lower() in g.pronouns or g.determiners.match(
            out + " "
        ):  # "it", "much of it"
            return None
        if not leading and (share := _SHARE_OF.match(out)):
            # "may account for part of the smaller gains": the share is no part of the object
            out = g.determiners.sub("", out[share.end():]).strip() or out
        if leading and any(w.lower() in g.clause_words for w in out.split()):
            return None  # "once have been absorbed by muscle control" is a clause, not a subject
        return out

    # -- tests on the text --------------------------------------------------------------------

    @_lazy
    def fronted_end(self) -> int:
        """Where a sentence-opening adjunct ("During exercise, ...", "After training, ...")
        ends at its comma, or 0: such an adjunct sets the scene for every clause after it."""
        adjuncts = self.hits["adjuncts"]
        if not adjuncts or _WORD.search(self.s, 0, adjuncts[0][0]):
            return 0
        comma = self.s.find(",", adjuncts[0][1], adjuncts[0][1] + 60)
        if comma < 0 or any(adjuncts[0][1] <= a < comma for a, _ in self.bounds):
            return 0
        return comma

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
        return word not in self.g.function_words and word not in self.lex.connectors and (
            word not in self.lex.auxiliaries and word not in self.lex.measures
        )

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
            if info.frame == "nominal" and info.family in ("up", "down") and (
                head := _PLURAL_HEAD.search(s, max(0, a - 24), a)
            ) and any(0 < head.start() - y <= 1 and not _DET_END.search(s, max(0, x - 8), x)
                      for x, y in spans):
                # "X levels drop in aged rats": the verb of the plural head, not a noun
                verb = _RISE_VERB if info.family == "up" else _FALL_VERB
                out.append(_Cue(a, a + len(first), verb, first, False))
                continue
            ing = _is_ing(first)
            tail = s[max(0, a - 40) : a]
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
            if any(fa < a and b <= fb for fa, fb, _ in self.hits["flips"]):
                modifier = True  # "drugs that block X": part of a flip phrase, not a verb
            last = tail.rsplit(None, 1)[-1:]
            if last and last[0].lower() in g.degree_adjectives and search_end(
                g.degree_before, tail, 2
            ):
                modifier = True  # "produced a smaller rise": a noun
            # "an ability to improve X", "the lesson is to keep X": a complement, not a verb
            infinitive = _infinitive(tail)
            if infinitive and infinitive.group(1).lower() not in g.infinitive_verbs and not (
                _OWN_TASK.search(tail)
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
        return [c for c in out if id(c) not in helpers] if helpers else out

    def _perfect(self, first: str, tail: str, end: int) -> bool:
        """"had bounced back to normal levels", "has fallen with age": a perfect tense, not a
        possessed adjective ("had reduced X"): a participle with no noun after it."""
        return _PERFECT_BEFORE.search(tail) is not None and _is_past(first) and (
            self.g.intransitive_after.match(self.s[end : end + 40]) is not None
        )

    def _opens_clause(self, a: int, first: str, tail: str) -> bool:
        """Whether the cue at ``a`` opens its clause. After "which"/"who" a cue is the relative
        clause's verb; after "that" only when inflected ("a factor that limits X", but "found
        that lower X was ...")."""
        relative = search_end(_RELATIVE_OPENING, tail, 1) is not None or (
            search_end(_THAT_OPENING, tail, 1) is not None and _INFLECTED.search(first)
        )
        return not _WORD.search(self._clause_before(a)) and not relative

    def _adjectival(self, word: str) -> bool:
        word = word.lower()
        return word in self.g.adjectival_forms or (
            _is_past(word) and word not in self.g.participles
        )

    def _bound_end_before(self, pos: int) -> int:
        """Where the last boundary ending by ``pos`` ends, or 0: where its clause starts."""
        i = bisect_right(self._bound_ends, pos)
        return self._bound_ends[i - 1] if i else 0

    def _bound_start_from(self, pos: int) -> int:
        """Where the first boundary starting at or after ``pos`` starts, or the sentence's end."""
        i = bisect_left(self._bound_starts, pos)
        return self._bound_starts[i] if i < len(self._bound_starts) else len(self.s)

    def _clause_start(self, pos: int) -> int:
        """After the last boundary or comma before ``pos``."""
        return max(self._bound_end_before(pos), self.s.rfind(",", 0, pos) + 1)

    def _clause_before(self, pos: int) -> str:
        """Text between the last boundary or comma and ``pos``."""
        start = self._clause_start(pos)
        return self._without_context(self.s[start:pos], start)

    def _in_scare_quotes(self, pos: int) -> bool:
        """Inside a short quotation ("just suppress inflammaging"): a label, not a statement."""
        s = self.s
        if not self._quoted:
            return False
        for o, c in (("“", "”"), ('"', '"')):
            left = s.rfind(o, 0, pos)
            if left < 0:
                continue
            right = s.find(c, pos)
            opened = o != c or s.count(c, 0, pos) % 2 == 1
            if right > 0 and opened and len(s[left:right].split()) <= 5:
                return True
        return False

    def _cut(self, a: _Cue, b: _Cue) -> int:
        """Where cue ``a``'s object ends and cue ``b``'s subject starts: at the last coordinator
        between them ("increased A, and upregulated B"), else at ``b``."""
        last = clause = None
        for m in self.g.coordinators.finditer(self.s, a.end, b.start):
            last = m
            # ", and two other markers, X and Y, climbed": a comma and a coordinator join
            # clauses; the commas of a list or an aside after it do not
            if m.group() == "," and _CLAUSE_AND.match(self.s, m.end()):
                clause = m
        if clause is not None and _inside(self.cands, clause.end(), b.start):
            return clause.start()
        return last.start() if last else b.start

    def later_subjects(self, cue: _Cue) -> list[tuple[int, int]]:
        """The subjects of the verbs after ``cue`` (each from its cut to the verb)."""
        return [(a, b) for start, a, b in self.subject_spans if start > cue.start]

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

    def _without_context(self, region: str, offset: int) -> str:
        """``region`` with species and cohort names blanked ("In the Framingham cohort, ...")."""
        if not self.context_spans:
            return region
        chars = list(region)
        for a, b in self.context_spans:
            for i in range(max(a, offset), min(b, offset + len(region))):
                chars[i - offset] = " "
        return "".join(chars)

    def _head_roles(self, head: list[Mention]) -> list[Role]:
        """The roles of a relative clause's head: its last mention, or the whole list before
        a plural appositive ("X and Y, two genes that ...")."""
        last = [m for m in head if m.start == head[-1].start]
        if (outer := self._appositive_holder(last[0].start)) is not None:
            return [self.role(outer)]
        if self.g.plural_appositive.match(self.s, last[0].end):
            earlier = [m for m in self.cands if m.end <= last[0].start]
            while earlier and _LIST_GAP.match(self.s, earlier[-1].end, last[0].start):
                first = earlier.pop()
                last = [m for m in self.cands if m.start == first.start] + last
        return [self.role(m) for m in last]

    def _appositive_holder(self, start: int) -> Mention | None:
        """"X, an inhibitor of Y signalling that keeps Z quiet": the mention at ``start`` sits
        in an appositive noun's "of"/"on" phrase, so the relative clause after it (and the verb
        after the appositive) speaks of X, the molecule the appositive describes."""
        before = self.s[max(0, start - 40) : start]
        if not before.endswith(("of ", "on ")) or not (opener := _APPOSITIVE_OF.search(before)):
            return None
        comma = start - len(before) + opener.start()
        held = [m for m in self.cands if m.end <= comma and m.kind in MOLECULAR
                and re.fullmatch(r"\s*\)?\s*", self.s[m.end : comma])]
        return held[-1] if held else None

    def _heads_relative(self, m: Mention, lb: int) -> bool:
        """Is ``m`` what "which"/"that" (ending at ``lb``) refers to? Only when it stands right
        before it ("GDF15, which ...", "Wnt signaling, which ...") or is predicated as it
        ("X has been identified as a key factor that ...")."""
        between = self.s[m.end : lb]
        if _REDUCED_RELATIVE.match(between):
            return True  # "X is a protein made by fat that ...": the protein, which is X
        if self.g.appositive_relative.match(between) or _APPOSITIVE_WHICH.match(between):
            # "MuRF1, an enzyme that ...", "X, the cell's energy gauge, which ...": the
            # appositive describes m, and so does the relative clause after it
            return True
        words = _WORD.findall(between)[:-1]  # the pronoun itself
        if len(words) <= 2 and between.count(",") <= 1:
            return True
        return not self.g.coordinators.search(between.replace(",", " ")) and any(
            w.lower() in self.g.copulas for w in words
        )

    def _group_with(self, pos: int) -> bool:
        """Is the mention at ``pos`` what characterises a group ("people with high X",
        "mice with more X")? Then the group, not X, did what the verb says."""
        return search_end(self.g.group_with, self.s[max(0, pos - 60) : pos], 6) is not None

    def _group_who_has(self, pos: int) -> bool:
        """Is the mention at ``pos`` what a group is said to have ("adults who have more X")?"""
        tail = self.s[max(0, pos - 80) : pos]
        who = search_end(_WHO_HAVE, tail, 5)
        return who is not None and self.g.group_before.search(tail, 0, who.start()) is not None

    def _after_adjunct(self, m: Mention, floor: int) -> bool:
        return search_end(self.g.subject_adjunct, self.s[floor : m.start],
                          self.g.subject_adjunct_tokens) is not None

    def _heads_itself(self, m: Mention, floor: int) -> bool:
        """False for "the bone-building effects of exercise": the object is the effects."""
        of = search_end(_OF_HEAD, self.s[floor : m.start], 3)
        return of is None or of.group(1).lower() in self.lex.pass_through

    def _starts_with_mention(self, right: str, offset: int) -> bool:
        lead = len(right) - len(right.lstrip())
        return any(m.start == offset + lead for m in self.cands)

    def _negated(self, lo: int, hi: int) -> bool:
        """A negation in ``[lo, hi)`` that is not part of "not only", "no more than", ..."""
        if not self.hits["negation"]:
            return False
        excepted = [(a, b) for a, b, _ in self.hits["negation_exceptions"]]
        return any(
            lo <= a and b <= hi and not any(x <= a and b <= y for x, y in excepted)
            for a, b, _ in self.hits["negation"]
        )

    def _measure_follows(self, start: int, end: int) -> bool:
        """"(showed) reduced expression of X": an adjectival cue describing a measure of what
        follows it. Not "exercise raises levels of X" (a verb) nor "raised IL6 mRNA in"."""
        first = self.s[start:end].split()[0].lower()
        if not (_is_past(first) or first in self.g.participles):
            return False
        clause = self._clause_start(start)
        if any(m.end <= start for m in self.cands if m.start >= clause):
            return False  # a subject is already named: the cue is its verb
        if (
            start - clause < 40
            and self.lex.contexts["exercise"].search(self.s, clause, start)
            and not self.g.adjectival_before.search(self.s, clause, start)
        ):  # a written exercise is the subject: "The training lowered the expression of X"
            # (bare "training" is no entity end to end; "the trained group showed reduced
            # expression of X" still reads an adjective after its verb)
            return False
        right = self.s[end : end + 60]
        if self._starts_with_mention(right, end):
            return False
        words = _WORD.findall(right)
        return any(w.lower() in self.lex.measures for w in words[:2]) and bool(
            re.match(r"\s*(?:[\w-]+\s+)?[\w-]+\s+(?:of|in)\b", right)
        )

    def _shares_auxiliary(self, cue: _Cue, lb: int, left: str) -> bool:
        """"X was neither lower in old muscle nor altered by training": a participle
        coordinated with a passive or predicate verb shares its auxiliary."""
        if len(left) > 16 or any(
            w.lower() not in self.lex.connectors for w in _WORD.findall(left)
        ):
            return False
        before = [c for c in self.cues if lb <= c.start and c.end <= cue.start - len(left)]
        return bool(before) and self._is_passive(
            self.s[lb : before[-1].start], before[-1].text
        ) and self._is_passive("was", cue.text)

    def _is_passive(self, left: str, cue_text: str) -> bool:
        first = cue_text.split()[0].lower()
        if not (_is_past(first) or first in self.g.participles):
            return False
        for w in reversed([w.lower() for w in _WORD.findall(left[-60:])][-5:]):
            if w in self.lex.auxiliaries:
                return True
            if w in self.g.passive_fillers or w.endswith("ly") or _FIGURE.match(w):
                continue
            return False
        return False

    def _is_exercise(self, role: Role) -> bool:
        """An exercise bout or programme (a drug or cold exposure is not)."""
        if role.entity_id and role.kind != "intervention":
            return False
        if role.entity_id in self.exercise_ids:
            return True
        text = role.surface or role.text or ""
        if self.exercise_ids and not role.entity_id and (
            self.lex.phrases["programme_anaphor"].fullmatch(text.strip())
        ):  # "The programme also raised X" after a named exercise programme
            return not _has(self.lex.contexts["not_exercise"], text)
        return _has(self.lex.contexts["exercise"], text) and not _has(
            self.lex.contexts["not_exercise"], text
        )

    def _carried_exercise(self, lb: int) -> Role | None:
        """The exercise a return to young levels goes back to: the last one named earlier in
        the sentence, else the one that raised something in the sentence before."""
        s = self.s
        for m in reversed(self.interventions):
            if m.end <= lb and (
                m.entity_id in self.exercise_ids or _has(self.lex.contexts["exercise"],
                                                          s[m.start : m.end])
            ):
                return Role(m.entity_id, None, m.kind, pos=m.start, vocabularies=m.vocabularies,
                            surface=s[m.start : m.end])
        return self.memory.exercise

    def _exercise_object(self, lb: int, rb: int, ctx: _Contexts) -> Role:
        s = self.s
        fronted = self.fronted_end
        # every intervention, also a modifier ("the training-induced rise")
        for m in self.interventions:
            inside = (lb <= m.start and m.end <= rb) or (0 < fronted <= lb and m.end <= fronted)
            if inside:
                surface = s[m.start : m.end]
                if m.entity_id in self.exercise_ids or _has(self.lex.contexts["exercise"], surface):
                    return Role(m.entity_id, None, m.kind, pos=m.start,
                                vocabularies=m.vocabularies, surface=surface)
        return Role(None, self._trim_context(ctx.exercise or "exercise"))

    def _training_role(self, agent: list[Role], ctx: _Contexts) -> Role:
        for a in agent:
            if a.entity_id and a.kind == "intervention":
                return a
        return Role(None, self._trim_context(ctx.training or "training"))

    def _with_age(self, changed: list[Role], ctx: _Contexts, negated: bool) -> list[Claim]:
        """Each changed entity associated with age: the document's aging entity when it names
        one and the other side is a named molecule or condition, else the written context."""
        named = [r for r in changed if r.entity_id and r.kind != "intervention"]
        if self.aging is not None and named:
            return _pairs(named, "associated_with", [self.aging], "positive", negated)
        return _pairs(changed, "associated_with", [self._age_role(ctx)], "positive", negated)

    def _exercise_before(self, end: int) -> bool:
        """An exercise named before ``end`` in the sentence (a phrase or a grounded one)."""
        return any(b <= end for _, b, _ in self.hits["exercise"]) or any(
            m.end <= end and m.entity_id in self.exercise_ids for m in self.interventions)

    def _population(self, age: str) -> bool:
        """Does the age phrase say who was measured ("in the elderly participants", "older adults")
        rather than that age is what changes ("with age", "as we age", "age-related")?"""
        first = age.split(None, 1)[0].lower()
        return first not in self.g.age_dimension_openers

    def _age_role(self, ctx: _Contexts) -> Role:
        return Role(None, self._trim_context(ctx.age or "age"))

    def _declines(self, changed: list[Role], ctx: _Contexts, negated: bool) -> list[Claim]:
        """Each changed entity declining with age: with the document's entity for aging when it
        names one (the written context, "in aged muscle", "than from younger", names none); a
        written side ("the acute response") keeps the written age, so it stays no claim."""
        written = self._age_role(ctx)
        return [
            c for r in changed for c in _unary(
                [r], "declines_with_age",
                self.aging if self.aging is not None and r.entity_id else written, negated,
            )
        ]

    def _referents(self, claims: list[Claim]) -> list[Role]:
        """The grounded objects a later pronoun may refer to: not the age a decline is with."""
        aging = self.aging.entity_id if self.aging is not None else None
        return [c.obj for c in claims if c.obj.entity_id and c.obj.entity_id != aging]

    def _trim_context(self, text: str) -> str:
        return self.g.context_trim.sub("", text.strip()) or text.strip()


# ---------------------------------------------------------------------------- helpers


_DET_END = re.compile(r"\b(?:the|a|an|these|those|this|its|their)\s+$", re.IGNORECASE)
_RELATIVE_END = re.compile(r"\b(?:which|that)\s+$", re.IGNORECASE)
#: how a rise word right after its subject reads ("X rises in muscle"): the plain rise verb
_RISE_VERB = RelationCue("increases", "positive", "up", "verb")
_FALL_VERB = RelationCue("decreases", "negative", "down", "verb")
#: a plural head a bare verb agrees with: "X levels drop", "X concentrations rise"
_PLURAL_HEAD = re.compile(
    r"(?:levels|concentrations|amounts|stores|counts|numbers)\s+$", re.IGNORECASE
)


def _by_training(c: Claim) -> Claim:
    """A fall measured at a study's end is a decrease by the training the document named (the
    bare word is grounded to it later), not a decline with age."""
    if c.relation != "declines_with_age":
        return c
    return Claim(Role(None, "training", pos=0), "decreases", c.subject, "negative", c.negated)


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


def _infinitive(tail: str) -> re.Match[str] | None:
    """"... to " ending ``tail`` (``_INFINITIVE``), tested first on the last word: few cues
    follow "to", and this runs for every cue."""
    if tail.rstrip()[-2:].lower() != "to":
        return None
    return search_end(_INFINITIVE, tail, 2)


def _inside(cands: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in cands if start <= m.start and m.end <= end]


def _in_parentheses(s: str, pos: int) -> bool:
    return s.rfind("(", 0, pos) > s.rfind(")", 0, pos)


@lru_cache(maxsize=4096)
def _has(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs in ``text``: asked of a few short texts (an intervention's
    name, a written side) again and again, and the exercise patterns, full of lookbehinds, cost
    microseconds per search, so each answer is kept."""
    return pattern.search(text) is not None


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
    """"X activity after a session was about half that in the young": a response noun after
    its molecule, which a verdict on the old may follow with no cue word at all."""
    return _RESPONSE_GATE.search(sentence) is not None


def names_actor(sentence: str) -> bool:
    """"D, an X agonist, was tested": an appositive that names a blocker or
    activator is read even with no relation cue (string tests first, then the pattern)."""
    return any(w in sentence for w in _ACTOR_NOUNS) and (
        (", " in sentence and _ACTOR_ANY.search(sentence) is not None)
        or _ACTOR_PRENOMINAL.search(sentence) is not None)


def _dose_frame(s: str, a: int, b: int, at: int) -> bool:
    """Is the flip word at ``a:b`` a dose frame ("At low doses X helps Y", "at lower levels,
    X ...")? It says when X acts, not that X is low; "at low levels of X" still flips."""
    return (
        s[max(0, a - 3) : a].lower() == "at " and (a < 4 or not s[a - 4].isalnum())
        and " of " not in s[b:at]
    )
