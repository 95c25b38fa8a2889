"""Claim classes found on held-out 8 (session 7), each on made-up sentences.

Mentions are built by hand from a small lexicon, as the entity extractor would produce them.
"""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import triples
from tests.unit.test_claims_session6 import LEXICON as SESSION6_LEXICON

# surface -> (entity_id, kind, label): session 6's, and one more spelling
LEXICON = {**SESSION6_LEXICON, "Sox9": ("HGNC:11204", "gene", "SOX9")}
SOX9, TGFB1, NAMPT, MYF5, WNT = "HGNC:11204", "HGNC:11766", "HGNC:30092", "HGNC:7565", "FPLX:WNT"
SPRINT = "AGEFACTS:sprint_training"


def claims_of(text: str) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon=LEXICON)


def relations(text: str, subject: str) -> set[str]:
    return {r for s, r, _ in triples(claims_of(text)) if s == subject}


def test_ages_written_in_figures_are_age_contexts():
    assert "declines_with_age" in relations(
        "Biopsies had NAMPT mRNA about a third lower in 75-year-olds than in 20-year-olds.", NAMPT)
    assert "declines_with_age" in relations("SOX9 falls in the over-60s.", SOX9)
    # a young age is no age context
    assert "declines_with_age" not in relations("SOX9 falls in 20-year-olds.", SOX9)


def test_a_weak_rise_in_the_old_after_a_boundary_is_no_induction_there():
    text = ("Eight weeks of sprint training raised MYF5 by 40% in the young but by only 9% in "
            "the over-70s.")
    got = triples(claims_of(text))
    assert (MYF5, "induced_by_exercise", SPRINT) in got
    # the weak response keeps the exercise as its object
    assert (MYF5, "not_induced_in_aged", SPRINT) in got
    got = triples(claims_of("The same session in the over-70s: only a 1.2-fold rise in Wnt "
                            "signalling."))
    assert [t for t in got if t[:2] == (WNT, "not_induced_in_aged")]
    assert not [t for t in got if t[:2] == (WNT, "induced_by_exercise")]


def test_a_blunted_response_needs_no_cue_and_an_aside_cuts_nothing():
    got = relations("The SOX9 response to one session, in contrast, stayed smaller in the "
                    "older group.", SOX9)
    assert got == {"not_induced_in_aged"}
    got = relations("The SOX9 response to one session, however, stayed smaller in the older "
                    "group.", SOX9)
    assert got == {"not_induced_in_aged"}


def test_back_to_young_levels_with_exercise_is_preserved_and_induced():
    text = "After ten weeks of sprint training, NAMPT in the older women was back to young levels."
    got = triples(claims_of(text))
    assert (NAMPT, "preserved_by_training", SPRINT) in got
    assert (NAMPT, "induced_by_exercise", SPRINT) in got
    # "back" without a return to the young is no cue
    assert not claims_of("NAMPT was back in the news.")


def test_a_signalling_arrow_between_named_things_is_an_activation():
    got = triples(claims_of("Repair: Wnt → SOX9 → MYF5"))
    assert (WNT, "activates", SOX9) in got and (SOX9, "activates", MYF5) in got
    assert (WNT, "activates", MYF5) not in got
    assert (SOX9, "activates", TGFB1) in triples(claims_of("SOX9 -> TGFB1 matters."))


def test_an_appositive_with_the_describes_the_entity_before_it():
    got = triples(claims_of("Wnt activates SOX9, the transcription factor that drives "
                            "cartilage repair."))
    assert (SOX9, "increases", "cartilage repair") in got
    assert (WNT, "increases", "cartilage repair") not in got


def test_adding_mass_and_having_twice_the_mass_are_increases():
    got = triples(claims_of("Blocking TGFB1 with a drug added lean mass in old rats."))
    assert (TGFB1, "decreases", "lean mass in old rats") in got
    assert not claims_of("NAMPT was added to the medium.")
    got = triples(claims_of("Sox9-null mice carry about twice the fibre count of their "
                            "siblings."))
    assert [t for t in got if t[:2] == (SOX9, "decreases")]


def test_releasing_a_brake_flips_it():
    got = triples(claims_of("Releasing the TGFB1 brake adds muscle."))
    assert (TGFB1, "decreases", "muscle") in got
    assert (TGFB1, "increases", "muscle") not in got


def test_mattering_for_an_outcome_is_other():
    got = claims_of("NAMPT may matter for tendon healing in rats.")
    assert [(r["relation"], r["hedged"]) for r in got if r["subject_id"] == NAMPT] == [
        ("other", True)]
    assert not claims_of("NAMPT levels in white matter in the brain were measured.")


def test_an_unsigned_link_needs_a_molecule():
    lexicon = {**LEXICON, "frailty": ("MESH:D000073496", "condition", "frailty")}
    rows = _claims_of("The results could matter for frailty.", doc_id="d", lexicon=lexicon)
    assert not rows
    rows = _claims_of("SOX9 could matter for frailty.", doc_id="d", lexicon=lexicon)
    assert [(r["subject_id"], r["relation"], r["object_id"]) for r in rows] == [
        (SOX9, "other", "MESH:D000073496")]
