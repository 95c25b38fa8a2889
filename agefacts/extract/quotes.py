"""Quoted wording that the text disputes.

Discussions, fact-checks and reviews quote someone else's sentence in order to reject it:
'The leaflet says "X reverses ageing." That overstates it.' The writer does not assert the
quote, so the claims read from it are dropped (docs/claims_labelling.md, "Quoted and
reported wording the text rejects"). The writer's own restatement ("Older muscle does
have less X") and wording it proposes ('Suggest: "X rises with training."') have no
reporting word before them and stay claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from agefacts.extract.cues import CueLexicon

#: Sentences after the quote's own that may dispute it ("We find that goes too far.").
DISPUTE_REACH = 2
_CLOSING = {'"': '"', "\u201c": "\u201d"}


def reported_quote(sentence: str, lex: CueLexicon) -> tuple[int, int] | None:
    """The span from a reporting word to the end of the quotation it introduces ('The review
    says "X raises Y."', 'the leaflet states that X "falls with age"'), or of a quotation that
    opens the sentence; None when the sentence quotes no one's wording."""
    opening = sentence.lstrip()[:1]
    if opening in _CLOSING:
        start = len(sentence) - len(sentence.lstrip())
        return start, _close(sentence, start, opening)
    frame = lex.phrases["quote_frames"].search(sentence)
    if frame is None:
        return None
    at = min((i for i in (sentence.find(q, frame.end()) for q in _CLOSING) if i >= 0),
             default=-1)
    if at < 0:
        return None
    return frame.start(), _close(sentence, at, sentence[at])


def _close(sentence: str, at: int, opening: str) -> int:
    end = sentence.find(_CLOSING[opening], at + 1)
    return len(sentence) if end < 0 else end + 1


def disputed_span(sentence: str, after: Sequence[str], lex: CueLexicon) -> tuple[int, int] | None:
    """The reported quotation of ``sentence`` when the text disputes it: after the quote in
    its own sentence or in one of the next sentences (``after``, at most ``DISPUTE_REACH``).
    A quote opening the sentence must be disputed in that sentence ('"X cures ageing" has no
    source'): one followed by its speaker ('"X rises," said Dr Y.') is the speaker's."""
    span = reported_quote(sentence, lex)
    if span is None:
        return _disputed_view(sentence, after, lex)
    disputes = lex.phrases["disputes"]
    if disputes.search(sentence, span[1]):
        return span
    if sentence.lstrip()[:1] in _CLOSING:
        return None
    return span if any(disputes.search(s) for s in after[:DISPUTE_REACH]) else None


def _disputed_view(sentence: str, after: Sequence[str], lex: CueLexicon) -> tuple[int, int] | None:
    """The whole sentence when it reports a view with no quotation marks ("X was long cast
    as the culprit") and one of the next sentences disputes it ("That view is mistaken")."""
    if " as " not in sentence or not after:
        return None
    if lex.phrases["view_frames"].search(sentence) is None:
        return None
    disputes = lex.phrases["disputes"]
    return (0, len(sentence)) if any(disputes.search(s) for s in after[:DISPUTE_REACH]) else None
