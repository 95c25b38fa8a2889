"""What a ``SentenceReader`` holds, declared once so that the rule mixins (``claim_roles``,
``claim_ageing``, ...) read as methods of one reader: every mixin inherits this class, and
``SentenceReader.__init__`` sets the attributes.
"""

from __future__ import annotations

from agefacts.extract.claim_records import Memory, Mention, Role, _Cue
from agefacts.extract.cues import CueLexicon, Grammar, Hit


class ReaderState:
    """The attributes ``SentenceReader.__init__`` sets."""

    s: str
    aging: Role | None
    exercise_ids: frozenset[str]
    lex: CueLexicon
    g: Grammar
    memory: Memory
    hits: dict[str, list[Hit]]
    _starts: set[int] | None
    _quoted: bool
    cands: list[Mention]
    all_mentions: list[Mention]
    context_spans: list[tuple[int, int]]
    interventions: list[Mention]
    masked_spans: list[tuple[int, int]]
    bounds: list[tuple[int, int]]
    _bound_starts: list[int]
    _bound_ends: list[int]
    verb_ends: list[int]
    cues: list[_Cue]
    subject_spans: list[tuple[int, int, int]]
    _roles: dict[tuple[int, int, bool], Role]
    _passive_subject: list[Role]
    verb_starts: list[int]
    _age_claimed: bool
