"""Session 22, second claims round: classes of held-out 25 misses (now development texts).
Sentences are made up for these tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, one, triples


def test_a_rise_in_the_old_that_is_a_fraction_of_the_young_one_is_blunted():
    rows = claims_of("Treadmill running raised SIRT3 in men of all ages, though the rise in older "
                     "men was just half that in younger men.")
    assert triples(rows) == {
        ("HGNC:14931", "induced_by_exercise", "AGEFACTS:treadmill_running"),
        ("HGNC:14931", "not_induced_in_aged", "older")}
    rows = claims_of("Exercise raised TFAM in young and old rats, but the increase in old rats "
                     "was a quarter of that found in young rats.")
    assert ("HGNC:11741", "not_induced_in_aged", "old rats") in triples(rows)
    # a level (no rise) below the young's is a decline, no blunted response
    rows = claims_of("SIRT3 levels in old mice were half those in young mice.")
    assert {r["relation"] for r in rows} == {"declines_with_age"}


def test_an_experiment_opener_reads_the_change_after_its_comma():
    rows = claims_of("When the scientists blocked SIRT3 in aged rats for a month, the loss of "
                     "muscle fibres was cut by a third.")
    assert triples(rows) == {("HGNC:14931", "increases", "loss of muscle fibres")}
    rows = claims_of("After the scientists blocked SIRT3, grip strength fell.")
    assert triples(rows) == {("HGNC:14931", "increases", "grip strength")}
    assert one(rows, "HGNC:14931", "increases")["polarity"] == "positive"
    rows = claims_of("When we blocked SIRT3, TFAM fell.")
    assert triples(rows) == {("HGNC:14931", "increases", "HGNC:11741")}


def test_the_experimenters_are_no_agent():
    assert not claims_of("The team blocked SIRT3 in old mice.")
    assert not claims_of("The investigators suppressed TFAM with a short hairpin.")
    assert triples(claims_of("Exercise lowered SIRT3.")) == {
        ("AGEFACTS:exercise", "decreases", "HGNC:14931")}


def test_a_passive_cut_with_its_size_is_a_decrease():
    rows = claims_of("TFAM was cut by a third after exercise.")
    assert triples(rows) == {("AGEFACTS:exercise", "decreases", "HGNC:11741")}
    # a noun "cut" is no verb
    assert not claims_of("A cut in TFAM followed.")


def test_a_purpose_after_a_route_is_what_the_subject_does():
    rows = claims_of("SIRT3 acts through TFAM in muscle to activate NRF1.")
    assert triples(rows) == {("HGNC:14931", "depends_on", "HGNC:11741"),
                             ("HGNC:14931", "activates", "HGNC:7996")}
    rows = claims_of("SIRT3 signals via AMPK to suppress IL-6.")
    assert triples(rows) == {("HGNC:14931", "depends_on", "FPLX:AMPK"),
                             ("HGNC:14931", "inhibits", "HGNC:6018")}
    # a route with two stops stays two routes
    rows = claims_of("SIRT3 acts through TFAM and NRF1.")
    assert {r["relation"] for r in rows} == {"depends_on"}


def test_a_level_compared_across_groups_set_apart_by_a_trait_goes_with_the_trait():
    rows = claims_of("IL-6 was higher in diabetic than in non-diabetic patients from the "
                     "trial.")
    assert triples(rows) == {("HGNC:6018", "associated_with", "diabetic")}
    rows = claims_of("IL-6 was lower in obese than in lean adults.")
    assert one(rows, "HGNC:6018", "associated_with", "obese")["polarity"] == "negative"
    rows = claims_of("IL-6 levels were higher in people with sarcopenia than in those without.")
    assert triples(rows) == {("HGNC:6018", "associated_with", "MESH:D055948")}
    # places and tissues are no groups
    assert not claims_of("IL-6 was higher in muscle than in fat.")


def test_the_head_of_a_relative_clause_is_what_is_higher_in_a_group():
    rows = claims_of("The C-terminal SIRT3 fragment (CSF), which is released when TFAM cleaves "
                     "SIRT3, is higher in adults with sarcopenia.")
    assert ("C-terminal SIRT3 fragment (CSF)", "associated_with",
            "MESH:D055948") in triples(rows)
    rows = claims_of("IL-6 levels, which TFAM raises, are higher in adults with sarcopenia.")
    assert ("HGNC:6018", "associated_with", "MESH:D055948") in triples(rows)


def test_holding_on_to_a_molecule_with_exercise_is_preservation():
    rows = claims_of("Regular exercise may help ageing fibres hang on to SIRT3, a key "
                     "guardian.")
    assert triples(rows) == {("HGNC:14931", "preserved_by_training", "AGEFACTS:exercise")}
    # the helped cells keep SIRT3: exercise does not raise the cells
    rows = claims_of("Exercise helps old muscle keep SIRT3.")
    assert triples(rows) == {("HGNC:14931", "preserved_by_training", "AGEFACTS:exercise")}
    # a person holding on to their own muscle is no claim about it
    assert not claims_of("Walking alone won't hold on to your muscle.")


def test_cells_carrying_high_levels_of_x_go_with_x():
    rows = claims_of("Damaged fibres carry raised levels of IL-6.")
    assert triples(rows) == {("Damaged fibres", "associated_with", "HGNC:6018")}
    assert one(rows, "Damaged fibres", "associated_with")["polarity"] == "positive"


def test_a_molecule_opposing_a_process_inhibits_it():
    rows = claims_of("IL-6 promotes muscle repair and opposes the wasting programme.")
    assert triples(rows) == {("HGNC:6018", "increases", "muscle repair"),
                             ("HGNC:6018", "inhibits", "wasting programme")}
    assert not claims_of("Critics opposed the idea of IL-6 as a marker.")
