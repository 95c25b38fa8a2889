"""Numeric facts: every number an article states, with its unit, comparator and what it measures.

Design (why it looks like this):
- One linear scan finds number anchors (digits, number words, "a year"); each anchor is parsed
  with small anchored regexes (``pattern.match(low, pos)``) looking a few words ahead for a range,
  unit, rate and comparator and a few characters back for a comparator, statistic label or age
  cue. Nothing backtracks over the whole text, so the cost is linear in its length.
- Matching runs on an ASCII-lowered copy with identical offsets; offsets index the original text.
- A number is emitted only when something says what it measures (a unit, a counted noun, a
  statistic label, an age cue, a comparator, a year or a date). Bare numbers are names or
  identifiers more often than facts, so they are dropped (precision over recall).
- Not quantities (documented decisions): digits inside identifiers (gene symbols such as IL-15,
  SIRT1, HIF-1α; versions; DOIs and URLs), reference markers (¹, ^{2,3}, [4]), everything in a
  reference list or citation line (volume, issue, page numbers and years of cited works), list
  markers ("1.") and numbered labels ("Part 2:", "Type 2", "Figure 3", "visit 2"); "week 12" is
  a time point (unit `week`).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from agefacts import EXTRACTOR_VERSION
from agefacts.extract import quantity_words as W
from agefacts.extract.captions import cue_furniture, join_cues
from agefacts.extract.quantity_patterns import (
    _A_AMOUNT_UNITS,
    _A_BEFORE,
    _A_DOSE_PERIODS,
    _A_DOSE_UNITS,
    _A_UNIT_OFFSET,
    _ACRONYM_SCORE_WAS,
    _ADJ_AGED_GROUP_AFTER,
    _AGE_BAND,
    _AGE_FORMULA,
    _AGE_GROUP_NOUN,
    _AGE_LOOKBACK,
    _AGE_SUFFIX,
    _AGEING_DOC,
    _ALLOCATED,
    _AMONG_ARM,
    _ANCHOR_RUN,
    _AND_A_HALF,
    _AND_WORD,
    _ANIMALS_BEFORE,
    _APPOSITION_AFTER,
    _APPOSITION_FROM,
    _APPOSITION_NAME,
    _APPOSITION_NOW,
    _APPOSITION_NOW_END,
    _APPOSITIVE_CLOSE,
    _APPOSITIVE_READING,
    _APPROX,
    _ARM_RATIO,
    _ARM_VERB,
    _ASIDE,
    _AT_BEFORE,
    _AT_OTHER_AGE,
    _AT_TIME_POINT,
    _BARE_AGE_CUE,
    _BARE_AGE_END,
    _BETWEEN,
    _BETWEEN_AGES,
    _BMI_LOOKBACK,
    _BOLD_CLOSE,
    _BRACKET_AGE_AFTER,
    _BRACKET_GAP,
    _BRACKET_NAME,
    _BUILD_TO,
    _BY_BEFORE,
    _BY_WRAPPED,
    _CHANGE_BEFORE,
    _CHANGE_END,
    _CHANGE_TO,
    _CHANGE_TO_WHOLE,
    _CI,
    _CI_AFTER_PERCENT,
    _CI_ALONE,
    _CI_GAP,
    _CLAUSE_AFTER,
    _CLAUSE_START,
    _COMPARATIVE,
    _COMPARED,
    _COMPARED_WORD,
    _CONN,
    _CONSOLE_LINE,
    _CORRECTED,
    _CORRECTION,
    _CORRECTION_GATE,
    _CORRECTS,
    _COUNT_BEFORE_COMPOUND,
    _COUNT_THEN_WHO,
    _COUNTED_MODIFIER,
    _COUPLE_BEFORE,
    _CURRENCIES,
    _CURRENCY_WORD,
    _DATE_YEAR_AFTER,
    _DATED_BACK,
    _DECADE_LIST_GAP,
    _DECADE_OF_OTHER,
    _DECIMAL_COMMA,
    _DECIMAL_END,
    _DECLINE_BEFORE,
    _DEVICE_READS,
    _DIGIT_NEXT,
    _DIGITS,
    _DIRECTED_RANGE,
    _DISTANCE_AFTER,
    _DISTANCE_BEFORE,
    _DISTANCE_CHANGE,
    _DISTANCE_UNITS,
    _DMY_AFTER,
    _DOT_LEADER,
    _DOT_THOUSANDS,
    _DRILL_GATE,
    _DRILL_PRODUCT,
    _DRILL_WORD,
    _EACH,
    _EFFECT_BEFORE,
    _ELAPSED,
    _ELIDED_TARGET,
    _ELLIPSIS_END,
    _ELLIPTIC_BEFORE,
    _ELLIPTIC_END,
    _ENROLLED_BEFORE,
    _ENROLLED_END,
    _ENROLMENT_FIELD,
    _ETAL,
    _EVERY_BEFORE,
    _EXPONENT,
    _FIELD_COUNT,
    _FOLD_AFTER,
    _FOR_BEFORE,
    _FORMULA_GATE,
    _FRACTION_AFTER,
    _FRACTION_RANGE,
    _FROM_DECADE,
    _FRONTED_OF,
    _FULL_STOP,
    _GLUED_RATE,
    _GLUED_TIMEPOINT,
    _GROUP_ADJ_AGES,
    _GROUP_SIZE_MODIFIER,
    _HALF_AS,
    _HALF_DOING,
    _HALF_FOLLOW,
    _HALF_HOUR,
    _HALF_IDIOM,
    _IN_A_SCALE,
    _IN_GROUP,
    _IN_RATIO,
    _INCREMENT_BEFORE_UNIT,
    _INTERVAL_NEXT,
    _ISO_DATE,
    _LABEL_NUMBER,
    _LABELLED_SPAN,
    _LAST_WORD,
    _LEVEL_WORDS,
    _LIFE_TURN_VERBS,
    _LIST_JOIN,
    _LISTED_BEFORE,
    _LIVE_TO,
    _LIVED_TO,
    _MEASURED_NOUN,
    _MET_VERB,
    _MINUS,
    _MONEY_BEFORE,
    _MONEY_SUFFIX,
    _MONTH_BEFORE,
    _MULT_END,
    _MULT_WORDS,
    _N_LOOKBACK,
    _NAMED_READING,
    _NEXT_NUMBER,
    _NEXT_WORD,
    _NEXT_WORDS,
    _NO_SPREAD,
    _NOT_AGE_AFTER,
    _NOT_ELLIPTICAL,
    _NOT_GROUP_ADJ,
    _NOT_RATE_AFTER,
    _NTH_DECADE,
    _NUMBER_BEFORE,
    _OF_A_UNIT,
    _OF_AFTER,
    _OF_EVERY_POUND,
    _OF_MAX,
    _OF_PER,
    _OF_THE_GROUP,
    _OF_THE_NUMBER,
    _OF_THEIR,
    _OF_THEM,
    _OF_THEM_THOSE,
    _OF_WHOLE,
    _OF_WORD,
    _OF_YOU,
    _OLD_AFTER,
    _ON_SCALE,
    _ONE_BEFORE,
    _ONE_REP_MAX,
    _OPENERS,
    _ORIGIN,
    _PACE,
    _PARALLEL_PREPOSITIONS,
    _PART_PREPOSITIONS,
    _PEOPLE_BEFORE,
    _PER,
    _PER_ARM,
    _PER_BASE,
    _PER_THING,
    _PERCENT_AFTER,
    _PLUS,
    _PM_AFTER,
    _POP_LOOKBACK,
    _POP_STAT_AFTER,
    _POWER_AFTER,
    _POWER_BASE,
    _POWER_EVALUATED,
    _POWER_RESULT,
    _PREFIX,
    _PRESSURE,
    _PRODUCT,
    _QUALIFIED_DECADE,
    _QUANTILE_BEFORE,
    _QUARTER_DISTANCE,
    _QUOTED_NOUN,
    _QUOTES,
    _RACE_AFTER,
    _RACE_K,
    _RAN_A,
    _RATE_BEFORE,
    _RATE_SECOND,
    _RATING_AFTER,
    _RATING_CUE,
    _RATING_END,
    _REACH_BEFORE,
    _READING_END,
    _REMAINING_END,
    _REP_ROW_LABEL,
    _REP_SCHEME,
    _REP_SCHEME_BARE,
    _REP_WORD,
    _RESULT_BEFORE,
    _RHYTHM_PERIOD,
    _RHYTHM_WORDS,
    _ROUGH_AGE_CUE,
    _ROUGH_SUBJECT,
    _SCALE_BEFORE,
    _SCALE_CUE,
    _SCALE_RANGE,
    _SCALE_READ,
    _SCI_E,
    _SCI_TEN,
    _SCORE_LOOKBACK,
    _SD_WORD,
    _SE_WORD,
    _SECONDS_AFTER,
    _SECONDS_BEFORE,
    _SENTENCE_END,
    _SET_OF,
    _SEX_AFTER,
    _SEX_COUNT,
    _SEX_SLASH,
    _SIGN_BEFORE,
    _SIGNATURE_NAME,
    _SIGNATURE_PLACE,
    _SLASH_COUNT,
    _SLASH_MAX,
    _SLASH_RATING,
    _SMALL_RATIO,
    _SOMEDAY_BEFORE,
    _SOMETHING,
    _SPAN_NOUN,
    _SPENT_AFTER,
    _SPLIT,
    _SPLIT_BEFORE,
    _SPLIT_PART,
    _SPLIT_TIME,
    _SPOKEN,
    _SPOKEN_AFTER,
    _SPOKEN_STAT,
    _SPREAD,
    _STAT,
    _STAT_FAR,
    _STAT_FAR_HINTS,
    _STAT_ITEM,
    _STAT_KIND,
    _STAT_RANGE,
    _STAT_TO,
    _STOP,
    _SUBJECT_PRONOUNS,
    _SUBSET_OF,
    _SUFFIX_CMP,
    _SUPERSCRIPT_DIGITS,
    _SUSPENDED_TO,
    _TALLY_WORDS,
    _TEMPO,
    _TEMPO_WORD,
    _TENS_BAND,
    _THAN_AT,
    _THE_BEFORE,
    _THE_DECADE,
    _THEIR,
    _THERE_WERE,
    _THIRD_PERSON,
    _TIMEPOINT_UNITS,
    _TIMES_END,
    _TIMES_GAP,
    _TIMESTAMP_BREAK,
    _TO_ARM,
    _TO_DECADE,
    _TO_NUMBER,
    _UNIT,
    _VS_BEFORE,
    _VS_DECIMAL,
    _VS_PAIR,
    _WORD,
    _WORD_AUTOMATON,
    _WORD_KEYS,
    _WORDNUM,
    _YEAR_PREP,
)
from agefacts.extract.quantity_text import (
    _ANY_GATE,
    _EFFECT_GATE,
    _GATES,
    _LINE_LEAD,
    _SPACES,
    _citation_line,
    _clean,
    _digit_run_end,
    _is_plural_noun,
    _join_soft_breaks,
    _list_members,
    _masked_spans,
    _number_value,
    _past_verb,
    _plain_number_end,
    _scaled,
    _word_value,
    lowered_document,
)
from agefacts.extract.quantity_types import COMPARATORS, MEASURES, Quantity, _Spread

__all__ = [
    "COMPARATORS", "MEASURES", "Quantity", "extract_quantities", "quantity_rows",
    "scan_quantities", "span_ids",
]


class _Scanner:
    """One document's scan state; a class only to share text, lowered text and masks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.nl = self.low = lowered_document(text)  # ``nl``: where the lines really break
        cues = cue_furniture(text) if "-->" in text else []
        if cues:  # a caption file: its cues run on as one text (same length)
            self.nl = self.low = join_cues(self.low, cues)
        if "\n" in text:
            self.low = _join_soft_breaks(text, self.low)
        self.masks = _masked_spans(text, cues)
        self.floor = 0  # end of the previous emitted quantity: spans never overlap
        self.last: Quantity | None = None  # the previous emitted quantity
        self.last_count: Quantity | None = None  # the previous count or sample size
        self.arm_whole: Quantity | None = None  # the group an arm count was last a part of
        self.distances: dict[float, str] = {}  # distances said with a unit so far: value -> unit
        self.consumed = 0  # end of the last digit-grouped number ("10 000"): its groups are not numbers
        self.pending: list[Quantity] = []  # rows found with the current one (the SD after a mean)
        self.tails: dict[int, str] = {}
        self.lines: dict[int, int] = {}
        self.consoles: dict[int, bool] = {}  # line start -> a line of printed R values
        self.anchor = -1  # position of the number being parsed
        self.anchor_cued = True  # whether the text before it ends like any look-back cue
        self.anchor_tail = ""  # ``tail(anchor)``
        self.units: dict[int, tuple[str, str, int] | None] = {}
        self.cur_ls = 0  # start of the current candidate's line
        self.ageing: bool | None = None  # whether the article talks about ageing (lazy)
        self.tempo: bool | None = None  # whether it speaks of lifting tempo (lazy)

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
        return cached

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
            if cited and not self.field_count(s):
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
                if q.unit in _DISTANCE_UNITS and q.value is not None:
                    self.distances[q.value] = q.unit
                for extra in self.pending:
                    if extra.start >= self.floor and extra.end > extra.start:
                        out.append(extra)
                        self.floor = extra.end
                        self.last = extra
        return out

    def field_count(self, s: int) -> bool:
        """Whether the number at ``s`` is a labelled study-size field ("Sample size: 96"): it
        is a finding even on a line that otherwise reads as a citation."""
        tail = self.tail(s).rstrip("*_").rstrip(_SPACES)
        return tail.endswith((":", "=")) and self.lookback(_FIELD_COUNT, s, 40, bounded=False) is not None

    # -- helpers -------------------------------------------------------------------------------

    def line_start(self, pos: int) -> int:
        ls = self.cur_ls
        return ls if pos >= ls else self.nl.rfind("\n", 0, pos) + 1

    def lookback(self, pattern: re.Pattern[str], pos: int, size: int = 48, original: bool = False,
                 bounded: bool = True) -> re.Match[str] | None:
        """``pattern`` (anchored with ``$``) ending at ``pos`` on the same line. ``bounded``: it
        will become part of the quantity's span, so it may not reach into the previous one.
        A cheap ``endswith`` gate skips the regex when the text before cannot match."""
        gate = _GATES.get(id(pattern))
        if gate is not None:
            if pos == self.anchor:  # most look-backs: the text before the number ends like no cue
                if not (self.anchor_cued and self.anchor_tail.endswith(gate)):
                    return None
            elif not self.tail(pos).endswith(gate):
                return None
        start = max(self.line_start(pos), pos - size)
        if bounded and self.floor > start:
            start = self.floor
        return pattern.search(self.text if original else self.low, start, pos)

    def tail(self, pos: int) -> str:
        """Up to 48 characters before ``pos`` on its line, trailing spaces removed."""
        t = self.tails.get(pos)
        if t is None:
            t = self.tails[pos] = self.low[max(self.line_start(pos), pos - 48) : pos].rstrip(_SPACES)
        return t

    def prev_word(self, pos: int) -> str:
        t = self.tail(pos).rstrip("#").rstrip(_SPACES)
        parts = t.rsplit(None, 1)
        # markdown emphasis around a word ("at **week 4", "the *second* half") is no part of it
        word = parts[-1].lstrip("([\"'“‘*_").rstrip("*_") if parts else ""
        return word if word[:1].isalpha() else ""

    def prefix_comparator(self, pos: int) -> tuple[str | None, int]:
        m = self.lookback(_PREFIX, pos, 24)
        if not m or self.text[m.start() - 1 : m.start() + 1] == "->":  # an arrow, not "more than"
            return None, pos
        if m.group("c") == "up to" and self.lookback(_BUILD_TO, pos, 40, bounded=False):
            return None, pos  # "work up to three sessions": a target, not a ceiling
        return W.PREFIX_COMPARATORS[m.group("c")], m.start()

    def money_comparator(self, q: Quantity, sign: int) -> Quantity:
        """"< Rs 500", "≥ $1,000", "over £20": a comparator before the currency sign or
        abbreviation that opens the amount at ``sign``."""
        if q.comparator is None:
            q.comparator, start = self.prefix_comparator(sign)
            q.start = min(q.start, start)
        return q

    def identifier_context(self, s: int) -> bool:
        """True when the number at ``s`` is part of a name, symbol, version or marker."""
        text = self.text
        if s == 0:
            return False
        c = text[s - 1]
        c2 = text[s - 2] if s >= 2 else " "
        if c.isalnum() or c in "_#^":
            return True
        if c == "/" and c2 in "MF" and _SEX_SLASH.search(text, max(0, s - 12), s):
            return False  # "(8 M/8 F)": the second count of a split by sex
        return c in "-‑/:,." and c2.isalnum()

    def list_marker(self, s: int, e: int) -> bool:
        ls = self.line_start(s)
        if s - ls > 8 or self.text[e : e + 1] not in (".", ")") or self.text[ls:s].strip(" \t-*•›>#\u00a0"):
            return False
        return e < len(self.text) and self.text[e] in ".)" and (
            e + 1 >= len(self.text) or self.text[e + 1] in " \t\n"
        )

    def currency_before(self, s: int) -> tuple[str, int] | None:
        """The currency written right before the number at ``s`` and where it starts: a sign
        ("$4,000", "₹450") or an abbreviation ("Rs 450", "Rs.2,500", "INR 300")."""
        text = self.text
        if s < 1:
            return None
        c = text[s - 1]
        if c in _CURRENCIES:
            return _CURRENCIES[c], s - 1
        if c in " \u00a0" and s >= 2:
            c = text[s - 2]
        if c not in "sRDP.":  # the last letter of an abbreviation, or "Rs."'s dot
            return None
        m = _CURRENCY_WORD.search(text, max(0, s - 8), s)
        return (W.CURRENCY_WORDS[m.group("c")], m.start()) if m else None

    def label_before(self, s: int) -> bool:
        word = self.prev_word(s)
        if word.endswith(".") and word not in W.LABEL_ABBREVIATIONS:
            return False  # "... a placebo-controlled trial. 120 participants": a sentence ended
        if not (word in W.LABEL_WORDS or word in W.LABEL_ABBREVIATIONS):
            return False
        # "Garden Room     30 min": a column gap (a tab, three spaces) between a spaced table's
        # cells; the label ends the cell before and names nothing in this one
        gap = self.text[s - 3 : s]
        return not (gap == "   " or "\t" in gap)

    # -- parsing -------------------------------------------------------------------------------

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
            cmp_, start = self.prefix_comparator(s) if tok.endswith("ed") else (None, s)
            return Quantity(start, e, float(W.FOLD_WORDS[tok]), None, None, "fold_change",
                            cmp_, "effect_size/statistic")
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
            return self.after_number(m.start(), e, value, word=True)
        wm = _WORDNUM.match(low, s)
        if not wm:
            return None
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

    def tens_band(self, s: int, e: int) -> Quantity | None:
        """"crept into the 150s", "in the low 120s": a reading within a band of ten above
        100 (a heart rate, a blood pressure), as decades of life are below it. Hundreds ("the
        100s") and four digits (years) are not bands of ten."""
        low = self.low
        if e - s != 3 or low[e - 1] != "0" or low[e - 2] == "0" or (
                e + 1 < len(low) and low[e + 1].isalnum()):
            return None
        band = self.lookback(_TENS_BAND, s, 12, bounded=False)
        if band is None:
            return None
        value = float(low[s:e])
        return Quantity(s, e + 1, None, value, value + 9, None, None, "measurement")

    def banded_age(self, s: int) -> Quantity | None:
        """"over-80-year-olds", "under-30-year-olds": an age group named by its bound, as
        "over-65s" is; the number is read as an age and the bound becomes its comparator."""
        band = self.lookback(_AGE_BAND, s, 8)
        q = self.parse_numeric(s)
        if band is None or q is None or q.measure != "age" or q.comparator is not None:
            return None
        q.start, q.comparator = band.start(), ">" if band.group("c") == "over" else "<"
        return q

    def times_prefix(self, s: int, e: int) -> Quantity | None:
        """"x3 per week": a frequency written with a multiplication sign before the number.
        "studentships (x4)": a count of what the words before it name (in brackets, after a word)."""
        per = _PER.match(self.low, e)
        if per is None:
            text = self.text
            if s >= 4 and text[s - 2] == "(" and text[e : e + 1] == ")" and text[s - 3] == " " \
                    and text[s - 4].isalpha() and text[s:e].isdigit():
                return Quantity(s - 1, e, float(text[s:e]), None, None, self.bracketed_unit(s - 3),
                                None, "count")
            return None
        value = float(self.low[s:e])
        return Quantity(s - 1, per.end(), value, None, None, f"times/{self.period(per)}", None,
                        "dose/exposure")

    def bracketed_unit(self, pos: int) -> str | None:
        """Unit of "(x3)" or "(× 3)" after the word ending at ``pos``: a plural noun is counted
        ("studentships (x4)"), anything else is repeated ("washed (×3)", "biopsy (x 2)")."""
        word = self.prev_word(pos)
        return None if _is_plural_noun(word) else "times"

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
        if comma is not None:
            e, num = comma, low[s:comma]
        if m.group("grp"):
            self.consumed = s + len(num)
        if num.startswith("."):
            num = "0" + num
        value = float(num.replace(",", ".")) if comma else _number_value(num, m.group("mult"))
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
        return None

    def word_timepoint(self, s: int, e: int, value: float) -> Quantity | None:
        """"by week nine", "at day ten": a time point with its number in words, read as "week
        9" is, unless a rate says the week ("once a week two ...") or it is the idiom "from day
        one"."""
        label = self.low.rfind(self.prev_word(s), max(self.line_start(s), s - 16), s)
        before = self.low[max(self.line_start(s), label - 12) : label].split()
        if label < 0 or (before and (before[-1] in _RATE_BEFORE or (before[-1] == "from" and value == 1))):
            return None
        return self.timepoint(s, e, value, size=e - s)

    def timepoint(self, s: int, e: int, value: float, size: int = 3) -> Quantity | None:
        """"week 12", "at day 3", "month 6": a time point of a study, unit `week`/`day`/`month`
        (singular: the 12th week, where `12 weeks` is a duration). A label heading its line
        ("Week 1: easy walks") or glued to more ("week 2b", "day 1-2") stays a label."""
        word = self.prev_word(s)
        unit = W.TIMEPOINT_WORDS.get(word)
        if unit is None or not float(value).is_integer() or e - s > size:
            return None
        label = self.low.rfind(word, max(self.line_start(s), s - 16), s)
        after = self.text[e : e + 1]
        glued = after in "-‑–/.:" and self.text[e + 1 : e + 2].strip() != ""
        if label < 0 or (after and (after.isalnum() or glued)) or self.unit_at(e) is not None:
            return None
        if after == ":" and not self.text[self.line_start(s) : label].strip(_LINE_LEAD):
            return None  # "Week 1: ..." heads a plan's section
        return Quantity(label, e, value, None, None, unit, None, "dose/exposure")

    def glued_timepoint(self, s: int, e: int) -> Quantity | None:
        """"the week-16 visit", "at day-3": a study's time point written with a hyphen (a
        word glued on either side, "post-week-4b" or "day-1-2", keeps it a label)."""
        m = _GLUED_TIMEPOINT.search(self.low, max(0, s - 7), s)
        after = self.text[e : e + 1]
        if m is None or e - s > 3 or after.isalnum() or (
                after in "-‑/." and after and self.text[e + 1 : e + 2].strip()):
            return None
        return Quantity(m.start(), e, float(self.low[s:e]), None, None,
                        W.TIMEPOINT_WORDS[m.group("w")], None, "dose/exposure")

    def timepoint_range(self, s: int, e: int, value: float) -> Quantity | None:
        """"weeks 4–8", "between weeks 2 and 6", "days 3 to 5": a span of a study's time
        points (low–high, unit `week`/`day`/`month` like "week 12"). "12 weeks 2-3 times a
        week" is a duration, then a frequency: the label may not follow a number, and nothing
        may be counted or measured after the second number."""
        low = self.low
        word = self.prev_word(s)
        label = low.rfind(word, max(self.line_start(s), s - 16), s)
        if label < 0 or not float(value).is_integer() or _NUMBER_BEFORE.search(low, max(self.line_start(s), label - 12), label):
            return None
        conn = _CONN.match(low, e)
        if conn is None:
            return None
        joiner = conn.group().strip(_SPACES)
        if joiner not in ("-", "‑", "–", "—", "to", "through", "and"):
            return None
        origin = self.lookback(_BETWEEN, label, 12)
        if joiner == "and" and not (origin and low.startswith("between", origin.start())):
            return None
        second = self.number_at(conn.end())
        if second is None or not second[0].is_integer() or second[0] <= value:
            return None
        e2 = second[1]
        if low[e2 : e2 + 1].isalnum() or self.unit_at(e2) or self.noun_after(e2) \
                or _PER.match(low, e2):
            return None
        start = origin.start() if origin else label
        return Quantity(start, e2, None, value, second[0], W.TIMEPOINT_PLURALS[word], None,
                        "dose/exposure")

    def timepoint_list(self, s: int, e: int, value: float) -> Quantity | None:
        """The first of listed time points, "weeks 4 and 8", "days 1, 3 and 7": each member is
        a time point like "week 4" (the later ones: ``listed_timepoint``)."""
        low = self.low
        word = self.prev_word(s)
        label = low.rfind(word, max(self.line_start(s), s - 16), s)
        if label < 0 or not float(value).is_integer() or _NUMBER_BEFORE.search(
                low, max(self.line_start(s), label - 12), label):
            return None
        pos, joined = (list(_list_members(low, e, _digit_run_end)) or [(e, False)])[-1]
        if not joined or (low[pos : pos + 1].isalnum() or self.unit_at(pos) or self.noun_after(pos)
                          or _PER.match(low, pos)):
            return None
        return Quantity(label, e, value, None, None, W.TIMEPOINT_PLURALS[word], None,
                        "dose/exposure")

    def listed_timepoint(self, s: int, e: int, value: float) -> bool:
        last = self.last
        if last is None or last.measure != "dose/exposure" or last.unit not in _TIMEPOINT_UNITS \
                or last.value is None or not float(value).is_integer():
            return False
        join = _LIST_JOIN.match(self.low, last.end)
        return join is not None and join.end() == s and not (
            self.low[e : e + 1].isalnum() or self.unit_at(e) or self.noun_after(e))

    def date_at(self, s: int, e: int, value: float) -> Quantity | None:
        low = self.low
        mb = self.lookback(_MONTH_BEFORE, s, 12)
        if mb:
            month = W.MONTHS[mb.group("m")]
            if 1 <= value <= 31 and value == int(value):
                ya = _DATE_YEAR_AFTER.match(low, e)
                if ya:
                    y = ya.group("y")
                    return Quantity(mb.start(), ya.end(), float(y), None, None, "date", None,
                                    "date/metadata", iso_date=f"{y}-{month:02d}-{int(value):02d}")
            if 1800 <= value <= 2100 and e - s == 4 and mb.group("m") != "may":
                return Quantity(mb.start(), e, value, None, None, "date", None, "date/metadata",
                                iso_date=f"{int(value)}-{month:02d}")
        if 1 <= value <= 31 and value == int(value) and low[e : e + 1] in _SPACES + "snrt":
            da = _DMY_AFTER.match(low, e)
            if da:
                y, month = da.group("y"), W.MONTHS[da.group("m")]
                return Quantity(s, da.end(), float(y), None, None, "date", None, "date/metadata",
                                iso_date=f"{y}-{month:02d}-{int(value):02d}")
        return None

    def parse_a_unit(self, s: int, e: int, tok: str) -> Quantity | None:
        """"for a year", "over an hour", "an hour a day": the article counts one unit."""
        if self.low[e : e + 2] in ("'s", "’s"):
            return None  # "the cost of a day's absence": the unit names a thing, not a length
        unit = W.UNIT_SURFACES[tok.split()[-1]][0]
        if tok.split()[-1] in _A_AMOUNT_UNITS:
            cmp_, start = self.prefix_comparator(s)
            if cmp_ is None and " extra " not in tok:
                return None
            return Quantity(start, e, 1.0, None, None, unit, cmp_, "measurement")
        per = _PER.match(self.low, e)
        if tok.split()[-1] in _A_DOSE_UNITS and (per is None or self.period(per) not in _A_DOSE_PERIODS
                                                 or not self.rate_after(e)):
            return None
        cmp_, start = self.prefix_comparator(s)
        if cmp_ is None and not per and not self.lookback(_FOR_BEFORE, s, 12, bounded=False) \
                and not _A_UNIT_OFFSET.match(self.low, e):
            return None
        if self.dated_back(start):
            return None
        if cmp_ == ">" and self.low[start : start + 4] == "over" and not per and not (
            self.lookback(_FOR_BEFORE, start, 12, bounded=False)
        ):
            cmp_, start = None, s
        end = e
        if per:
            unit = f"{unit}/{self.period(per)}"
            end = per.end()
        measure = "threshold/criterion" if cmp_ in ("<", ">", "<=", ">=") else "dose/exposure"
        return Quantity(start, end, 1.0, None, None, unit, cmp_, measure)

    def parse_half(self, s: int, e: int) -> Quantity | None:
        low = self.low
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
                or self.wrapped_cue(_BY_WRAPPED, s) is not None)  # "fell by\na fifth"
        if not cued:
            return None
        return Quantity(start, e, value, None, None, "fraction", cmp_, "proportion")

    def rhythm(self, s: int, e: int, rate: float, plural: bool = False) -> Quantity | None:
        """"every other day", "every third week", "on alternate days": a frequency (once per
        two days is 0.5 times/day), read only before a period word ("every other person" and
        "alternate routes" are no rhythm)."""
        m = _RHYTHM_PERIOD.match(self.low, e)
        if m is None or bool(m.group("pl")) != plural:
            return None
        period = W.PERIODS[m.group("p")]
        return Quantity(s, m.end(), rate, None, None, f"times/{period}", None, "dose/exposure")

    def every_nth(self, s: int, e: int, tok: str) -> Quantity | None:
        """"every fourth person": one in four, a proportion (value 0.25, unit fraction). Before
        a time word it is a rhythm ("every third day")."""
        if tok.endswith("s"):
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

    def parse_times_word(self, s: int, e: int, value: float) -> Quantity | None:
        low = self.low
        per = _PER.match(low, e)
        cmp_, start = self.prefix_comparator(s)
        if per:
            measure = "threshold/criterion" if cmp_ in ("<", ">", "<=", ">=") else "dose/exposure"
            return Quantity(start, per.end(), value, None, None, f"times/{self.period(per)}", cmp_,
                            measure)
        if value == 2 and _MULT_WORDS.match(low, e):
            return Quantity(start, e, 2.0, None, None, "fold_change", cmp_, "effect_size/statistic")
        if value >= 2 and _TIMES_END.match(low, e) and (s == 0 or low[s - 1] in " (\u00a0") \
                and (low[s - 1 : s] == "(" or self.prev_word(s).isalpha()) \
                and low[max(0, s - 4) : s].strip(" (") != "or":
            return Quantity(start, e, value, None, None, "times", cmp_, "count")
        return None

    def directed_interval(self, s: int, e: int, value: float) -> Quantity | None:
        """"(0.8 lower to 0.2 lower)", "(0.3 lower to 0.1 higher)": the interval of a difference
        written with directions instead of signs (GRADE summary tables); lower is negative."""
        m = _DIRECTED_RANGE.match(self.low, e)
        if m is None:
            return None
        a = -value if m.group("d1") == "lower" else value
        b = float(m.group("b")) * (-1 if m.group("d2") == "lower" else 1)
        if a > b:
            return None
        return Quantity(s, m.end(), None, a, b, "confidence_interval", None, "effect_size/statistic")

    def per_base(self, s: int, e: int, value: float) -> Quantity | None:
        """"96 per 1000", "12 per 100,000 people (9 to 15)": a risk or rate given per a round
        base (GRADE tables state absolute effects so); a bracketed range after it is its interval."""
        m = _PER_BASE.match(self.low, e)
        if m is None:
            return None
        base = m.group("b").replace(",", "").replace(" ", "").replace("\u00a0", "")
        cmp_, start = self.prefix_comparator(s)
        q = Quantity(start, m.end(), value, None, None, f"per {base}", cmp_, "proportion")
        ci = _CI.match(self.low, m.end())
        if ci and ci.group("open") == "(" and ci.group("close"):
            a, b = (float(ci.group(k).replace("−", "-")) for k in ("a", "b"))
            if a <= value <= b:
                q.low, q.high, q.end = a, b, ci.end()
        return q

    @staticmethod
    def period(per: re.Match[str]) -> str:
        word = per.group("p1") or per.group("p2")
        if word:
            return W.PERIODS[word]
        return W.PERIOD_ADVERBS[per.group("adv")]

    def unit_at(self, pos: int) -> tuple[str, str, int] | None:
        """(normalised unit, kind, end) of a unit written right after ``pos``."""
        if pos in self.units:
            return self.units[pos]
        found = self.units[pos] = self._unit_at(pos)
        return found

    def _unit_at(self, pos: int) -> tuple[str, str, int] | None:
        c = self.low[pos : pos + 1]
        if not c or c in ",.;:)]\n":
            return None
        m = _UNIT.match(self.low, pos)
        if not m:
            return None
        surface, sep = m.group("u"), m.group("sep")
        if not sep and surface.split(" ", 1)[0] not in W.ATTACHABLE and "/" not in surface:
            return None  # "3.5ml per kg per minute"; a glued ratio unit ("4.2mmol/L") is no name
        if sep and sep.strip() == "" and surface in ("m", "h", "w", "g", "x") and not (
            self.text[m.start("u")] in "hwgx×" or surface in ("h", "g")
        ) and not (surface == "m" and self.text[m.start("u")] == "m" and self.distance(pos, m.end())):
            return None
        if surface == "p" and sep:
            return None  # pence are glued ("45p"); "n = 5 p < 0.05" is a p-value
        if surface == "s" and (sep is None or sep.strip() not in ("-", "‑")) and not (
                sep and self.text[m.start("u")] == "s" and self.seconds_cued(pos, m.end())):
            return None  # "30-s sprints" are seconds; "30s" is a decade, "30 s" unsure uncued
        if surface in ("x", "×") and _DIGIT_NEXT.match(self.low, m.end()):
            return None  # "3 x 10 repetitions": a product, not a fold change
        if surface == "w" and self.text[m.start("u")] != "W":
            return None
        if surface == "mi" and self.text[m.start("u")] != "m":
            return None  # "5 mi" are miles; "2 MI" would be infarctions
        if surface in W.MOLAR_SURFACES and self.text[m.end("u") - 1] != "M":
            return None  # "250 µM" is micromolar; "50 µm" micrometres, "10 nm" nanometres
        if surface == "met" and self.text[m.start("u")] == "m" and _MET_VERB.match(self.low, m.end()):
            return None  # "participants above 60 met the criteria": the verb, not METs
        norm, kind = W.UNIT_SURFACES[surface]
        return norm, kind, m.end()

    def seconds_cued(self, pos: int, end: int) -> bool:
        """Whether a spaced "s" after the number ending at ``pos`` is seconds: a word of
        interval training or a sets product before the number ("rest 90 s", "3 × 30 s"), or a
        word of one after the unit ("30 s sprints"); a decimal ("12.6 s": no decade or list
        letter has one) or a value on a dot-leader row ("Timed walk ....... 9 s")."""
        if _SECONDS_AFTER.match(self.low, end):
            return True
        if _DECIMAL_END.search(self.low, max(0, pos - 8), pos) or self.dot_leader(pos):
            return True
        return _SECONDS_BEFORE.search(self.low, max(self.line_start(pos), pos - 30), pos) is not None

    def dot_leader(self, pos: int) -> bool:
        """Whether the number ending at ``pos`` is the value of a dot-leader row ("Grip
        strength ....... 21 kg"): a run of dots (or an ellipsis) between a label and it."""
        return _DOT_LEADER.search(self.low, max(self.line_start(pos), pos - 24), pos) is not None

    def distance(self, pos: int, end: int) -> bool:
        """Whether a spaced "m" after the number ending at ``pos`` is metres: a word of moving
        a distance before the number ("walk 400 m", "ran the 200 m") or after the unit ("a
        400 m walk"), or a distance the clause changes by or reaches ("distance rose by 25 m").
        A spaced "m" alone is as often minutes, months or millions."""
        low = self.low
        if _DISTANCE_AFTER.match(low, end):
            return True
        start = max(self.line_start(pos), pos - 40)
        if _DISTANCE_BEFORE.search(low, start, pos) is not None:
            return True
        return "distance" in low[start:pos] and _DISTANCE_CHANGE.search(low, start, pos) is not None

    def noun_after(self, pos: int) -> tuple[str, str, int, str] | None:
        """(kind, normalised, end, noun phrase) for a counted noun after up to 3 modifiers."""
        m = _NEXT_WORDS.match(self.low, pos)
        if not m or self.low[m.end() : m.end() + 2].lstrip(_SPACES)[:1] in _QUOTES:
            quoted = self.quoted_rate(pos)
            if quoted is not None or not m:
                return quoted
        if ("over" in m.group() or "under" in m.group()) and (band := _AGE_GROUP_NOUN.match(self.low, pos)):
            # "45 formerly idle over-70s": people of an age group; the band stays an age
            return "pop", W.HUMAN_UNIT, band.start("band"), self.text[pos : band.start("band")].strip()
        words = [w for w in m.groups() if w]
        for i, w in enumerate(words):
            if i == 0 and w in ("more", "fewer") and len(words) > 1 and _is_plural_noun(words[1]) \
                    and words[1] not in W.POPULATION_NOUNS and words[1] not in W.UNIT_SURFACES:
                return "count", words[1], m.end(2), words[1]  # "1.6 more words": a difference
            if w in W.POPULATION_NOUNS:
                if i <= 3:
                    return "pop", w, m.end(i + 1), self.text[m.start(1) : m.end(i + 1)]
                return None
            unit = W.UNIT_SURFACES.get(w)
            if w == "mi" and self.text[m.start(i + 1)] != "m":
                unit = None  # "2 MI": infarctions, not miles
            if unit and unit[1] in ("freq", "times", "dose") and unit[0] not in ("m", "g"):
                if i <= 2 and (i == 0 or unit[1] == "freq" or (
                        i == 1 and words[0] in W.INCREMENT_WORDS)):  # "1,000 extra steps"
                    return unit[1], unit[0], m.end(i + 1), w
                if i == 1 and unit[0] in W.SET_UNITS and not (
                        _is_plural_noun(words[0]) or words[0] in W.NOT_MODIFIERS
                        or _OF_WORD.match(self.low, m.end(2))):  # "3 main sets of data"
                    return "dose", unit[0], m.end(2), w  # "three good reps", "2 heavy sets"
                return None
            if i and i <= 2 and unit and unit[1] == "time" and self.rate_after(m.end(i + 1)):
                return "freq", unit[0], m.end(i + 1), w  # "2 strength days per week"
            if i == 1 and unit and unit[0] in W.KIND_TIME_UNITS and not (
                    words[0] in W.NOT_MODIFIERS or words[0] in W.UNIT_SURFACES or _is_plural_noun(words[0])
                    or words[0] in W.MONTHS or words[0] in W.WEEKDAYS):
                return "time", unit[0], m.end(2), w  # "two hard days", "5 straight weeks"
            if i == 0 and w in W.INCREMENT_WORDS and len(words) > 1 and W.UNIT_SURFACES.get(
                    words[1], ("", ""))[1] in ("freq", "times", "dose"):
                continue  # "1–2 more sets", "two fewer sessions": the unit follows the increment
            if i == 1 and w in ("and", "or") and len(words) > 3 and words[0] in W.GROUP_ADJECTIVES \
                    and words[2] in W.GROUP_ADJECTIVES:
                continue  # "36 male and female rats", "60 young and old adults"
            if i == 1 and w in ("but", "yet") and words[0] in W.GROUP_ADJECTIVES:
                rest = self.noun_after(m.end(2))  # "40 frail but otherwise stable patients"
                if rest is not None and rest[0] == "pop":
                    return "pop", rest[1], rest[2], self.text[m.start(1) : rest[2]]
                return None
            if w in W.NOT_MODIFIERS or w in W.UNIT_SURFACES:
                break
            if i <= 2 and len(w) > 2 and self.rate_after(m.end(i + 1)) and not _past_verb(w):
                return "freq", w, m.end(i + 1), w  # "one vigorous burst a day", "3 eggs a week"
            if i == 0 and _is_plural_noun(w):
                return "count", w, m.end(i + 1), w
            if i == 0 and w in W.MODIFIED_VERB_PLURALS and self.low[m.end(1) : m.end(1) + 1] in (",", ":", ";"):
                return "count", w, m.end(1), w  # "1,200 runs, 9,000 miles": a verb ends no list item
            if i in (1, 2) and not any(_is_plural_noun(x) for x in words[:i]) and (
                    _is_plural_noun(w) or w in W.MODIFIED_VERB_PLURALS) and not self.numbered_heading(
                    pos, m.start(1)):
                return "count", w, m.end(i + 1), w  # "two chair stands", "300 eccentric knee extensions"
        if len(words) == 1:
            return self.noun_after_name(m.start(1), m.end(1), words[0])
        return None

    def quoted_rate(self, pos: int) -> tuple[str, str, int, str] | None:
        """A counted noun in quotes before a rate: "four 'sprints' a week" is a frequency as
        "four sprints a week" is. Only with a rate after it: a quote alone names no unit."""
        m = _QUOTED_NOUN.match(self.low, pos)
        if m is None or not self.rate_after(m.end()):
            return None
        noun = m.group("w").split()[-1]
        if noun in W.NOT_MODIFIERS or noun in W.UNIT_SURFACES or not _is_plural_noun(noun):
            return None
        return "freq", noun, m.end(), self.text[pos : m.end()].lstrip()

    def noun_after_name(self, start: int, end: int, word: str) -> tuple[str, str, int, str] | None:
        """The counted noun behind a modifier that stops the plain word run: adjectives
        listed with commas before people ("40 healthy, non-smoking adults"; the first one a
        known group adjective, the noun a population noun) or a kind named by a label and its
        number ("5 Zone 2 rides a week", "12 type 2 diabetics")."""
        low = self.low
        nxt = low[end : end + 1]
        if nxt == "," and word in W.GROUP_ADJECTIVES:
            rest = self.noun_after(end + 1)
            if rest is not None and rest[0] == "pop":
                return "pop", rest[1], rest[2], self.text[start : rest[2]]
        elif nxt in _SPACES and word in W.KIND_LABELS and (label := _LABEL_NUMBER.match(low, end)):
            rest = self.noun_after(label.end())
            if rest is not None and rest[0] in ("pop", "freq", "count", "dose"):
                return rest[0], rest[1], rest[2], self.text[start : rest[2]]
        return None

    def power_of_ten(self, s: int, pos: int, value: float) -> Quantity | None:
        """"1 × 10¹¹ vector genomes", "2 x 10^6 cells": one number in scientific notation
        (``pos`` is right after its "10"), counted by the noun after it if one follows."""
        m = _EXPONENT.match(self.text, pos)
        if m is None:
            return None
        digits = (m.group("e") or m.group("sup")).translate(_SUPERSCRIPT_DIGITS).replace("−", "-")
        try:
            exponent = int(digits)
        except ValueError:
            return None
        noun = self.noun_after(m.end())
        end, unit = (noun[2], noun[1]) if noun and noun[0] in ("count", "pop") else (m.end(), None)
        value = _scaled(value, str(exponent))
        measure = "count" if unit or value.is_integer() else "measurement"  # "4.1 × 10^-6": no count
        return Quantity(s, end, value, None, None, unit, None, measure)

    def times_sign(self, s: int, e: int, value: float) -> Quantity | None:
        """"freeze–thaw × 2", "washed x 3": a repetition count after a multiplication sign
        that follows a word, not a number ("3 × 10" is sets by repetitions, "2 × 10⁶" a power
        of ten)."""
        tail = self.tail(s)
        sign = len(tail) - 1
        before = tail[:sign].rstrip(_SPACES)
        unit: str | None = "times"
        if before[-1:] in ("(", "[") and self.low[e : e + 1] in (")", "]"):
            before = before[:-1].rstrip(_SPACES)  # "washed (× 3)", "studentships (× 4)"
            unit = self.bracketed_unit(s - len(tail) + len(before))
        if not before or not (before[-1].isalpha() or before[-1] in ")]") or not value.is_integer() \
                or not 1 < value <= 100 or self.low[e : e + 1] in ("/", ":", "-", "–") \
                or _POWER_AFTER.match(self.low, e):
            return None
        start = self.low.rfind(tail[-1], 0, s)
        return Quantity(start, e, value, None, None, unit, None, "count")

    def year_denominator(self, pos: int, denom: tuple[float, int]) -> bool:
        """"rose to 30 in 2020": four plain digits of a year after "in" date the number, they
        do not divide it ("1 in 2000 births" counts its noun; "1 in 2,000" groups its digits)."""
        return 1900 <= denom[0] <= 2099 and denom[1] - pos == 4 and self.low[pos : pos + 4].isdigit() \
            and self.noun_after(denom[1]) is None

    def numbered_heading(self, pos: int, word: int) -> bool:
        """"3.3 Fuelling old mitochondria": a section number opening its line before a
        capitalised word, not a count of what the title names."""
        lead = self.text[self.line_start(pos) : pos].strip(_LINE_LEAD)
        return self.text[word : word + 2].istitle() and lead.replace(".", "").isdigit()

    def rate_after(self, pos: int) -> bool:
        """A rate ("a day", "per week", "weekly") at ``pos`` that is not a time point
        ("a year later")."""
        per = _PER.match(self.low, pos)
        return per is not None and _NOT_RATE_AFTER.match(self.low, per.end()) is None

    def after_number(self, s: int, e: int, value: float, word: bool, raw: str = "") -> Quantity | None:
        low, text = self.low, self.text
        n = len(text)
        if 10 <= value <= 90 and value % 10 == 0 and "something" in low[e : e + 11]:
            band = _SOMETHING.match(low, e)
            if band and not self.unit_at(band.end()):  # "70-somethings": people in their 70s
                return Quantity(s, band.end(), None, value, value + 9, "years", None, "age")
        if not word and low[e : e + 2] in _FORMULA_GATE and "age" in low[e : e + 24]:
            formula = self.age_formula(s, e, value)
            if formula is not None:
                return formula
        if not word and value.is_integer() and value <= 20 and self.tail(s).endswith((" a", " an")):
            rating = self.rating(s, e, value)
            if rating is not None:
                return rating
        if low[e : e + 1] in ("-", "‑") and (group := _GROUP_SIZE_MODIFIER.match(low, e)) \
                and float(value).is_integer():
            cmp_, start = self.prefix_comparator(s)  # "a 24-person pilot": the group's size
            return Quantity(start, group.end(), value, None, None, W.HUMAN_UNIT, cmp_, "sample_size",
                            species="human")
        if low[e : e + 1] in ("-", "‑") and (counted := _COUNTED_MODIFIER.match(low, e)):
            if value == 1:
                return None  # "a one-word reply", "a one-page summary": short, not a count
            cmp_, start = self.prefix_comparator(s)  # "a 15-word list", "a ten-item scale"
            return Quantity(start, counted.end(), value, None, None,
                            W.COUNTED_MODIFIERS[counted.group("w")], cmp_, "count")
        if value == 1 and low[e : e + 1] in ("-", "‑") and _ONE_REP_MAX.match(low, e):
            return None  # "a one-rep max": the name of a test, not one repetition
        if value == 1 and low[e + 1 : e + 5] == "time" and low[e : e + 1] in ("-", "‑") \
                and not low[e + 5 : e + 6].isalpha():
            return None  # "a one-time fee", "a one-time champion": single or former, no count
        if not word and low[e : e + 1] == "-" and value < 10 and (tempo := _TEMPO.match(low, s)) \
                and self.about_tempo():  # "3-1-2-0": seconds per phase of a repetition
            total = sum(int(c) for c in tempo.group() if c.isdigit())
            return Quantity(s, tempo.end(), float(total), None, None, "seconds/repetition", None,
                            "dose/exposure")
        if not word and s and low[e : e + 1] == "-" and ((
                text[s - 1 : s] in _QUOTES and (scheme := _REP_SCHEME.match(text, s))
                and _REP_WORD.search(low, max(0, s - 160), scheme.end() + 160))  # "10-8-6": reps per set
                or ((scheme := _REP_SCHEME_BARE.match(low, s)) and not low[s - 1 : s].isalnum()
                    and low[s - 1 : s] not in "-‑" and (scheme.group("w") or _REP_ROW_LABEL.match(
                        low, self.line_start(s), s)))):
            total = sum(int(x) for x in scheme.group("reps").split("-"))
            return Quantity(s, scheme.end("w") if scheme.groupdict().get("w") else scheme.end("reps"), float(total),
                            None, None, "repetitions", None, "dose/exposure")
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
        if not word and low[e : e + 2] in ("th", "st", "nd", "rd") and 2 <= value <= 11 \
                and (nth := _NTH_DECADE.match(low, e)) and (
                    (their := self.lookback(_THEIR, s, 24))
                    or ((their := self.lookback(_THE_DECADE, s, 24)) and not _DECADE_OF_OTHER.match(low, nth.end()))):
            decade_low = (int(value) - 1) * 10  # "in their 8th decade": aged 70 to 79
            return Quantity(their.start(), nth.end(), None, float(decade_low), decade_low + 9.0, "years", None,
                            "age")
        # What follows directly: letters glued to digits must be a unit, not an identifier.
        if not word and e < n:
            c = text[e]
            if c.isalpha() or c in "αβγδκλμθ":
                decade = c == "s" and (e + 1 >= n or not text[e + 1].isalpha())
                glued_age = c in "yY" and _AGE_SUFFIX.match(low, e) is not None  # "50yo"
                if not self.unit_at(e) and not decade and not glued_age:
                    return None
            if c in "/:" and e + 1 < n and text[e + 1].isdigit():
                if c == "/" and "hg" in low[e : e + 30]:
                    pressure = self.blood_pressure(s, e, value)
                    if pressure is not None:
                        return pressure
                if c == ":" and (pace := self.pace(s, value)) is not None:
                    return pace
                return (self.small_ratio(s, e, value) or self.slash_share(s, e, value)
                        or self.slash_rating(s, e, value) or self.slash_score(s, e, value))
            if (c in "-‑" and e + 1 < n and text[e + 1].isalpha()
                    and not (self.unit_at(e) or _AGE_SUFFIX.match(low, e))
                    # "a £30-a-month plan": a price glued to its rate is the price
                    and not (_GLUED_RATE.match(low, e) and self.currency_before(s))):
                return None
        # Statistic labels look at the original case (OR vs "or", p vs P).
        stat = None if word else (self.lookback(_STAT, s, 40, original=True) or self.far_stat(s, e))
        if stat and stat.groupdict().get("al") and not stat.group("alop") and not 0 < value < 1:
            stat = None  # "integrin alpha 5": a bare alpha names a level only below 1
        if stat and (stat.group("long") or "").lower() == "ratio":
            ci = _CI.match(low, e)  # a bare "ratio 0.96" is a statistic when its interval follows
            if ci is None or not ("ci" in ci.group() or "confidence" in ci.group()):
                stat = None
        if stat and (stat.group("lop") or "").endswith("from"):
            stat = self.stat_change(stat, s, e, value)
        if stat:
            if low[e : e + 3].lstrip(_SPACES)[:1] in ("x", "×", "·") and (sci := _SCI_TEN.match(low, e)):
                exponent = sci.group("e") or (f"-{sci.group('m')}" if sci.group("m") else sci.group("sup"))
                value, e = _scaled(value, exponent.translate(_SUPERSCRIPT_DIGITS)), sci.end()
            if low[e : e + 4].lstrip(_SPACES)[:1] in ("t", "–", "-") \
                    and not (stat.group("lop") or "").endswith("from"):
                rng = self.stat_range(stat, s, e, value)
                if rng is not None:
                    return rng
            return self.finish_stat(stat, s, e, value)
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
        if ratio and (word or not self.unit_at(e)):
            denom = self.number_at(ratio.end())
            if denom and denom[0] > value and not self.year_denominator(ratio.end(), denom):
                cmp_, start = self.prefix_comparator(s)
                return Quantity(start, denom[1], value / denom[0], None, None, "fraction", cmp_,
                                "proportion")
        nmatch = self.lookback(_N_LOOKBACK, s, 8)
        if not nmatch and not self.unit_at(e):
            after = low[e : e + 4]
            if not word and self.tail(s).endswith(("×", " x")):
                times = self.times_sign(s, e, value)
                if times is not None:
                    return times
            subset = _OF_THE_NUMBER.match(low, e) if after[1:3] == "of" else None  # "9 of the 92"
            if subset is None and not word and after[1:3] == "of" and (their := _OF_THEIR.match(low, e)) \
                    and (whole := self.number_at(their.end())) and whole[0] > value:
                subset = their  # "2.5 of their four classes": a part of a whole in words
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
                if word and value < 2 and not product:
                    return None
                return Quantity(start, e, value, None, None, unit, cmp_, measure)
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
        if unit_info is None and not is_range:
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
        q = Quantity(start, end, None if is_range else value, low_v, high_v, None, cmp_, "count")
        found = self.classify(q, s, num_end, unit_info, word, raw,
                              nmatch.group("k") if nmatch else "")
        if found is None and not word and not is_range and unit_info is None and not nmatch:
            found = self.elliptical(q, s)
        if found is None and not word and unit_info is None and not nmatch \
                and self.anchor_tail.endswith(("×", " x")):
            found = self.reps_of_sets(q, s)
        if found is None and not word and not is_range and unit_info is None and not nmatch \
                and self.anchor_tail.endswith("from"):
            found = self.unitless_change(q, s, raw)
        if found is None and not is_range and unit_info is None and not nmatch and self.last is not None:
            found = self.corrected(q, s)
        if found is None and unit_info is None and not nmatch and self.anchor_tail.endswith(" of"):
            found = self.set_size(q, s)
        if found is None and not (word or nmatch or is_range) and unit_info is None and (
                (spread is not None and spread.value is not None)
                or ("." in raw and _AT_TIME_POINT.match(low, e))):
            # "mean 81.3 ± 4.4": a mean with its SD is a measurement; "about 4.8 at 24 hours":
            # so is a decimal read at a time point (a chart's bar), its unit left to the caption
            found = Quantity(start, e, value, None, None, None, cmp_, "measurement")
        if found is None and not (word or nmatch) and unit_info is None and cmp_ is None \
                and low[end : end + 1] == " " and (q.value or q.high or 0) <= 20 \
                and (q.value or 1.0).is_integer():
            found = self.bare_rate(q)
        if found is not None and shared_rate and found.unit and "/" not in found.unit:
            found.unit = f"{found.unit}/{self.period(shared_rate)}"
            if found.measure == "count":
                found.measure = "dose/exposure"
        if found is None or found.value is None or found.measure in _NO_SPREAD:
            return found
        if spread is None:
            spread = self.spread_at(s, found.end, found.value, before_unit=False)
            mean_end = found.end
            if spread is not None and spread.value is None:
                found.end = spread.end
        if spread is None:
            return found
        if spread.value is None:
            found.low, found.high = spread.low, spread.high
            return found
        end = found.end if spread.glued and found.end > spread.end else spread.value_end
        found.end = mean_end
        self.pending.append(Quantity(spread.start, end, spread.value, None, None, spread.unit,
                                     None, "effect_size/statistic"))
        return found

    def dated_back(self, start: int) -> bool:
        """"a strand of research going back about a decade", "dating back 30 years": how long ago a
        field or idea began, not how long anything was studied or done ("followed for about a
        decade", "over a decade of follow-up" are read)."""
        return self.tail(start).endswith("back") and self.lookback(_DATED_BACK, start, 40, bounded=False) is not None

    def age_formula(self, s: int, e: int, value: float) -> Quantity | None:
        """"220 minus your age", "the 220-minus-age formula", "208 − 0.7 × age": the constant
        of a formula in age (unit ``formula_constant``); a coefficient of age is a second row."""
        m = _AGE_FORMULA.match(self.low, e)
        if m is None:
            return None
        if m.group("k"):
            self.pending.append(Quantity(m.start("k"), m.end("k"), float(m.group("k")), None, None,
                                         "formula_constant", None, "measurement"))
            return Quantity(s, e, value, None, None, "formula_constant", None, "measurement")
        return Quantity(s, m.end(), value, None, None, "formula_constant", None, "measurement")

    def rating(self, s: int, e: int, value: float) -> Quantity | None:
        """"felt like a 6 or 7 out of 10", "at a 7 on the RPE scale": a rating said with "a"
        on an effort scale (one named in the sentence, or "out of 10") is a score in points,
        not a share ("4 out of 10 adults") or a count."""
        low = self.low
        m = _RATING_AFTER.match(low, e)
        if m is None:
            return None
        end = m.end()
        b = float(m.group("b")) if m.group("b") else None
        if (b is not None and not value < b <= 20) or self.unit_at(end) is not None \
                or self.noun_after(end) is not None or not _RATING_END.match(low, end):
            return None
        if not m.group("d") and not _ON_SCALE.match(low, end):
            a = max([self.line_start(s), s - 160] + [c.end() for c in _CLAUSE_START.finditer(low, max(0, s - 160), s)])
            if not _SCALE_CUE.search(low, a, end + 40):
                return None
        if b is None:
            return Quantity(s, end, value, None, None, "points", None, "measurement")
        return Quantity(s, end, None, value, b, "points", None, "measurement")

    def slash_score(self, s: int, e: int, value: float) -> Quantity | None:
        """"MMSE 27/30", "Balance score ....... 7/12": a score out of its maximum after a named
        scale or on a dot-leader row (an examination list), in points (the maximum is part of
        the span, not a value)."""
        m = _SLASH_MAX.match(self.low, e)
        if m is None or value > float(m.group("d")) \
                or not (self.lookback(_SCALE_BEFORE, s, 24, bounded=False) or self.dot_leader(e)):
            return None
        return Quantity(s, m.end(), value, None, None, "points", None, "measurement")

    def slash_rating(self, s: int, e: int, value: float) -> Quantity | None:
        """"a 3/5 day", "rated this 7/10": a score out of 5 or 10 after "a" or a verb of rating
        is a rating in points, as "a 6 or 7 out of 10" (the maximum is part of the span, not a
        value). Without such a cue a slash is a date, a share or an identifier."""
        m = _SLASH_RATING.match(self.low, e)
        if m is None or value > float(m.group()[1:]) \
                or not self.lookback(_RATING_CUE, s, 40, bounded=False):
            return None
        return Quantity(s, m.end(), value, None, None, "points", None, "measurement")

    def exponent(self, s: int) -> Quantity | None:
        """"2^−0.312 ≈ 0.81", "e^0.41 = 1.51": a decimal exponent of a numeric base, written
        out and evaluated, is the log-scale estimate the sentence restates (a measurement, its
        sign kept); the base is not recorded. An integer exponent is scientific notation or
        arithmetic ("10^6", "2^3"), and an exponent nobody evaluates is notation: neither is
        a value of its own."""
        text = self.text
        sign = text[s - 1] in _MINUS
        caret = s - 2 if sign else s - 1
        if not _POWER_BASE.search(text, max(0, caret - 8), caret + 1):
            return None
        m = _DIGITS.match(self.low, s)
        if m is None or m.group("mult") or m.group("grp") or "." not in m.group():
            return None
        e = m.end()
        if not _POWER_EVALUATED.match(self.low, e):
            return None
        value = float(m.group())
        return Quantity(s - 1 if sign else s, e, -value if sign else value, None, None, None, None,
                        "measurement")

    def power_result(self, q: Quantity, s: int) -> Quantity | None:
        """"≈ 0.81" after "2^−0.312": the value of an evaluated power (see ``exponent``)."""
        if not self.tail(s).endswith(("≈", "=", "~")):
            return None
        m = self.lookback(_POWER_RESULT, s, 30, bounded=False)
        if m is None or q.comparator not in (None, "~", "="):
            return None
        if m.group("c") == "=":
            q.comparator, q.start = None, s
        else:
            q.comparator = "~"
        q.measure = "measurement"
        return q

    def console_value(self, q: Quantity, s: int) -> Quantity | None:
        """"## [1] 241", "## [1] 0.42 0.57": values R prints (knitr puts "## " before each
        line of output); the "[1]" is the index of the line's first value and is masked.
        Only a line of numbers is read: a printed data frame or text is not."""
        text = self.text
        if q.comparator is not None or not self.console_line(s):
            return None
        if text[s - 1] in _MINUS:
            q.value, q.start = -(q.value or 0.0), s - 1
        q.unit, q.measure = None, "measurement"
        return q

    def corrected_figure(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"It was 318, not 381": a figure set against the one it corrects (a correction
        note, "X, not Y" in a rebuttal). Both are the same bare kind of number, so each is read
        as what the other restates; a unit or a word after the second makes it something else."""
        if q.comparator is not None:
            return None
        low = self.low
        if not (", not " in low[end : end + 7] and _CORRECTS.match(low, end)) and not (
                " not " in low[max(0, s - 6) : s] and _CORRECTED.search(low, max(0, s - 40), s)):
            return None
        q.unit = None
        q.measure = "count" if q.value is not None and float(q.value).is_integer() else "measurement"
        return q

    def subset_count(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"nine stayed, three of them in the placebo group", "40 patients, 9 of whom had ...": a
        part of a group counted earlier in the sentence, set off by a comma, counts the same
        thing."""
        whole = self.last_count
        m = _SUBSET_OF.match(self.low, end)
        if m is None or whole is None or not self.tail(s).endswith(",") or whole.value is None or q.value is None or q.comparator \
                or not float(q.value).is_integer() or not 0 < q.value < whole.value:
            return None
        gap = self.text[whole.end : s]
        if len(gap) > 160 or _SENTENCE_END.search(gap):
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
        if len(gap) > 160 or _SENTENCE_END.search(gap) or "\n" in gap:
            return None
        q.unit, q.measure, q.species = whole.unit, whole.measure, whole.species
        return q

    def group_share(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """The people of one arm among those just counted: "Seven dropped out: four from the
        dance group and three from the waitlist group" (the first share after a dash, colon,
        bracket or comma; the next one after "and" is ``compared_count``'s), or the people
        left after a loss: "..., leaving 38 for the analysis". Both need a count of people
        earlier in the same sentence; a share must be smaller than it."""
        whole = self.last_count
        if whole is None or whole.value is None or q.value is None or q.comparator is not None \
                or not float(q.value).is_integer() or whole.unit not in (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects"):
            return None
        tail = self.tail(s)
        if tail.endswith(("—", "–", ":", "(", ",")) and _IN_GROUP.match(self.low, end):
            if not q.value < whole.value:
                return None
            gap = self.text[whole.end : s][:-1]
        elif tail.endswith(("leaving", "leaves", "left with")) and _REMAINING_END.match(self.low, end) \
                and not self.year_like(q.value, str(int(q.value))):
            gap = self.text[whole.end : s]
        else:
            return None
        if len(gap) > 160 or _SENTENCE_END.search(gap) or "\n" in gap:
            return None
        q.unit, q.measure, q.species = whole.unit, "sample_size", whole.species
        return q

    def part_of_group(self, q: Quantity, s: int, end: int) -> bool:
        """"In 200 adults ... A pilot in 52 of them ...": after a preposition, N "of them"
        (or those, these) is a part of the people last counted in the same paragraph, when that
        count was larger."""
        whole = self.last_count
        m = _OF_THEM_THOSE.match(self.low, end)
        if m is None or whole is None or whole.value is None or q.value is None \
                or not q.value < whole.value or whole.unit not in (W.HUMAN_UNIT, "subjects") \
                or not (" " + self.tail(s)).endswith(_PART_PREPOSITIONS):
            return False
        gap = self.text[whole.end : s]
        if len(gap) > 320 or "\n\n" in gap:
            return False
        q.unit, q.measure, q.species, q.end = whole.unit, "sample_size", whole.species, m.end()
        return True

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

    def compared_count(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"4 walkers in the morning group ..., compared with 11 in the evening group", "nine in
        the drug group and two in the control group": a bare count set against a count earlier in
        the sentence (people, animals, "walkers") counts the same."""
        last = self.last
        if q.comparator is not None or last is None or not (last.unit or "").isalpha() \
                or last.measure not in ("sample_size", "count") or q.value is None \
                or not float(q.value).is_integer():
            return None
        tail = self.tail(s)
        allocated = tail.endswith((",", "and")) and _TO_ARM.match(self.low, end) is not None
        if not (allocated or _COMPARED.search(tail)
                or (tail.endswith("and") and (_IN_GROUP.match(self.low, end)
                                              or _AMONG_ARM.match(self.low, end)))):
            return None
        gap = self.text[last.end : s]
        if allocated:  # "40 were assigned to yoga, 38 to control": each arm's size; also
            # "we randomised 40 people to yoga and 40 to walking", "25 were allocated at random
            # (by drawing lots) to yoga and 27 to walking", wrapped over lines
            verbs = list(_ALLOCATED.finditer(self.low, max(0, s - 160), s))
            clause = self.text[min(verbs[-1].end(), last.end) : s] if verbs else "\n\n"
            if len(gap) > 160 or "\n\n" in clause or _SENTENCE_END.search(_ASIDE.sub("", clause)):
                return None
            q.unit, q.measure, q.species = last.unit, last.measure, last.species
            return q
        if len(gap) > 160 or _SENTENCE_END.search(gap):
            return None
        q.unit, q.measure = last.unit, "count"
        return q

    def paired_counts(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"(14 vs 9)", "(14 versus 9 events)": two bare whole numbers set against each other
        in brackets are counts of the same thing (of the noun after the second, if any). The
        second, when no noun follows it, is read here too (it has nothing of its own to go by)."""
        if q.comparator is not None or q.value is None or not float(q.value).is_integer() \
                or self.year_like(q.value, str(int(q.value))) or not self.tail(s).endswith(("(", "[")):
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

    def build_target(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"one class a week ... and build to three", "2 sessions/wk, build to 3": the count a
        plan works up to, in the unit of the dose or count stated before it in the sentence."""
        if q.comparator is not None or not self.tail(s).endswith("to") \
                or not self.lookback(_BUILD_TO, s, 40, bounded=False):
            return None
        last = self.dose_before(s)
        if last is None or self.noun_after(end):
            return None
        q.unit, q.measure = last.unit, last.measure
        return q

    def dose_before(self, s: int) -> Quantity | None:
        """The dose or count stated last before ``s`` in the same sentence (a short bracketed
        aside does not end it): the unit a number takes when the sentence leaves its noun out."""
        last = self.last
        if last is None or last.unit is None or last.measure not in ("dose/exposure", "count"):
            return None
        gap = self.text[last.end : s]
        if len(gap) > 160 or _SENTENCE_END.search(_ASIDE.sub("", gap)):
            return None
        return last

    def elided_target(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"trained for 8 weeks, rested, then trained for another 8", "runs 12 stores and plans
        to reach 20 by 2030": a count whose noun the sentence named before (more of the same,
        or a goal) takes the unit of the dose or count last stated there. The number ends its
        clause or takes no noun of its own."""
        if q.comparator is not None or q.value is None \
                or not self.lookback(_ELIDED_TARGET, s, 24, bounded=False):
            return None
        more = not self.tail(s).endswith(("reach", "hit", "top"))
        if (more and not _CLAUSE_AFTER.match(self.low, end)) or self.noun_after(end):
            return None
        last = self.dose_before(s)
        if last is None or last.unit == "years" or "\n" in self.text[last.end : s]:
            return None
        q.unit, q.measure = last.unit, last.measure
        return q

    def effect_value(self, q: Quantity, raw: str) -> Quantity | None:
        """"an effect of around 0.13", "the pooled estimate was about 0.2": a bare decimal
        right after a named effect or estimate is its value (an effect size, no unit)."""
        if "." not in raw or q.value is None or not abs(q.value) < 10 \
                or q.comparator not in (None, "~", "=") or not self.tail(q.start).endswith(_EFFECT_GATE) \
                or not self.lookback(_EFFECT_BEFORE, q.start, 60):
            return None
        q.unit, q.measure = None, "effect_size/statistic"
        return q

    def sci_value(self, q: Quantity, raw: str) -> Quantity | None:
        """"1.2e-05": a number in scientific notation is a computed value, whatever it names."""
        if "e" not in raw:
            return None
        q.unit, q.measure = None, "measurement"
        return q

    def estimate_before_interval(self, q: Quantity, end: int) -> Quantity | None:
        """"was 0.34 (95% CI 0.05 to 0.63)": a bare number right before its confidence interval
        is the estimate the interval belongs to, whatever its label."""
        if q.comparator is not None or not _INTERVAL_NEXT.match(self.low, end):
            return None
        q.unit, q.measure = None, "effect_size/statistic"
        return q

    def console_line(self, s: int) -> bool:
        """Whether ``s`` is on a line of printed R values after its "[1]" index (cached)."""
        text = self.text
        ls = self.line_start(s)
        if text.find("]", ls, s) < 0:
            return False
        cached = self.consoles.get(ls)
        if cached is None:
            le = text.find("\n", s)
            le = len(text) if le < 0 else le
            cached = self.consoles[ls] = _CONSOLE_LINE.fullmatch(text, ls, le) is not None
        return cached

    def named_reading(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"a creatine kinase of 1,450 and a CRP of 7": a value given for a named measure
        ("a <name> of N"), its unit left out as people say lab results aloud. The name is one
        to three words of no grammar (``W.NOT_MODIFIERS``) and no tally ("a total of"), and
        the number ends its clause: "a group of 12 people" counts, it reads nothing."""
        m = self.lookback(_NAMED_READING, s, 48)
        if m is None or q.comparator is not None or not _READING_END.match(self.low, end):
            return None
        words = m.group("name").split()
        if len(words[0]) < 2 or any(w in W.NOT_MODIFIERS or w in _TALLY_WORDS for w in words):
            return None
        q.measure = "measurement"
        return q

    def appositive_reading(self, s: int, end: int) -> str | None:
        """The measure named right before a reading set off by commas ("their mean BMI, 27.9,
        was ..."), or None. The appositive must close on a comma or dash before a word: after
        "adjusted for BMI, 12 of the men" or a list ("levels, 3, 5 and 7") nothing is read."""
        if not _APPOSITIVE_CLOSE.match(self.low, end):
            return None
        m = _APPOSITIVE_READING.search(self.low, max(self.line_start(s), s - 60), s)
        return re.sub(r"\s+", " ", m.group("name")) if m else None

    def device_reading(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"The watch read 38", "the scale showed 82.5": what a measuring device reads, its unit
        left out; the number ends its clause."""
        tail = self.tail(s)
        if q.comparator is not None or not tail.endswith(W.READING_VERBS) \
                or not _READING_END.match(self.low, end) or _DEVICE_READS.search(tail) is None:
            return None
        q.measure = "measurement"
        return q

    def set_size(self, q: Quantity, s: int) -> Quantity | None:
        """"a set of 8 to 12", "sets of 10": the repetitions of a set of an exercise, written
        without "reps". Whole numbers up to 100 that no noun follows ("a set of 3 genes" counts
        genes and is read as such before this)."""
        values = (q.value,) if q.low is None else (q.low, q.high)
        if q.comparator is not None or any(v is None or not float(v).is_integer() or not 0 < v <= 100
                                           for v in values) or not self.lookback(_SET_OF, s, 16, bounded=False):
            return None
        if self.noun_after(q.end):
            return None
        q.unit, q.measure = "repetitions", "dose/exposure"
        return q

    def signed_estimate(self, q: Quantity, s: int, raw: str) -> Quantity | None:
        """"the estimate was −0.298", "GDF15 −0.301, IL-6 −0.179": a decimal written with its
        minus sign is an estimate or a change even without a unit (a count, a year or a list
        number never carries one). The sign stands alone: not after a digit or letter (a
        range, "IL-6", "2024-10") nor after "^" (an exponent)."""
        if (q.value is None or q.comparator is not None or "." not in raw or s < 1
                or self.text[s - 1] not in _MINUS or (s > 1 and self.text[s - 2] not in _SIGN_BEFORE)):
            return None
        q.value, q.start, q.unit, q.measure = -q.value, s - 1, None, "measurement"
        return q

    def corrected(self, q: Quantity, s: int) -> Quantity | None:
        """A number a speaker corrects the one before with ("thirty-two carriers in the cycling
        arm, sorry, thirty-one"): it restates that row and shares its unit and measure. The row
        is on the same line within 80 characters and is no date or statistic."""
        last = self.last
        if (last is None or last.unit is None or last.measure in ("date/metadata", "effect_size/statistic")
                or not 0 < q.start - last.end <= 80 or q.comparator is not None
                or not self.tail(s).endswith(_CORRECTION_GATE)
                or "\n" in self.nl[last.end : q.start] or not self.lookback(_CORRECTION, s, 20)):
            return None
        if last.value is not None and float(last.value).is_integer() != float(q.value or 0).is_integer():
            return None
        q.unit, q.measure, q.noun, q.species = last.unit, last.measure, last.noun, last.species
        return q

    def spoken_decimal(self, s: int, sp: re.Match[str], whole: float) -> Quantity | None:
        """A decimal said aloud ("point three eight", "one point five"): always a stated value.
        With a unit after it, it is read as digits would be; else it is the value of the
        statistic its clause names ("the correlation was about point three eight"), a value
        restated right after it was stated ("Point three eight."), or a measurement."""
        digits = "".join(str(W.SPOKEN_DIGITS[w]) for w in sp.group("d").split())
        value = whole + float("0." + digits)
        q = self.after_number(s, sp.end(), value, word=True)
        if q is not None:
            return q
        cmp_, start = self.prefix_comparator(s)
        ls = self.line_start(s)
        a = max([ls, s - 160] + [self.low.rfind(p, ls, s) + 2 for p in (". ", "? ", "! ")])
        stat = _SPOKEN_STAT.search(self.low, a, s)
        if stat:
            kind = _STAT_KIND.get(re.sub(r"\s+", " ", stat.group("k")), "statistic")
            return Quantity(start, sp.end(), value, None, None, kind, cmp_, "effect_size/statistic")
        last = self.last
        if last is not None and last.value == value and last.unit:
            return Quantity(start, sp.end(), value, None, None, last.unit, cmp_, last.measure)
        return Quantity(start, sp.end(), value, None, None, None, cmp_, "measurement")

    def bare_rate(self, q: Quantity) -> Quantity | None:
        """"easy rides: 4 per week", "swim 4 or 5 a month": a small count per period with the
        counted noun left to the label or verb before it, read as times per period ("3 a week
        ago" is a time point, not a rate)."""
        end, bounds = q.end, (q.low, q.high)
        second = _RATE_SECOND.match(self.low, end) if q.value is not None else None
        if second and float(second.group("n")) > q.value:  # "4 or 5 a month": the count's range
            end, bounds = second.end(), (q.value, float(second.group("n")))
        per = _PER.match(self.low, end)
        if per is None or not (per.group("p2") and per.group("p2") in ("day", "week", "month")) \
                or _NOT_RATE_AFTER.match(self.low, per.end()):
            return None
        if bounds[0] is not None:
            q.value, (q.low, q.high) = None, bounds
        q.end, q.unit, q.measure = per.end(), f"times/{self.period(per)}", "dose/exposure"
        return q

    def elliptical(self, q: Quantity, s: int) -> Quantity | None:
        """A bare number that shares the unit of the row just before it in a parallel clause:
        "went up 3.1 mL/kg/min with HIIT and 1.8 with zone 2", "brisk walking is about 3 to 4
        METs, and slow dancing about 3." The previous row is on the same line within 60
        characters and has a unit (no age, date, count or statistic); what lies between has
        "and", no digit and no sentence end; a clause end or a preposition follows the number."""
        last = self.last
        if last is None or last.unit is None or q.comparator not in (None, "~"):
            return None
        if last.measure in _NOT_ELLIPTICAL and not (  # "1.8 capillaries ... 2.0": a mean count
                last.measure == "count" and "." in self.low[last.start : last.end] and "." in self.low[s : q.end]):
            return None
        between = self.low[last.end : q.start]
        if not 0 < len(between) <= 60 or "\n" in between \
                or not (_AND_WORD.search(between) or self.same_preposition(last, between)
                        or _COMPARED_WORD.search(self.low, last.end, s)) \
                or any(c.isdigit() for c in between) or _SENTENCE_END.search(between):
            return None
        if not _ELLIPSIS_END.match(self.low, q.end):
            return None
        q.unit, q.measure = last.unit, last.measure
        return q

    def drill_product(self, s: int, e: int, value: float, drill: re.Match[str]) -> Quantity | None:
        """"5x3 intervals", "6-by-2 sprints", "3x12 reps": bouts (sets) by the size of each,
        written with a letter, as "5 × 3" is with the sign. The second number takes the unit
        after it, or none when a word naming the drill follows (its minutes or repetitions
        go unsaid)."""
        bs, be = drill.start("b"), drill.end("b")
        if not value.is_integer() or not 1 < value <= 20:
            return None
        if self.unit_at(be) is not None:
            second = self.after_number(bs, be, float(drill.group("b")), word=False)
        elif _DRILL_WORD.match(self.low, be):
            second = Quantity(bs, be, float(drill.group("b")), None, None, None, None, "dose/exposure")
        else:
            return None
        if second is None:
            return None
        cmp_, start = self.prefix_comparator(s)
        self.pending.append(second)
        return Quantity(start, e, value, None, None, "sets", cmp_, "dose/exposure")

    def reps_of_sets(self, q: Quantity, s: int) -> Quantity | None:
        """"3 × 10–12", "4 x 8": the number after the sets of a product is its repetitions
        when no unit follows (a table under "Sets × reps", a programme's shorthand)."""
        last = self.last
        if last is None or last.unit != "sets" or not _TIMES_GAP.fullmatch(self.low, last.end, s) \
                or not all(v is None or (float(v).is_integer() and 0 < v <= 100)
                           for v in (q.value, q.low, q.high)):
            return None
        q.unit, q.measure = "repetitions", "dose/exposure"
        return q

    def unitless_change(self, q: Quantity, s: int, raw: str) -> Quantity | None:
        """"my cortisol dropped from 5.7 to 2.9": a change verb, then "from" and "to" with two
        decimals and no unit: two measured levels, the unit unsaid. Whole numbers may be ages,
        counts or scores: they are read only when the clause names what changes as a measured
        level before the verb ("her blood pressure fell from 140 to 118", `MEASURED_NOUNS`)."""
        whole = "." not in raw
        if whole and (q.value is None or not 0 < q.value < 1000 or not float(q.value).is_integer()):
            return None
        origin = self.lookback(_ORIGIN, s, 40)
        verb = None if origin is None or q.comparator is not None else self.lookback(
            _CHANGE_BEFORE, origin.start(), 60, bounded=False)
        if verb is None:
            return None
        to = (_CHANGE_TO_WHOLE if whole else _CHANGE_TO).match(self.low, q.end)
        if to is None or self.unit_at(to.end()) is not None or not (
                _ELLIPTIC_END.match(self.low, to.end()) or _CHANGE_END.match(self.low, to.end())):
            return None
        unit = None
        if whole:
            before = self.low[max(self.line_start(s), verb.start() - 60) : verb.start()]
            before = _CLAUSE_START.split(before)[-1]
            named = _MEASURED_NOUN.search(before)
            if named is None:
                return None
            unit = "points" if named.group().startswith("score") else None
        q.measure, q.unit = "measurement", unit
        self.pending.append(Quantity(to.start("b"), to.end(), float(to.group("b")), None, None, unit,
                                     None, "measurement"))
        return q

    def same_preposition(self, last: Quantity, between: str) -> bool:
        """Commas between list members that each repeat the preposition: "cats at about 12
        years, rabbits at 8": the second shares the first one's unit."""
        if not between.startswith(","):
            return False
        word = _LAST_WORD.search(between.rstrip(_SPACES))
        if word is None or word.group() not in _PARALLEL_PREPOSITIONS:
            return False
        before = self.low[max(0, last.start - 12) : last.start].rstrip(_SPACES)
        return before.endswith(word.group()) and not before[-len(word.group()) - 1 :][:1].isalpha()

    def blood_pressure(self, s: int, e: int, value: float) -> Quantity | None:
        """"140/90 mmHg", "≥ 160/100 mmHg": systolic over diastolic pressure, two numbers that
        share the unit written after the second (and the comparator before the first). The
        systolic row is returned, the diastolic one is pending."""
        m = _PRESSURE.match(self.low, e)
        if m is None or not float(m.group("d")) < value <= 300:
            return None
        cmp_, start = self.prefix_comparator(s)
        measure = "threshold/criterion" if cmp_ in ("<", ">", "<=", ">=") else "measurement"
        # "150/95 to 138/88 mmHg": the first reading shares the unit written after the second
        d_end = m.end("d") if m.group("next") else m.end()
        self.pending.append(Quantity(m.start("d"), d_end, float(m.group("d")), None, None, "mmHg",
                                     cmp_, measure))
        return Quantity(start, e, value, None, None, "mmHg", cmp_, measure)

    def pace(self, s: int, value: float) -> Quantity | None:
        """"7:40 per mile", "5:39–5:57 per km": a running pace in minutes and seconds per
        distance (value in minutes); "a 2:00 jog between": a recovery of that many minutes.
        "4:05.37", "2:14:09": an elapsed time (a race's) in minutes, never a time of day.
        Other digits joined by a colon stay what they were (times of day, ratios)."""
        m = _PACE.match(self.low, s)
        if m is None:
            return self.elapsed(s)
        first = value + int(m["s"]) / 60
        if m["rest"]:
            return Quantity(s, m.end("s"), round(first, 4), None, None, "minutes", None,
                            "dose/exposure")
        unit = "min/km" if m["u"].startswith("k") else "min/mile"
        if m["m2"] is None:
            return Quantity(s, m.end(), round(first, 4), None, None, unit, None, "measurement")
        second = int(m["m2"]) + int(m["s2"]) / 60
        start = s
        if (between := self.lookback(_BETWEEN, s, 12)) and self.low.startswith("between", between.start()):
            start = between.start()
        return Quantity(start, m.end(), None, round(first, 4), round(second, 4), unit, None,
                        "measurement")

    def elapsed(self, s: int) -> Quantity | None:
        """"a best of 4:05.37", "finished in 2:14:09": minutes (or hours) and seconds with
        hundredths or a seconds field, in minutes. Not a timestamp in brackets or before an
        arrow (transcripts, subtitles)."""
        m = _ELAPSED.match(self.low, s)
        if m is None and (split := _SPLIT_TIME.match(self.low, s)) is not None and (
                _SPLIT_BEFORE.search(self.low, max(self.line_start(s), s - 40), s)
                or (split["m2"] is None and self.race_result(s, split.end()))):
            value = int(split["m"]) + int(split["s"]) / 60  # "mile 20 in 8:50": a split time
            if split["m2"] is None:
                return Quantity(s, split.end(), round(value, 4), None, None, "minutes", None, "measurement")
            high = int(split["m2"]) + int(split["s2"]) / 60  # "400 m in 1:52-1:55"
            if high <= value:
                return None
            return Quantity(s, split.end(), None, round(value, 4), round(high, 4), "minutes", None,
                            "measurement")
        if m is None or self.text[s - 1 : s] in ("[", ":"):
            return None
        parts = m.group().split(":")
        if m["hs"] is None:
            value = int(parts[0]) + float(parts[1]) / 60
        else:
            value = int(parts[0]) * 60 + int(parts[1]) + float(parts[2]) / 60
        return Quantity(s, m.end(), round(value, 4), None, None, "minutes", None, "measurement")

    def race_result(self, s: int, e: int) -> bool:
        """Whether minutes and seconds at ``s``..``e`` are a race's time: a result word before
        ("season best 21:30", "PB 19:58") or a race distance after ("a 48:05 10K")."""
        if self.lookback(_RESULT_BEFORE, s, 32):
            return True
        return _RACE_AFTER.match(self.low, e) is not None and self.low[max(0, s - 3) : s] != "at "

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
        if m.group("grouped") is None and (noun is None or noun[0] != "pop") and not (  # "vs 28/56 in the control arm"
                last is not None and last.unit == "fraction" and 0 < s - last.end < 80
                and self.lookback(_VS_BEFORE, s, 16)):
            return None
        return Quantity(s, m.end(), value / den, None, None, "fraction", None, "proportion")

    def spread_at(self, s: int, pos: int, value: float, before_unit: bool) -> _Spread | None:
        """The SD, SE, IQR or range written at ``pos`` after a mean or median starting at ``s``.
        Unlabelled forms need a cue before: "mean (SD)" for "(5.4)", "median" for "(2.1–5.0)"."""
        low = self.low
        head = low[pos : pos + 3]
        if not ("(" in head or "[" in head or "±" in head or "+" in head):
            return None
        m = _SPREAD.match(low, pos)
        if not m:
            return None
        window = low[max(self.line_start(s), s - 60) : s]
        lab = m.group("lab")
        se = lab is not None and _SE_WORD.fullmatch(lab) is not None
        if m.group("pm") or m.group("pm2"):
            se = _SE_WORD.search(window) is not None
        unit = "standard_error" if se else "standard_deviation"
        if m.group("pm"):
            return _Spread(m.end(), start=m.start("pm"), value=float(m.group("pmv")), unit=unit,
                           glued=True, value_end=m.end("pmv"))
        if m.group("sdv"):
            label = m.start("lab") if m.group("lab") else m.start("pm2")
            return _Spread(m.end(), start=label, value=float(m.group("sdv")), unit=unit,
                           value_end=m.end("sdv"))
        if m.group("bare"):
            unit_next = before_unit and (self.unit_at(m.end()) is not None
                                         or _AGE_SUFFIX.match(low, m.end()) is not None)
            sd_cue = _SD_WORD.search(window) is not None
            if (sd_cue and (unit_next or not before_unit)) or (unit_next and "mean" in window):
                return _Spread(m.end(), start=m.start("bare"), value=float(m.group("bare")),
                               value_end=m.end("bare"))
            return None
        a, b = float(m.group("a")), float(m.group("b"))
        if not a <= value <= b or not (m.group("ilab") or "median" in window):
            return None
        return _Spread(m.end(), a, b)

    def number_at(self, pos: int) -> tuple[float, int] | None:
        m = _DIGITS.match(self.low, pos)
        if m and not m.group("mult"):
            dc = _DECIMAL_COMMA.match(self.low, pos) if self.low[m.end() : m.end() + 1] == "," else None
            if dc is not None and "." not in m.group() and self.unit_at(dc.end()) is not None:
                return float(dc.group().replace(",", ".")), dc.end()
            return _number_value(m.group(), None), m.end()
        w = _WORDNUM.match(self.low, pos)
        if w:
            return _word_value(w), w.end()
        return None

    def range_after(self, s: int, e: int, value: float, word: bool, u1):
        """(low, high, end of the second number, unit) when a range starts at ``s``."""
        low, text = self.low, self.text
        at = u1[2] if u1 else e
        if not u1 and low[at : at + 1] in ("-", "‑") and _SUSPENDED_TO.match(low, at):
            at += 1  # "from 1.9- to 3.7-fold": the first number's unit is left to the second's
        conn = _CONN.match(low, at)
        if conn and text[at : at + 1] in " \t" and self.console_line(s):
            return None  # "## [1] 0.42 -0.57": values side by side, no range
        if not conn or (conn.group().strip(_SPACES) in ("-", "‑") and not word and not u1
                        and _LIST_JOIN.match(low, e)):  # "2- and 3-fold"
            return None if word or u1 or self.between_before(s) else self.list_unit(e)
        word_conn = conn.group().strip(" \u00a0\u202f\u2009")
        if word_conn == "and" and not self.between_before(s):
            return None if word or u1 else self.list_unit(e)
        if word_conn == "or" and not word and not u1 and self.lookback(_LISTED_BEFORE, s, 16, bounded=False):
            return self.list_unit(e)
        approx = _APPROX.match(low, conn.end()) if low[conn.end() : conn.end() + 1] in "~≈" else None
        second = self.number_at(approx.end() if approx else conn.end())
        if second is None:
            return None
        v2, e2 = second
        if e2 < len(text) and text[e2].isalnum() and not self.unit_at(e2):
            return None
        pm = _PM_AFTER.match(low, e2) if "±" in low[e2 : e2 + 3] or "+/" in low[e2 : e2 + 4] else None
        if pm:  # "4.1 ± 1.2 vs 6.8 ± 1.5 km/day": two means, the first borrows the unit
            u2 = self.unit_at(pm.end())
            return (None, None, e, u2) if u2 and not u1 else None
        origin = self.lookback(_ORIGIN, s, 40) if word_conn == "to" else None
        change = bool(origin and v2 >= value and self.lookback(_CHANGE_BEFORE, origin.start(), 60,
                                                               bounded=False))
        arrow = word_conn in ("→", "->", "⟶")  # "21.4 → 24.9 mL/kg/min": before and after
        shared = word_conn.startswith(("vs", "versus")) or (origin and v2 < value) or change or arrow
        if shared:  # two values sharing the second one's unit: the first borrows it
            u2 = self.unit_at(e2)
            if change and not u2 and not u1:  # "rose from 3 to 5 sessions": no unit to share
                if v2 > value and self.lookback(_DECLINE_BEFORE, s, 60, bounded=False):
                    return value, v2, e2, None  # "declines from 30 to 70": maybe ages (``age_span``)
                return None
            return (None, None, e, u2) if u2 and not u1 else None
        if v2 < value:
            return None
        if e2 < len(text) and text[e2] in "-‑" and not self.unit_at(e2) and not _AGE_SUFFIX.match(low, e2):
            return None
        u2 = self.unit_at(e2)
        if u1 and not (u2 and u2[0] == u1[0]):
            return None
        if word_conn == "or" and not (u2 or self.noun_after(e2)):
            return None
        return value, v2, e2, u2

    def between_before(self, s: int) -> re.Match[str] | None:
        """"between 40 and 80", "between the ages of 40 and 80": a span opened before ``s``."""
        return self.lookback(_BETWEEN, s, 12) or self.lookback(_BETWEEN_AGES, s, 28)

    def list_unit(self, e: int):
        """The shape ``range_after`` returns for a shared unit, when the number ending at ``e``
        opens or continues a list whose last member carries the unit ("3, 6, and 12 months",
        "10 and 20 mg", "2- and 3-fold"): each member is a value of its own in that unit. A
        list needs "and"/"or" before its last member; "or" between two numbers alone stays a
        range ("2 or 3 times a week")."""
        low = self.low
        for pos, joined in _list_members(low, e, _plain_number_end):
            unit = self.unit_at(pos)
            if unit is not None:
                return (None, None, e, unit) if joined else None
            if pos < len(low) and (low[pos].isalnum() or low[pos] in "%/"):
                return None
        return None

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
                not self.text[s : s + 1].isdigit()
                or (q.value if q.value is not None else q.low or 0) < 18
                or _SEX_AFTER.match(low, num_end)):
            # "older adults (8 M/8 F)", "participants (one M, one F)": who, not how old
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

    def wrapped_cue(self, pattern: re.Pattern[str], s: int) -> re.Match[str] | None:
        """``pattern`` ending the line before when the number at ``s`` opens a hard-wrapped
        line ("in adults aged\n65–79: secondary analysis", a PDF's title wrapped before its
        number). A blank line or a line ending in punctuation is no wrap."""
        ls = self.line_start(s)
        if ls < 2 or self.text[ls:s].strip(_SPACES) or not self.text[ls - 2].isalpha():
            return None
        return pattern.search(self.low, max(self.nl.rfind("\n", 0, ls - 1) + 1, ls - 41), ls - 1)

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
        if unit_info is not None or v is None or q.low is not None or not 18 <= v <= 110 \
                or not float(v).is_integer() or "." in low[s : q.end]:
            return None
        if q.comparator == "~":
            return self.rough_age(q)
        cue = self.lookback(_BARE_AGE_CUE, s, 16)
        if cue is None:
            return self.apposition_age(q, s) or self.signature_age(q, s) or self.bracketed_age(q, s)
        word = cue.group("cue")
        strength = W.BARE_AGE_CUES[word]
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
                and not self.sentence_words(s, q.end).isdisjoint(_THIRD_PERSON)):
            q.unit, q.measure = "years", "age"  # "Vera Holm is 81, and she ...": a named person's age
            return q
        determiner = follower in W.AGE_DETERMINERS and strength == "strong"
        # "by 87 she was cycling", "at 90 he took up rowing": a third person.s subject follows the
        # age as it follows a comma ("By 85, she ..."); the pronoun is the person
        subject = word in ("at", "by") and (follower in _SUBJECT_PRONOUNS or (
            follower == "i" and self.opens_sentence(cue.start())))  # "At 60 I took up rowing."
        # "less at 70 than at 20", "works, even at 85": ages without a person named
        life_stage = word == "at" and (follower is None or self.than_at(q.end, follower)) \
            and self.life_stage_at(q, cue, v)
        if subject or (word == "at" and follower is not None and (
                self.age_at_possible(cue, follower, q.end) and (v >= 60 or self.contrasted_age_at(q, v)))):
            follower = None
        if follower in ("in", "among") and strength == "strong" and self.people_next(end.end()):
            follower = None  # "drops after 35 in inactive adults": the age of a population
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
            ok = person_before or not words.isdisjoint(W.AGE_COPULA_CONTEXT)
        else:
            people = not (words.isdisjoint(W.AGE_PERSON_WORDS) and words.isdisjoint(W.AGE_CONTEXT_WORDS)
                          and words.isdisjoint(W.POPULATION_NOUNS))
            ok = people or subject or life_stage or (
                strength == "strong" and not determiner and self.about_ageing())
        if not ok:
            return None
        if word in ("after", "past", "beyond", "before"):
            q.comparator = "<" if word == "before" else ">"
            q.start = min(q.start, cue.start())
        if plus:
            q.comparator = ">="
        q.unit, q.measure = "years", "age"
        return q

    def people_next(self, pos: int) -> bool:
        """Whether one of the three words from ``pos`` names people ("in older women")."""
        words = _WORD.findall(self.low, pos, min(len(self.low), pos + 40))[:3]
        return any(w in W.POPULATION_NOUNS or w in W.AGE_PERSON_WORDS for w in words)

    def age_at_possible(self, cue: re.Match[str], follower: str, end: int) -> bool:
        """Whether "at N" may be an age: in an article about ageing, followed by a word that
        continues no measurement (a unit, noun, "for", "per" ... are ruled out; "than" only
        before another "at N", see ``than_at``) and not after a word naming what is measured
        ("a heart rate at 65 is normal"). A later-life N (60–110) is then an age ("lifting
        heavy at 75 isn't reckless"); a younger one needs ``contrasted_age_at``."""
        return (follower not in _NOT_AGE_AFTER or self.than_at(end, follower)) and self.about_ageing() \
            and self.prev_word(cue.start()) not in _LEVEL_WORDS

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

    def opens_sentence(self, pos: int) -> bool:
        """Whether ``pos`` starts a sentence, a line or a quote (markup and quote marks aside)."""
        before = self.text[self.line_start(pos) : pos].rstrip(_OPENERS)
        return not before or before.endswith((".", "!", "?", ":"))

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
        if not aged and not (m.group("o") == "from" and self.about_ageing()):
            return None
        q.start = min(q.start, m.start("o"))
        q.unit, q.measure = "years", "age"
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

    def whole_sentence_words(self, s: int, e: int) -> set[str]:
        """``sentence_words`` across semicolons: "NAD+ falls as we age; it may halve ..."."""
        low = self.low
        a = max(self.line_start(s), s - 250)
        a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ")])
        b = low.find("\n", e, e + 250)
        b = e + 250 if b < 0 else b
        ends = [i for i in (low.find(p, e, b) for p in (". ", "? ", "! ")) if i >= 0]
        return set(_WORD.findall(low, a, min(ends) if ends else b))

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
                and self.prev_word(self.low.rfind("who", 0, cue.start())) in W.AGE_PERSON_WORDS:
            return True  # "my aunt who is 84 and ...": a person's relative clause
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

    def apposition_age(self, q: Quantity, s: int) -> Quantity | None:
        """A whole number 18–110 between commas right after a capitalised name and before a
        lower-case word ("Margit Sørensen, 78, a retired engineer", "said Jones, 64, who ...").
        The name may not open a sentence ("Overall, 45, ..."; unless a home town follows: "Edna,
        84, from Leeds,"), be a month, weekday or label ("Table", "Week"), nor be written in
        capitals (an acronym). Said with "now", a clause end may close it ("said Ortiz, now 81.")."""
        text = self.text
        if q.comparator is not None:
            return None
        now = _APPOSITION_NOW.search(text, max(0, s - 48), s)  # "Walter, now 87, still runs"
        followed = _APPOSITION_AFTER.match(text, q.end) is not None
        if not followed and not (now and _APPOSITION_NOW_END.match(text, q.end)):
            return None
        m = now or _APPOSITION_NAME.search(text, max(0, s - 40), s)
        if m is None:
            return None
        name = m.group("name")
        key = name.lower()
        if now and key in W.AGE_PERSON_WORDS:  # "my father, now 87,"
            q.unit, q.measure = "years", "age"
            return q
        if not name[0].isupper() or name.isupper() or key in W.MONTHS or key in W.WEEKDAYS \
                or key in W.LABEL_WORDS or key in W.NOT_NAMES:
            return None
        if now and followed:  # "now" marks the age: the name may open the sentence
            q.unit, q.measure = "years", "age"
            return q
        gap = text[max(0, m.start() - 4) : m.start()]
        before = gap.rstrip(" \u00a0\t\n")
        if gap.endswith("!["):  # a photo's alt text: "![Harold, 82, at the gym](...)"
            q.unit, q.measure = "years", "age"
            return q
        if (not before or "\n\n" in gap or before.endswith((".", "!", "?", ":", ";", "\u201c", '"', "#", "*"))) \
                and not _APPOSITION_FROM.match(text, q.end):
            return None  # the capital may only mean a sentence or a line of its own starts
        q.unit, q.measure = "years", "age"
        return q

    def bracketed_age(self, q: Quantity, s: int) -> Quantity | None:
        """A whole number 18–110 alone in brackets right after a capitalised first name and
        before a lower-case word or a clause end ("Dora (71) swims daily", "with Tom (64),"),
        as newspapers give ages. Not after a population noun ("Women (31) and men (29)" are
        counts), a label ("Table (12)") or an acronym."""
        text = self.text
        if q.comparator is not None or text[s - 1 : s] != "(" or text[q.end : q.end + 1] != ")" \
                or not _BRACKET_AGE_AFTER.match(text, q.end + 1):
            return None
        m = _BRACKET_NAME.search(text, max(0, s - 30), s)
        if m is None:
            return None
        name = m.group("name")
        key = name.lower()
        if key in W.POPULATION_NOUNS or key in W.AGE_PERSON_WORDS or key in W.LABEL_WORDS \
                or key in W.NOT_NAMES or key in W.MONTHS or key in W.WEEKDAYS or _is_plural_noun(key):
            return None
        q.start, q.end = s, q.end  # the number alone: the brackets are punctuation
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
            return None
        le = self.nl.find("\n", q.end)
        le = len(text) if le < 0 else le
        if le - q.end > 60 or not _SIGNATURE_PLACE.fullmatch(text, q.end, le):
            return None
        q.unit, q.measure = "years", "age"
        return q

    def sentence_words(self, s: int, e: int) -> set[str]:
        """The words of the sentence around ``s``..``e`` (same line, at most 250 characters
        either side)."""
        return set(_WORD.findall(self.low, *self.sentence_bounds(s, e)))

    def sentence_bounds(self, s: int, e: int) -> tuple[int, int]:
        """Start and end of the clause-level sentence around ``s``..``e`` (see ``sentence_words``)."""
        low = self.low
        a = max(self.line_start(s), s - 250)
        a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ", "; ")])
        b = low.find("\n", e, e + 250)
        b = e + 250 if b < 0 else b
        ends = [i for i in (low.find(p, e, b) for p in (". ", "? ", "! ", "; ")) if i >= 0]
        return a, min(ends) if ends else b

    def scale_range(self, s: int) -> Quantity | None:
        """"a 1-10 RPE scale", "the Borg scale (6-20)", "(rating of perceived exertion, 6-20)":
        the bounds of a rating scale, in points: a range before the word "scale" (two words
        apart at most), or one closing a bracket whose text or the words just before it name an
        effort scale."""
        m = _SCALE_RANGE.match(self.low, s)
        if m is None or not int(m.group("a")) < int(m.group("b")) <= 100:
            return None
        if not m.group("scale"):
            opened = self.low.rfind("(", max(self.line_start(s), s - 60), s)
            if opened < 0 or not m.group("close") or ")" in self.low[opened:s] \
                    or not _SCALE_CUE.search(self.low, max(0, opened - 30), s):
                return None
        return Quantity(s, m.end("b"), None, float(m.group("a")), float(m.group("b")), "points", None,
                        "measurement")

    def scale_reading(self, q: Quantity) -> bool:
        """Whether a bare number is a reading on the rating scale whose bounds the sentence gave
        just before it ("pain (0-10 NRS) averaged 2.1"): a verb of averaging or being right
        before it, a value within the bounds, and no clause end between them."""
        last = self.last
        if last is None or last.unit != "points" or last.low is None or last.high is None \
                or last.value is not None or q.value is None or not last.low <= q.value <= last.high \
                or q.start - last.end > 60 or not self.tail(q.start).endswith(("d", "g", "s", "e", "t")):
            return False
        gap = self.text[last.end : q.start]
        return not re.search(r"[.;!?\n]", gap) and self.lookback(_SCALE_READ, q.start, 24, bounded=False) is not None

    def about_tempo(self) -> bool:
        """Whether the article speaks of lifting tempo (computed once)."""
        if self.tempo is None:
            self.tempo = _TEMPO_WORD.search(self.low) is not None
        return self.tempo

    def about_ageing(self) -> bool:
        """Whether the article talks about ageing at all (computed once)."""
        if self.ageing is None:
            self.ageing = _AGEING_DOC.search(self.low) is not None
        return self.ageing

    def far_stat(self, s: int, e: int) -> re.Match[str] | None:
        """A statistic label a short phrase before its number ("odds ratio for falls was")."""
        if (s == self.anchor and not self.anchor_cued) or not self.tail(s).endswith(
                _GATES[id(_STAT_FAR)]):
            return None
        start = max(self.line_start(s), s - 100)
        window = self.low[start:s]
        if not any(h in window for h in _STAT_FAR_HINTS) or self.unit_at(e) or self.noun_after(e):
            return None
        return _STAT_FAR.search(self.text, start, s)

    def stat_change(self, stat: re.Match[str], s: int, e: int, value: float) -> re.Match[str] | None:
        """"AUC from 0.68 to 0.74", "the correlation rose from 0.62 to 0.70": both values are the
        statistic, before and after; the second is pending. Only two unitless values below 100
        are read so ("a difference from 2019 to 2021" is years, "from 3 to 5 points" a score)."""
        to = _STAT_TO.match(self.low, e)
        if to is None or value >= 100 or float(to.group("b")) >= 100 or self.unit_at(e) \
                or self.unit_at(to.end()) or self.noun_after(to.end()):
            return None
        b = float(to.group("b"))
        label = (stat.group("long") or "").lower()
        kind = _STAT_KIND.get(re.sub(r"\s+", " ", label).replace("’", "'"), "statistic")
        self.pending.append(Quantity(to.start("sign") if to.group("sign") else to.start("b"), to.end(),
                                     -b if to.group("sign") else b, None, None, kind, None,
                                     "effect_size/statistic"))
        return stat

    def stat_range(self, stat: re.Match[str], s: int, e: int, value: float) -> Quantity | None:
        """"an AUC of 0.52 to 0.58", "r = 0.31–0.44": a statistic reported as a range is one row
        with low and high (the values of a change, "from A to B", are two: ``stat_change``).
        Only unitless values below 100, rising, with no counted noun right after them."""
        m = _STAT_RANGE.match(self.low, e)
        if m is None or value >= 100 or float(m.group("b")) >= 100 or self.unit_at(m.end()):
            return None
        noun = self.noun_after(m.end())
        if noun is not None and len(self.low[m.end() : noun[2]].split()) == 1:
            return None  # a counted noun right after the second value: not the statistic's range
        q = self.finish_stat(stat, s, m.end(), value)
        b = -float(m.group("b")) if m.group("sign") else float(m.group("b"))
        if q is None or q.value is None or not q.value < b:
            return None
        q.value, q.low, q.high, q.end = None, q.value, b, m.end()
        return q

    def finish_stat(self, stat: re.Match[str], s: int, e: int, value: float) -> Quantity | None:
        groups = stat.groupdict()
        label = (groups["ab"] or groups.get("sym") or groups.get("sp") or groups.get("al")
                 or groups["long"] or "").lower()
        label = re.sub(r"\s+", " ", label).replace("’", "'")
        kind = _STAT_KIND.get(label, "statistic")
        op = groups.get("op") or groups["lop"] or (groups.get("sop") or "=").split()[0]
        cmp_ = {"<": "<", ">": ">", "<=": "<=", ">=": ">=", "≤": "<=", "≥": ">=", "less": "<",
                "lower": "<", "smaller": "<", "greater": ">"}.get(op or "")
        if groups["sign"]:
            value = -value
        start = stat.start() if stat.start() >= self.floor else s  # never overlap the previous row
        q = Quantity(start, e, value, None, None, kind, cmp_, "effect_size/statistic")
        if kind in ("hazard_ratio", "odds_ratio", "relative_risk", "effect_size", "beta",
                    "correlation", "mean_difference", "intraclass_correlation", "auc"):
            ci = _CI.match(self.low, e)
            if ci and (ci.group("open") != "," or "ci" in ci.group() or "confidence" in ci.group()):
                a = float(ci.group("a").replace("−", "-"))
                b = float(ci.group("b").replace("−", "-"))
                if a <= b:
                    q.low, q.high = a, b
                    q.end = ci.end() if (ci.group("close") and ci.group("open") in "([") else ci.end("b")
        return q

    def classify(self, q: Quantity, s: int, e: int, unit_info, word: bool, raw: str,
                 is_n: str) -> Quantity | None:
        low = self.low
        value = q.value if q.value is not None else q.low
        assert value is not None
        end = q.end
        # Sample size written as n = 16; studies pooled, k = 14.
        if is_n == "k":  # a whole number of studies; "k = 0.5" is a constant of some model
            if not float(value).is_integer():
                return None
            q.measure, q.unit = "count", "studies"
            return q
        if is_n:
            q.measure, q.unit = "sample_size", "subjects"
            nn = self.noun_after(end)
            if nn and nn[0] == "pop":
                q.unit = W.HUMAN_UNIT if W.POPULATION_NOUNS[nn[1]] == "human" else W.ANIMAL_UNIT
                q.species = W.POPULATION_NOUNS[nn[1]]
                q.noun = nn[3]
                q.end = nn[2]
            return q
        if (unit_info is None and not word and q.value is not None and q.comparator is None
                and float(value).is_integer() and not self.year_like(value, raw)
                and (who := _COUNT_THEN_WHO.match(low, end)) and not self.noun_after(end)):
            outcome = who.group().rstrip().endswith(W.OUTCOME_VERBS)
            q.measure, q.unit = "count" if outcome else "sample_size", W.HUMAN_UNIT
            return q
        if (unit_info is None and not word and self.distances and q.comparator is None
                and q.value in self.distances and _ELLIPTIC_END.match(low, end)
                and self.lookback(_ELLIPTIC_BEFORE, s, 30, bounded=False)):
            q.measure, q.unit = "dose/exposure", self.distances[q.value]  # "her last 400"
            return q
        if (unit_info is None and q.value is not None and q.comparator is None and low[end : end + 4] == " of "
                and float(value).is_integer() and (them := _OF_THEM.match(low, end))
                and (group := self.group_counted(s))):
            q.measure, q.unit, q.end = "count", group, them.end()  # "there were five of them"
            return q
        if (unit_info is None and not word and q.value is not None and q.comparator is None
                and low[end : end + 4] == " of " and float(value).is_integer() and value >= 2
                and self.part_of_group(q, s, end)):
            return q  # "a pilot in 52 of them"
        if (unit_info is None and not word and q.value is not None and q.comparator is None
                and low[end : end + 4] == " of " and float(value).is_integer() and value >= 2
                and (you := _OF_YOU.match(low, end))):
            q.measure, q.unit, q.end = "count", W.HUMAN_UNIT, you.end()  # "31 of you took part"
            return q
        if (unit_info is None and not word and q.value is not None and q.comparator is None
                and float(value).is_integer() and not self.year_like(value, raw)
                and not self.noun_after(end) and (self.lookback(_ENROLMENT_FIELD, s, 40, bounded=False)
                                                  or self.field_count(s))):
            q.measure, q.unit = "sample_size", "subjects"  # "Enrollment (Estimated)  120", "Participants: 36"
            return q
        if (unit_info is None and not word and q.value is not None and q.comparator is None
                and float(value).is_integer() and value >= 2 and not self.year_like(value, raw)
                and self.tail(s).endswith(W.ENROLMENT_VERBS) and _ENROLLED_END.match(low, end)
                and _ENROLLED_BEFORE.search(self.tail(s))):
            q.measure, q.unit = "sample_size", "subjects"  # "The trial enrolled 96." ends the clause
            return q
        if (unit_info is None and not word and q.value is not None and q.comparator is None
                and float(value).is_integer() and (sex := _SEX_COUNT.match(self.text, end))
                and self.text[max(0, s - 3) : s].rstrip(" ")[-1:] in ("(", "/", ",", ";")):
            q.measure, q.unit, q.end = "sample_size", "subjects", sex.end()
            return q  # "(8 M/8 F)", "n=58 (31 F)": participants by sex
        if (unit_info is None and not word and q.value is not None and float(value).is_integer()
                and low[end : end + 5].lstrip(_SPACES).startswith("per") and _PER_ARM.match(low, end)):
            q.measure, q.unit, q.end = "sample_size", "subjects", _PER_ARM.match(low, end).end()
            return q  # "12 per arm": the size of each group
        # Ages: "aged 70 to 85", "72 years old", "72-year-old", "adults (70–85)", "over 70".
        age = self.age_cues(q, s, e, unit_info)
        if age is not None and 0 < value <= 120:
            return age
        if not word and e < len(low) and low[e] == "s" and (e + 1 >= len(low) or not low[e + 1].isalpha()):
            return self.decade(q, s, e, value)
        if unit_info is None:
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
            if noun:
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
                    q.measure = "count" if (_POP_STAT_AFTER.match(low, nend) or per) else "sample_size"
                    return q
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
                if kind in ("dose", "time") and not self.year_like(value, raw):
                    unit_info = (norm, kind, nend)
                elif kind == "count":
                    if self.year_like(value, raw):
                        return self.year(q, raw)
                    if word and (value < 2 or _THE_BEFORE.search(low, max(0, s - 5), s)):
                        return None  # "the two ligands": things named before, counted again
                    q.unit, q.end, q.measure = norm, nend, "count"
                    return q
            group = self.group_count(q, end, value, word, raw)
            if group is not None:
                return group
            item = self.stat_item(q, s, end, value, word, raw)
            if item is not None:
                return item
        if unit_info is None:
            if self.year_like(value, raw) and q.comparator is None:
                if self.lookback(_ETAL, s, 30, bounded=False):
                    return None
                return self.year(q, raw)
            last = self.last
            if "." in raw and "v" in low[end : end + 4] and _VS_DECIMAL.match(low, end) \
                    and low[self.line_start(s) : s].rstrip(_SPACES).endswith(":"):
                q.measure = "measurement"  # "Vessels per fibre: 2.6 vs. 1.4": the label names it
                return q
            if (last is not None and (last.unit or (last.measure == "measurement" and "." in raw))
                    and q.start - last.end <= 48
                    and (vs := self.lookback(_VS_BEFORE, q.start, 16, bounded=False))
                    and (q.start - last.end <= 30 or "from" in vs.group())):
                # "650 MET-min/wk vs ~300": the compared value shares the first one's unit;
                # "640 MET-minutes a week of activity, up from about 210": its earlier value
                q.unit, q.measure = last.unit, last.measure
                return q
            if (last is not None and last.measure in ("count", "sample_size") and last.value is not None
                    and q.value is not None and q.comparator is None and float(q.value).is_integer()
                    and q.value > last.value and _OF_WHOLE.fullmatch(low, last.end, q.start)):
                # "(22 of 131)", "(n = 17 of 148)": the whole a counted subset was taken from
                q.unit, q.measure = last.unit or "subjects", "sample_size"
                return q
            if low.startswith(" of ", end) and (sub := self.subset_count(q, s, end)) is not None:
                return sub
            if low[end : end + 1] == " " and (arm := self.arm_count(q, s, end)) is not None:
                return arm
            if low[s - 1 : s] == "(" and (split := self.split_count(q, s)) is not None:
                return split
            if (share := self.group_share(q, s, end) or self.fronted_subset(q, s)) is not None:
                return share
            if word:  # a number word alone is a count only against a counted group before it
                return self.compared_count(q, s, end) or self.build_target(q, s, end)
            if (currency := self.currency_before(s)) is not None:
                q.unit = currency[0]
                q.start = min(q.start, currency[1])
                return self.money_comparator(q, currency[1])
            if _MULT_END.search(low, s, end):
                q.measure = "count"  # "a number expected to cross 34 crore": a count, unit unsaid
                return q
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
            return (self.effect_value(q, raw) or self.named_reading(q, s, end) or self.device_reading(q, s, end)
                    or self.signed_estimate(q, s, raw) or self.power_result(q, s)
                    or self.console_value(q, s) or self.corrected_figure(q, s, end)
                    or self.compared_count(q, s, end) or self.estimate_before_interval(q, end)
                    or self.paired_counts(q, s, end) or self.build_target(q, s, end)
                    or self.elided_target(q, s, end) or self.sci_value(q, raw))
        norm, kind, uend = unit_info
        if word and norm == "points" and q.value == 1 and self.tail(s).endswith("at"):
            return None  # "at one point" is a moment, not a score
        q.end = max(q.end, uend)
        q.unit = norm
        if kind in ("clock", "money", "rank"):
            return self.special_unit(q, s, e, kind)
        if s > 0 and self.text[s - 1] in _MINUS and q.value is not None and q.start == s \
                and (s < 2 or self.text[s - 2] in _SIGN_BEFORE):
            q.value, q.start = -q.value, s - 1  # "-80°C", "changed by −1.8 kg", "(-3 mmHg)"
        if kind == "percent":
            if _CI_AFTER_PERCENT.match(low, q.end):
                # "95% CI": taken with the statistic it qualifies, else a row of its own
                ci = _CI_ALONE.match(low, q.end)
                if ci is None:
                    return None
                a = float(ci.group("a").replace("−", "-"))
                b = float(ci.group("b").replace("−", "-"))
                last = self.last
                gap = self.text[last.end : q.start] if last else ""
                if last and last.value is not None and last.low is None and _CI_GAP.fullmatch(gap):
                    # the interval of the estimate just before it: "6.4% (95% CI 5.7–7.1)"
                    last.low, last.high = min(a, b), max(a, b)
                    close = ")" if "(" in gap and self.text[ci.end() : ci.end() + 1] == ")" else ""
                    last.end = self.floor = ci.end() + len(close)
                    return None
                return Quantity(q.start, ci.end(), None, min(a, b), max(a, b),
                                "confidence_interval", None, "effect_size/statistic")
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
        if kind == "fold":
            # "3x/wk", "2x daily": times per period, as "3 times a week"
            if per := _PER.match(low, q.end):
                q.unit, q.end, q.measure = f"times/{self.period(per)}", per.end(), "dose/exposure"
            else:
                q.unit, q.measure = "fold_change", "effect_size/statistic"
            return q
        if kind == "times":
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
        if kind == "score" or kind == "measure":
            q.measure = "measurement"
        else:
            q.measure = "dose/exposure"
            per = _PER.match(low, q.end)
            of_per = None if per else _OF_PER.match(low, q.end)
            if of_per:
                per = _PER.match(low, of_per.end())
            each = None if per else _EACH.match(low, q.end)
            if per:
                q.unit, q.end = f"{norm}/{self.period(per)}", per.end()
            elif each and kind == "time":
                q.unit, q.end = f"{norm}/session", each.end()
            if kind == "time" and not per and self.dated_back(q.start):
                return None
            if kind == "time" and q.comparator == ">" and not per and self.low.startswith("over", q.start) \
                    and not self.lookback(_FOR_BEFORE, q.start, 12, bounded=False):
                q.comparator, q.start = None, s  # "over 12 weeks": during, not more than
        suffix = _SUFFIX_CMP.match(low, q.end)
        if suffix:
            q.comparator = W.SUFFIX_COMPARATORS[suffix.group("c")]
            q.end = suffix.end()
        if q.comparator in ("<", ">", "<=", ">=") and q.measure in ("dose/exposure", "measurement"):
            q.measure = "threshold/criterion"
        return q

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

    def special_unit(self, q: Quantity, s: int, num_end: int, kind: str) -> Quantity | None:
        """Clock times ("10 pm": hours after midnight, 22), pence ("45p per mile") and ranks
        ("the 4th percentile")."""
        low = self.low
        if kind == "rank":
            q.measure = "measurement"
            return q
        values = [v for v in (q.value, q.low, q.high) if v is not None]
        if kind == "clock":
            if q.comparator is not None or not all(1 <= v <= 12 and float(v).is_integer() for v in values):
                return None
            pm = "p" in low[num_end : q.end]
            q.value = None if q.value is None else q.value % 12 + (12 if pm else 0)
            q.low = None if q.low is None else q.low % 12 + (12 if pm else 0)
            q.high = None if q.high is None else q.high % 12 + (12 if pm else 0)
            q.measure = "date/metadata"
            return q
        # pence: glued "45p" only, with a rate after it or a word of paying before it
        if low[num_end : num_end + 1] != "p" and not low.startswith("pence", num_end + 1):
            return None
        per = _PER_THING.match(low, q.end)
        if per is None and not self.lookback(_MONEY_BEFORE, q.start, 30, bounded=False) \
                and not _OF_EVERY_POUND.match(low, q.end):
            return None
        if per is not None:
            q.unit, q.end = f"GBp/{per.group('w')}", per.end()
        q.measure = "count"
        return q

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
        if "\n" in gap or not any(c in gap for c in ",;") or _SENTENCE_END.search(gap.replace("(", "").replace(")", "")):
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

    def stat_item(self, q: Quantity, s: int, end: int, value: float, word: bool,
                  raw: str) -> Quantity | None:
        """"17 — members of the lab", "- **212** — older adults in the cohort": an item of a "By
        the numbers" list, a number alone at the start of a line (list mark and bold allowed)
        and a spaced dash before a lower-case description, counts the description's head noun
        (its first plural noun, or for 1 the noun before a preposition or the phrase's end).
        Years, list numbers ("1.") and clock times never get here; a head that is a unit or a
        pronoun ("2 — she said") reads nothing."""
        text = self.text
        if word or q.value is None or q.comparator not in (None, ">=") or q.start != s \
                or not float(value).is_integer() or self.year_like(value, raw):
            return None
        if text[self.line_start(s) : s].strip(" \t-*•›>_\u00a0"):
            return None
        m = _STAT_ITEM.match(text, end)
        words = _NEXT_WORDS.match(self.low, m.end()) if m else None
        if words is None or not text[words.start(1)].islower():
            return None
        names = [w for w in words.groups() if w]
        head = None
        for i, w in enumerate(names):
            if w in W.NOT_MODIFIERS or w in W.UNIT_SURFACES:
                if value == 1 and i and i < len(names):
                    head = i - 1  # "1 — rowing machine in her office"
                elif value > 1 and i <= 2 and (dose := self.stat_item_dose(q, words, names, i)):
                    return dose
                break
            if w in W.POPULATION_NOUNS or _is_plural_noun(w):
                head = i
                break
        else:
            if value == 1 and len(names) < 4:
                head = len(names) - 1
        if head is None:
            return None
        noun = names[head]
        q.measure, q.unit = "count", noun
        if noun in W.POPULATION_NOUNS:
            species = W.POPULATION_NOUNS[noun]
            q.unit = W.ANIMAL_UNIT if species not in ("human", None) else W.HUMAN_UNIT
            q.species, q.noun = species, text[words.start(1) : words.end(head + 1)]
        return q

    def stat_item_dose(self, q: Quantity, words: re.Match[str], names: list[str],
                       i: int) -> Quantity | None:
        """"8,000 — mean steps per day, walkers", "3 — sessions a week": a stat list's
        description led by a counted unit (steps, sessions, reps), after at most two words that
        only qualify it ("average", "daily"), gives that unit, a rate when a period is named
        ("daily", "a day" after it)."""
        unit = W.UNIT_SURFACES.get(names[i])
        if unit is None or unit[1] not in ("freq", "dose") or unit[0] in ("m", "g"):
            return None
        period = None
        for w in names[:i]:
            if w in W.PERIOD_ADVERBS:
                period = W.PERIOD_ADVERBS[w]
            elif w not in W.STAT_QUALIFIERS:
                return None
        per = _PER.match(self.low, words.end(i + 1))
        if per and not per.group("adv"):
            period = self.period(per)
        q.unit = f"{unit[0]}/{period}" if period else unit[0]
        q.measure = "dose/exposure" if period or unit[1] == "dose" else "count"
        return q

    @staticmethod
    def year_like(value: float, raw: str) -> bool:
        return len(raw) == 4 and raw.isdigit() and 1800 <= value <= 2100

    def year(self, q: Quantity, raw: str) -> Quantity:
        q.unit, q.measure = "year", "date/metadata"
        if q.low is None:
            q.end = q.start + (q.end - q.start) if q.value is None else q.end
            q.iso_date = raw
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


def scan_quantities(text: str) -> list[Quantity]:
    """All quantities of ``text`` in reading order (spans never overlap)."""
    found = _Scanner(text).run()
    if "|" in text or "\t" in text or "   " in text:  # tables: cells are read by their column header
        from agefacts.extract.table_quantities import with_table_cells  # imports this module
        found = with_table_cells(text, found)
    return found


def span_ids(prefix: str, doc_id: str) -> Callable[[int, int], str]:
    """``stable_id(prefix, doc_id, start, end)`` without re-encoding the document id per row."""
    head = json.dumps([doc_id], ensure_ascii=False, separators=(",", ":"))[:-1]

    def make(start: int, end: int) -> str:
        payload = f"{head},{start},{end}]".encode()
        return f"{prefix}-{hashlib.sha256(payload).hexdigest()[:16]}"

    return make


def quantity_rows(doc_id: str, text: str, found: list[Quantity]) -> list[dict[str, Any]]:
    make_id = span_ids("q", doc_id)
    return [
        {
            "quantity_id": make_id(q.start, q.end),
            "doc_id": doc_id,
            "char_start": q.start,
            "char_end": q.end,
            "text": text[q.start : q.end],
            "value": _clean(q.value),
            "low": _clean(q.low),
            "high": _clean(q.high),
            "unit": q.unit,
            "comparator": q.comparator,
            "measure": q.measure,
            "iso_date": q.iso_date,
            "status": "extracted",
            "extractor_version": EXTRACTOR_VERSION,
            "vocabularies": "",
        }
        for q in found
    ]


def extract_quantities(doc_id: str, text: str) -> list[dict[str, Any]]:
    """Rows of the ``quantities`` table for one document."""
    return quantity_rows(doc_id, text, scan_quantities(text))
