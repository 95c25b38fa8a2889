"""Session 26 sixth claims round (development leftovers): made-up sentences."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

#: the test lexicon with a family, two atrophy genes and disuse states
LEX = {**LEXICON,
       "FOXO": ("FPLX:FOXO", "family", "FOXO"),
       "TRIM63": ("HGNC:16007", "gene", "TRIM63"), "MuRF1": ("HGNC:16007", "gene", "TRIM63"),
       "FBXO32": ("HGNC:16731", "gene", "FBXO32"),
       "atrogin-1": ("HGNC:16731", "gene", "FBXO32"),
       "bed rest": ("AGEFACTS:bed_rest", "intervention", "bed rest"),
       "immobilisation": ("AGEFACTS:disuse", "intervention", "disuse")}


def test_a_bare_change_word_after_a_coordinated_subject_is_its_verb():
    rows = claims_of("TFAM and SIRT3 rise during bed rest.", lexicon=LEX)
    assert triples(rows) == {("AGEFACTS:bed_rest", "increases", "HGNC:11741"),
                             ("AGEFACTS:bed_rest", "increases", "HGNC:14931")}
    rows = claims_of("TFAM and SIRT3 drop during bed rest.", lexicon=LEX)
    assert triples(rows) == {("AGEFACTS:bed_rest", "decreases", "HGNC:11741"),
                             ("AGEFACTS:bed_rest", "decreases", "HGNC:14931")}
    # after one name it stays a noun: the named rise of X
    rows = claims_of("The TFAM rise after exercise was smaller in the old.")
    assert ("HGNC:11741", "induced_by_exercise", "AGEFACTS:exercise") in triples(rows)


def test_their_activity_names_back_the_molecules_before():
    for text in ("Two ligases, TRIM63 and FBXO32, mark myosin for disposal, and their "
                 "activity rises during bed rest.",
                 "TRIM63 and FBXO32 mark myosin for disposal. Their activity rises during "
                 "bed rest."):
        rows = claims_of(text, lexicon=LEX)
        assert {("AGEFACTS:bed_rest", "increases", "HGNC:16007"),
                ("AGEFACTS:bed_rest", "increases", "HGNC:16731")} <= triples(rows), text
    # people's activity is no molecule's
    assert not claims_of("Retired teachers swam weekly, and their activity rises in spring.")


def test_a_counted_kind_then_its_relative_clause_then_the_list():
    rows = claims_of("During immobilisation, FOXO switches on the two ligases that mark myosin "
                     "for disposal, FBXO32 (atrogin-1) and TRIM63 (MuRF1).", lexicon=LEX)
    assert triples(rows) == {("FPLX:FOXO", "activates", "HGNC:16007"),
                             ("FPLX:FOXO", "activates", "HGNC:16731"),
                             ("HGNC:16007", "increases", "myosin for disposal"),
                             ("HGNC:16731", "increases", "myosin for disposal")}
    # no list after the clause: the counted kind stays written
    rows = claims_of("FOXO3 switches on two genes that build mitochondria.")
    assert triples(rows) == {("HGNC:3821", "activates", "two genes")}


def test_released_from_its_brake_is_switched_on():
    rows = claims_of("Within a week of bed rest, FOXO is released from its brake, and "
                     "atrogin-1 and MuRF1 rise.", lexicon=LEX)
    assert triples(rows) == {("AGEFACTS:bed_rest", "activates", "FPLX:FOXO"),
                             ("AGEFACTS:bed_rest", "increases", "HGNC:16007"),
                             ("AGEFACTS:bed_rest", "increases", "HGNC:16731")}
    # releasing a molecule from cells is no such cue
    assert not claims_of("Muscle released MuRF1 from the cells.", lexicon=LEX)


def test_a_gap_named_back_closed_by_this_sentences_exercise():
    first = ("A single bout of resistance training raised SIRT3 in every age group. In older "
             "adults, however, the increase was smaller. ")
    rows = claims_of(first + "After 20 weeks of training, this gap narrowed.")
    kept = [r for r in rows if r["relation"] == "preserved_by_training"]
    assert [r["subject_id"] for r in kept] == ["HGNC:14931"] and not kept[0]["negated"]
    assert "this gap narrowed" in kept[0]["evidence"]
    rows = claims_of(first + "After 20 weeks of training, this gap did not narrow.")
    kept = [r for r in rows if r["relation"] == "preserved_by_training"]
    assert kept and all(r["negated"] for r in kept)
    # a lower level brought back: raised and kept up
    rows = claims_of("TFAM is lower in aged hearts than in young hearts. After two years of "
                     "endurance training, that gap had all but closed.")
    assert {("HGNC:11741", "induced_by_exercise", "AGEFACTS:endurance_training"),
            ("HGNC:11741", "preserved_by_training", "AGEFACTS:endurance_training")} <= triples(rows)
    # no exercise named, no claim
    rows = claims_of("TFAM is lower in aged hearts than in young hearts. Over the following "
                     "years, the gap narrowed.")
    assert {r["relation"] for r in rows} == {"declines_with_age"}


def test_an_active_group_with_young_levels():
    for text in ("Active older adults, though, tend to have TFAM levels similar to those of "
                 "sedentary people decades younger.",
                 "In a cohort, active 68-year-olds had TFAM levels similar to those of "
                 "sedentary 25-year-olds."):
        assert {r["relation"] for r in claims_of(text) if r["subject_id"] == "HGNC:11741"} == {
            "preserved_by_training", "induced_by_exercise"}, text
    # a sedentary group, or no young group, says nothing of training
    assert not claims_of("Sedentary older adults tend to have TFAM levels similar to those of "
                         "people decades younger.")
    assert not claims_of("Active older adults tend to have TFAM levels similar to those of "
                         "other older adults.")


def test_a_contrast_clause_shares_the_agent_of_the_clause_before():
    rows = claims_of("Metformin raised TFAM by half, while SIRT3 rose less.")
    assert triples(rows) == {("AGEFACTS:metformin", "increases", "HGNC:11741"),
                             ("AGEFACTS:metformin", "increases", "HGNC:14931")}
    rows = claims_of("Metformin raised TFAM by half, whereas SIRT3 fell.")
    assert ("AGEFACTS:metformin", "decreases", "HGNC:14931") in triples(rows)
    # a molecule as the first agent is not carried over
    rows = claims_of("TFAM raised SIRT3, while PGC-1α rose less.")
    assert triples(rows) == {("HGNC:11741", "increases", "HGNC:14931")}
