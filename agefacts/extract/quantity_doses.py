"""Dose rules: training and intake prescriptions (sets by reps, "x3 per week", "build to
three"), the exposure a study gives, read where the number alone would say nothing.
"""

from __future__ import annotations

import re

from agefacts.extract import quantity_words as W
from agefacts.extract.quantity_patterns import (
    _ASIDE,
    _BUILD_TO,
    _CLAUSE_AFTER,
    _CLAUSE_BREAK,
    _DO_BEFORE,
    _DRILL_WORD,
    _EACH,
    _ELIDED_TARGET,
    _FOR_BEFORE,
    _LIST_OF,
    _MULT_WORDS,
    _NOT_RATE_AFTER,
    _OF_OWN_SESSIONS,
    _OF_PER,
    _PER,
    _POWER_AFTER,
    _QUOTES,
    _RATE_SECOND,
    _REP_ROW_LABEL,
    _REP_SCHEME,
    _REP_SCHEME_BARE,
    _REP_WORD,
    _SET_OF,
    _SHY_OF_FAILURE,
    _TEMPO,
    _TIMES_END,
    _TIMES_GAP,
)
from agefacts.extract.quantity_text import _SPACES
from agefacts.extract.quantity_types import UNDECIDED, Quantity, Step

#: A line's label up to its colon and the spaces before a number: "- Chair squats: ", "3. Hip
#: bridges on the mat: " (a list marker may open it; six words at most, no sentence in it).
_MOVE_LABEL = re.compile(
    r"[ \t\u00a0]*(?:[-*•+][ \u00a0]+|\d{1,2}[.)][ \u00a0]+)?(?:\*\*)?"
    r"(?P<label>[a-z][a-z-]*(?:[ \u00a0]+[a-z][a-z-]*){0,5})(?:\*\*)?:(?:\*\*)?[ \u00a0]+")
_MOVE_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
#: What may follow repetitions after such a label: the line's or clause's end, "at a time".
_REPS_END = re.compile(r"(?:[ \u00a0]+(?P<time>at[ \u00a0]+a[ \u00a0]+time))?[ \u00a0]*(?:[,;.]|$)", re.M)

#: A fact-box label that names the unit its values are counted in ("- Daily steps: ", "Sets per
#: week: ", "Average servings a day: "): a few words ending in a plural unit of a dose or
#: frequency (``W.UNIT_SURFACES``), perhaps with its period, then the colon.
_UNIT_LABEL = re.compile(
    r"[ \t\u00a0]*(?:[-*•+>][ \u00a0]+)?(?:\*\*)?(?:[a-z][a-z-]*[ \u00a0]+){0,2}?"
    r"(?:(?P<daily>daily|weekly)[ \u00a0]+)?(?P<unit>[a-z]+s)"
    r"(?:[ \u00a0]+(?:a|per)[ \u00a0]+(?P<per>day|week))?(?:\*\*)?:(?:\*\*)?[ \u00a0]+")
#: What may follow such a value: the line's end, or a second value ("9,800 vs 4,300").
_UNIT_LABEL_END = re.compile(r"[ \u00a0]*(?:$|vs\.?[ \u00a0]|versus[ \u00a0]|v[ \u00a0]|\()", re.M)


#: Prepositions that make "one of her classes" an occasion ("during one of her classes", "at
#: one of their sessions"), not a count of sessions.
_OCCASION_BEFORE = frozenset({"during", "in", "at", "after", "before", "on", "through", "throughout"})


class DoseRules:
    """Dose rules (a mixin of ``quantities._Scanner``)."""

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

    def sessions_of(self, s: int, e: int, value: float) -> Quantity | None:
        """"add hills to at least three of your weekly workouts", "skip 2 of their classes": a
        whole number of the reader's (or a person's) own sessions, workouts or classes counts
        those sessions, a part of the routine the sentence prescribes. The noun is a unit of
        training frequency (``W.UNIT_SURFACES`` kind "freq" with unit "sessions"). "During one
        of her classes" is when something happened, no count: one after a preposition of time
        or place (``_OCCASION_BEFORE``) reads nothing."""
        m = _OF_OWN_SESSIONS.match(self.low, e)
        if m is None or not float(value).is_integer() or value < 1 \
                or W.UNIT_SURFACES.get(m.group("w"), ("", ""))[0] != "sessions":
            return None
        if value == 1 and self.prev_word(s) in _OCCASION_BEFORE:
            return None
        cmp_, start = self.prefix_comparator(s)
        return Quantity(start, e, value, None, None, "sessions", cmp_, "dose/exposure")

    def dose_before(self, s: int) -> Quantity | None:
        """The dose or count stated last before ``s`` in the same sentence (a short bracketed
        aside does not end it): the unit a number takes when the sentence leaves its noun out."""
        last = self.last
        if last is None or last.unit is None or last.measure not in ("dose/exposure", "count"):
            return None
        gap = self.text[last.end : s]
        if len(gap) > 160 or _CLAUSE_BREAK.search(_ASIDE.sub("", gap)):
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

    def done_elided(self, q: Quantity, s: int, end: int) -> Quantity | None:
        """"completed a median of 12 laps ... My sister did 10 and I only did 8": a bare whole
        number right after a verb of doing (``W.DOING_VERBS``) that ends its clause counts the
        things last counted in its paragraph (a count of things, not of people, at most 400
        characters before), so the noun the writer left out is that count's."""
        if q.comparator is not None or q.low is not None or q.value is None \
                or not float(q.value).is_integer() or self.prev_word(s) not in W.DOING_VERBS:
            return None
        last = self.last_count
        if last is None or last.unit is None or last.measure != "count" \
                or last.unit in (W.HUMAN_UNIT, W.ANIMAL_UNIT, "subjects") or s - last.end > 400 \
                or "\n" in self.low[last.end : s] or not _CLAUSE_AFTER.match(self.low, end) \
                or self.noun_after(end):
            return None
        q.unit, q.measure = last.unit, last.measure
        return q

    def set_size(self, q: Quantity, s: int) -> Quantity | None:
        """"a set of 6 to 10", "sets of 10": the repetitions of a set of an exercise, written
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

    def list_size(self, q: Quantity, s: int) -> Quantity | None:
        """"named 7 pictures from a series of 30", "a battery of five": the number of items a list
        (series, sequence, battery) holds, when no noun after the number says what they are."""
        if q.low is not None or q.value is None or not float(q.value).is_integer() or q.value < 2 \
                or not self.lookback(_LIST_OF, s, 40, bounded=False) or self.noun_after(q.end):
            return None
        q.unit, q.measure = "items", "count"
        return q

    def reps_in_reserve(self, q: Quantity, end: int) -> Quantity | None:
        """"halting 3 shy of failure", "finish each set 1 to 3 short of failure": a small
        whole number (up to 10) with no noun, short of failure, counts the repetitions left in
        reserve; the span takes "shy"/"short" so it reads as the phrase does."""
        values = (q.value,) if q.low is None else (q.low, q.high)
        m = _SHY_OF_FAILURE.match(self.low, end)
        if m is None or any(v is None or not float(v).is_integer() or not 0 < v <= 10 for v in values):
            return None
        q.end = m.end("w")
        q.unit, q.measure = "repetitions", "dose/exposure"
        return q

    def imperative_reps(self, q: Quantity, s: int) -> Quantity | None:
        """"Step-ups: do 8 to 14", "Then do 9.": a number after an imperative "do" that
        opens an instruction, with no noun or unit after it, is the repetitions to do."""
        values = (q.value,) if q.low is None else (q.low, q.high)
        if any(v is None or not float(v).is_integer() or not 0 < v <= 100 for v in values) \
                or _DO_BEFORE.search(self.tail(s)) is None or self.noun_after(q.end):
            return None
        q.unit, q.measure = "repetitions", "dose/exposure"
        return q

    def labelled_reps(self, q: Quantity, s: int) -> Quantity | None:
        """"- Lunges: 6 to 10, pause, again", "Hip bridges on the mat: 15 at a time": a
        whole number (or range) right after the colon of a line whose label names an exercise
        move (`EXERCISE_MOVES`), with no noun or unit after it, is the repetitions to do; "at
        a time" joins the span."""
        values = (q.value,) if q.low is None else (q.low, q.high)
        if q.comparator is not None or any(v is None or not float(v).is_integer() or not 0 < v <= 100
                                           for v in values):
            return None
        label = _MOVE_LABEL.fullmatch(self.low, self.line_start(s), s)
        if label is None or not set(_MOVE_WORD.findall(label.group("label"))) & W.EXERCISE_MOVES:
            return None
        after = _REPS_END.match(self.low, q.end)
        if after is None:
            return None
        q.end = after.end("time") if after.group("time") else q.end
        q.unit, q.measure = "repetitions", "dose/exposure"
        return q

    def labelled_unit(self, q: Quantity, s: int) -> Quantity | None:
        """"- Daily steps: 7,400 vs 5,100", "Sets per week: 12": a bare number after the colon
        of a fact-box line whose label names a plural unit of a dose or frequency (steps, sets,
        servings, sessions) is counted in that unit, per the label's period ("daily", "a day");
        a second value after "vs" then shares it (``compared_count``)."""
        if q.value is None or q.comparator is not None or q.value <= 0:
            return None
        label = _UNIT_LABEL.fullmatch(self.low, self.line_start(s), s)
        if label is None or _UNIT_LABEL_END.match(self.low, q.end) is None:
            return None
        unit = W.UNIT_SURFACES.get(label.group("unit"))
        if unit is None or unit[1] not in ("dose", "freq"):
            return None
        period = label.group("per") or {"daily": "day", "weekly": "week"}.get(label.group("daily") or "")
        q.unit = f"{unit[0]}/{period}" if period else unit[0]
        q.measure = "dose/exposure"
        return q

    def bare_rate(self, q: Quantity) -> Quantity | None:
        """"easy rides: 4 per week", "swim 4 or 5 a month", "lunges start at 8 per session": a
        small count per period (or per session) with the counted noun left to the label or verb
        before it, read as times per period ("3 a week ago" is a time point, not a rate)."""
        end, bounds = q.end, (q.low, q.high)
        second = _RATE_SECOND.match(self.low, end) if q.value is not None else None
        if second and float(second.group("n")) > q.value:  # "4 or 5 a month": the count's range
            end, bounds = second.end(), (q.value, float(second.group("n")))
        per = _PER.match(self.low, end)
        if per is None or not (per.group("p2") and per.group("p2") in ("day", "week", "month", "session")) \
                or _NOT_RATE_AFTER.match(self.low, per.end()):
            return None
        if bounds[0] is not None:
            q.value, (q.low, q.high) = None, bounds
        q.end, q.unit, q.measure = per.end(), f"times/{self.period(per)}", "dose/exposure"
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

    def training_notation(self, s: int, e: int, value: float, word: bool) -> Step:
        """Dashed digits can write a lift: a tempo (seconds per phase) or reps per set ("15-12-9")."""
        low, text = self.low, self.text
        if word or low[e : e + 1] != "-":
            return UNDECIDED
        if value < 10 and (tempo := _TEMPO.match(low, s)) and self.about_tempo():  # "3-1-2-0"
            total = sum(int(c) for c in tempo.group() if c.isdigit())
            return Quantity(s, tempo.end(), float(total), None, None, "seconds/repetition", None,
                            "dose/exposure")
        if s and ((
                text[s - 1 : s] in _QUOTES and (scheme := _REP_SCHEME.match(text, s))
                and _REP_WORD.search(low, max(0, s - 160), scheme.end() + 160))  # "10-8-6": reps per set
                or ((scheme := _REP_SCHEME_BARE.match(low, s)) and not low[s - 1 : s].isalnum()
                    and low[s - 1 : s] not in "-‑" and (scheme.group("w") or _REP_ROW_LABEL.match(
                        low, self.line_start(s), s)))):
            total = sum(int(x) for x in scheme.group("reps").split("-"))
            return Quantity(s, scheme.end("w") if scheme.groupdict().get("w") else scheme.end("reps"), float(total),
                            None, None, "repetitions", None, "dose/exposure")
        return UNDECIDED

    def dose_reading(self, q: Quantity, s: int, norm: str, kind: str) -> Quantity | None:
        """A dose or duration takes a rate ("per week", "each"); None when a time dates back."""
        low = self.low
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
        return q
