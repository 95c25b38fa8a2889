"""Journal names: recognise abbreviated title words and compare printed names with full titles.

References print journals as ISO 4 / NLM abbreviations ("Am J Physiol Cell Physiol", "Nat.
Commun.") while Crossref returns full titles. The word list lives in ``agefacts/data`` so the
knowledge can grow without touching code; words it lacks still match by prefix ("Physiol" ->
"Physiology") or by first letter and subsequence ("Natl" -> "National").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "journal_words.tsv"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class JournalWords:
    abbreviations: dict[str, frozenset[str]]
    stopwords: frozenset[str]
    version: str


@lru_cache(maxsize=1)
def journal_words() -> JournalWords:
    data = DATA_FILE.read_bytes()
    abbr: dict[str, set[str]] = {}
    stops: set[str] = set()
    for line in data.decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word, *rest = line.split("\t")
        if kind == "abbr":
            abbr.setdefault(word.lower(), set()).add(rest[0].lower())
        elif kind == "stop":
            stops.add(word.lower())
    version = f"journal_words.tsv sha256:{hashlib.sha256(data).hexdigest()[:12]}"
    return JournalWords({k: frozenset(v) for k, v in abbr.items()}, frozenset(stops), version)


def is_abbreviated_word(token: str) -> bool:
    """True for a word printed as a journal-title abbreviation ("Commun.", "J.", "Physiol.")."""
    word = token.strip("().,;:").lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True
    return word in journal_words().abbreviations


def tokens(name: str) -> list[str]:
    """Lower-case content words of a journal name (stopwords dropped)."""
    stops = journal_words().stopwords
    return [t for t in (m.group(0).lower() for m in _TOKEN.finditer(name)) if t not in stops]


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def word_matches(abbrev: str, word: str) -> bool:
    """Whether ``abbrev`` can stand for ``word`` in a journal title."""
    if abbrev == word:
        return True
    known = journal_words().abbreviations.get(abbrev)
    if known is not None:
        return any(word.startswith(k) or k.startswith(word) for k in known)
    if word.startswith(abbrev):
        return True
    return len(abbrev) >= 3 and abbrev[0] == word[0] and _is_subsequence(abbrev, word)


def _aligned(short: list[str], long: list[str]) -> int:
    """Words of ``short`` matched, in order, to words of ``long``."""
    matched, pos = 0, 0
    for t in short:
        for j in range(pos, len(long)):
            if word_matches(t, long[j]):
                matched += 1
                pos = j + 1
                break
    return matched


def _without_parenthetical(name: str) -> str:
    return re.sub(r"\([^)]*\)", " ", name)


def journal_similarity(printed: str, title: str) -> float:
    """0..1: how well a printed (possibly abbreviated) journal name matches a full title."""
    best = 0.0
    for a in {printed, _without_parenthetical(printed)}:
        for b in {title, _without_parenthetical(title)}:
            ta, tb = tokens(a), tokens(b)
            if not ta or not tb:
                continue
            matched = max(_aligned(ta, tb), _aligned(tb, ta))
            best = max(best, 2 * matched / (len(ta) + len(tb)))
    return round(best, 3)
