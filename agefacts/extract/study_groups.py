"""Study groups: the cohorts and arms a study describes, built on the sample sizes and ages found
by the quantity scanner.

Three generic shapes, each tied to its evidence span:
- a counted population: "24 young adults", "a cohort of 80,000 nurses", optionally followed by
  its age range ("(70–85)", "aged 60 to 75") or a defining phrase ("who ...", "with ...");
- a labelled size: "- Sprinters: definition (n=12)", "participants aged 60-75 (n = 40)",
  "the control group (n = 18)"; arms listed under an introducing line that ends with ":" inherit
  the age range of the group they were split from (the one whose size equals their sum, else
  the last group of that line with an age range);
- a subgroup counted by its age: "48 men (24 aged 20–30 and 24 aged 70–85)" gives two groups of
  men (the nearest counted population before it in the sentence names them);
- a contrast without numbers: "young and old women", "young and aged mice" (n is null).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agefacts import EXTRACTOR_VERSION
from agefacts.extract import quantity_words as W
from agefacts.extract.captions import without_cues
from agefacts.extract.quantities import scan_quantities
from agefacts.extract.quantity_patterns import _rx
from agefacts.extract.quantity_text import lower_same_length, lowered_document
from agefacts.ids import stable_id


@dataclass
class Group:
    label: str
    n: int | None
    start: int
    end: int
    age_min: float | None = None
    age_max: float | None = None
    species: str | None = None
    definition: str | None = None
    #: Arms listed as bullets under an introducing line (start of that line), for inheritance.
    intro_line: int | None = None
    members: list[int] = field(default_factory=list)
    #: A part of a group counted before it in the sentence ("24 aged 70–85" of "48 men").
    subgroup: bool = False


@dataclass
class _Q:
    """The parts of a quantity row study groups need."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    comparator: str | None
    measure: str
    noun: str | None
    unit: str | None = "years"


_LEAD_WORDS = {
    "the", "a", "an", "our", "their", "these", "those", "this", "that", "in", "of", "for", "with",
    "among", "including", "included", "and", "or", "vs", "vs.", "versus", "to", "from", "both",
    "all", "each", "into", "between", "while", "whereas", "compared", "than", "were", "was",
}
_DELIMS = re.compile(r"[,;:()\[\]]|(?<=[.!?])\s|\s(?:and|or|vs\.?|versus|while|whereas)\s")
#: Words that end a group's name when reading backwards from its size ("split into | the control
#: group (n = 18)").
_NAME_STOPS = {
    "into", "were", "was", "are", "is", "be", "been", "split", "randomised", "randomized",
    "assigned", "allocated", "divided", "included", "enrolled", "recruited", "comprised",
    "comprising", "consisting", "on", "at", "by", "as", "to", "per",
}
_COHORT_BEFORE = _rx(r"(?<![a-z])an?_S_+(?:cohort|group|sample|total|population)_S_+of_S_+$")
_DEFINING = _rx(r"(?:,_S_*|_S_+)(?=(?:who|with|without|aged|that|recruited|from|living)(?![a-z]))")
#: A definition ends at punctuation, a dash aside ("who agreed to a biopsy — and they ..."), or
#: the verb of the sentence it opens.
_CLAUSE_END = re.compile(r"[,;:.)(\n—]|\s[–-]{1,2}\s|\s(?:was|were|is|are|had|have|has|did|showed|completed|performed)\s")
_WORD = re.compile(r"[^\s,;:()]+")
_TWO_WORDS = re.compile(r"\S+\s+\S+")
_AGE_GAP = _rx(r"[ \u00a0(,]*(?:(?:aged|age|ages|between_S_+the_S_+ages_S_+of|who_S_+were)_S_+)?$")
#: An arm named at the start of its line: "Sprinters: ...", "- **Walkers:** ...", and in a list
#: or in bold also with a spaced dash: "1. **Control** — a weekly balance class (n=47)".
_ARM_LABEL = _rx(
    r"[ \t>*•›\-–—]*(?P<num>\d{1,2}[.)]_S_+)?(?P<em>\*\*|__)?(?P<label>[A-Za-z][^:\n*—–]{0,60}?)"
    r"(?:(?P=em)?:(?P=em)?|(?P<dash>(?P=em)?_S_+[—–-](?P=em)?))_S_+"
)
_DEFINITION_WORDS = {"aged", "who", "with", "without", "that", "from"}
#: Heads that say nothing without their defining clause: "those who did yoga (n=31)" is named
#: by the whole phrase.
_PRONOUN_HEADS = {"those", "anyone", "everyone", "ones"}
_MARKUP = "*_`\"'“”‘’"
_N_EQUALS = re.compile(r"(?<![A-Za-z0-9])[nN]\s*=")
_BULLET = re.compile(r"[ \t]*(?:[-*•›–—]|\d{1,2}[.)])\s")
_CONJ = _rx(r"_S_(?:and|or|vs\.?|versus)_S_")
_ADJ_BEFORE = _rx(r"(?<![a-z])(?P<a>{{adj}})$", adj=W.GROUP_ADJECTIVES)
_ADJ_NOUN_AFTER = _rx(
    r"(?P<b>{{adj}})_S_+(?:(?P<mod>[a-z][a-z-]*)_S_+)?(?P<noun>{{pop}})(?![a-z])",
    adj=W.GROUP_ADJECTIVES, pop=W.POPULATION_NOUNS,
)
_NUMBER_TOKEN = _rx(r"(?:\d[\d,.]*(?:_S_*(?:million|billion|thousand))?|{{w}})\+?_S_+",
                    w=set(W.UNITS) | set(W.TENS) | {"dozen", "hundred", "thousand"})


def _noun_phrase(qtext: str) -> str | None:
    """"24 young adults" -> "young adults"; None when the row names no noun (``n=12``)."""
    if "-->" in qtext:  # a caption's count and noun in two cues
        qtext = without_cues(qtext)
    low = lower_same_length(qtext)
    last = None
    for m in _NUMBER_TOKEN.finditer(low):
        last = m
    if last is None:
        return None
    phrase = qtext[last.end():].strip()
    words = phrase.split()
    return phrase if words and words[-1].lower() in W.POPULATION_NOUNS else None


#: The counted noun right after an age modifier, with up to two words before it ("24-month-old
#: male C57BL/6 mice").
_POP_AFTER = _rx(r"_S_+(?:[a-z0-9/-]+_S_+){0,2}?(?P<noun>{{pop}})(?![a-z])", pop=W.POPULATION_NOUNS)
_POP_AHEAD = _rx(r"[^\n.;:]{0,80}?(?<![a-z])(?P<noun>{{pop}})(?![a-z])", pop=W.POPULATION_NOUNS)


def _adjective_group(text: str, qtext: str, end: int) -> str | None:
    """"54 young (20–32) and 58 older (67–81) volunteers": a count named by a group adjective
    is of the population noun the list ends with ("young volunteers")."""
    words = qtext.split()
    if len(words) != 2 or words[-1].lower() not in W.GROUP_ADJECTIVES:
        return None
    m = _POP_AHEAD.match(lower_same_length(text[end : end + 100]))
    return f"{words[-1]} {m.group('noun')}" if m else None


def _as_quantities(text: str, rows: list[dict[str, Any]] | None) -> list[_Q]:
    if rows is None:
        return [_Q(q.start, q.end, q.value, q.low, q.high, q.comparator, q.measure,
                   q.noun or (_adjective_group(text, text[q.start : q.end], q.end)
                              if q.measure == "sample_size" else None), q.unit)
                for q in scan_quantities(text)]
    out = []
    for r in rows:
        noun = (_noun_phrase(r["text"]) or _adjective_group(text, r["text"], r["char_end"])) \
            if r["measure"] == "sample_size" else None
        out.append(_Q(r["char_start"], r["char_end"], r["value"], r["low"], r["high"],
                      r["comparator"], r["measure"], noun, r.get("unit")))
    return sorted(out, key=lambda q: q.start)


def _names_a_group(label: str) -> bool:
    """"control group", "HIIT", "Arm B" name groups; "Eleven trials", "date", "WHAT THEY DID",
    "a truck through lol." do not."""
    words = label.split()
    if not words or label[-1] in ".!?" or (len(words) > 1 and label.isupper()):
        return False
    return words[-1].lower().strip("\"'’”") not in W.NOT_GROUP_NOUNS


def _species(label: str) -> str | None:
    words = label.lower().split()
    return W.POPULATION_NOUNS.get(words[-1]) if words else None


#: Years in an age unit: the table's ages are in years; animals' are often in months.
_YEARS_PER = {"years": 1.0, "months": 1 / 12, "weeks": 7 / 365.25, "days": 1 / 365.25}


def _ages(q: _Q) -> tuple[float | None, float | None]:
    """(age_min, age_max) in years ("24-month-old mice": 2.0, 2.0)."""
    per = _YEARS_PER.get(q.unit or "years", 1.0)

    def years(v: float | None) -> float | None:
        return None if v is None else round(v * per, 3) if per != 1.0 else v

    if q.low is not None:
        return years(q.low), years(q.high)
    if q.comparator in (">", ">="):
        return years(q.value), None
    if q.comparator in ("<", "<="):
        return None, years(q.value)
    return years(q.value), years(q.value)


class _Builder:
    def __init__(self, text: str, quantities: list[_Q]) -> None:
        self.text = text
        self.low = lowered_document(text)
        self.qs = quantities
        self.ages = [q for q in quantities if q.measure == "age"]
        self.groups: list[Group] = []

    def line_bounds(self, pos: int) -> tuple[int, int]:
        ls = self.text.rfind("\n", 0, pos) + 1
        le = self.text.find("\n", pos)
        return ls, len(self.text) if le < 0 else le

    def age_after(self, pos: int, limit: int = 24) -> _Q | None:
        for a in self.ages:
            if pos <= a.start <= pos + limit and _AGE_GAP.match(self.low, pos, a.start):
                return a
        return None

    def ages_within(self, start: int, end: int) -> _Q | None:
        return next((a for a in self.ages if start <= a.start and a.end <= end), None)

    def counted(self, q: _Q) -> None:
        """"24 young adults (70–85)", "a cohort of 80,000 nurses who ..."."""
        if q.value is None or q.noun is None:
            return
        start, end = q.start, q.end
        before = _COHORT_BEFORE.search(self.low, max(0, start - 30), start)
        if before:
            start = before.start()
        g = Group(q.noun, int(q.value), start, end, species=_species(q.noun))
        age = self.age_after(q.end)
        if age:
            g.age_min, g.age_max = _ages(age)
            g.end = age.end
            gap = self.text[q.end : age.start]
            if "(" in gap and ")" not in gap and self.text[age.end : age.end + 1] == ")":
                g.end = age.end + 1
        d = _DEFINING.match(self.low, g.end)
        if d:
            skip = _TWO_WORDS.match(self.low, d.end())
            stop = _CLAUSE_END.search(self.low, skip.end() if skip else d.end())
            dend = stop.start() if stop else self.line_bounds(d.end())[1]
            if dend > d.end():
                g.definition = self.text[d.end() : dend].strip()
                g.end = d.end() + len(self.text[d.end() : dend].rstrip())
                inner = self.ages_within(d.end(), g.end)
                if inner and g.age_min is None and g.age_max is None:
                    g.age_min, g.age_max = _ages(inner)
        self.groups.append(g)

    def aged_count(self, q: _Q) -> bool:
        """"30 24-month-old mice": a count right before an age-modified group; the group is
        named by the age and its noun ("24-month-old mice") and takes that age."""
        age = self.age_after(q.end, limit=2)
        if q.value is None or age is None or self.text[q.end : age.start].strip(" \u00a0"):
            return False
        m = _POP_AFTER.match(self.low, age.end)
        if m is None:
            return False
        label = self.text[age.start : m.end()]
        g = Group(label, int(q.value), q.start, m.end(), species=W.POPULATION_NOUNS[m.group("noun")])
        g.age_min, g.age_max = _ages(age)
        self.groups.append(g)
        return True

    def subgroup(self, q: _Q) -> bool:
        """"24 aged 70–85" after "48 men (": a bare count defined by the age right after it."""
        age = self.age_after(q.end, limit=12)
        if q.value is None or age is None:
            return False
        sentence_start = max(self.text.rfind(". ", 0, q.start), self.line_bounds(q.start)[0])
        parent = next((g for g in reversed(self.groups) if sentence_start <= g.start < q.start
                       and g.n is not None and not g.subgroup), None)
        age_text = self.text[q.end : age.end].strip()
        label = f"{parent.label} {age_text}" if parent else age_text
        g = Group(label, int(q.value), q.start, age.end, species=parent.species if parent else None,
                  subgroup=True)
        g.age_min, g.age_max = _ages(age)
        self.groups.append(g)
        return True

    def labelled(self, q: _Q) -> None:
        """"Sprinters: definition (n=12)", "participants aged 60-75 (n = 40)"."""
        if q.value is None:
            return
        text = self.text
        ls, _ = self.line_bounds(q.start)
        if text[ls : q.start].lstrip().startswith("|"):
            self.table_arm(q, ls)
            return
        if not _N_EQUALS.match(text, q.start):
            return  # a bare count ("412 were randomised") names no group
        open_paren = text.rfind("(", ls, q.start)
        anchor = open_paren if open_paren >= 0 and not text[open_paren + 1 : q.start].strip() else q.start
        end = q.end + 1 if text[q.end : q.end + 1] == ")" and anchor < q.start else q.end
        if anchor == q.start:  # ", n = 40"
            anchor = q.start
            while anchor > ls and text[anchor - 1] in " ,\u00a0":
                anchor -= 1
        arm = _ARM_LABEL.match(text, ls)
        if arm and arm.group("dash") and not (arm.group("num") or arm.group("em")
                                               or _BULLET.match(text, ls)):
            arm = None  # "Results - the control group (n = 20)": a dash in prose names nothing
        if arm and (arm.end() > anchor or len(arm.group("label").split()) > 6
                    or arm.group("label").strip().lower() in W.ABSTRACT_SECTIONS
                    or not _names_a_group(arm.group("label").strip())
                    or len(_N_EQUALS.findall(text, ls, self.line_bounds(q.start)[1])) > 1):
            arm = None
        if arm:
            label = arm.group("label").strip()
            definition = text[arm.end() : anchor].strip(" ,;\u00a0") or None
            if definition and definition.lower().startswith(("a ", "an ", "the ")):
                definition = definition.split(None, 1)[1]  # "Control — a weekly class"
            g = Group(label, int(q.value), arm.start("label"), end, definition=definition,
                      species=_species(label))
            if _BULLET.match(text, ls):
                g.intro_line = self.intro_line(ls)
        else:
            seg_start = ls
            for m in _DELIMS.finditer(text, ls, anchor):
                seg_start = m.end()
            words = list(_WORD.finditer(text, seg_start, anchor))
            label_words: list[re.Match[str]] = []
            definition = None
            defined: list[re.Match[str]] = []
            for word in reversed(words):
                w = word.group().lower().strip(_MARKUP)
                if w in _DEFINITION_WORDS and definition is None and label_words:
                    # what was read so far defines the group: "participants | aged 60-75"
                    definition = text[word.start() : label_words[-1].end()]
                    defined = [word, label_words[-1]]
                    label_words = []
                    continue
                if w in _PRONOUN_HEADS and defined and not label_words:
                    label_words = [word, defined[1]]  # "those who did yoga": the whole phrase
                    break
                if (w in _LEAD_WORDS or w in _NAME_STOPS or len(label_words) == 5
                        or not any(c.isalnum() for c in w)):
                    break  # a bullet ("-") or a lone mark ends the name too
                label_words.insert(0, word)
            if not label_words:
                return
            pstart = label_words[0].start()
            lend = label_words[-1].end()
            while pstart < lend and text[pstart] in _MARKUP:  # "**Control group** (n = 20)"
                pstart += 1
            while lend > pstart and text[lend - 1] in _MARKUP:
                lend -= 1
            label = text[pstart:lend]
            if any(c.isdigit() for c in label) or not _names_a_group(label):
                return
            g = Group(label, int(q.value), pstart, end, definition=definition,
                      species=_species(label))
        age = self.ages_within(g.start, g.end)
        if age:
            g.age_min, g.age_max = _ages(age)
        self.groups.append(g)

    def table_arm(self, q: _Q, ls: int) -> None:
        """A size in a markdown table row: the row's first cell names the arm."""
        row = self.text[ls : q.start]
        first = next((c for c in row.split("|") if c.strip()), "")
        label = first.strip()
        if not label or first is row.split("|")[-1] or not _names_a_group(label):
            return  # the size is in the first cell: the row has no name
        start = ls + row.index(first) + (len(first) - len(first.lstrip()))
        self.groups.append(Group(label, int(q.value or 0), start, q.end, species=_species(label)))

    def intro_line(self, ls: int) -> int | None:
        """Start of the line that introduces a block of bullets (if it ends with ':')."""
        pos = ls
        while pos > 0:
            prev_start = self.text.rfind("\n", 0, pos - 1) + 1
            line = self.text[prev_start : pos - 1]
            if not line.strip():
                return None
            if not _BULLET.match(line):
                return prev_start if line.rstrip().endswith(":") else None
            pos = prev_start
        return None

    def contrasts(self) -> None:
        """"young and old women": two groups without numbers."""
        low = self.low
        for m in _CONJ.finditer(low):
            # the anchored test first: it fails at once after most "and"s
            b = _ADJ_NOUN_AFTER.match(low, m.end())
            if not b:
                continue
            a = _ADJ_BEFORE.search(low, max(0, m.start() - 20), m.start())
            if not a or b.group("b") == a.group("a"):
                continue
            mod = b.group("mod")
            if mod and mod in W.NOT_MODIFIERS:
                continue
            noun = self.text[b.start("noun") : b.end("noun")]
            tail = (self.text[b.start("mod") : b.end("mod")] + " " if mod else "") + noun
            for adj_span in ((a.start("a"), a.end("a")), (b.start("b"), b.end("b"))):
                label = f"{self.text[adj_span[0] : adj_span[1]]} {tail}"
                self.groups.append(Group(label, None, a.start("a"), b.end(),
                                         species=W.POPULATION_NOUNS[b.group("noun")]))

    def inherit(self) -> None:
        """Arms under an introducing line take the age range of the group they were split from."""
        by_intro: dict[int, list[Group]] = {}
        for g in self.groups:
            if g.intro_line is not None:
                by_intro.setdefault(g.intro_line, []).append(g)
        for intro, arms in by_intro.items():
            intro_end = self.text.find("\n", intro)
            parents = [g for g in self.groups if g.intro_line is None and intro <= g.start < intro_end]
            if not parents:
                continue
            total = sum(a.n or 0 for a in arms)
            parent = next((p for p in parents if p.n == total), None)
            if parent is None:
                aged = [p for p in parents if p.age_min is not None or p.age_max is not None]
                parent = aged[-1] if aged else None
            if parent is None:
                continue
            for arm in arms:
                if arm.age_min is None and arm.age_max is None:
                    arm.age_min, arm.age_max = parent.age_min, parent.age_max
                arm.species = arm.species or parent.species

    def build(self) -> list[Group]:
        for q in self.qs:
            if q.measure != "sample_size":
                continue
            if q.noun:
                self.counted(q)
            elif not self.aged_count(q) and not self.subgroup(q):
                self.labelled(q)
        self.contrasts()
        self.inherit()
        out: list[Group] = []
        seen: set[tuple[str, int | None, int]] = set()
        for g in sorted(self.groups, key=lambda g: (g.start, g.end)):
            key = (g.label.lower(), g.n, g.start)
            if key in seen:
                continue
            seen.add(key)
            out.append(g)
        return out


def scan_study_groups(text: str, quantities: list[dict[str, Any]] | None = None) -> list[Group]:
    return _Builder(text, _as_quantities(text, quantities)).build()


def extract_study_groups(
    doc_id: str, text: str, quantities: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Rows of the ``study_groups`` table. Pass the document's quantity rows to avoid a rescan."""
    rows = []
    for g in scan_study_groups(text, quantities):
        rows.append({
            "group_id": stable_id("g", doc_id, g.start, g.end, g.label),
            "doc_id": doc_id,
            "label": g.label,
            "n": g.n,
            "age_min": g.age_min,
            "age_max": g.age_max,
            "species": g.species,
            "definition": g.definition,
            "char_start": g.start,
            "char_end": g.end,
            "text": text[g.start : g.end],
            "status": "extracted",
            "extractor_version": EXTRACTOR_VERSION,
            "vocabularies": "",
        })
    return rows


__all__ = ["Group", "extract_study_groups", "scan_study_groups"]
