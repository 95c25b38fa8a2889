"""Session 19 claims round: classes of misses on held-out 22. Sentences are made up for these
tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_made_by_a_tissue_during_exercise_is_induced_by_it_not_raised_by_the_tissue():
    assert triples(claims_of("IL-6 is secreted by fat tissue during exercise.")) == {
        ("HGNC:6018", "induced_by_exercise", "AGEFACTS:exercise")}
    assert triples(claims_of("SIRT3 is released by the liver during exercise.")) == {
        ("HGNC:14931", "induced_by_exercise", "AGEFACTS:exercise")}
    # an exercise named as the agent is still the agent
    assert triples(claims_of("IL-6 is raised by regular exercise.")) == {
        ("HGNC:6018", "induced_by_exercise", "AGEFACTS:exercise")}


def test_a_loss_set_as_the_scene_makes_the_lost_molecule_required_for_what_went():
    assert triples(claims_of("In mice lacking IL-6, the benefits of exercise were lost.")) == {
        ("HGNC:6018", "required_for", "benefits of exercise")}
    rows = claims_of("IL-6 rises with exercise, and in rats lacking it the gain "
                     "in endurance vanished.")
    assert ("HGNC:6018", "required_for", "gain in endurance") in triples(rows)
    assert not [r for r in rows if (r["object_text"] or "").startswith("lacking")]
    assert triples(claims_of("No SIRT3, no endurance.")) == {
        ("HGNC:14931", "required_for", "endurance")}
    assert not claims_of("No SIRT3 was found.")
    assert not claims_of("No wonder, no doubt.")


def test_a_group_with_less_of_something_and_far_more_of_it():
    assert triples(claims_of("Older muscle has less SIRT3 activity.")) == {
        ("HGNC:14931", "declines_with_age", "MESH:D000375")}
    assert {r["relation"] for r in claims_of(
        "Aged hearts had far more cells expressing SIRT3 than young hearts.")} == {
        "associated_with"}
    # less of an effect is no content of the group
    assert all(r["relation"] != "declines_with_age"
               for r in claims_of("Exercise has less effect on IL-6 in old mice."))


def test_plural_markers_and_proxies_go_with_what_they_stand_for():
    assert triples(claims_of("SIRT1 and TFAM are proxies for frailty.")) == {
        ("HGNC:14929", "associated_with", "MESH:D000073496"),
        ("HGNC:11741", "associated_with", "MESH:D000073496")}
    assert triples(claims_of("IL-6 is a proxy for frailty.")) == {
        ("HGNC:6018", "associated_with", "MESH:D000073496")}


def test_the_x_response_fading_with_age_is_a_weak_response_not_a_decline():
    rows = claims_of("Training raised IL-6 in the young. But the IL-6 response also fades with age.")
    assert ("HGNC:6018", "not_induced_in_aged", "age") in triples(rows)
    assert ("HGNC:6018", "declines_with_age", "MESH:D000375") not in triples(rows)
    assert triples(claims_of("IL-6 fades with age.")) == {("HGNC:6018", "declines_with_age", "MESH:D000375")}
