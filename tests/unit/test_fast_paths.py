"""The fast paths of the extractors answer exactly as the plain code they replace."""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

import pytest

from agefacts.extract import claim_rules
from agefacts.extract.citations import _sentence_at, _SentenceIndex
from agefacts.extract.cues import (
    CASE_TWINS,
    Scanner,
    _boundary_view,
    _is_word_char,
    compile_phrases,
    lexicon,
    search_end,
)
from agefacts.extract.sentences import sentence_rows
from agefacts.ids import stable_id

ROOT = Path(__file__).resolve().parents[2]


def test_search_end_finds_what_a_full_search_finds() -> None:
    g = lexicon().grammar
    patterns = [
        (g.adjectival_before, g.adjectival_tokens), (g.subject_adjunct, g.subject_adjunct_tokens),
        (g.object_negation, g.object_negation_tokens), (claim_rules._INFINITIVE, 2),
        (claim_rules._OF_HEAD, 3), (claim_rules._RELATIVE_OPENING, 1),
        (claim_rules._THAT_OPENING, 1),
    ]
    words = ["the", "The", "with", "of", "OF", "to", "not", "but", "and", "which", "that",
             "among", "quickly", "x", "gene-", "-of", "(the", "an", "IL-6", "don't", "of,", "had"]
    spaces = [" ", "  ", "\n", "\t", "\u00a0"]
    rng = random.Random(0)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(0, 7)))
        for rx, tokens in patterns:
            full, fast = rx.search(text), search_end(rx, text, tokens)
            assert (full and (full.span(), full.groups())) == (fast and (fast.span(), fast.groups()))
            found += full is not None
    assert found > 1000  # the texts do exercise the patterns


def test_boundary_view_keeps_word_characters_only() -> None:
    rng = random.Random(1)
    pool = "abc XYZ_-—’é\u00a01²\ud800😀𝐀\x00\n"
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        expected = "\0" + "".join(c if _is_word_char(c) else "\0" for c in text) + "\0"
        assert _boundary_view(text) == expected


def test_stable_id_is_the_json_encoding_of_its_parts() -> None:
    def reference(prefix: str, *parts: object) -> str:
        payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
        return f"{prefix}-{hashlib.sha256(payload.encode('utf-8')).hexdigest()[:16]}"

    for parts in [("d", 1, 2, None, 'a"b\\c\n\u2028é😀'), ("d", True, 1.5), ("d", -5, 10**30, "")]:
        assert stable_id("x", *parts) == reference("x", *parts)


def test_sentence_index_picks_the_sentence_the_linear_scan_picks() -> None:
    rng = random.Random(2)
    for _ in range(2000):
        pos, sentences = 0, []
        for k in range(rng.randint(0, 6)):
            start = pos + rng.randint(0, 3)
            pos = start + rng.randint(0, 4)
            sentences.append({"char_start": start, "char_end": pos, "sentence_id": k})
        if rng.random() < 0.2:
            rng.shuffle(sentences)  # out of order: the index falls back to the scan
        index = _SentenceIndex(sentences)
        for p in range(-1, pos + 3):
            assert index.at(p) is _sentence_at(sentences, p)


def test_doi_finder_lookahead_changes_no_match() -> None:
    from agefacts.extract.dois import _BODY, _FINDER, _PREFIX

    plain = re.compile(rf"(?<![\w.%/-])(?P<prefix>{_PREFIX})?(?P<body>{_BODY})", re.IGNORECASE)
    parts = ["doi:", "DOI: ", "doi ", "https://doi.org/", "HTTPS://DX.DOI.ORG/", "10.", "1234",
             "10.12345/abc", "%2F", "x", " ", ".", "(", ")", "10%2E1234%2Fx", "ſ", "K", "1"]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in _FINDER.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_phrase_alternation_reports_the_fullest_phrase_and_its_name() -> None:
    # one pattern per category at each start: the first phrase (fullest first) that matches
    # names the hit, also when phrases hold groups of their own
    scanner = Scanner({
        "change": [("rise", "rise~"), ("rise_of", "rise~ (?:in|of) (levels|amounts)"),
                   ("rise_in_x", "rise~ (in) x")],
        "place": [("in", "in (old|aged)"), ("in_vitro", "in vitro")],
    })
    text = "A rise in levels, rising in x, rises, in old mice and in vitro: a risen one."
    hits = scanner.scan(text).within(0, len(text))
    assert [(text[a:b], name) for a, b, name in hits["change"]] == [
        ("rise in levels", "rise_of"), ("rising in x", "rise_in_x"), ("rises", "rise"),
    ]
    assert [(text[a:b], name) for a, b, name in hits["place"]] == [
        ("in old", "in"), ("in vitro", "in_vitro"),
    ]
    with pytest.raises(ValueError, match="backreferences"):
        Scanner({"x": [("twice", r"very (\w+) \1")]})


def test_sentence_scan_reusing_its_gate_finds_what_a_full_scan_finds() -> None:
    lex = lexicon()
    gate = ("relations", "blunted")
    for path in sorted((ROOT / "raw" / "sources").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = lex.scanner.scan(text)
        for row in sentence_rows("d", text):
            lo, hi = row["char_start"], row["char_end"]
            assert doc.within(lo, hi, known=doc.within(lo, hi, gate)) == doc.within(lo, hi)


def test_case_twins_are_every_non_ascii_character_an_ascii_letter_matches() -> None:
    every = "".join(chr(cp) for cp in range(0x80, 0x110000) if not 0xD800 <= cp < 0xE000)
    assert set(re.findall("[\x00-\x7f]", every, re.IGNORECASE)) == set(CASE_TWINS)


def test_phrase_prefilter_finds_what_the_plain_pattern_finds() -> None:
    phrases = ["improve~", "far (?:less|more)", "step up", "(?<=,\\sa\\s)bout~", "Kick"]
    pattern = compile_phrases(phrases)
    assert pattern.needles is not None  # every phrase has a needle: the prefilter is on
    assert not pattern.needles.search("kic")  # "kick": short words are needles too
    assert compile_phrases(["[a-z]+ly", "fast"]).needles is None  # no needle: plain search
    words = ["Improved", "IMPROVING", "far", "LESS", "more", "step", "up", ",", "a", "bout",
             "bouts", "kick", "KICK", "Kıck", "\u212aick", "ſtep", "İmprove", "—", "x", "impro"]
    rng = random.Random(7)
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        pos, endpos = sorted(rng.randint(0, len(text)) for _ in range(2))
        for args in ((text,), (text, pos), (text, pos, endpos)):
            want = pattern.regex.search(*args)
            got = pattern.search(*args)
            assert (got and got.span()) == (want and want.span()), (args, got, want)
            assert [m.span() for m in pattern.finditer(*args)] == [
                m.span() for m in pattern.regex.finditer(*args)]


def test_word_lists_grouped_by_first_character_match_as_listed() -> None:
    from agefacts.extract import quantity_patterns as qp

    words = ["mg", "m", "ml", "min", "µg", "μg", "%", "per cent", "Mb", "kg", "K", "sec", "s", "ſ"]
    ascii_words = [w for w in words if w[0].isascii()] + ["Kg", "M"]  # case pairs under IGNORECASE
    cases = [
        (r"(?P<sep>_S_?-_S_?|_S_)?(?P<u>{{u}})(?![a-z0-9²])", words),
        (r"(?<![a-z])(?:the|{{u}}|x)$", words),
        (r"\n[ \t#*_>\-]*(?i:{{u}})[ \t]*(?=\n|$)", ascii_words),
        (r"(?:(?i:{{u}})|ab)c", ascii_words),
    ]
    rng = random.Random(29)
    alphabet = ["m", "M", "g", "l", "i", "n", "µ", "μ", "%", " ", "-", "\n", "per cent", "K", "k", "ſ",
                "s", "e", "c", "b", "2", "x", "the", "ab", "\u212a", "G"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for template, listed in cases:
        plain = re.compile(template.replace("{{u}}", qp._alt(listed)).replace("_S_", qp._SP))
        grouped = qp._rx(template, u=listed)
        assert grouped.pattern != plain.pattern
        for text in texts:
            for i in range(len(text) + 1):
                a, b = plain.match(text, i), grouped.match(text, i)
                assert (a and a.regs) == (b and b.regs), (template, text, i)
            assert [m.regs for m in plain.finditer(text)] == [m.regs for m in grouped.finditer(text)]
    # under IGNORECASE a list with a non-ASCII first character is left as listed
    assert qp._rx(r"(?i:{{u}})", u=words).pattern == f"(?i:{qp._alt(words)})"
    # a word list that does not fill whole branches is left as listed: "[-]?" binds its first word
    assert qp._rx(r"[-]?{{u}}x", u=words).pattern == r"[-]?" + qp._alt(words) + "x"


def test_emphasis_gate_misses_no_opener() -> None:
    from agefacts.extract.quantity_text import _EMPHASIS_OPEN, _emphasised_number

    rng = random.Random(7)
    alphabet = [*"*_ 5a-+−$£\n", "**", "__"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        if _EMPHASIS_OPEN.search(text):
            assert _emphasised_number(text), text


def test_mention_view_writes_every_whitespace_character_as_a_space() -> None:
    # ``patterns._joins_kinds`` looks for " or " / " and ": exact only while this holds
    from agefacts.extract.entities.normalise import _tables

    keep, lower = _tables()
    spaces = [cp for cp in range(0x10000) if re.match(r"\s", chr(cp))]
    assert spaces and all(lower[cp] == 0x20 and keep[cp] == 0x20 for cp in spaces)
    assert not [cp for cp in range(0x10000) if lower[cp] != 0x20 and re.match(r"\s", chr(lower[cp]))]


def test_sentence_boundaries_read_on_full_stops_are_the_class_patterns() -> None:
    from agefacts.extract import sentences

    plain = re.compile(sentences._BOUNDARY.pattern.replace(r"\.\.*", "[.!?]+", 1))
    assert plain.pattern != sentences._BOUNDARY.pattern
    rng = random.Random(11)
    alphabet = [".", "!", "?", " ", "A", "a", "7", "\"", "”", ")", "]", "^{", "}", "[", "^", "1", ",", "–",
                "¹", "\n", "(", "“", "x"]
    for _ in range(20000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        assert [m.regs for m in plain.finditer(line)] == \
            [m.regs for m in sentences._BOUNDARY.finditer(sentences._full_stops(line))], line
