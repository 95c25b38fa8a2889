"""Time rules: a study's time points ("week 12"), dates and years, durations said with "a",
rhythms ("every other day") and race times and paces in minutes and seconds.
"""

from __future__ import annotations

import re

from agefacts.extract import quantity_words as W
from agefacts.extract.quantity_patterns import (
    _A_AMOUNT_UNITS,
    _A_DOSE_PERIODS,
    _A_DOSE_UNITS,
    _A_UNIT_OFFSET,
    _BETWEEN,
    _CONN,
    _DATE_YEAR_AFTER,
    _DATED_BACK,
    _DMY_AFTER,
    _ELAPSED,
    _FOR_BEFORE,
    _GLUED_TIMEPOINT,
    _LIST_JOIN,
    _MONTH_BEFORE,
    _NUMBER_BEFORE,
    _PACE,
    _PER,
    _RACE_AFTER,
    _RATE_BEFORE,
    _RESULT_BEFORE,
    _RHYTHM_PERIOD,
    _SPLIT_BEFORE,
    _SPLIT_TIME,
    _TIMEPOINT_UNITS,
    _WITHIN_BEFORE,
    _WITHIN_UNITS,
)
from agefacts.extract.quantity_text import _LINE_LEAD, _SPACES, _digit_run_end, _list_members
from agefacts.extract.quantity_types import Quantity

#: The subject of a modal verb ("an extra kilo of lean mass could ..."): an illustration of what
#: any one unit would do, not an amount the article reports.
_MODAL_SUBJECT = re.compile(
    r"(?:[ \u00a0]+of(?:[ \u00a0]+[a-z][a-z-]*){1,3}?)?[ \u00a0]+(?:can|could|may|might|would)(?![a-z])")

class TimeRules:
    """Time rules (a mixin of ``quantities._Scanner``)."""

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
        if self.low[e : e + 1] in ("-", "\u2011") and self.low[e + 1 : e + 2].isalpha():
            return None  # "on a month-long trip", "a year-round club": the unit is part of a compound word
        word = tok.split()[-1]
        unit = W.UNIT_SURFACES[word][0]
        if tok.split()[-1] in _A_AMOUNT_UNITS:
            cmp_, start = self.prefix_comparator(s)
            if cmp_ is None and " extra " not in tok:
                return None
            if cmp_ is None and _MODAL_SUBJECT.match(self.low, e):
                return None  # "an extra kilo of muscle can ...": what any one unit would do
            return Quantity(start, e, 1.0, None, None, unit, cmp_, "measurement")
        if self.rate_period(s):
            return None
        per = _PER.match(self.low, e)
        if tok.split()[-1] in _A_DOSE_UNITS and (per is None or self.period(per) not in _A_DOSE_PERIODS
                                                 or not self.rate_after(e)):
            return None
        cmp_, start = self.prefix_comparator(s)
        if cmp_ is None and not per and not self.lookback(_FOR_BEFORE, s, 12, bounded=False) \
                and not _A_UNIT_OFFSET.match(self.low, e) \
                and not (unit in _WITHIN_UNITS and self.low.startswith(" of ", e)
                         and self.lookback(_WITHIN_BEFORE, s, 10, bounded=False)):
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

    def rate_period(self, s: int) -> bool:
        """"shrinks 3–4% a year from 60 on": "a year" right after a percentage is the period of
        its rate (read with it), never a length of time or an offset ("a year after surgery")."""
        last = self.last
        return last is not None and last.unit == "percent" and 0 < s - last.end <= 2 \
            and not self.text[last.end : s].strip()

    def rhythm(self, s: int, e: int, rate: float, plural: bool = False) -> Quantity | None:
        """"every other day", "every third week", "on alternate days": a frequency (once per
        two days is 0.5 times/day), read only before a period word ("every other person" and
        "alternate routes" are no rhythm)."""
        m = _RHYTHM_PERIOD.match(self.low, e)
        if m is None or bool(m.group("pl")) != plural:
            return None
        period = W.PERIODS[m.group("p")]
        return Quantity(s, m.end(), rate, None, None, f"times/{period}", None, "dose/exposure")

    def dated_back(self, start: int) -> bool:
        """"a strand of research going back about a decade", "dating back 30 years": how long ago a
        field or idea began, not how long anything was studied or done ("followed for about a
        decade", "over a decade of follow-up" are read)."""
        return self.tail(start).endswith("back") and self.lookback(_DATED_BACK, start, 40, bounded=False) is not None

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

    @staticmethod
    def year_like(value: float, raw: str) -> bool:
        return len(raw) == 4 and raw.isdigit() and 1800 <= value <= 2100

    def year(self, q: Quantity, raw: str) -> Quantity:
        q.unit, q.measure = "year", "date/metadata"
        if q.low is None:
            q.end = q.start + (q.end - q.start) if q.value is None else q.end
            q.iso_date = raw
        return q
