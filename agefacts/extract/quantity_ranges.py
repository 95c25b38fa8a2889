"""Range and list rules: a number's partner in a range or list (shared unit, "between N and M",
bands such as "the low 120s") and numbers that borrow the unit of a parallel clause.
"""

from __future__ import annotations

import re

from agefacts.extract.quantity_patterns import (
    _AGE_SUFFIX,
    _AND_WORD,
    _APPROX,
    _APPROX_WORD,
    _BETWEEN,
    _BETWEEN_AGES,
    _CHANGE_BEFORE,
    _CLAUSE_BREAK,
    _COMPARED_WORD,
    _CONN,
    _DECLINE_BEFORE,
    _ELLIPSIS_END,
    _LAST_WORD,
    _LIST_JOIN,
    _LISTED_BEFORE,
    _NOT_ELLIPTICAL,
    _ORIGIN,
    _ORIGIN_APPROX,
    _PARALLEL_PREPOSITIONS,
    _PM_AFTER,
    _SUSPENDED_TO,
    _TENS_BAND,
    _VERSUS_BEFORE,
)
from agefacts.extract.quantity_text import _SPACES, _list_members, _plain_number_end
from agefacts.extract.quantity_types import Quantity

#: Between a threshold and the next band of a list: a comma, and "and"/"or" for the last band.
_BAND_GAP = re.compile(r",[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?")
#: "2.3 fractures a decade, against 3.7 in the untreated": "against" sets a second value beside the
#: first (see ``RangeRules.elliptical``).
_AGAINST_END = re.compile(r"(?<![a-z])against[ \u00a0]+(?:(?:just|only)[ \u00a0]+)?$")
#: "and the other group's was": a possessive and a copula standing for the measure just named.
_POSSESSIVE_WAS = re.compile(r"(?<![a-z])and[ \u00a0]+[^.;:]{0,40}?['’]s?[ \u00a0]+(?:was|were|is)[ \u00a0]*$")
#: "dropped to 2.7 per 1,000 ... from 6.3": a verb of change and "to" before the new value, whose
#: old value follows "from" (see ``RangeRules.changed_from``).
_CHANGE_TO = re.compile(
    r"(?<![a-z])(?:rose|fell|dropped|declined|increased|decreased|climbed|grew|improved|shrank|slipped|"
    r"jumped|went[ \u00a0]+(?:up|down))[ \u00a0]+to[ \u00a0]+$")
_FROM_END = re.compile(r"(?<![a-z])from[ \u00a0]+$")
#: "climbed by 30 mg in the trained arm but by just 12 in the control arm": "but" and the preposition the
#: value before took, perhaps with "only"/"just", right before a bare value (``contrast_preposition``).
_BUT_PREPOSITION = re.compile(
    r"(?<![a-z])but[ \u00a0]+(?P<p>at|to|by|from|after|for)[ \u00a0]+(?:(?:only|just|merely|about|around)[ \u00a0]+)?$")
#: "11.2 against 8.6 ug/mL": a bare value set against a second that carries the unit.
_AGAINST_NEXT = re.compile(r"[ \u00a0]+against[ \u00a0]+(?=\d)")
#: "from" ending a hard-wrapped line, the change's first value opening the next ("fell from\n12.4
#: to 10.8 seconds"): see ``RangeRules.wrapped_origin``.
_WRAPPED_FROM = re.compile(r"(?<![a-z])from[ \u00a0]*$")


class RangeRules:
    """Range and list rules (a mixin of ``quantities._Scanner``)."""

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

    def elliptical(self, q: Quantity, s: int) -> Quantity | None:
        """A bare number that shares the unit of the row just before it in a parallel clause:
        "went up 3.1 mL/kg/min with HIIT and 1.8 with zone 2", "brisk walking is about 3 to 4
        METs, and slow dancing about 3." The previous row is on the same line within 60
        characters and has a unit (no age, date, count or statistic); what lies between has
        "and", no digit and no sentence end; a clause end or a preposition follows the number."""
        last = self.last
        if last is None or last.unit is None or q.comparator not in (None, "~"):
            return None
        between = self.low[last.end : q.start]
        if last.measure in _NOT_ELLIPTICAL and not (  # "1.8 capillaries ... 2.0": a mean count
                last.measure == "count" and "." in self.low[last.start : last.end] and "." in self.low[s : q.end]) \
                and not (last.measure == "age" and len(between) <= 60 and _POSSESSIVE_WAS.search(between)):
            return None  # "mean age was 71.3 years, and the control group's was 70.8": same measure
        changed = self.changed_from(last, between)
        if not 0 < len(between) <= 60 or "\n" in between \
                or not (_AND_WORD.search(between) or self.same_preposition(last, between)
                        or _COMPARED_WORD.search(self.low, last.end, s) or _AGAINST_END.search(between)
                        or changed or self.contrast_preposition(last, between)) \
                or any(c.isdigit() for c in between) or _CLAUSE_BREAK.search(between):
            return None
        if not (changed or _ELLIPSIS_END.match(self.low, q.end)):
            return None
        q.unit, q.measure = last.unit, last.measure
        return q

    def changed_from(self, last: Quantity, between: str) -> bool:
        """"dropped to 2.7 per 1,000 nurses a month from 6.3 before": the value after "from" is the
        old value of the one a verb of change took "to" (the same measure, its unit left out)."""
        return "from" in between and _FROM_END.search(between) is not None \
            and _CHANGE_TO.search(self.low, max(0, last.start - 24), last.start) is not None

    def listed_band(self, q: Quantity) -> Quantity | None:
        """A range listed right after a threshold, one band of a split into groups: "by weekly
        hours: under 2, 2 to 4.5, and over 4.5", "a score below 10, 10 to 19 or 20 and above".
        The range is the next band of the same measure: it takes the threshold's unit (none
        when the split's measure was named before the list) and reads as a criterion."""
        last = self.last
        if last is None or last.measure != "threshold/criterion" or last.comparator not in ("<", "<=") \
                or q.comparator is not None or q.low is None or last.value is None \
                or q.low < last.value or not _BAND_GAP.fullmatch(self.low, last.end, q.start):
            return None
        q.unit, q.measure = last.unit, "threshold/criterion"
        return q

    def contrast_preposition(self, last: Quantity, between: str) -> bool:
        """"fell by 8 kg among walkers but by only 3 among swimmers": "but" and the preposition
        the value before took set a second, bare value of the same measure against it."""
        if "but" not in between:
            return False
        m = _BUT_PREPOSITION.search(between)
        if m is None:
            return False
        before = self.low[max(0, last.start - 12) : last.start].rstrip(_SPACES)
        word = m.group("p")
        return before.endswith(word) and not before[-len(word) - 1 :][:1].isalpha()

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

    def range_after(self, s: int, e: int, value: float, word: bool, u1):
        """(low, high, end of the second number, unit) when a range starts at ``s``."""
        low, text = self.low, self.text
        at = u1[2] if u1 else e
        if not u1 and low[at : at + 1] in ("-", "‑") and _SUSPENDED_TO.match(low, at):
            at += 1  # "from 1.9- to 3.7-fold": the first number's unit is left to the second's
        conn = _CONN.match(low, at)
        if conn is None and not word and not u1 and "against" in low[at : at + 12] \
                and (against := _AGAINST_NEXT.match(low, at)):
            second = self.number_at(against.end())  # "11.2 against 8.6 ug/mL": the first borrows
            u2 = self.unit_at(second[1]) if second else None  # the second one's unit
            return (None, None, e, u2) if u2 else None
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
        at2 = approx.end() if approx else conn.end()
        if low[at2 : at2 + 1] == "+" and word_conn.startswith(("vs", "versus")):
            at2 += 1  # "+1.2 vs +0.5 points": two signed changes set side by side
        second = self.number_at(at2)
        worded = None
        if second is None and word_conn == "to" and low[at2 : at2 + 1] in "ar" \
                and (worded := _APPROX_WORD.match(low, at2)):
            # "rose from about 2,650 to about 5,350 steps a day": a change, each end approximate
            second = self.number_at(worded.end())
        if second is None:
            return None
        v2, e2 = second
        if v2 <= value and word_conn.endswith(("to-", "to‑")):
            return None  # "a 1-to-1 session", "5-to-1 odds": a ratio, no range
        if e2 < len(text) and text[e2].isalnum() and not self.unit_at(e2):
            return None
        pm = _PM_AFTER.match(low, e2) if "±" in low[e2 : e2 + 3] or "+/" in low[e2 : e2 + 4] else None
        if pm:  # "4.1 ± 1.2 vs 6.8 ± 1.5 km/day": two means, the first borrows the unit
            u2 = self.unit_at(pm.end())
            return (None, None, e, u2) if u2 and not u1 else None
        origin = self.lookback(_ORIGIN, s, 40) if word_conn == "to" else None
        if origin is None and word_conn == "to" and s >= 2 and text[s - 1] == "\n" and text[s - 2] != "\n":
            origin = self.wrapped_origin(s)
        if origin is None and word_conn == "to" and not u1 and "step" in self.tail(s) \
                and self.step_change_origin(s) and self.unit_at(e2) is None:
            return None  # "steps climbed from about 3,800 to 6,900": a change (``step_change``), no range
        if worded and origin is None:
            origin = self.lookback(_ORIGIN_APPROX, s, 40)
        change = bool(origin and v2 >= value and self.lookback(_CHANGE_BEFORE, origin.start(), 60,
                                                               bounded=False))
        arrow = word_conn in ("→", "->", "⟶")  # "21.4 → 24.9 mL/kg/min": before and after
        # "versus 7.8 to 7.5 mg/L": a falling pair set against another group's change is one too
        versus = word_conn == "to" and v2 < value and self.lookback(_VERSUS_BEFORE, s, 16) is not None
        shared = word_conn.startswith(("vs", "versus")) or (origin and v2 < value) or change or arrow \
            or versus
        if worded and not (change or (origin and v2 < value)):
            return None  # "from about X to about Y": only a change (before and after)
        if shared:  # two values sharing the second one's unit: the first borrows it
            u2 = self.unit_at(e2)
            if change and not u2 and not u1:  # "rose from 3 to 5 sessions": no unit to share
                if v2 > value and self.lookback(_DECLINE_BEFORE, s, 60, bounded=False):
                    return value, v2, e2, None  # "declines from 30 to 70": maybe ages (``age_span``)
                noun = self.noun_after(e2)  # "rose from an average of 6.5 to 11.5 push-ups":
                if noun is not None and noun[0] == "count":  # both ends count the noun
                    return None, None, e, (noun[1], "count", e)
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

    def wrapped_origin(self, s: int) -> re.Match[str] | None:
        """"The time ... fell from\n12.4 to 10.8 seconds": a hard wrap between "from" and the first
        value of a change, which opens its line (the line above ends with "from")."""
        end = s - 1
        return _WRAPPED_FROM.search(self.low, max(self.line_start(end), end - 8), end)

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
