"""The scan itself: number anchors, parsing one number, the words after it, and ``classify``, which
hands each number to the rule groups (the mixins composed into ``quantities._Scanner``).
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from agefacts.extract import quantity_words as W
from agefacts.extract.captions import cue_furniture, join_cues
from agefacts.extract.quantity_patterns import (
    _A_BEFORE,
    _ACRONYM_SCORE_WAS,
    _AGAINST_BEFORE,
    _AGE_BAND,
    _AGE_SUFFIX,
    _AIM_FOR,
    _AIM_GATE,
    _ALLELE_FREQUENCY,
    _ANCHOR_RUN,
    _AND_A_HALF,
    _AS_ROLE,
    _AT_TIME_POINT,
    _BETWEEN,
    _BMI_LOOKBACK,
    _BOLD_CLOSE,
    _BRACKET_WORKING,
    _CHANGED_BY,
    _CI_AFTER_PERCENT,
    _CLAUSE_AFTER,
    _COMMA_LIST_AFTER,
    _COMPARATIVE,
    _COMPARED,
    _CONN,
    _COUNT_BEFORE_COMPOUND,
    _COUNTED_MODIFIER,
    _COUPLE_BEFORE,
    _CURRENCY_AFTER,
    _DECIMAL_COMMA,
    _DECIMAL_COMMA_ANY,
    _DIGITS,
    _DISTANCE_UNITS,
    _DRILL_GATE,
    _DRILL_PRODUCT,
    _ECHO_WORD,
    _ETAL,
    _EVERY_BEFORE,
    _FOLD_AFTER,
    _FORMULA_GATE,
    _FRACTION_AFTER,
    _FULL_STOP,
    _GLUED_RATE,
    _GROUP_SIZE_MODIFIER,
    _HUNDRED_AND,
    _HYPHEN_TO,
    _IN_A_SCALE,
    _IN_RATIO,
    _INCREMENT_BEFORE_UNIT,
    _INSTEAD_AFTER,
    _INSTEAD_BEFORE,
    _ISO_DATE,
    _LABELLED_SPAN,
    _MINUS,
    _MONEY_SUFFIX,
    _MULT_END,
    _N_LOOKBACK,
    _NAMED_CURRENCY,
    _NO_SPREAD,
    _OF_MAX,
    _OF_POSSESSIVE,
    _OF_THE_GROUP,
    _OF_THE_NUMBER,
    _OF_THE_NUMBER_BEFORE,
    _OF_THEIR,
    _OF_WHOLE,
    _ON_SCALE,
    _ONE_BEFORE,
    _ONE_NOUN_IN,
    _ONE_REP_MAX,
    _OUT_OF_MAX,
    _PER,
    _PER_STRUCTURE,
    _PERCENT_AFTER,
    _PERCENT_WORKING,
    _PLUS,
    _POWER_AFTER,
    _PRODUCT,
    _QUANTILE_BEFORE,
    _RACE_K,
    _RAN_A,
    _RHYTHM_WORDS,
    _SCI_E,
    _SCORE_LOOKBACK,
    _SENTENCE_GAP,
    _SIGN_AFTER,
    _SIGN_BEFORE,
    _SOMEDAY_BEFORE,
    _SOMETHING,
    _SPOKEN,
    _SPOKEN_AFTER,
    _SUFFIX_CMP,
    _THEIR,
    _TIMESTAMP_BREAK,
    _VS_BEFORE,
    _VS_DECIMAL,
    _WORD_AUTOMATON,
    _WORD_KEYS,
    _WORDNUM,
)
from agefacts.extract.quantity_text import (
    _ANY_GATE,
    _SPACES,
    _citation_line,
    _hundred_rest,
    _is_plural_noun,
    _join_soft_breaks,
    _masked_spans,
    _number_value,
    _scaled,
    _unwrap_emphasis,
    _word_value,
    lowered_document,
    prose_after_reference,
)
from agefacts.extract.quantity_types import UNDECIDED, Quantity, Step, UnitInfo, _Spread

#: How far back (characters) a value said with its unit is restated by a worked calculation.
_RESTATED_WITHIN = 600

#: The words an estimate of a tally ends on right before its number (see ``estimated_tally``).
#: What ends the text before a step count's change ("steps climbed from about 3,800 to 6,900").
_STEP_CHANGE_GATE = ("from", "about", "around", "roughly", "approximately", " of", "median", "mean",
                     "average", "baseline")
_ESTIMATE_GATE = ("at", "be", "reach", "top", "exceed", "pass", "surpass", "hit", "near", "about",
                  "around", "roughly", "nearly", "almost", "some", "approximately", "than", "over",
                  "under")


#: The word right before a position (a verb before a bound: "who swam fewer than three").
_VERB_BEFORE = re.compile(r"(?<![a-z'’-])(?P<w>[a-z]+)[ \u00a0]+$")


#: A capitalised plural right after a number word ("Five Oaks", "Seven Sisters"), not a sentence's
#: next word in capitals ("Five Oaks ..." then a verb is still a name).
_CAPITAL_PLURAL = re.compile(r"[ \u00a0][A-Z][a-z]+s(?![A-Za-z])")

#: The last words before a step count's value (``StatisticRules.step_level``).
_STEP_LEVEL_GATE = (" was", " were", " averaged", " at", " reached", " about", " around", " roughly",
                    " approximately", " nearly", " almost")

class _Read(NamedTuple):
    """A number as ``after_number`` reads it for ``classify``: unit, range, comparator, spread."""
    q: Quantity  # the candidate row, measure "count" until classified
    e: int  # end of the number, past a spread written before its unit ("71 ± 5 years")
    num_end: int  # end of the number or range, before its unit
    unit_info: UnitInfo | None
    is_range: bool
    start: int  # ``q``'s start, end and comparator as read (``classify`` may change ``q``)
    end: int
    cmp_: str | None
    spread: _Spread | None  # the spread before the unit
    mean_end: int  # where the mean ends when a spread follows it
    shared_rate: re.Match[str] | None  # the period a range shares ("2 to 3 times a week")


class ScanCore:
    """One document's scan state; a class only to share text, lowered text and masks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.nl = self.low = lowered_document(text)  # ``nl``: where the lines really break
        cues = cue_furniture(text) if "-->" in text else []
        if cues:  # a caption file: its cues run on as one text (same length)
            self.nl = self.low = join_cues(self.low, cues)
        if "\n" in text:
            self.low = _join_soft_breaks(text, self.low)
        if "*" in text or "__" in text:  # "Mean age: **68**": the emphasis is no word
            self.low = _unwrap_emphasis(text, self.low)
        self.masks = _masked_spans(text, cues)
        self.floor = 0  # end of the previous emitted quantity: spans never overlap
        self.last: Quantity | None = None  # the previous emitted quantity
        self.last_count: Quantity | None = None  # the previous count or sample size
        self.last_people: Quantity | None = None  # the previous count of people or animals
        self.last_doers: Quantity | None = None  # the previous count of people named by what they do
        self.allele_end = -1000  # where the last allele frequency ended (``allele_frequency``)
        self.compared_to: dict[int, Quantity] = {}  # a count's start -> the count it was set against
        self.item_of: dict[int, Quantity] = {}  # an item's start -> the people it itemises (``with_item``)
        self.places_end = -1  # where the last "from N in the <places>" tally ended
        self.among_end = -1  # where the last "N among the <people>" tally ended
        self.arm_whole: Quantity | None = None  # the group an arm count was last a part of
        self.colon_arms: tuple[Quantity, float, int] | None = None  # whole, arms' sum, last arm's end
        self.distances: dict[float, str] = {}  # distances said with a unit so far: value -> unit
        self.stated: dict[float, Quantity] = {}  # the last value said with a unit: value -> row
        self.consumed = 0  # end of the last digit-grouped number ("10 000"): its groups are not numbers
        self.pending: list[Quantity] = []  # rows found with the current one (the SD after a mean)
        self.tails: dict[int, str] = {}
        self.lines: dict[int, int] = {}
        self.cited_prose: dict[int, list[tuple[int, int]]] = {}  # prose spans of citation lines
        self.consoles: dict[int, bool] = {}  # line start -> a line of printed R values
        self.anchor = -1  # position of the number being parsed
        self.anchor_cued = True  # whether the text before it ends like any look-back cue
        self.anchor_tail = ""  # ``tail(anchor)``
        self.units: dict[int, tuple[str, str, int] | None] = {}
        self.cur_ls = 0  # start of the current candidate's line
        self.ageing: bool | None = None  # whether the article talks about ageing (lazy)
        self.tempo: bool | None = None  # whether it speaks of lifting tempo (lazy)
        self.comma_decimals: bool | None = None  # whether it writes decimal commas (lazy)

    def candidates(self) -> list[tuple[int, int, str]]:
        """(start, end, token) of every digit run that may open a quantity (``_ANCHOR_RUN``, read
        on the original text as ``identifier_context`` is) and number word outside the masks."""
        low, text = self.low, self.text
        n = len(low)
        found: list[tuple[int, int, str]] = []
        segments, pos = [], 0
        for ms, me in self.masks:
            if ms > pos:
                segments.append((pos, ms))
            pos = max(pos, me)
        if pos < n:
            segments.append((pos, n))
        for a, b in segments:
            found.extend((m.start(), m.end(), "0") for m in _ANCHOR_RUN.finditer(text, a, b))
        words = _WORD_AUTOMATON.find_matches_as_indexes(low, overlapping=True)
        if words:
            ends = [b for _, b in segments]
            for key, start, end in words:
                i = bisect.bisect_right(ends, start)  # the first segment ending after ``start``
                if i < len(segments) and segments[i][0] <= start and end <= segments[i][1] \
                        and (start == 0 or not low[start - 1].isalpha()) \
                        and (end >= n or not low[end].isalpha()):
                    found.append((start, end, _WORD_KEYS[key]))
        found.sort()
        return found

    def citation_line(self, pos: int) -> int:
        """End of the line at ``pos`` if that line reads like a citation, else 0 (cached)."""
        ls = self.line_start(pos)
        cached = self.lines.get(ls)
        if cached is None:
            le = self.nl.find("\n", pos)
            le = len(self.text) if le < 0 else le
            cached = self.lines[ls] = le if _citation_line(self.text[ls:le]) else 0
            if cached and "10." in self.text[ls:le]:
                spans = prose_after_reference(self.text[ls:le])
                if spans:
                    self.cited_prose[ls] = [(ls + a, ls + b) for a, b in spans]
        return cached

    def in_cited_prose(self, pos: int) -> bool:
        """Whether ``pos``, on a citation line, is in a sentence of prose after the reference."""
        spans = self.cited_prose.get(self.line_start(pos)) if self.cited_prose else None
        return spans is not None and any(a <= pos < b for a, b in spans)

    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        seen = 0  # line starts are found incrementally: candidates come in order
        cited: int | None = None  # ``citation_line`` of the current line, once asked
        for s, e, tok in self.candidates():
            newline = self.nl.rfind("\n", seen, s)
            if newline >= 0:
                self.cur_ls = newline + 1
                cited = None
            seen = s
            if s < self.floor or s < self.consumed:
                continue
            if cited is None:
                cited = self.citation_line(s)
            if cited and not self.in_cited_prose(s) and not self.field_count(s):
                continue
            self.tails.clear()
            self.units.clear()
            self.anchor = s
            tail = self.anchor_tail = self.tail(s)
            self.anchor_cued = tail.endswith(_ANY_GATE) or not tail
            self.pending.clear()
            q = self.parse(s, e, tok)
            if q is not None and q.start >= self.floor and q.end > q.start:
                out.append(q)
                self.floor = q.end
                self.last = q
                if q.measure in ("count", "sample_size"):
                    self.last_count = q
                    if q.unit and q.unit not in self.counted_plurals:
                        self.counted_plurals = self.counted_plurals | {q.unit}
                    if q.unit in (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects"):
                        self.last_people = q
                    elif q.unit and q.unit.endswith(("ers", "ists")) and q.unit not in W.NOT_PEOPLE_ERS:
                        self.last_doers = q  # "72 club players" (``_doers``)
                if q.unit in _DISTANCE_UNITS and q.value is not None:
                    self.distances[q.value] = q.unit
                if q.unit is not None and q.value is not None:
                    self.stated[q.value] = q
                for extra in self.pending:
                    if extra.start >= self.floor and extra.end > extra.start:
                        out.append(extra)
                        self.floor = extra.end
                        self.last = extra
                        if extra.unit is not None and extra.value is not None:
                            self.stated[extra.value] = extra
        return out

    # -- parsing -------------------------------------------------------------------------------

    def percent_working(self, w: re.Match[str]) -> Quantity:
        """"(150 − 120) ÷ 120 × 100 = 25%": the new and old values and the divisor of a worked
        percentage change are values; each restates a value said with its unit shortly before
        ("from 120 kg to 150 kg"), so it takes that unit and measure (none when not said there:
        a unit only the sentence knows is no guess). The "× 100" only makes a percentage of the
        ratio and is no quantity; the result is read next."""
        rows = []
        for g in ("a", "b", "c"):
            value = float(w.group(g).replace(",", ""))
            said = self.stated.get(value)
            if said is not None and w.start() - said.end > _RESTATED_WITHIN:
                said = None
            rows.append(Quantity(w.start(g), w.end(g), value, None, None,
                                 said.unit if said else None, None,
                                 said.measure if said else "measurement"))
        self.pending.extend(rows[1:])
        if w.group("h"):
            self.consumed = w.end("h")
        return rows[0]

    def bracket_working(self, w: re.Match[str]) -> Quantity | None:
        """"max 164 bpm (220 − 56)", "9 sessions (3 + 6)": a sum or difference in brackets
        right after the number it works out states its two numbers (no unit: each has its
        own, which the text does not give). Read only when the arithmetic gives the number
        before the bracket, which no range ("(20–30)") or score written so does."""
        last = self.last
        if last is None or last.value is None or self.text[last.end : w.start()].strip(_SPACES):
            return None
        a, b = (float(w.group(g).replace(",", "")) for g in ("a", "b"))
        worked = a + b if w.group("op") == "+" else a - b
        if not worked or abs(worked - last.value) > 0.005 * abs(last.value):
            return None
        self.pending.append(Quantity(w.start("b"), w.end("b"), b, None, None, None, None, "measurement"))
        return Quantity(w.start("a"), w.end("a"), a, None, None, None, None, "measurement")

    def parse(self, s: int, e: int, tok: str) -> Quantity | None:
        low = self.low
        if tok == "0":
            band = (self.age_band(s, e) or self.tens_band(s, e)) if low[e : e + 1] == "s" else None
            if band is not None:
                return band
            if s >= 1 and self.text[s - 1] == "." and (s < 2 or not self.text[s - 2].isalnum()):
                s -= 1  # ".001"
            elif s >= 1 and self.text[s - 1] in "xX×" and (s < 2 or not self.text[s - 2].isalnum()) \
                    and not self.text[max(0, s - 4) : s - 1].rstrip(_SPACES)[-1:].isdigit():
                return self.times_prefix(s, e)  # "x3 per week", but not the product "6 ×30"
            elif s >= 1 and self.text[s - 1] in "-‑" and self.lookback(_AGE_BAND, s, 8) \
                    and _AGE_SUFFIX.match(low, e):
                return self.banded_age(s)  # "the over-80-year-olds"
            elif s >= 2 and (self.text[s - 1] == "^" or (self.text[s - 1] in _MINUS and self.text[s - 2] == "^")):
                return self.exponent(s)  # "2^−0.312 ≈ 0.81"
            elif self.identifier_context(s) and not self.currency_before(s) \
                    and not (low[s - 4 : s] == "mid-" and low[e : e + 1] == "s"):  # "Rs.500", "mid-50s"
                if self.text[s - 1] in "-‑" and self.low[max(0, s - 6) : s - 1].endswith(("week", "day", "month")):
                    return self.glued_timepoint(s, e)  # "the week-16 visit"
                return None
            if self.text[s - 1 : s] == "(" and (w := _PERCENT_WORKING.match(self.text, s - 1)):
                return self.percent_working(w)
            if self.text[s - 1 : s] == "(" and (w := _BRACKET_WORKING.match(self.text, s - 1)) \
                    and (worked := self.bracket_working(w)) is not None:
                return worked
            return self.parse_numeric(s)
        if tok in W.DECADE_WORDS:
            their = self.lookback(_THEIR, s, 24)
            if not their and not self.listed_decade(s):
                return None
            decade = float(W.DECADE_WORDS[tok])
            return Quantity(their.start() if their else s, e, None, decade, decade + 9, "years",
                            None, "age")
        if s > 0 and (low[s - 1].isalpha() or low[s - 1] in "-‑"):
            return None
        if tok == "one" and low.startswith(" day", e) and _SOMEDAY_BEFORE.search(self.tail(s)):
            return None  # "could one day replace": some day, not a duration
        if tok == "point":
            sp = _SPOKEN.match(low, s)
            return self.spoken_decimal(s, sp, 0.0) if sp else None
        if tok in W.VULGAR_FRACTIONS:  # "½ hour"; "1½" is read with its digits
            if s > 0 and low[s - 1].isdigit():
                return None
            return self.after_number(s, e, W.VULGAR_FRACTIONS[tok], word=True)
        if tok.startswith(("a ", "an ", "a\u00a0", "an\u00a0")):
            return self.parse_a_unit(s, e, tok)
        if tok in W.FOLD_WORDS:
            if tok.endswith("ed") and low.startswith(" as ", e) and _AS_ROLE.match(low, e + 4):
                return None  # "the festival doubled as a test site": served as, no change
            cmp_, start = self.prefix_comparator(s) if tok.endswith("ed") else (None, s)
            return Quantity(start, e, float(W.FOLD_WORDS[tok]), None, None, "fold_change",
                            cmp_, "effect_size/statistic")
        if tok in W.FOLD_VERB_FORMS:
            return self.hedged_fold(s, e, tok)
        if tok in ("half",):
            return self.parse_half(s, e)
        if tok in W.MULTIPLE_WORDS:
            if low[e : e + 1] in ("-", "‑"):
                return None  # "double-blind", "triple-digit"
            cmp_, start = self.prefix_comparator(s)  # "roughly double", "more than triple"
            if cmp_ is None:
                return None
            return Quantity(start, e, float(W.MULTIPLE_WORDS[tok]), None, None, "fold_change", cmp_,
                            "effect_size/statistic")
        if tok in ("twice", "once", "thrice"):
            return self.parse_times_word(s, e, float(W.SPECIAL[tok]))
        if tok in _RHYTHM_WORDS:
            return self.rhythm(s, e, 1 / _RHYTHM_WORDS[tok], plural=tok == "alternate")
        if tok in W.FRACTION_WORDS:
            every = self.lookback(_EVERY_BEFORE, s, 8) if low[max(0, s - 6) : s].rstrip(_SPACES) \
                .endswith("every") else None
            if every is not None:
                return self.every_nth(every.start(), e, tok)
            one = self.lookback(_ONE_BEFORE, s, 5)
            if one:
                return self.fraction(one.start(), e, W.FRACTIONS[tok], 1.0, low[s - 1] == "-")
            quantile = self.lookback(_QUANTILE_BEFORE, s, 30)
            if quantile and quantile.group("adj") not in W.NOT_SUPERLATIVES and low[e : e + 1] != "-":
                return Quantity(quantile.start("adj"), e, W.FRACTIONS[tok], None, None, "fraction",
                                None, "proportion")
            return None
        if tok in ("hundred", "thousand", "dozen"):
            value = 12.0 if tok == "dozen" else float(W.MULTIPLIERS[tok])
            couple = self.lookback(_COUPLE_BEFORE, s, 16)
            if couple:  # "a couple of hundred runners": about two hundred
                q = self.after_number(couple.start(), e, 2 * value, word=True)
                if q is not None and q.comparator is None:
                    q.comparator = "~"
                return q
            m = self.lookback(_A_BEFORE, s, 4)
            if not m:
                return None
            rest = _HUNDRED_AND.match(low, e) if tok == "hundred" and low.startswith(" and ", e) else None
            if rest:  # "a hundred and thirty-one"
                e, value = rest.end(), value + _hundred_rest(rest)
            return self.after_number(m.start(), e, value, word=True)
        wm = _WORDNUM.match(low, s)
        if not wm:
            return None
        if self.text[s].isupper() and s >= 2 and self.place_name(s, wm.end()):
            return None  # "The Gazette, Seven Elms, Upper Town": a place named by a number
        value = _word_value(wm)
        if " point" in low[wm.end() : wm.end() + 7] and _SPOKEN_AFTER.match(low, wm.end()):
            sp = _SPOKEN.match(low, _SPOKEN_AFTER.match(low, wm.end()).end())
            if sp:  # "one point five"
                return self.spoken_decimal(s, sp, value)
        fm = _FRACTION_AFTER.match(low, wm.end())
        if fm and value >= 1:
            return self.fraction(s, fm.end(), W.FRACTIONS[fm.group("f")], value,
                                 low[fm.start()] == "-")
        half = _AND_A_HALF.match(low, wm.end())
        if half:  # "seven and a half hours"
            return self.after_number(s, half.end(), value + 0.5, word=True)
        if self.prev_word(s) in W.TIMEPOINT_WORDS:
            point = self.word_timepoint(s, wm.end(), value)
            if point is not None:
                return point
        return self.after_number(s, wm.end(), value, word=True)

    def place_name(self, s: int, e: int) -> bool:
        """Whether the capitalised number word at ``s`` and a capitalised plural after it name a
        place or thing mid-sentence ("..., Five Oaks, ...", "near Seven Sisters"): the word is
        neither a sentence's nor a title-case heading's (the word before is lower case or a comma)."""
        before = self.text[max(0, s - 2) : s]
        if not (before[-1:] == " " and (before[0] == "," or before[0].islower())):
            return False
        m = _CAPITAL_PLURAL.match(self.text, e)
        return m is not None

    def parse_numeric(self, s: int) -> Quantity | None:
        low = self.low
        iso = _ISO_DATE.match(low, s) if low[s + 4 : s + 5] == "-" else None
        if iso:
            y, mo, d = iso.group("y"), iso.group("m"), iso.group("d")
            if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
                return Quantity(s, iso.end(), float(y), None, None, "date", None,
                                "date/metadata", iso_date=f"{y}-{mo}-{d}")
        m = _DIGITS.match(low, s)
        if not m:
            return None
        e = m.end()
        num = m.group()[: m.start("mult") - s].rstrip() if m.group("mult") else m.group()
        comma = self.decimal_comma(s, m)
        if comma is not None:  # the rules read "7,2" as the decimal it is ("." in raw)
            e, num = comma, low[s:comma].replace(",", ".")
        if m.group("grp"):
            self.consumed = s + len(num)
        if num.startswith("."):
            num = "0" + num
        value = float(num) if comma else _number_value(num, m.group("mult"))
        if low[e : e + 1] in W.VULGAR_FRACTIONS and "." not in num and not m.group("mult"):
            value += W.VULGAR_FRACTIONS[low[e]]  # "1½ hours"
            e += 1
            num = ""
        elif low[e : e + 1] == "e" and not m.group("mult") and (sci := _SCI_E.match(low, e)):
            value, e = _scaled(value, sci.group("e")), sci.end()  # "1.2e-05", "3E-8": R's output
            num = low[s:e]
        if self.list_marker(s, e):
            return None
        if low[s - 5 : s] == "mile " and (low[e : e + 1] == "\n" or _CLAUSE_AFTER.match(low, e)) \
                and (point := self.timepoint(s, e, value)) is not None:
            return point  # "at mile 20, ...": a race's numbered mile ("a mile 3 times" counts)
        if self.label_before(s) and not (low[e : e + 1] in "-–—‑ " and (
                _LABELLED_SPAN.match(low, e) or _FOLD_AFTER.match(low, e))) \
                and not _PERCENT_AFTER.match(low, e):  # "volume 85%": a share names nothing
            point = self.timepoint(s, e, value)  # "cohort 60–70 y": a span of ages, no label
            if point is not None or self.prev_word(s) != "wk":
                return point  # "per wk 8 weeks": an abbreviated rate, then a duration

        if self.prev_word(s) in W.TIMEPOINT_PLURALS:
            span = self.timepoint_range(s, e, value) or self.timepoint_list(s, e, value)
            if span is not None:
                return span
        elif self.listed_timepoint(s, e, value):  # "8" of "weeks 4 and 8"
            return Quantity(s, e, value, None, None, self.last.unit, None, "dose/exposure")
        if s > 0 and (currency := self.currency_before(s)) is not None:
            money = _MONEY_SUFFIX.match(low, e)
            if money:  # "£2.3bn", "$4m", "Rs 2.3 crore": the letters scale the amount, not a unit
                q = Quantity(currency[1], money.end(), value * W.MONEY_SCALES[money.group("x")], None,
                             None, currency[0], None, "count")
                per = _PER.match(low, q.end)
                if per:
                    q.unit, q.end = f"{q.unit}/{self.period(per)}", per.end()
                return self.money_comparator(q, currency[1])
        if self.text[e : e + 1] in (" ", "\u00a0", "k", "z", "K") and (sign := _SIGN_AFTER.match(self.text, e)):
            # "350 kr per person", "90 Kč": a currency sign written after its amount
            q = Quantity(s, sign.end(), value, None, None, W.CURRENCY_SIGNS_AFTER[sign.group("c")], None, "count")
            per = _PER.match(low, q.end)
            if per:
                q.unit, q.end = f"{q.unit}/{self.period(per)}", per.end()
            return q
        if low[e : e + 1] in (" ", "\u00a0") and low[e + 1 : e + 2].isalpha() \
                and (named := _CURRENCY_AFTER.match(low, e)):
            # "1,750 lari per household", "420 Birr a week": a currency named after its amount
            q = Quantity(s, named.end(), value, None, None, W.CURRENCY_NAMES_AFTER[named.group("c")], None, "count")
            per = _PER.match(low, q.end)
            if per:
                q.unit, q.end = f"{q.unit}/{self.period(per)}", per.end()
            return self.money_comparator(q, s)
        if low.endswith("illion", 0, e) and (named := _NAMED_CURRENCY.match(low, e)):
            # "4.5 billion won", "a 300 million-yen budget": a scaled amount of a named currency
            q = Quantity(s, named.end(), value, None, None, W.CURRENCY_NAMES[named.group("c")], None, "count")
            return self.money_comparator(q, s)
        date = self.date_at(s, e, value)
        if date is not None:
            return date
        half = _AND_A_HALF.match(low, e) if value.is_integer() and value < 1000 else None
        if half:  # "2 and a half years"
            return self.after_number(s, half.end(), value + 0.5, word=False, raw=num)
        if self.text[e : e + 1] in "*_" and self.text[s - 2 : s] == self.text[e : e + 2] \
                and _BOLD_CLOSE.match(low, e):  # "**28** days left": the unit after the bold
            q = self.after_number(s, e + 2, value, word=False, raw=num)
            if q is not None and q.end == e + 2:
                q.end = e
            return q
        return self.after_number(s, e, value, word=False, raw=num)

    def decimal_comma(self, s: int, m: re.Match[str]) -> int | None:
        """End of a number written with a decimal comma ("1,5 kilograms", "0,98 to 1,12
        metres"), read only where a unit follows it or a range to another such number does:
        "studies 1,2" or a list "1,2 and 3" stays as it was. None when it is not one."""
        low = self.low
        if m.group("mult") or m.group("grp") or low[m.end() : m.end() + 1] != "," \
                or "." in m.group() or low[max(0, s - 2) : s].rstrip(_SPACES)[-1:] in (",", "[", "^"):
            return None
        dc = _DECIMAL_COMMA.match(low, s)
        if dc is None or dc.end() <= m.end():
            return None
        if self.unit_at(dc.end()) is not None:
            return dc.end()
        conn = _CONN.match(low, dc.end())
        if conn is not None and conn.group().strip(_SPACES) not in ("and", "or"):
            second = _DECIMAL_COMMA.match(low, conn.end())
            if second is not None and self.unit_at(second.end()) is not None:
                return dc.end()
        if self.writes_comma_decimals() and not _COMMA_LIST_AFTER.match(low, dc.end()) \
                and not low[s - 1 : s].isalpha():
            return dc.end()  # "rose from 7,2 to 8,1": no unit, but the document's own style
        return None

    def writes_comma_decimals(self) -> bool:
        """Whether the document writes decimal commas (lazy): one of its comma numbers has a
        unit after it ("1,5 kg", "4,6 per cent") or a leading zero no thousands group has
        ("p = 0,04"). Then its other bare "7,2"s are decimals too; "1,200" never is."""
        if self.comma_decimals is None:
            self.comma_decimals = any(
                m.group("z") or self._unit_at(m.end()) is not None
                for m in _DECIMAL_COMMA_ANY.finditer(self.low)) if "," in self.low else False
        return self.comma_decimals

    @staticmethod
    def period(per: re.Match[str]) -> str:
        word = per.group("p1") or per.group("p2")
        if word:
            return W.PERIODS[word]
        return W.PERIOD_ADVERBS[per.group("adv")]

    def after_number(self, s: int, e: int, value: float, word: bool, raw: str = "") -> Quantity | None:
        """What the words after a number (``s``..``e``, ``word`` when spelled out, ``raw`` its
        digits) make of it. Steps in order, the first that decides wins: forms written onto the
        number, a statistic named before it, ratios and rates, a part of a whole; else its unit,
        range and comparator are read, ``classify`` names the measure (a bare number has its
        fallbacks) and a spread after it is attached or becomes a row of its own."""
        for step in (self.age_or_rating, self.compound_modifier, self.training_notation,
                     self.shorthand, self.nth_decade, self.glued_suffix, self.labelled_statistic,
                     self.ratio_or_rate):
            found = step(s, e, value, word)
            if found is not UNDECIDED:
                return found
        nmatch = self.lookback(_N_LOOKBACK, s, 8)
        if not nmatch and not self.unit_at(e):
            found = self.part_or_product(s, e, value, word, raw)
            if found is not UNDECIDED:
                return found
        read = self.unit_and_range(s, e, value, word, nmatch)
        found = self.classify(read.q, s, read.num_end, read.unit_info, word, raw,
                              nmatch.group("k") if nmatch else "")
        if found is None:
            found = self.unclassified(read, s, value, word, raw, nmatch)
        if found is not None and read.shared_rate and found.unit and "/" not in found.unit:
            found.unit = f"{found.unit}/{self.period(read.shared_rate)}"
            if found.measure == "count":
                found.measure = "dose/exposure"
        if found is None or found.value is None or found.measure in _NO_SPREAD:
            return found
        return self.with_spread(found, s, read.spread, read.mean_end)

    def age_or_rating(self, s: int, e: int, value: float, word: bool) -> Step:
        """Ten-year bands ("30-somethings"), age formulas and ratings ("a 6 of 10") are whole forms."""
        low = self.low
        if 10 <= value <= 90 and value % 10 == 0 and "something" in low[e : e + 11]:
            band = _SOMETHING.match(low, e)
            if band and not self.unit_at(band.end()):  # "70-somethings": people in their 70s
                return Quantity(s, band.end(), None, value, value + 9, "years", None, "age")
        if not word and low[e : e + 2] in _FORMULA_GATE and "age" in low[e : e + 24]:
            formula = self.age_formula(s, e, value)
            if formula is not None:
                return formula
        tail = self.tail(s)
        if not word and value.is_integer() and value <= 20 and (
                tail.endswith((" a", " an")) or (tail.endswith(_AIM_GATE) and _AIM_FOR.search(tail))):
            rating = self.rating(s, e, value)  # "a 6 or 7 out of 10", "aim for 7 on that scale"
            if rating is not None:
                return rating
        return UNDECIDED

    def compound_modifier(self, s: int, e: int, value: float, word: bool) -> Step:
        """A number hyphened to a noun modifies it: a group's size, a counted noun, or no count."""
        low = self.low
        if low[e : e + 1] not in ("-", "‑"):
            return UNDECIDED
        if (group := _GROUP_SIZE_MODIFIER.match(low, e)) and float(value).is_integer():
            cmp_, start = self.prefix_comparator(s)  # "a 24-person pilot": the group's size
            return Quantity(start, group.end(), value, None, None, W.HUMAN_UNIT, cmp_, "sample_size",
                            species="human")
        if counted := _COUNTED_MODIFIER.match(low, e):
            if value == 1:
                return None  # "a one-word reply", "a one-page summary": short, not a count
            cmp_, start = self.prefix_comparator(s)  # "a 15-word list", "a ten-item scale"
            return Quantity(start, counted.end(), value, None, None,
                            W.COUNTED_MODIFIERS[counted.group("w")], cmp_, "count")
        if value == 1 and _ONE_REP_MAX.match(low, e):
            return None  # "a one-rep max": the name of a test, not one repetition
        if value == 1 and low[e + 1 : e + 5] == "time" and not low[e + 5 : e + 6].isalpha():
            return None  # "a one-time fee", "a one-time champion": single or former, no count
        return UNDECIDED

    def shorthand(self, s: int, e: int, value: float, word: bool) -> Step:
        """Short forms written onto the digits: a span on a small scale, "40-odd", "10K", "4x8"."""
        low = self.low
        if not word and low[e : e + 1] in "-–" and value <= 10 and (scale := self.scale_range(s)):
            return scale
        if low.startswith(("-odd", "‑odd"), e) and not low[e + 4 : e + 5].isalpha():
            q = self.after_number(s, e + 4, value, word)  # "40-odd meets": about forty
            if q is None:
                q = Quantity(s, e + 4, value, None, None, None, None, "count")
            q.comparator = q.comparator or "~"
            return q
        if not word and low[e : e + 1] == "k" and float(value).is_integer() \
                and (race := _RACE_K.match(low, e)):  # "a 5K walk-run": a race over 5 km
            return Quantity(s, race.start() + 1, value, None, None, "km", None, "dose/exposure")
        if not word and self.text[e : e + 1] == "K" and float(value).is_integer() and value <= 100 \
                and not self.text[e + 1 : e + 2].isalnum() and self.lookback(_RAN_A, s, 40, bounded=False):
            return Quantity(s, e + 1, value, None, None, "km", None, "dose/exposure")  # "jogged an easy 5K"
        if not word and low[e : e + 1] in _DRILL_GATE and (drill := _DRILL_PRODUCT.match(low, e)):
            found = self.drill_product(s, e, value, drill)
            if found is not None:
                return found
        return UNDECIDED

    def glued_suffix(self, s: int, e: int, value: float, word: bool) -> Step:
        """What is glued to digits decides: letters must be a unit, "/" or ":" join a second number."""
        text, low = self.text, self.low
        n = len(text)
        if word or e >= n:
            return UNDECIDED
        c = text[e]
        if c.isalpha() or c in "αβγδκλμθ":
            decade = c == "s" and (e + 1 >= n or not text[e + 1].isalpha())
            glued_age = c in "yY" and _AGE_SUFFIX.match(low, e) is not None  # "50yo"
            if not self.unit_at(e) and not decade and not glued_age:
                return None
        if c in "/:" and e + 1 < n and text[e + 1].isdigit():
            if c == "/":  # "140/90 mmHg"; "blood pressure below 140/90"
                pressure = self.blood_pressure(s, e, value) if "hg" in low[e : e + 30] \
                    else self.bare_blood_pressure(s, e, value)
                if pressure is not None:
                    return pressure
            if c == ":" and (pace := self.pace(s, value)) is not None:
                return pace
            return (self.calculation(s, e, value) if c == "/" else None) \
                or (self.small_ratio(s, e, value) or self.slash_share(s, e, value)
                    or self.slash_rating(s, e, value) or self.slash_score(s, e, value))
        if (c in "-‑" and e + 1 < n and text[e + 1].isalpha()
                and not (self.unit_at(e) or _AGE_SUFFIX.match(low, e))
                and not _HYPHEN_TO.match(low, e)  # "45-to-60 minutes": a range
                # "a £30-a-month plan": a price glued to its rate is the price
                and not (_GLUED_RATE.match(low, e) and self.currency_before(s))):
            return None
        return UNDECIDED

    def ratio_or_rate(self, s: int, e: int, value: float, word: bool) -> Step:
        """A number read against another: an interval's side, a rate per base, "one in nine"."""
        low = self.low
        if not word and low[e : e + 3].lstrip(_SPACES)[:1] in ("/", "÷", "×", "*") \
                and (worked := self.calculation(s, e, value)) is not None:
            return worked
        if low[e : e + 7] in (" lower ", " higher") and not word and s > 0 and self.text[s - 1] == "(":
            directed = self.directed_interval(s, e, value)
            if directed is not None:
                return directed
        if low[e : e + 5] == " per " and not word:
            rate = self.per_base(s, e, value)
            if rate is not None:
                return rate
        if value <= 10 and " in a" in low[e : e + 26] and (scale := _IN_A_SCALE.match(low, e)) \
                and scale.group("w") not in W.NOT_MODIFIERS:
            cmp_, start = self.prefix_comparator(s)  # "one in a million", "one cell in a thousand"
            return Quantity(start, scale.end(), value / W.MULTIPLIERS[scale.group("m")], None, None,
                            "fraction", cmp_, "proportion")
        ratio = _IN_RATIO.match(low, e) if low[e + 1 : e + 3] in ("in", "ou") else None
        if ratio is None and value == 1 and (" in " in low[e : e + 30] or " out of " in low[e : e + 34]) \
                and (named := _ONE_NOUN_IN.match(low, e)) is not None:
            noun = named.group("n")
            if not (_is_plural_noun(noun) or noun in W.NOT_MODIFIERS or noun in W.UNIT_SURFACES
                    or noun in W.UNITS or noun in W.TENS or noun in W.MONTHS):
                ratio = named  # "one school in five": the share with its noun named
        if ratio and (word or not self.unit_at(e)):
            denom = self.number_at(ratio.end())
            if denom and denom[0] > value and not self.year_denominator(ratio.end(), denom):
                cmp_, start = self.prefix_comparator(s)
                return Quantity(start, denom[1], value / denom[0], None, None, "fraction", cmp_,
                                "proportion")
        return UNDECIDED

    def part_or_product(self, s: int, e: int, value: float, word: bool, raw: str) -> Step:
        """A bare number with no unit may be a part of a whole said after it ("N of the M") or a product."""
        low = self.low
        after = low[e : e + 4]
        if not word and self.tail(s).endswith(("×", " x")):
            times = self.times_sign(s, e, value)
            if times is not None:
                return times
        subset = _OF_THE_NUMBER.match(low, e) if after[1:3] == "of" else None  # "9 of the 92"
        if subset is None and not word and after[1:3] == "of" and (their := _OF_THEIR.match(low, e)) \
                and (whole := self.number_at(their.end())) and whole[0] > value:
            subset = their  # "2.5 of their four classes": a part of a whole in words
        if subset is None and not word and after[1:3] == "of" and (owned := _OF_POSSESSIVE.match(low, e)) \
                and (whole := self.number_at(owned.end())) and whole[0] > value:
            subset = owned  # "41,500 of the city's 160,000 residents"
        if after[1:3] == "of" and not subset and (own := self.sessions_of(s, e, value)) is not None:
            return own  # "three of your weekly classes"
        group = _OF_THE_GROUP.match(low, e) if after[1:3] == "of" and not subset and not word else None
        members = self.noun_after(group.end()) if group else None
        if members and members[0] == "pop" and not self.year_like(value, raw):
            species = W.POPULATION_NOUNS[members[1]]
            unit = W.ANIMAL_UNIT if species not in ("human", None) else W.HUMAN_UNIT
            cmp_, start = self.prefix_comparator(s)
            return Quantity(start, e, value, None, None, unit, cmp_, "count")
        if (members and members[0] == "count" and float(value).is_integer()
                and group.group().rstrip().endswith(("those", "these"))
                and not self.year_like(value, raw)):
            cmp_, start = self.prefix_comparator(s)  # "120 of those genes": part of a set named before
            return Quantity(start, members[2], value, None, None, members[1], cmp_, "count")
        if after[1:3] == "of" and not subset and (part := self.opening_part(s, e, value, raw)) is not None:
            return part
        product = _PRODUCT.match(low, e) if ("x" in after or "×" in after) and not subset else None
        if product and low[product.end() : product.end() + 2] == "10" and _POWER_AFTER.match(
                low, product.end() + 2):
            return self.power_of_ten(s, product.end() + 2, value)  # "2 × 10^6 cells"
        if subset or product:
            cmp_, start = self.prefix_comparator(s)
            unit, measure = ("sets", "dose/exposure") if product else (None, "count")
            if subset:
                whole = self.number_at(subset.end())
                noun = self.noun_after(whole[1]) if whole else None
                if noun and noun[0] == "pop":
                    species = W.POPULATION_NOUNS[noun[1]]
                    unit = W.ANIMAL_UNIT if species not in ("human", None) else W.HUMAN_UNIT
            if word and value < 2 and not product and not (subset and self.compared_one(s)):
                return None
            return Quantity(start, e, value, None, None, unit, cmp_, measure)
        return UNDECIDED

    def compared_one(self, s: int) -> bool:
        """"in 7 of the 40 cyclists, against one of the 25 rowers": "one of the N" set against
        (``_COMPARED``) a part of a whole just counted ("7 of the 40 ...", same sentence) is a
        tally as that part is; alone, "one of the 134 volunteers" names a member, no count."""
        last = self.last_count
        if last is None or s - last.end > 160 or not _COMPARED.search(self.tail(s)) \
                or _FULL_STOP.search(self.text, last.end, s):
            return False
        return _OF_THE_NUMBER_BEFORE.search(self.low, max(0, last.start - 12), last.start) is not None

    def unit_and_range(self, s: int, e: int, value: float, word: bool,
                       nmatch: re.Match[str] | None) -> _Read:
        """Reads what ``classify`` judges: a spread before the unit, the unit, a range, the comparator."""
        low = self.low
        spread = self.spread_at(s, e, value, before_unit=True) if not (word or nmatch) else None
        mean_end = e
        if spread:
            e = spread.end  # the unit after the spread is the mean's unit
        low_v = high_v = None
        num_end = e
        unit_info = self.unit_at(e)
        if unit_info is None and low[e : e + 2] == "\n[":
            cue = _TIMESTAMP_BREAK.match(low, e)  # "went up 22\n[02:59] percent": a transcript line
            unit_info = self.unit_at(cue.end() - 1) if cue else None
        rng = self.range_after(s, e, value, word, unit_info)
        shared_rate = None
        if rng and rng[0] is None:  # "from 78 to 66 bpm", "812 vs 1,249 pg/mL": a unit shared
            unit_info = (rng[3][0], rng[3][1], e)
            shared_rate = _PER.match(low, rng[3][2])  # "from 2 to 3 times a week"
        elif rng:
            low_v, high_v, num_end, unit_info = rng
        is_range = low_v is not None
        cmp_, start = self.prefix_comparator(s)
        if nmatch:
            cmp_, start = "~" if nmatch.group("approx") else None, nmatch.start()
        between = self.lookback(_BETWEEN, s, 12)
        if between and is_range and self.low.startswith("between", between.start()):
            start = between.start()
        end = unit_info[2] if unit_info else num_end
        if unit_info is None:
            cmp_, end, unit_info = self.comparator_after(end, cmp_, is_range)
        q = Quantity(start, end, None if is_range else value, low_v, high_v, None, cmp_, "count")
        return _Read(q, e, num_end, unit_info, is_range, start, end, cmp_, spread, mean_end,
                     shared_rate)

    def comparator_after(self, end: int, cmp_: str | None,
                         is_range: bool) -> tuple[str | None, int, UnitInfo | None]:
        """A comparator written after a number with no unit ("9+", "9 or more") may lead to its unit."""
        low = self.low
        unit_info = None
        if not is_range:
            plus = _PLUS.match(low, end)  # "3+" sessions
            if plus:
                cmp_, end = ">=", plus.end()
                unit_info = self.unit_at(end)
                if unit_info:
                    end = unit_info[2]
        if unit_info is None:
            suffix = _SUFFIX_CMP.match(low, end)  # "3 or more sessions", "65 and older"
            if suffix:
                cmp_, end = W.SUFFIX_COMPARATORS[suffix.group("c")], suffix.end()
                unit_info = self.unit_at(end)
        if unit_info is None and low[end + 1 : end + 2] in ("m", "e", "a", "f") \
                and (inc := _INCREMENT_BEFORE_UNIT.match(low, end)):
            unit_info = self.unit_at(inc.end())  # "6–8 more seconds": the time unit follows it
            if unit_info is not None and unit_info[1] != "time":
                unit_info = None  # "more sets", "extra miles" are read as counted nouns
        return cmp_, end, unit_info

    def unclassified(self, read: _Read, s: int, value: float, word: bool, raw: str,
                     nmatch: re.Match[str] | None) -> Quantity | None:
        """A number ``classify`` left unread may still be read from the clause around it."""
        low = self.low
        q, e, unit_info, is_range = read.q, read.e, read.unit_info, read.is_range
        found = None
        if not word and unit_info is None and not nmatch:  # "..., and Y is 3 to 4." too
            found = self.elliptical(q, s)
        if found is None and not word and unit_info is None and not nmatch \
                and self.anchor_tail.endswith(("×", " x")):
            found = self.reps_of_sets(q, s)
        if found is None and not word and not is_range and unit_info is None and not nmatch \
                and self.anchor_tail.endswith(("from", " of")):
            found = self.unitless_change(q, s, raw)  # "from (the group mean of) 8.1 to 4.3"
        if found is None and not word and not is_range and unit_info is None and not nmatch \
                and self.anchor_tail.endswith(_STEP_CHANGE_GATE) and (
                    "step" in self.anchor_tail or ("they " in self.anchor_tail and ";" in self.anchor_tail)):
            found = self.step_change(q, s, raw)  # "...; in spring they climbed from 5,100 to 6,250"
        if found is None and not word and not is_range and unit_info is None and not nmatch \
                and "step" in self.anchor_tail and self.anchor_tail.endswith(_STEP_LEVEL_GATE):
            found = self.step_level(q, s, raw)  # "daily steps in May were 6,900"
        if found is None and not word and not is_range and unit_info is None and not nmatch \
                and self.anchor_tail.endswith(_ESTIMATE_GATE):
            found = self.estimated_tally(q, s)
        if found is None and not word and not is_range and unit_info is None and not nmatch \
                and self.anchor_tail.endswith(" by"):
            found = self.tally_change(q, s)
        if found is None and not is_range and unit_info is None and not nmatch \
                and self.anchor_tail.endswith((" was", " is")):
            found = self.restated_tally(q, s)
        if found is None and not is_range and unit_info is None and not nmatch and self.last is not None:
            found = self.corrected(q, s)
        if found is None and unit_info is None and not nmatch and self.anchor_tail.endswith(" of"):
            found = self.set_size(q, s) or self.list_size(q, s) or self.collective_size_range(q, s)
        if found is None and is_range and unit_info is None and not nmatch and self.anchor_tail.endswith(","):
            found = self.listed_band(q)
        if found is None and unit_info is None and not nmatch and self.anchor_tail.endswith("do"):
            found = self.imperative_reps(q, s)
        if found is None and not word and unit_info is None and not nmatch and self.anchor_tail.endswith(":"):
            found = self.labelled_reps(q, s) or self.labelled_unit(q, s)  # "- Lunges: 6 to 10, pause"
            if found is None and " in the " in low[e : e + 9]:
                found = self.labelled_tally(q, s)  # "Falls: 4 in the yoga group, 9 in ..."
        if found is None and unit_info is None and not nmatch and low.startswith((" shy", " short"), e):
            found = self.reps_in_reserve(q, e)
        if found is None and not (word or nmatch or is_range) and unit_info is None and (
                (read.spread is not None and read.spread.value is not None)
                or ("." in raw and _AT_TIME_POINT.match(low, e))):
            # "mean 81.3 ± 4.4": a mean with its SD is a measurement; "about 4.8 at 24 hours":
            # so is a decimal read at a time point (a chart's bar), its unit left to the caption
            found = Quantity(read.start, e, value, None, None, None, read.cmp_, "measurement")
        if found is None and not (word or nmatch or is_range) and unit_info is None \
                and self.anchor_tail.endswith((" to", " at", " averaged", " was", " were")) \
                and low.startswith((" a ", " per "), e):
            found = self.tallied_rate(q, s)  # "their stair count dropped to 120 a day"
        if found is None and not (word or nmatch or is_range) and unit_info is None \
                and (" number" in self.anchor_tail or " total" in self.anchor_tail):
            found = self.numbered_tally(q, s)  # "knee injuries number around 90 each year"
        if found is None and not (word or nmatch or is_range) and unit_info is None and self.last is not None \
                and self.last.unit is not None and (" group " in self.anchor_tail or " arm " in self.anchor_tail):
            found = self.value_echo(q, s, read.end)  # "...; the office group walked 4,200."
        if found is None and not (word or nmatch) and unit_info is None and read.cmp_ is None \
                and low[read.end : read.end + 1] == " " and (q.value or q.high or 0) <= 20 \
                and (q.value or 1.0).is_integer():
            found = self.bare_rate(q)
        return found

    def number_at(self, pos: int) -> tuple[float, int] | None:
        m = _DIGITS.match(self.low, pos)
        if m and not m.group("mult"):
            dc = _DECIMAL_COMMA.match(self.low, pos) if self.low[m.end() : m.end() + 1] == "," else None
            if dc is not None and "." not in m.group() and (
                    self.unit_at(dc.end()) is not None or self.writes_comma_decimals()):
                return float(dc.group().replace(",", ".")), dc.end()
            return _number_value(m.group(), None), m.end()
        w = _WORDNUM.match(self.low, pos)
        if w:
            return _word_value(w), w.end()
        return None

    def classify(self, q: Quantity, s: int, e: int, unit_info: UnitInfo | None, word: bool, raw: str,
                 is_n: str) -> Quantity | None:
        """Which kind of quantity a number read by ``after_number`` is, and whether it is kept.
        Steps in order, the first that decides wins: a count labelled "n ="; with no unit, a
        count its clause names; an age or a decade; with no unit, what follows it (a noun, which
        may yet be its unit) and else the unitless readings; then what its unit's kind makes of it."""
        value = q.value if q.value is not None else q.low
        assert value is not None
        end = q.end
        if is_n:
            return self.labelled_count(q, end, value, is_n)
        if unit_info is None:
            found = self.clause_count(q, s, end, value, word, raw)
            if found is not UNDECIDED:
                return found
        found = self.age_reading(q, s, e, unit_info, value, word)
        if found is not UNDECIDED:
            return found
        if unit_info is None:
            after = self.counted_after(q, s, end, value, word, raw)
            if after is UNDECIDED:
                return self.unitless_reading(q, s, end, value, word, raw)
            if not isinstance(after, tuple):
                return after
            unit_info = after  # a time or dose noun after a modifier: its unit
        return self.unit_reading(q, s, e, unit_info, word)

    def counted_after(self, q: Quantity, s: int, end: int, value: float, word: bool,
                      raw: str) -> Step | UnitInfo:
        """With no unit, what follows names what a number counts, or turns out to be its unit."""
        low = self.low
        unit_info = None
        if low[end : end + 1] in _SPACES and (low[end + 1 : end + 2].isdigit() or "old" in low[end : end + 56]):
            aged = self.aged_group(q, end, value, raw)
            if aged is not None:
                return aged
        if (float(value).is_integer() and value >= 2 and q.comparator is None and not self.year_like(value, raw)
                and (counted := _COUNT_BEFORE_COMPOUND.match(low, end))
                and _is_plural_noun(counted.group("noun"))):
            q.measure, q.unit = "count", counted.group("noun")
            if per := _PER.match(low, counted.end()):  # "three 40-minute classes a week"
                q.measure, q.unit = "dose/exposure", f"{q.unit}/{self.period(per)}"
            return q
        # Counted nouns: people and animals, sessions, generic plurals.
        noun = self.noun_after(q.end)
        if noun and noun[0] in ("dose", "time") and not self.year_like(value, raw):
            unit_info = (noun[1], noun[0], noun[2])
        elif noun and (found := self.counted_noun(q, s, value, word, raw, noun)) is not UNDECIDED:
            return found
        group = self.group_count(q, end, value, word, raw)
        if group is not None:
            return group
        item = self.stat_item(q, s, end, value, word, raw)
        if item is not None:
            return item
        return UNDECIDED if unit_info is None else unit_info

    def unitless_reading(self, q: Quantity, s: int, end: int, value: float, word: bool,
                         raw: str) -> Quantity | None:
        """A number with no unit and no counted noun: a year, a compared value, a part, a reading."""
        if self.year_like(value, raw) and q.comparator is None:
            if self.lookback(_ETAL, s, 30, bounded=False):
                return None
            return self.year(q, raw)
        found = self.compared_value(q, s, end, raw)
        if found is UNDECIDED and word and (
                (q.comparator is not None and self.lookback(_SCORE_LOOKBACK, q.start, 30, bounded=False))
                or (" on " in self.low[end : end + 4] and _ON_SCALE.match(self.low, end))):
            # "scored six or more", "a score of two or less", "seven on a 12-point scale": a
            # score's bound or a rating said in words, as "scored 4 or more" is (a word alone is
            # otherwise a count only against a group counted before it, ``part_of_counted``)
            found = self.scale_or_threshold(q, end)
        if found is UNDECIDED:
            found = self.part_of_counted(q, s, end, word)
        if found is UNDECIDED:
            found = self.unitless_value(q, s, end, raw)
        return found

    def parallel_bound(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"those who swam at least 5 lengths a day ... than those who swam fewer than three,":
        a bound (a comparator and a number) closing a clause, with no noun, right after a verb
        that came earlier in the sentence before a value said with its unit (and perhaps its own
        comparator) takes that value's unit and measure: the same measure, its noun left unsaid."""
        low = self.low
        verb = _VERB_BEFORE.search(low, max(0, q.start - 24), q.start)
        if verb is None or len(verb.group("w")) < 4:
            return None
        w = verb.group("w")
        a = max(self.line_start(s), s - 300)
        a = max([a] + [low.rfind(p, a, verb.start()) + 1 for p in (". ", "? ", "! ")])
        for x in self.stated.values():
            if a <= x.start and x.end <= verb.start() and x.unit is not None and x.measure in (
                    "dose/exposure", "threshold/criterion") and x.comparator is not None \
                    and low[max(a, x.start - len(w) - 2) : x.start].rstrip(_SPACES).endswith(" " + w):
                q.unit, q.measure = x.unit, x.measure
                return q
        return None

    def echoed_change(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"did 4.1 more squats in a minute (against 1.2 more in the controls)": a value after
        "against" (or "vs", "compared with") and before the comparative an earlier value of its
        sentence had before its counted noun takes that value's unit; so does one whose
        comparative ends its clause ("; the controls managed 1.2 more."). The earlier value may
        be a count or an amount done ("3.3 more repetitions": a dose of exercise)."""
        echo = _ECHO_WORD.match(self.low, end)
        if echo is None or q.comparator is not None:
            return None
        if self.lookback(_AGAINST_BEFORE, s, 20, bounded=False) is None \
                and self.low[echo.end() : echo.end() + 1] not in (".", ";", ",", ")", ""):
            # "... did 5.1 more lunges; the others added 0.7 more.": the comparative ending
            # its clause stands for the earlier one's noun as after "against"
            return None
        a = max(self.line_start(s), s - 200)
        a = max([a] + [self.low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ")])
        word = echo.group("w")
        for value, earlier in reversed(self.stated.items()):
            if a <= earlier.start < s and earlier.unit and earlier.measure in ("count", "dose/exposure") \
                    and f" {word} " in self.low[earlier.start : earlier.end] and value != q.value:
                q.unit, q.measure, q.end = earlier.unit, earlier.measure, echo.end()
                return q
        return None

    def compared_value(self, q: Quantity, s: int, end: int, raw: str) -> Step:
        """A value set against the one before it ("vs", "up from", "of") takes that one's unit."""
        low = self.low
        last = self.last
        if q.comparator is not None and low[end : end + 1] in (",", ".", ";", ")", "") \
                and (bound := self.parallel_bound(q, s, end)) is not None:
            return bound
        if low.startswith((" more", " fewer"), end) and (echoed := self.echoed_change(q, s, end)):
            return echoed
        if "." in raw and "v" in low[end : end + 4] and _VS_DECIMAL.match(low, end) \
                and low[self.line_start(s) : s].rstrip(_SPACES).endswith(":"):
            q.measure = "measurement"  # "Vessels per fibre: 2.6 vs. 1.4": the label names it
            return q
        if (last is not None and (last.unit or (last.measure == "measurement" and "." in raw))
                and q.start - last.end <= 48 and not (last.unit == "percent" and self.share_aside(last))
                and (vs := self.lookback(_VS_BEFORE, q.start, 16, bounded=False))
                and (q.start - last.end <= 30 or "from" in vs.group())):
            # "650 MET-min/wk vs ~300": the compared value shares the first one's unit;
            # "640 MET-minutes a week of activity, up from about 210": its earlier value
            q.unit, q.measure = last.unit, last.measure
            return q
        if (last is not None and last.unit and last.measure in ("dose/exposure", "threshold/criterion")
                and q.comparator is None
                and q.start - last.end <= 90 and self.lookback(_INSTEAD_BEFORE, q.start, 20, bounded=False)
                and not _SENTENCE_GAP.search(self.text, last.end, q.start) and not self.noun_after(end)):
            # "36 to 60 hours between workouts, instead of the 12 to 24 you took at 25": the
            # value replaced is of the same kind, its unit left unsaid; "a cut-off of 25 or
            # above, lower than the 27 set by others": a threshold set against another
            q.unit, q.measure = last.unit, last.measure
            return q
        if low.startswith((" instead", " rather"), end) and (instead := _INSTEAD_AFTER.match(low, end)) \
                and (second := self.number_at(instead.end())) is not None:
            # "averaged 8.4 instead of 6.9 points": the second value's unit or noun is the first's
            unit = self.unit_at(second[1])
            noun = None if unit is not None else self.noun_after(second[1])
            if unit is not None:
                return self.unit_reading(q, s, end, (unit[0], unit[1], end), False)
            if noun is not None and noun[0] == "count":
                q.unit, q.measure = noun[1], "measurement" if "." in raw else "count"
                return q
        if (last is not None and last.measure in ("count", "sample_size") and last.value is not None
                and q.value is not None and q.comparator is None and float(q.value).is_integer()
                and q.value > last.value and _OF_WHOLE.fullmatch(low, last.end, q.start)):
            # "(22 of 131)", "(n = 17 of 148)": the whole a counted subset was taken from
            q.unit, q.measure = last.unit or "subjects", "sample_size"
            return q
        if (last is not None and last.unit and last.measure in ("count", "measurement")
                and last.value is not None and q.value is not None and q.comparator is None
                and q.value > last.value and low[last.end + 1 : last.end + 4] == "out"
                and (out := _OUT_OF_MAX.fullmatch(low, last.end, q.start))):
            # "named 2.3 more items out of 20", "3 points out of 30": the most there were to
            # count or score, in the unit of the value before it
            q.start, q.unit, q.measure = out.start("o"), last.unit, last.measure
            return q
        return UNDECIDED

    def unitless_value(self, q: Quantity, s: int, end: int, raw: str) -> Quantity | None:
        """The last readings of a bare number: money, a scale or threshold, then the rule groups'."""
        if (currency := self.currency_before(s)) is not None:
            q.unit = currency[0]
            q.start = min(q.start, currency[1])
            return self.money_comparator(q, currency[1])
        if self.low[end : end + 5].lstrip(_SPACES)[:4] == "per " and q.comparator is None \
                and (per := _PER_STRUCTURE.match(self.low, end)):
            q.unit, q.measure, q.end = "per " + per.group("u"), "measurement", per.end()
            return q  # "1.8 per fibre": a density in the tissue's own structure
        if _MULT_END.search(self.low, s, end):
            q.measure = "count"  # "a number expected to cross 34 crore": a count, unit unsaid
            return q
        if "." in raw and ("frequenc" in self.low[max(0, s - 40) : s] or (
                s - self.allele_end <= 160 and self.text[s - 1 : s] == "(")) \
                and (allele := self.allele_frequency(q, s, end)) is not None:
            return allele
        found = self.scale_or_threshold(q, end)
        if found is not UNDECIDED:
            return found
        return (self.effect_value(q, raw) or self.named_reading(q, s, end) or self.device_reading(q, s, end)
                or self.signed_estimate(q, s, raw) or self.power_result(q, s)
                or self.console_value(q, s) or self.corrected_figure(q, s, end)
                or self.compared_count(q, s, end) or self.contrast_subject(q, s, end)
                or self.with_item(q, s, end) or self.each_subject_part(q, s, end)
                or self.rest_of_group(q, s) or self.who_count(q, s, end)
                or (self.including_part(q, s, end) if self.low[s - 2 : s] == "g " else None)
                or self.estimate_before_interval(q, end)
                or (self.arm_estimate(q, s, end, raw) if self.low.startswith(" for the ", end) else None)
                or self.paired_counts(q, s, end) or self.build_target(q, s, end)
                or self.elided_target(q, s, end) or self.done_elided(q, s, end) or self.sci_value(q, raw))

    def allele_frequency(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"(allele frequency 0.41)", "the carrier frequency was 0.12": a decimal from 0 to 1
        after a frequency of alleles, genotypes or carriers named right before it is a proportion;
        a bare decimal in a bracket later in the same sentence ("as in the divers (0.31)") is
        the same frequency in another group."""
        if q.value is None or q.comparator is not None or not 0 <= q.value <= 1:
            return None
        if self.lookback(_ALLELE_FREQUENCY, s, 40, bounded=False) is None:
            last = self.last
            if last is None or last.end != self.allele_end or self.low[end : end + 1] != ")" \
                    or _FULL_STOP.search(self.text, last.end, s) or "\n" in self.text[last.end : s]:
                return None
        q.unit, q.measure = "fraction", "proportion"
        self.allele_end = q.end
        return q

    def scale_or_threshold(self, q: Quantity, end: int) -> Step:
        """A bare number named as a score or BMI is a reading; with a comparator, a threshold."""
        low = self.low
        score = self.lookback(_SCORE_LOOKBACK, q.start, 30, bounded=False) or (
            " on " in low[end : end + 4] and _ON_SCALE.match(low, end)) or (
            low[q.start - 4 : q.start] in ("was ", "ere ", " is ")
            and _ACRONYM_SCORE_WAS.search(self.text, max(0, q.start - 40), q.start))
        score = score or self.scale_reading(q)
        bmi = self.lookback(_BMI_LOOKBACK, q.start, 30, bounded=False)
        if not (bmi or score) and q.comparator is None and low[q.start - 2 : q.start] == ", " \
                and (named := self.appositive_reading(q.start, end)) is not None:
            bmi, score = named in ("bmi", "body mass index"), named in ("score", "scores")
            if not (bmi or score):
                q.measure = "measurement"
                return q
        if bmi:
            q.unit = "kg/m2"
        elif score:
            q.unit = "points"
        if q.comparator in ("<", ">", "<=", ">="):
            q.measure = "threshold/criterion"
            return q
        if bmi or score:
            q.measure = "measurement"
            return q
        if q.value is not None and q.comparator in (None, "~") and low[end : end + 1] in (".", ";") \
                and not low[end + 1 : end + 2].isdigit() and " by" in low[max(0, q.start - 24) : q.start] \
                and self.lookback(_CHANGED_BY, q.start, 40, bounded=False):
            q.measure = "measurement"  # "the ratio fell by 0.4.": a change's size, its unit unsaid
            return q
        return UNDECIDED

    def unit_reading(self, q: Quantity, s: int, e: int, unit_info: UnitInfo, word: bool) -> Quantity | None:
        """What the kind of the unit after a number makes of it (a share, a fold, a rate, a dose)."""
        norm, kind, uend = unit_info
        if word and norm == "points" and q.value == 1 and self.tail(s).endswith("at"):
            return None  # "at one point" is a moment, not a score
        q.end = max(q.end, uend)
        q.unit = norm
        if kind in ("clock", "money", "rank"):
            return self.special_unit(q, s, e, kind)
        if kind == "count":  # the near end of a change in a counted noun (``range_after``)
            q.measure = "count"
            return q
        if s > 0 and self.text[s - 1] in _MINUS and q.value is not None and q.start == s \
                and (s < 2 or self.text[s - 2] in _SIGN_BEFORE):
            q.value, q.start = -q.value, s - 1  # "-80°C", "changed by −1.8 kg", "(-3 mmHg)"
        if kind == "percent":
            return self.percent_reading(q, norm)
        if kind == "fold" or kind == "times":
            return self.times_reading(q, kind)
        if kind == "score" or kind == "measure":
            q.measure = "measurement"
        elif self.dose_reading(q, s, norm, kind) is None:
            return None
        return self.trailing_comparator(q)

    def percent_reading(self, q: Quantity, norm: str) -> Quantity | None:
        """A percent is a confidence level, a share of a maximum ("60% of peak") or a proportion."""
        low = self.low
        if _CI_AFTER_PERCENT.match(low, q.end):
            return self.percent_interval(q)
        om = _OF_MAX.match(low, q.end)
        if om and norm == "percent":
            end = om.end()
            for name in ("w1", "w2"):  # "of peak heart rate": the measure's name, not a clause
                if om.group(name) is None:
                    break
                if om.group(name) in W.NOT_MODIFIERS or om.group(name) in W.UNIT_SURFACES:
                    end = om.end(name) - len(om.group(name)) - 1
                    break
                end = om.end(name)
            while low[end - 1] in _SPACES:
                end -= 1
            q.unit, q.end, q.measure = "percent of maximum", end, "dose/exposure"
        else:
            q.measure = "proportion"
        return q

    def times_reading(self, q: Quantity, kind: str) -> Quantity:
        """"3x" or "3 times" is a rate with a period after it, a fold change, or a count."""
        low = self.low
        if kind == "fold":
            # "3x/wk", "2x daily": times per period, as "3 times a week"
            if per := _PER.match(low, q.end):
                q.unit, q.end, q.measure = f"times/{self.period(per)}", per.end(), "dose/exposure"
            else:
                q.unit, q.measure = "fold_change", "effect_size/statistic"
            return q
        per = _PER.match(low, q.end)
        if per:
            q.unit, q.end, q.measure = f"times/{self.period(per)}", per.end(), "dose/exposure"
            if q.comparator in ("<", ">", "<=", ">="):
                q.measure = "threshold/criterion"
        elif _COMPARATIVE.match(low, q.end):
            q.unit, q.measure = "fold_change", "effect_size/statistic"
        else:
            q.measure = "count"
        return q

    def trailing_comparator(self, q: Quantity) -> Quantity:
        """"or more" after a unit is the comparator; a compared dose or reading is a threshold."""
        suffix = _SUFFIX_CMP.match(self.low, q.end)
        if suffix:
            q.comparator = W.SUFFIX_COMPARATORS[suffix.group("c")]
            q.end = suffix.end()
        if q.comparator in ("<", ">", "<=", ">=") and q.measure in ("dose/exposure", "measurement"):
            q.measure = "threshold/criterion"
        return q
