"""Claim classes that cost the most development claims after the session 14 round (second
round, tuned on development texts only), each on made-up sentences with a case that must not
change."""

from __future__ import annotations

from tests.unit.test_claims import one, triples
from tests.unit.test_claims_session13 import claims_of

TFAM, SOX9, MSTN, KL = "HGNC:11741", "HGNC:11204", "HGNC:4223", "HGNC:6344"


def test_a_weakened_spike_with_no_molecule_takes_what_exercise_raised_before():
    rows = claims_of("After one hour of cycling, TFAM rose threefold in young women. "
                     "In people over 75, that spike was weaker and briefer.")
    assert "spike" in one(rows, TFAM, "not_induced_in_aged")["evidence"]
    rows = claims_of("Ten minutes of cycling doubled TFAM in young men. In adults over 80, "
                     "the same workout gives a far smaller increase.")
    assert one(rows, TFAM, "not_induced_in_aged")["evidence"].startswith("In adults over 80")
    rows = claims_of("Cycling raised TFAM in young rats. In 26-month-old rats that increase "
                     "was about halved.")
    assert one(rows, TFAM, "not_induced_in_aged")
    # a sentence naming a molecule of its own speaks of that one, not of the earlier rise
    rows = claims_of("Resistance training raised TFAM in young men. After the workout, SOX9 "
                     "was stained too; the increase in older men was less than a third of the "
                     "young men's.")
    assert not [r for r in rows if r["subject_id"] == TFAM
                and r["relation"] == "not_induced_in_aged"]


def test_a_decrease_by_exercise_that_stayed_put_in_the_old_is_denied():
    rows = claims_of("Cycling lowered myostatin in young women. In the over-70s, it did not "
                     "change.")
    denied = [r for r in rows if r["relation"] == "decreases" and r["object_id"] == MSTN
              and r["evidence"].startswith("In the over-70s")]
    assert len(denied) == 1 and denied[0]["negated"] is True
    assert not [r for r in rows if r["relation"] == "declines_with_age"]
    # with no decrease before, a denied change with age is unchanged
    rows = claims_of("Myostatin was measured in young women. In the over-70s, it did not "
                     "change.")
    assert not [r for r in rows if r["relation"] == "decreases"]


def test_a_knockout_phenotype_says_what_the_gene_does():
    c = one(claims_of("Rats lacking the myostatin gene develop nearly twice the normal fibre "
                      "size."), MSTN, "decreases")
    assert c["object_text"] == "fibre size" and c["polarity"] == "negative"
    c = one(claims_of("Mice lacking TFAM lost more bone mass than the controls."), TFAM,
            "decreases")
    assert c["object_text"] == "bone mass loss"
    c = one(claims_of("Worms engineered to lack klotho lose weight sooner than the controls."),
            KL, "decreases")
    assert c["object_text"] == "weight loss"
    c = one(claims_of("Rats lacking TFAM ran fewer laps in the wheel."), TFAM, "increases")
    assert c["object_text"] == "laps in the wheel"
    assert one(claims_of("TFAM knockout rats lost more weight than their siblings."), TFAM,
               "decreases")["object_text"] == "weight loss"
    # any other group's growth or running says nothing; a plain loss stays a loss
    assert not claims_of("Adults who row develop larger hearts.")
    assert not claims_of("Rats fed TFAM ran fewer laps.")
    got = triples(claims_of("Aged rats lose TFAM sooner than young ones."))
    assert not [t for t in got if t[0] == TFAM and t[1] in ("increases", "decreases")]


def test_a_rise_not_blunted_in_the_old_is_a_denied_blunting():
    rows = claims_of("Cycling raised TFAM in young women. Oddly, that rise was not blunted in "
                     "the over-70s.")
    assert one(rows, TFAM, "not_induced_in_aged")["negated"] is True
    rows = claims_of("Cycling raised TFAM in young women. That rise was blunted in the "
                     "over-70s.")
    assert one(rows, TFAM, "not_induced_in_aged")["negated"] is False
