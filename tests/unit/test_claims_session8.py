"""Claim classes found on held-out 9 (session 8), each on made-up sentences."""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import triples
from tests.unit.test_claims_session7 import LEXICON as SESSION7_LEXICON

LEXICON = {**SESSION7_LEXICON, "NAD+": ("CHEBI:15846", "chemical", "NAD+")}
SOX9, NAMPT, NAD = "HGNC:11204", "HGNC:30092", "CHEBI:15846"


def claims_of(text: str) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon=LEXICON)


def test_what_blocks_a_gene_acts_as_less_of_it():
    got = triples(claims_of("In older women, drugs that block SOX9 increased grip strength."))
    assert (SOX9, "decreases", "grip strength") in got
    # the drug is no subject of the blocking verb
    assert not [t for t in got if t[1] == "inhibits"]
    assert (SOX9, "decreases", "grip strength") in triples(
        claims_of("Compounds that inhibit SOX9 raised grip strength."))
    # a plain verb still inhibits
    assert (SOX9, "inhibits", NAMPT) in triples(claims_of("SOX9 blocks NAMPT."))


def test_a_need_of_a_written_thing_is_a_requirement_of_the_gene():
    got = triples(claims_of("Satellite cells need a protein called SOX9 to survive."))
    assert got == {(SOX9, "required_for", "Satellite cells")}
    got = triples(claims_of("Muscle relies on SOX9 to keep its fibres intact."))
    assert got == {(SOX9, "required_for", "Muscle")}
    # a gene's own need stays a dependency; "depends on" keeps its written subject
    assert (NAMPT, "depends_on", NAD) in triples(claims_of("NAMPT needs NAD+ to work."))
    got = triples(claims_of("Satellite cells depend on SOX9 to survive."))
    assert ("Satellite cells", "depends_on", SOX9) in got
    assert not claims_of("You need to train.")
