"""Session 27, round b (held-out 31 tuned on): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

#: the test lexicon with a few more genes, an exercise and organisms named in the sentences
LEX = {**LEXICON,
       "CDKN2A": ("HGNC:1787", "gene", "CDKN2A"),
       "MYOD1": ("HGNC:7611", "gene", "MYOD1"),
       "wheel running": ("AGEFACTS:wheel_running", "intervention", "wheel running"),
       "cats": ("NCBITaxon:9685", "species", "Felis catus"),
       "ponies": ("NCBITaxon:9796", "species", "Equus caballus")}

AGING = "MESH:D000375"


def rels(rows: list[dict], relation: str) -> set[str]:
    return {r["subject_id"] or r["subject_text"] for r in rows if r["relation"] == relation}


def test_puts_a_brake_on_with_an_article():
    rows = claims_of("GDF15 is a hormone that puts a brake on appetite, and many tissues "
                     "release it.")
    assert ("HGNC:30142", "inhibits", "appetite") in triples(rows)


def test_a_share_added_to_an_outcome():
    rows = claims_of("Silencing TNF-alpha with a small RNA added roughly 9 percent to the grip "
                     "strength of the aged rats.")
    assert [(r["subject_id"], r["relation"]) for r in rows] == [("HGNC:11892", "decreases")]
    assert "grip strength" in rows[0]["object_text"]
    rows = claims_of("The drug adds a fifth to walking speed.", lexicon={
        **LEXICON, "The drug": ("AGEFACTS:drug", "intervention", "drug")})
    assert ("AGEFACTS:drug", "increases", "walking speed") in triples(rows)


def test_the_same_gene_names_the_one_before():
    rows = claims_of("Hamsters lacking the klotho gene age fast. In cats, one variant of the "
                     "same gene is tied to kidney disease.")
    assert ("HGNC:6344", "associated_with", "kidney disease") in triples(rows)
    # "the same protein family" is a class, not the protein named before
    rows = claims_of("FOXO3 variants are common. The same protein family can help or harm "
                     "depending on tissue.")
    assert "HGNC:3821" not in rels(rows, "depends_on")


def test_groups_compared_by_their_ages_in_figures():
    rows = claims_of("Kidney samples from cats aged 15 to 19 held less klotho than those from "
                     "cats aged 2 to 4.", lexicon=LEX)
    assert rels(rows, "declines_with_age") == {"HGNC:6344"}
    # the younger group first: no decline with age
    rows = claims_of("Kidney samples from cats aged 2 to 4 held less klotho than those from "
                     "cats aged 15 to 19.", lexicon=LEX)
    assert not rels(rows, "declines_with_age")
    rows = claims_of("20-month-old rats had about three times as much IL-6 in their serum as "
                     "3-month-old rats.")
    assert ("HGNC:6018", "associated_with", AGING) in triples(rows)
    rows = claims_of("3-month-old rats had about three times as much IL-6 in their serum as "
                     "20-month-old rats.")
    assert ("HGNC:6018", "associated_with", AGING) not in triples(rows)


def test_half_as_much_after_a_verb_of_having():
    rows = claims_of("The older hearts had roughly half as much SIRT3 as young hearts.")
    assert rels(rows, "declines_with_age") == {"HGNC:14931"}
    # a size of change, not a content: no decline
    rows = claims_of("Old rats gained only about half as much muscle as young rats, and SIRT3 "
                     "was unchanged.")
    assert not rels(rows, "declines_with_age")


def test_a_trained_group_compared_with_a_plain_one_by_a_size():
    text = ("Hearts from the trained rats contained about 25 percent more SIRT3 and a fifth "
            "more TFAM than hearts from the rats in standard cages.")
    rows = claims_of(text)
    assert rels(rows, "induced_by_exercise") == {"HGNC:14931", "HGNC:11741"}
    # the same with the organism as a written word (no species mention)
    rows = claims_of(text, lexicon={k: v for k, v in LEXICON.items() if k != "rats"})
    assert rels(rows, "induced_by_exercise") == {"HGNC:14931", "HGNC:11741"}
    # compared with young animals: no exercise claim
    rows = claims_of("Hearts from the trained rats contained about 25 percent more SIRT3 than "
                     "hearts from young rats.")
    assert not rels(rows, "induced_by_exercise")


def test_the_work_of_a_horse_is_exercise():
    rows = claims_of("After ten weeks of cantering, TFAM rose in the older ponies, but only "
                     "about half as much as it did in the young ones.", lexicon=LEX)
    assert rels(rows, "induced_by_exercise") == {"HGNC:11741"}
    assert rels(rows, "not_induced_in_aged") == {"HGNC:11741"}
    assert not rels(rows, "associated_with")


def test_a_groups_levels_brought_back_are_the_molecules_named_before():
    rows = claims_of("For BDNF, however, endurance training brought the old rats' levels back "
                     "to those of the young rats.")
    assert {("HGNC:1033", "induced_by_exercise", "AGEFACTS:endurance_training"),
            ("HGNC:1033", "preserved_by_training", "AGEFACTS:endurance_training")} <= triples(rows)


def test_a_contrast_clause_shares_the_age_groups_of_the_clause_before():
    rows = claims_of("In aged rats, IL-6 was 40 percent more active than in young rats, whereas "
                     "klotho, a hormone that keeps TNF-alpha in check, was lower.")
    assert ("HGNC:6018", "associated_with", AGING) in triples(rows)
    assert rels(rows, "declines_with_age") == {"HGNC:6344"}


def test_a_joined_clause_shares_the_exercise_agent():
    rows = claims_of("Six weeks of wheel running lowered TNF-alpha in the old mice, and BDNF rose.",
                     lexicon=LEX)
    assert ("HGNC:1033", "induced_by_exercise", "AGEFACTS:wheel_running") in triples(rows)
    assert not rels(rows, "associated_with")
    rows = claims_of("Six weeks of wheel running lowered TNF-alpha, and BDNF did not rise.",
                     lexicon=LEX)
    assert [r["negated"] for r in rows if r["relation"] == "induced_by_exercise"] == [True]
    # a contrast ("while") often sets another group apart: not the exercise's
    rows = claims_of("Those who did wheel running kept TNF-alpha low, while TNF-alpha doubled "
                     "in the mice that rested.", lexicon=LEX)
    assert not rels(rows, "induced_by_exercise")


def test_an_agentless_switch_off_in_the_old_is_a_decline():
    rows = claims_of("In aged rats, however, klotho had been switched off in most of the "
                     "kidney cells.")
    assert rels(rows, "declines_with_age") == {"HGNC:6344"}
    rows = claims_of("Klotho is turned off with age.")
    assert rels(rows, "declines_with_age") == {"HGNC:6344"}
    # an experiment is no state of the old
    rows = claims_of("When klotho was switched off in aged rats, IL-6 rose.")
    assert not rels(rows, "declines_with_age")


def test_a_fragment_of_a_molecule_heads_its_appositive():
    rows = claims_of("Serum levels of a klotho fragment, a sign that kidneys are failing, were "
                     "higher in the older third of the cohort than in the younger third.")
    assert ("HGNC:6344", "associated_with", AGING) in triples(rows)


def test_which_they_need_in_order_to():
    rows = claims_of("Neurons make a protein called BDNF, which they need in order to keep "
                     "forming synapses.")
    assert rels(rows, "required_for") == {"HGNC:1033"} and not rels(rows, "depends_on")


def test_a_comma_after_the_drug_noun_ends_the_instrument():
    rows = claims_of("After they blocked IL-6 with a drug, more fibres survived.")
    assert "more" not in {r["subject_text"] for r in rows}


def test_two_experiments_before_an_outcome_clause():
    rows = claims_of("When the lab restored klotho in aged mice, or blocked TNF-alpha with a "
                     "compound, fewer cells died and the kidneys repaired damage almost as well as young "
                     "kidneys did.")
    assert {(r["subject_id"], r["relation"]) for r in rows} >= {
        ("HGNC:6344", "increases"), ("HGNC:11892", "decreases")}


def test_old_tissue_makes_more_than_in_the_young():
    rows = claims_of("In aged rats, the fat around the heart makes much more IL-6 than it does "
                     "in young rats.")
    assert ("HGNC:6018", "associated_with", AGING) in triples(rows)
    # what a tissue makes, with no age or exercise comparison, is no claim
    assert not claims_of("Their fat also made more IL-6.")


def test_rousing_switches_on():
    rows = claims_of("Macrophages release IL-15, which in turn rouses the satellite cells.")
    assert ("HGNC:5977", "activates", "satellite cells") in triples(rows)


def test_advice_to_the_reader_has_no_subject():
    rows = claims_of("Exercise keeps BDNF high in older brains, so keep your grandparents "
                     "moving.")
    assert all(r["object_text"] is None or "grandparents" not in r["object_text"] for r in rows)
    # a shared subject after a comma and "and" stays
    rows = claims_of("Exercise raises IL-6, and lowers your TNF-alpha.")
    assert ("AGEFACTS:exercise", "decreases", "HGNC:11892") in triples(rows)


def test_a_trained_group_spared_the_decline():
    rows = claims_of("SIRT3 drops with age, but masters runners of the same age show no such "
                     "decline.")
    kept = [r for r in rows if r["relation"] == "preserved_by_training"]
    assert [(r["subject_id"], r["object_text"]) for r in kept] == [("HGNC:14931",
                                                                    "masters runners")]
    rows = claims_of("SIRT3 drops with age. Masters runners show no such decline.")
    assert rels(rows, "preserved_by_training") == {"HGNC:14931"}
    # a group named by no training compares something else
    rows = claims_of("SIRT3 drops with age, but women of the same age show no such decline.")
    assert not rels(rows, "preserved_by_training")


def test_less_than_a_young_group_gained():
    rows = claims_of("In 24 adults aged 70 to 81, twelve weeks of resistance training raised "
                     "BDNF, though by less than the same programme did in a group of students.")
    assert rels(rows, "induced_by_exercise") == {"HGNC:1033"}
    assert rels(rows, "not_induced_in_aged") == {"HGNC:1033"}


def test_older_animals_of_other_kinds_are_an_old_group():
    rows = claims_of("In a census of 60 cats aged 1 to 16, older cats had more IL-6-positive "
                     "cells in the kidney.", lexicon=LEX)
    assert ("HGNC:6018", "associated_with", AGING) in triples(rows)
