"""The claim cue lexicon (``data/relation_cues.yaml``) compiled into regular expressions.

Word lists live in the data file so that a curator can extend them without touching code; this
module only turns phrases into patterns (inflecting ``word~`` forms) and caches the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CUES_PATH = Path(__file__).parent / "data" / "relation_cues.yaml"

_VOWELS = set("aeiou")
_NEVER = r"(?!x)x"


@dataclass(frozen=True)
class RelationCue:
    """What one cue group says: relation, sign, how contexts re-read it and where its roles are."""

    relation: str
    polarity: str
    family: str
    frame: str


def inflect(base: str) -> list[str]:
    """Regular verb forms of ``base`` (over-generation is harmless: non-words never match)."""
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    forms = [base, base + "s", base + "es", base + "ed", base + "ing"]
    if base[-1:].isalpha() and base[-1] not in _VOWELS and base[-1] not in "wxy":
        forms += [base + base[-1] + "ed", base + base[-1] + "ing"]
    return forms


def phrase_regex(phrase: str) -> str:
    """One lexicon phrase to a regex fragment: spaces match any whitespace, ``w~`` inflects w.

    Whatever follows the ``~`` in a word (e.g. a lookahead) is kept after the inflected forms.
    """
    parts = []
    for word in str(phrase).split():
        if "~" in word:
            base, tail = word.split("~", 1)
            forms = sorted(set(inflect(base)), key=len, reverse=True)
            parts.append("(?:" + "|".join(forms) + ")" + tail)
        else:
            parts.append(word)
    return r"\s+".join(parts)


def _alternation(phrases: list[str]) -> str:
    frags = sorted((phrase_regex(p) for p in phrases), key=len, reverse=True)
    return "|".join(f"(?:{f})" for f in frags) or _NEVER


def _bounded(fragment: str) -> str:
    return rf"(?<![\w-])(?:{fragment})(?!\w)"


def compile_phrases(phrases: list[str]) -> re.Pattern[str]:
    """Alternation of phrases, longest first, matched case-insensitively on word boundaries."""
    return re.compile(_bounded(_alternation(phrases)), re.IGNORECASE)


def _words(values: list[Any]) -> str:
    return "|".join(re.escape(str(v)) for v in sorted(values, key=len, reverse=True)) or _NEVER


@dataclass(frozen=True)
class Grammar:
    """Closed word classes of ``grammar:`` in the lexicon, as sets and ready-made patterns."""

    adjectival_before: re.Pattern[str]
    participles: frozenset[str]
    passive_fillers: frozenset[str]
    intransitive_after: re.Pattern[str]
    coordinators: re.Pattern[str]
    hypothetical: re.Pattern[str]
    response_words: re.Pattern[str]
    subject_adjunct: re.Pattern[str]
    object_negation: re.Pattern[str]
    determiners: re.Pattern[str]
    leading_noise: frozenset[str]
    trailing_noise: frozenset[str]
    clause_words: frozenset[str]
    pronouns: frozenset[str]
    not_object_pronouns: frozenset[str]
    before_object_pronoun: frozenset[str]
    context_trim: re.Pattern[str]


def _grammar(g: dict[str, list[str]]) -> Grammar:
    def lower(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in g[key])

    return Grammar(
        adjectival_before=re.compile(
            rf"(?<![\w-])(?:{_words(g['adjectival_before'])})\s+(?:\w+ly\s+)?$", re.IGNORECASE
        ),
        participles=lower("participles"),
        passive_fillers=lower("passive_fillers"),
        intransitive_after=re.compile(
            r"^\s*(?:\w+ly\s+|further\s+|still\s+|again\s+|also\s+)*"
            rf"(?:{_words(g['intransitive_after'])})\b|^\s*[,.;:)(—–]|^\s*$",
            re.IGNORECASE,
        ),
        coordinators=re.compile(rf",|;|\b(?:{_words(g['coordinators'])})\b", re.IGNORECASE),
        hypothetical=re.compile(rf"\b(?:{_words(g['hypothetical'])})\s*$", re.IGNORECASE),
        response_words=compile_phrases(g["response_words"]),
        subject_adjunct=re.compile(
            rf"\b(?:{_words(g['subject_adjunct_prepositions'])})\s+$", re.IGNORECASE
        ),
        object_negation=re.compile(
            rf"(?<![\w-])(?:{_alternation(g['object_negation'])})\s+(?:[\w-]+\s+){{0,2}}$",
            re.IGNORECASE,
        ),
        determiners=re.compile(rf"^(?:(?:{_words(g['determiners'])})\s+)+", re.IGNORECASE),
        leading_noise=lower("leading_noise"),
        trailing_noise=lower("trailing_noise"),
        clause_words=lower("clause_words"),
        pronouns=lower("pronouns"),
        not_object_pronouns=lower("not_object_pronouns"),
        before_object_pronoun=lower("before_object_pronoun"),
        context_trim=re.compile(rf"^(?:(?:{_words(g['context_trim'])})\s+)+", re.IGNORECASE),
    )


@dataclass(frozen=True)
class CueLexicon:
    relations: re.Pattern[str]
    relation_groups: dict[str, RelationCue]
    boundaries: re.Pattern[str]
    adjuncts: re.Pattern[str]
    connectors: frozenset[str]
    auxiliaries: frozenset[str]
    negation: re.Pattern[str]
    negation_exceptions: re.Pattern[str]
    hedges: re.Pattern[str]
    flips_before: re.Pattern[str]
    flips_after: re.Pattern[str]
    flips_start: re.Pattern[str]
    anaphora_singular: re.Pattern[str]
    anaphora_plural: re.Pattern[str]
    agent_frames: re.Pattern[str]
    measures: frozenset[str]
    pass_through: frozenset[str]
    contexts: dict[str, re.Pattern[str]]
    species: dict[str, re.Pattern[str]]
    in_vitro: re.Pattern[str]
    taxa: dict[str, str]
    skip_sentences: re.Pattern[str]
    grammar: Grammar


def _relations(groups: list[dict[str, Any]]) -> tuple[re.Pattern[str], dict[str, RelationCue]]:
    """One regex with a named group per cue, longest phrase first so the fullest reading wins."""
    named: list[tuple[str, str]] = []
    info: dict[str, RelationCue] = {}
    for i, group in enumerate(groups):
        cue = RelationCue(
            relation=group["relation"],
            polarity=group["polarity"],
            family=group.get("family", "plain"),
            frame=group.get("frame", "verb"),
        )
        for j, phrase in enumerate(group["cues"]):
            name = f"r{i}_{j}"
            info[name] = cue
            named.append((name, phrase_regex(phrase)))
    named.sort(key=lambda item: len(item[1]), reverse=True)
    body = "|".join(f"(?P<{name}>{frag})" for name, frag in named)
    return re.compile(_bounded(body), re.IGNORECASE), info


def load_lexicon(path: Path = CUES_PATH) -> CueLexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    relations, groups = _relations(data["relations"])
    species = data["species"]
    flips = data["flips"]
    filler = _words(flips.get("filler", []))
    return CueLexicon(
        relations=relations,
        relation_groups=groups,
        boundaries=re.compile("|".join(f"(?:{b})" for b in data["boundaries"]), re.IGNORECASE),
        adjuncts=compile_phrases(data["adjuncts"]),
        connectors=frozenset(str(w).lower() for w in data["connectors"]),
        auxiliaries=frozenset(str(w).lower() for w in data["auxiliaries"]),
        negation=compile_phrases(data["negation"]["cues"]),
        negation_exceptions=compile_phrases(data["negation"]["exceptions"]),
        hedges=compile_phrases(data["hedges"]),
        flips_before=re.compile(
            rf"(?<![\w-])(?:{_alternation(flips['before'])})(?:\s+(?:{filler}))*"
            r"(?:\s+[\w-]+)?\s*$",
            re.IGNORECASE,
        ),
        flips_after=re.compile(rf"^\s?(?:{_alternation(flips['after'])})(?!\w)", re.IGNORECASE),
        flips_start=re.compile(rf"^(?:{_alternation(flips['before'])})(?!\w)", re.IGNORECASE),
        anaphora_singular=compile_phrases(data["anaphora"]["singular"]),
        anaphora_plural=compile_phrases(data["anaphora"]["plural"]),
        agent_frames=compile_phrases(data["agent_frames"]),
        measures=frozenset(str(w).lower() for w in data["measures"]),
        pass_through=frozenset(str(w).lower() for w in data.get("pass_through", [])),
        contexts={k: compile_phrases(v) for k, v in data["contexts"].items()},
        species={k: compile_phrases(v) for k, v in species.items() if k != "in_vitro"},
        in_vitro=compile_phrases(species.get("in_vitro", [])),
        taxa={str(k): v for k, v in data.get("taxa", {}).items()},
        skip_sentences=re.compile(
            "|".join(f"(?:{p})" for p in data.get("skip_sentences", [])) or _NEVER,
            re.IGNORECASE,
        ),
        grammar=_grammar(data["grammar"]),
    )


@cache
def lexicon() -> CueLexicon:
    """The packaged lexicon, compiled once per process."""
    return load_lexicon()
