"""Grounded entity mentions: genes and families (HGNC, FamPlex), conditions (MeSH), species,
interventions, cohorts and pathways, found with Aho-Corasick automata over normalised text."""

from agefacts.extract.entities.lexicon import KINDS, Entity, load
from agefacts.extract.entities.mentions import (
    Mention,
    entity_rows,
    extract_mentions,
    find_mentions,
)

__all__ = ["KINDS", "Entity", "Mention", "entity_rows", "extract_mentions", "find_mentions", "load"]
