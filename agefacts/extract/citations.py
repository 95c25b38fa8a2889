"""Citations of one document: reference-list entries, "Source:" lines and loose DOIs, each linked
to the sentences whose in-text markers cite it.

Popular-science articles cite in a few recurring shapes: a numbered list at the end whose markers
are superscripts (``¹``, ``^{2,3}``) or brackets, an unnumbered author-year list, a single
"Source: Authors. "Title." Journal (year). doi.org/…" line, or a bare DOI in running text. Entry
text that is a markdown link (``[Journal Volume 16 \\(2025\\)](#)``) keeps its exact characters in
``text`` (offsets index the document); the fields are parsed from the unescaped form.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass
from typing import Any

from agefacts import EXTRACTOR_VERSION
from agefacts.extract.dois import find_dois
from agefacts.extract.journals import journal_words
from agefacts.extract.refparse import ParsedReference, parse_reference
from agefacts.ids import stable_id

Row = dict[str, Any]

_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_DIGITS = {ch: str(i) for i, ch in enumerate(_SUP)}
_SUP_PLAIN = str.maketrans({**_SUP_DIGITS, "⁻": "-"})
_LIST_COMMA = re.compile(r"\s*,\s*")
_NUM_RANGE = re.compile(r"(\d+)\s*[–\-]\s*(\d+)")
_NUMLIST = r"\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*"
# "[x][x]*", not "[x]+": a pattern opening with a class (not a repeat) gets the engine's
# first-character skip, so ``_IN_SUP.finditer`` steps only to superscript digits (same matches)
_SUPLIST = rf"[{_SUP}][{_SUP}]*(?:\s?[,⁻]\s?[{_SUP}]+)*"

_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:sources?(?:\s+and\s+references?)?|references?"
    r"(?:\s+and\s+(?:sources?|notes|further reading))?|bibliography|works\s+cited|"
    r"literature(?:\s+cited)?|citations?|cited\s+(?:works|studies|literature)|"
    r"notes(?:\s+and\s+references)?|studies\s+cited|further\s+reading|"
    r"(?:journal|study|primary|scientific)\s+(?:references?|sources?))\s*:?\s*(?:\*\*|__)?\s*$",
    re.I,
)
_ENTRY = re.compile(
    rf"^(?P<indent>\s*(?:[-*•›]\s+)?)(?:\^\{{\s*(?P<caret>{_NUMLIST})\s*\}}|(?P<sup>{_SUPLIST})"
    rf"|\[\^(?P<foot>\d{{1,3}})\]:|\[(?P<bracket>{_NUMLIST})\](?!\()|(?P<num>\d{{1,3}})[.)](?=\s))"
    rf"\s*(?P<body>\S.*?)\s*$"
)
_BULLET = re.compile(r"^(?P<indent>\s*[-*•›]\s+)(?P<body>\S.*?)\s*$")
_SOURCE_LINE = re.compile(
    r"^\s*(?:[-*]\s+)?(?:\*\*|__)?(?:sources?|references?|study|paper|citation|original\s+"
    r"(?:study|paper|article|research)|journal\s+reference|research)(?:\*\*|__)?\s*[:：]\s*"
    r"(?:\*\*|__)?\s*(?P<body>\S.*?)\s*$",
    re.I,
)
_MD_LINK = re.compile(r"^\[(?P<label>.+)\]\((?P<url>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)\s*$")

_IN_CARET = re.compile(rf"\^\{{\s*(?P<nums>{_NUMLIST})\s*\}}")
_IN_SUP = re.compile(rf"(?P<nums>{_SUPLIST})")
_IN_BRACKET = re.compile(rf"\[(?P<nums>{_NUMLIST})\](?!\()")
_IN_FOOTNOTE = re.compile(r"\[\^(?P<nums>\d{1,3})\](?!:)")  # markdown footnote "[^2]"
_IN_AUTHOR_YEAR = re.compile(
    r"\((?P<body>[^()]*?\b(?:1[89]|20)\d{2}[a-z]?)\)"
    r"|(?P<name>[A-Z][\w'’\-]+)(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’\-]+)?\s+"
    r"\((?P<year>(?:1[89]|20)\d{2})[a-z]?\)"
)
#: What every ``_IN_AUTHOR_YEAR`` match ends with: a year closing a bracket, "2020)", "2019a)".
_YEAR_CLOSE = re.compile(r"(?:1[89]|20)\d\d[a-z]?\)")
_AY_PART = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+)(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’\-]+)?,?\s+"
    r"(?P<year>(?:1[89]|20)\d{2})"
)

REASON_EXPLICIT = "DOI printed in the text"
REASON_NOT_LOOKED_UP = "no DOI in the text; not looked up yet"


@dataclass
class Reference:
    start: int
    end: int
    numbers: tuple[int, ...]
    marker: str | None
    parsed: ParsedReference
    doi_url: str | None = None
    loose: bool = False  # a DOI found outside any reference entry


def _expand(nums: str) -> tuple[int, ...]:
    """"1, 6" / "8-10" / "¹⁻³" to (1, 6) / (8, 9, 10) / (1, 2, 3)."""
    nums = nums.translate(_SUP_PLAIN)
    out: list[int] = []
    for part in _LIST_COMMA.split(nums.strip()):
        if m := _NUM_RANGE.fullmatch(part):
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo <= hi and hi - lo <= 50:
                out.extend(range(lo, hi + 1))
        elif part.isdigit():
            out.append(int(part))
    return tuple(out)


#: How a line that ``_HEADING``, ``_ENTRY`` or ``_SOURCE_LINE`` may match starts: after leading
#: spaces, a list bullet and bold marks, with anything but an ASCII letter, or the first two
#: letters of one of their words ("sources", "references", "study", ...; case-insensitive as
#: they are, so "ſo" is "so" too). Lines of prose and list items of prose ("The", "- In",
#: "- **Muscle**") start otherwise: outside a reference section, the scan jumps from one such
#: line to the next (``_NEXT_LISTABLE`` starts with the newline so the engine finds its
#: candidates at string-search speed).
_LISTABLE_START = (
    r"[^\S\n]*+(?:[-*•›][^\S\n]+)?+(?:(?:\*\*|__)[^\S\n]*+)?+"
    r"(?:[^\sA-Za-z]|(?i:so|re|bi|wo|li|ci|no|st|fu|jo|pr|sc|pa|or))"
)
_LISTABLE = re.compile(_LISTABLE_START)
_NEXT_LISTABLE = re.compile(rf"\n(?={_LISTABLE_START})")


def _next_listable(text: str, pos: int) -> int:
    """Start of the first line at or after the line start ``pos`` that may be listed, or -1."""
    if pos == 0 and _LISTABLE.match(text):
        return 0
    m = _NEXT_LISTABLE.search(text, max(0, pos - 1))
    return -1 if m is None else m.start() + 1


def _entry_span(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Span of an entry's citation text: the link label when the entry is a markdown link."""
    body = text[start:end]
    m = _MD_LINK.match(body)
    if m:
        return start + m.start("label"), start + m.end("label"), m.group("url")
    return start, end, None


def _has_venue(parsed: ParsedReference) -> bool:
    return bool(parsed.doi or parsed.volume or parsed.pages or parsed.authors or
                (parsed.year and (parsed.journal or parsed.title)))


def _names_work(parsed: ParsedReference) -> bool:
    return bool((parsed.doi or parsed.year) and (parsed.authors or parsed.journal)
                and (parsed.title or parsed.journal or parsed.volume))


def find_references(text: str) -> list[Reference]:
    """Reference-list entries (numbered anywhere, unnumbered under a references heading) and
    "Source:" lines that name a work."""
    refs: list[Reference] = []
    in_section = False
    blank_run = 0  # read in a section only, and a section starts with it at 0
    pos, n = 0, len(text)
    while pos <= n:
        if in_section:  # every line of a section is read
            start = pos
            listed = _LISTABLE.match(text, start) is not None
        else:  # elsewhere only lines that may open an entry, a heading or a "Source:" line
            start, listed = _next_listable(text, pos), True
            if start < 0:
                break
        end = text.find("\n", start)
        end = n if end < 0 else end
        line = text[start:end]
        pos = end + 1
        if not line.strip():
            blank_run += 1
            continue
        if listed and _HEADING.match(line):
            in_section, blank_run = True, 0
            continue
        m = _ENTRY.match(line) if listed else None
        if m and (m.group("caret") or m.group("sup") or in_section or m.group("bracket")
                  or m.group("foot")):
            nums_text = next(m.group(k) for k in ("caret", "sup", "foot", "bracket", "num")
                             if m.group(k))
            numbers = _expand(nums_text)
            s, e, url = _entry_span(text, start + m.start("body"), start + m.end("body"))
            parsed = parse_reference(text[s:e])
            if url and not parsed.doi and (d := find_dois(url)):
                parsed.doi = d[0].doi
            # a footnote is often an aside: it is a reference only when it dates or DOIs a work
            ok = _names_work(parsed) if m.group("foot") else in_section or _has_venue(parsed)
            if numbers and ok:
                refs.append(Reference(s, e, numbers, ",".join(map(str, numbers)), parsed, url))
                blank_run = 0
                continue
        if in_section:
            b = _BULLET.match(line)
            body_start = start + (b.start("body") if b else len(line) - len(line.lstrip()))
            body_end = start + len(line.rstrip())
            s, e, url = _entry_span(text, body_start, body_end)
            parsed = parse_reference(text[s:e])
            if url and not parsed.doi and (d := find_dois(url)):
                parsed.doi = d[0].doi
            if _has_venue(parsed):
                refs.append(Reference(s, e, (), None, parsed, url))
                blank_run = 0
                continue
            if blank_run >= 2 or len(line) > 300:
                in_section = False
        sm = _SOURCE_LINE.match(line) if listed else None
        if sm:
            s, e = start + sm.start("body"), start + sm.end("body")
            s, e, url = _entry_span(text, s, e)
            parsed = parse_reference(text[s:e])
            if url and not parsed.doi and (d := find_dois(url)):
                parsed.doi = d[0].doi
            if parsed.is_bibliographic and _has_venue(parsed):
                refs.append(Reference(s, e, (), None, parsed, url))
        blank_run = 0
    return refs


def _marker_allowed(text: str, start: int) -> bool:
    """A superscript digit cites only after punctuation or a real word, not in "m²" or "10⁻³"."""
    if start == 0:
        return False
    prev = text[start - 1]
    if prev.isdigit() or prev in "⁻^":
        return False
    if prev.isalpha():
        word = re.search(r"[A-Za-z]+$", text[max(0, start - 30) : start])
        return bool(word) and len(word.group(0)) >= 3
    return True


def _in_text_markers(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, tuple[int, ...]]]:
    """(offset, numbers) of every numeric in-text citation marker outside reference entries."""
    starts = [s for s, _ in skip]

    def skipped(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and skip[i][0] <= pos < skip[i][1]

    found = []
    # superscripts are rare: the scan for them starts at the first one (their character class
    # is slow to test at every position)
    first_sup = min((i for i in map(text.find, _SUP) if i >= 0), default=len(text))
    for pattern in (_IN_CARET, _IN_SUP, _IN_BRACKET, _IN_FOOTNOTE):
        for m in pattern.finditer(text, first_sup if pattern is _IN_SUP else 0):
            if skipped(m.start()):
                continue
            if pattern is _IN_SUP and not _marker_allowed(text, m.start()):
                continue
            found.append((m.start(), _expand(m.group("nums"))))
    return sorted(found)


def _surname(author: str) -> str:
    author = author.strip()
    if "," in author:
        return author.split(",")[0].strip().lower()
    parts = author.split()
    if len(parts) > 1 and re.fullmatch(r"[A-Z]{1,4}", parts[-1]):
        return " ".join(parts[:-1]).lower()  # Vancouver "Smith JA"
    return parts[-1].lower() if parts else ""


def _author_year_matches(text: str):
    """``_IN_AUTHOR_YEAR.finditer(text)``, searched only just before each year closing a bracket
    (``_YEAR_CLOSE``): the regex starts at any capital letter, too slow to try along the whole
    text. A match holds no bracket but its "(" (the last before the year) and its final ")",
    so it starts after the bracket before that "(" and each window holds one match at most."""
    for close in _YEAR_CLOSE.finditer(text):
        year = close.start()
        opening = max(text.rfind("(", 0, year), text.rfind(")", 0, year))
        if opening < 0 or text[opening] != "(":
            continue
        lo = max(text.rfind("(", 0, opening), text.rfind(")", 0, opening)) + 1
        m = _IN_AUTHOR_YEAR.search(text, lo, close.end())
        if m is not None:
            yield m


def _author_year_markers(text: str, refs: list[Reference], skip_line) -> list[tuple[int, int]]:
    """(offset, reference index) for "(Smith et al., 2020)" and "Smith et al. (2020)"."""
    index: dict[tuple[str, int], int] = {}
    for i, r in enumerate(refs):
        if r.parsed.authors and r.parsed.year:  # numbered lists are cited by name too
            index.setdefault((_surname(r.parsed.authors[0]), r.parsed.year), i)
    if not index:
        return []
    out = []
    for m in _author_year_matches(text):
        if skip_line(m.start()):
            continue
        parts = [m] if m.group("name") else list(_AY_PART.finditer(m.group("body")))
        for p in parts:
            key = (p.group("name").lower(), int(p.group("year")))
            if key in index:
                out.append((m.start(), index[key]))
    return out


class _SentenceIndex:
    """``_sentence_at`` by bisection when the sentences are in order and do not overlap (as
    ``sentence_rows`` makes them), so that many markers in a long document stay cheap. Then the
    last sentence starting at or before ``pos`` is the one that contains it or, failing that,
    the last one ending before it."""

    def __init__(self, sentences: list[Row]):
        self.sentences = sentences
        self.starts = [s["char_start"] for s in sentences]
        ends = [s["char_end"] for s in sentences]
        self.ordered = all(map(operator.le, self.starts, ends)) and all(
            map(operator.le, ends, self.starts[1:])
        )

    def at(self, pos: int) -> Row | None:
        if not self.ordered:
            return _sentence_at(self.sentences, pos)
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.sentences[i] if i >= 0 else None


def _sentence_at(sentences: list[Row], pos: int) -> Row | None:
    """The sentence containing ``pos``, else the last one ending before it on the same line."""
    best = None
    for s in sentences:
        if s["char_start"] <= pos < s["char_end"]:
            return s
        if s["char_end"] <= pos:
            best = s
    return best


def citation_row(doc_id: str, text: str, ref: Reference) -> Row:
    p = ref.parsed
    return {
        "citation_id": stable_id("cit", doc_id, ref.start, ref.end),
        "doc_id": doc_id,
        "marker": ref.marker,
        "char_start": ref.start,
        "char_end": ref.end,
        "text": text[ref.start : ref.end],
        "authors": "; ".join(p.authors) or None,
        "title": p.title,
        "journal": p.journal,
        "year": p.year,
        "volume": p.volume,
        "issue": p.issue,
        "pages": p.pages,
        "doi": p.doi,
        "resolution": "explicit" if p.doi else "unresolved",
        "resolution_score": 1.0 if p.doi else None,
        "reason": REASON_EXPLICIT if p.doi else REASON_NOT_LOOKED_UP,
        "status": "extracted",
        "extractor_version": EXTRACTOR_VERSION,
        "vocabularies": journal_words().version,
    }


_FIELDS = ("title", "journal", "year", "volume", "issue", "pages")
_VENUE_FIELDS = ("journal", "year", "volume", "issue", "pages")


def _venue_of_line(text: str, pos: int, doi: str) -> ParsedReference:
    """A loose DOI's fields, with the venue of its line when that line prints one in full
    (a PubMed record's "Aging Cell. 2024 Mar;23(3):e14012. doi: …"): journal, year and volume
    all present. Authors and title are left out: around a loose DOI they would be prose."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls : len(text) if le < 0 else le]
    out = ParsedReference(doi=doi)
    if len(line) <= 300:
        p = parse_reference(line)
        if p.doi == doi and p.journal and p.year and p.volume:
            for f in _VENUE_FIELDS:
                setattr(out, f, getattr(p, f))
    return out


def _merge_same_doi(refs: list[Reference]) -> tuple[list[Reference], list[int]]:
    """One printed work, one row: later mentions of a DOI already cited in the document (a
    record's header and its "DOI:" line, a link label and its URL) merge into the first, which
    keeps its span (so its id) and takes the fields it lacks from the others.

    Returns the kept references and, for each input reference, the index of the kept one it
    became, so that links found on the unmerged list point at an existing row."""
    first: dict[str, int] = {}
    kept: list[Reference] = []
    target: list[int] = []
    for r in refs:
        doi = r.parsed.doi
        if doi is None or doi not in first:
            if doi is not None:
                first[doi] = len(kept)
            target.append(len(kept))
            kept.append(r)
            continue
        target.append(first[doi])
        k = kept[first[doi]]
        richer = len(r.parsed.authors) > len(k.parsed.authors)
        if richer:
            k.parsed.authors = list(r.parsed.authors)
        for f in _FIELDS:
            if getattr(k.parsed, f) is None and getattr(r.parsed, f) is not None:
                setattr(k.parsed, f, getattr(r.parsed, f))
        if r.numbers:
            k.numbers = tuple(dict.fromkeys(k.numbers + r.numbers))
            k.marker = ",".join(map(str, k.numbers))
    return kept, target


def extract_citations(
    doc_id: str, text: str, sentences: list[Row]
) -> tuple[list[Row], list[Row]]:
    """``(citations rows, cites rows)`` for one document."""
    refs = find_references(text)
    # loose DOIs (in running text, or in a line that is not a parsed reference) are citations too
    for d in find_dois(text):
        holder = next((r for r in refs if r.start <= d.start < r.end), None)
        if holder is not None:
            doi = holder.parsed.doi
            if doi and d.doi != doi and d.doi.startswith(doi):
                holder.parsed.doi = d.doi  # the entry's line cut a DOI that a line break split
            if not doi or d.doi == doi or doi.startswith(d.doi) or d.doi.startswith(doi):
                continue
            # another work's DOI in the same entry ("Sources: A ... doi:X. See also: B ...
            # doi:Y"): a citation of its own, not dropped for the entry's first DOI
        refs.append(Reference(d.start, d.end, (), None, _venue_of_line(text, d.start, d.doi),
                              loose=True))
    refs.sort(key=lambda r: r.start)

    # whole lines holding reference entries are not citing sentences
    entry_lines: list[tuple[int, int]] = []
    for r in refs:
        if r.numbers or (r.marker is None and r.parsed.title is not None):
            ls = text.rfind("\n", 0, r.start) + 1
            le = text.find("\n", r.end)
            entry_lines.append((ls, len(text) if le < 0 else le))
    entry_lines.sort()

    def in_entry(pos: int) -> bool:
        return any(s <= pos < e for s, e in entry_lines)

    by_number: dict[int, int] = {}
    for i, r in enumerate(refs):
        for n in r.numbers:
            by_number.setdefault(n, i)

    links: list[tuple[int, int]] = []
    if by_number:
        for pos, numbers in _in_text_markers(text, entry_lines):
            links.extend((pos, by_number[n]) for n in numbers if n in by_number)
    links.extend(_author_year_markers(text, refs, in_entry))
    for i, r in enumerate(refs):  # a DOI written inside a sentence cites that work there
        loose = r.loose or (not r.numbers and r.parsed.title is None and r.parsed.journal is None)
        if loose and not in_entry(r.start):
            links.append((r.start, i))

    kept, target = _merge_same_doi(refs)
    links = [(pos, target[i]) for pos, i in links]
    rows = [citation_row(doc_id, text, r) for r in kept]
    cites: list[Row] = []
    seen: set[tuple[int, str]] = set()
    if not links:  # most documents: no sentence to look up
        return rows, cites
    index = _SentenceIndex(sentences)
    for pos, i in sorted(links):
        sentence = index.at(pos)
        if sentence is None:
            continue
        key = (sentence["sentence_id"], rows[i]["citation_id"])
        if key in seen:
            continue
        seen.add(key)
        cites.append(
            {"doc_id": doc_id, "sentence_id": sentence["sentence_id"], "citation_id": key[1]}
        )
    return rows, cites
