"""Header metadata (title, byline, publication date) read generically from an article's top.

Articles lay their headers out in many ways: labelled blocks ("Author" then a name on the next
line), inline labels ("By Jane Doe", "Analysis by [Name](#)"), bare date lines, markdown headings,
section kickers above the headline ("HEALTH | FITNESS"), a journal's citation line above a paper's
title, a web page's navigation before its <h1>. The rules below look only at the header region,
skip what is not a headline, and prefer labelled values over guesses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

HEADER_LINES = 25
HEADER_CHARS = 2500
MAX_TITLE = 200
TITLE_SCAN_LINES = 12  # a headline sits near the top; section headings further down are not it

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
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE_PATTERNS = [
    # March 3, 2025 / Sept. 14th, 2019
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b", re.I),
    # 3 March 2025 / 12-Mar-2026 / 12 Feb 2026 19.30 GMT
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)" + _MONTH + r",?(?:\s+|-)" + _YEAR + r"\b",
        re.I,
    ),
    # 2023 Nov 8 (citation style)
    re.compile(r"\b" + _YEAR + r"\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\b", re.I),
    # 2024-11-05 / 2024-11-05T10:00
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>\d{2})-(?P<day>\d{2})(?!\d)"),
]
_LABEL_AUTHOR = re.compile(r"^(?:authors?|by|written by|byline|words by)\s*:?\s*$", re.I)
_LABEL_DATE = re.compile(
    r"^(?:published|date|posted|updated|last updated|publication date|released)\s*(?:on)?\s*:?\s*$",
    re.I,
)
_INLINE_AUTHOR = re.compile(
    r"^(?:(?:[A-Z][a-z]+ )?by|authors?:|written by:?|byline:)\s+(?P<name>.+)$", re.I
)
_INLINE_DATE = re.compile(
    r"^(?:published|date|posted|updated|last updated|released|news release)\s*(?:on)?\s*:?\s+"
    r"(?P<rest>.+)$",
    re.I,
)
# A publication date labelled inside a longer line (a paper's citation line).
_EMBEDDED_DATE = re.compile(
    r"\b(?:epub(?: ahead of print)?|published online|first published|available online)\b:?\s*"
    r"(?P<rest>.+)$",
    re.I,
)
# A paper's history line: received/accepted dates are not publication dates.
_HISTORY = re.compile(r"^(?:received|accepted|revised|submitted)\b", re.I)
_USER_BYLINE = re.compile(r"(?:^|\s)by\s+(?P<user>u/[\w-]+)", re.I)
_HANDLE_LINE = re.compile(r"^@\w{1,30}(?:\s*[·•|]|\s*$)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")
_MD_IMAGE = re.compile(r"^!\[")
_LIST_ITEM = re.compile(r"^(?:[-*+•›]|\d+[.)])\s")
_BREADCRUMB = re.compile(r"\s[›»>]\s")
_RULE = re.compile(r"^[-—–_*=·•\s]+$")
_CITATION = re.compile(
    r"(?:\b(?:19|20)\d{2}\b[^.\n]{0,20};\s*\d+\s*\(|\bdoi:\s*10\.|\bPMID\b|^vol(?:ume)?\.?\s+\d+)",
    re.I,
)
_PART_SEPARATOR = re.compile(r"\s+[|•·]\s+")
# Job titles that follow a byline name ("Jane Roe, Science Desk", "Jane Roe Health correspondent").
_ROLE = re.compile(
    r"\b(?:desk|correspondent|editor|reporter|writer|staff|columnist|journalist|contributor|"
    r"producer|newsroom|physiotherapist|therapist|physician|dietitian|nutritionist|coach|"
    r"trainer|scientist|researcher|professor|lecturer|director|officer|manager|consultant|"
    r"specialist|senior|freelance)s?\b",
    re.I,
)
# "Nicola Roe Health and science correspondent": a name, then a role phrase with no separator.
_NAME_THEN_ROLE = re.compile(
    r"^(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)\s+"
    r"(?P<role>[A-Z][\w'’-]*(?:\s+[\w&'’-]+){0,5}?\s+(?:correspondent|editor|reporter|writer|"
    r"columnist|journalist))$"
)
# Post-nominal credentials: short tokens with two or more capitals (MSc, PhD, MCSP, RD).
_CREDENTIALS = re.compile(r"^(?:(?=[A-Za-z.]{2,6}\b)[A-Z][a-z.]*[A-Z][A-Za-z.]*[\s,]*)+$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[a-z]{1,3}|de la|van der)$")
_AFFILIATION_MARK = re.compile(r"[\s⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ⁎*†‡§¶#]+$")
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Mr|Ms|Mrs|Sir|Dame)\.?$")


@dataclass(frozen=True)
class Header:
    title: str | None
    byline: str | None
    published: date | None


def parse_date(text: str) -> date | None:
    """The first full calendar date written in ``text`` (day, month and year), else None."""
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
            try:
                found.append((m.start(), date(int(groups["year"]), month, int(groups["day"]))))
            except ValueError:
                continue
            break
    return min(found)[1] if found else None


def _clean(value: str) -> str:
    value = _MD_LINK.sub(r"\1", value)
    value = re.sub(r"\*\*|__", "", value)
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
    return d is not None and len(line) <= 40 and not _HISTORY.match(line)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def _is_title_case(line: str) -> bool:
    """Most longer words capitalised: a headline, even when it ends with a full stop."""
    long_words = [w for w in _words(line) if len(w) > 3]
    if len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _is_kicker(line: str) -> bool:
    """A section label above the headline: "HEALTH | FITNESS" or a short ALL-CAPS line."""
    parts = _PART_SEPARATOR.split(line)
    if len(parts) > 1 and all(len(_words(p)) <= 3 for p in parts) and parse_date(line) is None:
        return True
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(_words(line)) <= 6


def _is_citation(line: str) -> bool:
    return bool(_CITATION.search(line))


def _is_chrome(line: str) -> bool:
    """Navigation, breadcrumbs, images, rules and "Related:" rows: page furniture, not text."""
    return bool(
        _LIST_ITEM.match(line)
        or _MD_IMAGE.match(line)
        or _RULE.match(line)
        or (_BREADCRUMB.search(line) and len(_words(line)) <= 8)
        or re.match(r"^(?:related|share|tags?|filed under)\b\s*:?", _clean(line), re.I)
    )


def _is_byline_or_date(plain: str) -> bool:
    return bool(
        _LABEL_AUTHOR.match(plain) or _LABEL_DATE.match(plain) or _INLINE_AUTHOR.match(plain)
        or _INLINE_DATE.match(plain) or _is_date_line(plain) or _USER_BYLINE.search(plain)
    )


def _is_body(plain: str) -> bool:
    """A running-text paragraph: the header is over once one starts."""
    if len(plain) > MAX_TITLE:
        return True
    return plain.endswith((".", ":", ";", ",", "!")) and not _is_title_case(plain)


def _site_stripped(html_title: str) -> str:
    """``Headline | Site`` / ``Headline - Site`` without the site part."""
    title = _clean(html_title)
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and len(_words(parts[-1])) <= 6 and len(_words(" ".join(parts[:-1]))) >= 3:
        return re.sub(r"\s+[|–—-]\s+[^|–—-]+$", "", title)
    return title


def _overlap(a: str, b: str) -> float:
    wa = {w.lower() for w in _words(a) if len(w) > 2}
    wb = {w.lower() for w in _words(b) if len(w) > 2}
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _social_author(lines: list[str]) -> str | None:
    """A post's display name: the line right above an "@handle · date" line."""
    for i, line in enumerate(lines[:4]):
        if i + 1 < len(lines) and _HANDLE_LINE.match(lines[i + 1]):
            name = "".join(c for c in line if unicodedata.category(c)[0] == "L" or c in " .'’-")
            return re.sub(r"\s+", " ", name).strip(" -") or None
    return None


def _title(lines: list[str], html_title: str | None) -> tuple[str | None, int | None]:
    """The headline and its line index: the first line near the top that reads as one."""
    candidates: list[tuple[int, str]] = []
    fallback: tuple[int, str] | None = None  # an ALL-CAPS line, when nothing else reads as a title
    scan = HEADER_LINES if html_title else TITLE_SCAN_LINES  # page menus run long
    for i, line in enumerate(lines[:scan]):
        heading = _MD_HEADING.match(line)
        plain = _clean(heading.group(1) if heading else line)
        if heading:
            candidates.append((i, plain))
            break
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _is_chrome(line) or _is_citation(plain) or _is_byline_or_date(plain):
            continue
        if _is_citation(nxt) and len(_words(plain)) <= 8:  # a journal's name above its volume line
            continue
        if _HANDLE_LINE.match(nxt):  # a post's display name: posts have no headline
            return None, None
        if _is_body(plain):
            break
        if len(plain) < 3 or len(_words(plain)) < 3:
            continue
        if _is_kicker(plain):
            fallback = fallback or (i, plain)
            continue
        candidates.append((i, plain))
        if html_title is None:
            break
    if html_title:
        wanted = _site_stripped(html_title)
        for i, plain in candidates:
            if _overlap(plain, wanted) >= 0.5:
                return plain, i
        if candidates and len(_words(wanted)) < 3:  # a bare "Blog | Site" <title>
            return candidates[0][1], candidates[0][0]
        return wanted, None
    if candidates:
        return candidates[0][1], candidates[0][0]
    return (fallback[1], fallback[0]) if fallback else (None, None)


def _name_only(value: str) -> str | None:
    """A byline without its roles, desks and credentials ("Jane Roe, MSc, Science Desk")."""
    value = _PART_SEPARATOR.split(value)[0]
    value = re.split(r"\s+[-–—]\s+(?=\w+ \d)", value)[0]
    if m := _NAME_THEN_ROLE.match(value):
        value = m.group("name")
    parts = [p.strip() for p in value.split(",")]
    kept = [p for p in parts if p and not _ROLE.search(p) and not _CREDENTIALS.match(p)]
    return _clean(", ".join(kept)) or None


def _person_name(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or _ROLE.search(text):
        return False
    if _HONORIFIC.match(tokens[0]):
        tokens = tokens[1:]
    return len(tokens) >= 2 and all(_NAME_TOKEN.match(t) for t in tokens) and tokens[-1][0].isupper()


def _author_list(line: str) -> str | None:
    """A paper's author line: comma-separated names, with affiliation markers or three or more
    of them (two Title Case phrases alone could be a subtitle)."""
    raw = re.split(r",\s*|\s+and\s+", line)
    names = [_AFFILIATION_MARK.sub("", p).strip() for p in raw]
    marked = any(n != p.strip() for n, p in zip(names, raw, strict=True))
    if len(names) >= (2 if marked else 3) and all(_person_name(n) for n in names):
        return ", ".join(names)
    return None


def _bare_byline(plain: str) -> str | None:
    """An unlabelled byline: a person's name beside a date, a role or credentials
    ("Jane Roe · Feb 3, 2026", "Jane Roe | Staff writer", "Jane Roe, PhD, Science Desk")."""
    if len(plain) > 120 or _is_body(plain):
        return None
    parts = _PART_SEPARATOR.split(plain)
    pieces = [p.strip() for p in parts[0].split(",")]
    rest = pieces[1:] + parts[1:]
    if not rest or not _person_name(pieces[0]):
        return None
    if any(parse_date(p) or _ROLE.search(p) or _CREDENTIALS.match(p) for p in rest):
        return pieces[0]
    return None


def _headline(lines: list[str], html_h1: str | None) -> tuple[str | None, int | None]:
    """A page's <h1> as its title (and its line, where the byline search starts), when it
    reads as a headline: three words or more, not a kicker."""
    if not html_h1:
        return None, None
    plain = _clean(html_h1)
    if len(_words(plain)) < 3 or _is_kicker(plain):
        return None, None
    at = next((i for i, line in enumerate(lines) if _clean(line) == plain), None)
    return plain, at


def extract_header(text: str, html_title: str | None = None, html_h1: str | None = None) -> Header:
    """Title, byline and date of one document; for a web page, its <title> and first <h1>
    (``readers.html_document``): the <h1> is the headline, even where the <title> differs."""
    lines = _header_lines(text)
    title, title_at = _headline(lines, html_h1)
    if title is None:
        title, title_at = _title(lines, html_title)

    byline = _social_author(lines)
    published = None
    if title_at is not None and byline is None:
        for line in lines[title_at + 1 : title_at + 3]:
            if byline := _author_list(_clean(line)):
                break
    for i, line in enumerate(lines):
        plain = _clean(line)
        nxt = _clean(lines[i + 1]) if i + 1 < len(lines) else ""
        if byline is None and i != title_at:
            if _LABEL_AUTHOR.match(plain) and nxt and len(nxt) <= 120:
                byline = _name_only(nxt)
            elif (m := _INLINE_AUTHOR.match(plain)) and len(plain) <= 160:
                byline = _name_only(m.group("name"))
                published = published or parse_date(plain)
            elif m := _USER_BYLINE.search(plain):
                byline = m.group("user")
            elif name := _bare_byline(plain):
                byline = name
                published = published or parse_date(plain)
            elif len(plain) <= 80 and (m := _NAME_THEN_ROLE.match(_PART_SEPARATOR.split(plain)[0])):
                byline = m.group("name")
        if published is None:
            if _LABEL_DATE.match(plain) and nxt:
                published = parse_date(nxt)
            elif m := _INLINE_DATE.match(plain):
                published = parse_date(m.group("rest"))
            elif _is_date_line(plain):
                published = parse_date(plain)
            elif m := _EMBEDDED_DATE.search(plain):
                published = parse_date(m.group("rest"))
    return Header(title=title, byline=byline, published=published)
