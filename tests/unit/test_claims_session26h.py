"""Session 26, end-to-end round 2: readings that went wrong once our own grounding named more
sides (a condition's loss with age, an exercise after a knockout, an opening clause as a
written subject, the loss of an outcome, running wheels, "it" after a passive clause); made-up
sentences, read with the real entity extractor."""

from __future__ import annotations

import pytest
from test_claims import triples
from test_claims_session24c import e2e_claims

AGEING = {"declines_with_age", "induced_by_exercise", "preserved_by_training",
          "not_induced_in_aged"}


@pytest.mark.parametrize(
    "text",
    [
        "Frailty, a slow decline of muscle mass and strength over decades, troubles clinicians.",
        "Muscle mass and strength decline from the fifth decade on.",
        "Definition: age-linked decline of muscle mass, plus poorer function.",
    ],
)
def test_a_grounded_outcome_is_no_subject_of_an_age_or_exercise_relation(text):
    rows = e2e_claims(text)
    assert not [r for r in rows if r["relation"] in AGEING and r["subject_id"] == "MESH:D001823"]


def test_a_molecule_still_declines_with_age():
    rows = e2e_claims("In old rats, SIRT3 falls with age.")
    assert ("HGNC:14931", "declines_with_age", "MESH:D000375") in triples(rows)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("When the team deleted SIRT3 from the fibres, six weeks of running no longer improved "
         "their stamina at all.", "stamina"),
        ("In mice lacking SIRT3 in muscle, exercise no longer increased grip strength.",
         "MESH:D018737"),
        ("When they blocked SIRT3 with a drug, wheel running no longer protected the synapses.",
         "synapses"),
    ],
)
def test_an_exercise_that_no_longer_helps_after_a_knockout_needs_the_molecule(text, outcome):
    got = triples(e2e_claims(text))
    assert ("HGNC:14931", "required_for", outcome) in got
    # the denied benefit is not read as the exercise's own claim
    assert not [t for t in got if t[1] == "increases"]


def test_an_exercise_that_no_longer_helps_without_a_knockout_is_its_own_denied_claim():
    rows = e2e_claims("After a long break, running no longer improved their stamina.")
    assert not [r for r in rows if r["relation"] == "required_for"]


@pytest.mark.parametrize(
    "text",
    [
        "As the years pass, we shed bulk and power.",
        "Please also remove the line that statins protect muscle from ageing.",
    ],
)
def test_an_opening_clause_or_a_request_is_no_written_subject(text):
    rows = e2e_claims(text)
    assert not [r for r in rows if r["subject_text"] and (
        r["subject_text"].split()[0].lower() in {"as", "please", "we"})]


def test_the_words_after_an_opening_clause_are_the_written_subject():
    rows = e2e_claims("When the trial ended, the walking group had lowered SIRT3.")
    assert all(not (r["subject_text"] or "").lower().startswith("when") for r in rows)


@pytest.mark.parametrize(
    ("text", "subject", "written"),
    [
        ("Boosting SIRT3 could slow the loss of muscle strength in later life.", "HGNC:14931",
         "loss of muscle strength"),
        ("Cycling slows the decline in muscle mass.", "MESH:D001642", "decline in muscle mass"),
    ],
)
def test_the_loss_of_an_outcome_is_written_not_the_outcome_flipped(text, subject, written):
    assert (subject, "decreases", written) in triples(e2e_claims(text))


def test_the_loss_of_a_molecule_still_flips_it():
    rows = e2e_claims("Cycling slows the loss of SIRT3 in old muscle.")
    assert ("MESH:D001642", "increases", "HGNC:14931") in triples(rows) or (
        ("HGNC:14931", "preserved_by_training", "MESH:D001642") in triples(rows))


@pytest.mark.parametrize(
    "text",
    ["Aged rats given running wheels for a month had more SIRT3 than sedentary aged rats.",
     "Aged rats with running wheels had more SIRT3 in the heart than sedentary aged rats."],
)
def test_running_wheels_are_the_running_given(text):
    assert ("HGNC:14931", "induced_by_exercise", "MESH:D012420") in triples(e2e_claims(text))


@pytest.mark.parametrize("agent", ["hard exercise", "metformin"])
def test_it_after_a_passive_clause_is_its_subject_not_the_by_agent(agent):
    rows = e2e_claims(f"A kinase called AMPK is switched on by {agent}, and it in turn "
                      "activates SIRT1.")
    got = triples(rows)
    assert ("FPLX:AMPK", "activates", "HGNC:14929") in got
    assert not [t for t in got if t[2] == "HGNC:14929" and t[0] != "FPLX:AMPK"]


def test_it_after_an_active_clause_is_still_its_subject():
    got = triples(e2e_claims("Exercise raises AMPK, and it also lowers SIRT1."))
    assert ("MESH:D015444", "decreases", "HGNC:14929") in got
