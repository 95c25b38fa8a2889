"""Session 26 second claims round (held-out 29): classes of misses, made-up sentences."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_it_after_blocking_a_molecule_is_the_blocking():
    rows = claims_of("Blocking klotho shrinks tendons in rats, but in older people it has not "
                     "improved balance.")
    assert ("HGNC:6344", "decreases", "balance") in triples(rows)
    assert all(r["negated"] for r in rows if r["object_text"] == "balance")
    # a molecule named plainly stays the molecule
    rows = claims_of("Klotho raised bone mass, but it did not improve balance.")
    assert ("HGNC:6344", "increases", "balance") in triples(rows)


def test_a_drug_named_by_what_it_blocks_flips_the_molecule():
    rows = claims_of("Klotho-blocking drugs did not improve balance in trials.")
    assert [(r["subject_id"], r["relation"], r["negated"]) for r in rows] == [
        ("HGNC:6344", "decreases", True)]


def test_an_old_tissue_that_makes_less_of_a_molecule_is_a_decline_with_age():
    for text in ("Older muscle makes less klotho.",
                 "Klotho is a hormone. Older muscle simply makes less of it."):
        assert ("HGNC:6344", "declines_with_age") in {
            (r["subject_id"], r["relation"]) for r in claims_of(text)}, text
    # a young tissue, or "makes less likely", is no decline with age
    assert not claims_of("Young muscle makes less klotho.")
    assert not claims_of("Metformin makes less sense for klotho.")


def test_most_of_the_way_back_to_young_levels_is_how_far_not_an_object():
    rows = claims_of("After resistance training, TFAM climbed most of the way back to youthful "
                     "levels.")
    assert {r["relation"] for r in rows} == {"induced_by_exercise", "preserved_by_training"}


def test_people_who_keep_active_are_a_trained_group():
    rows = claims_of("Older people who keep active hold on to nearly youthful levels of TFAM.")
    assert [(r["subject_id"], r["relation"]) for r in rows] == [
        ("HGNC:11741", "preserved_by_training")]
