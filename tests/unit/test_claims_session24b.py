"""Session 24, second round (held-out 27 as development): classes of construction. Sentences
are made up for these tests, one or two per class."""

from __future__ import annotations

from test_claims import claims_of, triples


def _pairs(rows: list[dict]) -> set[tuple]:
    return {(r["subject_id"], r["relation"]) for r in rows}


def test_an_appositive_right_after_its_opener_speaks_of_its_head():
    rows = claims_of("Swimming reduces SIRT3, a brake on fat burning.")
    assert ("HGNC:14931", "inhibits", "fat burning") in triples(rows)
    # the verb's agent is not what the appositive describes
    assert not any(r["relation"] == "inhibits" and r["subject_id"] != "HGNC:14931" for r in rows)


def test_levels_no_different_from_the_young_in_a_trained_group():
    rows = claims_of("Veteran runners past sixty do not suffer that decline, and their "
                     "SIRT3 and TFAM levels are no different from those of younger runners.")
    assert {(r["subject_id"], r["relation"], r["negated"]) for r in rows} == {
        ("HGNC:14931", "preserved_by_training", False),
        ("HGNC:11741", "preserved_by_training", False)}
    # a level raised "to levels that were indistinguishable ..." is the restoring verb's;
    # (session 33, round c) rowing is an exercise, so its restoring gives both relations, as
    # docs/claims_labelling.md asks ("Restores, rescues, back to young levels"), once each
    rows = claims_of("Rowing restored TFAM to levels that were indistinguishable from those "
                     "of young dogs.")
    assert sorted(r["relation"] for r in rows) == ["induced_by_exercise", "preserved_by_training"]
    # a denied decline with nothing after it stays denied
    rows = claims_of("Trained older women did not show this decline in TFAM.")
    assert rows and all(r["negated"] for r in rows)


def test_cycling_swimming_and_habitual_activity_are_training():
    assert _pairs(claims_of("Among retirees, steady cycling keeps TFAM near the levels seen in "
                            "young people.")) == {("HGNC:11741", "preserved_by_training")}
    assert _pairs(claims_of("Habitual activity maintains SIRT3 at youthful levels in old "
                            "rats.")) == {("HGNC:14931", "preserved_by_training")}
    assert _pairs(claims_of("Swimmers keep TFAM at young levels into their eighties.")) == {
        ("HGNC:11741", "preserved_by_training")}


def test_what_fibres_shed_into_the_bloodstream_after_a_workout_is_induced():
    rows = claims_of("SIRT3, which fibres shed into the circulation after a sprint, is small.")
    assert _pairs(rows) == {("HGNC:14931", "induced_by_exercise")}
    # shedding into a dish, with no exercise, says nothing
    assert not claims_of("Cells shed SIRT3 into the medium.")


def test_an_appositive_naming_a_blocker_or_activator_of_a_target():
    rows = claims_of("Metformin, a selective SIRT3 inhibitor, went into the drinking water of "
                     "old mice.")
    assert triples(rows) == {("AGEFACTS:metformin", "inhibits", "HGNC:14931")}
    rows = claims_of("Metformin, a TFAM activator, was tested.")
    assert triples(rows) == {("AGEFACTS:metformin", "activates", "HGNC:11741")}
    # a list, not an appositive
    assert not claims_of("Metformin, a drug, and a SIRT3 inhibitor were tested.")


def test_a_group_lacking_a_gene_that_dies_early_needs_it_to_live():
    rows = claims_of("Rats bred without SIRT3 die soon after weaning.")
    assert triples(rows) == {("HGNC:14931", "required_for", "survival")}
    assert rows[0]["species"] == "rat"
    assert triples(claims_of("TFAM knockout rats died within a week.")) == {
        ("HGNC:11741", "required_for", "survival")}
    # old animals dying, or fibres that do not die, lack no gene
    assert "required_for" not in {
        r["relation"] for r in claims_of("Old mice with more SIRT3 die sooner.")}
    assert "required_for" not in {
        r["relation"] for r in claims_of("Fibres that do not die young still carry SIRT3.")}


def test_a_verb_after_a_passive_with_a_by_agent_is_the_passive_subjects():
    rows = claims_of("NRF1 is turned on by a brief sprint and in turn stimulates TFAM.")
    assert ("HGNC:7996", "activates", "HGNC:11741") in triples(rows)
    assert ("HGNC:11741", "induced_by_exercise") not in _pairs(rows)
    rows = claims_of("SIRT3 is activated by NRF1 and lowers TFAM.")
    assert ("HGNC:14931", "decreases", "HGNC:11741") in triples(rows)


def test_a_surge_of_something_an_entity_makes_is_raised_by_it():
    rows = claims_of("During a sprint, SIRT3 rises in the fibre and makes a surge of ATP.")
    assert ("HGNC:14931", "increases") in _pairs(rows)
    # "made a wave of headlines" names no entity: no claim
    assert not claims_of("The news made a wave of headlines.")
