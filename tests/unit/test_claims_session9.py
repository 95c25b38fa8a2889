"""Claim classes found on held-out 10 (session 9), each on made-up sentences."""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import triples
from tests.unit.test_claims_session8 import LEXICON as SESSION8_LEXICON

LEXICON = {
    **SESSION8_LEXICON,
    "age": ("AGEFACTS:aging", "condition", "aging"),
    "disuse": ("AGEFACTS:disuse", "condition", "disuse"),
    "FOXO": ("FPLX:FOXO", "family", "FOXO"),
}
SOX9, NAMPT, MYF5, FOXO = "HGNC:11204", "HGNC:30092", "HGNC:7565", "FPLX:FOXO"
AGING, DISUSE = "AGEFACTS:aging", "AGEFACTS:disuse"


def claims_of(text: str) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon=LEXICON)


def test_a_mention_written_age_is_the_aging_entity():
    got = triples(claims_of("The number of SOX9-positive cells falls with age in the calf."))
    assert got == {(SOX9, "declines_with_age", AGING)}


def test_a_context_claim_is_never_about_the_context_itself():
    got = triples(claims_of("Its levels fall as people age, and SOX9 falls too."))
    assert not [t for t in got if t[0] == AGING]


def test_brought_back_to_young_levels_is_a_restore_by_training():
    got = triples(claims_of("Resistance training brought SOX9 in the older women back to "
                            "near-young levels."))
    assert (SOX9, "preserved_by_training", "Resistance training") in got
    assert (SOX9, "induced_by_exercise", "Resistance training") in got
    # "bring" with no return is no cue
    assert not claims_of("Resistance training brought SOX9 into focus.")


def test_values_indistinguishable_from_the_young_are_young_levels():
    got = triples(claims_of("Resistance training raised SOX9 in older adults, to values "
                            "indistinguishable from those of the young."))
    assert (SOX9, "preserved_by_training", "Resistance training") in got
    # a plain rise is no restore
    got = triples(claims_of("Resistance training raised SOX9 in older adults."))
    assert not [t for t in got if t[1] == "preserved_by_training"]
