"""A ligand's name followed by "receptor(s)" names the receptors, not the ligand.

HGNC names many receptors after their ligand ("foo A receptor type 1", "bar receptor"): a writer
who says "the Foo receptor" or "an anti-foo receptor antibody" means those receptors. Where the
lexicon has a key for the whole phrase (a receptor named "<ligand> receptor", a FamPlex FOOR
family) the longer match already wins; where it has none, the ligand's own name would match
alone and ground the ligand. This rule drops that match. A name that is itself one of the
receptors so named ("Notch receptors": NOTCH1 is "notch receptor 1"), or a family holding one,
stays: there the word names the receptor it precedes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agefacts.extract.entities.lexicon import Entity, squash
from agefacts.reference import DATA, read_tsv

#: The noun right after the name (hyphen or space between): "Foo receptor", "foo-receptors".
_RECEPTOR_AFTER = re.compile(r"[ \t-]+receptors?\b", re.IGNORECASE)
#: A receptor's HGNC name: its head (the ligand) and an optional one- or two-character tag before
#: the word ("activin A receptor type 2A" -> "activin", "activin A").
_RECEPTOR_NAME = re.compile(r"(?P<head>.+?)(?: (?P<tag>[A-Za-z0-9]{1,2}))? receptor(?: |$)")


@lru_cache(maxsize=1)
def receptor_heads() -> dict[str, frozenset[str]]:
    """Squashed, lower-cased head -> the HGNC ids of the receptors named after it."""
    heads: dict[str, set[str]] = {}
    for r in read_tsv(DATA / "hgnc.tsv.gz"):
        m = _RECEPTOR_NAME.match(r["name"])
        if m is None:
            continue
        head = squash(m["head"]).lower()
        keys = {head, head + m["tag"].lower()} if m["tag"] else {head}
        for key in keys:
            heads.setdefault(key, set()).add(r["hgnc_id"])
    return {k: frozenset(v) for k, v in heads.items() if k}


@lru_cache(maxsize=1)
def _approved_names() -> dict[str, str]:
    """HGNC id -> its approved name, squashed and lower-cased (as ``receptor_heads`` keys)."""
    return {r["hgnc_id"]: squash(r["name"]).lower() for r in read_tsv(DATA / "hgnc.tsv.gz")}


@lru_cache(maxsize=1)
def _family_genes() -> dict[str, frozenset[str]]:
    """FamPlex family id -> every HGNC id under it (nested families expanded)."""
    members = {r["fplx_id"]: r["members"].split("|") for r in read_tsv(DATA / "famplex.tsv.gz")}

    def expand(fid: str, seen: frozenset[str]) -> set[str]:
        out: set[str] = set()
        for m in members.get(fid, []):
            if m.startswith("FPLX:") and m not in seen:
                out |= expand(m, seen | {m})
            elif m.startswith("HGNC:"):
                out.add(m)
        return out

    return {fid: frozenset(expand(fid, frozenset({fid}))) for fid in members}


def names_its_receptor(text: str, start: int, end: int, entity: Entity) -> bool:
    """Whether ``text[start:end]``, grounded to ``entity``, is a ligand's name that the next
    word turns into its receptors' name ("Activin receptor" of a made-up "anti-activin receptor
    antibody"), so the match is not a mention of the ligand."""
    if _RECEPTOR_AFTER.match(text, end) is None:
        return False
    heads = receptor_heads()
    receptors = heads.get(squash(text[start:end]).lower())
    if receptors is None and entity.kind == "gene":
        # a ligand written by another of its names ("vasopressin receptors"): the receptors
        # HGNC names after its approved name ("arginine vasopressin receptor 1A") or symbol
        receptors = heads.get(_approved_names().get(entity.entity_id, "")) \
            or heads.get(squash(entity.label).lower())
    if receptors is None:
        return False
    genes = (_family_genes().get(entity.entity_id, frozenset()) if entity.kind == "family"
             else frozenset({entity.entity_id}))
    return not (genes & receptors)
