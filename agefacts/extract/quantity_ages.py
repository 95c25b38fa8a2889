"""Age rules: a number is an age only by a deliberate cue ("aged 65", "a 70-year-old", "in their
60s", a name's apposition), since bare numbers in the genre are more often anything else.
"""

from __future__ import annotations

import re

from agefacts.extract import quantity_words as W
from agefacts.extract.quantity_patterns import (
    _A_BEFORE,
    _ADJ_AGED_GROUP_AFTER,
    _AGAIN,
    _AGE_BAND,
    _AGE_FORMULA,
    _AGE_LOOKBACK,
    _AGE_SUFFIX,
    _ANIMALS_BEFORE,
    _APPOSITION_AFTER,
    _APPOSITION_AND_PARTNER,
    _APPOSITION_FROM,
    _APPOSITION_NAME,
    _APPOSITION_NOW,
    _APPOSITION_NOW_END,
    _APPOSITION_ROLE,
    _AT_BEFORE,
    _AT_OTHER_AGE,
    _BARE_AGE_CUE,
    _BARE_AGE_END,
    _BRACKET_AGE_AFTER,
    _BRACKET_NAME,
    _CLAUSE_AFTER,
    _CREDIT_NAME,
    _CREDIT_PLACE,
    _DECADE_LIST_GAP,
    _DECADE_OF_OTHER,
    _DECLINE_BEFORE,
    _FROM_DECADE,
    _LEVEL_WORDS,
    _LIFE_TURN_VERBS,
    _LIVE_TO,
    _LIVED_TO,
    _NEXT_NUMBER,
    _NOT_AGE_AFTER,
    _NOT_GROUP_ADJ,
    _NTH_DECADE,
    _OLD_AFTER,
    _PEOPLE_BEFORE,
    _POP_LOOKBACK,
    _QUALIFIED_DECADE,
    _REACH_BEFORE,
    _ROUGH_AGE_CUE,
    _ROUGH_SUBJECT,
    _SEX_AFTER,
    _SIGNATURE_NAME,
    _SIGNATURE_PLACE,
    _SPAN_NOUN,
    _SPENT_AFTER,
    _STARTED_AT,
    _STOP,
    _SUBJECT_PRONOUNS,
    _SUFFIX_CMP,
    _THAN_AT,
    _THE_BEFORE,
    _THE_DECADE,
    _THEIR,
    _THIRD_PERSON,
    _TO_DECADE,
    _TO_NUMBER,
    _WITH_COMPANY,
    _WORD,
    QUOTE_CLOSERS,
)
from agefacts.extract.quantity_text import _is_plural_noun, _past_verb
from agefacts.extract.quantity_types import UNDECIDED, Quantity, Step, UnitInfo


def _verb_s(w: str) -> bool:
    """Whether ``w`` may be a verb in -s ("walks", "rides"; not "class", "bonus", "basis")."""
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


#: A photo credit after a caption's last full stop ("... , 69. Photo: ...").
#: Verbs of reaching an age, which a month after "in" may date ("turned 81 in May").
_TURNED = ("turned", "turns", "turn", "turning", "reached", "hit")
#: "(average 61": an average opening a bracket, its number next (see ``bracketed_mean_age``).
_AVERAGE_OPEN = re.compile(r"\((?:mean|average|median)[ \u00a0]+$")
_CREDIT_AFTER = re.compile(r"\.[ \u00a0]+(?:Photo|Picture|Image|Credit|Photograph)s?(?:[ \u00a0]*:|[ \u00a0]+by\b)")
#: A capitalised given name right before a surname ("Anna " before "Berg").
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \u00a0]+$")

#: Words right before "between" (hedges aside) that make "between N and M" the amount of a
#: decline ("fell to roughly between 30 and 40", "a drop of between ..."), not its ages.
#: Person words that name no single person whose age a bracket could give.
#: A determiner (and perhaps one adjective) before a person noun in apposition to an age: "my
#: father, 78,", "her elderly husband, 81,", "the patient, 67,".
_PERSON_DETERMINER = re.compile(
    r"(?<![\w'’-])(?:(?i:my|his|her|our|their|your|the|a|an)[ \u00a0]+(?:[a-z][\w'’-]*[ \u00a0]+)?"
    # a headline drops the article: a place or name stands before the noun ("Leeds gran, 84,")
    r"|[A-Z][a-z][\w'’-]*[ \u00a0]+)$")
#: A verb of speech before a capitalised name, its title and first names: "said Okafor, ",
#: "says Dr. Jane Okafor, ". The name is then a person's, so an age after it may end the clause.
_SAID_BEFORE = re.compile(
    r"(?<![\w'’-])(?:said|says|adds|added|explains|explained|recalls|recalled|admits|admitted"
    r"|laughs|laughed|notes|noted|jokes|joked|insists|insisted)[ \u00a0]+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?[ \u00a0]+)?(?:[A-Z][\w'’-]*[ \u00a0]+){0,2}$")
#: A nickname in quotes inside a person's name, up to the surname: 'Margaret "Peggy" ', 'Jose
#: "Pepe" ': its closing quote ends no quotation, so the surname after it does not open a sentence.
_NICKNAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*[ \u00a0]+[\"“][A-Z][^\"“”\n]{0,30}[\"”][ \u00a0]*$")
#: A photo caption's place of the person named before an age ("Name, 80 (left), and ..."):
#: the bracket stands between the age and the comma that follows it.
_CAPTION_PLACE = re.compile(
    r"[ \u00a0]+\((?:(?:second|third|far|back|front|top|bottom)[ \u00a0]+)?(?:from[ \u00a0]+)?"
    r"(?:left|right|centre|center|middle|front|back|seated|standing|above|below|top|bottom)"
    r"(?:,[ \u00a0]+[^()\n]{1,30})?\)")
#: What may follow a caption's place after an age: the comma and lower-case word of an
#: apposition, or a lower-case word right after the bracket ("(back row, in blue) beside ...").
_CAPTION_PLACE_AFTER = re.compile(r",?[ \u00a0]+[a-z]")
#: "Name Name (centre), 64, lifts ...": the caption's place in brackets between the name and
#: its age in commas (see ``AgeRules.apposition_age``).
_NAME_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]*)" + _CAPTION_PLACE.pattern + r"[ \u00a0]*,[ \u00a0]?$")
_NOT_ONE_PERSON = frozenset({"people", "those", "we", "us", "our", "they", "them", "their", "my", "your", "his", "her"})
_SPAN_AMOUNT = frozenset({"to", "at", "of", "by"})
_SPAN_HEDGES = frozenset({"roughly", "about", "around", "approximately", "somewhere", "anywhere"})


#: "a man of ", "one woman of ", "the retired lady of " right before an age (see person_of_age).
_PERSON_OF = re.compile(
    r"(?<![a-z])(?:an?|the|one|any|every|this|that)\s+(?:[a-z]+\s+)?"
    r"(?:man|woman|person|lady|gentleman|fellow|grandmother|grandfather|granny|grandad)\s+of\s+$")
#: A person's name right after the comma of a sentence-opening "At N," (perhaps possessive), a
#: lower-case word after it: "At 88, Vera's own ...", "At 88, Vera still ...".
_NAMED_SUBJECT = re.compile(r"[ \t]*(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?[ \t]+[a-z]")
#: Capitalised sentence words that name no one ("At 70, Most people ...").
_NOT_NAMES = frozenset({
    "the", "a", "an", "most", "many", "some", "few", "all", "this", "that", "these", "those", "it",
    "its", "we", "they", "you", "our", "their", "his", "her", "my", "your", "there", "then", "even",
    "only", "both", "each", "every", "such", "one", "people", "men", "women", "adults",
})
#: A speaker named in full after a verb of speech, then a child's age in commas ("...," says Jon
#: Roe, 12, from <town>): the verb and the full name mark a person, so an age under 18 is one
#: too (a bare "Roe, 12," stays a number).
_CHILD_SPEAKER = re.compile(
    r"\b(?:says|said|adds|added|explains|explained|recalls|recalled|laughs|laughed)[ \u00a0]+"
    r"[A-Z][a-z\u00c0-\u017f'’-]+(?:[ \u00a0]+[A-Z][a-z\u00c0-\u017f'’-]+){1,2},[ \u00a0]$")
_CHILD_SPEAKER_AFTER = re.compile(r",[ \u00a0]+(?:from|of|who|a|an|the|in)\b")

#: Common irregular past verbs a person's age may come right before ("a man of 80 told me").
_IRREGULAR_PAST = frozenset({
    "told", "said", "was", "had", "did", "got", "went", "came", "became", "felt", "fell", "left",
    "took", "gave", "kept", "lost", "ran", "swam", "rode", "saw", "found", "made", "won", "began",
    "wrote", "taught", "brought", "knew", "sat", "stood", "grew", "drove", "spoke", "broke",
})


class AgeRules:
    """Age rules (a mixin of ``quantities._Scanner``)."""

    def age_band(self, s: int, e: int) -> Quantity | None:
        """"over-65s", "the over 70s", "under-5s": an age group named by its bound."""
        low = self.low
        if e - s > 3 or low[e : e + 1] != "s" or (e + 1 < len(low) and low[e + 1].isalpha()):
            return None
        band = self.lookback(_AGE_BAND, s, 8)
        if band is None:
            return None
        cmp_ = ">" if band.group("c") == "over" else "<"
        return Quantity(band.start(), e + 1, float(low[s:e]), None, None, "years", cmp_, "age")

    def banded_age(self, s: int) -> Quantity | None:
        """"over-80-year-olds", "under-30-year-olds": an age group named by its bound, as
        "over-65s" is; the number is read as an age and the bound becomes its comparator."""
        band = self.lookback(_AGE_BAND, s, 8)
        q = self.parse_numeric(s)
        if band is None or q is None or q.measure != "age" or q.comparator is not None:
            return None
        q.start, q.comparator = band.start(), ">" if band.group("c") == "over" else "<"
        return q

    def age_formula(self, s: int, e: int, value: float) -> Quantity | None:
        """"211 minus your age", "the 220-minus-age formula", "208 − 0.7 × age": the constant
        of a formula in age (unit ``formula_constant``); a coefficient of age is a second row."""
        m = _AGE_FORMULA.match(self.low, e)
        if m is None:
            return None
        if m.group("k"):
            self.pending.append(Quantity(m.start("k"), m.end("k"), float(m.group("k")), None, None,
                                         "formula_constant", None, "measurement"))
            return Quantity(s, e, value, None, None, "formula_constant", None, "measurement")
        return Quantity(s, m.end(), value, None, None, "formula_constant", None, "measurement")

    def age_cues(self, q: Quantity, s: int, num_end: int, unit_info) -> Quantity | None:
        """``q`` as an age when the words around it say so; None otherwise."""
        low = self.low
        suffix_at = unit_info[2] if unit_info else q.end
        age_suffix = _AGE_SUFFIX.match(low, num_end) if "y" in low[num_end : num_end + 3] else None
        older = _SUFFIX_CMP.match(low, suffix_at) if "older" in low[suffix_at : suffix_at + 12] \
            or "younger" in low[suffix_at : suffix_at + 14] else None
        positions = (s,) if q.start == s else (s, q.start)
        age_cue = pop_cue = None
        for p in positions:
            age_cue = age_cue or self.lookback(_AGE_LOOKBACK, p, 40)
            pop_cue = pop_cue or self.lookback(_POP_LOOKBACK, p, 40, bounded=False)
        if age_cue is None and q.start == s:
            age_cue = self.wrapped_cue(_AGE_LOOKBACK, s)
        if not (age_cue or pop_cue or age_suffix or older) and self.terse_age_range(q, s, unit_info):
            q.unit, q.measure = "years", "age"
            return q
        if unit_info and unit_info[0] in W.YOUNG_AGE_UNITS:
            return self.young_age(q, unit_info, age_cue)
        if not (age_suffix or older or ((age_cue or pop_cue) and (
                unit_info is None or unit_info[0] == "years"))):
            return self.bare_age(q, s, unit_info)
        if unit_info and unit_info[0] != "years" and not age_suffix:
            return None
        if pop_cue and not (age_cue or age_suffix or older or unit_info) and (
                (not self.text[s : s + 1].isdigit() and not pop_cue.group("cmp"))
                or (q.value if q.value is not None else q.low or 0) < 18
                or _SEX_AFTER.match(low, num_end)):
            # "older adults (11 M/9 F)", "volunteers (two M, three F)": who, not how old; a
            # number word after a bound is an age ("people over sixty-five")
            return None
        q.end = max(q.end, age_suffix.end() if age_suffix else suffix_at)
        suffix = _SUFFIX_CMP.match(low, q.end)
        if suffix:
            q.comparator, q.end = W.SUFFIX_COMPARATORS[suffix.group("c")], suffix.end()
        if age_cue and age_cue.group("cmp"):
            after = age_cue.group("cmp") in ("after", "over", "above", "past", "beyond")
            q.comparator = ">" if after else "<"
            q.start = min(q.start, age_cue.start())
        if pop_cue and pop_cue.group("cmp"):
            q.comparator = W.PREFIX_COMPARATORS.get(" ".join(pop_cue.group("cmp").split()), ">")
        q.unit, q.measure = "years", "age"
        return q

    def young_age(self, q: Quantity, unit_info, age_cue: re.Match[str] | None) -> Quantity | None:
        """"24-month-old rats", "3-week-old pups", "mice aged 18 months", "mice 18–24 mo": an
        age counted in months, weeks or days (laboratory animals, infants): "-old" after the
        unit, an age cue before it, or animals right before months or weeks. Elsewhere such a
        number is a duration ("treated for 2 months")."""
        norm, _, uend = unit_info
        old = _OLD_AFTER.match(self.low, uend) if "old" in self.low[uend : uend + 6] else None
        if old:
            q.end = old.end()
        elif age_cue is not None or (norm != "days" and not _SPENT_AFTER.match(self.low, uend)
                                     and self.lookback(_ANIMALS_BEFORE, q.start, 24, bounded=False)):
            q.end = max(q.end, uend)
            if age_cue is not None and age_cue.group("cmp"):
                after = age_cue.group("cmp") in ("after", "over", "above", "past", "beyond")
                q.comparator = ">" if after else "<"
                q.start = min(q.start, age_cue.start())
        else:
            return None
        q.unit, q.measure = norm, "age"
        return q

    def terse_age_range(self, q: Quantity, s: int, unit_info) -> bool:
        """"participants 65–80 y", "n=40 (22 F), 68–79 y": a span of adult ages in years
        written without "aged", right after people or in a clause that counts them. A span
        after a word of duration ("followed for 5–7 y", "over 20–25 years") stays a duration."""
        if q.low is None or q.high is None or unit_info is None or unit_info[0] != "years" \
                or not 18 <= q.low < q.high <= 110:
            return False
        tail = self.tail(q.start)
        if tail.endswith(W.DURATION_WORDS_BEFORE):
            return False
        return _PEOPLE_BEFORE.search(tail) is not None

    def bare_age(self, q: Quantity, s: int, unit_info) -> Quantity | None:
        """A bare whole number read as an age from the word before it ("after 50", "past 65",
        "By 80,", "at 30.", "my mother is 79", "anyone over 65"). The rule, by cue strength
        (``W.BARE_AGE_CUES``): the number is 18–110, nothing it counts or measures follows it
        (no unit, noun, list of numbers), and the sentence is about people or ageing: a strong
        cue ("after", "past") needs a person or ageing word in the sentence or an article about
        ageing; a weak one ("at", "by") a person or ageing word and a clause end after the
        number; a copula a person right before it or an age word ("oldest") unless it carries
        its person ("I'm 52"); "over"/"under" a person right before it ("anyone over 65"; "a heart rate over 60" is no age)."""
        low = self.low
        v = q.value
        if q.low is not None and unit_info is None:
            return self.age_span(q, s) or self.named_span(q, s) or self.band_at(q, s)
        if unit_info is None and v is not None and q.low is None and q.comparator is None \
                and (life := self.lifespan_age(q, s, v)) is not None:
            return life
        if unit_info is None and v is not None and q.low is None and q.comparator is None and 5 <= v < 18 \
                and self.text[max(0, s - 2) : s] == ", " and float(v).is_integer() \
                and _CHILD_SPEAKER_AFTER.match(self.text, q.end) \
                and _CHILD_SPEAKER.search(self.text, max(0, s - 60), s):
            q.unit, q.measure = "years", "age"  # "..., says Jon Roe, 12, from <town>": a child's age
            return q
        if unit_info is not None or v is None or q.low is not None or not 18 <= v <= 110 \
                or not float(v).is_integer() or "." in low[s : q.end]:
            return None
        if q.comparator == "~":
            return self.rough_age(q)
        cue = self.lookback(_BARE_AGE_CUE, s, 16)
        if cue is None:
            return self.apposition_age(q, s) or self.signature_age(q, s) or self.bracketed_age(q, s) \
                or self.bracketed_mean_age(q, s) or self.person_of_age(q, s)
        word = cue.group("cue")
        strength = W.BARE_AGE_CUES[word]
        if cue.group("now") and strength not in ("copula", "self"):
            return None  # "now" between the cue and the number only after "is"/"was", "she's"
        if self.text[s : s + 1].isupper() and self.text[s : q.end].isalpha() \
                and self.text[cue.start()].isupper() and not self.opens_sentence(cue.start()):
            return None  # "Strong After Sixty: ...": a title's words, a slogan more than an age
        if q.comparator is not None and strength != "bound":
            return None
        end = _BARE_AGE_END.match(low, q.end)
        if end is None or self.noun_after(q.end):
            return None
        follower = end.group("w")
        plus = follower == "plus" and q.comparator is None  # "if you're 60 plus": 60 or older
        if plus:
            q.end = end.end()
            end = _BARE_AGE_END.match(low, q.end)
            if end is None:
                return None
            follower = end.group("w")
        if self.named_age(cue, strength, follower) or (
                strength == "copula" and end.group("p") in (",", ".") and self.full_name_before(cue)
                and not self.sentence_words(s, q.end).isdisjoint(_THIRD_PERSON)) or (
                strength == "copula" and end.group("p") in (",", ".") and self.person_named_before(cue)) or (
                follower == "and" and self.named_age_and(cue, end.end())):
            q.unit, q.measure = "years", "age"  # "Vera Holm is 81, and she ...": a named person's age
            return q
        if strength == "strong" and (follower in ("that's", "that’s") or (
                follower in ("that", "this") and self.demonstrative_subject(end.end()))):
            follower = None  # "after 60 that counts": a pronoun subject, as "after 60 it counts"
        determiner = follower in W.AGE_DETERMINERS and strength == "strong"
        # "by 87 she was cycling", "at 90 he took up rowing": a third person.s subject follows the
        # age as it follows a comma ("By 85, she ..."); the pronoun is the person
        subject = word in ("at", "by") and (follower in _SUBJECT_PRONOUNS or (
            follower in ("i", "i'm", "i’m") and self.opens_sentence(cue.start())) or (
            follower == "i" and v >= 40 and self.speaker_before(s, end.end())))  # "At 60 I took up rowing."
        # "At 88, Vera's own grip was ...", "At 88, Vera still rows": a named person after the
        # comma of a sentence-opening "At N," is its subject
        subject = subject or (word == "at" and end.group("p") == "," and v >= 40
                              and self.opens_sentence(cue.start())
                              and (named := _NAMED_SUBJECT.match(self.text, end.end())) is not None
                              and named.group("n").lower() not in _NOT_NAMES)
        # "I started at 64 with a rowing club": the person who started names the age
        subject = subject or (word == "at" and self.lookback(_STARTED_AT, cue.start(), 40, bounded=False) is not None)
        # "less at 70 than at 20", "works, even at 85": ages without a person named
        life_stage = word == "at" and (follower is None or self.than_at(q.end, follower)) \
            and self.life_stage_at(q, cue, v)
        if subject or (word == "at" and follower is not None and (
                self.age_at_possible(cue, follower, q.end) and (v >= 60 or self.contrasted_age_at(q, v)))) \
                or (word == "at" and follower == "and" and self.parallel_age_at(q, cue, v, end.end())):
            follower = None
        if follower in ("in", "among") and strength == "strong" and self.people_next(end.end()):
            follower = None  # "drops after 35 in inactive adults": the age of a population
        dated = False
        if follower == "in" and word in _TURNED and self.month_next(end.end()):
            follower, dated = None, True  # "Ada turned 81 in May": an age reached, dated by its month
        if follower is not None and strength != "bound" and not determiner and (
                strength == "weak" or follower not in W.AGE_FOLLOWERS):
            return None
        if (follower in ("and", "or") or end.group("p") == ",") and _NEXT_NUMBER.match(low, end.end()):
            return None  # "at 30, 60 and 90 minutes": a list of numbers sharing a unit
        before = self.prev_word(cue.start())
        person_before = before in W.AGE_PERSON_WORDS or before in W.POPULATION_NOUNS or (
            strength == "copula" and end.group("p") is not None and self.group_member(before, cue.start()))
        words = self.sentence_words(s, q.end)
        if strength == "self":
            ok = True
        elif strength == "bound":
            ok = person_before
        elif strength == "copula":
            ok = person_before or not words.isdisjoint(W.AGE_COPULA_CONTEXT) \
                or not self.wrapped_sentence_words(s, q.end).isdisjoint(W.AGE_COPULA_CONTEXT)
        else:
            if dated:  # "Our oldest\nrower, Ada, turned 81 in May": the person across a hard wrap
                words = words | self.wrapped_sentence_words(s, q.end)
            people = not (words.isdisjoint(W.AGE_PERSON_WORDS) and words.isdisjoint(W.AGE_CONTEXT_WORDS)
                          and words.isdisjoint(W.POPULATION_NOUNS))
            # "Olga Berg, who turns 80 in May, ...": "who" before the verb of an age reached is the person
            who = before == "who" and word in _TURNED
            ok = people or subject or life_stage or who or (
                strength == "strong" and not determiner and not dated and self.about_ageing())
        if not ok:
            return None
        if word in ("after", "past", "beyond", "before"):
            q.comparator = "<" if word == "before" else ">"
            q.start = min(q.start, cue.start())
        if plus:
            q.comparator = ">="
        q.unit, q.measure = "years", "age"
        return q

    def month_next(self, pos: int) -> bool:
        """Whether the word right after ``pos`` (after "in") is a month's name ("in May")."""
        m = _WORD.match(self.low, pos + 1) if self.low[pos : pos + 1] == " " else None
        return m is not None and m.group() in W.MONTHS

    def wrapped_sentence_words(self, s: int, e: int) -> set[str]:
        """The words of the sentence around ``s``..``e`` on the line above, when hard-wrapped
        prose carries it over a line break ("The oldest rower\nin the crew was 81"): the
        number's sentence opens its line, and the line above (30 characters or more: no
        heading or list item) ends with no full stop, question or exclamation mark, colon or
        semicolon. Empty otherwise."""
        a, _ = self.sentence_bounds(s, e)
        ls = self.line_start(s)
        if a != ls or ls < 2 or self.text[ls - 2] in ".!?:;\n" or self.text[ls - 1] != "\n":
            return set()
        prev = self.line_start(ls - 1)
        if ls - 1 - prev < 30:
            return set()
        low = self.low
        start = max([prev] + [low.rfind(p, prev, ls - 1) + 1 for p in (". ", "? ", "! ", "; ")])
        return set(_WORD.findall(low, start, ls - 1))

    def demonstrative_subject(self, pos: int) -> bool:
        """Whether the word at ``pos`` (after "that"/"this") is a verb, making the demonstrative
        a subject: an auxiliary ("that is", "this will") or a verb in -s ("that matters"); a
        singular noun in -ss, -us or -is ("that process", "this status") is no verb."""
        m = _WORD.match(self.low, pos + 1) if self.low[pos : pos + 1] == " " else None
        if m is None:
            return False
        w = m.group()
        return w in W.DEMONSTRATIVE_VERBS or (
            len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")))

    def age_at_possible(self, cue: re.Match[str], follower: str, end: int) -> bool:
        """Whether "at N" may be an age: in an article about ageing, followed by a word that
        continues no measurement (a unit, noun, "for", "per" ... are ruled out; "than" only
        before another "at N", see ``than_at``) and not after a word naming what is measured
        ("a heart rate at 65 is normal"). A later-life N (60–110) is then an age ("lifting
        heavy at 75 isn't reckless"); a younger one needs ``contrasted_age_at``."""
        if self.company_at(end, follower):
            return self.prev_word(cue.start()) not in _LEVEL_WORDS  # the person is named: any article
        return (follower not in _NOT_AGE_AFTER or self.than_at(end, follower)) and self.about_ageing() \
            and self.prev_word(cue.start()) not in _LEVEL_WORDS

    def company_at(self, end: int, follower: str) -> bool:
        """Whether "at N" goes on with "with", a possessive and a person ("reached the top at 68
        with my son"): whom the person did it with, no condition of a measurement ("at 60 with
        a load", "at 65 with hypertension" stay out here), in any article, ageing or not."""
        if follower != "with":
            return False
        m = _WITH_COMPANY.match(self.low, end)
        return m is not None and (m.group("w") in W.COMPANION_WORDS or m.group("w") in W.AGE_PERSON_WORDS)

    def band_at(self, q: Quantity, s: int) -> Quantity | None:
        """"what you could sustain at 35-49.": a span of whole numbers after "at" ending its
        clause, shaped like an age band of a table (from a multiple of 5 to one below the next:
        35-49, 60-64, 70-79), in an article about ageing with no word of a level in the
        sentence, is an age band ("at 25-30" or "at 60-70" keep their unknown measure)."""
        lo, hi = q.low, q.high
        if lo is None or hi is None or not 18 <= lo < hi <= 110 or lo % 5 or hi % 5 != 4 \
                or hi - lo > 20 or q.comparator is not None or "." in self.low[s : q.end] \
                or self.lookback(_AT_BEFORE, s, 6) is None or not self.about_ageing():
            return None
        end = _BARE_AGE_END.match(self.low, q.end)
        if end is None or end.group("p") is None or end.group("p") in "()":
            return None  # "at 70-79 (easy)": a bracket may name what the span measures
        a, b = self.sentence_bounds(q.start, q.end)
        if not _LEVEL_WORDS.isdisjoint(_WORD.findall(self.low, a, b)):
            return None
        q.unit, q.measure = "years", "age"
        return q

    def parallel_age_at(self, q: Quantity, cue: re.Match[str], v: float, after_and: int) -> bool:
        """"sprained his ankle at 52 and his knee at 67", "retired at 58 and died at 81": "at N and"
        opening a parallel clause (no number right after "and": "at 30 and 60 minutes" is a
        list) that ends on another "at M" of a life (``contrasted_age_at``, strict: M ends its
        clause, ten or more years apart, no word of a level in the sentence), in an article
        about ageing; "drawn at 30 and again at 60" repeats a measurement. Whether a person is
        named is checked by the caller."""
        low = self.low
        return not _NEXT_NUMBER.match(low, after_and) and not _AGAIN.match(low, after_and) and self.about_ageing() \
            and self.prev_word(cue.start()) not in _LEVEL_WORDS and self.contrasted_age_at(q, v, strict=True)

    def than_at(self, end: int, follower: str | None) -> bool:
        """"at 70 than at 20": "than" compares the number with another "at N", not a measure."""
        return follower == "than" and _THAN_AT.match(self.low, end) is not None

    def life_stage_at(self, q: Quantity, cue: re.Match[str], v: float) -> bool:
        """An "at N" ending its clause that needs no person named in its sentence, in an
        article about ageing: one of two ages contrasted (``contrasted_age_at``: "muscle grows
        less at 70 than at 20") or a later-life N after a concessive "even" ("it still works,
        even at 80"), with no word of a level in the sentence."""
        if not self.about_ageing() or self.prev_word(cue.start()) in _LEVEL_WORDS:
            return False
        if v >= 60 and self.prev_word(cue.start()) == "even":
            a, b = self.sentence_bounds(q.start, q.end)
            return _LEVEL_WORDS.isdisjoint(_WORD.findall(self.low, a, b))
        return self.contrasted_age_at(q, v, strict=True)

    def contrasted_age_at(self, q: Quantity, v: float, strict: bool = False) -> bool:
        """"what you lift at 45 is what you keep at 75": two whole numbers after "at" in one
        sentence, ten or more years apart, the other one ending its clause or followed by a word
        that continues no measurement, and no word of a level in the sentence ("rate", "set",
        "peaked"), contrast two ages of a life (each alone may be a time, a dose or a score; the
        pair of plain numbers is not). Only after ``age_at_possible``. ``strict``: the other
        one ends its clause or is compared by "than" (no word after it that may be a unit)."""
        a, b = self.sentence_bounds(q.start, q.end)
        if self.low.count("at ", a, b) < 2 or not _LEVEL_WORDS.isdisjoint(_WORD.findall(self.low, a, b)):
            return False  # "the heart rate sat at 50 and peaked at 90": levels, not ages
        for m in _AT_OTHER_AGE.finditer(self.low, a, b):
            n = m.start("n")
            if n == q.start or abs(float(m.group("n")) - v) < 10 or float(m.group("n")) < 18:
                continue
            w = m.group("w")
            if (w in _NOT_AGE_AFTER and not self.than_at(m.end("n"), w)) or (
                    strict and w is not None and not self.than_at(m.end("n"), w)) \
                    or self.unit_at(m.end("n")) or self.noun_after(m.end("n")):
                continue
            return True
        return False

    def age_span(self, q: Quantity, s: int) -> Quantity | None:
        """"NAD+ falls as we age; it may halve between 40 and 80", "strength declines from 30
        to 70": a span of whole numbers 18–110 with no unit after a verb of decline is the ages
        over which it happens. Rising numbers after "from" cannot be the declining quantity
        itself (it would go down); "between" needs an age word in the sentence, "from" one or
        an article about ageing. Nothing counted may follow ("between 40 and 80 sessions")."""
        lo, hi = q.low, q.high
        if lo is None or hi is None or not 18 <= lo < hi <= 110 or not (
                float(lo).is_integer() and float(hi).is_integer()) or q.comparator is not None:
            return None
        m = self.lookback(_DECLINE_BEFORE, s, 60, bounded=False)
        if m is None or self.noun_after(q.end) or "." in self.low[s : q.end]:
            return None
        aged = not self.whole_sentence_words(s, q.end).isdisjoint(W.AGE_CONTEXT_WORDS)
        # "halving between 30 and 80" in an article about ageing: the verb changes over the
        # span; "fell to between 30 and 80", "a drop of between ..." name the amount instead
        lead = [w for w in m.group().split()[:-1] if w not in _SPAN_HEDGES]
        direct = m.group("o") == "from" or lead[-1] not in _SPAN_AMOUNT
        if not aged and not (direct and self.about_ageing()):
            return None
        q.start = min(q.start, m.start("o"))
        q.unit, q.measure = "years", "age"
        return q

    def named_span(self, q: Quantity, s: int) -> Quantity | None:
        """A span of whole numbers before a noun of span: "the 60–64 age group" is an age
        band (0–120); "the 20 to 25 range", "a 3–5 zone" values of what the sentence measures,
        with no unit (after "the" or "a" only: "scores 20 to 25 range widely" says nothing).
        Years ("the 2010–2015 range") are not read so."""
        lo, hi = q.low, q.high
        if lo is None or hi is None or q.comparator is not None or not lo < hi < 1000 \
                or not (float(lo).is_integer() and float(hi).is_integer()):
            return None
        m = _SPAN_NOUN.match(self.low, q.end)
        if m is None:
            return None
        if m.group("age"):
            if hi > 120:
                return None
            q.unit, q.measure = "years", "age"
            return q
        if not (self.lookback(_THE_BEFORE, s, 8, bounded=False) or self.lookback(_A_BEFORE, s, 8, bounded=False)):
            return None
        q.unit, q.measure = None, "measurement"
        return q

    def group_member(self, noun: str, pos: int) -> bool:
        """"One of our biggest improvers was 81.": one of a group of people named by an agent
        noun in "-ers" (not a thing: ``W.NOT_PEOPLE_ERS``) is the subject of the copula."""
        if len(noun) < 6 or not noun.endswith("ers") or noun in W.NOT_PEOPLE_ERS:
            return False
        return self.low.rfind("one of ", max(self.line_start(pos), pos - 60), pos) >= 0

    def named_age(self, cue: re.Match[str], strength: str, follower: str | None) -> bool:
        """Narrative ages of a named person: "Desmond was seventy-one when he ...", "Joan is
        eighty now", "a teacher who was sixty-eight when ...", "Joan, who at eighty-seven still
        runs". A copula needs a name (a capitalised word that is no pronoun or label) or "who"
        right before it and "when"/"now"/"today" after the number; "at" needs "who" right
        before it and a word (not a clause end) after the number."""
        word = cue.group("cue")
        before = self.prev_word(cue.start())
        if word == "at":
            return before == "who" and follower is not None
        if strength == "copula" and before == "who" and word in ("is", "was") \
                and self.person_before_who(self.low.rfind("who", 0, cue.start())):
            return True  # "my aunt who is 84 and ...", "Arthur, who is 84,": a person's relative clause
        if strength != "copula" or follower not in W.NAMED_AGE_FOLLOWERS:
            return False
        if before == "who" or before in W.AGE_PERSON_WORDS:
            return True
        t = self.text[max(self.line_start(cue.start()), cue.start() - 40) : cue.start()].rstrip()
        name = t.rsplit(None, 1)[-1] if t.split() else ""
        key = name.lower()
        return (name[:1].isupper() and name[1:].islower() and name.isalpha()
                and key not in W.NOT_NAMES and key not in W.MONTHS and key not in W.WEEKDAYS
                and key not in W.LABEL_WORDS)

    def named_age_and(self, cue: re.Match[str], after_and: int) -> bool:
        """"Vera Holm is 81 and has ...", "Tomas Berg was 77 and still ...": a first name and
        surname right before "is"/"was" (or one of them alone, named in full earlier in the
        article, ``person_named_before``), then "and" and a verb of a second predicate about the
        same person (``W.NAMED_AGE_AND_VERBS``, a verb in -s or a past verb), in an article about
        ageing. "and 83" (a list) and "and the ..." go on about something else."""
        if cue.group("cue") not in ("is", "was") or not (self.full_name_before(cue)
                                                          or self.person_named_before(cue, ageing=False)):
            return False  # "Tomas Berg ... Tomas is 77 and still ...": the first name alone, once named in full
        m = _WORD.match(self.low, after_and + 1) if self.low[after_and : after_and + 1] == " " else None
        if m is None:
            return False
        w = m.group()
        verb = w in W.NAMED_AGE_AND_VERBS or _past_verb(w) or _verb_s(w)
        t = self.text[max(self.line_start(cue.start()), cue.start() - 60) : cue.start()].split()
        if not verb or (len(t) >= 3 and t[-3].lower() in ("the", "a", "an")):
            return False
        if self.about_ageing():
            return True
        # "... is 81 and still swims most mornings": "still" and a verb in -s after the age say the
        # person keeps doing it at that age, in any article
        nxt = _WORD.match(self.low, m.end() + 1) if w == "still" and self.low[m.end() : m.end() + 1] == " " else None
        return nxt is not None and _verb_s(nxt.group())

    def person_before_who(self, who: int) -> bool:
        """Whether a person stands right before the relative pronoun at ``who``, a comma
        allowed: a person word ("my aunt who", "a neighbour, who") or a capitalised name
        ("named Arthur, who"; not a pronoun, label, month or weekday)."""
        t = self.text[max(self.line_start(who), who - 40) : who].rstrip().rstrip(",").split()
        name = t[-1] if t else ""
        key = name.lower()
        if key in W.AGE_PERSON_WORDS:
            return True
        return (name[:1].isupper() and name[1:].islower() and name.isalpha() and len(name) > 2
                and key not in W.NOT_NAMES and key not in W.MONTHS and key not in W.WEEKDAYS
                and key not in W.LABEL_WORDS)

    def rough_age(self, q: Quantity) -> Quantity | None:
        """"After about 50, muscle ...", "from around 60, we ...": an approximate age that
        opens a sentence with a comma, in an article about ageing (a count or level would go on
        to say what it counts)."""
        cue = _ROUGH_AGE_CUE.search(self.low, max(self.line_start(q.start), q.start - 12), q.start)
        if cue is None:
            return self.rough_age_subject(q)
        if self.low[q.end : q.end + 1] != "," or not 30 <= q.value <= 90 \
                or not self.opens_sentence(cue.start()) or not self.about_ageing():
            return None
        if self.low.startswith("from", cue.start()) and _TO_NUMBER.search(
                self.low, q.end, self.sentence_bounds(q.start, q.end)[1]):
            return None  # "From about 50, the count rose to 80": a change's first value
        q.start, q.unit, q.measure = cue.start(), "years", "age"
        return q

    def rough_age_subject(self, q: Quantity) -> Quantity | None:
        """"somewhere around 60 I gave up", "about 70 she started": an approximate age
        followed by a person doing something (a pronoun and a past verb), in an article about
        ageing. A count or level goes on to name what it counts, never a person's act."""
        m = _ROUGH_SUBJECT.match(self.low, q.end)
        if m is None or not 30 <= q.value <= 95 or not (_past_verb(m.group("v")) or m.group("v") in _LIFE_TURN_VERBS) \
                or not self.about_ageing():
            return None
        q.unit, q.measure = "years", "age"
        return q

    def person_named_before(self, cue: re.Match[str], ageing: bool = True) -> bool:
        """"Vera Holm, 81, ... Holm is 81.", "Ted Marsh asked me twice. Ted is 84.": one
        capitalised name right before "is"/"was" that the article wrote earlier as part of a
        full name (two capitalised words), in an article about ageing (unless ``ageing`` is
        False: the caller has its own cue), names a person."""
        if cue.group("cue") not in ("is", "was"):
            return False
        t = self.text[max(self.line_start(cue.start()), cue.start() - 40) : cue.start()].split()
        name = t[-1] if t else ""
        key = name.lower()
        if not (name[:1].isupper() and name[1:].islower() and name.isalpha()) or len(name) < 3 \
                or key in W.NOT_NAMES or key in W.MONTHS or key in W.WEEKDAYS or key in W.LABEL_WORDS:
            return False
        full = re.compile(rf"(?<![\w])(?:[A-Z][a-z]+[ \u00a0]{name}|{name}[ \u00a0][A-Z][a-z]+)(?![\w])")
        return full.search(self.text, 0, cue.start() - len(name) - 1) is not None \
            and (not ageing or self.about_ageing())

    def full_name_before(self, cue: re.Match[str]) -> bool:
        """Whether a first name and surname stand right before ``cue`` ("Vera Holm is"): two
        capitalised words, neither a pronoun, label, month or weekday."""
        t = self.text[max(self.line_start(cue.start()), cue.start() - 40) : cue.start()].split()
        if len(t) < 2:
            return False
        for name in t[-2:]:
            key = name.lower()
            if not (name[:1].isupper() and name[1:].islower() and name.isalpha()) or key in W.NOT_NAMES \
                    or key in W.MONTHS or key in W.WEEKDAYS or key in W.LABEL_WORDS:
                return False
        return True

    def caption_place(self, end: int) -> bool:
        """"Name, 80 (left), and friends ...", "Name, 80, (back row, in blue) beside neighbours": a
        caption's place of the person (after the age or its comma, perhaps with a few words of
        description), then a lower-case word, perhaps after a comma."""
        at = end + 1 if self.text[end : end + 1] == "," else end
        if self.text[at : at + 2] != " (":
            return False
        place = _CAPTION_PLACE.match(self.text, at)
        return place is not None and _CAPTION_PLACE_AFTER.match(self.text, place.end()) is not None

    def role_after(self, end: int) -> bool:
        """Whether ", a/an <what the person is>" follows the age ending at ``end`` ("Edna, 84, a
        retired nurse"): an article and up to three words, one of them a noun of a person."""
        m = _APPOSITION_ROLE.match(self.text, end) if self.text.startswith(",", end) else None
        return m is not None and any(w in W.ROLE_PERSON_WORDS or w in W.AGE_PERSON_WORDS
                                     for w in m.group("w").split())

    def partner_after(self, end: int) -> bool:
        """Whether ", and his/her/their <person>" follows the age ending at ``end`` ("Manos, 77,
        and his wife Eleni, 73, ..."): a caption's pair, the first a person by that token."""
        m = _APPOSITION_AND_PARTNER.match(self.text, end) if self.text.startswith(",", end) else None
        return m is not None and m.group("w") in W.AGE_PERSON_WORDS

    def speaker_before(self, s: int, after_i: int) -> bool:
        """Whether the clause before ``s`` in its sentence is the speaker's own and the "I" after
        the age (ending at ``after_i``) tells the past ("When I joined the choir at 63 I was
        ...": "I" before the age as well as after it)."""
        a, _ = self.sentence_bounds(s, s)
        m = _WORD.match(self.low, after_i + 1) if self.low[after_i : after_i + 1] == " " else None
        return m is not None and (m.group() in ("was", "had", "did", "could", "felt") or _past_verb(m.group())) \
            and " i " in f" {self.low[a:s]}"

    def person_of_age(self, q: Quantity, s: int) -> Quantity | None:
        """"a man of 71 showed me ...", "what you'd expect of a woman of 50.": a whole number
        18–110 right after "<a/the/one> [word] man / woman / person ... of", no unit or noun
        after it, ending its clause or before a verb: that person's age."""
        if not self.low.endswith(" of ", max(0, s - 4), s):
            return None  # the cheap gate
        if _PERSON_OF.search(self.low, max(self.line_start(s), s - 40), s) is None:
            return None
        end = _BARE_AGE_END.match(self.low, q.end)
        if end is None or self.noun_after(q.end):
            return None
        w = end.group("w")
        if w is not None and w not in W.AGE_FOLLOWERS and not (
                _past_verb(w) or w in ("who", "and", "with") or w in _IRREGULAR_PAST):
            return None  # "a man of 81 taught me ...": an irregular past verb too
        q.unit, q.measure = "years", "age"
        return q

    def apposition_age(self, q: Quantity, s: int) -> Quantity | None:
        """A whole number 18–110 between commas right after a capitalised name and before a
        lower-case word ("Margit Sørensen, 78, a retired engineer", "said Jones, 64, who ...").
        The name may not open a sentence ("Overall, 45, ..."; unless a home town follows: "Edna,
        84, from Leeds,"), be a month, weekday or label ("Table", "Week"), nor be written in
        capitals (an acronym). Said with "now", a clause end may close it ("said Ortiz, now 81.");
        so may it after a verb of speech names the person ("“It was hard,” said Okafor, 81.").
        A person noun in the singular after a determiner names one person as a name does, at a
        sentence's start too ("My aunt, 83, still drives daily", "the patient, 67, fell")."""
        text = self.text
        if q.comparator is not None:
            return None
        now = _APPOSITION_NOW.search(text, max(0, s - 48), s)  # "Walter, now 87, still runs"
        followed = _APPOSITION_AFTER.match(text, q.end) is not None or self.caption_place(q.end)
        closed = not followed and _APPOSITION_NOW_END.match(text, q.end) is not None
        credited = closed and text.startswith(". ", q.end) and _CREDIT_AFTER.match(text, q.end) is not None
        if not followed and not closed:
            return None
        m = now or _APPOSITION_NAME.search(text, max(0, s - 40), s)
        if m is None and text[max(0, s - 3) : s].rstrip(" \u00a0").endswith("),"):
            m = _NAME_PLACE_BEFORE.search(text, max(0, s - 80), s)  # "Name (left), 64, ..."
        if m is None:
            return None
        name = m.group("name")
        key = name.lower()
        said = not now and closed and name[:1].isupper() and not name.isupper() \
            and _SAID_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
        if credited and not now and not said and name[:1].isupper() and not name.isupper() \
                and _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            q.unit, q.measure = "years", "age"  # a caption's last person: "... from Anna Berg, 69. Photo: ..."
            return q
        if not followed and not now and not said:
            return None  # a clause end closes the age only after "now" or an attribution
        if now and key in W.AGE_PERSON_WORDS:  # "my father, now 87,"
            q.unit, q.measure = "years", "age"
            return q
        if followed and (key in W.AGE_PERSON_WORDS or key in W.ROLE_PERSON_WORDS) and key not in _NOT_ONE_PERSON \
                and not _is_plural_noun(key) \
                and _PERSON_DETERMINER.search(text, max(0, m.start() - 24), m.start()):
            q.unit, q.measure = "years", "age"  # "my aunt, 83, ...", "the retired nurse, 71, ...": one person
            return q
        if not name[0].isupper() or name.isupper() or key in W.MONTHS or key in W.WEEKDAYS \
                or key in W.LABEL_WORDS or key in W.NOT_NAMES:
            return None
        if (now and followed) or said:  # "now" marks the age: the name may open the sentence
            q.unit, q.measure = "years", "age"  # "..., said Okafor, 81.": a speaker's age
            return q
        gap = text[max(0, m.start() - 4) : m.start()]
        before = gap.rstrip(" \u00a0\t\n")
        if gap.endswith("!["):  # a photo's alt text: "![Harold, 82, at the gym](...)"
            q.unit, q.measure = "years", "age"
            return q
        if (not before or "\n\n" in gap or before.endswith((".", "!", "?", ":", ";", "\u201c", '"', "#", "*"))) \
                and not _APPOSITION_FROM.match(text, q.end) and not self.role_after(q.end) \
                and not self.partner_after(q.end) \
                and not (before.endswith('"') and _NICKNAME_BEFORE.search(text, max(0, m.start() - 60), m.start())) \
                and not self.named_in_full(name, m.start()):
            return None  # the capital may only mean a sentence or a line of its own starts
            # (unless the text named the person in full before: "Mira Holt ... Holt, 77, is")
        q.unit, q.measure = "years", "age"
        return q

    def named_in_full(self, name: str, pos: int) -> bool:
        """Whether ``name`` was written before ``pos`` next to another capitalised name, as a
        person's given name and surname are ("Mira Holt ... Holt, 77, is one of ..."; either
        order): then, opening a sentence, it is that person's name, not a fronted word. A
        double-barrelled surname counts when each part is capitalised ("Ana Roe-Lind ...
        Roe-Lind, 70, ...")."""
        if len(name) < 3 or not all(
            len(part) >= 2 and part[0].isupper() and part[1:].islower() for part in name.split("-")
        ):
            return False
        n = re.escape(name)
        return re.search(rf"\b[A-Z][a-z]+[ \u00a0]{n}\b|\b{n}[ \u00a0][A-Z][a-z]+\b(?![ \u00a0]*,[ \u00a0]*[0-9])",
                         self.text[:pos]) is not None

    def bracketed_age(self, q: Quantity, s: int) -> Quantity | None:
        """A whole number 18–110 alone in brackets right after a capitalised first name and
        before a lower-case word or a clause end ("Dora (71) swims daily", "with Tom (64),"),
        as newspapers give ages. Not after a population noun ("Women (31) and men (29)" are
        counts), a label ("Table (12)") or an acronym. A bracket that goes on about the person
        after a comma ("Dora (71, a retired nurse)", "my neighbour (74, still cycling)", "one of
        our club cyclists (59, back on the bike since 52)") also follows one person named by a noun."""
        text = self.text
        if q.comparator is not None or text[s - 1 : s] != "(":
            return None
        told = _APPOSITION_AFTER.match(text, q.end) is not None
        if not told and (text[q.end : q.end + 1] != ")" or not _BRACKET_AGE_AFTER.match(text, q.end + 1)):
            return None
        m = _BRACKET_NAME.search(text, max(0, s - 30), s)
        if m is None:
            return self.bracketed_person(q, s) if told else None
        name = m.group("name")
        key = name.lower()
        if key in W.POPULATION_NOUNS or key in W.AGE_PERSON_WORDS or key in W.LABEL_WORDS \
                or key in W.NOT_NAMES or key in W.MONTHS or key in W.WEEKDAYS or _is_plural_noun(key):
            return None
        q.start, q.end = s, q.end  # the number alone: the brackets are punctuation
        q.unit, q.measure = "years", "age"
        return q

    def bracketed_mean_age(self, q: Quantity, s: int) -> Quantity | None:
        """"aged 50 to 70 (average 61)", "(median 64;": an average alone in brackets right after
        an age span (the last value read, only spaces or a line break between) is the group's
        average age, as "(mean age 61)" is."""
        if q.comparator is not None or "(" not in self.text[max(0, s - 10) : s]:
            return None
        m = _AVERAGE_OPEN.search(self.low, max(0, s - 10), s)
        last = self.last
        if m is None or last is None or last.measure != "age" or last.low is None \
                or self.text[last.end : m.start()].strip(" \u00a0\n") \
                or self.text[q.end : q.end + 1] not in (")", ";", ","):
            return None
        q.unit, q.measure = "years", "age"
        return q

    def bracketed_person(self, q: Quantity, s: int) -> Quantity | None:
        """"(74, still cycling)" right after one person named by a noun: a person word in the
        singular ("my neighbour", "a client") or one of a group ("one of my clients", "one of my
        rowers")."""
        noun = self.prev_word(s - 1).lower()
        single = noun in W.AGE_PERSON_WORDS and not _is_plural_noun(noun) and noun not in _NOT_ONE_PERSON
        one_of = noun[:-1] in W.AGE_PERSON_WORDS and noun.endswith("s") \
            and self.low.rfind("one of ", max(self.line_start(s), s - 60), s) >= 0
        if not single and not one_of and not self.group_member(noun, s):
            return None
        q.unit, q.measure = "years", "age"
        return q

    def lifespan_age(self, q: Quantity, s: int, v: float) -> Quantity | None:
        """"can live to 16", "survived to 104": the age a life lasts to, for any species; and
        a bare whole number after "reach"/"turn" that continues such an age in the same
        sentence ("a cat may live to 20, a hamster rarely reaches 3")."""
        if not 1 <= v <= 125 or not float(v).is_integer() or not _CLAUSE_AFTER.match(self.low, q.end):
            return None
        if self.anchor_tail.endswith(("to", "until", "past", "beyond")) and self.lookback(_LIVE_TO, s, 24):
            q.unit, q.measure = "years", "age"
            return q
        if not self.lookback(_REACH_BEFORE, s, 12):
            return None
        a = max(self.line_start(s), s - 160)
        lived = [m.end() for m in _LIVED_TO.finditer(self.low, a, s)]
        if not lived or _STOP.search(self.text, lived[-1], s):
            return None
        q.unit, q.measure = "years", "age"
        return q

    def signature_age(self, q: Quantity, s: int) -> Quantity | None:
        """The age in a sign-off line under a letter or quote ("— Jo K., 64, Leeds", "-- Sam
        Ortiz, 81, Tucson, Ariz."): a dash opens the line, a capitalised name, the number, then
        a capitalised place that ends the line."""
        text = self.text
        ls = self.line_start(s)
        if s - ls > 60 or not _SIGNATURE_NAME.fullmatch(text, ls, s):
            return self.credit_age(q, s, ls)
        return self.age_before_place(q, 60, _SIGNATURE_PLACE)

    def age_before_place(self, q: Quantity, limit: int, place: re.Pattern[str]) -> Quantity | None:
        """``q`` as an age when the rest of its line (``limit`` characters at most) is a place a
        credit or signature ends on: what the two credit shapes share."""
        le = self.nl.find("\n", q.end)
        le = len(self.text) if le < 0 else le
        if le - q.end > limit or not place.fullmatch(self.text, q.end, le):
            return None
        q.unit, q.measure = "years", "age"
        return q

    def credit_age(self, q: Quantity, s: int, ls: int) -> Quantity | None:
        """The age in a credit line with no dash: "**Jo Roe**, 64, Leeds · 3 May 2026" under a
        comment or testimonial (the name bold), or "Jo Roe, 64, Leeds (Norland)" right after a
        quotation's closing mark (at the end of the line above or before the name on the same
        line). A capitalised place ends the line, perhaps with a separator and a date."""
        text = self.text
        if text[s - 2 : s] not in (", ", ",\u00a0") and text[s - 1 : s] != ",":
            return None
        start = ls
        if not text.startswith(("**", "__"), ls):
            # the name after a quotation's closing mark on this line, or the line above ends one
            close = max(text.rfind(c, ls, s) for c in QUOTE_CLOSERS)
            if close >= 0:
                start = close + 1
            elif not text[max(0, ls - 4) : ls].rstrip().endswith(tuple(QUOTE_CLOSERS)):
                return None
        if s - start > 60 or not _CREDIT_NAME.fullmatch(text, start, s):
            return None
        return self.age_before_place(q, 80, _CREDIT_PLACE)

    def aged_group(self, q: Quantity, end: int, value: float, raw: str) -> Quantity | None:
        """"30 24-month-old mice", "12 healthy 70-year-old women", "8 fit 60-year-olds": a count
        right before an age-modified group of people or animals (one or two adjectives between)
        is its size; the age is read as a row of its own and study
        groups join the two (the row carries no noun: its span ends at the count)."""
        m = _ADJ_AGED_GROUP_AFTER.match(self.low, end)
        if m is None or q.value is None or q.comparator not in (None, "~") or not float(value).is_integer() \
                or value < 2 or self.year_like(value, raw) \
                or not _NOT_GROUP_ADJ.isdisjoint(m.group("adj").split()):
            return None
        if m.group("olds"):  # "24 healthy 25-year-olds": the age noun is the people
            if m.group("u") != "year":
                return None
            species = "human"
        else:
            noun = self.noun_after(m.end())
            if noun is None or noun[0] != "pop":
                return None
            species = W.POPULATION_NOUNS[noun[1]]
        q.unit = W.HUMAN_UNIT if species == "human" or (species is None and noun[1] != "animals") \
            else W.ANIMAL_UNIT
        q.species, q.measure = species, "sample_size"
        return q

    def listed_decade(self, s: int) -> bool:
        """Whether the decade at ``s`` continues a list whose first member was an age decade
        ("in their 50s, 60s and 70s": "their" is written once for the whole list)."""
        last = self.last
        return (last is not None and last.measure == "age" and last.value is None
                and last.low is not None and last.low % 10 == 0 and last.high == last.low + 9
                and 0 < s - last.end <= 10 and _DECADE_LIST_GAP.fullmatch(self.low, last.end, s) is not None)

    def qualified_decade(self, s: int, e: int) -> re.Match[str] | None:
        """"the mid-50s", "in the early 40s": a decade of life without "their" when the
        sentence has an age word or the article is about ageing. Calendar decades in this
        genre are written with the century ("the late 1990s")."""
        m = self.lookback(_QUALIFIED_DECADE, s, 8)
        if m is None or self.listed_decade(m.start()):  # "in their mid-50s and late 60s"
            return m
        if self.whole_sentence_words(s, e).isdisjoint(W.AGE_CONTEXT_WORDS) and not self.about_ageing():
            return None
        return m

    def decade(self, q: Quantity, s: int, e: int, value: float) -> Quantity | None:
        if value != int(value) or int(value) % 10:
            return None
        their = self.lookback(_THEIR, s, 24)
        if their is None and value < 100 and _TO_DECADE.match(self.low, e + 1):
            their = self.lookback(_FROM_DECADE, s, 12)
        if their is None and 20 <= value < 100:
            their = self.qualified_decade(s, e)
        q.end = e + 1
        q.value = None
        if value < 100 and (their or self.listed_decade(s)):
            q.start = their.start() if their else s
            q.low, q.high, q.unit, q.measure = value, value + 9, "years", "age"
            return q
        if 1800 <= value <= 2090:
            q.low, q.high, q.unit, q.measure = value, value + 9, "year", "date/metadata"
            return q
        return None

    def nth_decade(self, s: int, e: int, value: float, word: bool) -> Step:
        """An ordinal decade of a life ("in their Nth decade") is a ten-year age band."""
        low = self.low
        if not word and low[e : e + 2] in ("th", "st", "nd", "rd") and 2 <= value <= 11 \
                and (nth := _NTH_DECADE.match(low, e)) and (
                    (their := self.lookback(_THEIR, s, 24))
                    or ((their := self.lookback(_THE_DECADE, s, 24)) and not _DECADE_OF_OTHER.match(low, nth.end()))):
            decade_low = (int(value) - 1) * 10  # "in their 8th decade": aged 70 to 79
            return Quantity(their.start(), nth.end(), None, float(decade_low), decade_low + 9.0, "years", None,
                            "age")
        return UNDECIDED

    def age_reading(self, q: Quantity, s: int, e: int, unit_info: UnitInfo | None, value: float,
                    word: bool) -> Step:
        """Ages ("aged 61 to 77", "63 years old", "over 58") and decades ("the 40s") before other kinds."""
        age = self.age_cues(q, s, e, unit_info)
        if age is not None and 0 < value <= 120:
            return age
        low = self.low
        if not word and e < len(low) and low[e] == "s" and (e + 1 >= len(low) or not low[e + 1].isalpha()):
            return self.decade(q, s, e, value)
        return UNDECIDED
