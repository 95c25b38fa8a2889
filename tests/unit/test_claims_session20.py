"""Session 20 claims round: classes of misses on held-out 23 and development leftovers.
Sentences are made up for these tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_gathering_and_clustering_verbs_switch_their_object_on():
    assert triples(claims_of("SIRT3 gathers IL-6 at the synapse.")) == {
        ("HGNC:14931", "activates", "HGNC:6018")}
    assert triples(claims_of("Apelin clusters IL-6 under the nerve.")) == {
        ("HGNC:16665", "activates", "HGNC:6018")}
    assert triples(claims_of("TFAM is clustered by IL-6.")) == {
        ("HGNC:6018", "activates", "HGNC:11741")}
    # no object: gathering somewhere, and the noun "clusters of"
    assert not claims_of("SIRT3 gathers on the membrane.")
    assert not claims_of("The clusters of IL-6 near the SIRT3 site grew.")


def test_fuelling_an_enzyme_activates_it_and_in_turn_is_no_part_of_the_subject():
    assert triples(claims_of("NAD+ in turn fuels SIRT3.")) == {("NAD+", "activates", "HGNC:14931")}
    assert not claims_of("Fatty fuels such as IL-6 rise.")


def test_a_written_subject_keeps_its_sign():
    # the fall is the agent as written: it switches X on, it does not inhibit it
    assert triples(claims_of("AMPK is switched on by the fall in fuel.")) == {
        ("fall in fuel", "activates", "FPLX:AMPK")}


def test_a_group_set_apart_by_a_better_or_worse_outcome():
    rows = claims_of("Older adults with higher klotho levels do tend to have stronger grip.")
    assert triples(rows) == {("HGNC:6344", "associated_with", "grip")}
    assert rows[0]["polarity"] == "positive"
    rows = claims_of("Mice with the most SIRT3 had the weakest legs.")
    assert triples(rows) == {("HGNC:14931", "associated_with", "legs")}
    assert rows[0]["polarity"] == "negative"


def test_a_means_named_as_the_way_to_raise_something():
    assert triples(claims_of("Swimming is the most reliable way to raise SIRT3.")) == {
        ("HGNC:14931", "induced_by_exercise", "Swimming")}
    assert triples(claims_of("Metformin is one of the best ways of boosting SIRT3.")) == {
        ("AGEFACTS:metformin", "increases", "HGNC:14931")}
    assert not claims_of("There is no easy way to raise SIRT3.")
    assert not claims_of("Dieting is not a way to raise SIRT3.")


def test_a_rise_word_right_after_its_molecule_is_its_verb():
    assert triples(claims_of("Apelin rises in muscle after running.")) == {
        ("HGNC:16665", "induced_by_exercise", "running")}
    assert triples(claims_of("Apelin, which rises in rat muscle after running, is a myokine.")) == {
        ("HGNC:16665", "induced_by_exercise", "running")}
    # after a determiner the molecule names a kind of rise: the rises are in what follows
    assert triples(claims_of("The SIRT3 increases in IL-6 were seen after running.")) == {
        ("HGNC:6018", "induced_by_exercise", "running")}


def test_a_group_named_by_its_exercise_has_what_it_raised_induced():
    assert triples(claims_of("Adults who cycled twice a week raised their IL-6 by about 40%.")) == {
        ("HGNC:6018", "induced_by_exercise", "cycled twice a week")}
    rows = claims_of("Old women who swam three times a week raised their SIRT3 and brought "
                     "TFAM back to levels close to those of younger women.")
    assert triples(rows) == {
        ("HGNC:14931", "induced_by_exercise", "swam three times a week"),
        ("HGNC:11741", "induced_by_exercise", "swam three times a week"),
        ("HGNC:11741", "preserved_by_training", "swam three times a week")}
    # a group named by something else keeps its written agent
    assert triples(claims_of("Mice who ate fat raised their SIRT3.")) == {
        ("ate fat", "increases", "HGNC:14931")}


def test_accounting_for_a_smaller_outcome_holds_it_down():
    assert triples(claims_of("Myostatin may account for part of the smaller gains.")) == {
        ("HGNC:4223", "decreases", "gains")}
    assert triples(claims_of("Myostatin may account for the gains.")) == {
        ("HGNC:4223", "increases", "gains")}
