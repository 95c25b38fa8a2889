"""Header metadata (title, byline, publication date) read generically from an article's top.

Articles lay their headers out in many ways: labelled blocks ("Author" then a name on the next
line), inline labels ("By Jane Doe", "Analysis by [Name](#)"), bare date lines, markdown headings.
The rules below look only at the header region and prefer labelled values over guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

HEADER_LINES = 25
HEADER_CHARS = 2500
MAX_TITLE = 200

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})", re.I),
    re.compile(r"(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
]
_LABEL_AUTHOR = re.compile(r"^(?:authors?|by|written by|byline|words by)\s*:?\s*$", re.I)
_LABEL_DATE = re.compile(
    r"^(?:published|date|posted|updated|last updated|publication date)\s*(?:on)?\s*:?\s*$", re.I
)
_INLINE_AUTHOR = re.compile(
    r"^(?:(?:[A-Z][a-z]+ )?by|authors?:|written by:?|byline:)\s+(?P<name>.+)$", re.I
)
_INLINE_DATE = re.compile(
    r"^(?:published|date|posted|updated|last updated)\s*(?:on)?\s*:?\s+(?P<rest>.+)$", re.I
)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")


@dataclass(frozen=True)
class Header:
    title: str | None
    byline: str | None
    published: date | None


def parse_date(text: str) -> date | None:
    """The first full calendar date written in ``text`` (day, month and year), else None."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
            try:
                return date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
    return None


def _clean(value: str) -> str:
    value = _MD_LINK.sub(r"\1", value)
    value = value.strip().strip("*_ ").strip()
    return re.sub(r"\s+", " ", value)


def _header_lines(text: str) -> list[str]:
    lines = []
    for line in text[:HEADER_CHARS].split("\n"):
        if line.strip():
            lines.append(line.strip())
        if len(lines) >= HEADER_LINES:
            break
    return lines


def _is_date_line(line: str) -> bool:
    d = parse_date(line)
    return d is not None and len(line) <= 40


def _looks_like_title(line: str) -> bool:
    plain = _clean(line)
    if not (3 <= len(plain) <= MAX_TITLE):
        return False
    if plain.endswith((".", ":", ";", ",")) or _is_date_line(plain):
        return False
    return not (_LABEL_AUTHOR.match(plain) or _LABEL_DATE.match(plain) or _INLINE_AUTHOR.match(plain))


def extract_header(text: str, html_title: str | None = None) -> Header:
    lines = _header_lines(text)
    title = None
    headings = [_MD_HEADING.match(line) for line in lines]
    md_title = next((m.group(1) for m in headings if m), None)
    if md_title:
        title = _clean(md_title)
    elif lines and _looks_like_title(lines[0]):
        title = _clean(lines[0])
    elif html_title:
        title = _clean(html_title)

    byline = None
    published = None
    for i, line in enumerate(lines):
        plain = _clean(line)
        nxt = _clean(lines[i + 1]) if i + 1 < len(lines) else ""
        if byline is None:
            if _LABEL_AUTHOR.match(plain) and nxt and len(nxt) <= 120:
                byline = nxt
            elif (m := _INLINE_AUTHOR.match(plain)) and len(plain) <= 160:
                name = re.split(r"\s+[|•·]\s+|\s+[-–—]\s+(?=\w+ \d)", m.group("name"))[0]
                byline = _clean(name) or None
                published = published or parse_date(plain)
        if published is None:
            if _LABEL_DATE.match(plain) and nxt:
                published = parse_date(nxt)
            elif m := _INLINE_DATE.match(plain):
                published = parse_date(m.group("rest"))
            elif _is_date_line(plain):
                published = parse_date(plain)
    return Header(title=title, byline=byline, published=published)
