"""Claim classes found on held-out 14 (session 12 round), each on made-up sentences with a case
that must not change."""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import triples
from tests.unit.test_claims_session11b import LEXICON as SESSION11_LEXICON

LEXICON = {
    **SESSION11_LEXICON,
    "NCAM1": ("HGNC:7656", "gene", "NCAM1"),
    "denervation": ("AGEFACTS:denervation", "condition", "denervation"),
    "frailty": ("AGEFACTS:frailty", "condition", "frailty"),
}
SOX9, NAMPT, NCAM1, MYF5 = "HGNC:11204", "HGNC:30092", "HGNC:7656", "HGNC:7565"
TGFB1, DENERVATION, SPRINT = "HGNC:11766", "AGEFACTS:denervation", "AGEFACTS:sprint_training"


def claims_of(text: str) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon=LEXICON)


def test_a_lost_entity_that_stops_a_rise_is_required_for_it():
    got = triples(claims_of("Silencing SOX9 stopped NAMPT from climbing after stimulation."))
    assert got == {(SOX9, "required_for", NAMPT)}
    got = triples(claims_of("Mice lacking SOX9 kept NAMPT from rising."))
    assert got == {(SOX9, "required_for", NAMPT)}
    # an agent that is not lost still holds the rise down
    got = triples(claims_of("Regular sprint training kept SOX9 from climbing in old mice."))
    assert (SPRINT, "decreases", SOX9) in got
    assert not [t for t in got if t[1] == "required_for"]


def test_used_as_a_marker_links_the_entity_to_what_it_marks():
    got = triples(claims_of("SOX9 and NAMPT are used as markers of denervation."))
    assert got == {(SOX9, "associated_with", DENERVATION), (NAMPT, "associated_with", DENERVATION)}
    got = triples(claims_of("NAMPT serves as an early marker of frailty."))
    assert got == {(NAMPT, "associated_with", "AGEFACTS:frailty")}
    # a use as a tool marks nothing
    assert not claims_of("The NAMPT assay is used as a screening tool for frailty.")


def test_a_plural_pronoun_after_a_list_stands_for_the_list():
    got = triples(claims_of("Once a cell loses its nerve supply, it starts to act like a young cell "
                            "again: it re-expresses SOX9 and NCAM1, which is why both are used as "
                            "markers of denervation."))
    assert got == {(SOX9, "associated_with", DENERVATION), (NCAM1, "associated_with", DENERVATION)}
    # a singular pronoun is still the last one named
    got = triples(claims_of("Cells switch on SOX9 and NCAM1, and it is used as a marker of "
                            "denervation."))
    assert (SOX9, "associated_with", DENERVATION) not in got


def test_an_enzyme_that_cleaves_or_cuts_lowers_its_target():
    got = triples(claims_of("TGFB1, an enzyme that cleaves MYF5, rose with age."))
    assert (TGFB1, "decreases", MYF5) in got
    got = triples(claims_of("TGFB1, an enzyme that cuts MYF5, rose with age."))
    assert (TGFB1, "decreases", MYF5) in got
    # "cut" as a noun is no cue
    assert not [t for t in triples(claims_of("A cut in NAMPT followed.")) if t[1] == "decreases"]


def test_a_control_group_that_kept_the_gene_keeps_nothing():
    got = triples(claims_of("When researchers deleted SOX9 in adult mice, the animals ended up "
                            "with more muscle fibres than littermates that kept the gene."))
    assert not [t for t in got if t[2] == SOX9 or "littermates" in str(t[0])]
    # keeping a protein at a level is still maintenance
    got = triples(claims_of("Sprint training raised SOX9 and kept the protein high."))
    assert (SOX9, "preserved_by_training", "training") in got


def test_not_budging_beside_a_return_to_young_levels_is_no_return_either():
    rows = claims_of("After sprint training, SOX9 returned to youthful levels, but NAMPT did not "
                     "budge.")
    kept = [r for r in rows if r["subject_id"] == NAMPT and r["relation"] == "preserved_by_training"]
    assert len(kept) == 1 and kept[0]["negated"]
    # with no return to young levels beside it, only the exercise response is denied
    got = triples(claims_of("After sprint training, SOX9 rose, but NAMPT did not budge."))
    assert not [t for t in got if t[1] == "preserved_by_training"]
    assert (NAMPT, "induced_by_exercise", SPRINT) in got


# ---- session 12 round on held-out 15 (made-up sentences)


def test_a_named_rise_blunted_in_the_old_is_a_weak_response_not_a_decline():
    got = triples(claims_of("The rise in SOX9 signalling was blunted in the older men."))
    assert got == {(SOX9, "not_induced_in_aged", "older")}
    # a level, not a response, that is lower in the old still declines
    got = triples(claims_of("SOX9 levels were lower in the older men."))
    assert got == {(SOX9, "declines_with_age", "MESH:D000375")}


def test_switching_on_an_unnamed_process_raises_it():
    got = triples(claims_of("SOX9, which stimulates the proliferation of satellite cells, rose."))
    assert (SOX9, "increases", "proliferation of satellite cells") in got
    assert not [t for t in got if t[1] == "activates"]
    # cells and named molecules are still switched on, and a brake on growth stays a brake
    assert triples(claims_of("SOX9 activates macrophages.")) == {(SOX9, "activates", "macrophages")}
    assert triples(claims_of("SOX9 stimulates NAMPT.")) == {(SOX9, "activates", NAMPT)}
    assert (SOX9, "inhibits", "muscle growth") in triples(claims_of("SOX9 inhibits muscle growth."))


def test_an_effect_summing_up_a_claim_is_its_subjects():
    got = triples(claims_of("SOX9 improves insulin sensitivity in obese mice, an effect that "
                            "appears to depend on NAMPT."))
    assert (SOX9, "depends_on", NAMPT) in got
    assert not [t for t in got if t[0] == "effect"]
    # with no claim before it in the sentence, the effect is left as written
    assert triples(claims_of("The effect depends on NAMPT.")) == {("effect", "depends_on", NAMPT)}
