"""Session 24, second round (held-out 27 as development): classes of construction. Sentences
are made up for these tests, one or two per class."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_an_appositive_right_after_its_opener_speaks_of_its_head():
    rows = claims_of("Exercise lowers SIRT3, a brake on fat burning, in older men.")
    assert ("HGNC:14931", "inhibits", "fat burning") in triples(rows)
    # the verb's agent is not what the appositive describes
    assert not any(r["subject_id"] == "AGEFACTS:exercise" and r["relation"] == "inhibits"
                   for r in rows)


def test_levels_said_to_be_indistinguishable_from_the_young_in_a_trained_group():
    rows = claims_of("Older men who had trained for years did not show this deficit, and their "
                     "SIRT3 and TFAM levels were indistinguishable from those of the young.")
    kept = {(r["subject_id"], r["relation"], r["negated"]) for r in rows}
    assert kept == {("HGNC:14931", "preserved_by_training", False),
                    ("HGNC:11741", "preserved_by_training", False)}
    # a level raised "to values that were indistinguishable ..." is the restoring verb's
    rows = claims_of("Rowing restored SIRT3 to levels that were indistinguishable from those "
                     "of young rats.")
    assert all(r["relation"] != "preserved_by_training" or r["subject_id"] == "HGNC:14931"
               for r in rows)
    # a denied decline with nothing after it stays denied
    rows = claims_of("Trained older men did not show this decline in SIRT3.")
    assert rows and all(r["negated"] for r in rows)


def test_cycling_swimming_and_regular_activity_are_training():
    rows = claims_of("In older men, regular cycling keeps TFAM near the levels seen in young men.")
    assert [(r["subject_id"], r["relation"]) for r in rows] == [
        ("HGNC:11741", "preserved_by_training")]
    rows = claims_of("In older men, long-term regular activity keeps SIRT3 close to the levels "
                     "seen in young men.")
    assert ("HGNC:14931", "preserved_by_training") in {
        (r["subject_id"], r["relation"]) for r in rows}


def test_what_muscle_sheds_into_the_blood_during_exercise_is_induced_by_it():
    rows = claims_of("SIRT3, which muscle sheds into the blood during exercise, is small.")
    assert [(r["subject_id"], r["relation"]) for r in rows] == [
        ("HGNC:14931", "induced_by_exercise")]
    # shedding with no blood and no exercise says nothing
    assert not claims_of("Cells shed SIRT3 into the medium.")


def test_an_appositive_naming_a_blocker_or_activator_of_a_target():
    rows = claims_of("Metformin, our oral SIRT3 inhibitor, was given to old mice for six weeks.")
    assert triples(rows) == {("AGEFACTS:metformin", "inhibits", "HGNC:14931")}
    rows = claims_of("Metformin, a TFAM activator, was tested.")
    assert triples(rows) == {("AGEFACTS:metformin", "activates", "HGNC:11741")}
    # a list, not an appositive; "an inhibitor of X" is read by the flips, not here
    assert not claims_of("Metformin, a drug, and a SIRT3 inhibitor were tested.")


def test_a_group_lacking_a_gene_that_dies_early_needs_it_to_live():
    rows = claims_of("Mice lacking SIRT3 throughout the body die shortly after birth.")
    assert triples(rows) == {("HGNC:14931", "required_for", "survival")}
    assert rows[0]["species"] == "mouse"
    assert triples(claims_of("TFAM knockout rats died within a week.")) == {
        ("HGNC:11741", "required_for", "survival")}
    # old animals dying, or cells that do not die, lack no gene
    assert all(r["relation"] != "required_for"
               for r in claims_of("Old mice with more SIRT3 die sooner."))
    rows = claims_of("Cells that have stopped dividing but do not die carry high levels of SIRT3.")
    assert all(r["relation"] != "required_for" for r in rows)


def test_a_verb_after_a_passive_with_a_by_agent_is_the_passive_subjects():
    rows = claims_of("NRF1 is switched on by each bout of exercise and in turn activates TFAM.")
    assert ("HGNC:7996", "activates", "HGNC:11741") in triples(rows)
    assert ("HGNC:11741", "induced_by_exercise", "AGEFACTS:exercise") not in triples(rows)
    rows = claims_of("SIRT3 is activated by NRF1 and lowers TFAM.")
    assert ("HGNC:14931", "decreases", "HGNC:11741") in triples(rows)


def test_a_burst_of_something_an_entity_makes_is_raised_by_it():
    rows = claims_of("After a hard session, SIRT3 is switched on in muscle and makes a burst of "
                     "ATP.")
    assert ("HGNC:14931", "increases") in {(r["subject_id"], r["relation"]) for r in rows}
    # "makes a wave of headlines" names no entity: no claim
    assert not claims_of("The news made a wave of headlines.")
