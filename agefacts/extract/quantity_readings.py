"""Reading rules: values read off a named measure, a device or a console, said aloud, paired
(blood pressure), or corrected by the speaker: stated values that carry no unit cue.
"""

from __future__ import annotations

import re

from agefacts.extract import quantity_words as W
from agefacts.extract.quantity_patterns import (
    _APPOSITIVE_CLOSE,
    _APPOSITIVE_READING,
    _BARE_PRESSURE,
    _CONSOLE_LINE,
    _CORRECTED,
    _CORRECTION,
    _CORRECTION_GATE,
    _CORRECTS,
    _DEVICE_READS,
    _MINUS,
    _NAMED_READING,
    _PRESSURE,
    _PRESSURE_NAMED,
    _PRESSURE_NAMED_WITHIN,
    _READING_END,
    _SPOKEN_STAT,
    _STAT_KIND,
    _TALLY_WORDS,
)
from agefacts.extract.quantity_types import Quantity


class ReadingRules:
    """Reading rules (a mixin of ``quantities._Scanner``)."""

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

    def bare_blood_pressure(self, s: int, e: int, value: float) -> Quantity | None:
        """"Aim for a reading ... under roughly 135/85": a pair read as systolic over diastolic
        pressure without its unit, where the measure is named earlier on the line (blood
        pressure, BP, systolic, hypertension; within ``_PRESSURE_NAMED_WITHIN`` characters) and
        the numbers are in a pressure's range (systolic 70-260 above a diastolic of 40-150):
        "80/20" and "27/30" are not. Rows as ``blood_pressure`` makes them."""
        m = _BARE_PRESSURE.match(self.low, e)
        if m is None or not 70 <= value <= 260 or not 40 <= float(m.group("d")) <= min(150.0, value - 1):
            return None
        lo = max(self.line_start(s), s - _PRESSURE_NAMED_WITHIN)
        if _PRESSURE_NAMED.search(self.low, lo, s) is None \
                and "pressure" not in self.low[max(lo, s - 40) : s]:
            return None  # "whose pressure reads over 165/100": "pressure" alone, just before the pair
        cmp_, start = self.prefix_comparator(s)
        measure = "threshold/criterion" if cmp_ in ("<", ">", "<=", ">=") else "measurement"
        self.pending.append(Quantity(m.start("d"), m.end("d"), float(m.group("d")), None, None, "mmHg",
                                     cmp_, measure))
        return Quantity(start, e, value, None, None, "mmHg", cmp_, measure)
