"""Session 26 second claims round (held-out 29): classes of misses, made-up sentences."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_it_after_blocking_a_molecule_is_the_blocking():
    rows = claims_of("Blocking klotho shrinks cartilage in dogs, but in frail adults it has not "
                     "improved balance.")
    assert ("HGNC:6344", "decreases", "balance") in triples(rows)
    assert all(r["negated"] for r in rows if r["object_text"] == "balance")
    # a molecule named plainly stays the molecule
    rows = claims_of("Klotho thickened cartilage, yet it did not improve balance.")
    assert ("HGNC:6344", "increases", "balance") in triples(rows)


def test_a_drug_named_by_what_it_blocks_flips_the_molecule():
    rows = claims_of("Klotho-blocking pills did not improve balance over a year.")
    assert [(r["subject_id"], r["relation"], r["negated"]) for r in rows] == [
        ("HGNC:6344", "decreases", True)]


def test_an_old_tissue_that_makes_less_of_a_molecule_is_a_decline_with_age():
    for text in ("Older muscle fibres make less klotho.",
                 "Klotho circulates in blood. Aged muscle just produces less of it."):
        assert ("HGNC:6344", "declines_with_age") in {
            (r["subject_id"], r["relation"]) for r in claims_of(text)}, text
    # a young tissue, or "makes less likely", is no decline with age
    assert not claims_of("Young muscle makes less klotho.")
    assert not claims_of("Metformin makes less sense for klotho.")


def test_most_of_the_way_back_to_young_levels_is_how_far_not_an_object():
    rows = claims_of("Once resistance training began, TFAM rose most of the way back to "
                     "youthful values.")
    assert {r["relation"] for r in rows} == {"induced_by_exercise", "preserved_by_training"}


def test_people_who_keep_active_are_a_trained_group():
    rows = claims_of("Retired women who keep active still hold on to almost youthful levels "
                     "of TFAM.")
    assert [(r["subject_id"], r["relation"]) for r in rows] == [
        ("HGNC:11741", "preserved_by_training")]


def test_keeping_a_molecule_in_check_is_still_a_brake():
    rows = claims_of("Regular training keeps TFAM in check.")
    assert [(r["relation"], r["object_id"]) for r in rows] == [("inhibits", "HGNC:11741")]


def test_a_blunted_response_to_exercise_in_the_old_is_one_blunting_not_a_decline():
    rows = claims_of("Elderly rats display a blunted SIRT1 response to exercise.")
    assert triples(rows) == {("HGNC:14929", "not_induced_in_aged", "AGEFACTS:exercise")}
    # a lower level in the old, with no response, stays a decline with age
    rows = claims_of("Older adults show reduced SIRT1 in muscle.")
    assert {r["relation"] for r in rows} == {"declines_with_age"}


def test_they_after_one_gene_acted_on_are_people():
    rows = claims_of("A klotho-blocking antibody enlarged the calf muscles of nursing-home "
                     "residents without improving how quickly they could walk up stairs.")
    assert all(r["relation"] == "decreases" for r in rows)
    assert "stairs" not in {r["object_text"] for r in rows}
    # a group lacking a gene named back by "they" keeps its loss
    rows = claims_of("Rats lacking klotho were frail, and they did not improve with exercise.")
    assert rows


def test_adult_life_is_an_age_context():
    for text in ("Plasma klotho falls gradually across adult life.",
                 "Klotho declines throughout adulthood."):
        assert {r["relation"] for r in claims_of(text)} == {"declines_with_age"}, text


def test_working_partly_through_a_molecule_is_depending_on_it():
    rows = claims_of("SIRT1 works partly through another regulator, FOXO3.")
    assert triples(rows) == {("HGNC:14929", "depends_on", "HGNC:3821")}


def test_what_a_molecule_acts_in_response_to_switches_it_on():
    rows = claims_of("SIRT1 switches on fat oxidation in response to mechanical loading, "
                     "insulin and FGF21.")
    assert {("HGNC:6081", "activates", "HGNC:14929"), ("HGNC:3678", "activates", "HGNC:14929"),
            ("HGNC:14929", "induced_by_exercise", "mechanical loading")} <= triples(rows)
    # a bare activity word is no agent; a long phrase is no list
    rows = claims_of("SIRT1 switches on fat oxidation in response to loading.")
    # (session 33, round d) "switches on" a process is `activates`: the guide's "X switches Y
    # on" and the labels (13 development evidences of the shape against one `increases`)
    assert triples(rows) == {("HGNC:14929", "activates", "fat oxidation")}
    assert not claims_of("Apelin rises in response to a long list of different stresses that "
                         "nobody has studied.")


def test_mechanical_loading_is_exercise():
    rows = claims_of("SIRT1 was strongly activated by mechanical loading.")
    assert triples(rows) == {("HGNC:14929", "induced_by_exercise", "mechanical loading")}
