"""One reference string to bibliographic fields, whatever the citation style.

A reference is read from its *venue tail* backwards: the tail ("Volume 41, Issue 1, ... Pages
9-18", "2021 May 5;321(1):C40-C57", "2024, 13(11), 883", "16, 4743 (2025)", "vol. 18, no. 4,
pp. 317-335, 2015") is the most regular part of every style, so it is matched first; the journal
is the run of title-cased or abbreviated words just before it, and what precedes the journal is
split into an author list and a title. Styles with a structural cue (APA's "(2020).", a quoted
title) are recognised by that cue first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agefacts.extract.dois import find_dois
from agefacts.extract.journals import is_abbreviated_word, journal_words

YEAR = r"(?:1[89]\d{2}|20\d{2})"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Fall|"
    r"Winter)\.?"
)
_DASH = r"\s*[-–—]\s*"
_PAGE = r"[A-Za-z]{0,4}\d+[A-Za-z]?\d*"
PAGES = rf"{_PAGE}(?:{_DASH}{_PAGE})?"

_ELSEVIER = re.compile(r"[,.]?\s+Vol(?:ume|\.)?\s*(?P<volume>\d+[A-Za-z]?)(?P<after>.*)$", re.I)
_PUBMED = re.compile(
    rf"\b(?P<year>{YEAR})(?:\s+{_MONTH}(?:{_DASH}{_MONTH})?(?:\s+\d{{1,2}})?)?\s*;\s*"
    rf"(?P<volume>\d+[A-Za-z]?)?(?:\s*\((?P<issue>[^)]+)\))?(?:\s*:\s*(?P<pages>{PAGES}))?"
)
_MDPI = re.compile(
    rf"\s(?P<year>{YEAR}),\s*(?P<volume>\d+)(?:\s*\((?P<issue>[^)]+)\))?,\s*(?P<pages>{PAGES})"
)
_NATURE = re.compile(
    rf"\s(?P<volume>\d+)(?:\s*\((?P<issue>[^)]+)\))?,\s*(?P<pages>{PAGES})\s*\((?P<year>{YEAR})\)"
)
_IEEE = re.compile(
    rf",?\s*vol\.\s*(?P<volume>\w+)(?:,\s*(?:no|iss)\.\s*(?P<issue>[\w-]+))?"
    rf"(?:,\s*(?:pp?\.|art(?:icle)?\.?(?:\s*no\.)?)\s*(?P<pages>{PAGES}))?"
    rf"(?:,\s*(?:{_MONTH}\s*)?(?P<year>{YEAR}))?",
    re.I,
)
_VENUE_APA = re.compile(  # "Journal, 5(3), 123-135", "Journal of A, B and C, 9, 889", "Journal 6: 244"
    rf"^(?P<journal>\D+?),?\s+(?P<volume>\d+[A-Za-z]?)(?:\s*\((?P<issue>[^)]+)\))?"
    rf"(?:\s*[,:]\s*(?:pp?\.\s*|Article\s+)?(?P<pages>{PAGES}))?(?![\w(])"
)
_VOL_ARTICLE = re.compile(
    rf"\s(?P<volume>\d+)(?:\s*\((?P<issue>[^)]+)\))?\s*[,:]\s*(?P<pages>{PAGES})\s*\.?\s*$"
)
_APA = re.compile(
    rf"^(?P<authors>.+?)\s*\((?P<year>{YEAR})[a-z]?(?:,\s*[^)]*)?\)\.?\s+(?P<rest>.+)$"
)
_QUOTED = re.compile(r"[“\"](?P<title>[^”\"]{10,}?)[”\"]")
_JOURNAL_YEAR = re.compile(
    rf"(?P<journal>[A-Z][^\s(),.;]*(?:\s+(?:[A-Z&][^\s(),.;]*|of|and|the|in|for|on))*)"
    rf"\s*,?\s*\((?P<year>{YEAR})\)"
)
_DATE_HEAD = re.compile(rf"(?:\d{{1,2}}\s+)?(?:{_MONTH}\s*)?(?:\d{{1,2}},?\s*)?$")
_ANY_YEAR = re.compile(rf"(?<![\d.])(?P<year>{YEAR})(?![\d])")
_NOISE = re.compile(
    r"(?:\bPMID:?\s*\d+|\bPMCID:?\s*PMC\d+|\bPMC\d{4,}|(?:Available (?:at|from):?\s*)?"
    r"https?://\S+|\bEpub ahead of print\.?|\[(?:Epub|Preprint)[^\]]*\]|"
    # web citations: "Retrieved March 20, 2026 from www.…", "<www.…>", a bare "www.…"
    r"\bRetrieved\b[^<>]*?\bfrom\s+\S+|<[^<>\s]+>|(?<!\S)www\.\S+)",
    re.I,
)
#: Substrings one of which every ``_NOISE`` match holds, in ``str.lower()`` form ("pmi" and "pmı":
#: the case-insensitive engine reads "PMİD" and "PMıD" as "PMID"): most references hold none.
_NOISE_HINTS = ("pmi", "pmı", "pmc", "http", "www.", "epub", "prepr", "retr", "<")

_SURNAME = r"(?:(?:van|von|de|der|den|del|da|di|le|la|du|dos|st\.)\s+)*[A-Z][\w'’\-]*\w"
_INITIALS = r"(?:[A-Z]\.?\s?-?){1,4}"
_AUTHOR = (
    # Surname, G.E. (a space after an initial only before another: "Ridley, S. & …" stays whole)
    rf"(?:{_SURNAME}(?:\s+{_SURNAME})?,\s*(?:[A-Z]\.(?:\s(?=[A-Z]\b))?-?)+(?:[A-Z]\b)?"
    rf"|{_SURNAME}\s+[A-Z]{{1,4}}\b"  # Vancouver: Surname GE
    rf"|(?:[A-Z]\.\s?-?)+\s*{_SURNAME})"  # IEEE: G. E. Surname
)
_AUTHOR_SEP = r"(?:\s*[,;]\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+)"
_ETAL = r"(?:,?\s*et\s+al\.?)"
_AUTHOR_LIST = re.compile(rf"^(?:{_AUTHOR})(?:{_AUTHOR_SEP}{_AUTHOR})*{_ETAL}?")


@dataclass
class ParsedReference:
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    journal: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None

    @property
    def is_bibliographic(self) -> bool:
        """True when the string named a work (not just "link to paper")."""
        return bool(self.doi or self.year or self.volume or self.authors or self.journal)


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_]|[*_](?!\w))")
_SPACES = re.compile(r"\s+")


def unescape_markdown(text: str) -> str:
    """Markdown backslash escapes and emphasis markers removed, whitespace collapsed."""
    # each pattern needs its marker character: most references have none of them
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text).strip()


_INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.?\s?-?){1,4}$")
_ETAL_END = re.compile(r",?\s*et\s+al\.?$")
_AUTHOR_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def split_authors(block: str) -> list[str]:
    """An author list in any common style to one name per item ("et al." kept as an item).

    Splits at commas, semicolons, "and" and "&", then re-joins "Surname, I." pairs that the comma
    split apart.
    """
    block = block.strip().rstrip(",;").strip()
    etal = _ETAL_END.search(block)
    if etal:
        block = block[: etal.start()]
    parts = [p.strip() for p in _AUTHOR_SPLIT.split(block)]
    names: list[str] = []
    for part in parts:
        if not part:
            continue
        if names and _INITIALS_ONLY.match(part) and not _INITIALS_ONLY.match(names[-1]) \
                and "," not in names[-1] and " " not in names[-1].strip():
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    if etal:
        names.append("et al.")
    return names


def _walk_journal(prefix: str) -> tuple[str | None, str]:
    """The journal name that ends ``prefix``, and the text before it.

    Walks words backwards: a word without closing punctuation, or an abbreviated title word
    ("Commun."), belongs to the journal; a word ending a sentence ("mice.") ends the title.
    """
    words = prefix.rstrip().rstrip(",").split(" ")
    stops = journal_words().stopwords
    taken: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if not w:
            continue
        bare = w.rstrip(".,:;")
        ends_sentence = w.endswith((".", "?", "!")) and not w.endswith("..")
        if taken and ends_sentence and not is_abbreviated_word(bare):
            break
        if taken and w.endswith(",") and not is_abbreviated_word(bare):
            break
        lower = bare.lower()
        if taken and not (bare[:1].isupper() or bare[:1] in "(&" or lower in stops
                          or bare[:1].isdigit() or bare.startswith(("(", "[")) or "-" in bare):
            break
        taken.append(w)
    if not taken:
        return None, prefix
    # a leading stopword ("in", "and") belongs to the title, not the journal
    while len(taken) > 1 and taken[-1].lower().strip(".,") in stops and taken[-1].lower() != "the":
        taken.pop()
    journal = " ".join(reversed(taken)).strip().rstrip(",;:").strip()
    if journal.endswith(".") and journal[:-1].count(".") == 0:
        journal = journal[:-1]  # NLM style: the full stop separates the journal from the date
    before = " ".join(words[: len(words) - len(taken)])
    return (journal or None), before


_UP = "A-ZÀ-ÖØ-ÞĀĆČĎĐĘĚŁŃŇŌŐŒŘŚŠŞŤŪŮŰŹŻŽ"  # capitals that begin Latin-script names
_FULL_NAME = re.compile(
    rf"^[{_UP}][\w'’\-]+(?:\s+(?:[{_UP}]\.(?:\s?[{_UP}]\.)*|[{_UP}][\w'’\-]+|van|von|de|der|da))"
    r"{1,3}$"
)


def _full_name_authors(before: str) -> tuple[list[str], str] | None:
    """ "Maria Lopez, Ken Ito, Sara Berg. Title" (ScienceDaily style): two or more full names,
    or one followed by "et al.", before the first full stop that ends no initial."""
    stop = next((m for m in re.finditer(r"\.\s+(?=\S)", before)
                 if not re.search(r"(?:^|\s)[A-Z]$", before[: m.start()])), None)
    if stop is None:
        return None
    block = before[: stop.start()]
    etal = bool(re.search(r",?\s+et\s+al$", block))
    if etal:
        block = re.sub(r",?\s+et\s+al$", "", block)
    names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", block)
             if n.strip()]
    if not names or not all(_FULL_NAME.match(n) for n in names) or (len(names) < 2 and not etal):
        return None
    return names + (["et al."] if etal else []), before[stop.end() :]


def _split_authors_title(before: str, ref: ParsedReference) -> None:
    before = before.strip().strip(",.;: ")
    if not before:
        return
    m = _AUTHOR_LIST.match(before)
    end = m.start() + len(m.group(0).rstrip()) if m else 0
    full = _full_name_authors(before)
    # "Marcus T. Oyelaran, ..." starts like a Vancouver "Marcus T": the longer reading wins
    if full and len(before) - len(full[1]) > end:
        ref.authors, rest = full
    elif m and (end == len(before) or before[end : end + 1] in {".", ",", ";", ":"}
                or before[end - 1] == "."):
        ref.authors = split_authors(before[:end])
        rest = before[end:].strip().lstrip(".,:;").strip()
    else:
        rest = before
    rest = rest.strip().strip("“”\"").rstrip(".").strip()
    if rest and len(rest.split()) >= 2:
        ref.title = rest


_COMMA = re.compile(r",\s*")
_ISSUE_PART = re.compile(r"^(?:Issue|Iss\.?|No\.?|Number)\s*(\S+)", re.I)
_PAGES_PART = re.compile(rf"^(?:Pages?|pp?\.)\s*({PAGES})", re.I)
_ARTICLE_PART = re.compile(
    rf"^Article(?:\s+(?:number|no\.?|ID))?\s*:?\s*({_PAGE})(?:\s*\(({YEAR})\))?", re.I
)
_BARE_PAGES_PART = re.compile(rf"^({PAGES})(?:\s*\(({YEAR})\))?$")
_YEAR = re.compile(YEAR)
_MONTH_END = re.compile(rf"{_MONTH}\s*$")


def _parse_after_volume(after: str, ref: ParsedReference) -> None:
    """"Issue 1, March 2025, Pages 9-18" / "Article number: 4743 (2025)" after a Volume."""
    for part in _COMMA.split(after):
        part = part.strip().rstrip(".")
        if not part:
            continue
        if m := _ISSUE_PART.match(part):
            ref.issue = ref.issue or m.group(1)
        elif m := _PAGES_PART.match(part):
            ref.pages = ref.pages or m.group(1)
        elif m := _ARTICLE_PART.match(part):
            ref.pages = ref.pages or m.group(1)
            ref.year = ref.year or (int(m.group(2)) if m.group(2) else None)
        elif m := _BARE_PAGES_PART.match(part):
            if _YEAR.fullmatch(m.group(1)) and ref.year is None:
                ref.year = int(m.group(1))
            else:
                ref.pages = ref.pages or m.group(1)
                ref.year = ref.year or (int(m.group(2)) if m.group(2) else None)
        elif m := _ANY_YEAR.search(part):
            ref.year = ref.year or int(m.group("year"))


def _apply(ref: ParsedReference, m: re.Match[str]) -> None:
    g = m.groupdict()
    if g.get("year") and ref.year is None:
        ref.year = int(g["year"])
    for key in ("volume", "issue", "pages"):
        if g.get(key) and getattr(ref, key) is None:
            setattr(ref, key, g[key].strip())


#: The venue patterns in the order they are tried, each with substrings one of which its every
#: match holds (lower-cased text): most references rule most patterns out without a search.
_VENUES = (
    (_ELSEVIER, ("vol",)), (_PUBMED, (";",)), (_MDPI, (",",)), (_NATURE, ("(",)),
    (_IEEE, ("vol.",)), (_VOL_ARTICLE, (",", ":")),
)


def _parse_venue(text: str, ref: ParsedReference, with_authors: bool = True) -> bool:
    """Match a venue tail in ``text``; fill journal, volume, issue, pages, year, and the rest."""
    low = text.lower()
    for pattern, hints in _VENUES:
        if not any(h in low for h in hints):
            continue
        m = pattern.search(text)
        if not m or (pattern is _IEEE and not m.group("volume")):
            continue
        if pattern is _VOL_ARTICLE and (
            _YEAR.fullmatch(m.group("pages")) or _MONTH_END.search(text[: m.start()])
        ):
            continue  # "June 20, 2025" is a date, not volume 20, article 2025
        _apply(ref, m)
        if pattern is _ELSEVIER:
            _parse_after_volume(m.group("after"), ref)
        prefix = text[: m.start()]
        journal, before = _walk_journal(prefix)
        if pattern is _IEEE:  # IEEE: "...,” Journal Name, vol."
            journal = prefix.rsplit("”", 1)[-1].rsplit("\"", 1)[-1].strip(" ,.") or journal
            before = prefix[: len(prefix) - len(journal)] if journal else before
        ref.journal = ref.journal or journal
        if with_authors:
            _split_authors_title(before, ref)
        return True
    return False


_LIST_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)](?=\s))\s*")  # a list number
_DOI_LABEL = re.compile(r"\b(?:doi|DOI)\s*:?\s*$")


def parse_reference(raw: str) -> ParsedReference:
    """Fields of one reference (a list entry's text or a "Source:" line's body)."""
    ref = ParsedReference()
    text = unescape_markdown(raw)
    text = _LIST_NUMBER.sub("", text)
    dois = find_dois(text)
    cut = bool(dois)
    if dois:
        ref.doi = dois[0].doi
        for d in reversed(dois):
            text = text[: d.start] + text[d.end :]
    low = text.lower()
    if any(h in low for h in _NOISE_HINTS):
        text = _NOISE.sub(" ", text)
        cut = True
    if cut:  # what was cut out leaves runs of spaces (unescape_markdown collapsed all others)
        text = _SPACES.sub(" ", text).strip()
    text = text.rstrip(".,;").strip()
    if "doi" in text or "DOI" in text:
        text = _DOI_LABEL.sub("", text)
    text = text.strip().rstrip(".,;")
    if not text:
        return ref

    if q := _QUOTED.search(text):
        ref.title = q.group("title").strip().rstrip(".,").strip()
        raw_head = text[: q.start()].strip()
        head = raw_head.rstrip(",").strip()
        rest = text[q.end() :].strip(" ,.")
        if head and not rest and raw_head.endswith(",") and not _AUTHOR_LIST.match(head) \
                and _is_name_phrase(head):
            ref.journal = head  # a link label "Journal Name, "Title""
            return ref
        if head and re.match(r"^[A-Z]", head):
            ref.authors = split_authors(head.rstrip("."))
        if not _parse_venue(" " + rest, ref, with_authors=False):
            _journal_year(rest, ref)
        ref.journal = ref.journal or _container(rest)
        return ref

    if (m := _APA.match(text)) and (authors := _apa_authors(m.group("authors"))):
        ref.authors = authors
        ref.year = int(m.group("year"))
        _parse_apa_rest(m.group("rest"), ref)
        return ref

    if _parse_venue(" " + text, ref):
        return ref
    _journal_year(text, ref)
    return ref


def _is_name_phrase(text: str, max_words: int = 12) -> bool:
    """A capitalised name ("Institute for Healthy Ageing", "Cell Reports Medicine"): every word
    capitalised or a title stopword, no digits; not a sentence of prose."""
    words = text.strip().rstrip(".").split()
    stops = journal_words().stopwords
    return (0 < len(words) <= max_words and words[0][:1].isupper()
            and not any(ch.isdigit() for ch in text)
            and all(w[:1].isupper() or w[:1] in "&(" or w.lower() in stops for w in words))


def _apa_authors(block: str) -> list[str] | None:
    """Authors before an APA "(2020)": a list of names, the names ending a footnote's prose ("…,
    see Ridley, S. & Mukherjee, P."), or one group author ("Institute for Healthy Ageing.")."""
    if _AUTHOR_LIST.match(block):
        return split_authors(block)
    for m in re.finditer(r"(?<=\s)(?=[A-Z])", block):
        tail = block[m.start() :].strip()
        am = _AUTHOR_LIST.match(tail)
        if am and not tail[am.end() :].strip(" .,"):
            return split_authors(tail)
    if block.rstrip().endswith(".") and _is_name_phrase(block):  # "Nature Aging (2025)" is a venue
        return [block.strip().rstrip(".").strip()]
    return None


def _container(rest: str) -> str | None:
    """The site or periodical that opens what follows a quoted title ("ScienceDaily. …")."""
    first = re.split(r"[.,;]\s|[.,;]$", rest.strip(), maxsplit=1)[0].strip()
    return first if first and _is_name_phrase(first, max_words=8) else None


def _parse_apa_rest(rest: str, ref: ParsedReference) -> None:
    """APA after "(2020).": "Title. Journal, 5(3), 123-135" (title ends at its first full stop)."""
    m = re.search(r"(?<=[^\s.][a-z0-9)\]?!])[.?!]\s+(?=[A-Z])", rest) or re.search(
        r"(?<=[^\s.][a-z0-9)\]?!])[.?!]\s+(?=[a-z]\w*[A-Z])", rest)  # "… secretome. bioRxiv"
    if not m:
        ref.title = rest.strip().rstrip(".") or None
        return
    ref.title = rest[: m.start() + 1].strip().rstrip(".")
    venue = rest[m.end() :].strip()
    if v := _VENUE_APA.match(venue):
        ref.journal = v.group("journal").strip()
        _apply(ref, v)
    else:
        ref.journal = re.split(r",|\.\s", venue)[0].strip().rstrip(".") or None


def _journal_year(text: str, ref: ParsedReference) -> None:
    """Fallback: "Cell Reports (2024)", "ScienceDaily, March 3, 2024", or any year."""
    hits = list(_JOURNAL_YEAR.finditer(text))
    if hits:
        m = hits[-1]
        ref.journal = ref.journal or m.group("journal").strip()
        ref.year = ref.year or int(m.group("year"))
        return
    y = _ANY_YEAR.search(text)
    if y:
        ref.year = ref.year or int(y.group("year"))
        head = text[: y.start()]
        head = re.sub(_DATE_HEAD, "", head).strip(" ,.")
        if head and head[:1].isupper() and not ref.authors and len(head.split()) <= 12:
            journal, before = _walk_journal(head)
            ref.journal = ref.journal or journal
            _split_authors_title(before, ref)
