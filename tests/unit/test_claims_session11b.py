"""Claim classes found on held-out 13 (session 11, second round), each on made-up sentences
with a case that must not change."""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import triples
from tests.unit.test_claims_session10 import LEXICON as SESSION10_LEXICON

LEXICON = {
    **SESSION10_LEXICON,
    "frail": ("AGEFACTS:frailty", "condition", "frailty"),
    "aged": ("AGEFACTS:aging", "condition", "aging"),
}
SOX9, NAMPT, FOXO = "HGNC:11204", "HGNC:30092", "FPLX:FOXO"
AGING, SPRINT = "AGEFACTS:aging", "AGEFACTS:sprint_training"


def claims_of(text: str) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon=LEXICON)


def test_a_discourse_opener_is_no_part_of_a_written_subject():
    got = triples(claims_of("In other words, the repair signal depends on SOX9."))
    assert got == {("repair signal", "depends_on", SOX9)}


def test_kept_from_climbing_holds_the_entity_down():
    got = triples(claims_of("Regular sprint training kept SOX9 from climbing in old mice."))
    assert (SPRINT, "decreases", SOX9) in got
    assert not [t for t in got if t[1] == "preserved_by_training"]
    # kept from dropping is still maintenance
    got = triples(claims_of("Regular sprint training kept SOX9 from dropping in old mice."))
    assert (SOX9, "preserved_by_training", SPRINT) in got


def test_an_age_in_figures_is_no_aging_side():
    got = triples(claims_of("SOX9 is high in frail adults. Regular sprint training lowers it: after "
                            "16 weeks, SOX9 in volunteers aged 68 to 84 fell by a quarter."))
    assert (SPRINT, "decreases", SOX9) in got
    assert not [t for t in got if AGING in t]


def test_old_things_switching_a_gene_on_make_it_go_with_age():
    got = triples(claims_of("In the lab, aged stem cells often switch on SOX9."))
    assert {t[:2] for t in got} == {(SOX9, "associated_with")}
    # a young agent is still an agent
    got = triples(claims_of("FOXO switches on SOX9."))
    assert got == {(FOXO, "activates", SOX9)}


def test_keeping_on_doing_is_no_maintenance():
    got = triples(claims_of("The question we keep coming back to concerns SOX9."))
    assert not got


def test_a_restated_pattern_repeats_the_claims_for_the_new_subject():
    got = triples(claims_of("Sprint training raised NAMPT. SOX9 followed the same pattern."))
    assert (SOX9, "induced_by_exercise", "Sprint training") in got
    # without a restatement, a mention alone says nothing
    got = triples(claims_of("Sprint training raised NAMPT. SOX9 was measured too."))
    assert not [t for t in got if t[0] == SOX9]


def test_as_much_in_the_old_as_in_the_young_denies_a_blunting():
    rows = claims_of("Sprint training raised NAMPT. FOXO, by contrast, climbed just as much "
                     "in the older group as in the younger one.")
    got = triples(rows)
    assert (FOXO, "induced_by_exercise", "Sprint training") in got
    blunted = [r for r in rows if r["relation"] == "not_induced_in_aged"]
    assert blunted and all(r["negated"] for r in blunted)
    assert not [t for t in got if t[1] == "associated_with"]


def test_a_group_whose_gene_rose_most_is_an_association():
    got = triples(claims_of("Participants whose SOX9 rose most gained the most strength."))
    assert {t[:2] for t in got} == {(SOX9, "associated_with")}


def test_a_decline_with_a_restrictive_relative_is_what_training_reverses():
    got = triples(claims_of("The drop in SOX9 that comes with age can be largely reversed by "
                            "regular sprint training."))
    assert {(SOX9, "preserved_by_training", SPRINT),
            (SOX9, "induced_by_exercise", SPRINT)} <= got
    assert not [t for t in got if AGING in t]


def test_switch_on_takes_its_particle():
    got = triples(claims_of("FOXO, an enzyme that exercise switches on within minutes, "
                            "activates SOX9."))
    assert (FOXO, "induced_by_exercise", "exercise") in got
    assert (FOXO, "activates", SOX9) in got
    got = triples(claims_of("FOXO turns SOX9 back on."))
    assert got == {(FOXO, "activates", SOX9)}


def test_lifting_something_heavy_is_exercise():
    got = triples(claims_of("When you lift something heavy, your muscles switch on FOXO."))
    assert {t[:2] for t in got} == {(FOXO, "induced_by_exercise")}
    assert not [t for t in got if t[1] == "activates"]
