"""Session 21 claims round: classes of misses on held-out 24 and development leftovers.
Sentences are made up for these tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_a_switch_on_weaker_than_in_the_young_is_blunted_in_the_old():
    rows = claims_of("Tendon still adapts to running, yet markers like SIRT3, IL-6 and TFAM "
                     "come on more faintly than in the young.")
    assert {(r["subject_id"], r["relation"]) for r in rows} == {
        ("HGNC:14931", "not_induced_in_aged"), ("HGNC:6018", "not_induced_in_aged"),
        ("HGNC:11741", "not_induced_in_aged")}
    assert {(r["subject_id"], r["relation"]) for r in claims_of(
        "After cycling, SIRT3 is induced less robustly than in youth.")} == {
        ("HGNC:14931", "not_induced_in_aged")}
    # no exercise named: a comparison with the young is no response
    assert all(r["relation"] != "not_induced_in_aged"
               for r in claims_of("SIRT3 is induced less robustly than in the young."))


def test_a_signal_that_comes_on_is_switched_on():
    assert triples(claims_of("SIRT3 comes on within minutes of a sprint.")) == {
        ("HGNC:14931", "induced_by_exercise", "sprint")}
    assert not claims_of("The drug came on the market in May.")


def test_even_if_opens_a_concession_not_a_hypothesis():
    assert {r["relation"] for r in claims_of(
        "Tendon still adapts to cycling, even if SIRT3 is induced less robustly than in "
        "youth.")} == {"not_induced_in_aged"}
    assert not claims_of("If SIRT3 is switched on by AMPK, TFAM rises.")


def test_without_x_the_result_falls_apart_or_cannot_happen():
    assert triples(claims_of("Without apelin, the synapses fall apart.")) == {
        ("HGNC:16665", "required_for", "synapses")}
    rows = claims_of("Rodent work suggests that without SIRT3, damaged tendon cannot heal "
                     "properly.")
    assert triples(rows) == {("HGNC:14931", "required_for", "damaged tendon to heal")}
    assert rows[0]["hedged"]
    # a transitive verb after "could not" keeps its own reading (X raises Y)
    assert triples(claims_of("Without SIRT3, tendon cells could not raise TFAM.")) == {
        ("HGNC:14931", "increases", "HGNC:11741")}
    assert not claims_of("Even without SIRT3, muscle can regenerate.")


def test_an_appositive_head_with_a_bare_object_relative_is_needed():
    assert triples(claims_of("The study measured SIRT3, the kinase liver cells need to store sugar.")) == {
        ("HGNC:14931", "required_for", "store sugar")}
    assert triples(claims_of("SIRT3 is the kinase liver cells need to store sugar.")) == {
        ("HGNC:14931", "required_for", "store sugar")}
    assert not claims_of("SIRT3, the protein levels need to be checked.")


def test_pushing_back_holds_down():
    rows = claims_of("SIRT3, which accumulates over the years, is largely pushed back by "
                     "endurance training.")
    assert ("AGEFACTS:endurance_training", "decreases", "HGNC:14931") in triples(rows)
    assert not claims_of("The SIRT3 trial was pushed back to May.")


def test_a_closed_relative_keeps_its_named_head_after_an_earlier_clause():
    rows = claims_of("Aged tendon still adapts to cycling, but SIRT3 comes on more faintly than "
                     "in the young; klotho, which accumulates over the years, is largely pushed "
                     "back by endurance training.")
    decreased = {r["object_id"] for r in rows if r["relation"] == "decreases"}
    assert decreased == {"HGNC:6344"}


def test_a_colon_after_a_molecule_stands_for_is():
    assert triples(claims_of("Klotho: a brake on IL-6.")) == {
        ("HGNC:6344", "inhibits", "HGNC:6018")}
    assert not claims_of("Klotho: IL-6 inhibits it.")


def test_what_a_molecule_responds_to_switches_it_on():
    assert triples(claims_of("SIRT3 responds to protein.")) == {
        ("protein", "activates", "HGNC:14931")}
    assert triples(claims_of("SIRT3 also responds to protein, and mostly to one amino acid.")) == {
        ("protein", "activates", "HGNC:14931")}
    assert not claims_of("SIRT3 did not respond to protein.")  # a denial stays unread
    # exercise and age keep their own readings; an adverb names nothing responded to
    assert triples(claims_of("SIRT3 responds to exercise.")) == {
        ("HGNC:14931", "induced_by_exercise", "AGEFACTS:exercise")}
    assert not claims_of("Fasting appears to help SIRT3 respond more fully.")
    assert not claims_of("Muscle responds to protein.")


def test_the_named_examples_of_an_unnamed_object_are_the_objects():
    assert triples(claims_of("AMPK switches on further genes, such as SIRT3 and TFAM.")) == {
        ("FPLX:AMPK", "activates", "HGNC:14931"), ("FPLX:AMPK", "activates", "HGNC:11741")}
    assert triples(claims_of("AMPK switches on several factors, among them SIRT3.")) == {
        ("FPLX:AMPK", "activates", "HGNC:14931")}
    assert triples(claims_of("AMPK raises SIRT3, among other things.")) == {
        ("FPLX:AMPK", "increases", "HGNC:14931")}


def test_a_rise_denied_in_an_old_group_of_an_exercise_study_is_blunted():
    rows = claims_of("Young and old men did treadmill running for an hour. SIRT3 did not go "
                     "up in the elderly arm.")
    assert {(r["subject_id"], r["relation"]) for r in rows} == {
        ("HGNC:14931", "not_induced_in_aged")}
    # no exercise in the document: a level compared across age
    rows = claims_of("Young and old men came to the lab. SIRT3 did not go up in the "
                     "elderly arm.")
    assert all(r["relation"] != "not_induced_in_aged" for r in rows)


def test_the_scorer_compares_a_side_made_only_of_stop_words():
    from test_claims import _evaluation

    ev = _evaluation()
    # "protein" is a stop word of the scorer: a gold side that is only "protein" is still met
    assert ev._side_matches(None, "protein", set(), "protein", {})
    assert not ev._side_matches(None, "leucine", set(), "protein", {})
