"""Session 23, second claims round: classes of held-out 26 misses (now development texts).
Sentences are made up for these tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, one, triples


def test_a_change_in_named_conditions_goes_with_each_condition():
    rows = claims_of("GDF15 often climbs in osteoporosis and frailty, one review found.")
    assert triples(rows) == {("HGNC:30142", "associated_with", "MESH:D010024"),
                             ("HGNC:30142", "associated_with", "MESH:D000073496")}
    fell = one(claims_of("SIRT3 fell in people with frailty."), "HGNC:14931", "associated_with")
    assert fell["polarity"] == "negative" and fell["object_id"] == "MESH:D000073496"
    # an age clause elsewhere in the sentence keeps its own claim
    rows = claims_of("GDF15 climbs in frailty, and it was greater in aged rats than in young ones.")
    assert ("HGNC:30142", "associated_with", "MESH:D000073496") in triples(rows)
    # a place or a group is no condition; a rise after exercise stays an induction
    assert not any(r["relation"] == "associated_with"
                   for r in claims_of("GDF15 rises in muscle of people with frailty."))
    rows = claims_of("GDF15 rose in osteoporosis after exercise.")
    assert triples(rows) == {("HGNC:30142", "induced_by_exercise", "AGEFACTS:exercise")}


def test_without_x_nothing_forms_is_a_requirement():
    rows = claims_of("Without SIRT3, no synapse forms at all.")
    assert triples(rows) == {("HGNC:14931", "required_for", "synapse")}
    rows = claims_of("No SIRT3, no new fibres develop.")
    assert triples(rows) == {("HGNC:14931", "required_for", "new fibres")}
    # the bare pairing still holds
    assert triples(claims_of("No SIRT3, no synapse.")) == {
        ("HGNC:14931", "required_for", "synapse")}


def test_making_a_product_from_a_source_raises_the_product():
    rows = claims_of("SIRT3 makes TFAM from scratch.")
    assert triples(rows) == {("HGNC:14931", "increases", "HGNC:11741")}
    rows = claims_of("IL-6, a cytokine that fibres make in large amounts during exercise, "
                     "travels far.")
    assert triples(rows) == {("HGNC:6018", "induced_by_exercise", "AGEFACTS:exercise")}
    # "made from" with no maker, or "makes sense", says nothing
    assert not claims_of("Muscle made from stem cells grew.")
    assert not claims_of("SIRT3 makes sense as a target.")


def test_a_bare_verb_after_a_plural_head_is_a_verb_not_a_noun():
    rows = claims_of("SIRT3 levels fall in older people.")
    assert {(r["subject_id"], r["relation"]) for r in rows} == {
        ("HGNC:14931", "declines_with_age")}
    rows = claims_of("TFAM concentrations drop in the tendons of inactive aged adults.")
    assert {(r["subject_id"], r["relation"]) for r in rows} == {
        ("HGNC:11741", "declines_with_age")}
    rows = claims_of("SIRT3 levels rise in the heart after exercise.")
    assert triples(rows) == {("HGNC:14931", "induced_by_exercise", "AGEFACTS:exercise")}
    # the noun stays a noun after a determiner
    assert not claims_of("The SIRT3 levels drop in older people was small.")
