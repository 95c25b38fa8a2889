"""Groups compared by their ages written in figures (session 27, round b).

"Kidney samples from cats aged 15 to 19 held less X than those from cats aged 2 to 4",
"20-month-old rats had three times as much X in their serum as 3-month-old rats": which group is
old is told only by the two figures, whatever the species (a 15-year-old cat is old, a
15-year-old person young).
When the group named before "than" or "as" is the older one, its age phrase is an age context of
the sentence, as "old mice" or "in the aged" are.
"""

from __future__ import annotations

import re
from itertools import pairwise

#: one age written in figures, with its unit: "20-month-old", "3 month old", "30-year-olds",
#: "aged 15 to 19", "aged 2-4 years", "aged 75" (years when the unit is left out)
_AGE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?)[- ](?P<unit>day|week|month|year)s?[- ]olds?\b"
    r"|\baged\s+(?P<lo>\d+(?:\.\d+)?)(?:\s*(?:to|-|–|and)\s*(?P<hi>\d+(?:\.\d+)?))?"
    r"(?:\s+(?P<unit2>day|week|month|year)s?)?\b",
    re.IGNORECASE,
)
_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4, "year": 365.25}
#: what sets the second group against the first: "than", "as" ("three times as much X as ..."),
#: "compared with"
_PIVOT = re.compile(r"\b(?:than|as|compared\s+(?:with|to)|versus|vs\.?)\s", re.IGNORECASE)


def _days(m: re.Match[str]) -> float:
    if m.group("n") is not None:
        return float(m.group("n")) * _DAYS[m.group("unit").lower()]
    lo = float(m.group("lo"))
    hi = float(m.group("hi")) if m.group("hi") is not None else lo
    unit = (m.group("unit2") or "year").lower()
    return (lo + hi) / 2 * _DAYS[unit]


def ages_compared(s: str) -> tuple[int, int, bool] | None:
    """The first group's age phrase (start, end) in a sentence that compares two groups by
    their ages in figures ("A aged 15 to 19 ... than ... aged 2 to 4"), and whether that first
    group is the older one. None when the sentence gives no such pair: fewer than two figures,
    no "than"/"as" between them, or equal ages. A cheap test first: "old" or "aged"."""
    if "old" not in s and "aged" not in s:
        return None
    ages = list(_AGE.finditer(s))
    if len(ages) < 2:
        return None
    for first, second in pairwise(ages):
        if not _PIVOT.search(s, first.end(), second.start()):
            continue
        a, b = _days(first), _days(second)
        if a == b:
            return None
        return first.start(), first.end(), a > b
    return None


def older_group_first(s: str) -> tuple[int, int] | None:
    """The age phrase of the group named first when it is the older of two compared by their
    ages in figures: an age context of the sentence."""
    found = ages_compared(s)
    if found is None or not found[2]:
        return None
    return found[0], found[1]
