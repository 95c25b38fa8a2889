"""Numbers in table cells (markdown pipe tables, tab-separated tables pasted from slides or
spreadsheets, and tables laid out with spaces in PDF text), read with what their column header
(or row label) says.

The prose scanner cannot tell what `+31.4` in `| Combined training | 34 | +31.4 | 0.002 |`
measures; the header can (`n`, `Cathepsin B, % change`, `p`). Rules:
- numbers in the header and delimiter lines are names, never quantities;
- a cell the scanner reads as a phrase (`12 weeks`) keeps the scanner's row; a cell is read
  here only when it is a number, alone or in a common table form (the header then says more
  than the scanner, which sees neither the sign nor the column): `+31.4`, `−1.8%`,
  `<0.001`, `1,245`, `72.6 ± 4.1` (a mean and its SD), `1.4 (1.1–1.8)` (a value with its
  interval), `65–82` (a range), `34 (45%)` (a count and its share); rows never overlap;
- what it measures comes from the column header (`n` -> sample size, `p` -> p-value, `age`,
  `%`, `HR`, a unit in the header such as `(kg)`), or else from the row label, so that a
  transposed table (`| Age, years | 72.1 ± 4.0 | 71.8 ± 3.9 |`) reads too; a header that says
  nothing known gives a `measurement` without a unit, and label columns (`#`, `Rank`, `Ref`)
  give nothing;
- a tab- or space-separated table has no delimiter line to prove it is one: its cells are read only under
  a header or row label that says what they measure, and its header line's numbers stay the
  scanner's (``SET (n=48)``); ``29 (60)`` is a count and its share only under ``n (%)``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from agefacts.extract import quantity_words as W
from agefacts.extract.quantities import Quantity
from agefacts.extract.tables import (
    Cell,
    has_number_line,
    line_tables,
    markdown_tables,
    space_tables,
    tab_tables,
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SIGN = "+−–\\-"
_EMPHASIS = " \t*_`"
_CELL = re.compile(
    rf"(?P<cmp><=|>=|≤|≥|<|>|~|≈)?[ \t]*(?P<sign>[{_SIGN}])?[ \t]*(?P<v>{_NUM})[ \t]*(?P<pct>%)?"
    rf"(?:[ \t]*(?:(?P<pm>±|\+/-)[ \t]*(?P<sd>{_NUM})[ \t]*%?"
    rf"|[ \t]*[-–—‑][ \t]*(?P<hi>{_NUM})[ \t]*%?"
    rf"|[ \t]*[(\[][ \t]*(?P<a>[-−]?(?:{_NUM}))[ \t]*(?:[-–—‑]|to|,)[ \t]*(?P<b>[-−]?(?:{_NUM}))[ \t]*[)\]]"
    rf"|[ \t]*\([ \t]*(?P<share>{_NUM})[ \t]*(?P<spct>%)?[ \t]*\)"
    rf"|[ \t]*\([ \t]*(?P<aside>(?:{_NUM})[ \t]+[A-Za-z][A-Za-z-]*)[ \t]*\)))?"
)
_STATS = {
    "hr": "hazard_ratio", "ahr": "hazard_ratio", "hazard ratio": "hazard_ratio",
    "or": "odds_ratio", "aor": "odds_ratio", "odds ratio": "odds_ratio",
    "rr": "relative_risk", "irr": "relative_risk", "relative risk": "relative_risk",
    "risk ratio": "relative_risk", "r": "correlation", "rho": "correlation", "ρ": "correlation",
    "correlation": "correlation", "β": "beta", "beta": "beta", "b": "beta",
    "d": "effect_size", "cohen's d": "effect_size", "g": "effect_size", "hedges' g": "effect_size",
    "smd": "effect_size", "effect size": "effect_size", "es": "effect_size",
    "r2": "r_squared", "r²": "r_squared", "icc": "intraclass_correlation",
    "md": "mean_difference", "mean difference": "mean_difference", "difference": "mean_difference",
    "fold change": "fold_change", "fold-change": "fold_change", "fc": "fold_change",
    "auc": "auc", "t": "t_statistic", "f": "f_statistic", "z": "z_score",
}
_SAMPLE = re.compile(
    r"(?:n|no\.?|№|number|sample(?:[ \t]+size)?|participants|patients|subjects|people|size)"
    r"(?:[ \t]+(?:of[ \t]+)?(?:participants|patients|subjects|people|adults|mice|animals))?"
    r"(?:[ \t]*\((?:%|total|analysed|analyzed|randomi[sz]ed|studies|trials)\))?"
)
#: "19 cohorts (687,412)" under "Studies (participants)": studies counted, people in brackets.
_STUDIES_THEN_PEOPLE = re.compile(
    rf"(?:{_NUM})[ \t]+[A-Za-z][A-Za-z-]*[ \t]*\([ \t]*(?P<n>{_NUM})[ \t]*\)"
)
_PEOPLE_IN_BRACKETS = re.compile(r"\((?:participants|patients|people|subjects|adults|n)\)")
_LABELS = {"#", "no", "rank", "id", "ref", "refs", "reference", "pmid", "doi", "item",
           "step", "order", "row", "figure", "table"}
_P = re.compile(r"p(?:[- ]?values?)?(?![a-z])")
_WORDS = re.compile(r"[a-zα-ωβρ²0-9'’]+(?:[-/][a-z0-9²]+)*")
_SCALE = re.compile(r"\(\s*0\s*[-–—‑]\s*\d+\s*\)")  # "SPPB (0–12)": points on a scale from 0
_CURRENCY_HEADS = {"£": "GBP", "$": "USD", "€": "EUR", "gbp": "GBP", "usd": "USD", "eur": "EUR"}
#: A header or row label naming the bracketed number of "72.4 (5.1)": "mean (SD)", "(SEM)".
_SPREAD = re.compile(r"(?<![a-z])(sd|s\.d\.|sem|se|s\.e\.)(?![a-z])")
_SPREADS = {"sd": "standard_deviation", "s.d.": "standard_deviation", "sem": "standard_error",
            "se": "standard_error", "s.e.": "standard_error"}
#: A sample size in a header cell, a fact about the column's group.
_HEAD_N = re.compile(r"[nN][ \t]*=[ \t]*[0-9][0-9,]*$")
#: What a header cell's bracket or "label:" states of every row under it ("Outcome (12 weeks)",
#: "Zone 2 (60–70%)", "Serving size: 2 tablets"): a time, a share or an amount, not a name.
_HEAD_FACT_MEASURES = ("dose/exposure", "proportion", "count")


def _head_fact(text: str, q: Quantity) -> bool:
    """Whether a prose row in a header line is a fact of its cell, not part of a column's name
    ("Week 12", "Group 2", "2019"): a number with a unit inside the cell's brackets or after
    its label's colon."""
    if q.unit is None or q.measure not in _HEAD_FACT_MEASURES:
        return False
    ls = text.rfind("|", 0, q.start) + 1
    le = text.find("|", q.end)
    before = text[ls : q.start]
    after = text[q.end : le if le >= 0 else len(text)]
    bracketed = before.rfind("(") > before.rfind(")") and ")" in after
    return bracketed or (":" in before and "\n" not in before)


def _head_sentence(text: str, q: Quantity) -> bool:
    """Whether a prose row in a header line stands in a sentence of a cell past the first, not
    in a column's name: a table with its labels down the first column ("| Costs | $4,000
    over a year, from the club's budget. |"), which HTML with a header cell at the start of
    each row becomes, has no header line, so its first row is data. A column name does not end
    with a full stop."""
    ls = text.rfind("|", 0, q.start) + 1
    le = text.find("|", q.end)
    line_start = text.rfind("\n", 0, q.start) + 1
    if le < 0 or text.find("\n", q.end, le) >= 0:
        return False
    cell = text[ls:le].strip(_EMPHASIS)
    lead = text[line_start:ls].lstrip(" \t")
    column = lead.count("|") - (1 if lead.startswith("|") else 0)
    return column > 0 and cell.endswith(".") and len(cell.split()) >= 5


#: A trailing "how it is summarised" part of a row label ("mean ± SD", "median (IQR)"): the
#: unit comes before it.
_SUMMARY = re.compile(r",[ \t]*(?:mean|median|geometric mean)(?:[ \t]*(?:±|\+/-|\()[^,]*)?$")
_UNIT_PART = re.compile(r"[(,;][ \t]*([^(),;]{1,20}?)[ \t]*\)?$")
#: A unit part that says the row or column counts its thing ("Step-ups (number)", "Falls
#: (count)"): how many, not a measurement in a unit.
_COUNT_PARTS = frozenset({"number", "count", "counts", "no.", "no"})
#: A header that names a moment in the trial's timeline, not what its numbers measure ("8 weeks",
#: "Week 8", "6 mo"): the row label, when it names a unit, says that.
_TIME_POINT_HEAD = re.compile(
    r"(?:(?:weeks?|wks?|months?|mo|days?|years?)[ \t]*\d+"
    r"|\d+[ \t]*(?:weeks?|wks?|months?|mo|days?|years?|yrs?|hours?|h|min(?:utes)?))",
    re.I,
)

#: A unit part naming a count per period ("beats/min", "steps per day", "breaths/minute"), which
#: the unit list does not hold as one surface.
_PERIODS = {"s": "second", "sec": "second", "second": "second", "min": "minute", "minute": "minute",
            "h": "hour", "hr": "hour", "hour": "hour", "day": "day", "d": "day", "week": "week",
            "wk": "week"}
_RATE_PART = re.compile(
    r"(?P<what>[a-z]+s)[ \t]*(?:/|[ \t]per[ \t]+)[ \t]*(?P<per>" + "|".join(_PERIODS) + ")"
)


@dataclass(frozen=True)
class Reading:
    """What a header says its numbers measure."""
    measure: str
    unit: str | None
    specific: bool = True  # False: only "a number under a named column"


_GENERIC = Reading("measurement", None, specific=False)


def read_header(header: str) -> Reading | None:
    """What the numbers under ``header`` measure; None for label columns."""
    h = " ".join(header.lower().replace("’", "'").split())
    if not h:
        return _GENERIC
    if h.rstrip(".") in _LABELS:
        return None
    if _P.match(h):
        return Reading("effect_size/statistic", "p_value")
    if _SAMPLE.fullmatch(h) or _SAMPLE.fullmatch(h.rsplit(",", 1)[-1].strip()):
        return Reading("sample_size", "subjects")
    words = _WORDS.findall(h)
    if "age" in words or "ages" in words:
        return Reading("age", "years")
    stat = _STATS.get(h) or _STATS.get(h.split(" (")[0].split(",")[0].strip())
    if stat:
        return Reading("effect_size/statistic", stat)
    if "fold" in h:
        return Reading("effect_size/statistic", "fold_change")
    if "%" in h or "percent" in words or "per cent" in h or "percentage" in words:
        return Reading("proportion", "percent")
    if h in W.TIMEPOINT_WORDS:
        return Reading("dose/exposure", W.TIMEPOINT_WORDS[h])
    if h in ("year", "years of publication", "publication year"):
        return Reading("date/metadata", "year")
    if "bmi" in words or "body mass index" in h:
        return Reading("measurement", "kg/m2")
    unit = _UNIT_PART.search(_SUMMARY.sub("", h))  # "CRP, mg/L, median (range)": the unit
    surface = unit.group(1) if unit else (words[-1] if words else "")
    if unit and surface in _COUNT_PARTS:
        return Reading("count", None)
    if surface in _CURRENCY_HEADS:  # "Award (£)": amounts of money, counted as prose counts them
        return Reading("count", _CURRENCY_HEADS[surface])
    known = W.UNIT_SURFACES.get(surface)
    if known:
        norm, kind = known
        if kind == "percent":
            return Reading("proportion", norm)
        if kind in ("score", "measure"):
            return Reading("measurement", norm)
        return Reading("dose/exposure", norm)
    rate = _RATE_PART.fullmatch(surface)
    if rate:  # "Breathing rate at rest, breaths/min": a count per period, as prose reads "N breaths/minute"
        return Reading("dose/exposure", f"{rate['what']}/{_PERIODS[rate['per']]}")
    if _SCALE.search(h) or "score" in words or "points" in words:
        return Reading("measurement", "points")
    return _GENERIC


def _reading(cell: Cell) -> Reading | None:
    """The column header's reading, else the row label's; a number in the first column needs
    a header that says what it is (it is a row number more often)."""
    head = read_header(cell.header)
    if cell.column == 0:
        return head if head is not None and head.specific else None
    if head is not None and head.specific:
        if cell.row_label and _TIME_POINT_HEAD.fullmatch(cell.header.strip()):
            label = read_header(cell.row_label)  # "8 weeks" over "Step-ups (number)"
            if label is not None and label.specific:
                return label
        return head
    if not cell.row_label:
        return head
    label = read_header(cell.row_label)
    if label is None:
        return None  # a row of labels ("| # | 1 | 2 |")
    return label if label.specific else head


def _people_of_studies(cell: Cell, content: str) -> list[Quantity]:
    """The bracketed participant count of a "19 cohorts (687,412)" cell, when the header says
    the brackets hold people; the prose scanner already reads the studies' count."""
    m = _STUDIES_THEN_PEOPLE.fullmatch(content)
    if m is None or not _PEOPLE_IN_BRACKETS.search(cell.header.lower()):
        return []
    start = cell.start + cell.text.index(content) + m.start("n")
    n = float(m["n"].replace(",", ""))
    return [Quantity(start, start + len(m["n"]), n, None, None, "subjects", None, "sample_size")]


#: "58, aged 68 to 81", "212 (mean age 71)": a count that a description of the people follows.
_LEAD_COUNT = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?=[ \t]*[,;][ \t]+[^\W\d]|[ \t]+\([ \t]*[^\W\d])")


def _described_count(cell: Cell, content: str) -> list[Quantity]:
    """The leading whole number of a cell under a sample-size header ("Participants") that
    goes on to describe the people: the scanner reads the description ("aged 68 to 81"), the
    number is the sample size."""
    m = _LEAD_COUNT.match(content)
    if m is None:
        return []
    reading = _reading(cell)
    if reading is None or reading.measure != "sample_size":
        return []
    start = cell.start + cell.text.index(content)
    n = float(m["n"].replace(",", ""))
    return [Quantity(start, start + m.end("n"), n, None, None, reading.unit or "subjects", None,
                     "sample_size")]


#: One number of a cell holding several, or one with a word: "mean 71.2", "12 women", "60–69".
_PART = re.compile(
    rf"(?:(?:mean|median|average|approx\.?|about|~)[ \t]+)?(?P<body>(?:{_NUM})(?:[ \t]*[-–—‑][ \t]*(?:{_NUM}))?%?)"
    rf"(?P<plus>\+)?(?:[ \t]+(?P<word>[A-Za-z]+)(?![\w.]))?"
)
#: What may stand between the parts: brackets, "+", "vs.", "and", slashes, commas.
_BETWEEN = re.compile(r"[ \t()\[\],;/+]*(?:(?:vs\.?|versus|and|or)[ \t()\[\],;/+]*)?")
_NOT_GROUP_WORDS = {"vs", "versus", "and", "or", "to", "mean", "median", "average", "about"}


def _several(cell: Cell, content: str) -> list[Quantity]:
    """A cell holding more than one bare number, or one with a word, under a header that says
    what they measure: "12 women + 9 men" under "n", "mean 71.2" or "60–69 vs. 20–29" under
    "Age". Each part is read as a cell of its own would be; a word after a number is allowed
    only under a sample-size header, where it names the group counted (not a unit: the scanner
    reads "12 weeks"), and a bound written "70+" stays the scanner's."""
    if not any(c.isalpha() or c in "+/;," for c in content):
        return []
    reading = _reading(cell)
    if reading is None or not reading.specific:
        return []
    parts, pos = [], 0
    for m in _PART.finditer(content):
        if not _BETWEEN.fullmatch(content, pos, m.start()):
            return []
        word = m["word"]
        if word and (reading.measure != "sample_size" or not word.islower()
                     or word in _NOT_GROUP_WORDS or word in W.UNIT_SURFACES):
            return []  # only a count names its group ("12 women"), in lower case ("38 RCTs")
        parts.append(m)
        pos = m.end()
    if not parts or not _BETWEEN.fullmatch(content, pos) or (
            len(parts) == 1 and parts[0].start("body") == 0 and not parts[0]["word"]):
        return []
    offset = cell.start + cell.text.index(content)
    rows: list[Quantity] = []
    for m in parts:
        if m["plus"]:
            continue
        start = offset + m.start("body")
        rows.extend(cell_quantities(Cell(start, start + len(m["body"]), m["body"], cell.row,
                                         cell.column, cell.header, cell.row_label)))
    return rows


def _value(token: str, sign: str | None) -> float:
    v = float(token.replace(",", ""))
    return -v if sign in ("-", "−", "–") else v


#: A caption line right above a table, its measure and unit in brackets before a colon:
#: "Median time by group (minutes):", "How they scored (mean score, points):".
_CAPTION = re.compile(r"\((?P<what>[^()\n]{1,40})\)[ \t]*:[ \t]*\n(?:[ \t]*\n)?$")


def caption_reading(text: str, table_start: int) -> Reading | None:
    """What the caption line just above a table (at most one blank line between) says every
    number in it measures, when its bracket names a unit: the cells of a plain-text table
    under headers that only name groups ("GIRLS   BOYS") read with it."""
    m = _CAPTION.search(text, max(0, table_start - 60), table_start)
    if m is None:
        return None
    reading = read_header(m.group("what"))
    return reading if reading is not None and reading.specific and reading.unit else None


def cell_quantities(cell: Cell, strict: bool = False, caption: Reading | None = None) -> list[Quantity]:
    """The rows one body cell states (none for text, dashes, or a label column). ``strict``
    (a tab-separated table, which has no delimiter line to prove it is one): only under a
    header or row label that says what the number measures."""
    content = cell.text.strip(_EMPHASIS)
    m = _CELL.fullmatch(content)
    if m is None:
        return _people_of_studies(cell, content) or _described_count(cell, content) \
            or _several(cell, content)
    labels = cell.header + cell.row_label
    spread = _SPREAD.search(labels.lower()) if m.group("share") is not None and not m.group("spct") else None
    if m.group("share") is not None and not m.group("spct") and "%" not in labels and spread is None \
            and "." not in m.group("v"):
        return []  # "29 (60)" is a count and its share only under "n (%)"
    reading = _reading(cell)
    if caption is not None and cell.column != 0 and reading is not None and not reading.specific:
        reading = caption  # "GIRLS   BOYS" under "(median time, seconds):": seconds
    if reading is None or ((strict or m.group("aside")) and not reading.specific):
        return []
    offset = cell.start + cell.text.index(content)
    measure, unit = reading.measure, reading.unit
    if m.group("pct") and unit != "percent":
        measure, unit = "proportion", "percent"
    v = _value(m.group("v"), m.group("sign"))
    cmp_ = {"<": "<", ">": ">", "<=": "<=", ">=": ">=", "≤": "<=", "≥": ">=", "~": "~", "≈": "~"}.get(
        m.group("cmp") or "")
    if cmp_ in ("<", ">", "<=", ">=") and measure in ("dose/exposure", "measurement"):
        measure = "threshold/criterion"
    if measure == "date/metadata" and not (v.is_integer() and 1800 <= v <= 2100):
        return []
    if measure in ("sample_size", "dose/exposure") and unit in ("subjects", "day", "week", "month") \
            and not v.is_integer():
        return []
    start = offset + m.start()
    rows: list[Quantity] = []
    if m.group("hi") is not None:
        hi = float(m.group("hi").replace(",", ""))
        if hi <= v or m.group("sign"):
            return []
        return [Quantity(start, offset + m.end(), None, v, hi, unit, cmp_, measure)]
    main = Quantity(start, offset + m.end("pct") if m.group("pct") else offset + m.end("v"), v, None,
                    None, unit, cmp_, measure)
    rows.append(main)
    if m.group("sd") is not None:
        rows.append(Quantity(offset + m.start("pm"), offset + m.end("sd"), float(m.group("sd")), None,
                             None, "standard_deviation", None, "effect_size/statistic"))
    elif m.group("a") is not None:
        a, b = (float(m.group(k).replace("−", "-").replace(",", "")) for k in ("a", "b"))
        if a <= v <= b:
            main.low, main.high, main.end = a, b, offset + m.end()
    elif m.group("share") is not None and (spread is not None or ("%" not in labels and "." in m.group("v"))):
        # "72.4 (5.1)" under "mean (SD)": a mean and its spread; a decimal is no count, so
        # its bracket is a spread too, named only where the table says which
        if spread is not None:
            rows.append(Quantity(offset + m.start("share"), offset + m.end("share"),
                                 float(m.group("share").replace(",", "")), None, None,
                                 _SPREADS[spread.group(1)], None, "effect_size/statistic"))
    elif m.group("share") is not None:
        rows.append(Quantity(offset + m.start("share"), offset + m.end("spct" if m.group("spct") else "share"),
                             float(m.group("share").replace(",", "")), None, None, "percent", None,
                             "proportion"))
    return rows


_BARE_COUNT = re.compile(rf"(?:\*\*|__)(?P<v>{_NUM})(?:\*\*|__)")


def _stat_box(cell: Cell, beside: Cell | None) -> list[Quantity]:
    """"| **240** | volunteers enrolled so far |": a headless two-column "by the numbers" box,
    a bold number in the first column that the text beside it describes. A row number is
    not set in bold, so the bold and the empty header make it a count."""
    if cell.column != 0 or cell.header.strip() or beside is None or not beside.text[:1].isalpha():
        return []
    m = _BARE_COUNT.fullmatch(cell.text)
    if m is None:
        return []
    start = cell.start + m.start("v")
    return [Quantity(start, cell.start + m.end("v"), float(m["v"].replace(",", "")), None, None, None,
                     None, "count")]


def with_table_cells(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (the prose scanner's rows) without numbers in table headers, plus the numeric
    cells no row covers, in reading order."""
    tables = markdown_tables(text) if "|" in text else []
    if "\t" in text:
        tables = sorted(tables + tab_tables(text), key=lambda t: t.start)
    if "   " in text:
        tables = sorted(tables + space_tables(text), key=lambda t: t.start)
    if has_number_line(text):
        tables = sorted(tables + line_tables(text), key=lambda t: t.start)
    if not tables:
        return found
    heads = [t.start for t in tables]
    kept = []
    for q in found:  # tables and rows are both in reading order: one bisect per row
        i = bisect.bisect_right(heads, q.start) - 1
        if i < 0 or q.start >= tables[i].header_end or _HEAD_N.match(text, q.start, q.end) \
                or _head_fact(text, q) or _head_sentence(text, q):
            kept.append(q)  # "| RT (n = 68) |": a group's size, not a column name
    ends = [q.end for q in kept]  # rows never overlap, so their ends are sorted too
    replaced: set[int] = set()
    extra: list[Quantity] = []
    for table in tables:
        beside = {c.row: c for c in table.cells if c.column == 1} if table.kind == "pipe" else {}
        caption = caption_reading(text, table.start) if table.kind != "pipe" else None
        for cell in table.cells:
            rows = cell_quantities(cell, strict=table.kind != "pipe", caption=caption)
            if not rows and beside:
                rows = _stat_box(cell, beside.get(cell.row))
            if not rows:
                continue
            # A cell that is only a number (`−3.5%`, `20 (59%)`) is read whole: its column
            # says more than the prose scanner, which sees no sign or header. Rows reaching
            # out of the cell stay, and the cell is then left to them.
            inside = []
            i = bisect.bisect_right(ends, cell.start)
            while i < len(kept) and kept[i].start < cell.end:
                inside.append(i)
                i += 1
            if any(kept[i].start < cell.start or kept[i].end > cell.end for i in inside):
                continue
            # "1247 (19 RCTs)": the cell gives the number, the scanner its bracketed count
            replaced.update(i for i in inside
                            if any(kept[i].start < r.end and r.start < kept[i].end for r in rows))
            extra.extend(rows)
    if not extra:
        return kept
    kept = [q for i, q in enumerate(kept) if i not in replaced]
    return sorted(kept + extra, key=lambda q: q.start)
