"""Session 26 claims round: classes of development misses (made-up sentences, one per class)."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_a_knockout_that_ages_early_says_the_gene_holds_ageing_back():
    for text in ("Rats lacking klotho age prematurely.",
                 "Mice lacking klotho age at a startling speed.",
                 "Klotho circulates in blood. Rats lacking it age quickly."):
        assert ("HGNC:6344", "decreases", "ageing") in triples(claims_of(text)), text
    # an old group ageing is no knockout's fate
    assert not claims_of("Old rats treated with klotho age at a normal pace.")


def test_a_knockout_that_repairs_badly_or_grows_weak_says_what_the_gene_keeps_up():
    rows = claims_of("Rats lacking FGF21 regenerated a crushed tendon poorly.")
    assert triples(rows) == {("HGNC:3678", "increases", "regeneration")}
    rows = claims_of("Rats lacking TFAM in the heart became weak by middle age.")
    assert triples(rows) == {("HGNC:11741", "increases", "strength")}
    rows = claims_of("Rats lacking FGF21 grew frail.")
    assert ("HGNC:3678", "increases", "strength") in triples(rows)
    # no lost gene: old muscle repairing badly is no claim about FGF21
    assert not claims_of("Old muscle regenerated poorly, although FGF21 was present.")


def test_a_knockout_that_grows_bulky_muscles_names_a_brake():
    rows = claims_of("Rats that lack myostatin grow strikingly bulky muscles.")
    assert any(r["subject_id"] == "HGNC:4223" and r["relation"] == "decreases" for r in rows)
    rows = claims_of("Myostatin is made in muscle. Mice lacking it grow huge muscles.")
    assert any(r["subject_id"] == "HGNC:4223" and r["relation"] == "decreases" for r in rows)


def test_young_levels_named_by_age_in_years_or_by_students():
    for young in ("sedentary 30-year-olds", "people decades younger", "students"):
        rows = claims_of(f"After two years of cycling, TFAM rose to levels similar to those of "
                         f"{young}.")
        assert {r["relation"] for r in rows} == {"induced_by_exercise", "preserved_by_training"}
    rows = claims_of("After two years of cycling, TFAM rose to the same level as in the young.")
    assert {r["relation"] for r in rows} == {"induced_by_exercise", "preserved_by_training"}
    rows = claims_of("After two years of cycling, TFAM in the older group had risen back almost "
                     "to student levels.")
    assert "preserved_by_training" in {r["relation"] for r in rows}
    # a level like that of old people is no return to youth
    rows = claims_of("After two years of cycling, TFAM rose to levels similar to those of "
                     "70-year-olds.")
    assert "preserved_by_training" not in {r["relation"] for r in rows}


def test_a_group_given_a_treatment_and_compared_says_the_treatment_acted():
    rows = claims_of("Old mice given metformin had more TFAM than untreated mice.")
    assert triples(rows) == {("AGEFACTS:metformin", "increases", "HGNC:11741")}
    rows = claims_of("Old mice given metformin showed higher TFAM.")
    assert triples(rows) == {("AGEFACTS:metformin", "increases", "HGNC:11741")}
    rows = claims_of("Rats fed metformin had the weakest legs.")
    assert [(r["relation"], r["polarity"]) for r in rows] == [("decreases", "negative")]
    # a group described by what it has stays an association; an exercise keeps its reading
    rows = claims_of("People with high TFAM had better balance.")
    assert {r["relation"] for r in rows} == {"associated_with"}
    rows = claims_of("Mice given running wheels had more TFAM than sedentary mice.")
    assert {r["relation"] for r in rows} == {"induced_by_exercise"}
