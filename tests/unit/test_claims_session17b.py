"""Session 17, second claims round: development leftovers. Sentences are made up for these
tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_an_unknown_verb_sharing_the_object_is_no_subject():
    rows = claims_of("Heat therapy activates SIRT3, which then deacetylates and activates TFAM.")
    assert ("HGNC:14931", "activates", "HGNC:11741") in triples(rows)
    assert not [r for r in rows if r["subject_text"] == "deacetylates"]
    assert triples(claims_of("AMPK phosphorylates and activates TFAM.")) == {
        ("FPLX:AMPK", "activates", "HGNC:11741")}
    # a noun before "and" is a subject of its own clause, not a shared verb
    assert ("Heat", "activates", "HGNC:11741") in triples(
        claims_of("Heat raises IL-6 levels and activates TFAM."))


def test_a_relative_after_a_made_by_phrase_belongs_to_the_predicate_noun():
    assert triples(claims_of(
        "Myostatin is a protein made by fat that acts as a brake on muscle growth.")) == {
        ("HGNC:4223", "inhibits", "muscle growth")}
    assert triples(claims_of("Myostatin is a protein made by muscle that restrains bone growth.")) == {
        ("HGNC:4223", "inhibits", "bone growth")}


def test_what_its_job_is_to_do_is_what_it_does():
    assert triples(claims_of("Myostatin is made by fat. Its main job is to restrain muscle growth.")) == {
        ("HGNC:4223", "inhibits", "muscle growth")}
    assert triples(claims_of(
        "Fat makes a hormone called myostatin, and its main job is to put the brakes on bone growth."
    )) == {("HGNC:4223", "inhibits", "bone growth")}
    assert not claims_of("The lesson is to keep IL-6 low.")  # a complement, no one's verb


def test_a_short_aside_does_not_end_what_it_stands_for():
    rows = claims_of("IL-6 is a responsive gene. Amazing. After a single sprint it rose fivefold.")
    assert ("HGNC:6018", "induced_by_exercise", "sprint") in triples(rows)
    # a longer sentence that names nothing still does
    assert not claims_of("IL-6 is a responsive gene. We then walked the dogs around the lab "
                         "building twice. After a single sprint it rose fivefold.")


def test_shot_up_by_an_approximate_size_is_a_rise_without_object():
    rows = claims_of("After a bout of sprints IL-6 shot up something like tenfold in young mice.")
    assert [r["relation"] for r in rows] == ["induced_by_exercise"]


def test_barely_moved_in_the_old_after_a_rise_is_a_weak_response():
    rows = claims_of("After a sprint IL-6 rose fivefold in young mice. Fivefold! "
                     "But in the old mice it barely moved.")
    assert ("HGNC:6018", "not_induced_in_aged") in {(r["subject_id"], r["relation"]) for r in rows}
    assert not claims_of("The old mice barely moved after the injection of IL-6.")


def test_after_a_passive_the_next_verb_with_its_own_auxiliary_is_the_subject_s():
    rows = claims_of("AMPK is turned on by cold and is itself thought to raise TFAM expression.")
    assert ("FPLX:AMPK", "increases", "HGNC:11741") in triples(rows)
    assert ("cold", "activates", "FPLX:AMPK") in triples(rows)  # the passive itself
    assert not [r for r in rows if r["relation"] == "increases" and r["subject_text"]]
    assert ("HGNC:6018", "increases", "HGNC:1033") in triples(
        claims_of("IL-6 is released by working muscle and is known to raise BDNF levels."))
