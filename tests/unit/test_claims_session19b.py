"""Session 19, second round: classes left over from the held-out 22 round. Sentences are made
up for these tests, one per class of construction."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_capture_and_inactivation_verbs_inhibit():
    assert triples(claims_of("SIRT1, a decoy that traps myostatin in the "
                             "blood, is raised by exercise.")) == {
        ("HGNC:14929", "inhibits", "HGNC:4223"),
        ("HGNC:14929", "induced_by_exercise", "AGEFACTS:exercise")}
    for verb in ("sequesters", "mops up", "soaks up", "inactivates", "disables"):
        assert triples(claims_of(f"SIRT1 {verb} FOXO3 in the cytoplasm.")) == {
            ("HGNC:14929", "inhibits", "HGNC:3821")}, verb


def test_a_shortage_that_accounts_for_a_share_of_a_condition_lowers_the_condition():
    rows = claims_of("A shortage of SIRT1 could account for part of their insulin "
                     "resistance.")
    assert triples(rows) == {("HGNC:14929", "decreases", "MESH:D007333")}
    assert rows[0]["hedged"]
    # an adjustment is no explanation
    assert all(r["relation"] != "increases" for r in claims_of(
        "GDF15 predicted frailty even after accounting for sarcopenia."))


def test_binding_is_an_unsigned_link_and_the_pair_acts_together():
    assert triples(claims_of("SIRT1 binds FOXO3 in the nucleus, and together they "
                             "switch on TFAM.")) == {
        ("HGNC:14929", "other", "HGNC:3821"),
        ("HGNC:14929", "activates", "HGNC:11741"),
        ("HGNC:3821", "activates", "HGNC:11741")}
    # binding that blocks is read by the blocking verb alone
    assert triples(claims_of("SIRT1 binds FOXO3 and blocks it.")) == {
        ("HGNC:14929", "inhibits", "HGNC:3821")}
    assert triples(claims_of("SIRT1 binds and neutralises myostatin.")) == {
        ("HGNC:14929", "inhibits", "HGNC:4223")}
    # a plain "they" is the last subject, not the pair
    assert ("HGNC:3821", "activates", "HGNC:11741") not in triples(
        claims_of("SIRT1 raised FOXO3, and they activate TFAM."))


def test_an_exercised_group_compared_with_sedentary_peers_is_an_induction():
    assert triples(claims_of("Mice given treadmill running for 6 weeks had more TFAM than "
                             "sedentary mice.")) == {
        ("HGNC:11741", "induced_by_exercise", "AGEFACTS:treadmill_running")}
    assert triples(claims_of("Old mice doing endurance training had higher SIRT3 than "
                             "untrained old mice.")) == {
        ("HGNC:14931", "induced_by_exercise", "AGEFACTS:endurance_training")}
    # against young peers it stays a comparison
    assert triples(claims_of("Mice given treadmill running had more TFAM than young mice.")) == {
        ("AGEFACTS:treadmill_running", "associated_with", "HGNC:11741")}


def test_a_fall_at_a_study_end_is_the_training_not_age():
    text = ("Older adults did resistance training. After 12 weeks, TFAM in the older arm "
            "fell by a third.")
    assert triples(claims_of(text)) == {
        ("AGEFACTS:resistance_training", "decreases", "HGNC:11741")}
    # years of follow-up, or no training named, leave the decline with age
    assert ("HGNC:11741", "declines_with_age", "MESH:D000375") in triples(claims_of(
        "Older adults did resistance training. After 10 years, TFAM in the older arm "
        "fell by a third."))
    assert triples(claims_of("After 12 weeks, TFAM in the older arm fell by a third.")) == {
        ("HGNC:11741", "declines_with_age", "MESH:D000375")}


def test_a_change_that_goes_on_from_the_sentence_before_is_the_same_exercise():
    rows = claims_of("Resistance training lowered SIRT3 in older adults. TFAM fell too.")
    assert ("AGEFACTS:resistance_training", "decreases", "HGNC:11741") in triples(rows)
    rows = claims_of("Resistance training did not restore SIRT3 in the over-75s. Levels of "
                     "TFAM, on the other hand, fell by a third.")
    assert ("AGEFACTS:resistance_training", "decreases", "HGNC:11741") in triples(rows)
    rows = claims_of("Resistance training lowered SIRT3. TFAM also rose.")
    assert ("HGNC:11741", "induced_by_exercise", "AGEFACTS:resistance_training") in triples(rows)
    # without a continuation word, or after no exercise, nothing is carried over
    assert triples(claims_of("Resistance training lowered SIRT3. TFAM fell.")) == {
        ("AGEFACTS:resistance_training", "decreases", "HGNC:14931")}
    assert triples(claims_of("SIRT1 lowered SIRT3. TFAM fell too.")) == {
        ("HGNC:14929", "decreases", "HGNC:14931")}


def test_what_a_molecule_responds_to_switches_it_on():
    assert triples(claims_of("SIRT3 also responds to insulin, and particularly to a hormone "
                             "called FGF21.")) == {
        ("HGNC:6081", "activates", "HGNC:14931"), ("HGNC:3678", "activates", "HGNC:14931")}
    assert triples(claims_of("SIRT3 responds to exercise.")) == {
        ("HGNC:14931", "induced_by_exercise", "AGEFACTS:exercise")}
    assert not claims_of("SIRT3 did not respond to insulin.")
    assert not claims_of("Insulin helps SIRT3 respond more fully.")
    # a written thing answered to (session 21): "protein" switches it on
    assert triples(claims_of("SIRT3 responds to protein.")) == {
        ("protein", "activates", "HGNC:14931")}
