"""Count and share rules: sample sizes and the parts of a group (subsets, arms, splits, paired
counts) and proportions said as fractions or "N/M", which name the study groups.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from agefacts.extract import quantity_words as W
from agefacts.extract.quantity_patterns import (
    _ABBREVIATION_DOTS,
    _ALLOCATED,
    _AMONG_ARM,
    _ANAPHORIC_BEFORE,
    _ARM_PARTICIPLE,
    _ARM_RATIO,
    _ARM_VERB,
    _ASIDE,
    _ASSIGNED_TO,
    _AUXILIARY_AFTER,
    _BETWEEN,
    _BRACKET_GAP,
    _BY_BEFORE,
    _BY_WRAPPED,
    _CLAUSE_BREAK,
    _COLLECTIVE_END,
    _COLLECTIVE_OF,
    _COLLECTIVE_VERB,
    _COLLECTIVES_OF,
    _COMPARATIVE,
    _COMPARED,
    _COUNT_THEN_WHO,
    _DEFINITE_BEFORE,
    _DOT_THOUSANDS,
    _EACH_ARM,
    _ELLIPTIC_AUX,
    _ELLIPTIC_BEFORE,
    _ELLIPTIC_END,
    _ENROLLED_BEFORE,
    _ENROLLED_END,
    _ENROLMENT_FIELD,
    _FRACTION_RANGE,
    _FRONTED_GROUP,
    _FRONTED_OF,
    _FULL_STOP,
    _GAP_BREAK,
    _GROUP_ADJ_AGES,
    _HAD_HARM,
    _HALF_AS,
    _HALF_DOING,
    _HALF_FOLLOW,
    _HALF_HOUR,
    _HALF_IDIOM,
    _IN_GROUP,
    _LOST_BEFORE,
    _MULT_END,
    _NEXT_WORD,
    _NEXT_WORDS,
    _OF_A_UNIT,
    _OF_AFTER,
    _OF_THE_GROUP,
    _OF_THE_KNOWN,
    _OF_THE_PLURAL,
    _OF_THEM,
    _OF_THEM_THOSE,
    _OF_YOU,
    _ONE_INJURY,
    _ONE_PERSON_EVENT,
    _OTHER_BEFORE,
    _PART_PREPOSITIONS,
    _PER,
    _PER_ARM,
    _PER_COLLECTIVE,
    _PER_SIDE,
    _POP_STAT_AFTER,
    _QUARTER_DISTANCE,
    _REMAINING_END,
    _REPORTED_AFTER,
    _RESTATED_END,
    _RESTATED_TALLY,
    _SAMPLE_BEFORE,
    _SENTENCE_LEAD,
    _SEX_COUNT,
    _SLASH_COUNT,
    _SMALL_RATIO,
    _SPLIT,
    _SPLIT_PART,
    _SUBSET_OF,
    _SUFFIX_CMP,
    _TALLY_ESTIMATE,
    _TALLY_NOUN,
    _TALLY_SUBJECT,
    _THERE_WERE,
    _TO_ARM,
    _VS_ARM,
    _VS_BEFORE,
    _VS_PAIR,
    _WERE_DESCRIBED,
    _WHO_AFTER,
    _WORD,
    _YEAR_PREP,
    INJURY_SITE_UNITS,
)
from agefacts.extract.quantity_text import _SPACES, _is_plural_noun, _past_verb
from agefacts.extract.quantity_types import UNDECIDED, Quantity, Step

#: Units of counted people or animals (a part "of them" after "and" counts the same).
_PEOPLE_UNITS = (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects")
#: A verb of allocation closed by a colon right before the first arm's count ("were randomised:
#: 20 to ...", "allocated at random:"), see ``CountRules.colon_arm``.
_ALLOCATED_COLON = re.compile(
    r"(?<![a-z])(?:randomi[sz]ed|assigned|allocated)(?:[ \u00a0]+(?:at[ \u00a0]+random|randomly|as[ \u00a0]+follows))?"
    r"[ \u00a0]*:$")
#: Between two arms of such a list: no other clause opened by a semicolon or colon.
_ARM_LIST_BREAK = re.compile(r"[;:]")
#: An adverb between a subject count and its verb ("Sixty-one still rowed"), see ``complement_part``.
_SUBJECT_ADVERB = re.compile(r"[ \u00a0]+(?:still|also|then|already|regularly|usually|mostly)(?=[ \u00a0])")
#: The rest of a group counted after its first part: "the remaining 59", "the other 59".
_REST_COUNT = re.compile(r"(?<![a-z])the[ \u00a0]+(?:remaining|other)[ \u00a0]+(?P<n>\d+)(?![\d.,]\d)")
#: After a count set against a group's: a preposition and one or two words ending the clause
#: ("and 1 at dawn;", "and 2 in the pool,"); see ``CountRules.short_arm``.
_SHORT_ARM = re.compile(r" (?:at|in|during|on|among) (?:the )?[a-z-]+(?: [a-z-]+)?(?=[ \u00a0]*(?:[;,.)]|$))")
#: Between the count before and "and": its noun's phrase (perhaps "of <word>") and "in the
#: <one or two words> group".
_ARM_BEFORE_AND = re.compile(
    r"(?: of [a-z-]+)? in the (?:[a-z-]+ ){1,2}(?:group|arm)[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+")
#: "one", a modifier at most and a singular noun (``one_of_the_same``), before a verb or a clause end.
_ONE_SAME = re.compile(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?P<noun>[a-z]{3,})(?![a-z-])")
#: "one" and a singular noun with no modifier ("and one walker stopped"), when ``_ONE_SAME``
#: took the noun for a modifier and the verb for the noun.
_ONE_BARE = re.compile(r"[ \u00a0]+(?P<noun>[a-z]{3,})(?![a-z-])")
#: Between a count and a later clause of the same sentence opened by ", and" (``one_of_the_same``):
#: no sentence end, paragraph break or semicolon before it.
_CLAUSE_AND_GAP = re.compile(r"[^.;!?\n]*(?:\n[^.;!?\n]+)?,[ \u00a0]*\n?[ \u00a0]*and[ \u00a0]*\n?[ \u00a0]*")
#: Between two counts joined by "and" (a line break may wrap the list).
_AND_GAP = re.compile(r"[ \u00a0]*\n?[ \u00a0]*and[ \u00a0]*\n?[ \u00a0]*")
#: A group named after a count ("in the hill crew", 'in the "lake" arm'): see ``named_arm``.
_NAMED_ARM = re.compile(r" in the (?:[\"'“”‘’]?[\w-]+[\"'“”‘’]? ){1,3}(?:group|arm)(?![a-z])")
#: A quantifier of people opening a sentence as its subject ("Most were", "Nearly all had").
_QUANTIFIER_SUBJECT = re.compile(
    r"[ \u00a0]*(?:most|many|some|all|few|half|(?:nearly|almost) all|the majority)"
    r"(?:[ \u00a0]+of[ \u00a0]+them)?[ \u00a0]+(?:were|was|had|lived|came|are|have)(?![a-z])")
#: Between a count of injury sites and the next site ("two wrists, one hip", "two wrists and one hip").
_SITE_LIST_GAP = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:and[ \u00a0]+)?")
_LIST_ITEM_BEFORE = re.compile(r"(?<![a-z])(?:another|a second|the second)(?: one)?[ \u00a0\n]+(?:is|was)(?![a-z])")
#: The leaving of a counted group before a list of its parts ("N people left the study:", see
#: ``CountRules.leaver_item``), and what opens each part's reason.
_LEFT_LIST_LEAD = re.compile(
    r"(?<![a-z])(?:left|dropped\s+out|withdrew|pulled\s+out"
    r"|(?:did\s+not|didn't|didn\u2019t|failed\s+to)\s+(?:finish|complete))(?:\s+(?:of|from))?"
    r"(?:\s+the\s+(?:study|trial|programme|program|class|classes|course|sessions"
    r"|(?:[a-z0-9-]+\s+)?follow-up))?(?:\s+early)?\s*(?:[:,]|[\u2013\u2014](?=\s))")
#: Between a count and its share in brackets ("4 (5%)", "4 of the dancers (5%)", ``CountRules.share_aside``).
_SHARE_ASIDE_GAP = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+the(?:[ \u00a0]+[a-z-]+){1,3})?[ \u00a0]*\(")
#: "every half hour", "every half-day": half a unit of time as the interval of a repeated act
#: (``CountRules.parse_half``).
_EVERY_HALF_UNIT = re.compile(r"(?:[ \u00a0]+|[-\u2011])(?P<u>second|minute|hour|day|week|month|year)(?![a-z-])")
#: A line's label of up to three words ending in a plural noun, then a colon ("Hip fractures:",
#: "- **Falls:**"), before a tally per group (``CountRules.labelled_tally``).
_TALLY_LABEL = re.compile(
    r"[ \u00a0\t>#*+-]*(?:[a-z-]+[ \u00a0]+){0,2}(?P<noun>[a-z-]+)(?:\*\*)?:(?:\*\*)?[ \u00a0]*")
#: Verbs of leaving a bare count opening a sentence may be the subject of (``CountRules.leaving_whole``).
_LEAVING_START = (" did not ", " didn't ", " didn\u2019t ", " failed to ", " dropped out", " withdrew", " left ",
                  " pulled out")
#: "from the classes", "from the evening sessions": the arm people left, named by a plural
#: (``CountRules.group_share``, after a count of leavers only).
_FROM_THE_PLURAL = re.compile(r"[ \u00a0\n]+from[ \u00a0\n]+the[ \u00a0\n]+(?:[a-z-]+[ \u00a0\n]+){0,2}?[a-z-]+s(?![a-z'’-])")
#: Between an allocation ratio and its first arm's size: "ratio: ", ", ", " — ".
_RATIO_ARM_GAP = re.compile(r"(?:[ \u00a0]+ratio)?[ \u00a0]*[:,;—–][ \u00a0]*")
#: A word right after a number (a verb: "45 started").
_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]")
#: The second arm's size later in the sentence: a bare whole number after "and" or a comma, before a word.
_NEXT_ARM = re.compile(r"(?:,|(?<![a-z])and)[ \u00a0\n]+(?P<b>[1-9][0-9]{0,4})(?![0-9]|[.,:/][0-9])[ \u00a0]+[a-z]")
#: "lost" (perhaps "only" / "just") right before a count of people: the people a study lost.
_LOST_ONLY_BEFORE = re.compile(r"(?<![a-z])lost[ \u00a0]+(?:(?:only|just)[ \u00a0]+)?$")
_LEAVER_REASON = (" because ", " due to ", " who ", "\nbecause ", "\nwho ")
#: A part of the leavers named by a participle of what took them out ("two hospitalised
#: after a fall", "two lost to follow-up", "one moved away"): only inside such a list (``leaver_item``).
_LEAVER_PARTICIPLE = re.compile(
    r"[ \u00a0\n]+(?:admitted|hospitali[sz]ed|lost|moved|transferred|referred|excluded|withdrawn|relocated)"
    r"[ \u00a0\n]+(?:to|from|for|with|after|away|abroad|out|because)(?![a-z])")
#: A whole number or decimal at a position (``CountRules.unit_echo``).
_BARE_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?(?![0-9]|[.,][0-9])")
#: A named group after "and" or a comma, right before an echoed count (``CountRules.group_echo``),
#: and the clause end after that count.
_GROUP_ECHO = re.compile(r"(?:,|(?<![a-z])and)[ \u00a0]+the[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:group|arm)$")
#: Verbs a group's tally follows, said again for the group set against it (``verb_echo``).
_ECHO_VERBS = (" reported", " recorded", " logged", " had", " suffered", " counted")
#: "Of these," opening a sentence before a part of the people counted just before (``pronoun_subset``).
_PRONOUN_FRONTED = re.compile(r"(?:^|(?<=\n)|[.!?][\"”’)]*[ \u00a0]+)of[ \u00a0]+(?:these|those|them),[ \u00a0]*$")
#: The verb a value was said with, before it ("slept a mean of", "rode about"): ``value_echo``.
_ECHOED_VALUE_VERB = re.compile(
    r"(?<![a-z])(?P<v>[a-z]{3,})(?:[ \u00a0]+(?:an?[ \u00a0]+(?:average|mean)[ \u00a0]+of|about|around|roughly))?$")
_ECHO_END = re.compile(r"[ \u00a0]*(?:[,;.)](?![0-9])|$)")
#: Line ends after which a count wrapped to the next line is read with them (``CountRules.wrapped_and``).
_WRAPPED_BEFORE = (" and", " compared with", " against", " versus", " vs")
_PLURAL_POPULATIONS = frozenset({"people", "men", "women", "children", "mice"})
#: A finite verb in the past right after a count, the count being its subject ("23 people
#: dropped out", "and two had ..."): a verb ending in "-ed" (not "aged", "based" ...: they
#: describe) or a common irregular past (see ``CountRules.elided_subject``).
_SUBJECT_PAST = re.compile(
    r"[ \u00a0]+(?:(?!aged\b|based\b|named\b|sized\b|related\b)[a-z]{2,}ed|had|was|were|fell|did|got|went|"
    r"felt|left|quit|broke|hurt|kept|lost|ran|saw|took|gave|came|became|said|told|found|stayed|"
    r"needed|withdrew|stopped|gained)(?![a-z])")
#: A sentence opening on the people's pronoun ("Their speed rose", "They walked").
_THEIR_LEAD = re.compile(r"[ \u00a0]*(?:their|they)[ \u00a0]")
#: A verb in the past right after a count of people, perhaps after an adverb ("40 workers also
#: gave blood"): the verb a gapped part after "and" leaves out (``gapped_part``).
_GAPPED_VERB = re.compile(r"[ \u00a0]+(?:(?:also|then|all|each|later|first)[ \u00a0]+)?"
                          r"(?:[a-z]{2,}ed|gave|had|took|got|did|made|underwent|wore|ran|swam|rode)(?![a-z])")
#: The object right after a gapped part: "and 24 of them a short fitness test".
_GAPPED_OBJECT = re.compile(r"[ \u00a0]+(?:a|an)[ \u00a0]+[a-z]")
#: A tally named before its verb, right before a rate with no unit noun: "their stair count dropped
#: to", "the daily laps averaged" (``tallied_rate``): the noun counted is the tally's.
_TALLY_RATE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?P<noun>[a-z]{3,})[ \u00a0]+(?:count|counts|total|tally)"
    r"|(?:their|the|his|her|our|daily|average|mean)[ \u00a0]+(?P<plural>[a-z]{3,}s))[ \u00a0]+"
    r"(?:(?:had|has|then)[ \u00a0]+)?(?:fell|dropped|rose|climbed|increased|decreased|grew|slipped|sank"
    r"|went[ \u00a0]+(?:up|down)|averaged|reached|was|were|stood)"
    r"(?:[ \u00a0]+(?:back[ \u00a0]+)?(?:to|at))?[ \u00a0]+$")
#: Things counted named before "number"/"total" as a verb, right before the count (perhaps after
#: "about"): "Falls in the district number about", "Visits total" (``numbered_tally``). A short
#: phrase of place may stand between the plural and the verb.
_NUMBERED_BEFORE = re.compile(
    r"(?<![a-z'’])(?P<plural>[a-z]{3,}s)(?:[ \u00a0]+(?:in|on|across|at|among)[ \u00a0]+[a-z][a-z ,\u00a0-]{0,38}?)?"
    r"[ \u00a0]+(?:number|numbered|total|totalled|totaled)"
    r"(?:[ \u00a0]+(?:about|around|roughly|some|approximately|nearly|almost))?[ \u00a0]*$")
#: Two counts set against each other after a label ("fractures: 4 against 11"; ``labelled_pair``), and
#: what may follow the second: a clause's end or a preposition (a period, a place), no noun.
_AGAINST_PAIR = re.compile(r"[ \u00a0]+(?:vs\.?|versus|against)[ \u00a0]+(?P<b>[1-9]\d{0,5})(?![0-9.,])")
_PAIR_END = re.compile(r"[ \u00a0]*(?:[,;.)]|$|(?:over|in|during|across|after|at|by|within)[ \u00a0])")
#: "who" and a verb-like word after "of them" (``CountRules.definite_who_part``), across a line break.
_WHO_NEXT = re.compile(r"[ \u00a0\n]+who[ \u00a0\n]+[a-z]")
#: Words that are no modifier of a noun after "of our/its/their" (``CountRules.possessed_count``).
_NOT_MODIFIER_WORDS = frozenset({"and", "or", "but", "were", "was", "are", "is", "had", "have", "has"})
#: "with" right after a count that itemises people after a colon (``CountRules.with_item``), and
#: the items before it after the colon: "two with X and", "3 with Y," (none for the first item).
_WITH_NEXT = re.compile(r"[ \u00a0\n]+with[ \u00a0\n]+[a-z]")
#: A verb after "all" N restating a count as its subject ("..., and all 12 have now been ...").
_ALL_RESTATED_VERB = re.compile(r"[ \u00a0]+(?:(?:now|still|also|then|later|eventually)[ \u00a0]+)?"
                                r"(?:have|has|had|were|are|will|would|went|made|got|did|[a-z]{3,}ed)(?![a-z])")
#: An item before may give a leaver's reason instead ("five due to moving, one with ...").
_WITH_ITEMS = re.compile(r"[ \u00a0\n]*(?:[0-9a-z-]+[ \u00a0\n]+(?:with|because|due[ \u00a0\n]+to|who)[ \u00a0\n][^:;()]*?"
                         r"(?:,|[ \u00a0\n]and)[ \u00a0\n]*)*")
#: "Each volunteer", "Every rower" opening a sentence (``CountRules.each_subject_part``).
_EACH_PERSON = re.compile(r"[ \u00a0>*_-]*(?:each|every)[ \u00a0]+(?P<n>[a-z]+)[ \u00a0]")
#: A verb in the past after a count that is its subject, perhaps after "also"/"then".
_EACH_PART_VERB = re.compile(r"[ \u00a0]+(?:(?:also|then|later|too)[ \u00a0]+)?(?:[a-z]{2,}ed|gave|had|took|got|did|made"
                             r"|underwent|wore|ran|swam|rode|went|came|kept)(?![a-z])")
#: Between things counted and the places they are counted in: "112 benches in 14 squares".
_PLACE_GAP = re.compile(r"[ \u00a0]+(?:in|across|at)[ \u00a0]+")
#: One-word verbs whose subject is people: taking part or judging ("enrolled", "said", "chose").
_PEOPLE_VERBS = frozenset(v for v in (*W.PARTICIPATION_VERBS, *W.JUDGING_VERBS) if " " not in v)
#: "Half (n=40)", "Half, 40," or "Half of the walkers, 40 people," before an arm's size
#: (``CountRules.other_arm``): the half may name the group it halves (up to two words after "of the"
#: or "the": "Half the club (n = 40)").
_HALF_ARM = re.compile(r"(?<![a-z])half(?:[ \u00a0]+(?:of[ \u00a0]+)?(?:the|these|those|our|them)(?:[ \u00a0]+[a-z-]+){0,2})?"
                       r"[ \u00a0]*[(,][ \u00a0]*(?:n[ \u00a0]*=[ \u00a0]*)?$")
#: "only"/"just" right before a count (``CountRules.acting_part``).
_ONLY_END = re.compile(r"(?<![a-z])(?:only|just)$")
#: "among the (other) dancers": the people a tally is split by (``CountRules.counted_among``).
_AMONG_PEOPLE = re.compile(r" among the (?:other |remaining )?(?P<noun>[a-z]+)(?![a-z])")
#: A fronted span of time before a sentence's comma, up to ten words with its duration:
#: "Across up to 9 years of monitoring,", "During the opening 4 weeks of the study,".
_DURATION_LEAD = re.compile(
    r"(?<![a-z0-9'’-])(?:over|during|after|within|across|throughout)(?:[ \u00a0]+[a-z0-9][a-z0-9'’-]*){0,5}?"
    r"[ \u00a0]+(?:years?|months?|weeks?|days?)(?:[ \u00a0]+[a-z0-9][a-z0-9'’-]*){0,4},[ \u00a0]*$")
#: "in all"/"in total" closing a number set off after a group ("Half of the men, 60 in all, ...").
_IN_ALL = re.compile(r" in (?:all|total)(?=[ \u00a0]*[,)—–])")
#: The same with one word before the people ("among the older rowers").
_AMONG_QUALIFIED_PEOPLE = re.compile(r" among the (?:other |remaining )?[a-z-]+ (?P<noun>[a-z]+)(?![a-z])")


#: "... among the swimmers and " closing the gap before a second split count (``CountRules.split_among``).
_AMONG_AND_END = re.compile(r" among the (?:[a-z-]+ )?(?P<noun>[a-z]+),? and $")


#: Focusing words that may open a sentence before a part's count ("Only eight were smokers").
_FOCUS_WORDS = (" only", " just")


#: What may follow "all but N" when N counts people named before: a pronoun or a verb.
_ALL_BUT_NEXT = frozenset({"it", "they", "he", "she", "this", "these", "had", "have", "has", "were",
                           "was", "did", "could", "would", "will", "still", "also", "recovered"})


def _doers(plural: str) -> bool:
    """A plural in -ers or -ists that names people by what they do ("rowers"), not things
    ("markers": ``W.NOT_PEOPLE_ERS``)."""
    return plural.endswith(("ers", "ists")) and plural not in W.NOT_PEOPLE_ERS


def _people_plural(noun: str) -> bool:
    return noun in W.POPULATION_NOUNS or _doers(noun)


def _opening_people(sentence: str) -> str | None:
    """The plural of people a sentence opens on with "the", "our" or "their" (perhaps after a
    short fronted phrase and its comma; one modifier at most: "the rowers", "our older
    walkers"), or None."""
    comma = sentence.find(",")
    for lead in (sentence, sentence[comma + 1 :].lstrip(_SPACES) if 0 < comma < 48 else ""):
        subject = _SUBJECT_LEAD.match(lead)
        if subject is None or not lead.startswith(("the ", "our ", "their ")) or subject.group("each"):
            continue
        words = subject.group("words").split()
        noun = next((w for w in reversed(words) if _people_plural(w)), "")
        if noun and (noun == words[-1] or not _people_plural(words[-1])):  # "the rowers trained"
            return noun
    return None


def count_people(q: Quantity, species: str | None, end: int, measure: str) -> None:
    """A count of people or animals: its unit follows the species, its span runs to ``end``."""
    q.unit = W.ANIMAL_UNIT if species not in ("human", None) else W.HUMAN_UNIT
    q.species, q.end, q.measure = species, end, measure


#: "in the old wards", "in the control clinics": places or groups a tally is given for.
_IN_PLACES = re.compile(r" in the (?:[a-z-]+ ){0,2}[a-z]+s(?![a-z])")
_TO_IN_PLACES = re.compile(r" to [0-9][0-9,]* in the (?:[a-z-]+ ){0,2}[a-z]+s(?![a-z])")
_CHANGED_FROM = re.compile(r"(?<![a-z])(?:fell|rose|dropped|declined|climbed|increased|decreased|went (?:up|down)) from$")
#: "counted falls", "recorded injuries": what a sentence says was tallied.
_COUNTED_THINGS = re.compile(r"(?<![a-z])(?:counted|recorded|logged|tallied|tracked)[ \u00a0]+(?:all[ \u00a0]+)?(?P<noun>[a-z]+)")
#: Singular person nouns whose plural is not the noun and "s" (``CountRules.one_person_event``).
_PERSON_SINGULARS = frozenset({"woman", "man", "person", "child", "adult"})
#: A paragraph opening on a number (a word or digits) before its verb: "Forty were ...".
_PARA_OPENING_PART = re.compile(
    r"[ \t\u00a0>*_]*(?:[0-9][0-9,]*|(?:{})(?:[-‑ ](?:{}))?)(?![a-z0-9])".format(
        "|".join(sorted(W.TENS, key=len, reverse=True) + sorted(W.UNITS, key=len, reverse=True)),
        "|".join(sorted(W.UNITS, key=len, reverse=True))))
#: What a sentence opens on when it is about people: "Each/Every participant", "All (of) the
#: volunteers", "The patients", "Patients" (one modifier at most; see ``CountRules.subject_part``).
_SUBJECT_LEAD = re.compile(
    r"(?:(?P<each>each|every)[ \u00a0]+|(?:all[ \u00a0]+(?:of[ \u00a0]+)?)?(?:the|our|their)[ \u00a0]+)?"
    r"(?P<words>[a-z-]+(?:[ \u00a0]+[a-z]+)?)(?![\w-])")
#: A verb of change and "by" right before a number: "rose by", "fell by", "went up by".
_CHANGED_BY = re.compile(
    r"(?<![a-z])(?:rose|risen|fell|fallen|increased|decreased|dropped|declined|climbed|grew|improved"
    r"|jumped|went[ \u00a0]+(?:up|down))[ \u00a0]+by[ \u00a0]+(?:an[ \u00a0]+average[ \u00a0]+of[ \u00a0]+)?$")
#: "all 20 of its branches", "12 of their sons": a count of what an owner has.
_OF_POSSESSED = re.compile(r" of (?:its|their|our)[ \u00a0]+(?:(?P<mod>[a-z]+)[ \u00a0]+)??(?P<noun>[a-z]+s)(?![\w-])")
#: "in nine of Riverland's health services": a count of what a named owner has (a capitalised
#: name's possessive, then up to three words and the plural; ``possessed_count``).
_OF_NAMED_POSSESSED = re.compile(
    r" of (?P<name>[a-z][\w-]*)['’]s[ \u00a0]+(?P<mods>(?:[a-z-]+[ \u00a0]+){0,3}?)(?P<noun>[a-z]+s)(?![\w'’-])")
#: A group named by its label after a count: "in group B", "in arm 2" (``elided_subject``).
_IN_LABELLED_GROUP = re.compile(r"[ \u00a0]+(?:in|of|from)[ \u00a0]+(?:group|arm|cohort)[ \u00a0]+(?:[a-z]|[0-9]{1,2})(?![\w-])")
#: A share a figure reaches or moves to: "that share will reach a third by 2040", "rose to a
#: third" (``CountRules.fraction``); then a clause end or one of ``_AFTER_REACHED_SHARE``.
_REACH_BEFORE = re.compile(
    r"(?<![a-z])(?:reach(?:es|ed|ing)?|(?:rise|rises|rising|rose|risen|climb(?:s|ed|ing)?|grow(?:s|n|ing)?|grew"
    r"|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?)[ \u00a0]+to)[ \u00a0]+"
    r"(?:(?:about|around|almost|nearly|roughly|over|under|just)[ \u00a0]+)?$")
_AFTER_REACHED_SHARE = frozenset({"by", "in", "within", "before", "after", "and", "or", "among", "across"})
#: A span's preposition and "the" right before a number ("over the four winters").
_SPAN_THE_BEFORE = re.compile(r"(?<![a-z])(?:over|during|across|throughout|in|for)[ \u00a0]+the[ \u00a0]+$")
#: Where the part after ", including N" is: "including 57 in rural towns" (``including_part``).
_INCLUDING_WHERE = re.compile(r"[ \u00a0]+(?:in|at|from|across)[ \u00a0]+[a-z]")
#: A group named by "among" and a plural after a count ("and 9 among the swimmers"): people.
_AMONG_PLURAL = re.compile(r"[ \u00a0]+among[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}?[a-z]+s(?![\w-])")


#: An ordinal (perhaps with its group noun) as the subject of a verb: "a second ran", "the
#: third arm did" (see
#: ``CountRules.ordinal_series``).
_ORDINAL_SUBJECT = re.compile(r"(?<![a-z])(?:a|the)[ \u00a0]+(?P<o>second|third|fourth)[ \u00a0]+"
                             r"(?:(?:group|arm|cohort|team|set)[ \u00a0]+)?(?P<w>[a-z]+)")


#: A list item's marker opening a line: a dash, star, bullet or "1." / "1)" and a space.
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•+‣▪]|\d{1,2}[.)])[ \t\u00a0]")


def _list_items(block: str) -> bool:
    """Whether every line of ``block`` (the text from a paragraph break up to a number, so its
    last line is the number's own line so far) is a list item: the parts of a group listed."""
    return all(_LIST_MARKER.match(line) for line in block.split("\n"))

class CountRules:
    """Count and share rules (a mixin of ``quantities._Scanner``)."""

    #: Plural nouns a document has named a counted group by ("9 were non-runners") -> unit;
    #: replaced, never mutated, so the empty default is shared safely.
    group_nouns: Mapping[str, str] = MappingProxyType({})
    #: End of the last count of people lost from a study ("lost two to injury"), or -1.
    lost_end: int = -1
    #: Where the second arm of a ratio's arms starts (``ratio_clause_arm``), or -1, and its unit.
    ratio_next: int = -1
    ratio_unit: str | None = None
    #: The nouns counts so far counted ("120 riders" -> "riders"; ``preposition_part``);
    #: replaced, never mutated.
    counted_plurals: frozenset[str] = frozenset()

    def sentence_to(self, s: int) -> tuple[int, str]:
        """Where the sentence holding ``s`` starts (its line's start, a sentence end, or 300
        characters back) and its lower-cased words up to ``s``: a part's whole is looked for
        there."""
        low = self.low
        here = max([self.line_start(s), s - 300] + [low.rfind(p, max(0, s - 300), s) + 1 for p in (". ", "? ", "! ")])
        return here, low[here:s].lstrip(_SPACES + ".?!")

    def parse_half(self, s: int, e: int) -> Quantity | None:
        low = self.low
        if self.prev_word(s) in ("every", "each") and (unit := _EVERY_HALF_UNIT.match(low, e)) is not None:
            # "sip 180 mL every quarter hour", "every half-day": the interval of a repeated act
            norm = W.UNIT_SURFACES.get(unit.group("u"), (unit.group("u") + "s", "time"))[0]
            return Quantity(s, unit.end(), 0.5, None, None, norm, None, "dose/exposure")
        if e < len(low) and low[e] in "-‑":
            return None  # half-life, half-marathon
        if self.prev_word(s) in ("first", "second", "last", "other", "latter", "former", "the",
                                 "a", "and", "upper", "lower", "top", "bottom"):
            return None  # "the first half of the match", "the upper half of the chart": a part
        cmp_, start = self.prefix_comparator(s)
        hh = _HALF_HOUR.match(low, e)
        if hh:
            unit = W.UNIT_SURFACES.get(hh.group("u"), (hh.group("u") + "s", "time"))[0]
            return Quantity(start, hh.end(), 0.5, None, None, unit, cmp_,
                            "threshold/criterion" if cmp_ in ("<", ">", "<=", ">=") else "dose/exposure")
        if _HALF_AS.match(low, e):  # "half as large": a ratio, as "twice as large" is
            return Quantity(start, e, 0.5, None, None, "fold_change", cmp_, "effect_size/statistic")
        if cmp_ is None and not (_HALF_FOLLOW.match(low, e)
                                 or self.lookback(_BY_BEFORE, s, 30, bounded=False)
                                 or (self.prev_word(s) == "with" and _HALF_DOING.match(low, e))):
            return None
        if _HALF_IDIOM.match(low, e):
            return None  # "half the battle"
        return Quantity(start, e, 0.5, None, None, "fraction", cmp_, "proportion")

    def estimated_tally(self, q: Quantity, s: int) -> Quantity | None:
        """"The number of licensed anglers was estimated at roughly 62,000 and is projected to
        pass 70,000": a whole number with no unit that an estimate or forecast verb gives
        (``_TALLY_ESTIMATE``) is a count when its sentence names a tally ("the number of")
        before the verb. Without that subject the verb may give any level ("is expected to top
        40" of a temperature)."""
        if q.value is None or not float(q.value).is_integer():
            return None
        cue = self.lookback(_TALLY_ESTIMATE, s, 60, bounded=False)
        if cue is None:
            return None
        start = self.sentence_bounds(q.start, q.end)[0]
        if _TALLY_SUBJECT.search(self.low, start, cue.start()) is None:
            return None
        q.measure = "count"
        return q

    def tally_change(self, q: Quantity, s: int) -> Quantity | None:
        """"the number of push-ups they could do rose by 3.1 with training and fell by 0.6
        without it": a bare number after a verb of change and "by" is a change of the tally
        the sentence named before that verb ("the number of <noun>"): a count of the noun (a
        mean change may have decimals). Without the tally "rose by 3" may change anything."""
        if q.value is None or q.comparator is not None:
            return None
        low = self.low
        verb = _CHANGED_BY.search(low, max(self.line_start(s), s - 40), s)
        if verb is None:
            return None
        start = self.sentence_bounds(q.start, q.end)[0]
        tallies = list(_TALLY_NOUN.finditer(low, start, verb.start()))
        if not tallies:
            return None
        # the first plural of the tally names it ("the count of step climbs people managed"),
        # though it may read as a verb elsewhere ("stands", "falls")
        nouns = [w for w in tallies[-1].group("words").split()
                 if w in W.POPULATION_NOUNS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")))]
        noun = nouns[0] if nouns else None
        if noun in W.POPULATION_NOUNS:
            q.species = W.POPULATION_NOUNS[noun]
            noun = W.ANIMAL_UNIT if q.species not in ("human", None) else W.HUMAN_UNIT
        q.measure, q.unit = "count", noun
        return q

    def restated_tally(self, q: Quantity, s: int) -> Quantity | None:
        """"A previous edition gave the wrong number of rowers who qualified. It was 318.": a
        short sentence "It/That was N." ("The correct figure is N, not M.") right after a
        sentence that names a tally ("the number of <noun>") restates that tally, as a
        correction note does: a count of the noun. Elsewhere "It was 318." may be anything."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer():
            return None
        low = self.low
        m = self.lookback(_RESTATED_TALLY, s, 48, bounded=False)
        if m is None or not _RESTATED_END.match(low, q.end):
            return None
        here = m.end() - len(m.group().lstrip(".!? \t\u00a0"))  # where "It was" starts
        prev = max(low.rfind(p, 0, here - 2) for p in (". ", "? ", "! ", "\n\n"))
        tallies = list(_TALLY_NOUN.finditer(low, max(prev + 1, here - 400), here))
        if not tallies:
            return None
        nouns = [w for w in tallies[-1].group("words").split()
                 if w in W.POPULATION_NOUNS or (_is_plural_noun(w) and w not in W.NOT_MODIFIERS)]
        noun = nouns[0] if nouns else None
        if noun in W.POPULATION_NOUNS:  # people or animals, in the unit their counts use
            q.species = W.POPULATION_NOUNS[noun]
            noun = W.ANIMAL_UNIT if q.species not in ("human", None) else W.HUMAN_UNIT
        q.measure, q.unit = "count", noun
        return q

    def fraction(self, s: int, e: int, part: float, numerator: float, hyphen: bool) -> Quantity | None:
        """"a third of", "roughly one third", "two-thirds said", "a quarter of an hour".
        A singular fraction word after "a" is an ordinal as often ("a third trial"), so it needs
        a cue: "of", a comparator or "by" before, or a verb after ("a fifth dropped out")."""
        low = self.low
        value = numerator * part
        cmp_, start = self.prefix_comparator(s)
        if numerator == 1 and (rng := _FRACTION_RANGE.match(low, e)) \
                and (hi := W.FRACTIONS[rng.group("f")]) > value:  # a range is a share by itself
            if rng.group("c") == "and":  # "between a fifth and a third"; "a third and a half" is a list
                between = self.lookback(_BETWEEN, s, 12)
                if between is None or not self.low.startswith("between", between.start()):
                    return None
                start = between.start()
            return Quantity(start, rng.end(), None, value, hi, "fraction", cmp_, "proportion")
        unit = _OF_A_UNIT.match(low, e)
        if unit:  # "a quarter of an hour": a duration
            norm = W.UNIT_SURFACES[unit.group("u")][0]
            measure = "threshold/criterion" if cmp_ in ("<", ">", "<=", ">=") else "dose/exposure"
            return Quantity(start, unit.end(), value, None, None, norm, cmp_, measure)
        if low.endswith(("quarter", "quarters"), 0, e) and (dist := _QUARTER_DISTANCE.match(low, e)):
            measure = "threshold/criterion" if cmp_ in ("<", ">", "<=", ">=") else "dose/exposure"
            return Quantity(start, dist.end(), value, None, None, W.UNIT_SURFACES[dist.group("u")][0],
                            cmp_, measure)
        if low[e : e + 1] in "-‑" and e < len(low):
            return None  # "one-third-mile", "a quarter-final"
        suffix = _SUFFIX_CMP.match(low, e) if cmp_ is None and low[e + 1 : e + 3] == "or" else None
        if suffix is not None and _OF_AFTER.match(low, suffix.end()):  # "lost a third or more of"
            return Quantity(start, suffix.end(), value, None, None, "fraction",
                            W.SUFFIX_COMPARATORS[suffix.group("c")], "proportion")
        nxt = _NEXT_WORD.match(low, e)
        word = nxt.group("w") if nxt else None
        if word is not None and (word in W.UNIT_SURFACES or word in W.FRACTION_NOT_NOUNS):
            return None  # "a quarter century", "a third time"
        plural = numerator >= 2 or low[e - 1 : e] == "s"
        cued = (plural or hyphen or word == "of" or cmp_ is not None
                or self.lookback(_BY_BEFORE, s, 30, bounded=False) is not None
                or (word is not None and (word in W.FRACTION_VERBS or word in W.FRACTION_COMPARATIVES
                                          or word.endswith("ed")))
                or (word is None and low[s : s + 3] == "one")
                or self.wrapped_cue(_BY_WRAPPED, s) is not None  # "fell by\na fifth"
                or (numerator == 1 and (word is None or word in _AFTER_REACHED_SHARE)
                    and self.lookback(_REACH_BEFORE, s, 40, bounded=False) is not None))
        if not cued:
            return None
        if word in ("is", "was") and numerator == 1 and low[s : s + 2] == "a " and self.next_item(s):
            return None  # "Another is X. A third is Y.": the third of a list, no share
        if numerator == 1 and low[s : s + 2] == "a " and self.ordinal_series(s, low[s + 2 : e]):
            return None  # "A second took X, a third did Y": the third of a series, no share
        return Quantity(start, e, value, None, None, "fraction", cmp_, "proportion")

    def ordinal_series(self, s: int, tok: str, depth: int = 0) -> bool:
        """Whether "a third"/"a fourth" at ``s`` counts on a series of groups or people that an
        ordinal before it in the paragraph began ("One group took X. A second took Y, a third
        did Z, and a fourth ..."): the ordinal one lower ("a/the second" before "a third", "a
        third" before "a fourth", itself in such a series) as the subject of a verb (one of
        ``W.FRACTION_VERBS`` or a past form), within 300 characters. "A second" is never a share,
        so it starts a series; "a third ... and a fourth" with no "second" stays two shares."""
        before = {"third": "second", "fourth": "third", "fifth": "fourth"}.get(tok)
        if before is None or depth > 3:
            return False
        a = max(0, s - 300)
        cut = self.low.rfind("\n\n", a, s)
        a = cut + 2 if cut >= 0 else a
        for m in _ORDINAL_SUBJECT.finditer(self.low, a, s):
            if m.group("o") != before or not (m.group("w") in W.FRACTION_VERBS or m.group("w").endswith("ed")):
                continue
            if before == "second" or self.ordinal_series(m.start(), before, depth + 1):
                return True
        return False

    def next_item(self, s: int) -> bool:
        """Whether "a third is" at ``s`` names the next item of a list set out just before it:
        it opens a sentence, and a sentence before it in the same paragraph (up to 300
        characters back) names an item with "another is", "a second was", "the second is"."""
        if not self.opens_sentence(s) and self.text[max(0, s - 2) : s] not in (". ", "; "):
            return False
        a = max(0, s - 300)
        cut = self.text.rfind("\n\n", a, s)
        return _LIST_ITEM_BEFORE.search(self.low, cut + 1 if cut >= 0 else a, s) is not None

    def every_nth(self, s: int, e: int, tok: str) -> Quantity | None:
        """"every fourth person": one in four, a proportion (value 0.25, unit fraction). Before
        a time word it is a rhythm ("every third day"). "Quarter" is no ordinal: "every quarter"
        is each three months of a calendar ("the board meets every quarter"), a schedule read as
        nothing, like "every month"."""
        if tok.endswith("s") or tok == "quarter":
            return None
        rhythm = self.rhythm(s, e, W.FRACTIONS[tok])
        if rhythm is not None:
            return rhythm
        nxt = _NEXT_WORD.match(self.low, e)
        word = nxt.group("w") if nxt else None
        if word is not None and (word in W.UNIT_SURFACES or word in W.PERIODS
                                 or word in W.FRACTION_NOT_NOUNS):
            return None
        cmp_, start = self.prefix_comparator(s)
        return Quantity(start, e, W.FRACTIONS[tok], None, None, "fraction", cmp_, "proportion")

    def subset_count(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"nine stayed, three of them in the placebo group", "40 patients, 9 of whom had ...": a
        part of a group counted earlier in the sentence, set off by a comma, counts the same
        thing; after "and" only a part of people counted that a copula or auxiliary describes
        ("a squad of 40, and six of them are over 35"; people named by what they do too: "700
        cyclists entered, and 45 of them were past 75"). Inside a bracket that opened after a
        count of people, the part describes them too ("40 miners aged 60 to 75 (mean age 66
        years, 12 of them women)", "40 miners (12 of them women)")."""
        whole = self.last_count
        m = _SUBSET_OF.match(self.low, end)
        tail = self.tail(s)
        people = whole is not None and (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or ""))
        if m is None or whole is None or whole.value is None or q.value is None or q.comparator \
                or not (tail.endswith(",") or (tail.endswith("(") and people)
                        or (tail.endswith(" and") and people
                            and _AUXILIARY_AFTER.match(self.low, m.end()))) \
                or not float(q.value).is_integer() or not 0 < q.value < whole.value:
            return None
        gap = self.text[whole.end : s]
        if len(gap) > 160:
            return None
        if (brk := _CLAUSE_BREAK.search(gap)) is not None and not (
                people and "(" in gap and brk.group() == "("
                and gap.count("(") == 1 and not _CLAUSE_BREAK.search(gap, gap.index("(") + 1)):
            return None  # a bracket describing the people counted before it may hold the part
        q.unit, q.measure, q.species = whole.unit, whole.measure, whole.species
        q.end = m.end()
        return q

    def uncounted_people_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"There were nine stumbles on the stairs, most among residents over 75, and 3 of them
        cracked a rib": N "of them" following a comma (or ", and"), the subject of a verb, is a part of the
        people named last in the same sentence by a plural without a count (a population noun or
        people named by what they do) in a phrase of its own set off by commas after the count,
        not of the things counted before them."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 1:
            return None
        m = _SUBSET_OF.match(self.low, end)
        if m is None or not self.tail(s).endswith((",", ", and")) \
                or not (_AUXILIARY_AFTER.match(self.low, m.end()) or self.subject_past(m.end())):
            return None
        a = max(self.line_start(s), s - 200)
        a = max([a] + [f.end() for f in _FULL_STOP.finditer(self.text, a, s)])
        last = self.last_count
        if last is not None and last.end > a:
            a = last.end  # the plural must come after the count of things
        # in a phrase of its own, set off by a comma after the count ("..., all in men over 75,
        # and"): "40 boats near the fishermen, and six of them sank" counts boats
        seg = self.low.rfind(",", a, self.low.rfind(",", a, s))
        if seg < 0:
            return None
        # a short bracket (a statistic's aside: "(hazard ratio 1.6; ...)") names no one
        phrase = self.low[seg:s]
        if "(" in phrase:
            phrase = _ASIDE.sub("", phrase)
        plural = next((w for w in reversed(_WORD.findall(phrase))
                       if w in W.POPULATION_NOUNS or _is_plural_noun(w)), None)
        if plural is None or not (W.POPULATION_NOUNS.get(plural) == "human" or (
                plural not in W.POPULATION_NOUNS and _doers(plural))):
            return None
        q.unit, q.measure, q.species, q.end = W.HUMAN_UNIT, "count", "human", m.end()
        return q

    def bracket_semicolon_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"240 patients aged 58 to 91 (mean age 74.6 years; 110 of them women)": N "of them"
        right after a semicolon inside a bracket that opened after a count of people is a part of
        them, as after a comma there (``subset_count``): the bracket's only break is that
        semicolon, and no line break or closing bracket lies between."""
        whole = self.last_count
        if whole is None or whole.value is None or q.value is None or q.comparator is not None \
                or not self.tail(s).endswith(";") or not float(q.value).is_integer() \
                or not 0 < q.value < whole.value \
                or not (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")):
            return None
        m = _SUBSET_OF.match(self.low, end)
        gap = self.text[whole.end : s]
        if m is None or len(gap) > 160 or "\n" in gap or gap.count("(") != 1 or ")" in gap:
            return None
        inside = gap[gap.index("(") + 1 : gap.rindex(";")]
        if _CLAUSE_BREAK.search(inside) or _CLAUSE_BREAK.search(gap, 0, gap.index("(")):
            return None
        q.unit, q.measure, q.species = whole.unit, whole.measure, whole.species
        q.end = m.end()
        return q

    def fronted_subset(self, q: Quantity, s: int) -> Quantity | None:
        """"Of the 400 genes tested, 31 changed", "Of the 90 patients we screened, 42 ...": a
        count right after the comma that closes a whole fronted by "Of the" counts a part of
        it, in its unit. The whole opens the sentence; the part is a smaller whole number."""
        whole = self.last_count
        if whole is None or whole.value is None or q.value is None or q.comparator is not None \
                or not float(q.value).is_integer() or not 0 < q.value < whole.value \
                or not self.tail(s).endswith(","):
            return None
        ls = self.line_start(whole.start)
        head = max(ls, whole.start - 40)
        m = _FRONTED_OF.search(self.low, head, whole.start)
        if m is None:
            return None
        gap = self.text[whole.end : s]
        if len(gap) > 160 or _CLAUSE_BREAK.search(gap) or "\n" in gap:
            return None
        q.unit, q.measure, q.species = whole.unit, whole.measure, whole.species
        return q

    def pronoun_subset(self, q: Quantity, s: int) -> Quantity | None:
        """"The team enrolled 150 adults over 60. Of these, 88 walked daily": a count right after
        "Of these/those/them," opening a sentence counts a part of the people counted last, in
        the sentence before it (one full stop between, same paragraph, 300 characters at most);
        the part is a smaller whole number. A sentence or two about those people may come
        between when each opens on their pronoun ("... 150 adults over 60. Their median BMI was
        27. Of these, 88 walked daily"). When a count of things follows the people within their
        sentence ("150 adults over 60 in six towns. Of these, 88 ..."), too few to hold the part,
        the part is of the people."""
        whole = self.last_count
        if whole is not None and whole.value is not None and q.value is not None and q.value >= whole.value:
            whole = self.people_over_clause_count(whole, q) or whole
        if whole is None or whole.value is None or q.value is None or q.comparator is not None \
                or not float(q.value).is_integer() or not 0 < q.value < whole.value \
                or whole.unit not in (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects") \
                or _PRONOUN_FRONTED.search(self.low, max(self.line_start(s), s - 24), s) is None:
            return None
        gap = self.text[whole.end : s]
        stops = list(_FULL_STOP.finditer(gap))
        if len(gap) > 300 or "\n\n" in gap or not 1 <= len(stops) <= 3 \
                or any(_THEIR_LEAD.match(gap.lower(), stop.end()) is None for stop in stops[:-1]):
            return None
        q.unit, q.measure, q.species = whole.unit, whole.measure, whole.species
        return q

    def another_count(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Of the 300 members, 120 swam daily. Another 90 swam weekly": a whole number after
        "Another" opening a sentence, as the subject of a verb in the past, counts more of the
        people counted last, in the sentence before it (one full stop between, same paragraph,
        300 characters at most), in their unit."""
        whole = self.last_count
        if whole is None or q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or not (whole.unit in (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects") or _doers(whole.unit or "")) \
                or self.text[s - 8 : s - 7] != "A" or not self.opens_sentence(s - 8) \
                or self.subject_past(end) is None:
            return None
        gap = self.text[whole.end : s]
        if len(gap) > 300 or "\n\n" in gap or len(_FULL_STOP.findall(gap)) != 1:
            return None
        q.unit, q.measure, q.species = whole.unit, "count", whole.species
        return q

    def group_share(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """The people of one arm among those just counted: "Seven dropped out: four from the
        dance group and three from the waitlist group" (the first share after a dash, colon,
        bracket or comma; the next one after "and" is ``compared_count``'s), or the people
        left after a loss: "..., leaving 38 for the analysis". After people who left, "from the"
        and a plural names the arm too ("(six from the workshops and ...)"). Both need a count of people
        earlier in the same sentence; a share must be smaller than it."""
        whole = self.last_count
        if whole is None or whole.value is None or q.value is None or q.comparator is not None \
                or not float(q.value).is_integer() \
                or not (whole.unit in (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects") or _doers(whole.unit or "")):
            return None  # people, or people named by what they do ("Six rowers left (four from the ...)")
        tail = self.tail(s)
        if tail.endswith(("—", "–", ":", "(", ",", ";")) and (_IN_GROUP.match(self.low, end) or (
                self.low.startswith(_LEAVING_START, whole.end) and _FROM_THE_PLURAL.match(self.low, end))):
            # "Six dropped out (four from the classes ...)": whom they left, an arm by its activity
            if not q.value < whole.value:
                return None
            gap = self.text[whole.end : s][:-1]
        elif tail.endswith(("leaving", "leaves", "left with")) and _REMAINING_END.match(self.low, end) \
                and not self.year_like(q.value, str(int(q.value))):
            gap = self.text[whole.end : s]
        else:
            return None
        if len(gap) > 160 or _CLAUSE_BREAK.search(_ASIDE.sub("", gap)) or "\n" in gap:
            return None  # a short bracket ("38 adults (12%) left: ...") does not end the clause
        q.unit, q.measure, q.species = whole.unit, "sample_size", whole.species
        return q

    def part_of_group(self, q: Quantity, s: int, end: int) -> bool:
        """"In 200 adults ... A pilot in 52 of them ...": after a preposition, N "of them"
        (or those, these) is a part of the people last counted in the same paragraph, when that
        count was larger. So is N "of them" opening a sentence, alone or after a short fronted
        phrase and its comma ("It followed 90 adults. For a year, 45 of them walked"). Things
        counted by a plural noun take part only as the subject of the next sentence or list item
        ("They assayed 900 metabolites.\\n- 37 of them rose"), that count the last number read and
        the only one of its sentence: "In 4 of them", or "In the end, 9 of them" after "50 adults
        and 30 compounds", may mean anything counted."""
        whole = self.last_count
        m = _OF_THEM_THOSE.match(self.low, end)
        if m is None or whole is None or whole.value is None or q.value is None:
            return False
        split = None
        if not q.value < whole.value:  # "84 bowlers, 50 men and 34 women. Forty of them ...":
            split = self.split_whole(s)  # "them" are the whole those parts split
            if split is None or not q.value < split.value:
                split = self.people_over_clause_count(whole, q)
            if split is None or not q.value < split.value:
                return False
            whole = split
        people = whole.unit in (W.HUMAN_UNIT, "subjects") or split is not None
        if not ((" " + self.tail(s)).endswith(_PART_PREPOSITIONS) or self.opens_clause(s)
                or (people and (self.contrast_part(s) or (
                    self.tail(s).endswith(";") and not _FULL_STOP.search(self.text, whole.end, s))))):
            # "enrolled 120 pupils ...; 64 of them were girls": a semicolon opens the clause of
            # the sentence that counted them (not a later one's: "... In June; 30 of them")
            return False
        if not people and not self.sole_count_before(whole, s):
            return False
        gap = self.text[whole.end : s]
        if len(gap) > 320 or ("\n\n" in gap and not (gap.count("\n\n") == 1 and (
                _list_items(gap[gap.rfind("\n\n") + 2 :])
                or (people and not gap[gap.rfind("\n\n") + 2 :].strip(_SPACES + "\n>*_"))))):
            return False  # a list right after the paragraph break may itemise the group, and a
            # part of the people may open the next paragraph ("... 90 adults.\n\nForty of them ...")
        q.unit, q.species, q.end = whole.unit, whole.species, m.end()
        q.measure = "sample_size" if people else "count"
        if people:
            self.arm_whole = whole  # "the remaining N" may name the rest of it (``other_arm``)
        return True

    def people_over_clause_count(self, last: Quantity, q: Quantity) -> Quantity | None:
        """"We enrolled 60 walkers who had done at least four races. Twenty of them were men.":
        the last count (things, in a clause about the people) is too small to hold the part, so
        "them" are the people counted earlier in that count's sentence, when those are more."""
        if last.unit in _PEOPLE_UNITS or last.value is None or q.value is None:
            return None
        best = None
        for whole in self.stated.values():
            if whole.value is None or not (whole.unit in (W.HUMAN_UNIT, "subjects") or _doers(whole.unit or "")) \
                    or not whole.end <= last.start or last.start - whole.end > 160 \
                    or (best is not None and whole.start < best.start):
                continue
            if q.value < whole.value and not _FULL_STOP.search(self.text, whole.end, last.start):
                best = whole
        return best

    def split_whole(self, s: int) -> Quantity | None:
        """"We recruited 84 bowlers aged 61 to 88, 50 men and 34 women, from three leagues.": the
        count of people (or doers) that two counts of people right after it in the same sentence
        (160 characters) add up to, in the sentence before ``s`` or its own (the last such count):
        the whole they split."""
        best = None
        low_bound = s - 320
        for whole in self.stated.values():
            if whole.value is None or whole.unit is None or not low_bound <= whole.end < s \
                    or not (whole.unit in _PEOPLE_UNITS or _doers(whole.unit)) \
                    or (best is not None and whole.start < best.start):
                continue
            for part in self.stated.values():
                if part.value is None or part.unit not in _PEOPLE_UNITS or not whole.end <= part.start \
                        or part.end > s or part.start - whole.end > 160:
                    continue
                other = self.stated.get(whole.value - part.value)
                if other is None or other.unit != part.unit or not whole.end <= other.start < part.start:
                    continue
                between = self.text[part.end : s]
                if not _FULL_STOP.search(self.text, whole.end, part.start) and "\n\n" not in between \
                        and len(_FULL_STOP.findall(between)) <= 1:
                    best = whole
                    break
        return best

    def named_arm(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"We signed up 140 adults ... The 70 in the "lake" crew paddled": "The" and a bare whole
        number opening a sentence, given with its group, is the people of that arm, when a
        larger count of people was made before it (600 characters at most; the whole a part
        was last taken of, when a smaller part was counted since)."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or _NAMED_ARM.match(self.low, end) is None or not self.opens_sentence(s - 4):
            return None
        whole = self.last_people
        if whole is None or whole.value is None or not q.value < whole.value:
            whole = self.arm_whole  # "... 146 people. ... 27 of those were tourists. The 73 in ..."
        if whole is None or whole.value is None or not q.value < whole.value or not 0 < s - whole.end <= 600:
            return None
        q.unit, q.measure, q.species = W.HUMAN_UNIT, "sample_size", whole.species
        return q

    def contrast_part(self, s: int) -> bool:
        """Whether ``s`` opens a clause of contrast (", but") in a sentence whose subject is a
        quantifier of the people counted before ("Most were locals, but 27 of those were
        tourists", "Many had retired, yet 12 of them ..."): the part is of those people."""
        tail = self.tail(s)
        if not tail.endswith((", but", ", yet", ", though")):
            return False
        a = max(self.line_start(s), s - 200)
        a = max([a] + [self.low.rfind(p, a, s) + 2 for p in (". ", "? ", "! ")])
        return _QUANTIFIER_SUBJECT.match(self.low, a) is not None

    def clause_part(self, q: Quantity, s: int, end: int) -> bool:
        """"Power cuts stopped 42 classes over the winter; in 30 of them we went on outside": N
        "of them" opening the clause after a semicolon (perhaps after a preposition) is a part of
        what the clause before counted by a plural noun (a count, or sessions said as a dose),
        when that is its only such count, larger than N, and the clause names no people ("them"
        may be they); other values of that clause may only be durations ("over the six weeks")."""
        m = _OF_THEM_THOSE.match(self.low, end)
        if m is None or q.value is None:
            return False
        tail = self.tail(s)
        lead = tail
        for p in _PART_PREPOSITIONS:
            if (" " + tail).endswith(p):
                lead = tail[: len(tail) - len(p) + 1].rstrip(_SPACES)
                break
        if not lead.endswith(";"):
            return False
        semi = s - len(tail) + len(lead) - 1
        low = self.low
        a = max(self.line_start(semi), semi - 240)
        a = max([a] + [low.rfind(p, a, semi) + 1 for p in (". ", "? ", "! ")])
        if any(w in W.POPULATION_NOUNS or _people_plural(w) for w in _WORD.findall(low, a, semi)):
            return False  # "Volunteers gave 30 samples; 12 of them ...": them may be the people
        wholes = []
        for x in self.stated.values():
            if not (a <= x.start and x.end <= semi):
                continue
            if x.unit in W.KIND_TIME_UNITS or x.unit in ("years", "hours", "minutes"):
                continue
            if x.measure not in ("count", "dose/exposure") or x.unit is None or not x.unit.islower() \
                    or not _is_plural_noun(x.unit) or x.unit in W.POPULATION_NOUNS:
                return False
            wholes.append(x)
        if len(wholes) != 1 or wholes[0].value is None or not q.value < wholes[0].value:
            return False
        q.unit, q.species, q.end, q.measure = wholes[0].unit, None, m.end(), "count"
        return True

    def named_part(self, q: Quantity, s: int, end: int) -> bool:
        """"Patients were scanned; 30 of them returned a second time": N "of them" opening the
        clause after a semicolon is a part of the people its sentence names by a plural noun
        (``W.POPULATION_NOUNS``), though no count of them came before (the whole was counted in
        another paragraph, or never). Only with no number between the sentence's start and the
        part: "gave 30 samples; 12 of them ..." may count the samples."""
        m = _OF_THEM_THOSE.match(self.low, end)
        if m is None or not self.tail(s).endswith(";"):
            return False
        low = self.low
        a = max(self.line_start(s), s - 250)
        a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ")])
        if any(c.isdigit() for c in low[a:s]):
            return False
        species = [W.POPULATION_NOUNS[w] for w in _WORD.findall(low, a, s)
                   if w in W.POPULATION_NOUNS and (_is_plural_noun(w) or w in _PLURAL_POPULATIONS)]
        if not species:
            return False
        q.unit = W.HUMAN_UNIT if species[-1] == "human" else W.ANIMAL_UNIT
        q.species, q.end, q.measure = species[-1], m.end(), "sample_size"
        return True

    def subject_part(self, q: Quantity, s: int, end: int) -> bool:
        """"Each volunteer got a shake. For 40 of them it held whey": N "of them" opening a
        sentence (alone or after a short fronted phrase) is a part of the people the sentence
        just before is about, when that sentence opens on them ("Each/Every participant",
        "(All) the volunteers", "Patients") and neither it nor the part's sentence gives a
        number before the part."""
        m = _OF_THEM_THOSE.match(self.low, end)
        if m is None:
            return False
        low = self.low
        here = max([self.line_start(s)] + [low.rfind(p, max(0, s - 250), s) + 1 for p in (". ", "? ", "! ")])
        if here <= self.line_start(s) or any(c.isdigit() for c in low[here:s]):
            return False  # the part's sentence opens the line (no sentence before), or counts
        if not (self.opens_clause(s) or " " + low[here:s].strip(_SPACES) in _PART_PREPOSITIONS):
            return False  # "For 40 of them", "In the end, 9 of them"
        prev = max([self.line_start(here - 2), here - 300] + [low.rfind(p, max(0, here - 300), here - 2) + 1
                                                              for p in (". ", "? ", "! ")])
        sentence = low[prev:here].lstrip(_SPACES)
        if any(c.isdigit() for c in sentence):
            return False
        lead = _SUBJECT_LEAD.match(sentence)
        if lead is None:
            return False
        each = lead.group("each") is not None  # "each participant": the noun is singular
        nouns = [w + "s" if each else w for w in lead.group("words").split()]
        noun = next((w for w in nouns if w in W.POPULATION_NOUNS), None)
        if noun is None or (noun != nouns[-1] and nouns[-1].rstrip("s") + "s" in W.POPULATION_NOUNS):
            return False
        species = W.POPULATION_NOUNS[noun]
        count_people(q, species, m.end(), "sample_size")
        return True

    def other_people(self, q: Quantity, s: int, end: int) -> bool:
        """"Five riders withdrew with colds and two others after falls": N "others" after "and"
        or a comma counts more of the people its sentence counted before it (a count of people
        or animals, no sentence or clause break between)."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or self.low[end + 7 : end + 8].isalpha() or not self.tail(s).endswith((" and", ",")):
            return False
        whole = self.last_count
        if whole is None or not (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")) \
                or not 0 < s - whole.end <= 160 or _CLAUSE_BREAK.search(self.text, whole.end, s) \
                or "\n" in self.text[whole.end : s]:
            return False
        q.unit, q.measure, q.species, q.end = whole.unit, "count", whole.species, end + 7
        return True

    def joined_part(self, q: Quantity, s: int, end: int) -> bool:
        """"Six riders had their sessions cut short; all were seen by a nurse and two of them went
        on": a number word and "of them" after "and" or a comma, as the subject of a verb in the
        past, is a part of the people counted earlier in the same sentence (the last count, of
        people, larger than the part; no sentence break between, line breaks aside)."""
        if not self.tail(s).endswith((" and", ",")):
            return False
        m = _OF_THEM_THOSE.match(self.low, end)
        whole = self.last_count
        if m is None or whole is None or whole.unit not in _PEOPLE_UNITS or whole.value is None \
                or q.value is None or not q.value < whole.value or not 0 < s - whole.end <= 240 \
                or (_FULL_STOP.search(self.text, whole.end, s) and not self.their_sentence(whole.end, s)) \
                or _SUBJECT_PAST.match(self.low, m.end()) is None:
            return False
        q.unit, q.species, q.end, q.measure = whole.unit, whole.species, m.end(), "count"
        return True

    def gapped_part(self, q: Quantity, s: int, end: int) -> bool:
        """"60 nurses also donated plasma twice that winter, and 25 of them a brief balance
        test": N "of them" after ", and" with its verb left out (an object with "a/an" follows)
        is a part of the people counted earlier in the same sentence, whose verb in the past
        (``_GAPPED_VERB``) it shares: the last count, of people (or doers: "50 porters"), larger than the part, no
        sentence or line break between."""
        if not self.tail(s).endswith(", and"):
            return False
        m = _OF_THEM_THOSE.match(self.low, end)
        whole = self.last_count
        if m is None or whole is None or whole.value is None \
                or not (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")) \
                or q.value is None or not q.value < whole.value or not 0 < s - whole.end <= 240 \
                or _CLAUSE_BREAK.search(self.text, whole.end, s) or "\n" in self.text[whole.end : s] \
                or _GAPPED_VERB.match(self.low, whole.end) is None \
                or _GAPPED_OBJECT.match(self.low, m.end()) is None:
            return False
        q.unit, q.species, q.end, q.measure = whole.unit, whole.species, m.end(), "count"
        return True

    def their_sentence(self, a: int, s: int) -> bool:
        """Whether ``s`` lies in the sentence right after the one that ends after ``a``, and
        that sentence opens on the people's pronoun ("... 36 men swam laps until June. Their
        times fell, and 30 of them quit"): "them" is still those people."""
        stops = list(_FULL_STOP.finditer(self.text, a, s))
        if len(stops) != 1 or "\n" in self.text[a:s]:
            return False
        return _THEIR_LEAD.match(self.low, stops[0].end()) is not None

    def definite_who_part(self, q: Quantity, s: int, end: int) -> bool:
        """"Over 3,000 islanders joined the register. A new study looks at the 1,020 of them who
        were over 70": "the" N "of them/those" and "who" is the part of the people counted last
        (by any plural: "who" says they are people) that the relative clause picks out, in the same
        sentence or the one before (one full stop, same paragraph, 320 characters at most);
        the whole is larger."""
        m = _OF_THEM_THOSE.match(self.low, end)
        whole = self.last_count
        if m is None or _WHO_NEXT.match(self.low, m.end()) is None or whole is None \
                or whole.value is None or q.value is None or not q.value < whole.value \
                or not (whole.unit in _PEOPLE_UNITS or _is_plural_noun(whole.unit or "")):
            return False
        gap = self.text[whole.end : s]
        if len(gap) > 320 or "\n\n" in gap or len(_FULL_STOP.findall(gap)) > 1:
            return False
        q.unit, q.species, q.end, q.measure = whole.unit, whole.species, m.end(), "count"
        return True

    def place_counted_part(self, q: Quantity, s: int, end: int) -> bool:
        """"We counted 70 lamps in 12 streets, and 19 of them lay dark": N "of them" opening a
        clause joined by ", and" is a part of the things counted before "in" (across, at) the
        places the last count names, in the same sentence: the places say where the things are."""
        if not self.tail(s).endswith(", and"):
            return False
        m = _OF_THEM_THOSE.match(self.low, end)
        places = self.last_count
        if m is None or places is None or q.value is None or not 0 < s - places.end <= 160 \
                or _FULL_STOP.search(self.text, places.end, s) or "\n" in self.text[places.end : s]:
            return False
        things = None
        for x in self.stated.values():
            if x.measure == "count" and x.end < places.start and x.value is not None and x.unit \
                    and _is_plural_noun(x.unit) and _PLACE_GAP.fullmatch(self.low, x.end, places.start):
                things = x
        if things is None or not q.value < things.value:
            return False
        q.unit, q.species, q.end, q.measure = things.unit, things.species, m.end(), "count"
        return True

    def coordinated_part(self, q: Quantity, s: int, end: int) -> bool:
        """"In the spring the rowers had fewer sprains, and 9 of them reported they felt stronger":
        N "of them" (those, these) opening a clause joined by ", and", as the subject of a verb
        only people do (``_PEOPLE_VERBS``: took part, judged, said), is a part of the people its sentence opens on (perhaps after a short
        fronted phrase and its comma): "the/our/their" and a plural noun of people, one
        modifier at most."""
        if not self.tail(s).endswith(", and"):
            return False
        m = _OF_THEM_THOSE.match(self.low, end)
        if m is None:
            return False
        low = self.low
        verb = _WORD.match(low, m.end() + 1)
        if verb is None or low[m.end() : m.end() + 1] != " " \
                or verb.group() not in _PEOPLE_VERBS:
            return False
        here, sentence = self.sentence_to(s)
        counted = self.last_count
        if counted is not None and counted.start >= here and counted.unit not in _PEOPLE_UNITS:
            return False  # "them" may be the things the sentence counted ("measured 40 proteins")
        noun = _opening_people(sentence)
        if noun is None:
            return False
        count_people(q, W.POPULATION_NOUNS.get(noun, "human"), m.end(), "sample_size")
        return True

    def colon_subject_part(self, q: Quantity, s: int, end: int) -> bool:
        """"Across three winters, the skaters also tripped less: 27 of them sprained an ankle ...": N "of them"
        right after a colon, as the subject of a verb in the past, is a part of the people the
        sentence opens on (perhaps after a short fronted phrase and its comma): "the/our/their"
        and a plural noun of people, one modifier at most; no number in digits before the part."""
        if not self.tail(s).endswith(":"):
            return False
        m = _OF_THEM_THOSE.match(self.low, end)
        if m is None or _SUBJECT_PAST.match(self.low, m.end()) is None:
            return False
        _, sentence = self.sentence_to(s)
        if any(c.isdigit() for c in sentence) or sentence.count(":") != 1:
            return False
        noun = _opening_people(sentence)
        if noun is None:
            return False
        count_people(q, W.POPULATION_NOUNS.get(noun, "human"), m.end(), "count")
        return True

    def bare_subject_part(self, q: Quantity, s: int, end: int) -> bool:
        """"Younger cyclists on beta blockers had the smallest drops, and five of them skipped a ride": N
        "of them" opening a clause joined by ", and", as the subject of a verb in the past, is a
        part of the people its sentence opens on with no article (a plural of people, one
        modifier at most, the sentence's subject: a verb in the past follows it in the clause);
        no number in digits before the part in the sentence."""
        if not self.tail(s).endswith(", and"):
            return False
        m = _OF_THEM_THOSE.match(self.low, end)
        if m is None or _SUBJECT_PAST.match(self.low, m.end()) is None:
            return False
        _, sentence = self.sentence_to(s)
        if any(c.isdigit() for c in sentence) or _CLAUSE_BREAK.search(sentence):
            return False
        subject = _SUBJECT_LEAD.match(sentence)
        if subject is None or subject.group("each") or sentence.startswith(("the ", "our ", "their ", "all ")):
            return False  # an article: ``coordinated_part``'s
        words = subject.group("words").split()
        if not _people_plural(words[-1]) or (len(words) > 1 and _people_plural(words[0])):
            return False
        if _SUBJECT_PAST.search(sentence, subject.end()) is None:
            return False
        species = W.POPULATION_NOUNS.get(words[-1], "human")
        count_people(q, species, m.end(), "count")
        return True

    def changed_between_places(self, q: Quantity, s: int, end: int) -> bool:
        """"Hospital admissions fell from 31 in the old wards to 12 in the new wards": after a
        verb of change and "from", a whole number "in the" places (a plural noun) with "to" a
        second such number after it counts what the sentence opens on (its first plural noun,
        within three words: "Admissions", "Hospital admissions for falls"); the second number
        is read by the same rule."""
        low = self.low
        place = _IN_PLACES.match(low, end)
        if place is None:
            return False
        if self.anchor_tail.endswith(" to"):
            last = self.last
            if last is None or last.end != self.places_end or s - last.end > 8:
                return False
            unit = last.unit
        else:
            if _CHANGED_FROM.search(self.tail(s)) is None or _TO_IN_PLACES.match(low, place.end()) is None:
                return False
            a = max(self.line_start(s), s - 200)
            a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ")])
            words = _WORD.findall(low, a, s)[:3]
            unit = next((w for w in words if _is_plural_noun(w) and w not in W.NOT_MODIFIERS
                         and w not in W.UNIT_SURFACES), None)
            if unit is None:
                return False
            if unit in W.POPULATION_NOUNS:
                unit = W.HUMAN_UNIT if W.POPULATION_NOUNS[unit] == "human" else W.ANIMAL_UNIT
        q.unit, q.measure, q.end = unit, "count", place.end()
        self.places_end = q.end
        return True

    def counted_among(self, q: Quantity, s: int, end: int) -> bool:
        """"The staff logged injuries over the season: there were five among the jugglers and 13
        among the other men": a number after "there were" (or after "and" behind such a
        count) and before "among the" people counts, among them, the plural noun its sentence
        says was counted ("counted/recorded/logged <things>")."""
        m = _AMONG_PEOPLE.match(self.low, end)
        if m is None:
            return False
        last = self.last
        if self.split_among(q, s, last, m):
            return True
        if not _people_plural(m.group("noun")):
            m = _AMONG_QUALIFIED_PEOPLE.match(self.low, end)  # "among the younger runners"
            if m is None or not _people_plural(m.group("noun")):
                return False
        if self.lookback(_THERE_WERE, s, 24, bounded=False) is None:
            if not (last is not None and last.end == self.among_end and s - last.end <= 40):
                return False
            q.unit = last.unit
        else:
            low = self.low
            a = max(self.line_start(s), s - 200)
            a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ")])
            counted = _COUNTED_THINGS.search(low, a, s)
            if counted is None or not _is_plural_noun(counted.group("noun")) \
                    or counted.group("noun") in W.POPULATION_NOUNS or counted.group("noun") in W.UNIT_SURFACES:
                return False
            q.unit = counted.group("noun")
        q.end = self.among_end = m.end()
        q.measure = "count"
        return True

    def split_among(self, q: Quantity, s: int, last: Quantity | None, m: re.Match[str]) -> bool:
        """"There were 9 sprains among the rowers and 23 among the others": a number after
        "and", right behind a count of things by a plural noun and "among the" people, before
        "among the" people (or "the others", "the rest"), counts the same things among them; the
        span stays the number, as the first count's does."""
        if last is None or last.measure != "count" or not (last.unit or "").isalpha() \
                or last.unit in _PEOPLE_UNITS or not 0 < s - last.end <= 80:
            return False
        noun = m.group("noun")
        if not (_people_plural(noun) or noun in ("others", "rest")):
            return False
        between = self.low[last.end : s]
        before = _AMONG_AND_END.search(between)
        if before is None or not _people_plural(before.group("noun")) or _CLAUSE_BREAK.search(between):
            return False
        q.unit, q.measure = last.unit, "count"
        return True

    def there_were_group(self, q: Quantity, s: int, end: int) -> bool:
        """"Fractures were few: there were five in the statin group and 8 in the sham group": a
        number after "there were" and before a study group counts, in that group, what its
        sentence opens on (a plural noun: "Falls", "Injuries"), or people when the sentence
        names them ("Of the patients, there were 12 in the yoga group")."""
        if _IN_GROUP.match(self.low, end) is None or self.lookback(_THERE_WERE, s, 24, bounded=False) is None:
            return False
        low = self.low
        a = max(self.line_start(s), s - 200)
        a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ")])
        words = _WORD.findall(low, a, s)
        first = words[0] if words else ""
        if _is_plural_noun(first) and first not in W.NOT_MODIFIERS and first not in W.UNIT_SURFACES \
                and first not in W.POPULATION_NOUNS and self.text[a:s].lstrip(_SPACES + "\"'“‘*_")[:1].isupper():
            q.unit, q.measure = first, "count"
            return True
        species = [W.POPULATION_NOUNS[w] for w in words if w in W.POPULATION_NOUNS]
        if not species:
            return False
        q.unit = W.HUMAN_UNIT if species[-1] in ("human", None) else W.ANIMAL_UNIT
        q.measure, q.species = "count", species[-1]
        return True

    def sole_count_before(self, whole: Quantity, s: int) -> bool:
        """Whether ``whole``, a count of things named by a plural noun ("900 metabolites"; not
        money, not an unnamed count), is what a sentence opening at ``s`` with N "of them" takes
        a part of: the last number read, in that sentence or the one just before, and the only
        number of its own sentence."""
        if whole is not self.last or whole.measure != "count" or whole.unit is None \
                or not whole.unit.islower() or not _is_plural_noun(whole.unit) \
                or not self.opens_sentence(s):
            return False
        if len(_FULL_STOP.findall(self.text, whole.end, s)) > 1:
            return False  # two sentences back
        ls = self.line_start(whole.start)
        head = self.text[ls : whole.start]
        cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
        return not any(c.isdigit() for c in head[cut + 1 :])

    def opens_clause(self, s: int) -> bool:
        """Whether ``s`` opens a sentence, or follows the comma of a short phrase that does
        ("For 12 weeks, ...", "In the end, ...": up to five words, no other comma)."""
        if self.opens_sentence(s):
            return True
        tail = self.tail(s)
        if not tail.endswith(","):
            return False
        lead = _SENTENCE_LEAD.search(tail[:-1])
        if lead is not None and self.opens_sentence(max(self.line_start(s), s - 48) + lead.start()):
            return True
        # a fronted span of time may be longer: "Across up to 9 years of monitoring, ..."
        lead = _DURATION_LEAD.search(self.low, max(self.line_start(s), s - 80), s)
        return lead is not None and self.opens_sentence(lead.start())

    def arm_count(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"It enrolled 40 adults; 22 did yoga, while the other 18 walked": a bare number opening
        a clause with a verb of what a group did (`ARM_VERBS`) is the people of one arm, when
        a larger group of people was counted before it in the same sentence."""
        verb = _ARM_VERB.match(self.low, end)
        if verb is None or q.value is None or q.comparator or not float(q.value).is_integer():
            return None
        if not self.tail(s).endswith((",", ";", ":", "—", "–", *W.ARM_OPENERS)):
            return None
        whole = self.last_count
        if whole is None or whole.unit not in (W.HUMAN_UNIT, "subjects") or whole.value is None \
                or q.value >= whole.value:
            whole = self.arm_whole
        if whole is None or whole.value is None or q.value >= whole.value or s - whole.end > 300 \
                or _FULL_STOP.search(self.text, whole.end, s):
            return None
        self.arm_whole = whole
        q.unit, q.measure, q.species = W.HUMAN_UNIT, "sample_size", whole.species
        return q

    def split_count(self, q: Quantity, s: int) -> Quantity | None:
        """"14 injuries (9 exercise, 5 control)": a count just before a bracket of counts, each
        with a group's name, that add up to it; every part counts the same thing per group."""
        whole = self.last_count
        if whole is None or whole.value is None or not _BRACKET_GAP.fullmatch(self.text, whole.end, s - 1):
            return None
        close = self.text.find(")", s, s + 80)
        if close < 0 or not _SPLIT.fullmatch(self.text, s, close):
            return None
        parts = list(_SPLIT_PART.finditer(self.text, s, close))
        if sum(int(p.group("n")) for p in parts) != whole.value:
            return None
        rows = [Quantity(p.start(), p.end("n") if p.group("in") else p.end(), float(p.group("n")), None,
                         None, whole.unit, None, whole.measure,
                         species=whole.species) for p in parts]
        self.pending.extend(rows[1:])
        return rows[0]

    def sample_split(self, q: Quantity, s: int) -> Quantity | None:
        """"a small sample (18 older, 14 younger)": a bracket of counts, each with a group's
        name, right after a word for a sample of people: the size of each group (no whole to
        add up to). A name that is a unit ("(3 sets, 2 weeks)") is no group."""
        before = _SAMPLE_BEFORE.search(self.low, max(0, s - 24), s)
        close = self.text.find(")", s, s + 80)
        if before is None or close < 0 or not _SPLIT.fullmatch(self.text, s, close):
            return None
        parts = list(_SPLIT_PART.finditer(self.text, s, close))
        if any(self.low[p.end("n") : p.end()].split()[-1] in W.UNIT_SURFACES for p in parts):
            return None
        rows = [Quantity(p.start(), p.end("n"), float(p.group("n")), None, None, W.HUMAN_UNIT, None,
                         "sample_size") for p in parts]
        self.pending.extend(rows[1:])
        return rows[0]

    def compared_count(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"4 walkers in the morning group ..., compared with 11 in the evening group", "nine in
        the drug group and two in the control group", "6 in the drug group, 9 in the placebo
        group": a bare count set against a count earlier in the sentence (people, animals,
        "walkers") counts the same."""
        last, share = self.last, None
        if self.share_aside(last):
            last, share = self.last_count, last  # "4 of the dancers (5%) ..., against 11 in the ...":
            # the count's share in brackets is an aside, the count is what is set against
        elif self.age_group_between(last):
            last = self.last_count  # "12 falls among the over-60s, against five in ...": the age
            # names the group the count was among, the count is what is set against
        if q.comparator is not None or last is None or not (last.unit or "").isalpha() \
                or last.measure not in ("sample_size", "count") or q.value is None:
            return None
        tail = self.tail(s) or self.wrapped_and(s)
        if self.sentence_echo(last, tail, s, end):
            q.unit, q.measure = last.unit, "count"
            return q
        if not float(q.value).is_integer():  # "1.7 trips per year while the comparison arm had 2.9":
            # a rate echoes a rate, only after a named group (the verb said again or left out)
            if last.value is None or float(last.value).is_integer() \
                    or not (self.group_echo(last, tail, end) or self.verb_echo(last, tail, end)) \
                    or s - last.end > 160 or _CLAUSE_BREAK.search(self.text, last.end, s):
                return None
            q.unit, q.measure = last.unit, "count"
            return q
        if tail.endswith(("), and", ") and")) and (aside := self.aside_subject(q, s, end)) is not None:
            return aside
        allocated = tail.endswith((",", "and")) and _TO_ARM.match(self.low, end) is not None
        # "6 people in the yoga group, 9 in the walking group and ...": a list of each group's
        # count after a comma, the count before it given with its own group
        listed = tail.endswith(",") and _IN_GROUP.match(self.low, end) is not None \
            and _IN_GROUP.match(self.low, last.end) is not None
        if not (allocated or listed or _COMPARED.search(tail)
                or (tail.endswith("and") and (_IN_GROUP.match(self.low, end)
                                              or _AMONG_ARM.match(self.low, end)
                                              or self.parallel_arm(last, s, end)
                                              or self.short_arm(last, s, end)
                                              or self.elided_subject(last, s, end)
                                              or self.among_group(last, end)))
                or self.the_other_group(last, tail, end) or self.group_echo(last, tail, end)
                or self.verb_echo(last, tail, end)):
            return None
        gap = self.text[last.end : s]
        if share is not None:
            gap = self.text[last.end : share.start - 1] + self.text[share.end + 1 : s]
        if allocated:  # "40 were assigned to yoga, 38 to control": each arm's size; also
            # "we randomised 40 people to yoga and 40 to walking", "25 were allocated at random
            # (by drawing lots) to yoga and 27 to walking", wrapped over lines
            verbs = list(_ALLOCATED.finditer(self.low, max(0, s - 160), s))
            clause = self.text[min(verbs[-1].end(), last.end) : s] if verbs else "\n\n"
            if len(gap) > 160 or "\n\n" in clause or _CLAUSE_BREAK.search(_ASIDE.sub("", clause)):
                return None
            q.unit, q.measure, q.species = last.unit, last.measure, last.species
            return q
        if len(gap) > 160 or _CLAUSE_BREAK.search(gap):
            return None
        q.unit, q.measure = last.unit, "count"
        if _COMPARED.search(tail):
            self.compared_to[q.start] = last  # the count it is set against (``elided_subject``)
        return q

    def age_group_between(self, last: Quantity | None) -> bool:
        """Whether ``last`` is an age band named as a group in the plural ("the over-60s",
        "under-40s") after the last count, in the same clause (no clause break, 120 characters):
        the group the count was among."""
        count = self.last_count
        if last is None or last.measure != "age" or count is None or count.end > last.start \
                or last.start - count.end > 120:
            return False
        t = self.text[last.start : last.end]
        return len(t) > 2 and t[-1] == "s" and t[-2].isdigit() \
            and _CLAUSE_BREAK.search(self.text, count.end, last.start) is None

    def share_aside(self, last: Quantity | None) -> bool:
        """Whether ``last`` is a percentage in brackets right after the last count ("4 of the
        dancers (5%)"): the count's share, an aside to it."""
        return last is not None and last.unit == "percent" and self.last_count is not None \
            and self.text[last.end : last.end + 1] == ")" \
            and _SHARE_ASIDE_GAP.fullmatch(self.low, self.last_count.end, last.start) is not None

    def wrapped_and(self, s: int) -> str:
        """The end of the line before when the number at ``s`` opens a hard-wrapped line after
        "and" or "compared with" ("Two walkers fell and\none broke a wrist", "..., compared
        with\n9 in the other group"): read as the text before the number, so a count wrapped to
        the next line is read as on one line. A blank line is no wrap."""
        ls = self.line_start(s)
        if ls < 5 or self.low[ls:s].strip(_SPACES) or self.low[ls - 2] == "\n" \
                or not self.low.endswith(_WRAPPED_BEFORE, 0, ls - 1):
            return ""
        return self.low[max(self.nl.rfind("\n", 0, ls - 1) + 1, ls - 49) : ls - 1].rstrip(_SPACES)

    def possessed_count(self, q: Quantity, end: int) -> Quantity | None:
        """"opened in all 20 of its branches", "8 of their sons", "on 14 of our cargo ships": a
        whole number before "of" "its"/"their"/"our" and a plural noun (perhaps after one
        modifier) counts that noun (what the owner has)."""
        m = _OF_POSSESSED.match(self.low, end) or self.named_possessed(end)
        if m is None or q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or q.value < 2 or not _is_plural_noun(m.group("noun")):  # "one of our regulars": someone
            return None
        mod = m.groupdict().get("mod")
        if mod is not None and (_is_plural_noun(mod) or mod in _NOT_MODIFIER_WORDS):
            return None  # "20 of its members voted": a plural, then a verb
        noun = m.group("noun")
        q.unit, q.measure = (W.HUMAN_UNIT if noun in W.POPULATION_NOUNS else noun), "count"
        return q

    def named_possessed(self, end: int) -> re.Match[str] | None:
        """``_OF_NAMED_POSSESSED`` after ``end`` when the owner's name is capitalised and no
        plural stands among the words before the noun ("nine of Riverland's Hospital and Health
        Services"; "two of Smith's dogs' owners" is not read)."""
        m = _OF_NAMED_POSSESSED.match(self.low, end)
        if m is None or not self.text[m.start("name")].isupper():
            return None
        mods = m.group("mods").split()
        if any(_is_plural_noun(w) or w in _NOT_MODIFIER_WORDS for w in mods if w not in ("and", "&")):
            return None
        return m

    def elided_subject(self, last: Quantity, s: int, end: int) -> bool:
        """"23 people dropped out and two had a fall", "19 women left, ..., and seven reported
        pain": a bare count after "and" that is the subject of a verb in the past, as the count
        of people before it in the sentence was of its own verb, counts the same people (the
        noun is left out because it was just named)."""
        if not (last.unit in _PEOPLE_UNITS or _doers(last.unit or "")) \
                or _SUBJECT_PAST.match(self.low, end) is None:
            return False  # people, or people named by what they do ("Five walkers ..., and one ...")
        if _SUBJECT_PAST.match(self.low, last.end) is not None:
            return True
        # "Two patients in the drug arm withdrew ..., and one fell": the first count's group
        # between it and its verb (or a group by its label: "in group B", "in arm 2")
        group = _IN_GROUP.match(self.low, last.end) or _IN_LABELLED_GROUP.match(self.low, last.end)
        if group is not None and _SUBJECT_PAST.match(self.low, group.end()) is not None:
            return True
        # "Eight hikers had blisters, against three in the second arm, and one was bandaged":
        # the count set against the first is no subject; the first count's verb is the one echoed
        first = self.compared_to.get(last.start)
        return first is not None and first.end <= last.start and self.elided_subject(first, s, end)

    def contrast_subject(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Of these, 40 had rowed for years, while 25 rowed rarely": a bare whole count right
        after "while"/"whereas", the subject of a verb in the past, counts the same people as
        the count before it in the sentence when that count was the subject of its own verb
        (``elided_subject``), though a value of another kind was read between ("for years")."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or not self.tail(s).endswith((" while", " whereas")):
            return None
        whole = self.last_count
        if whole is None or whole.start >= s or s - whole.end > 160 \
                or _CLAUSE_BREAK.search(self.text, whole.end, s) or "\n" in self.text[whole.end : s] \
                or not self.elided_subject(whole, s, end):
            return None
        q.unit, q.measure, q.species = whole.unit, "count", whole.species
        return q

    def with_item(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Five walkers (2 per cent) had a problem: three with a torn muscle and two with a
        sprain": after a colon that follows a count of people in the same sentence, bare whole
        counts each followed by "with" itemise those people (each smaller than their count;
        the items joined by commas or "and", a hard-wrapped line allowed, no full stop)."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or _WITH_NEXT.match(self.low, end) is None:
            return None
        whole = self.last_count
        item = self.item_of.get(whole.start) if whole is not None else None
        if item is not None:  # the item before this one: its gap holds no colon
            gap = self.low[whole.start : s]
            whole, at = item, 0
        else:
            gap = self.low[whole.end : s] if whole is not None else ""
            at = gap.find(":") + 1
        if whole is None or whole.value is None or not q.value < whole.value \
                or not (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")):
            return None
        if len(gap) > 240 or gap.count(":") != (0 if item else 1) or "\n\n" in gap or _FULL_STOP.search(gap) \
                or ";" in gap or _WITH_ITEMS.fullmatch(gap, at) is None:
            return None
        q.unit, q.measure, q.species = whole.unit, "count", whole.species
        self.item_of[q.start] = whole
        return q

    def each_subject_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Each walker completed a diary, and 18 also completed a step test": a bare whole
        count after ", and", the subject of a verb in the past (perhaps after "also"), in a
        sentence that opens on "Each"/"Every" and a person noun, counts some of those people."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 2 \
                or not self.tail(s).endswith(", and") or _EACH_PART_VERB.match(self.low, end) is None:
            return None
        a = max(self.line_start(s), s - 200)
        stops = list(_FULL_STOP.finditer(self.text, a, s))
        head = stops[-1].end() if stops else a
        if head == a and a != self.line_start(s):
            return None
        m = _EACH_PERSON.match(self.low, head)
        if m is None or _CLAUSE_BREAK.search(self.text, head, s):
            return None
        noun = m.group("n") + "s"
        if not (noun in W.POPULATION_NOUNS or _doers(noun)):
            return None
        q.unit, q.measure = (W.HUMAN_UNIT if noun in W.POPULATION_NOUNS else noun), "count"
        return q

    def aside_subject(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Three cyclists had small mishaps (a grazed elbow, a bent wrist and a stiff neck), and one
        caught flu": a bare count after "and" behind a bracketed aside (which may itemise
        other things) is ``elided_subject``'s count of the people counted before the bracket,
        in the same clause (the aside does not break it)."""
        low = self.low
        j = s
        while j > 0 and low[j - 1] in _SPACES:
            j -= 1
        if not low.endswith("and", 0, j) or (j > 3 and low[j - 4].isalpha()):
            return None
        j -= 3
        while j > 0 and low[j - 1] in " \u00a0,":
            j -= 1
        if j < 1 or low[j - 1] != ")":
            return None
        close = j - 1
        opening = low.rfind("(", max(0, close - 160), close)
        whole = self.last_people
        if opening < 0 or "\n" in low[opening:close] or ")" in low[opening:close] \
                or whole is None or whole.end > opening or opening - whole.end > 120 \
                or _CLAUSE_BREAK.search(self.text, whole.end, opening) \
                or not self.elided_subject(whole, s, end):
            return None
        q.unit, q.measure, q.species = whole.unit, "count", whole.species
        return q

    def among_group(self, last: Quantity, end: int) -> bool:
        """"22 injuries in the tai chi group and 9 among the swimmers": a bare count after "and"
        with "among" a plural, after a count given with its own group (or its own "among" a
        plural: "8 falls among the rowers and 15 among the cyclists"), counts the same."""
        return "among" in self.low[end : end + 8] and _AMONG_PLURAL.match(self.low, end) is not None \
            and (_IN_GROUP.match(self.low, last.end) is not None or _AMONG_PLURAL.match(self.low, last.end) is not None)

    def the_other_group(self, last: Quantity, tail: str, end: int) -> bool:
        """"The 52 people in the pilates group and the 47 in the rowing group": "and the" before a
        bare count with its group, after a count of people given with its own group."""
        return tail.endswith("and the") and last.unit in _PEOPLE_UNITS \
            and _IN_GROUP.match(self.low, end) is not None and _IN_GROUP.match(self.low, last.end) is not None

    def group_echo(self, last: Quantity, tail: str, end: int) -> bool:
        """"the walkers had 6 falls and the control group 14", "logged 5 falls, the usual-care
        group 20.": a bare count right after a named group (after "and" or a comma), ending
        its clause, echoes the count of things set against it just before (the verb and noun
        left out)."""
        return tail.endswith(("group", "arm")) and last.measure == "count" and last.unit not in _PEOPLE_UNITS \
            and _GROUP_ECHO.search(tail) is not None and _ECHO_END.match(self.low, end) is not None

    def unit_echo(self, last: Quantity, tail: str, s: int) -> bool:
        """"the villagers managed 14 lifts, and the town group 9 lifts": a number right after a
        named group (after "and" or a comma) and the unit the value before it in the same sentence
        carried (120 characters at most) is that group's value, its verb left out; no group's
        number ("group 9")."""
        if last.unit is None or last.value is None or s - last.end > 120 or _GROUP_ECHO.search(tail) is None \
                or _FULL_STOP.search(self.text, last.end, s):
            return False
        d = _BARE_NUMBER.match(self.low, s)
        unit = self.unit_at(d.end()) if d else None
        return unit is not None and unit[0] == last.unit

    def verb_echo(self, last: Quantity, tail: str, end: int) -> bool:
        """"the swimmers logged 6 slips while the control group logged 14,": a bare count right
        after a named group and the same verb the count of things before it followed, ending
        its clause, echoes that count (the noun left out)."""
        if not tail.endswith(_ECHO_VERBS) or last.measure != "count" or last.unit in _PEOPLE_UNITS:
            return False
        group, _, verb = tail.rpartition(" ")
        return group.endswith((" group", " arm", " groups", " arms")) \
            and self.tail(last.start).endswith(" " + verb) and _ECHO_END.match(self.low, end) is not None

    def value_echo(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"The porters climbed a mean of 310 stairs a day; the clerks climbed 90.": a
        bare number after a named group and a verb, ending its clause, echoes the value with a
        unit the same verb was said with just before (perhaps "an average of" between), in the
        same sentence (a semicolon or comma between, 160 characters at most): it takes that unit."""
        last = self.last
        if last is None or last.unit is None or last.value is None or last.unit in _PEOPLE_UNITS \
                or q.value is None or q.comparator is not None or s - last.end > 160 \
                or _ECHO_END.match(self.low, end) is None:
            return None
        tail = self.tail(s) or ""
        group, _, verb = tail.rpartition(" ")
        if len(verb) < 3 or not verb.isalpha() or not group.endswith((" group", " arm", " groups", " arms")):
            return None
        said = _ECHOED_VALUE_VERB.search(self.tail(last.start))
        if said is None or said.group("v") != verb or _FULL_STOP.search(self.text, last.end, s) \
                or "\n\n" in self.text[last.end : s]:
            return None
        q.unit, q.measure = last.unit, last.measure
        return q

    def sentence_echo(self, last: Quantity, tail: str, s: int, end: int) -> bool:
        """"The comparison arm logged 1.23 trips per year. The tai chi arm logged 0.58": a bare number
        after a named group and the verb opening the next sentence, ending its clause, echoes the
        count of things the sentence before gave after another group and the same verb."""
        if not tail.endswith(_ECHO_VERBS) or last.measure != "count" or last.unit in _PEOPLE_UNITS \
                or s - last.end > 120 \
                or not (_ECHO_END.match(self.low, end) or self.low.startswith((" and the ", ", and the "), end)):
            return False  # its clause ends, or the next group's echo follows ("0.61 and the X group 0.72")
        group, _, verb = tail.rpartition(" ")
        if not group.endswith((" group", " arm", " groups", " arms")) \
                or not self.tail(last.start).endswith(("group " + verb, "arm " + verb, "groups " + verb)):
            return False
        stops = list(_FULL_STOP.finditer(self.text, last.end, s))
        if len(stops) != 1 or "\n" in self.text[last.end : s]:
            return False
        opening = self.low[stops[0].end() : s].lstrip(_SPACES)
        return opening.startswith("the ") and _CLAUSE_BREAK.search(opening) is None

    def short_arm(self, last: Quantity, s: int, end: int) -> bool:
        """"5 trips in the dusk arm and 2 at noon", "8 blisters in the hill arm and 3 in
        the valley": the count after "and" ends its clause with a short phrase naming the other
        group (a preposition and one or two words) where the count before it was said "in the
        <...> group"."""
        if self.low[end : end + 1] != " ":
            return False
        return _SHORT_ARM.match(self.low, end) is not None \
            and _ARM_BEFORE_AND.fullmatch(self.low, last.end, s) is not None

    def parallel_arm(self, last: Quantity, s: int, end: int) -> bool:
        """"14 women receiving the tablet and eight receiving a dummy": the count after "and"
        is followed by what its arm was given, as the count before it was."""
        return last.unit in _PEOPLE_UNITS and _ARM_PARTICIPLE.match(self.low, end) is not None \
            and _ARM_PARTICIPLE.match(self.low, last.end) is not None

    def ratio_clause_arm(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"They were randomised in a 3:1 ratio: 45 started the classes and 15 kept to their
        routine": a bare whole number opening a clause right after an allocation ratio (its colon,
        comma or dash, "ratio" between), before a word, and the bare whole number opening a later
        clause of the same sentence (after "and" or a comma, before a word) that it divides in
        that ratio are the sizes of the arms; people when the sample counted before is their sum
        or people were counted before."""
        if s == self.ratio_next:
            self.ratio_next = -1
            q.unit, q.measure = self.ratio_unit, "sample_size"
            return q
        last = self.last
        if last is None or last.unit != "allocation_ratio" or not last.value or q.value is None or q.comparator is not None \
                or not float(q.value).is_integer() or not _RATIO_ARM_GAP.fullmatch(self.low, last.end, s) \
                or not _WORD_AFTER.match(self.low, end):
            return None
        stop = _FULL_STOP.search(self.text, end)
        limit = min(stop.start() if stop else len(self.text), end + 240)
        for m in _NEXT_ARM.finditer(self.low, end, limit):
            other = float(m.group("b"))
            if other and q.value == last.value * other:
                break
        else:
            return None
        whole = self.last_count
        if whole is not None and whole.value == q.value + other and whole.unit:
            unit = whole.unit
        else:
            unit = W.HUMAN_UNIT if self.last_people is not None else None
        self.ratio_next, self.ratio_unit = m.start("b"), unit
        q.unit, q.measure = unit, "sample_size"
        return q

    def ratio_arms(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"randomised 2:1, i.e. 40 vs 20": two bare whole numbers set against each other just
        after an allocation ratio that they divide in (40/20 = 2:1) are the sizes of its arms,
        counted like the sample counted before the ratio (when the two add up to it)."""
        last = self.last
        if last is None or last.unit != "allocation_ratio" or not last.value or q.value is None \
                or q.comparator is not None or not float(q.value).is_integer():
            return None
        pair = _VS_ARM.match(self.low, end)
        gap = _ABBREVIATION_DOTS.sub("", self.text[last.end : s])
        if pair is None or len(gap) > 40 or _GAP_BREAK.search(gap) \
                or q.value != last.value * float(pair.group("b")):
            return None
        whole = self.last_count
        unit, species = None, None
        if whole is not None and whole.value == q.value + float(pair.group("b")):
            unit, species = whole.unit, whole.species
        q.unit, q.measure, q.species = unit, "sample_size", species
        self.pending.append(Quantity(pair.start("b"), pair.end(), float(pair.group("b")), None, None,
                                     unit, None, "sample_size", species=species))
        return q

    def paired_counts(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"(14 vs 9)", "(14 versus 9 events)": two bare whole numbers set against each other
        in brackets are counts of the same thing (of the noun after the second, if any). The
        second, when no noun follows it, is read here too (it has nothing of its own to go by).
        So are two such numbers right after a plural and its colon ("fewer slips: 4 against 11
        over a year"), counts of that plural."""
        if q.comparator is not None or q.value is None or not float(q.value).is_integer() \
                or self.year_like(q.value, str(int(q.value))):
            return None
        tail = self.tail(s)
        if tail.endswith(":"):
            return self.labelled_pair(q, tail, end)
        if not tail.endswith(("(", "[")):
            return None
        pair = _VS_PAIR.match(self.low, end)
        if pair is None:
            return None
        e2 = pair.end()
        noun = self.noun_after(e2)
        if noun is not None and noun[0] in ("count", "pop"):
            unit = noun[1] if noun[0] == "count" else (
                W.HUMAN_UNIT if W.POPULATION_NOUNS[noun[1]] in ("human", None) else W.ANIMAL_UNIT)
            q.unit, q.measure = unit, "count"
            return q
        if noun is not None or self.unit_at(e2) is not None or self.low[e2 : e2 + 1] not in (")", "]"):
            return None
        q.unit, q.measure = None, "count"
        self.pending.append(Quantity(pair.start("b"), e2, float(pair.group("b")), None, None, None,
                                     None, "count"))
        return q

    def labelled_pair(self, q: Quantity, tail: str, end: int) -> Quantity | None:
        """``paired_counts`` after a colon: "reported fewer slips: 4 against 11 over a year". The
        word before the colon is a plural noun (no people, no time unit): what both count; no
        noun or unit follows the second number, and the clause goes on or ends."""
        words = _WORD.findall(tail[-40:-1])
        noun = words[-1] if words and tail[-2:-1].isalpha() else ""
        if not _is_plural_noun(noun) or noun in W.POPULATION_NOUNS or noun in W.PERIODS \
                or noun in W.KIND_TIME_UNITS or noun in ("hours", "minutes", "seconds", "days", "weeks", "months", "years"):
            return None
        pair = _AGAINST_PAIR.match(self.low, end)
        if pair is None or not _PAIR_END.match(self.low, pair.end()):
            return None
        second = float(pair.group("b"))
        if self.year_like(second, pair.group("b")):
            return None
        q.unit, q.measure = noun, "count"
        self.pending.append(Quantity(pair.start("b"), pair.end(), second, None, None, noun, None, "count"))
        return q

    def small_ratio(self, s: int, e: int, value: float) -> Quantity | None:
        """"~ 1/5" (about a fifth) and "randomised 1:1" (an allocation ratio); other digits
        joined by a slash or colon are dates, times, scores or identifiers and give nothing.
        A slash needs a comparator before it or "of" after it; a colon a word of randomisation
        in the sentence. Both numbers are single digits."""
        m = _SMALL_RATIO.match(self.low, s)
        if self.text[e] == ":" and m is None:
            m = _ARM_RATIO.match(self.low, s)  # "1:1:1" over three arms
        if m is None or m.end() < e + 2 or value == 0:
            return None
        den = float(self.low[e + 1])
        if self.text[e] == ":":
            if not self.sentence_words(s, m.end()) & W.ALLOCATION_WORDS:
                return None
            return Quantity(s, m.end(), value / den, None, None, "allocation_ratio", None, "proportion")
        cmp_, start = self.prefix_comparator(s)
        if value >= den or (cmp_ is None and not _OF_AFTER.match(self.low, m.end())):
            return None
        return Quantity(start, m.end(), value / den, None, None, "fraction", cmp_, "proportion")

    def slash_share(self, s: int, e: int, value: float) -> Quantity | None:
        """"36/56 women", "12/40 patients": a part of a group over its size, followed by the
        people (or animals) counted; a proportion (other slashed numbers are dates or scores).
        A whole written with a thousands comma ("310/1,052 were") is a share on its own: no
        date, score or identifier groups its digits."""
        m = _SLASH_COUNT.match(self.low, s)
        if m is None or m.end() - 1 < e:
            return None
        den = float(m.group("d").replace(",", ""))
        if not den or value > den:
            return None
        noun = self.noun_after(m.end())
        last = self.last
        if m.group("grouped") is None and (noun is None or noun[0] != "pop") and not (
                last is not None and last.unit == "fraction" and 0 < s - last.end < 80
                and self.lookback(_VS_BEFORE, s, 16)) and not (  # "vs 19/44 in the control arm"
                value < den and self.bracketed_share(s, m.end())):
            return None
        return Quantity(s, m.end(), value / den, None, None, "fraction", None, "proportion")

    def bracketed_share(self, s: int, e: int) -> bool:
        """"mostly women (31/45)", "about a third (15/45)": a part over its whole alone in
        brackets restates the group or share just before it as counts. A bracketed slash after
        anything else ("(3/11)") may be a date or a score."""
        text = self.text
        if text[s - 1 : s] != "(" or text[e : e + 1] != ")":
            return False
        before = text[max(0, s - 40) : s - 1].rstrip(" \u00a0")
        last = self.last
        if last is not None and last.measure == "proportion" and last.end == len(before) + max(0, s - 40):
            return True  # "one in five (4/20)"
        word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        return word in W.POPULATION_NOUNS

    def opening_part(self, s: int, e: int, value: float, raw: str) -> Quantity | None:
        """"Thirty of the riders added intervals", "12 of the older women stopped": a whole
        number opening a sentence before "of the" and a plural noun counts the members of that
        group the sentence is about (in words too: at a sentence's start nothing else is meant)."""
        if not float(value).is_integer() or value < 2 or self.year_like(value, raw):
            return None
        only = not self.opens_sentence(s)
        fronted = only and not self.opens_after_only(s) and self.tail(s).endswith(",") and self.opens_clause(s)
        if only and not fronted and not self.opens_after_only(s):
            return self.known_group_part(s, e, value)
        group = _OF_THE_GROUP.match(self.low, e)
        members = self.noun_after(group.end()) if group else None
        if fronted and (members is None or not (members[0] == "pop" or _doers(members[1]))):
            return self.known_group_part(s, e, value)  # after a short fronted phrase: people only
            # ("In the end, 14 of the walkers ...")
        if members is None or members[0] not in ("pop", "count"):
            return None
        if only and not fronted and members[0] == "count" and (self.last_count is None or self.last_count.unit != members[1]):
            return None  # "Only 2 of the best ideas": things, unless just counted ("21 falls")
        if members[0] == "pop":
            species = W.POPULATION_NOUNS[members[1]]
            unit = W.ANIMAL_UNIT if species not in ("human", None) else W.HUMAN_UNIT
        else:  # "of the veteran swimmers": the last plural of the run names them
            unit = members[1]
            if unit in W.AUTHOR_NOUNS:
                return None  # "Four of the authors declared grants": a disclosure, no study fact
            nxt = _NEXT_WORD.match(self.low, members[2])
            w = nxt.group("w") if nxt else None
            if w and _is_plural_noun(w) and w not in W.NOT_MODIFIERS and w not in W.UNIT_SURFACES:
                unit = w
        cmp_, start = self.prefix_comparator(s)
        return Quantity(start, e, value, None, None, unit, cmp_, "count")

    def opens_after_only(self, s: int) -> bool:
        """Whether ``s`` follows "Only" or "Just" opening a sentence ("Only two of the falls
        ..."): the adverb limits the number, the sentence is still about that group (of
        people, or of things the last count counted)."""
        tail = self.tail(s)
        if not tail.endswith(("only", "just")) or tail[-5:-4].isalpha():
            return False
        at = max(self.line_start(s), s - 48) + len(tail) - 4
        return self.text[at : at + 1].isupper() and self.opens_sentence(at)

    def known_group_part(self, s: int, e: int, value: float) -> Quantity | None:
        """"We then trained 12 of the non-runners": N "of the" (these, those) and a plural noun
        the document named a counted group by earlier (``described_part``) counts members of
        that group, in its unit; the noun may wrap to the next line."""
        m = _OF_THE_KNOWN.match(self.low, e) if self.group_nouns or self.last_count is not None else None
        unit = self.group_nouns.get(m.group("w")) if m else None
        if unit is None:
            return self.parallel_group_part(s, e, value, m) or self.preposition_part(s, e, value, m)
        cmp_, start = self.prefix_comparator(s)
        return Quantity(start, e, value, None, None, unit, cmp_, "count")

    def preposition_part(self, s: int, e: int, value: float, m: re.Match[str] | None) -> Quantity | None:
        """"rose above the limit in 7 of the novice riders and in 3 of the seasoned ones": after a
        preposition of a part (``_PART_PREPOSITIONS``), a whole number before "of the", up to two
        modifier words and a plural of people by what they do (-ers, -ists) counts members of a
        group the text counted by that plural before ("120 riders"), in its unit; "ones" right
        after such a part in the same sentence ("and in N of the <modifier> ones") counts the same
        people. Things ("in 3 of the trials") and people never counted stay out."""
        if m is None or not float(value).is_integer() or value < 1 \
                or not (" " + self.tail(s)).endswith(_PART_PREPOSITIONS):
            return None
        part = _OF_THE_PLURAL.match(self.low, e)
        if part is None:
            return None
        noun = part.group("w")
        if noun == "ones":
            last = self.last_count
            if last is None or not last.unit or last.unit not in self.counted_plurals or s - last.end > 160 \
                    or _FULL_STOP.search(self.text, last.end, s) or not _OF_THE_PLURAL.match(self.low, last.end):
                return None
            unit = last.unit
        elif _doers(noun) and noun not in W.AUTHOR_NOUNS and noun in self.counted_plurals:
            unit = noun
        else:
            return None
        cmp_, start = self.prefix_comparator(s)
        return Quantity(start, e, value, None, None, unit, cmp_, "count", species="human")

    def parallel_group_part(self, s: int, e: int, value: float, m: re.Match[str] | None) -> Quantity | None:
        """"9 women dropped out, and three of the swimmers sprained an ankle": after "and" or a
        comma, N "of the" and a plural noun of people (a population noun, or one in -er/-ist the
        text named before) as the subject of a verb in the past counts people, when a count of
        people came before it in the same sentence (the event said of the group before)."""
        if m is None or not self.tail(s).endswith((" and", ",")):
            return None
        noun, after = m.group("w"), m.end()
        if _SUBJECT_PAST.match(self.low, after) is None and (nxt := _NEXT_WORD.match(self.low, after)) is not None:
            noun, after = nxt.group("w"), nxt.end()  # "7 of the bus drivers had": one modifier word
        whole = self.last_count
        if whole is None or not (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")) or s - whole.end > 240 \
                or _FULL_STOP.search(self.text, whole.end, s) or _SUBJECT_PAST.match(self.low, after) is None:
            return None
        if noun in W.POPULATION_NOUNS:
            species = W.POPULATION_NOUNS[noun]
        elif _doers(noun) and noun not in W.AUTHOR_NOUNS and self.low.rfind(noun, 0, s) >= 0:
            species = "human"
        else:
            return None
        unit = W.ANIMAL_UNIT if species not in ("human", None) else W.HUMAN_UNIT
        cmp_, start = self.prefix_comparator(s)
        return Quantity(start, e, value, None, None, unit, cmp_, "count", species=species)

    def rest_of_group(self, q: Quantity, s: int) -> Quantity | None:
        """"Forty of the walkers joined a class. The other 35 kept walking": "the other" (or
        "the remaining") N with no noun of its own is the rest of the group last counted in
        the paragraph, in its unit."""
        last = self.last_count
        if last is None or q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or not (last.unit or "").isalpha() or self.lookback(_OTHER_BEFORE, s, 20) is None:
            return None
        arm = self.last_people
        if arm is not None and arm is not last and arm.value == q.value and arm.end < last.end \
                and self.other_arm(arm, q, self.text[arm.end : s]):
            # "Half (n = 40) were assigned to X: hour-long swims, four mornings a fortnight. The other
            # 40 ...": the other half named back past counts of other things
            q.unit, q.measure, q.species = arm.unit, "count", arm.species
            return q
        gap = self.text[last.end : s]
        if not self.other_arm(last, q, gap) and (
                ("\n\n" in gap and not self.other_half(last, q, gap))
                or (len(gap) > 240 and not self.rest_of_people(last, q, gap))):
            whole = self.half_whole_back(last, q, s)
            if whole is None:
                return None
            last = whole
        q.unit, q.measure, q.species = last.unit, "count", last.species
        return q

    def half_whole_back(self, last: Quantity, q: Quantity, s: int) -> Quantity | None:
        """"We enrolled 96 adults. ... and 50 were men.\n\nHalf were assigned to X. The other 48
        kept ...": the people counted in the paragraph before, twice N, when a part of them was
        counted since (the last count is not the whole the half was split from); the paragraph of
        "the other N" opens on "Half", as ``other_half`` asks."""
        whole = self.stated.get(2 * q.value) if q.value is not None else None
        if whole is None or whole is last or whole.end >= last.end \
                or not (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")):  # or "72 rowers"
            return None
        return whole if self.other_half(whole, q, self.text[whole.end : s]) else None

    def subject_past(self, end: int) -> re.Match[str] | None:
        """A verb in the past right after a number at ``end`` (``_SUBJECT_PAST``), past the close
        of a Markdown emphasis around it ("- **The other 40** did ...")."""
        low = self.low
        if low.startswith(("*", "_"), end):
            close = end
            while close < end + 3 and low[close : close + 1] in ("*", "_"):
                close += 1
            end = close
        return _SUBJECT_PAST.match(low, end)

    def rest_of_people(self, whole: Quantity, q: Quantity, gap: str) -> bool:
        """"We enrolled 180 adults. [a few sentences on the programme] The other 90 got a
        leaflet": further back in the same paragraph, "the other N" is still the rest of the
        people counted when it is fewer than them and the subject of a verb in the past."""
        return whole.unit in _PEOPLE_UNITS and whole.value is not None and q.value is not None \
            and q.value < whole.value and len(gap) <= 800 \
            and self.subject_past(q.end) is not None

    def other_arm(self, arm: Quantity, q: Quantity, gap: str) -> bool:
        """"Forty were allocated to X. [...]\n\nThe other 40 received Y", "Half (n=40)
        were assigned to X ... The other 40 got Y": "the other N", as the subject of a verb in
        the past, is the second arm when the count last read was one arm's size and N makes up
        the rest of the group it was split from (the arm's whole, or twice the arm after
        "Half"), in the same paragraph or the next one."""
        people = (arm.measure == "sample_size" and arm.unit in _PEOPLE_UNITS) \
            or (arm.measure == "count" and _doers(arm.unit or ""))  # "56 harvesters"
        if not people or arm.value is None \
                or q.value is None or gap.count("\n\n") > 1 or len(gap) > 800 \
                or self.subject_past(q.end) is None:
            return False
        whole = self.arm_whole
        if whole is not None and whole.value is not None and whole.end <= arm.start \
                and arm.value + q.value == whole.value:
            return True
        whole = self.stated.get(arm.value + q.value)  # the people counted before the arm
        if whole is not None and (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")) \
                and whole.end <= arm.start and arm.start - whole.end <= 800:  # or "90 crofters"
            return True  # "enrolled 90 adults. [...] Forty-five women were allocated to X. [...] The other 45 did Y"
        return q.value == arm.value and _HALF_ARM.search(self.low, max(0, arm.start - 48), arm.start) is not None

    def other_half(self, whole: Quantity, q: Quantity, gap: str) -> bool:
        """"We enrolled 150 adults. [paragraph break] Half kept walking. The other 75 ...": in
        the next paragraph, opening on "Half", "the other N" is the remaining half of the people
        last counted when N is half of them and the subject of a verb in the past."""
        para = gap.rfind("\n\n") + 2
        return gap.count("\n\n") == 1 and (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")) \
            and whole.value is not None \
            and q.value is not None and 2 * q.value == whole.value and len(gap) <= 800 \
            and gap[para:].lstrip(" \t\u00a0>*_").lower().startswith("half ") \
            and self.subject_past(q.end) is not None

    def tallied_rate(self, q: Quantity, s: int) -> Quantity | None:
        """"In winter, their stair count dropped to 120 a day": a number with no noun of its own
        and a period after it ("a day", "per week") right after a tally named before its verb
        ("stair count dropped to", "their laps averaged") counts that tally's noun per period, as
        "120 stairs a day" does."""
        if q.comparator is not None or q.value is None or q.value < 2 or not float(q.value).is_integer():
            return None
        per = _PER.match(self.low, q.end)
        if per is None or per.group("p2") not in ("day", "week", "month"):
            return None
        a = max(self.line_start(s), s - 60)
        m = _TALLY_RATE_BEFORE.search(self.low, a, s)
        if m is None or m.end() != s:
            return None
        noun = m.group("noun") + "s" if m.group("noun") else m.group("plural")
        if noun in W.PERIODS or noun in W.KIND_TIME_UNITS or noun in W.POPULATION_NOUNS \
                or noun in ("hours", "minutes", "seconds", "days", "weeks", "months", "years"):
            return None  # "their hours fell to 5 a week": the unit would be the period's
        q.end, q.unit, q.measure = per.end(), f"{noun}/{self.period(per)}", "dose/exposure"
        return q

    def numbered_tally(self, q: Quantity, s: int) -> Quantity | None:
        """"Knee injuries in the county number around 90 each year", "Visits totalled 300": a
        number with no noun of its own right after "number"/"total" as a verb counts the plural
        that is the verb's subject (perhaps with a short phrase of place between); with a period
        after it ("each year", "a week"), per that period, as "90 injuries each year" reads."""
        if q.value is None or q.comparator not in (None, "~") or q.value < 2 or not float(q.value).is_integer():
            return None
        a = max(self.line_start(s), s - 80)
        m = _NUMBERED_BEFORE.search(self.low, a, s)
        if m is None:
            return None
        noun = m.group("plural")
        if noun in W.PERIODS or noun in W.KIND_TIME_UNITS or not _is_plural_noun(noun) \
                or noun in ("hours", "minutes", "seconds", "days", "weeks", "months", "years"):
            return None
        per = _PER.match(self.low, q.end)
        if per is not None and per.group("p2") in ("day", "week", "month", "year"):
            q.end, q.unit, q.measure = per.end(), f"{noun}/{self.period(per)}", "dose/exposure"
            return q
        if self.low[q.end : q.end + 1] not in (".", ",", ";", ":", ")", "") or self.year_like(q.value, str(int(q.value))):
            return None
        q.unit, q.measure = noun, "count"
        return q

    def collective_size_range(self, q: Quantity, s: int) -> Quantity | None:
        """"Choirs rehearse on Sundays, in groups of 5 to 9": a range of whole numbers (2 at least)
        after "in/into" a plural collective noun of people and "of" (``_COLLECTIVES_OF``), with
        no noun after it, is how many people each gathering holds, as a single number there is."""
        if q.low is None or q.high is None or q.comparator not in (None, "~") \
                or not float(q.low).is_integer() or not float(q.high).is_integer() or q.low < 2 \
                or not self.lookback(_COLLECTIVES_OF, s, 40, bounded=False) \
                or not _COLLECTIVE_END.match(self.low, q.end) or self.noun_after(q.end):
            return None
        q.measure, q.unit = "count", W.HUMAN_UNIT
        return q

    def who_count(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"of the 45 who enrolled", "the twelve who dropped out": a definite whole number
        followed by "who" and a verb is a number of people named by what they did."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 2 \
                or _WHO_AFTER.match(self.low, end) is None or self.lookback(_DEFINITE_BEFORE, s, 12) is None:
            return None
        q.unit, q.measure = W.HUMAN_UNIT, "count"
        return q

    def including_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"trained 640 coaches ..., including 57 in rural towns": a bare whole number right after
        ", including" and before where they are (in / at / from / across) is a part of the
        count stated last in the same sentence (a larger count, 200 characters at most before),
        in its unit."""
        if q.value is None or q.comparator is not None or q.low is not None or not float(q.value).is_integer() \
                or not self.low.endswith(", including ", 0, s) or _INCLUDING_WHERE.match(self.low, end) is None:
            return None
        whole = self.last_count
        if whole is None or whole.unit is None or whole.value is None or not q.value < whole.value \
                or s - whole.end > 200 or _FULL_STOP.search(self.text, whole.end, s):
            return None
        q.unit, q.measure, q.species = whole.unit, whole.measure, whole.species
        return q

    def group_counted(self, s: int) -> str | None:
        """The unit of "there were N of them" at ``s``: people (or animals) when the sentence
        names them before it ("Of the adults over 90 there were five of them"); None when
        "them" may be anything ("the tablets: there were ten of them")."""
        if self.lookback(_THERE_WERE, s, 24, bounded=False) is None:
            return None
        low = self.low
        a = max(self.line_start(s), s - 200)
        a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ")])
        species = [W.POPULATION_NOUNS[w] for w in _WORD.findall(low, a, s) if w in W.POPULATION_NOUNS]
        if not species:
            return None
        return W.HUMAN_UNIT if species[-1] == "human" else W.ANIMAL_UNIT

    def group_count(self, q: Quantity, end: int, value: float, word: bool, raw: str) -> Quantity | None:
        """"54 young (20–32)": a count, a group adjective and the group's age range in brackets
        is the size of that group (the range is its age, read on its own); "1 knee flare-up"
        after "2 falls" is one more counted event of the list."""
        low = self.low
        if q.value is None or not float(value).is_integer() or self.year_like(value, raw):
            return None
        if "(" in low[end : end + 24] and (value >= 2 or not word):
            m = _GROUP_ADJ_AGES.match(low, end)
            if m:
                q.end, q.measure, q.unit = m.end(), "sample_size", W.HUMAN_UNIT
                return q
        last = self.last
        if value != 1 or word or last is None or last.measure != "count" or last.unit is None \
                or not 0 < q.start - last.end <= 40:
            return None
        gap = self.text[last.end : q.start]
        if "\n" in gap or not any(c in gap for c in ",;") or _CLAUSE_BREAK.search(gap.replace("(", "").replace(")", "")):
            return None
        m = _NEXT_WORDS.match(low, end)
        if m is None:
            return None
        words = [w for w in m.groups() if w][:2]
        n = 0
        while n < len(words) and words[n] not in W.NOT_MODIFIERS and words[n] not in W.UNIT_SURFACES:
            n += 1
        if n == 0 or low[m.end(n) : m.end(n) + 1] not in (" ", "(", ",", ";", ".", ")") \
                or (low[m.end(n) : m.end(n) + 1] == " " and low[m.end(n) + 1 : m.end(n) + 2] not in "(—–-"):
            return None
        q.end, q.unit, q.measure = m.end(n), words[n - 1], "count"
        return q

    def labelled_count(self, q: Quantity, end: int, value: float, is_n: str) -> Quantity | None:
        """A number labelled "n =" is a sample size; "k =" counts pooled studies."""
        if is_n == "k":  # a whole number of studies; "k = 0.5" is a constant of some model
            if not float(value).is_integer():
                return None
            q.measure, q.unit = "count", "studies"
            return q
        q.measure, q.unit = "sample_size", "subjects"
        nn = self.noun_after(end)
        if nn and nn[0] == "pop":
            q.unit = W.HUMAN_UNIT if W.POPULATION_NOUNS[nn[1]] == "human" else W.ANIMAL_UNIT
            q.species = W.POPULATION_NOUNS[nn[1]]
            q.noun = nn[3]
            q.end = nn[2]
        return q

    def clause_count(self, q: Quantity, s: int, end: int, value: float, word: bool, raw: str) -> Step:
        """A bare whole number can count people or things its clause names ("12 who stayed")."""
        low = self.low
        if word and value == 1 and low.startswith("one ", s) and self.one_person_event(q, end):
            return q  # "and one man fainted during ...": an adverse event
        if word and value == 1 and low.startswith("one ", s) and self.one_adverse_event(q, end):
            return q  # "and one cracked rib", "three bruises and one sprain"
        if word and value == 1 and low.startswith("one ", s) and self.one_of_the_same(q, s, end):
            return q  # "three novice rowers and one trained rower had ...": the same noun
        if (low.startswith(_LEAVER_REASON, end) or (low.startswith((" ", "\n"), end) and _LEAVER_PARTICIPLE.match(low, end))) \
                and (q.value == 1 or not word or value >= 2) and self.leaver_item(q, s):
            return q  # "Five swimmers left the study: three because of injury, one who changed jobs"
        if low.startswith(" in the ", end) and not word and q.comparator is None and float(value).is_integer() \
                and self.anchor_tail.endswith(" the") and (arm := _IN_GROUP.match(low, end)) \
                and _SUBJECT_PAST.match(low[arm.end() : arm.end() + 40].replace("\n", " ")):
            q.unit, q.measure, q.species, q.end = W.HUMAN_UNIT, "sample_size", "human", arm.end()
            return q  # "The 40 in the yoga arm were taught ...": the people of an arm, named
        if low.startswith(" others", end) and self.other_people(q, s, end):
            return q  # "Five riders withdrew with colds and two others after falls"
        if (not word and q.value is not None and q.comparator is None
                and float(value).is_integer() and not self.year_like(value, raw)
                and (who := _COUNT_THEN_WHO.match(low, end)) and not self.noun_after(end)):
            outcome = who.group().rstrip().endswith((*W.OUTCOME_VERBS, *W.JUDGING_VERBS))
            if outcome and low[s - 3 : s] == "of " and (group := self.lookback(_COLLECTIVE_OF, s, 60, bounded=False)):
                outcome = group.group("noun") not in ("sample", "cohort")  # "a sample of 40 answered"
            q.measure, q.unit = "count" if outcome else "sample_size", W.HUMAN_UNIT
            return q
        if (not word and self.distances and q.comparator is None
                and q.value in self.distances and _ELLIPTIC_END.match(low, end)
                and self.lookback(_ELLIPTIC_BEFORE, s, 30, bounded=False)):
            q.measure, q.unit = "dose/exposure", self.distances[q.value]  # "her last 400"
            return q
        if (q.value is not None and q.comparator is None and low[end : end + 4] == " of "
                and float(value).is_integer() and (them := _OF_THEM.match(low, end))
                and (group := self.group_counted(s))):
            q.measure, q.unit, q.end = "count", group, them.end()  # "there were five of them"
            return q
        if (q.value is not None and q.comparator is None and low.startswith(" in the ", end)
                and float(value).is_integer() and self.anchor_tail.endswith((" from", " to"))
                and self.changed_between_places(q, s, end)):
            return q  # "Admissions fell from 31 in the old wards to 12 in the new wards"
        if (q.value is not None and q.comparator is None and low.startswith(" among the ", end)
                and float(value).is_integer() and self.anchor_tail.endswith(("were", "are", " and"))
                and self.counted_among(q, s, end)):
            return q  # "We logged injuries: there were five among the jugglers and 13 among the rest"
        if (q.value is not None and q.comparator is None and low[end : end + 4] == " in "
                and float(value).is_integer() and self.anchor_tail.endswith(("were", "are"))
                and self.there_were_group(q, s, end)):
            return q  # "Fractures were few: there were five in the statin group and ..."
        if (not word and q.value is not None and q.comparator is None
                and low[end : end + 4] == " of " and float(value).is_integer() and value >= 2
                and (self.part_of_group(q, s, end) or self.named_part(q, s, end)
                     or self.subject_part(q, s, end) or self.clause_part(q, s, end)
                     or self.coordinated_part(q, s, end) or self.joined_part(q, s, end)
                     or self.place_counted_part(q, s, end) or self.gapped_part(q, s, end)
                     or self.colon_subject_part(q, s, end) or self.bare_subject_part(q, s, end)
                     or (low[s - 4 : s] == "the " and self.definite_who_part(q, s, end)))):
            return q  # "a pilot in 52 of them", "volunteers gave blood; 40 of them ..."
        if (word and q.value is not None and q.comparator is None
                and low[end : end + 4] == " of " and float(value).is_integer() and value >= 2
                and (self.subject_part(q, s, end) or self.coordinated_part(q, s, end)
                     or (self.opens_clause(s) and self.part_of_group(q, s, end)
                         and (q.unit == W.HUMAN_UNIT or (q.measure == "sample_size" and _doers(q.unit or ""))))
                     or self.joined_part(q, s, end) or self.gapped_part(q, s, end)
                     or self.colon_subject_part(q, s, end) or self.bare_subject_part(q, s, end))):
            return q  # "All the walkers gave blood. Thirty of them also ...": in words too
        if (not word and q.value is not None and q.comparator is None
                and low[end : end + 4] == " of " and float(value).is_integer() and value >= 2
                and (you := _OF_YOU.match(low, end))):
            q.measure, q.unit, q.end = "count", W.HUMAN_UNIT, you.end()  # "31 of you took part"
            return q
        if (not word and q.value is not None and q.comparator is None
                and float(value).is_integer() and not self.year_like(value, raw)
                and not self.noun_after(end) and (self.lookback(_ENROLMENT_FIELD, s, 40, bounded=False)
                                                  or self.field_count(s))):
            q.measure, q.unit = "sample_size", "subjects"  # "Enrollment (Estimated)  120", "Participants: 36"
            return q
        if (not word and q.value is not None and q.comparator is None
                and float(value).is_integer() and value >= 2 and not self.year_like(value, raw)
                and self.tail(s).endswith(W.ENROLMENT_VERBS) and _ENROLLED_END.match(low, end)
                and _ENROLLED_BEFORE.search(self.tail(s))):
            q.measure, q.unit = "sample_size", "subjects"  # "The trial enrolled 96." ends the clause
            return q
        if (not word and q.value is not None and q.comparator is None
                and float(value).is_integer() and (sex := _SEX_COUNT.match(self.text, end))
                and self.text[max(0, s - 3) : s].rstrip(" ")[-1:] in ("(", "/", ",", ";")):
            q.measure, q.unit, q.end = "sample_size", "subjects", sex.end()
            return q  # "(11 M/9 F)", "n=40 (22 F)": participants by sex
        if (not word and q.value is not None and float(value).is_integer()
                and low[end : end + 5].lstrip(_SPACES).startswith("per") and _PER_ARM.match(low, end)):
            q.measure, q.unit, q.end = "sample_size", "subjects", _PER_ARM.match(low, end).end()
            return q  # "12 per arm": the size of each group
        if (not word and q.value is not None and float(value).is_integer() and value >= 2
                and low.startswith((" in each ", " from each "), end) and (arm := _EACH_ARM.match(low, end))):
            q.measure, q.unit, q.end = "sample_size", "subjects", arm.end()
            return q  # "30 in each group", "15 from each arm": each group's size
        if (word and q.value is not None and q.comparator is None and float(value).is_integer() and value >= 2
                and low.startswith((" in each ", " from each "), end) and self.tail(s).endswith(",")
                and (arm := _EACH_ARM.match(low, end)) and (whole := self.last_people) is not None
                and whole.value is not None and value < whole.value and whole.value % value == 0 and s - whole.end <= 120
                and not _CLAUSE_BREAK.search(self.text, whole.end, s - 1)):
            q.measure, q.unit, q.species, q.end = "count", whole.unit, whole.species, arm.end()
            return q  # "Six riders withdrew, three from each arm": how a count just made splits
        if (not word and q.value is not None and float(value).is_integer() and value >= 2
                and low[end : end + 5].lstrip(_SPACES).startswith("per")
                and (per := _PER_COLLECTIVE.match(low, end))):
            q.measure, q.unit, q.end = "count", W.HUMAN_UNIT, per.end()
            return q  # "no more than 9 per class": the people each gathering holds
        if (q.value is not None and q.comparator is None and float(value).is_integer()
                and low[end : end + 5].lstrip(_SPACES)[:1] in ("p", "e", "o")
                and (side := _PER_SIDE.match(low, end))):
            q.measure, q.unit, q.end = "dose/exposure", "repetitions", side.end()
            return q  # "6 each way", "15 per leg": repetitions of an exercise
        if (q.value is not None and q.comparator is None and float(value).is_integer()
                and value >= 2 and low[s - 3 : s] == "of " and not self.year_like(value, raw)
                and ((not word and _COLLECTIVE_END.match(low, end)) or _COLLECTIVE_VERB.match(low, end))
                and not self.noun_after(end)
                and (group := self.lookback(_COLLECTIVE_OF, s, 60, bounded=False))):
            sample = group.group("noun") in ("sample", "cohort")
            q.measure, q.unit = "sample_size" if sample else "count", W.HUMAN_UNIT
            return q  # "a youth squad of 30", "a panel of 12 judged it": people in a named group
        if (q.value is not None and q.comparator in (None, "~") and float(value).is_integer()
                and value >= 2 and low[q.start - 3 : q.start] == "of " and not self.year_like(value, raw)
                and _COLLECTIVE_END.match(low, end) and not self.noun_after(end)
                and self.lookback(_COLLECTIVES_OF, q.start, 40, bounded=False)):
            q.measure, q.unit = "count", W.HUMAN_UNIT
            return q  # "in teams of roughly 12, each run by ...": the people each gathering holds
        return UNDECIDED

    def counted_noun(self, q: Quantity, s: int, value: float, word: bool, raw: str,
                     noun: tuple[str, str, int, str]) -> Step:
        """A counted noun after a number: people or animals, sessions or times, generic plurals."""
        low = self.low
        kind, norm, nend, phrase = noun
        if kind == "pop":
            if self.year_like(value, raw) and self.lookback(_YEAR_PREP, s, 8, bounded=False):
                return self.year(q, raw)
            if value != int(value) and not word and q.value is not None \
                    and _DOT_THOUSANDS.fullmatch(raw):
                q.value = value = value * 1000  # "1.250 persons": a German thousands dot
            if value != int(value) or (word and value < 2):
                return None
            species = W.POPULATION_NOUNS[norm]
            q.unit = W.HUMAN_UNIT if species == "human" or (species is None and norm not in (
                "animals",)) else W.ANIMAL_UNIT
            q.species, q.noun, q.end = species, phrase, nend
            per = _PER.match(low, nend)
            q.measure = "count" if (_POP_STAT_AFTER.match(low, nend) or per
                                    or phrase.startswith(("more ", "fewer "))) else "sample_size"
            return q  # "hire 12 more nurses": a difference in people, no sample
        if kind in ("freq", "times"):
            q.end = nend
            per = _PER.match(low, nend)
            if per:
                q.unit = f"{norm}/{self.period(per)}"
                q.end = per.end()
            elif kind == "times" and _COMPARATIVE.match(low, nend):
                q.unit, q.measure = "fold_change", "effect_size/statistic"
                return q
            else:
                q.unit = norm
            q.measure = "dose/exposure" if kind == "freq" or per else "count"
            suffix = _SUFFIX_CMP.match(low, q.end)
            if suffix:
                q.comparator = W.SUFFIX_COMPARATORS[suffix.group("c")]
                q.end = suffix.end()
            if q.comparator in ("<", ">", "<=", ">=") and q.measure == "dose/exposure":
                q.measure = "threshold/criterion"
            return q
        if kind == "count":
            if self.year_like(value, raw):
                return self.year(q, raw)
            if word and (value < 2 or (_ANAPHORIC_BEFORE.search(low, max(0, s - 7), s)
                                       and not self.span_restated(s, norm))):
                return None  # "the two ligands", "those two threads": things named before, counted again
            if word and value <= W.MOLECULE_NAMING_MAX and norm in W.MOLECULE_NOUNS and not (
                    self.opens_sentence(s) and _REPORTED_AFTER.match(low, nend)):
                return None  # "two proteins that curb healing": the story's players, no finding
            if norm in W.AUTHOR_NOUNS:
                return None  # "the paper's nine authors": a disclosure about the paper
            q.unit, q.end, q.measure = norm, nend, "count"
            return q
        return UNDECIDED

    def span_restated(self, s: int, noun: str) -> bool:
        """"Over the four winters, ...": a span counted in seasons, terms or the like
        (``W.SPAN_PLURALS``) after "over / during / across / throughout / in" and "the" restates
        the study's time span, a period as "across the two years" is (not an anaphoric count)."""
        return noun in W.SPAN_PLURALS and _SPAN_THE_BEFORE.search(self.low, max(0, s - 20), s) is not None

    def part_of_counted(self, q: Quantity, s: int, end: int, word: bool) -> Step:
        """A bare number may be a part of a group counted nearby: a subset, an arm, a split, a share."""
        low = self.low
        if low[end : end + 2] == " v" and (arms := self.ratio_arms(q, s, end)) is not None:
            return arms
        if low.startswith(" of ", end) and (sub := self.subset_count(q, s, end)
                                             or self.uncounted_people_part(q, s, end)
                                             or self.possessed_count(q, end)
                                             or self.bracket_semicolon_part(q, s, end)) is not None:
            return sub
        if low[end : end + 1] == " " and ((self.last is not None and self.last.unit == "allocation_ratio")
                                          or s == self.ratio_next) \
                and (arm := self.ratio_clause_arm(q, s, end)) is not None:
            return arm
        if low[end : end + 1] == " " and (arm := self.arm_count(q, s, end) or self.described_part(q, s, end)
                                          or self.assigned_part(q, s, end) or self.lost_count(q, s, end)
                                          or (self.colon_arm(q, s, end) if low.startswith(" to ", end) else None)
                                          or (self.complement_part(q, s, end)
                                              if (low.find("remaining ", end, end + 240) >= 0
                                                  or low.find("other ", end, end + 240) >= 0)
                                              else None)
                                          or self.elliptic_part(q, s, end) or self.acting_part(q, s, end)
                                          or (self.named_arm(q, s, end) if low[s - 4 : s] == "the " else None)
                                          or (self.leaving_whole(q, s, end) if low.startswith(_LEAVING_START, end)
                                              else None)
                                          or (self.harmed_part(q, s, end) if low.startswith(" had ", end) else None)) is not None:
            return arm
        if low[end : end + 1] == "," and low[s - 7 : s] == "of the " \
                and (whole := self.restated_whole(q, s)) is not None:
            return whole
        if low[s - 1 : s] == "(" and (split := self.split_count(q, s) or self.sample_split(q, s)) is not None:
            return split
        if low[s - 4 : s] == "all " and (whole := self.all_of_counted(q, s, end)) is not None:
            return whole
        if low[s - 8 : s] == "all but " and (most := self.all_but_part(q, s, end)) is not None:
            return most
        if low.startswith((" in all", " in total"), end) and (total := self.group_total(q, s, end)) is not None:
            return total
        if (share := self.group_share(q, s, end) or self.fronted_subset(q, s) or self.fronted_group(q, s)) is not None:
            return share
        if low[s - 2 : s] == ", " and low.endswith(("of these, ", "of those, ", "of them, "), 0, s) \
                and (share := self.pronoun_subset(q, s)) is not None:
            return share
        if low[s - 8 : s] == "another " and (more := self.another_count(q, s, end)) is not None:
            return more
        if word and _MULT_END.search(low, s, end) and not low.startswith(("a ", "an "), s):
            q.measure = "count"  # "to pass two million by 2045": a count, as "1 million" is
            return q
        if word:  # a number word alone is a count only against a counted group before it
            return self.compared_count(q, s, end) or self.contrast_subject(q, s, end) \
                or self.with_item(q, s, end) or self.each_subject_part(q, s, end) or self.rest_of_group(q, s) \
                or self.who_count(q, s, end) or self.build_target(q, s, end)
        return UNDECIDED

    def all_of_counted(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"tried the scheme in four of its schools and has now rolled it out to all 26": "all" N
        closing a clause counts the whole of what a smaller count before it in the same
        sentence counted by a plural noun (or of the people it counted), in its unit."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or self.low[s - 5 : s - 4].isalpha():
            return None
        whole = self.last_count
        if self.low[end : end + 1] not in (".", ",", ";", ":", ")", "!", "?", ""):
            # "We found 12 new cases, and all 12 were referred": "all" N the subject of a verb
            # after ", and" restates the count just made, in its unit
            if whole is None or whole.value != q.value or not self.low.endswith(", and all ", 0, s) \
                    or not _ALL_RESTATED_VERB.match(self.low, end):
                return None
        elif whole is not None and whole.value is not None and not whole.value < q.value:
            return None
        if whole is None or whole.value is None or not whole.value <= q.value or whole.unit is None \
                or not (whole.unit in _PEOPLE_UNITS or (whole.unit.islower() and _is_plural_noun(whole.unit))) \
                or s - whole.end > 200 or _FULL_STOP.search(self.text, whole.end, s):
            return None
        q.start = s - 4
        q.unit, q.measure, q.species = whole.unit, "count", whole.species
        return q

    def all_but_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"... in 30% of the riders. In all but 4 it had settled by morning": "all but" N with
        no noun after it (a clause end, a pronoun or a verb follows) counts the people named by
        the last plural of people (a population noun or a doer) in its sentence or the one
        before, in the same paragraph: all of them but N."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 1:
            return None
        after = _WORD.match(self.low, end + 1) if self.low[end : end + 1] == " " else None
        if after is None and self.low[end : end + 1] not in (".", ",", ";", ":", ")", "!", "?", ""):
            return None
        if after is not None and after.group() not in _ALL_BUT_NEXT and not _past_verb(after.group()):
            return None
        start = max(self.text.rfind("\n\n", 0, s), s - 400, 0)
        stops = [m.end() for m in _FULL_STOP.finditer(self.text, start, s)]
        if len(stops) >= 2:
            start = stops[-2]
        noun = next((w for w in reversed(_WORD.findall(self.low, start, s - 8))
                     if _people_plural(w) and (_is_plural_noun(w) or w in _PLURAL_POPULATIONS)), None)
        if noun is None:
            return None
        q.start = s - 8
        if noun in W.POPULATION_NOUNS:
            count_people(q, W.POPULATION_NOUNS[noun], q.end, "count")
        else:
            q.unit, q.measure = noun, "count"
        return q

    def group_total(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Half of the men, 60 in all, were ...", "The patients, 41 in total, ...": a whole number
        and "in all"/"in total" set off by commas or a bracket right after a group of people
        named by a plural (``W.POPULATION_NOUNS``) is that group's head count."""
        m = _IN_ALL.match(self.low, end)
        if m is None or q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or q.value < 2 or self.year_like(q.value, str(int(q.value))):
            return None
        tail = self.tail(s)
        if not tail.endswith((",", "(", "—", "–")):
            return None
        words = _WORD.findall(tail[:-1])
        noun = words[-1] if words else ""
        if noun not in W.POPULATION_NOUNS or not (_is_plural_noun(noun) or noun in _PLURAL_POPULATIONS):
            return None
        species = W.POPULATION_NOUNS[noun]
        count_people(q, species, m.end(), "sample_size")
        return q

    def assigned_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"It enrolled 70 adults. Thirty-five were randomly assigned to rowing; the rest ...": a
        whole number opening a sentence or a clause before a passive verb of allocation and
        "to" is the size of one arm of the people counted before it in the paragraph (a larger
        count). The next arm ("and 38 to walking") is ``compared_count``'s."""
        verb = _ASSIGNED_TO.match(self.low, end) is not None
        whole = self._people_counted_before(q, s, verb, allocated=verb)
        if whole is None:
            return None
        self.arm_whole = whole
        q.unit, q.measure, q.species = whole.unit, "sample_size", whole.species
        return q

    def colon_arm(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Sixty men were randomised: 30 to X for 12 weeks, and 30 to Y": a whole number right
        after a verb of allocation and a colon, before "to" an arm, is that arm's size, a part of
        the people counted before it in the sentence (a larger count); the next arm's count
        after a comma or "and" in the same sentence too, while the arms add up to no more than
        the whole. Other values between the arms ("for 12 weeks") do not break the list."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 1 \
                or _TO_ARM.match(self.low, end) is None:
            return None
        tail = self.tail(s)
        if _ALLOCATED_COLON.search(tail):
            whole, total = self.last_count, 0.0
            if whole is None or whole.unit not in _PEOPLE_UNITS or whole.value is None \
                    or s - whole.end > 240 or _FULL_STOP.search(self.text, whole.end, s):
                return None
        elif tail.endswith((",", " and")) and self.colon_arms is not None:
            whole, total, prev = self.colon_arms
            if whole.value is None or s - prev > 160 or _FULL_STOP.search(self.text, prev, s) \
                    or _ARM_LIST_BREAK.search(self.text, prev, s):
                return None
        else:
            return None
        if total + q.value > whole.value:
            return None
        self.colon_arms = (whole, total + q.value, end)
        self.arm_whole = whole
        q.unit, q.measure, q.species = whole.unit, "sample_size", whole.species
        return q

    def complement_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"We recruited 90 walkers aged 66 to 87. Fifty-two still cycled each weekend; the
        remaining 38 had given up": a whole number opening a sentence as the subject of a verb in the past
        (perhaps after "still", "also" ...) is a part of the people counted last before it in the
        paragraph (400 characters), when "the remaining/other M" later in the same sentence
        (240 characters) makes up the rest: N + M is that count."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 1 \
                or not self.opens_sentence(s):
            return None
        whole = self.last_people
        if whole is None or whole.value is None or not q.value < whole.value or s - whole.end > 400 \
                or "\n\n" in self.text[whole.end : s]:
            return None
        adverb = _SUBJECT_ADVERB.match(self.low, end)
        if self.subject_past(adverb.end() if adverb else end) is None:
            return None
        stop = _FULL_STOP.search(self.text, end, end + 240)
        rest = _REST_COUNT.search(self.low, end, stop.start() if stop else min(len(self.low), end + 240))
        if rest is None or float(rest.group("n")) + q.value != whole.value:
            return None
        self.arm_whole = whole
        q.unit, q.measure, q.species = whole.unit, "sample_size", whole.species
        return q

    def elliptic_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"It followed 900 adults. None had diabetes at the start; by the end, 61 did.": a whole
        number opening a sentence or a clause, then only an auxiliary standing for the verb before
        it ("did", "had", "were"), counts some of the people counted before it in the paragraph
        (a larger count)."""
        whole = self._people_counted_before(q, s, _ELLIPTIC_AUX.match(self.text, end) is not None)
        if whole is None:
            return None
        q.unit, q.measure, q.species = whole.unit, "count", whole.species
        return q

    def acting_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Nine walkers withdrew; only 4 cited the route itself": a whole number opening a
        clause after a semicolon or dash (perhaps after "only"/"just"), as the subject of a verb
        in the past, counts some of the people counted before it in the sentence (a larger
        count; people or people named by what they do: "18 of the 22 trainees stayed; four
        dropped out")."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 1 \
                or _SUBJECT_PAST.match(self.low, end) is None:
            return None
        tail = self.tail(s)
        only = _ONLY_END.search(tail)
        lead = tail[: only.start()].rstrip(_SPACES) if only else tail
        if not lead.endswith((";", "—", "–")):
            return None
        whole = self.last_count
        if whole is None or not (whole.unit in _PEOPLE_UNITS or _doers(whole.unit or "")) \
                or whole.value is None or q.value >= whole.value \
                or s - whole.end > 240 or _FULL_STOP.search(self.text, whole.end, s):
            return None
        if only:
            q.start = min(q.start, self.low.rfind(only.group(), max(0, s - 12), s))  # "only 4"
        q.unit, q.measure, q.species = whole.unit, "count", whole.species
        return q

    def harmed_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Seven volunteers reported X. None went to hospital. Six had sprains ...": a whole
        number opening a sentence before "had" and a noun of injury or adverse event
        (``_HAD_HARM``) counts people, those the paragraph counted before (a count of people
        within 400 characters, of any size: the text named its noun already)."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 2 \
                or not self.opens_sentence(s) or _HAD_HARM.match(self.low, end) is None:
            return None
        whole = self.last_count
        if whole is None or whole.unit not in _PEOPLE_UNITS or s - whole.end > 400 \
                or "\n\n" in self.text[whole.end : s]:
            return None
        q.unit, q.measure, q.species = whole.unit, "count", whole.species
        return q

    def _people_counted_before(self, q: Quantity, s: int, verb_follows: bool,
                               allocated: bool = False) -> Quantity | None:
        """The larger count of people earlier in the paragraph that a whole number opening a
        sentence or clause (``verb_follows``: the verb shape the caller needs comes next) is a
        part of, or None."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 1 \
                or not verb_follows \
                or not (self.opens_sentence(s) or self.tail(s).endswith((",", ";", "—", "–"))):
            return None
        whole = self.last_count
        if whole is None or whole.unit not in _PEOPLE_UNITS or whole.value is None or q.value >= whole.value \
                or s - whole.end > 400:
            return None
        gap = self.text[whole.end : s]
        if "\n\n" in gap and not (gap.count("\n\n") == 1 and (
                (allocated and not gap[gap.rfind("\n\n") + 2 :].strip(" \t\u00a0>*_"))
                or _list_items(gap[gap.rfind("\n\n") + 2 :]))):
            # "... 80 adults ...\n\nForty were allocated to X": the arm opens the next paragraph;
            # "... 80 adults ...\n\n- 45 of them ...\n- 35 ...": parts listed right after the paragraph
            return None
        return whole

    def lost_count(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"57 completed it (we lost three to illness and one to a relocation)": a whole number after "lost"
        and before "to" and its cause counts people who left a study, when a larger count of
        people came before it in the paragraph; after "and" or a comma right behind such a
        loss, the next cause's count too. "lost 2 to 1" (a score) has no cause."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or _TO_ARM.match(self.low, end) is None:
            return None
        tail = self.tail(s)
        last = self.last
        if _LOST_BEFORE.search(tail) is None:
            if not (tail.endswith((",", " and")) and last is not None and last.end == self.lost_end
                    and s - last.end <= 60 and not _CLAUSE_BREAK.search(self.text, last.end, s)):
                return None
            unit, species = last.unit, last.species
        else:
            whole = self.last_count
            if whole is None or whole.unit not in _PEOPLE_UNITS or whole.value is None \
                    or q.value >= whole.value or s - whole.end > 400 or "\n\n" in self.text[whole.end : s]:
                return None
            unit, species = whole.unit, whole.species
        self.lost_end = q.end
        q.unit, q.measure, q.species = unit, "count", species
        return q

    def restated_whole(self, q: Quantity, s: int) -> Quantity | None:
        """"We studied 230 adults ... Of the 230, 118 cycled": a bare whole number fronted by "Of
        the" and closed by a comma restates the count just made (the same value, in the same
        paragraph), in its unit; ``fronted_subset`` then reads the part after the comma."""
        whole = self.last_count
        if whole is None or q.value is None or q.comparator is not None or whole.value != q.value \
                or whole.unit is None or s - whole.end > 400 or "\n\n" in self.text[whole.end : s] \
                or not self.opens_sentence(s - 7):
            return None
        q.unit, q.measure, q.species = whole.unit, whole.measure, whole.species
        return q

    def labelled_tally(self, q: Quantity, s: int) -> Quantity | None:
        """"Ankle sprains: 3 in the tai chi arm and 6 in the comparison arm": a whole number right
        after a line's label that ends in a plural noun and a colon, given with its group
        (``_IN_GROUP``), counts what the label names (``compared_count`` reads the other groups')."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() \
                or _IN_GROUP.match(self.low, q.end) is None:
            return None
        label = _TALLY_LABEL.fullmatch(self.low, self.line_start(s), s)
        noun = label.group("noun") if label is not None else ""
        if not _is_plural_noun(noun) or noun in W.UNIT_SURFACES or noun in W.NOT_MODIFIERS:
            return None
        q.unit, q.measure = noun, "count"
        return q

    def leaving_whole(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"Ten never completed the trial: six who relocated and four who fell ill": a
        whole number opening a sentence as the subject of leaving (``_LEFT_LIST_LEAD``), when
        its leavers are listed right after with their reasons ("who", "because"), counts people
        (only people leave for reasons; ``leaver_item`` then reads the list)."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 2 \
                or not self.opens_sentence(s):
            return None
        lead = _LEFT_LIST_LEAD.match(self.low, end + 1)
        if lead is None or not any(r in self.low[lead.end() : lead.end() + 40] for r in _LEAVER_REASON):
            return None
        q.unit, q.measure, q.species = W.HUMAN_UNIT, "count", "human"
        return q

    def fronted_group(self, q: Quantity, s: int) -> Quantity | None:
        """"Of the weekly swimmers, 92 swam mostly in the sea": a bare whole number right after
        the comma that closes a group fronted by "Of the" with no count of its own (that is
        ``fronted_subset``'s) counts members of the group: people when its noun names people,
        else what its plural noun names ("Of the older tablets, 12 had crumbled")."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 1 \
                or not self.tail(s).endswith(",") or self.year_like(q.value, str(int(q.value))):
            return None
        m = _FRONTED_GROUP.search(self.low, max(self.line_start(s), s - 100), s)
        if m is None:
            return None
        noun, desc = m.group("noun"), m.group("desc").split()
        if any(w in W.NOT_MODIFIERS or w in W.UNIT_SURFACES for w in desc):
            return None
        if noun in W.POPULATION_NOUNS:
            species = W.POPULATION_NOUNS[noun]
            unit = W.ANIMAL_UNIT if species not in ("human", None) else W.HUMAN_UNIT
        elif _is_plural_noun(noun) and noun not in W.NOT_MODIFIERS and noun not in W.UNIT_SURFACES:
            unit, species = noun, None
        else:
            return None
        q.unit, q.measure, q.species = unit, "count", species
        return q

    def leaver_item(self, q: Quantity, s: int) -> bool:
        """"Five swimmers left the study: three because of injury, one who changed jobs and ...":
        after a count of people who left (dropped out, withdrew) and a colon or comma, a whole
        count before a reason ("because", "due to") or "who" and a verb is a part of those
        people, itemised in the same sentence."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer():
            return False
        low = self.low
        a = max(0, s - 200)
        stop = max(low.rfind(". ", a, s), low.rfind(".\n", a, s), low.rfind("\n\n", a, s))
        leads = list(_LEFT_LIST_LEAD.finditer(low, stop + 1 if stop >= 0 else a, s))
        lead = leads[-1] if leads else None
        people = self.last_people
        counted = self.last_count  # people named by what they do ("Nine rowers left ...")
        if counted is not None and _doers(counted.unit or "") and (people is None or counted.end > people.end):
            people = counted
        # "we lost just six members, three because of ...": the whole lost, the item right after it
        lost = lead is None and people is not None and people.value is not None and q.value < people.value \
            and self.lost_whole(people, s)
        if not lost:
            if lead is None or people is None:
                return False
            if people.end <= lead.start():  # the whole, just before its leaving
                if lead.start() - people.end > 40 or people.value is None or q.value >= people.value:
                    return False
            elif people.measure != "count" or people.end < lead.end():  # or an earlier part of the list
                return False
        q.unit, q.measure, q.species = W.HUMAN_UNIT, "count", "human"
        # the whole this item itemises, for a later item of the list ("..., two with a strain")
        whole = self.item_of.get(people.start, people) if people.measure == "count" and not lost \
            and people.end > lead.end() else people
        self.item_of[q.start] = whole
        return True

    def lost_whole(self, people: Quantity, s: int) -> bool:
        """"We lost just six members, three because of ...", "the club has lost 12 members: ...":
        a count of people right after "lost" (perhaps "only", "just"), then a comma or colon
        and the item at ``s``: the people a study or group lost, itemised by reason."""
        gap = self.low[people.end : s]
        if len(gap) > 3 or gap.strip(" \u00a0") not in (",", ":"):
            return False
        return _LOST_ONLY_BEFORE.search(self.low, max(0, people.start - 24), people.start) is not None

    def one_person_event(self, q: Quantity, end: int) -> bool:
        """"and one man fainted", "One cyclist in the trial fractured a rib": "one" and a singular
        noun of a person (``W.POPULATION_NOUNS``' singular, or a noun of what people do in
        -er or -ist whose plural the text has named before) before a verb of harm or leaving counts that one person (``_ONE_PERSON_EVENT``)."""
        m = _ONE_PERSON_EVENT.match(self.low, end)
        if m is None:
            return False
        noun = m.group("noun")
        human = noun in _PERSON_SINGULARS or W.POPULATION_NOUNS.get(noun + "s") == "human" \
            or (_doers(noun + "s") and self.low.rfind(noun + "s ", 0, end) >= 0)  # "rowers ... One rower"
        if not human:
            return False
        q.unit, q.measure, q.species, q.end = W.HUMAN_UNIT, "count", "human", m.end("noun")
        return True

    def one_of_the_same(self, q: Quantity, s: int, end: int) -> bool:
        """"Three novice rowers and one trained rower had cramps": "and one", a modifier at most
        and the singular of the noun the count right before it was given in (its plural the
        unit, "and" and one line break at most between) counts the same thing."""
        last = self.last
        m = _ONE_SAME.match(self.low, end)
        if m is None or last is None or last.measure not in ("count", "sample_size") or not last.unit \
                or not (_AND_GAP.fullmatch(self.text, last.end, s) or (
                    s - last.end <= 160 and _CLAUSE_AND_GAP.fullmatch(self.text, last.end, s))):
            return False  # "Two walkers fell on the path, and one walker stopped": a clause later
        plural = self.low[last.start : last.end].rsplit(None, 1)[-1]
        if plural != m.group("noun") + "s":
            m = _ONE_BARE.match(self.low, end)
            if m is None or plural != m.group("noun") + "s":
                return False
        q.unit, q.measure, q.species, q.end = last.unit, "count", last.species, m.end("noun")
        return True

    def one_adverse_event(self, q: Quantity, end: int) -> bool:
        """"blisters and one cracked rib", "three pulled hamstrings, one twisted knee": "one" and a
        participle of injury before a body part is one injury counted; "one" and a noun of
        such an event ("flare-up", "fall", "strain") only in a list right after another count
        in the same sentence (``_ONE_INJURY``); "at one fall meeting" has no such count. A bare
        site ("two ankles, one elbow, one rib") only right after a count of such sites."""
        m = _ONE_INJURY.match(self.low, end)
        if m is None:
            return False
        if m.group("site"):
            # "(two ankles, one elbow, one rib)": the sites of injuries listed after a
            # count of such sites; a bare "one hip" elsewhere counts nothing
            last = self.last
            if last is None or last.measure != "count" or last.unit not in INJURY_SITE_UNITS \
                    or not _SITE_LIST_GAP.fullmatch(self.text, last.end, q.start):
                return False
            q.unit, q.measure, q.end = m.group("site"), "count", m.end()
            return True
        if m.group("event"):
            last = self.last
            if last is None or last.measure != "count" or not 0 < q.start - last.end <= 80:
                return False
            gap = self.text[last.end : q.start]
            if _CLAUSE_BREAK.search(gap) or ("\n" in gap and not (
                    gap.count("\n") == 1 and gap[: gap.index("\n")].rstrip(_SPACES).endswith((" and", ",")))):
                return False  # one line break only in a hard-wrapped list ("two strains and\none capsize")
        q.unit, q.measure, q.end = "injuries", "count", m.end()
        return True

    def parts_paragraph(self, a: int, s: int) -> bool:
        """Whether a group of the people counted at ``a`` may be described at ``s``: in the same
        paragraph, or in the next one when that paragraph opens on such a group ("We enrolled
        150 adults. [...]\n\nForty were swimmers. Sixty were cyclists, ...")."""
        gap = self.text[a:s]
        if "\n\n" not in gap:
            return True
        para = a + gap.rfind("\n\n") + 2
        if gap.count("\n\n") != 1:
            return False
        opening = _PARA_OPENING_PART.match(self.low, para)
        return opening is not None and _WERE_DESCRIBED.match(self.low, opening.end()) is not None

    def described_part(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"We enrolled 40 adults. Twelve were retired teachers; 9 were age-matched non-runners;
        and 19 were students": a whole number opening a sentence or a clause (after a colon,
        semicolon, comma or "and") before "were", a few modifiers and a plural noun is the size
        of one group of the people counted before it in the paragraph (a larger count). The
        noun is kept so that "12 of the non-runners" later counts the same people."""
        if q.value is None or q.comparator is not None or not float(q.value).is_integer() or q.value < 1:
            return None
        m = _WERE_DESCRIBED.match(self.low, end)
        if m is None or "\n\n" in m.group():
            return None
        # a capitalised modifier is part of a name ('were Open Street Day "regulars"'), no unit
        words = self.text[m.start("desc") : m.end("desc")].split()
        if len(words) == 3 and words[1] in ("or", "and"):
            words = [words[0], words[2]]  # "were Polish or Czech miners": two modifiers joined
        noun, desc = m.group("noun"), [w for w in words if not w[:1].isupper()]
        if not (noun in W.POPULATION_NOUNS or _is_plural_noun(noun)) or noun in W.NOT_MODIFIERS or noun in W.UNIT_SURFACES \
                or any(w in W.NOT_MODIFIERS or w in W.UNIT_SURFACES for w in desc):
            return None
        tail = self.tail(s)
        if not (self.opens_sentence(s) or tail.endswith((",", ";", ":", "—", "–", " and", "and"))
                or (tail.lower().endswith(_FOCUS_WORDS) and self.opens_sentence(s - 5))):
            return None  # "Only eight were smokers": a focusing word may open the sentence
        whole = self.last_count
        # "Of them, 40 were farmers ..., and 40 were residents of ...": the next group, said as
        # the one before it was, in the same sentence (the whole may have been read elsewhere)
        parallel = whole is not None and whole.unit in (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects") \
            and tail.endswith(" and") and self.low.startswith(" were ", whole.end) and s - whole.end <= 240 \
            and not _FULL_STOP.search(self.text, whole.end, s)
        if not parallel and (whole is None or whole.unit not in (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects")
                             or whole.value is None or q.value >= whole.value):
            whole = self.arm_whole
        if not parallel and (whole is None or whole.value is None or q.value >= whole.value) \
                and noun in W.POPULATION_NOUNS \
                and (people := max((c for c in (self.last_people, self.last_doers) if c is not None),
                                   key=lambda c: c.end, default=None)) is not None \
                and people.value is not None and q.value < people.value:
            # "72 club players from six clubs ... Five were women": the people counted last (or
            # people named by what they do) are the whole, a count of things read after them
            # (the clubs) notwithstanding
            whole = people
        if not parallel and (whole is None or whole.value is None or q.value >= whole.value
                             or s - whole.end > 400 or not self.parts_paragraph(whole.end, s)):
            return None
        species = W.POPULATION_NOUNS.get(noun, whole.species)
        unit = W.ANIMAL_UNIT if species not in ("human", None) else (
            W.HUMAN_UNIT if noun in W.POPULATION_NOUNS or whole.unit == "subjects" else whole.unit)
        self.arm_whole = whole
        self.group_nouns = {**self.group_nouns, noun: unit}
        q.unit, q.measure, q.species = unit, "sample_size", species
        return q
