"""Statistic rules: estimates, effect sizes, intervals and spreads, changes of a statistic,
scientific notation and rating scales: values that are results rather than counts or doses.
"""

from __future__ import annotations

import re

from agefacts.extract import quantity_words as W
from agefacts.extract.quantity_patterns import (
    _AGE_SUFFIX,
    _BARE_ESTIMATE,
    _CALCULATION,
    _CHANGE_BEFORE,
    _CHANGE_END,
    _CHANGE_TO,
    _CHANGE_TO_WHOLE,
    _CI,
    _CI_ALONE,
    _CI_GAP,
    _CLAUSE_START,
    _COUNTED_CHANGE_NOUN,
    _DIGITS,
    _DIRECTED_RANGE,
    _EFFECT_BEFORE,
    _ELLIPTIC_END,
    _EXPONENT,
    _INTERVAL_NEXT,
    _MEASURED_NOUN,
    _MINUS,
    _NEXT_WORDS,
    _ON_SCALE,
    _ORIGIN,
    _ORIGIN_APPROX,
    _PER_BASE,
    _POWER_BASE,
    _POWER_EVALUATED,
    _POWER_RESULT,
    _RATING_AFTER,
    _RATING_CUE,
    _RATING_END,
    _SCALE_BEFORE,
    _SCALE_CUE,
    _SCALE_RANGE,
    _SCALE_READ,
    _SCI_TEN,
    _SD_WORD,
    _SE_WORD,
    _SIGN_BEFORE,
    _SLASH_MAX,
    _SLASH_RATING,
    _SPREAD,
    _STAT,
    _STAT_FAR,
    _STAT_FAR_HINTS,
    _STAT_ITEM,
    _STAT_KIND,
    _STAT_PER,
    _STAT_RANGE,
    _STAT_TO,
    _STEP_CHANGE_TO,
    _STEP_NOUN,
    _SUPERSCRIPT_DIGITS,
)
from agefacts.extract.quantity_text import _EFFECT_GATE, _GATES, _SPACES, _is_plural_noun, _scaled
from agefacts.extract.quantity_types import UNDECIDED, Quantity, Step, _Spread

#: "... and 0.74 for the capsule arm": an estimate given for one arm (``StatisticRules.arm_estimate``),
#: and the same form after a named ratio or difference earlier in its sentence.
_FOR_ARM = re.compile(r"[ \u00a0]+for[ \u00a0]+the[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:group|arm)(?![a-z])")
_ESTIMATE_FOR_ARM = re.compile(
    r"(?:ratio|difference|odds|hazard|risk)(?:[ \u00a0]+(?:of|was|is|were))?[ \u00a0:=]*[-\u2212]?[0-9]+\.[0-9]+"
    r"[ \u00a0]+for[ \u00a0]+the[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:group|arm)(?![a-z])")
#: A confidence interval named without its level ("confidence interval 0.38 to 0.91",
#: ``StatisticRules.bare_interval``): the label right before the lower bound.
_CI_LABEL_END = re.compile(r"(?:confidence[ \u00a0]+interval|(?<![a-z])ci)[ \u00a0]*(?:of|was|is|from|[:=,])?[ \u00a0]*$")

#: "they" as the subject right before a verb of change (``StatisticRules.step_change_origin``).
_THEY_BEFORE = re.compile(r"(?<![a-z])they[ \u00a0]+$")
#: A verb of change after a step count in the clause before a semicolon.
_CHANGE_WORD = re.compile(r"(?<![a-z])(?:rose|fell|climbed|dropped|went|increased|decreased|declined|jumped|grew)(?![a-z])")
#: The verb between a step count and its value ("daily steps in May were", ``step_level``).
_STEP_LEVEL_VERB = re.compile(r"(?<![a-z])(?:was|were|averaged|stood[ \u00a0]+at|reached)[ \u00a0]+"
                              r"(?:(?:about|around|roughly|approximately|nearly|almost)[ \u00a0]+)?$")
#: A step count's value echoed for another time or group after it: ", but only 4,100 in ...",
#: "and about 6,000 during ..." (``StatisticRules.step_level``).
_STEP_LEVEL_ECHO = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+(?:but|and|against|while|compared[ \u00a0]+with)[ \u00a0]+"
    r"(?:(?:only|just|about|around|roughly|nearly|almost)[ \u00a0]+)?"
    r"(?P<b>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{2,5})(?![0-9]|[.,][0-9])"
    r"(?=[ \u00a0]+(?:in|during|on|at|among|for|over)[ \u00a0]|[ \u00a0]*[.,;)]|$)")


class StatisticRules:
    """Statistic rules (a mixin of ``quantities._Scanner``)."""

    def hedged_fold(self, s: int, e: int, tok: str) -> Quantity | None:
        """"roughly halving", "nearly doubles", "more than tripling": a verb of a fold change
        after a hedge or comparator is the change, as "roughly doubled" is; without one the
        form is as often a noun ("every doubling of the dose", "mixed doubles")."""
        if self.low[e : e + 1] in ("-", "‑"):
            return None
        cmp_, start = self.prefix_comparator(s)
        if cmp_ is None:
            return None
        return Quantity(start, e, float(W.FOLD_VERB_FORMS[tok]), None, None, "fold_change", cmp_,
                        "effect_size/statistic")

    def calculation(self, s: int, e: int, value: float) -> Quantity | None:
        """"a threshold of 0.05/10 = 0.005", "150 ÷ 7 ≈ 21 minutes a day": a division or product
        worked out in the text states each of its numbers (the operands and the result). It is
        read only when the arithmetic holds (to the rounding shown), which no date, score or
        identifier written with a slash does. A unit after the result is left to its own read."""
        m = _CALCULATION.match(self.low, e)
        if m is None:
            return None
        b = float(m.group("b").replace(",", ""))
        c = float(m.group("c").replace(",", "").replace("−", "-"))
        worked = value / b if m.group("op") in "/÷" and b else value * b
        if not c or abs(worked - c) > 0.05 * abs(c):
            return None
        self.pending.append(Quantity(m.start("b"), m.end("b"), b, None, None, None, None, "measurement"))
        if self.unit_at(m.end()) is None and self.noun_after(m.end()) is None:
            self.pending.append(Quantity(m.start("c"), m.end(), c, None, None, None, None, "measurement"))
        return Quantity(s, e, value, None, None, None, None, "measurement")

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

    def arm_estimate(self, q: Quantity, s: int, end: int, raw: str) -> Quantity | None:
        """"an incidence ratio of 0.63 for the tai chi arm, ..., and 0.79 for the stair arm": a bare
        decimal after "and" or a comma, given "for the" other group, is the same estimate for
        that arm when its sentence named it for one arm just before (a ratio or difference)."""
        if "." not in raw or q.comparator is not None or not self.tail(s).endswith((",", " and")) \
                or _FOR_ARM.match(self.low, end) is None:
            return None
        a = max(self.line_start(s), s - 240)
        a = max([a] + [self.low.rfind(p, a, s) + 2 for p in (". ", "? ", "! ")])
        if _ESTIMATE_FOR_ARM.search(self.low, a, s) is None:
            return None
        q.unit, q.measure = None, "effect_size/statistic"
        return q

    def bare_interval(self, s: int, e: int, value: float) -> Quantity | None:
        """"confidence interval 0.38 to 0.91", "CI: 1.2-2.6": an interval named without its level
        ("95%") is read as one with it; the label right before its lower bound."""
        label = _CI_LABEL_END.search(self.low, max(self.line_start(s), s - 32), s)
        ci = _CI.match(self.low, s) if label is not None else None
        if ci is None or ci.group("open") or (ci.group("close") and "(" not in self.low[label.start() - 2 : s]):
            return None
        b = float(ci.group("b").replace("\u2212", "-"))
        if ci.start("a") != s or b < value:
            return None
        return Quantity(label.start(), ci.end("b"), None, value, b, "confidence_interval", None, "effect_size/statistic")

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

    def unitless_change(self, q: Quantity, s: int, raw: str) -> Quantity | None:
        """"my cortisol dropped from 5.7 to 2.9": a change verb, then "from" and "to" with two
        decimals and no unit: two measured levels, the unit unsaid. Whole numbers may be ages,
        counts or scores: they are read only when the clause names what changes as a measured
        level before the verb ("her blood pressure fell from 140 to 118", `MEASURED_NOUNS`) or
        as a tally of events ("sick days fell from 90 to 52", `COUNTED_CHANGE_NOUNS`): two counts."""
        whole = "." not in raw
        if whole and (q.value is None or not 0 < q.value < 1000 or not float(q.value).is_integer()):
            return None
        origin = self.lookback(_ORIGIN, s, 40)
        verb = None if origin is None or q.comparator is not None else self.lookback(
            _CHANGE_BEFORE, origin.start(), 60, bounded=False)
        if verb is None:
            return None
        to = (_CHANGE_TO_WHOLE if whole else _CHANGE_TO).match(self.low, q.end)
        if to is None or self.unit_at(to.end()) is not None or (
                "," in to.group("b") and not self.writes_comma_decimals()) or not (
                _ELLIPTIC_END.match(self.low, to.end()) or _CHANGE_END.match(self.low, to.end())):
            return None
        unit, measure = None, "measurement"
        if whole:
            before = self.low[max(self.line_start(s), verb.start() - 60) : verb.start()]
            before = _CLAUSE_START.split(before)[-1]
            named = _MEASURED_NOUN.search(before)
            if named is None and _COUNTED_CHANGE_NOUN.search(before):
                measure = "count"
            elif named is None:
                return None
            else:
                unit = "points" if named.group().startswith("score") else None
        q.measure, q.unit = measure, unit
        self.pending.append(Quantity(to.start("b"), to.end(), float(to.group("b").replace(",", ".")), None, None, unit,
                                     None, measure))
        return q

    def step_change_origin(self, s: int) -> bool:
        """A step count, a change verb and "from" (perhaps "from about") before ``s``."""
        origin = self.lookback(_ORIGIN, s, 40) or self.lookback(_ORIGIN_APPROX, s, 40)
        verb = None if origin is None else self.lookback(_CHANGE_BEFORE, origin.start(), 60, bounded=False)
        if verb is None:
            return False
        before = _CLAUSE_START.split(self.low[max(self.line_start(s), verb.start() - 60) : verb.start()])[-1]
        if _STEP_NOUN.search(before) is not None:
            return True
        return _THEY_BEFORE.search(before) is not None and self.steps_before_semicolon(verb.start() - len(before))

    def steps_before_semicolon(self, clause: int) -> bool:
        """"Daily steps in one group rose from N to M; in the other they went from ...": the
        clause starting at ``clause`` follows a semicolon, and the clause before it (same
        sentence and line, 160 characters at most) names a step count and a verb of change, so
        its "they" are those steps."""
        if self.low[max(0, clause - 2) : clause].strip() != ";":
            return False
        head = _CLAUSE_START.split(self.low[max(self.line_start(clause), clause - 160) : clause - 2])[-1]
        step = _STEP_NOUN.search(head)
        return step is not None and _CHANGE_WORD.search(head, step.end()) is not None

    def step_change(self, q: Quantity, s: int, raw: str) -> Quantity | None:
        """"the hikers' weekly steps climbed from roughly 30,000 to 52,000": a change verb, "from" and
        "to" with two whole numbers and no unit, after a step count named before the verb in the
        same clause: both are counts of steps (thousands, so ``unitless_change`` leaves them)."""
        if q.value is None or "." in raw or not float(q.value).is_integer() or q.comparator not in (None, "~"):
            return None
        if not self.step_change_origin(s):
            return None
        to = _STEP_CHANGE_TO.match(self.low, q.end)
        if to is None or self.unit_at(to.end()) is not None or not (
                _ELLIPTIC_END.match(self.low, to.end()) or _CHANGE_END.match(self.low, to.end())):
            return None
        b = float(to.group("b").replace(",", ""))
        q.unit, q.measure = "steps", "dose/exposure"
        self.pending.append(Quantity(to.start("b"), to.end(), b, None, None, "steps", None, "dose/exposure"))
        return q

    def step_level(self, q: Quantity, s: int, raw: str) -> Quantity | None:
        """"Mean daily steps in spring were 6,900, but only 3,200 in winter": a whole number
        right after "was/were/averaged" (perhaps "about"), with no unit of its own and ending
        its clause, when a step count is that verb's subject (named before it in the same
        clause, 60 characters at most): steps, as "6,900 steps" reads. A value echoed after it
        for another time or group (", but only N in ...") is read with it."""
        if q.value is None or "." in raw or not float(q.value).is_integer() or q.value < 100 \
                or q.comparator not in (None, "~") or self.unit_at(q.end) is not None or self.noun_after(q.end) \
                or not _ELLIPTIC_END.match(self.low, q.end) or self.year_like(q.value, raw):
            return None
        verb = _STEP_LEVEL_VERB.search(self.low, max(self.line_start(s), s - 40), s)
        if verb is None:
            return None
        before = _CLAUSE_START.split(self.low[max(self.line_start(s), verb.start() - 60) : verb.start()])[-1]
        if _STEP_NOUN.search(before) is None or "," in before:
            return None
        q.unit, q.measure = "steps", "dose/exposure"
        echo = _STEP_LEVEL_ECHO.match(self.low, q.end)
        if echo is not None and self.unit_at(echo.end()) is None:
            self.pending.append(Quantity(echo.start("b"), echo.end("b"), float(echo.group("b").replace(",", "")),
                                         None, None, "steps", None, "dose/exposure"))
        return q

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
            sdv = m.group("sdv")
            if "," in sdv and value < 1000:  # "(SD 2,910)" after "6,480": thousands, as the mean's;
                return None  # after a small mean the comma may be a decimal one
            label = m.start("lab") if m.group("lab") else m.start("pm2")
            return _Spread(m.end(), start=label, value=float(sdv.replace(",", "")), unit=unit,
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

    def per_unit_stat(self, s: int, e: int) -> re.Match[str] | None:
        """"odds ratio per risk allele 1.5", "HR per SD 0.8": a ratio per unit of exposure whose
        number follows the unit without a linking word (gate: "per" among the words before)."""
        if " per " not in self.low[max(0, s - 34) : s] or self.unit_at(e) or self.noun_after(e):
            return None
        return self.lookback(_STAT_PER, s, 40, original=True, bounded=False)

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
            if ci and (ci.group("open") != "," or "ci" in ci.group() or "confidence" in ci.group()
                       or self.bracketed_interval(ci, start, value)):
                a = float(ci.group("a").replace("−", "-"))
                b = float(ci.group("b").replace("−", "-"))
                if a <= b:
                    q.low, q.high = a, b
                    q.end = ci.end() if (ci.group("close") and ci.group("open") in "([") else ci.end("b")
        return q

    def bracketed_interval(self, ci: re.Match[str], start: int, value: float) -> bool:
        """"(HR 0.79, 0.66 to 0.95)": an unlabelled pair after a comma is the ratio's interval
        when the ratio opens a bracket, the pair encloses it and closes the bracket (a list of
        ratios "(HR 0.79, 0.85 and ...)" or a pair beside the estimate is not)."""
        if ci.group("close") != ")" or not self.text[max(0, start - 2) : start].rstrip(_SPACES).endswith("("):
            return False
        a = float(ci.group("a").replace("−", "-"))
        b = float(ci.group("b").replace("−", "-"))
        return a <= value <= b and a < b

    def stat_item(self, q: Quantity, s: int, end: int, value: float, word: bool,
                  raw: str) -> Quantity | None:
        """"17 — members of the lab", "- **212** — women in the trial": an item of a "By
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

    def labelled_statistic(self, s: int, e: int, value: float, word: bool) -> Step:
        """A statistic named before a number ("OR 1.4", "p = 0.07") reads it, with its interval."""
        if word:
            return UNDECIDED
        low = self.low
        if ("interval" in low[max(0, s - 24) : s] or "ci" in low[max(0, s - 8) : s]) \
                and (interval := self.bare_interval(s, e, value)) is not None:
            return interval
        # Statistic labels look at the original case (OR vs "or", p vs P).
        stat = self.lookback(_STAT, s, 40, original=True) or self.far_stat(s, e) or self.per_unit_stat(s, e)
        if stat and stat.groupdict().get("al") and not stat.group("alop") and not 0 < value < 1:
            stat = None  # "integrin alpha 5": a bare alpha names a level only below 1
        if stat and (stat.groupdict().get("abto") or (stat.group("lop") or "").endswith("to")) \
                and (not 0 < value < 10 or self.unit_at(e)):
            stat = None  # "HR fell to 62", "to 1.5 bpm": a heart rate; a ratio stays small, unitless
        if stat and (stat.group("long") or "").lower() == "ratio":
            ci = _CI.match(low, e)  # a bare "ratio 0.96" is a statistic when its interval follows
            if ci is None or not ("ci" in ci.group() or "confidence" in ci.group()):
                stat = None
        if stat and (stat.group("lop") or "").endswith("from"):
            stat = self.stat_change(stat, s, e, value)
        if not stat:
            return UNDECIDED
        if low[e : e + 3].lstrip(_SPACES)[:1] in ("x", "×", "·") and (sci := _SCI_TEN.match(low, e)):
            exponent = sci.group("e") or (f"-{sci.group('m')}" if sci.group("m") else sci.group("sup"))
            value, e = _scaled(value, exponent.translate(_SUPERSCRIPT_DIGITS)), sci.end()
        if low[e : e + 4].lstrip(_SPACES)[:1] in ("t", "–", "-") \
                and not (stat.group("lop") or "").endswith("from"):
            rng = self.stat_range(stat, s, e, value)
            if rng is not None:
                return rng
        return self.finish_stat(stat, s, e, value)

    def with_spread(self, found: Quantity, s: int, spread: _Spread | None, mean_end: int) -> Quantity:
        """A mean's spread after it: an interval stays on its row, an SD or SE is a row of its own."""
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

    def percent_interval(self, q: Quantity) -> Quantity | None:
        """"95% CI" goes with the estimate just before it, else it is an interval row of its own."""
        ci = _CI_ALONE.match(self.low, q.end)
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
        floor = max(self.floor, last.end if last else 0)
        bare = _BARE_ESTIMATE.search(self.text, max(floor, q.start - 16), q.start)
        if bare is not None and a <= float(bare.group("v").replace("−", "-")) <= b:
            # "(ratio vs. baseline 2.40, 95% CI 1.9–3.1)": the estimate its interval encloses
            return Quantity(bare.start("v"), ci.end(),
                            float(bare.group("v").replace("−", "-")), min(a, b), max(a, b),
                            "statistic", None, "effect_size/statistic")
        return Quantity(q.start, ci.end(), None, min(a, b), max(a, b),
                        "confidence_interval", None, "effect_size/statistic")
