"""Text plumbing of the quantity scan: the lowered copy, masks (citations, links, reference
lists), soft line breaks, number-word checks and value helpers shared by every rule group.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import lru_cache

import ahocorasick_rs

from agefacts.extract import quantity_words as W
from agefacts.extract.quantity_patterns import (
    _A_BEFORE,
    _AGE_LOOKBACK,
    _BETWEEN,
    _BETWEEN_AGES,
    _BMI_LOOKBACK,
    _BY_BEFORE,
    _DECLINE_BEFORE,
    _DIGIT_RUN,
    _DIGITS,
    _ELIDED_TARGET,
    _ENROLMENT_FIELD,
    _ETAL,
    _FOR_BEFORE,
    _LAST_WORD,
    _LIST_JOIN,
    _LIST_NUMBER,
    _MONTH_BEFORE,
    _N_LOOKBACK,
    _NUMBER_THEN_WORD,
    _POP_LOOKBACK,
    _PREFIX,
    _QUALIFIED_DECADE,
    _SCORE_LOOKBACK,
    _SOFT_BREAK,
    _STAT,
    _STAT_CHANGE_VERBS,
    _STAT_FAR,
    _THEIR,
    _WORD_NUMBERS,
    _YEAR_PREP,
    _rx,
)
from agefacts.reference import DATA, read_tsv

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def lower_same_length(text: str) -> str:
    """Lower-case copy with the same offsets (``str.lower`` can grow a few characters)."""
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    if "\u2010" in low or "\u2011" in low:  # typographic hyphens read as "-" ("1.9‑fold")
        low = low.translate(_HYPHENS)
    return low


@lru_cache(maxsize=1)
def lowered_document(text: str) -> str:
    """``lower_same_length`` of a whole document, kept for the next extractor that asks for the
    same document (the study groups read it right after the quantities)."""
    return lower_same_length(text)


# Masks: spans whose digits are never quantities. Each inline pattern starts with a literal, so
# the regex engine finds it at string-search speed; line-level checks run once per line.
_MASK_PATTERNS = (
    *(_rx(p) for p in (
        r"https?://\S+", r"www\.\S+", r"10\.\d{4,9}/\S+", r"\]\([^)\s]*\)",
        r"\^(?:\{[^}\n]{0,40}\}|\d+(?!\.\d))", r"\[_S_*\d+(?:_S_*[,–—-]_S_*\d+)*_S_*\]",
    )),
)
# a shop's discount: "12% off your first order", "use code X for 20% off" (the offer only). Its
# alternatives open with optional parts, so the engine tries it at every position (about 70 ms
# per MB): it runs only in a text holding one of its targets or "code" (_DISCOUNT_NEEDLES).
_DISCOUNT = _rx(
    r"(?i:(?:[{{c}}]_S_?)?\d+(?:\.\d+)?_S_?%?_S_+off_S_+(?:{{t}})(?![a-z])"
    r"|(?<![a-z])(?:use|using)_S_+(?:the_S_+)?code_S_+\S+_S_+(?:for|to_S_+get)_S_+(?:[{{c}}]_S_?)?\d+(?:\.\d+)?_S_?%?_S_+off)",
    t=W.DISCOUNT_TARGETS, c=re.escape("".join(W.CURRENCY_SIGNS)),
)
_DISCOUNT_NEEDLES = (*W.DISCOUNT_TARGETS, "code")
_CITATION_DIGITS = _rx(r"[0-9]+(?:_S_*[;:]_S_*\d+_S_*\(\d+\)|_S_*\(\d+\)_S_*:_S_*[a-z]?\d+)")
_VOLUME = _rx(r"(?<![a-z])vol(?:ume)?\.?_S_*\d(?![0-9.]*(?:[-–][0-9.]+)?_S_?%)")  # not "volume 85%"
_HEADINGS = set(W.REFERENCE_HEADINGS)
_HEADING_STRIP = " \t#*_:>-\u00a0"
_CITATION_PREFIX = _rx(r"(?:{{p}})_S_*:", p=W.CITATION_LINE_PREFIXES)
_LINE_LEAD = " \t>*•›#-\u00a0"
_CITATION_INITIALS = "".join({w[0] for w in W.CITATION_LINE_PREFIXES} | {w[0].upper() for w in W.CITATION_LINE_PREFIXES})


_LINK_TARGET = re.compile(
    r"\]\([^)\s]*\)|<[^>\s]*>|https?://\S+"
)


def _link_kept(m: re.Match[str]) -> str:
    return "]" if m.group().startswith("]") else ""


#: A DOI in brackets closing a prose sentence: "were published in Cell (doi: 10.1/x)."
#: Also the last item of a bracketed aside: "(HR 1.3, 95% CI 1.1–1.5; doi:10.1/x)".
#: Also a bracketed source with its journal or words after the DOI: "(*Cell*, DOI: 10.1/x)",
#: "(doi: 10.1/x for the mouse work)". The DOI may hold brackets of its own ("10.1016/S1234-
#: 1234(25)00077-9"). The DOI may be a markdown link's text, its target
#: already dropped: "(doi: [10.1/x](https://doi.org/10.1/x))" reads "(doi: [10.1/x])"; or a
#: resolver link written without its scheme: "(doi.org/10.1/x)", "(dx.doi.org/10.1/x)".
_BRACKETED_DOI = re.compile(
    r"(?:[(\[](?:[^()\[\];\n]{0,120}?[\s,])?|;[ \u00a0]*)"
    r"(?:(?:doi|DOI)(?::|\s)\s*|(?:dx\.|www\.)?(?:doi|DOI)\.org/)\[?10\.\d{4,9}/"
    r"(?:[^\s()\[\]]|\([^\s()\[\]]*\))+\]?(?:\s[^()\[\];\n]{0,80}?)?[)\]]"
)
#: "doi" as a word or in a link ("doi.org", "DOI:"), not inside "doing"; a DOI's number.
_DOI_WORD = re.compile(r"(?<![a-z])doi(?![a-z])", re.I)
_DOI_NUMBER = re.compile(r"10\.\d{4,9}/")
#: What a reference entry has that a prose sentence citing a DOI lacks.
_REFERENCE_ENTRY = re.compile(r"et al|\(\d{4}\)|\d;\d|\d\(\d+\):")
#: The end of a sentence: a stop, closing quotes or brackets, blanks, then a capital.
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])")
#: More signs of a reference entry: an author's surname and initials ("Lindqvist A,",
#: "Roe, J."), a year closed by a stop ("Physiol Rev. 2024.").
_AUTHOR_INITIALS = re.compile(r"\b[A-Z][a-z'’-]+,? [A-Z]{1,3}[.,]")
_YEAR_STOP = re.compile(r"\b(?:19|20)\d\d[a-z]?\.")
#: Words of running prose a line needs before its DOI's sentence (see ``_prose_before``).
_PROSE_WORDS = 10
#: Words of prose a digest's item has before its study's reference (see ``_digest_item``).
_SUMMARY_WORDS = 25


def _prose_before(line: str, pos: int) -> bool:
    """Whether whole sentences of prose precede the sentence holding the DOI at ``pos``: "The
    work was paid for by a $3.5 million award from X. It is online at doi.org/10.1/x." is a
    paragraph that closes by saying where the paper is, not a reference entry (whose "sentences"
    are its authors, title and journal: initials, a year closed by a stop, "et al")."""
    ends = [m.end() for m in _SENTENCE_STOP.finditer(line, 0, pos)]
    if not ends or len(line[: ends[-1]].split()) < _PROSE_WORDS:
        return False
    before = line[:pos]  # the DOI's own sentence may hold the entry's journal and year
    return not (_REFERENCE_ENTRY.search(before) or _AUTHOR_INITIALS.search(before)
                or _YEAR_STOP.search(before))


def _digest_item(line: str, pos: int) -> bool:
    """Whether the line is a digest's item: a paragraph summing up a study, then its reference
    with the DOI at ``pos`` ("... fell by 9% (HR 0.91). The effect held in women. Age Ageing.
    2024;53(2):1-9. doi:10.1/x"). Two sentences of prose with a number, before the first sign
    of a reference entry; an entry's own sentences (its authors, title) are fewer and shorter,
    or start with the authors' initials."""
    before = line[:pos]
    signs = [m.start() for m in (_REFERENCE_ENTRY.search(before), _AUTHOR_INITIALS.search(before),
                                 _YEAR_STOP.search(before)) if m]
    if not signs:
        return False
    ends = [m.end() for m in _SENTENCE_STOP.finditer(line, 0, min(signs))]
    prose = line[: ends[-1]] if ends else ""
    return (len(ends) >= 2 and len(prose.split()) >= _SUMMARY_WORDS
            and any(c.isdigit() for c in prose))


#: A bracketed DOI closing a sentence, and a new sentence of plain words after it ("... in the
#: Journal (doi:10.1/x). A later trial of ..."): the line is prose wrapped mid-paragraph.
_PROSE_AFTER_DOI = re.compile(r"10\.\d{4,9}/[^\s()]+[)\]]\.[ \u00a0]+[A-Z][a-z]*(?:[ \u00a0]+[a-z]+){3}")


#: A sentence of prose opening right after a DOI and its stop ("... doi:10.1/x. A first trial
#: of 16 rowers ..."; the DOI may be a link's text or bracketed): a capital word, then three
#: plain words (a number and its unit may be one: "A 6-month trial of").
_SENTENCE_AFTER_DOI = re.compile(
    r"10\.\d{4,9}/[^\s]*?[)\]]*\.[ \u00a0]+"
    r"(?P<s>[A-Z][a-z]*(?:[ \u00a0]+(?:[a-z][a-z'’-]*|[0-9][0-9,.]*(?:-[a-z]+)?)){3})")
#: Where the prose after a reference stops: the next DOI, link or reference of the line.
_PROSE_END = re.compile(r"https?:|www\.|(?<![a-z])doi(?![a-z])|\(?10\.\d{4,9}/", re.I)


def prose_after_reference(line: str) -> list[tuple[int, int]]:
    """Spans of a citation line that are prose, not the reference: a sentence (or more) of
    plain words opening after a DOI and its stop, up to the next DOI or link ("<Authors> et al.
    <Title>. J. 2024;12(3):45-51. doi:10.1/x. A first trial of 16 rowers was in
    <Journal>: doi:10.1/y."). A span that shows a reference entry's own signs (authors'
    initials, "et al", "(2024)", "2024;12(3)") is left masked; so is the reference itself."""
    out: list[tuple[int, int]] = []
    for m in _SENTENCE_AFTER_DOI.finditer(line):
        a = m.start("s")
        if out and a < out[-1][1]:
            continue
        stop = _PROSE_END.search(line, m.end("s"))
        b = stop.start() if stop else len(line)
        span = line[a:b]
        if _REFERENCE_ENTRY.search(span) or _AUTHOR_INITIALS.search(span) or _YEAR_STOP.search(span):
            continue
        out.append((a, b))
    return out


def _citation_line(line: str) -> bool:
    """A line that reads like a citation: "Source: ...", "Vol 16", "2021;13(10):145", a DOI.
    Substring tests gate each regex: this runs on every line of every document."""
    lead = line.lstrip(_LINE_LEAD)
    if lead[:1] in _CITATION_INITIALS:
        lead = lead[:40].lower()
        if lead.startswith(W.CITATION_LINE_PREFIXES) and _CITATION_PREFIX.match(lead):
            return True
    if len(line) >= 600:
        return False
    if ("doi" in line or "DOI" in line) and _DOI_WORD.search(line) \
            and ("10." in line or "doi:" in line.lower()):
        # prose that links a study ("In a [2023 study](https://doi.org/...), 42 adults ...")
        # is not a citation line: its DOI is only in a link target
        # a markdown link keeps its text's closing bracket, so that a DOI given as a link's
        # text ("... rose 4%. Source: [doi:10.1/x](https://doi.org/10.1/x).") reads as bracketed
        prose = _LINK_TARGET.sub(_link_kept, line)
        bare = _BRACKETED_DOI.sub("", prose) if "(" in prose or "[" in prose or "; doi" in prose.lower() \
            else prose
        doi = [m.start() for m in (_DOI_NUMBER.search(bare), _DOI_WORD.search(bare)) if m]
        if doi and _digest_item(bare, min(doi)):
            return False
        if doi and _prose_before(bare, min(doi)):
            pass  # a paragraph that closes by saying where the paper is
        elif not doi and len(bare) < len(prose) and _PROSE_AFTER_DOI.search(prose):
            pass  # a hard-wrapped paragraph's line: a new sentence opens after the bracketed DOI
        elif doi or len(bare.split()) < 20 \
                or (len(bare) < len(prose) and _REFERENCE_ENTRY.search(bare)):
            return True
    if ("vol" in line or "Vol" in line or "VOL" in line) and _VOLUME.search(line.lower()):
        return True
    return "):" in line and _CITATION_DIGITS.search(line) is not None


_HEADING_LINE = _rx(r"\n[ \t#*_>\-]*(?i:{{h}})[ \t#*_:\u00a0]*(?=\n|$)", h=W.REFERENCE_HEADINGS)


_AUTHOR_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _opens_list(text: str, pos: int, lines: int = 4) -> bool:
    """Whether a heading at ``pos`` is followed by citations ("Source:" in a press release's
    header names an institution: the article goes on after it)."""
    for line in text[pos : pos + 2000].split("\n")[1:]:
        if not line.strip():
            continue
        if (_citation_line(line) or "http" in line or "www." in line
                or (("et al" in line or line.count(",") >= 2) and _AUTHOR_YEAR.search(line))):
            return True
        lines -= 1
        if not lines:
            return False
    return False


_LIST_ENTRY = re.compile(r"[ \t]*[\[(]?\d{1,3}[.)\]][ \t]")
#: A run of this many non-blank lines (and characters) without a citation after a reference
#: list is a body of text, not its footer: footers (links, an address, a disclaimer) stay under
#: a dozen lines.
_BODY_LINES, _BODY_CHARS = 20, 1000


def _cites(line: str) -> bool:
    """Whether a line after a reference heading reads like (part of) a reference entry."""
    return bool(_citation_line(line) or "http" in line or "www." in line
                or _AUTHOR_YEAR.search(line) or _LIST_ENTRY.match(line))


#: Two sentences in a row: a paragraph of prose, not a reference entry's title.
_TWO_SENTENCES = re.compile(r"[a-z)][.?!][ \t]+[A-Z\"“]")


def _prose_after_list(line: str) -> bool:
    """A paragraph of running prose after a reference list: a reply or comment of a thread
    whose post the list closed ("Nice answer. The 3-fold rise only holds for ..."). At least
    25 words, two sentences, a digit, and nothing of a citation: no year, link, "et al" or list
    number (a link's target does not count: forum posts link their authors). A footer's prose
    (a disclaimer, often set in italics) states no number and stays masked."""
    if len(line) < 120 or _LIST_ENTRY.match(line) or not any(c.isdigit() for c in line):
        return False
    stripped = line.strip()
    if stripped[:1] in "*_" and stripped[-1:] == stripped[:1]:
        return False  # an italic note: "*Prices from 2 May. Terms apply.*"
    bare = _LINK_TARGET.sub(_link_kept, line)
    if "http" in bare or "www." in bare or "et al" in bare or _AUTHOR_YEAR.search(bare) \
            or len(bare.split()) < 25 or not _TWO_SENTENCES.search(bare):
        return False
    return not _citation_line(line)


#: A horizontal rule alone on its line ("-----", "=====", "* * *").
_RULE_LINE = re.compile(r"[ \t]*(?:[-=_*─━—][ \t]*){3,}")
#: A section heading in capitals ("WHAT OUR READERS SAY"): two words or more, letters only.
_CAPITALS_HEADING = re.compile(r"[ \t#*_]*[A-Z][A-Z'’]+(?:[ \t]+[A-Z][A-Z'’&]*)+[ \t#*_:]*")


def _ruled_heading(text: str, line: str, nl: int) -> bool:
    """Whether ``line`` (ending at ``nl``), a horizontal rule after a reference list's entries,
    opens a new section: the next line is a heading in capitals that opens no reference list
    (a page's testimonials, a second feature). Such a section's numbers are read again."""
    if not _RULE_LINE.fullmatch(line):
        return False
    nxt_end = text.find("\n", nl + 1)
    nxt = text[nl + 1 : nxt_end if nxt_end >= 0 else len(text)]
    if not nxt.strip():  # one blank line may stand between
        after = text.find("\n", nxt_end + 1) if nxt_end >= 0 else -1
        nxt = text[nxt_end + 1 : after if after >= 0 else len(text)] if nxt_end >= 0 else ""
    return len(nxt) <= 60 and _CAPITALS_HEADING.fullmatch(nxt) is not None \
        and nxt.strip(" \t#*_:").lower() not in W.REFERENCE_HEADINGS


def _list_end(text: str, pos: int, body: int) -> int:
    """Where the reference list opened at ``pos`` ends for masking: the end of the text, unless
    a long body follows its citations, or one starts at ``body`` (a caption file's first cue
    after a video description's "Sources:"), or a paragraph of prose follows (a thread's next
    comment or post): then the end of the last citation line before that body. Short runs of
    other lines (wrapped entries, a footer) stay masked with the list."""
    end = last = pos
    run = chars = 0
    while end < len(text):
        if end >= body:
            return last
        nl = text.find("\n", end + 1)
        nl = len(text) if nl < 0 else nl
        line = text[end + 1 : nl]
        if line.strip():
            if _prose_after_list(line) or (last > pos and _ruled_heading(text, line, nl)):
                return last
            if _cites(line):
                last, run, chars = nl, 0, 0
            else:
                run += 1
                chars += len(line)
                if run >= _BODY_LINES and chars >= _BODY_CHARS:
                    return last
        end = nl
    return len(text)


#: A heading alone on its line over a page's list of links to other stories, a section name
#: allowed after "in"/"from" ("Most popular in Travel"); "More" with a name (an outlet's, a
#: section's: "MORE FROM THE DAILY NEWS", "More in Health", the name capitalised). Starts with a
#: newline: the engine only tries it at line starts (the text is searched with a newline put
#: before it).
_LINK_LIST_HEADING = _rx(
    r"\n[ \t#*_>\-]*(?:(?i:{{h}})(?:[ \t]+(?i:in|from|on)[ \t]+[^\n]{1,40}?)?"
    r"|(?i:more[ \t]+(?:in|from|on))[ \t]+[A-Z][^\n]{0,39}?)[ \t#*_:\u00a0]*(?=\n)",
    h=W.LINK_LIST_HEADINGS)
#: A single link to another story on its own line: its label, a colon, the headline (the
#: headline must read as one, see ``_link_item``).
_INLINE_LINK = _rx(
    r"\n[ \t#*_>\-]*(?i:{{h}})[ \t*_]*:[ \t*_]*(?P<item>[^\n]+)", h=W.INLINE_LINK_LABELS)
#: Words every inline link label contains: a text with none of them has no such line.
_INLINE_LINK_GATE = ("related", "read", "also like", "this story")
#: A comment or share counter alone on its line ("14 Comments", "1.2K shares").
_ENGAGEMENT_LINE = _rx(
    r"\n[ \t#*_>\[]*\d[\d,.]*[kKmM]?[ \t]+(?i:{{w}})[ \t*_\]]*(?=\n|$)", w=W.ENGAGEMENT_WORDS)
#: The longest line a link list's item has (a headline, or its one-line summary).
_LINK_ITEM_CHARS = 200
#: A masthead's weather widget: an optional place, a temperature and a weather word, nothing
#: else on the line ("Hull  14°C  Heavy showers", "8°C | Cloudy").
_WEATHER_LINE = _rx(
    r"(?m)^[ \t]*(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t,|·:–-]+)?[-−]?\d{1,2}(?:\.\d)?"
    r"[ \t]?°[ \t]?[CF]?(?:[ \t]*/[ \t]*[-−]?\d{1,2}[ \t]?°[ \t]?[CF]?)?[ \t,|·–-]+(?i:{{w}})[ \t]*$",
    w=W.WEATHER_WORDS)


#: A line of a shop's call-out or terms (``W.STORE_LINE_PHRASES``), matched in any case.
_STORE_LINE = _rx(r"(?m)^[^\n]*?(?i:{{p}})(?![a-z])[^\n]*", p=W.STORE_LINE_PHRASES)
#: The same phrases as one automaton: a single pass decides whether a text has any of them.
_STORE_PHRASES = ahocorasick_rs.AhoCorasick(list(W.STORE_LINE_PHRASES))
#: A line that is a shop's button and nothing else: the call to buy, bracketed, starred or with an
#: arrow, once a link's target is dropped (``_LINK_TARGET``: "[Shop Now](https://...)", "**Buy
#: now →**").
_BUTTON_LINE = _rx(r"[ \t*_\[\]>→›»-]*(?i:{{p}})[ \t*_\[\]>→›»!.-]*", p=W.STORE_LINE_PHRASES)
#: The most lines above a shop's button a product card has (a name, a price, a size).
_CARD_LINES = 3
#: The most characters a shop's line or an event listing has: a paragraph of prose is longer.
_FURNITURE_LINE_CHARS = 300
#: An event listing's entry: a title in capitals, a dash, then its details ("BOWLS CLUB --
#: Fridays, 2 p.m., the green. $2. Call 555-0101.").
_LISTING_LINE = re.compile(
    r"(?m)^[ \t*_#]*[A-Z][A-Z0-9&'’.,/!?:() ]{2,60}?[ \t]+(?:--|—|–)[ \t]+[^\n]+")
#: A time of day ("10 a.m.", "2:15-4 p.m.", "7pm", "noon") in a listing's details.
_TIME_OF_DAY = re.compile(r"\d(?::\d\d)?[ \t\u00a0]?(?:[ap]\.m\.|[ap]m\b)|\bnoon\b", re.I)
_LISTING_CONTACT = _rx(r"(?<![a-z])(?:{{w}})(?![a-z])|\d{3}[-.]\d{4}(?!\d)", w=W.LISTING_CONTACT_WORDS)


def _link_item(line: str) -> bool:
    """Whether a line under a link list's heading reads like one of its items: a short line
    that does not end a sentence (a headline; a summary may trail off with an ellipsis)."""
    stripped = line.strip()
    end = stripped.rstrip("\"'”’)*_")  # a quote closing a sentence: 'She said: "It works."'
    return bool(stripped) and len(stripped) <= _LINK_ITEM_CHARS and (
        not end.endswith(".") or end.endswith(("...", "…")))


def _page_furniture(text: str) -> list[tuple[int, int]]:
    """Page furniture whose numbers belong to no finding: the lists of links to other stories
    under a "Related stories" / "Most read" / "Read more:" heading (the items up to the first
    blank line or the first line of prose), and a masthead's weather line."""
    spans = []
    for h in _LINK_LIST_HEADING.finditer("\n" + text):
        pos = h.end() - 1  # the heading's line end in ``text``
        first = end = pos
        blanks = 0
        while end < len(text):
            nl = text.find("\n", end + 1)
            nl = len(text) if nl < 0 else nl
            line = text[end + 1 : nl]
            if not line.strip():
                if end > first or blanks >= 1:  # a blank line closes the list
                    break
                blanks += 1
                pos = end = nl
                first = nl
                continue
            if not _link_item(line):
                break
            end = nl
        if end > first:
            spans.append((first, end))
    # the patterns start with a newline: searched in the text with one put before it
    lined = "\n" + text
    low = lowered_document(text)  # cached: the scanner asked for it already
    if any(w in low for w in _INLINE_LINK_GATE):
        spans.extend((m.start(), m.end() - 1) for m in _INLINE_LINK.finditer(lined)
                     if _link_item(m.group("item")))
    spans.extend((m.start(), m.end() - 1) for m in _ENGAGEMENT_LINE.finditer(lined))
    if "°" in text:
        spans.extend((m.start(), m.end()) for m in _WEATHER_LINE.finditer(text))
    spans.extend(_store_and_listing_lines(text))
    return spans


def _product_card_start(text: str, store: re.Match[str]) -> int:
    """Where a product card ends that a shop's button closes: when the line holds the call to buy
    alone ("[Shop Now](url)", "Buy now →"), the short lines right above it in the same block (a
    product's name, "$24.99 at a store") are its card, up to ``_CARD_LINES`` of them that end no
    sentence. Otherwise the line itself."""
    if _BUTTON_LINE.fullmatch(_LINK_TARGET.sub("", store.group())) is None:
        return store.start()
    start = store.start()
    for _ in range(_CARD_LINES):
        if start == 0:
            break
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1]
        if not _link_item(line):
            break
        start = prev
    return start


def _store_and_listing_lines(text: str) -> list[tuple[int, int]]:
    """Short lines of a shop ("Free shipping on orders above $60", a product call-out with its
    price and a "Shop now" link) and the entries of an event listing: a title in capitals, a
    dash, a time of day and a contact ("CHESS CLUB -- Tuesdays, 2 p.m., the library. $1.
    Call 555-0102."). Their prices, places and sizes belong to no finding."""
    spans = []
    low = lowered_document(text)  # cached: the scanner asked for it already
    if _STORE_PHRASES.find_matches_as_indexes(low):  # the cheap gate: most texts sell nothing
        for m in _STORE_LINE.finditer(text):
            if len(m.group().strip()) <= _FURNITURE_LINE_CHARS:
                spans.append((_product_card_start(text, m), m.end()))
    if ("--" in text or "—" in text or "–" in text) and ("a.m." in low or "p.m." in low or "pm" in low):
        for m in _LISTING_LINE.finditer(text):
            line = m.group()
            if len(line) <= _FURNITURE_LINE_CHARS and _TIME_OF_DAY.search(line) \
                    and _LISTING_CONTACT.search(line.lower()):
                spans.append((m.start(), m.end()))
    return spans


def _masked_spans(text: str, furniture: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Inline masks (URLs, DOIs, citation markers, caption cue numbers and timings) and the
    reference list at the end. Citation lines elsewhere are checked lazily, only where a number
    occurs."""
    spans = [(m.start(), m.end()) for p in _MASK_PATTERNS for m in p.finditer(text)]
    low = lowered_document(text)  # cached: the scan lowered this document already
    if any(n in low for n in _DISCOUNT_NEEDLES):
        spans.extend((m.start(), m.end()) for m in _DISCOUNT.finditer(text))
    spans.extend(_page_furniture(text))
    spans.extend(furniture)
    # A heading line that opens a reference list masks the rest of the document. The pattern
    # starts with a newline, so the engine only tries it at line starts.
    heading = next((h for h in _HEADING_LINE.finditer("\n" + text) if _opens_list(text, h.end() - 1)),
                   None)
    if heading:
        pos = heading.end() - 1
        body = next((s for s, _ in furniture if s > pos), len(text))
        spans.append((max(0, heading.start()), _list_end(text, pos, body)))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_SPACES = " \u00a0\u202f\u2009"


def _join_soft_breaks(text: str, low: str) -> str:
    """``low`` with the line breaks of hard-wrapped prose read as a space ("around 2\ntablespoons",
    "trained three\ntimes a week", also when the next line is indented like a page's second
    column) or, after a hyphen, as nothing ("peo-\nple" becomes "  people": the joined word keeps
    its end offset); before a number too after a word ("groups of\n70"), a list's number aside.
    Only before a lower-case letter or a digit and on a line of 30 characters or more: a short
    line is a heading or list item."""
    parts: list[str] = []
    pos = 0
    for m in _SOFT_BREAK.finditer(text):
        i = m.start()
        if low[i] != "\n":  # already read as a space (a caption cue's wrapping)
            continue
        before = low[i - 2 : i]
        if m.group("d"):
            # a number opens the next line: read on only after a word that ends no sentence
            # ("divided into four arms of\n45:"), not into a list's number ("1. ")
            if not before[-1:].isalpha() or _LIST_NUMBER.match(low, i + 1):
                continue
        elif before[-1:].isdigit() or (before[-1:].isalpha() and (
                _number_word_before(low, i) or _NUMBER_THEN_WORD.search(low, max(0, i - 40), i))):
            pass  # "2\ntablespoons", "three\ntimes a week", "12 older\nwomen", "9 in the\nband"
        elif before[-1:] == "-" and before[:1].isalpha() and low[i + 1] != " ":
            i -= 1
        else:
            continue
        if i < pos or i - (low.rfind("\n", 0, i) + 1) < 30:
            continue
        if low[i] == "\n":
            parts.append(low[pos:i])
            parts.append(" ")
            pos = i + 1
        else:  # move the word's first half right, over the hyphen and the newline
            w = i
            while w > pos and low[w - 1].isalpha():
                w -= 1
            parts.append(low[pos:w])
            parts.append("  " + low[w:i])
            pos = i + 2
    if not parts:
        return low
    parts.append(low[pos:])
    return "".join(parts)


#: A markdown emphasis marker right before a number, perhaps after its sign or currency sign:
#: the opener of "**68**", "*+15%*", "__$40__". The pattern opens with a character class, which
#: the engine tests at every character (``_EMPHASIS_GATES`` skips texts it cannot match).
_EMPHASIS_OPEN = re.compile(
    r"(?:\*\*?|__?)(?=[-+−{}]?[0-9])".format(re.escape("".join(W.CURRENCY_SIGNS))))


#: One pattern per marker that every opener ``_EMPHASIS_OPEN`` finds also matches (its marker,
#: the second marker, the sign, the digit): each opens with a literal, which the engine finds at
#: string-search speed, where ``_EMPHASIS_OPEN``'s opening class costs a test per character. Most
#: texts with markdown emphasis emphasise no number: the full scan is skipped for them.
_EMPHASIS_GATES = tuple(
    re.compile(r"{m}(?={m}?[-+−{c}]?[0-9])".format(m=re.escape(m), c=re.escape("".join(W.CURRENCY_SIGNS))))
    for m in "*_"
)


def _emphasised_number(text: str) -> bool:
    """Whether ``text`` may hold an opener of ``_EMPHASIS_OPEN`` (exact: no false "no")."""
    return any(m in text and gate.search(text) for m, gate in zip("*_", _EMPHASIS_GATES, strict=True))


def _unwrap_emphasis(text: str, low: str) -> str:
    """``low`` with the opening marker of markdown emphasis around a number read as spaces
    ("Mean age: **68**;" reads "Mean age:   68**;"), so the words before it (a label, an
    age cue, "aged", "mean age of") reach the number as they do in plain text. The closer stays:
    the scanner reads a unit after it (``ScanCore.parse_numeric``: "**28** days"), and spaces
    there would part the number from its unit. Only a marker pair on one line whose opener
    follows no word character and whose closer, within 40 characters, is followed by none:
    "5*3*2" and "a_3_" stay. Offsets are kept."""
    if not _emphasised_number(text):
        return low
    chars: list[str] | None = None
    pos = 0
    for m in _EMPHASIS_OPEN.finditer(text):
        a, b = m.span()
        if a < pos or (a > 0 and (text[a - 1].isalnum() or text[a - 1] in "*_")):
            continue
        marker = m.group()
        close = text.find(marker, b, b + 41)
        if close < 0 or "\n" in text[b:close] or marker[0] in text[b:close]:
            continue
        after = close + len(marker)
        if after < len(text) and (text[after].isalnum() or text[after] in "*_"):
            continue
        if chars is None:
            chars = list(low)
        chars[a:b] = " " * (b - a)
        pos = after
    return low if chars is None else "".join(chars)


def _number_word_before(low: str, pos: int) -> bool:
    word = _LAST_WORD.search(low, max(0, pos - 12), pos)
    return word is not None and word.group() in _WORD_NUMBERS


_GATES: dict[int, tuple[str, ...]] = {
    id(_PREFIX): tuple(W.PREFIX_COMPARATORS),
    id(_STAT): ("=", "<", ">", "≤", "≥", ":", ",", ")", "hr", "or", "rr", "rar", "md", "ratio", "risk",
                "of **", "was **", "is **", "= **", ": **", "of __", "was __",
                "difference", "icc", "auc", "s d", "'s d", "’s d", " g", "’ g", "' g", "means",
                *W.STAT_ADVERBS,
            "correlation", "coefficient", "value", "values", "size", "of", "was", "were", "is",
            "-", "−", "equals", "equal to", "less than", "lower than", "smaller than",
            "greater than", "α", "alpha", "from", *(f"{v} to" for v in _STAT_CHANGE_VERBS),
            # an en dash typed for the minus sign, after a link ("r = –0.3"); a range's dash
            # ("3–5") opens no look-back
            *(f"{op}{sp}–" for op in ("=", ":", "of", "was", "is", "(") for sp in ("", " "))),
    id(_STAT_FAR): ("=", ":", ",", "of", "was", "were", "is", "-", "−", *W.STAT_ADVERBS),
    id(_N_LOOKBACK): ("=", ":", "≈", "~", "n of"),
    id(_ENROLMENT_FIELD): ("ment", "size", ")", ":", "="),
    id(_BETWEEN): ("between", "from"),
    id(_DECLINE_BEFORE): ("between", "from"),
    id(_BETWEEN_AGES): ("of",),
    id(_AGE_LOOKBACK): ("of", "age", "aged", "ages", "range", "between", "from", ":", "=", "was",
                        "were", "is"),
    id(_POP_LOOKBACK): ("(", "over", "above", "under", "below", "than", "between"),
    id(_MONTH_BEFORE): tuple(W.MONTHS) + tuple(m + "." for m in W.MONTHS),
    id(_SCORE_LOOKBACK): ("scored", "scoring", "score", "scores", "of", ":", "=", "mean", "median",
                          "average", "rating", "ratings", "rating was", "ratings were", "rating is",
                          "rating of", *W.SCALE_LABELS),
    id(_BMI_LOOKBACK): ("bmi", "index", "of", "bmi (", "bmi(", "index (", "index(", "was", "were", "is",
                        ":", "="),
    id(_ETAL): ("al.", "al.,", "al", ",", "("),
    id(_YEAR_PREP): ("in", "since", "by", "until", "during", "from", "of"),
    id(_ELIDED_TARGET): ("another", "further", "reach", "hit", "top"),
    id(_FOR_BEFORE): ("for", "of", "lasting", "sustained", "than"),
    id(_A_BEFORE): ("a", "an"),
    id(_THEIR): ("their", "his", "her", "your", "my", "our", "early", "late", "mid", "mid-"),
    id(_QUALIFIED_DECADE): ("early", "late", "mid", "mid-"),
    id(_BY_BEFORE): ("by", "in", "a", "an", "about", "around", "nearly", "almost", "roughly",
                     "than", "over", "under", "*", "_"),
}
#: Gates of look-backs only the rare rules call (checked by them, so that ``_ANY_GATE``, which
#: decides whether any look-back runs at a number, does not widen).
_EFFECT_GATE = ("of", "was", "were", "is", "at", "=", ":")


_ANY_GATE = tuple(sorted({g for gates in _GATES.values() for g in gates} | {"-", "−", "."}))


_GROUPING = str.maketrans("", "", ", \u00a0\u202f\u2009'\u2019")


def _number_value(token: str, mult: str | None) -> float:
    """"1,234", "10 000" (SI thin-space grouping), "1.5 million"."""
    v = float(token if token.isdigit() else token.translate(_GROUPING))
    return v * W.MULTIPLIERS[mult] if mult else v


def _word_value(m: re.Match[str]) -> float:
    if m.group("tens"):
        v = W.TENS[m.group("tens")] + (W.UNITS[m.group("tu")] if m.group("tu") else 0)
    else:
        v = W.UNITS[m.group("unit")]
    mult = m.group("mult")
    if mult == "dozen":
        return v * 12.0
    if m.group("rtens") or m.group("runit"):  # "three hundred and fifty-two"
        return v * 100 + _hundred_rest(m)
    return float(v * W.MULTIPLIERS[mult]) if mult else float(v)


def _hundred_rest(m: re.Match[str]) -> float:
    """The part after "hundred and" ("fifty-two", "seven"): groups ``rtens``, ``rtu``, ``runit``."""
    if m.group("rtens"):
        return float(W.TENS[m.group("rtens")] + (W.UNITS[m.group("rtu")] if m.group("rtu") else 0))
    return float(W.UNITS[m.group("runit")])


def _past_verb(word: str) -> bool:
    """"30 walked daily": a verb's past form after a number says what people did, no noun
    counted per day ("one seed a day" keeps its noun)."""
    return word.endswith("ed") and not word.endswith("eed")


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Ordinary English words (wordfreq, see reference PROVENANCE.md)."""
    return frozenset(r["word"] for r in read_tsv(DATA / "english.tsv.gz"))


def _is_plural_noun(word: str) -> bool:
    if word in W.IRREGULAR_PLURALS or word in W.UNMARKED_PLURALS:
        return True  # "52,000 nuclei", "three criteria"; loanwords counted unchanged
    if word in W.NOT_COUNT_NOUNS or len(word) < 4:
        return False
    if word.endswith("is"):  # the plural of an English word in -i ("four taxis", "two Israelis"),
        return word[:-1] in _english_words()  # not a singular in -is ("basis", "thesis", "axis")
    if word.endswith("men") and len(word) > 5:
        # a compound in -men ("fishermen", "ex-servicemen"): its singular in -man is a word, or
        # its first part is; a singular in -men ("specimen", "regimen", "stamen") is neither
        stem = word.rsplit("-", 1)[-1][:-3]
        return stem + "man" in _english_words() or (len(stem) >= 4 and stem in _english_words())
    return word.endswith("s") and not word.endswith(("ss", "us", "'s", "’s"))


def _clean(v: float | None) -> float | None:
    """Rounding noise off; a tiny value ("p = 3e-12") keeps ten significant digits instead."""
    if v is None:
        return None
    return float(f"{v:.10g}") if v and abs(v) < 1e-4 else float(round(v, 10))


def _scaled(value: float, exponent: str) -> float:
    """``value`` times ten to ``exponent`` read as one literal ("4.1e-6"), so no binary
    rounding of the product creeps in."""
    return float(f"{value!r}e{int(exponent.replace('−', '-'))}")


def _plain_number_end(low: str, pos: int) -> int | None:
    m = _DIGITS.match(low, pos)
    return m.end() if m and not m.group("mult") and not m.group("grp") else None


def _digit_run_end(low: str, pos: int) -> int | None:
    m = _DIGIT_RUN.match(low, pos)
    return m.end() if m else None


def _list_members(low: str, pos: int, number: Callable[[str, int], int | None]):
    """(end, joined) for each further member of a list of numbers after ``pos`` (at most 8);
    ``joined``: an "and"/"or" has been seen, which a list needs before its last member."""
    joined = False
    for _ in range(8):
        join = _LIST_JOIN.match(low, pos)
        end = number(low, join.end()) if join else None
        if end is None:
            return
        joined, pos = joined or bool(join.group("w1") or join.group("w2")), end
        yield pos, joined
