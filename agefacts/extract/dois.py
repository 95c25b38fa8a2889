"""Find DOIs however an article writes them, and normalise them to one canonical form.

Web articles print DOIs as resolver links (``https://doi.org/…``, ``dx.doi.org/…``, sometimes
URL-encoded), as ``doi:`` / ``DOI:`` labels or bare ``10.NNNN/…`` strings, often followed by
sentence punctuation or closing brackets that are not part of the DOI. DOIs are case-insensitive,
so the canonical form is lower case, URL-decoded and stripped of that trailing noise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

#: Registrant code (``10.`` + 4-9 digits, optionally dotted sub-codes), ``/``, non-blank suffix.
_DOI_FORM = re.compile(r"^10\.\d{4,9}(?:\.\d+)*/\S+$")

_PREFIX = r"(?:(?:https?://)?(?:dx\.|www\.)?doi\.org/|doi\s*:\s*|doi\s+(?=10\.))"
_BODY = r"10(?:\.|%2[Ee])\d{4,9}(?:\.\d+)*(?:/|%2[Ff])[^\s\"'<>\]\[{}|\\^`]+"
#: The leading lookahead changes no match (every DOI as written starts with h, d, w or 1: a
#: resolver link, "doi" or the "10." itself) but lets the regex engine skip other positions fast.
#: Publisher links carry the DOI after a "/doi/" path segment
#: ("onlinelibrary.wiley.com/doi/10.1002/…", "journals.physiology.org/doi/full/10.1152/…").
#: Preprint servers put it after "/content/" ("biorxiv.org/content/10.1101/…v1").
_PUBLISHER_PATH = "|".join(
    f"(?<=/doi/{kind})" for kind in ("", "abs/", "full/", "pdf/", "epdf/", "epub/", "book/")
) + "|(?<=/content/)"
_FINDER = re.compile(
    rf"(?=[hdw1])(?:(?<![\w.%/-])|{_PUBLISHER_PATH})(?P<prefix>{_PREFIX})?(?P<body>{_BODY})",
    re.IGNORECASE,
)

_TRAILING = ".,;:!?*_"
#: The rest of a DOI on the next line: a separator ends the line and the next line goes on with
#: digits and another separator ("04.011"), which a numbered list ("2. Smith") does not.
_WRAPPED = re.compile(r"([./-]?)\n(\d+[./-][^\s\"'<>\]\[{}|\\^`]+)")
_PAIRS = {")": "(", "]": "[", "}": "{"}
#: bioRxiv and medRxiv (prefix 10.1101) link a preprint as its DOI plus a version and a page
#: ("…/10.1101/2024.01.02.123456v2.full"); the DOI names every version, so both are cut off.
_PREPRINT_VERSION = re.compile(
    r"(10\.1101/(?:\d{4}\.\d\d\.\d\d\.)?\d+)v\d+(?:\.[a-z+-]+(?:\.pdf)?)?", re.IGNORECASE)


@dataclass(frozen=True)
class DoiMatch:
    start: int  # offset of the DOI as written, including any doi.org/ or doi: prefix
    end: int
    written: str
    doi: str  # canonical form


def _trim(body: str) -> str:
    """Drop trailing punctuation and closing brackets that have no opener inside the DOI, and a
    preprint server's version suffix."""
    while body:
        last = body[-1]
        unbalanced = last in _PAIRS and body.count(last) > body.count(_PAIRS[last])
        if last in _TRAILING or unbalanced:
            body = body[:-1]
        elif body.endswith(("&quot;", "&gt;", "&lt;")):
            body = body[: body.rindex("&")]
        else:
            break
    if "v" in body or "V" in body:
        version = _PREPRINT_VERSION.fullmatch(body)
        if version:
            return version.group(1)
    return body


def normalize_doi(value: str) -> str | None:
    """Canonical DOI (lower case, decoded, no resolver prefix or query), or None if not a DOI."""
    text = value.strip()
    m = re.match(_PREFIX, text, re.IGNORECASE)
    if m:
        text = text[m.end() :]
    text = unquote(text)
    text = re.split(r"[?#]", text, maxsplit=1)[0] if "doi.org" in value.lower() else text
    text = _trim(text.strip()).lower()
    return text if is_valid_doi(text) else None


def is_valid_doi(doi: str) -> bool:
    """True for the syntactic form of a DOI (10.<registrant>/<suffix>), printable, no spaces."""
    return bool(_DOI_FORM.match(doi)) and doi.isprintable()


def find_dois(text: str) -> list[DoiMatch]:
    """Every DOI written in ``text``, with the span of its written form, in text order."""
    out: list[DoiMatch] = []
    if "10." not in text and "10%2" not in text:  # every DOI starts "10." or "10%2E": none
        return out
    for m in _FINDER.finditer(text):
        body = m.group("body")
        is_url = (bool(m.group("prefix")) and "doi.org" in m.group("prefix").lower()) or (
            "/doi/" in text[max(0, m.start() - 11) : m.start()].lower()
            or text[max(0, m.start() - 9) : m.start()] == "/content/")
        if is_url:  # a resolver link ends at its query string or fragment
            body = re.split(r"[?#]", body, maxsplit=1)[0]
        if "&" in body and m.start() and text[m.start() - 1] == "=":
            # the value of a query's parameter (a redirect: "url?q=https://doi.org/10.1/x&sa=D")
            # ends at the next parameter
            body = body.partition("&")[0]
        body = _trim(body)
        doi = _trim(unquote(body)).lower()
        if not is_valid_doi(doi):
            continue
        start = m.start()
        end = m.start("body") + len(body)
        wrapped = _WRAPPED.match(text, end)
        if wrapped and (wrapped.group(1) or body[-1] in "/-"):  # a hard-wrapped line split the DOI after a separator ("2025.⏎04.011")
            rest = _trim(wrapped.group(2))
            joined = _trim(unquote(body + wrapped.group(1) + rest)).lower()
            if is_valid_doi(joined):
                doi, end = joined, wrapped.start(2) + len(rest)
        out.append(DoiMatch(start=start, end=end, written=text[start:end], doi=doi))
    return out
