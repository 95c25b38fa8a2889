"""Session 22 claims round: classes of development misses left over from session 21.
Sentences are made up for these tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, one, triples

from agefacts.extract.sentences import sentence_rows


def test_a_change_in_step_with_the_one_before_is_the_same_exercises():
    rows = claims_of("Treadmill running raised TFAM. SIRT3 rose along with it.")
    assert ("HGNC:14931", "induced_by_exercise", "AGEFACTS:treadmill_running") in triples(rows)
    # an appositive between the molecule and its verb changes nothing
    rows = claims_of("Treadmill running raised TFAM. SIRT3, an enzyme that needs NAD+ to work, "
                     "rose alongside it.")
    assert ("HGNC:14931", "induced_by_exercise", "AGEFACTS:treadmill_running") in triples(rows)
    rows = claims_of("Treadmill running raised TFAM. SIRT3 (a protein that binds TFAM) "
                     "climbed by a third over the same period.")
    assert ("HGNC:14931", "induced_by_exercise", "AGEFACTS:treadmill_running") in triples(rows)
    # no exercise before: a rise alongside another is no exercise's
    assert all(r["relation"] != "induced_by_exercise"
               for r in claims_of("SIRT3 rose alongside TFAM."))


def test_a_short_aside_keeps_the_exercise_of_the_sentence_before():
    rows = claims_of("Treadmill running raised TFAM. That surprised us. SIRT3 rose along with it.")
    assert ("HGNC:14931", "induced_by_exercise", "AGEFACTS:treadmill_running") in triples(rows)
    # a long sentence naming nothing still ends what the next one may refer to
    rows = claims_of("Treadmill running raised TFAM. The clinic then closed for the long "
                     "summer break as planned. SIRT3 rose along with it.")
    assert all(r["subject_id"] != "HGNC:14931" for r in rows)


def test_a_possessive_before_a_full_stop_ends_the_sentence():
    texts = [r["text"] for r in sentence_rows(
        "d", "Their levels matched the young group's. SIRT3 rose. J. S. Bach wrote it.")]
    assert texts == ["Their levels matched the young group's.", "SIRT3 rose.",
                     "J. S. Bach wrote it."]


def test_a_group_lacking_x_before_its_relative_clause_gained_nothing():
    rows = claims_of("Old SIRT3-heterozygous mice that ran for eight weeks gained no endurance "
                     "and no improvement in grip strength.")
    assert triples(rows) == {("HGNC:14931", "required_for", "endurance"),
                             ("HGNC:14931", "required_for", "grip strength")}
    assert triples(claims_of("Mice lacking SIRT3 that swam for a month gained no endurance.")) == {
        ("HGNC:14931", "required_for", "endurance")}
    # a group that lacks nothing, or that gained something, is no knockout's outcome
    assert not claims_of("Mice that ran for a month gained no endurance.")
    assert not claims_of("Old SIRT3-heterozygous mice that ran for eight weeks gained endurance.")


def test_a_group_picked_out_by_the_size_of_a_change_goes_with_its_outcome():
    rows = claims_of("Resistance training lowered SIRT3 by a fifth, and those with the largest "
                     "drop gained the most grip strength.")
    assert triples(rows) == {("AGEFACTS:resistance_training", "decreases", "HGNC:14931"),
                             ("HGNC:14931", "associated_with", "grip strength")}
    assert one(rows, "HGNC:14931", "associated_with")["polarity"] == "negative"
    rows = claims_of("SIRT3 fell after resistance training, and the fall was largest in the men "
                     "who gained the most muscle.")
    assert one(rows, "HGNC:14931", "associated_with", "muscle")["polarity"] == "negative"
    rows = claims_of("Resistance training raised TFAM, and those with the largest rise had the "
                     "least fat.")
    assert one(rows, "HGNC:11741", "associated_with", "fat")["polarity"] == "negative"
    # no size of a change picks out the group: nothing to associate
    assert all(r["relation"] != "associated_with" for r in claims_of(
        "Resistance training lowered SIRT3, and everyone gained the most grip strength."))


def test_a_group_described_by_its_starting_level_is_compared_by_its_outcome():
    rows = claims_of("Those who started with the highest TFAM gained the least grip strength.")
    row = one(rows, "HGNC:11741", "associated_with")
    assert row["polarity"] == "negative"  # more TFAM at the start, less strength gained
    assert all(r["relation"] != "increases" for r in rows)
