"""Claim classes that cost the most development claims after the session 14 round (second
round, tuned on development texts only), each on made-up sentences with a case that must not
change."""

from __future__ import annotations

from tests.unit.test_claims import one, triples
from tests.unit.test_claims_session13 import claims_of

TFAM, SOX9, MSTN, KL = "HGNC:11741", "HGNC:11204", "HGNC:4223", "HGNC:6344"


def test_a_weakened_surge_with_no_molecule_takes_what_exercise_raised_before():
    rows = claims_of("In young adults, one bout of cycling roughly triples TFAM activity. "
                     "In people over 65, that surge is smaller and shorter.")
    c = one(rows, TFAM, "not_induced_in_aged")
    assert "surge" in c["evidence"]
    rows = claims_of("After a session of cycling, TFAM doubled in young adults. In adults over "
                     "70, the same session produces a much smaller rise.")
    assert one(rows, TFAM, "not_induced_in_aged")["evidence"].startswith("In adults over 70")
    rows = claims_of("Cycling raised TFAM in young mice. In 24-month-old mice that rise is "
                     "roughly halved.")
    assert one(rows, TFAM, "not_induced_in_aged")
    # a sentence naming a molecule of its own speaks of that one, not of the earlier rise
    rows = claims_of("Resistance training raised TFAM in young men. After the session, SOX9 "
                     "was stained; the rise in older men was less than half that seen in young "
                     "men.")
    assert not [r for r in rows if r["subject_id"] == TFAM
                and r["relation"] == "not_induced_in_aged"]


def test_a_decrease_by_training_that_did_not_budge_in_the_old_is_denied():
    rows = claims_of("Cycling brought myostatin down in the students. In the over-65s, it did "
                     "not budge.")
    denied = [r for r in rows if r["relation"] == "decreases" and r["object_id"] == MSTN
              and r["evidence"].startswith("In the over-65s")]
    assert len(denied) == 1 and denied[0]["negated"] is True
    assert not [r for r in rows if r["relation"] == "declines_with_age"]
    # with no decrease before, a denied change with age is unchanged
    rows = claims_of("Myostatin was measured in the students. In the over-65s, it did not "
                     "budge.")
    assert not [r for r in rows if r["relation"] == "decreases"]


def test_a_knockout_phenotype_says_what_the_gene_does():
    c = one(claims_of("Mice that lack the myostatin gene grow roughly twice the usual muscle "
                      "mass."), MSTN, "decreases")
    assert c["object_text"] == "muscle mass" and c["polarity"] == "negative"
    c = one(claims_of("Mice lacking TFAM lost more muscle mass than their littermates."),
            TFAM, "decreases")
    assert c["object_text"] == "muscle mass loss"
    c = one(claims_of("Rats engineered to lack klotho lose muscle faster as they grow old."),
            KL, "decreases")
    assert c["object_text"] == "muscle loss"
    c = one(claims_of("Mice lacking TFAM ran shorter distances on a treadmill."), TFAM,
            "increases")
    assert c["object_text"] == "distances on a treadmill"
    assert one(claims_of("TFAM knockout mice lost grip strength faster than wild-type "
                         "littermates."), TFAM, "decreases")["object_text"] == (
        "grip strength loss"
    )
    # any other group's growth or running says nothing; a plain loss stays a loss
    assert not claims_of("Older adults who lift weights grow larger muscles.")
    assert not claims_of("Mice given TFAM ran shorter distances.")
    got = triples(claims_of("Old mice lose TFAM faster than young mice do."))
    assert not [t for t in got if t[0] == TFAM and t[1] in ("increases", "decreases")]


def test_a_response_not_blunted_in_the_old_is_a_denied_blunting():
    rows = claims_of("Cycling raised TFAM in young adults. Unusually, the response was not "
                     "blunted in the older group.")
    c = one(rows, TFAM, "not_induced_in_aged")
    assert c["negated"] is True
    rows = claims_of("Cycling raised TFAM in young adults. The response was blunted in the "
                     "older group.")
    assert one(rows, TFAM, "not_induced_in_aged")["negated"] is False
