"""Session 26 fifth claims round (treated groups, outcomes in figures): made-up sentences."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_a_treated_group_names_back_the_treatment_of_the_sentence_before():
    rows = claims_of("Metformin was given to 22-month-old rats for six weeks. The treated "
                     "animals swam 25 percent longer in a water test than untreated rats.")
    assert ("AGEFACTS:metformin", "increases", "swam longer in a water test") in triples(rows)
    rows = claims_of("Aged rats were fed metformin in their water. The treated rats then had "
                     "more TFAM than untreated rats.")
    assert ("AGEFACTS:metformin", "increases", "HGNC:11741") in triples(rows)
    # a gene delivered as extra copies is the treatment too
    rows = claims_of("A virus delivered extra copies of the TFAM gene into the hind limbs of "
                     "aged mice. Treated mice gained 15% in leg muscle mass and 11% in grip "
                     "strength relative to controls.")
    assert {("HGNC:11741", "increases", "leg muscle mass"),
            ("HGNC:11741", "increases", "grip strength")} <= triples(rows)


def test_an_outcome_compared_in_figures_needs_no_verb_cue():
    rows = claims_of("Aged mice given metformin in their chow climbed 25% faster than "
                     "untreated mice, and their hearts were roughly 18 percent larger.")
    assert {("AGEFACTS:metformin", "increases", "climbed faster"),
            ("AGEFACTS:metformin", "increases", "hearts larger")} <= triples(rows)


def test_no_treatment_no_denial_no_claim():
    # a treated group with no treatment named before it says nothing of one
    rows = claims_of("The rats lived in large cages. The treated rats ran 30 percent farther.")
    assert not [r for r in rows if r["relation"] == "increases"]
    # a denied outcome is no increase
    rows = claims_of("Metformin was given to aged rats. The treated rats did not run 20 percent "
                     "farther than untreated rats.")
    assert not [r for r in rows if r["relation"] == "increases"]
    # the treatment is remembered for one sentence only
    rows = claims_of("Metformin was given to old mice. Blood was drawn weekly. The treated mice "
                     "ran 30 percent farther.")
    assert not [r for r in rows if r["relation"] == "increases"]


def test_an_exercise_that_closes_a_molecule_gap_brings_it_back():
    for text in ("Two years of cycling narrowed this TFAM gap but did not close it fully.",
                 "Retired men who took up swimming closed half of the TFAM gap within a year."):
        rows = claims_of(text)
        relations = {r["relation"] for r in rows if r["subject_id"] == "HGNC:11741"}
        assert relations == {"induced_by_exercise", "preserved_by_training"}, text
        assert not any(r["negated"] for r in rows), text
    # a gap closed by no exercise says nothing of one
    assert not claims_of("Metformin narrowed the TFAM gap in old mice.")
    # a gap the exercise did not close is denied
    rows = claims_of("Cycling did not close the TFAM gap.")
    assert rows and all(r["negated"] for r in rows)


def test_a_task_set_to_the_reader_is_no_claim_of_the_text():
    for text in ("4. Outline the evidence that metformin lowers TFAM in aged hearts.",
                 "- Explain why TFAM drops with age in inactive rats.",
                 "Describe how metformin lowers TFAM."):
        assert not claims_of(text), text
    # the same words as the text's own statement are a claim
    assert claims_of("The evidence shows that metformin lowers TFAM in aged hearts.")


def test_a_molecule_that_pours_out_of_muscle_during_exercise_is_induced_by_it():
    for text in ("TFAM pours from working muscle after a sprint.",
                 "TFAM floods into the circulation during exercise."):
        assert {r["relation"] for r in claims_of(text)} == {"induced_by_exercise"}, text
    # pouring with no exercise, or of no molecule (a drug from a bottle), says nothing
    assert not claims_of("TFAM pours from torn muscle fibres.")
    assert not claims_of("Metformin pours out of the bottle during exercise.")


def test_what_cannot_happen_without_a_molecule_requires_it():
    rows = claims_of("Stem cells depend on a protein named TFAM, without which they cannot "
                     "rebuild torn tendons.")
    assert ("HGNC:11741", "required_for", "rebuild torn tendons") in triples(rows)
    # "without which" with no incapacity after it is no requirement
    assert not claims_of("It is made with TFAM, without which the recipe was tested.")


def test_bare_levels_are_those_of_the_molecule_named_before():
    rows = claims_of("TFAM declines with age, yet lifelong training keeps levels close to "
                     "those of young adults.")
    assert ("HGNC:11741", "preserved_by_training", "training") in triples(rows)
    # levels of something else named are not the molecule's
    rows = claims_of("TFAM declines with age, yet lifelong training keeps glucose levels close "
                     "to those of young adults.")
    assert ("HGNC:11741", "preserved_by_training", "training") not in triples(rows)
