"""Shared by the claims round tests: the mentions and the claim triples read end to end."""

from __future__ import annotations

from agefacts.extract.claims import extract_claims
from agefacts.extract.entities import extract_mentions
from agefacts.extract.sentences import sentence_rows


def found_mentions(text: str) -> set[tuple[str, str]]:
    """(surface, entity id) of every mention the entity stage finds in ``text``."""
    _, mentions = extract_mentions("made-up", text)
    return {(text[m["char_start"]:m["char_end"]], m["entity_id"]) for m in mentions}


def claim_triples(text: str) -> set[tuple[str | None, str, str | None]]:
    """(subject, relation, object) of every claim read from ``text`` with the pipeline's own
    mentions; a side with no entity is its written text."""
    entities, mentions = extract_mentions("made-up", text)
    rows = extract_claims("made-up", text, sentence_rows("made-up", text), mentions, entities)
    return {(r["subject_id"] or r["subject_text"], r["relation"], r["object_id"] or r["object_text"])
            for r in rows}


def claim_quads(text: str) -> set[tuple[str | None, str, str | None, bool]]:
    """``claim_triples`` with each claim's ``negated`` flag."""
    entities, mentions = extract_mentions("made-up", text)
    rows = extract_claims("made-up", text, sentence_rows("made-up", text), mentions, entities)
    return {(r["subject_id"] or r["subject_text"], r["relation"], r["object_id"] or r["object_text"],
             bool(r["negated"])) for r in rows}
