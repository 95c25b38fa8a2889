"""Session 25, fourth round (held-out 30): classes of misses and false claims, made-up
sentences."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

LEX = {
    **LEXICON,
    "cycling": ("AGEFACTS:cycling", "intervention", "cycling"),
    "metformin": ("AGEFACTS:metformin", "intervention", "metformin"),
    "NMN": ("AGEFACTS:nmn", "intervention", "NMN"),
    "Quercetin": ("AGEFACTS:quercetin", "intervention", "quercetin"),
    "SIRT1": ("HGNC:14929", "gene", "SIRT1"),
    "CD38": ("HGNC:1667", "gene", "CD38"),
    "NAMPT": ("HGNC:30092", "gene", "NAMPT"),
    "PARP1": ("HGNC:270", "gene", "PARP1"),
}


def _of(text: str) -> set[tuple]:
    return triples(claims_of(text, lexicon=LEX))


def test_an_exercise_that_protects_a_molecule_from_its_decline_preserves_it():
    rows = claims_of("Regular cycling seems to protect SIRT3 from its slow decline.", lexicon=LEX)
    assert triples(rows) == {("HGNC:14931", "preserved_by_training", "AGEFACTS:cycling")}
    assert rows[0]["hedged"]
    assert ("HGNC:11741", "preserved_by_training", "AGEFACTS:cycling") in _of(
        "In older rats, cycling protected TFAM from its decline.")
    # denied
    rows = claims_of("Daily cycling did not protect TFAM from its decline.", lexicon=LEX)
    assert triples(rows) == {("HGNC:11741", "preserved_by_training", "AGEFACTS:cycling")}
    assert rows[0]["negated"]
    # a plain decline is unchanged, and a drug protecting is no training
    assert ("HGNC:14931", "declines_with_age", "MESH:D000375") in _of(
        "SIRT3 levels fall with age.")
    assert not any(r == "preserved_by_training" for _, r, _ in _of(
        "Metformin protects SIRT3 from decline."))


def test_a_past_verb_after_an_appositive_is_its_subjects_verb():
    # "X, a/an ..., activated Y": not an adjective opening a clause
    assert ("AGEFACTS:quercetin", "activates", "HGNC:14929") in _of(
        "Quercetin, a compound found in apples, activated SIRT1 in cells.")
    # ... so the pronoun of the next sentence is the compound, not the enzyme it activated
    found = _of("Quercetin, a pigment of onion skins, activated SIRT1 in rat liver cells. It may "
                "likewise hold back CD38, though no trial has tested it.")
    assert ("AGEFACTS:quercetin", "inhibits", "HGNC:1667") in found
    assert ("HGNC:14929", "inhibits", "HGNC:1667") not in found


def test_working_muscle_after_the_verb_is_the_exercise():
    found = _of("SIRT3 is turned on whenever the muscle contracts for hours.")
    assert {(s, r) for s, r, _ in found} == {("HGNC:14931", "induced_by_exercise")}
    assert {(s, r) for s, r, _ in _of("SIRT3 is switched on when muscles work.")} == {
        ("HGNC:14931", "induced_by_exercise")}
    # how a muscle works is no bout
    assert _of("Nobody knows how a muscle works. TFAM rose.") == set()


def test_a_change_in_a_treated_group_is_the_treatments():
    assert _of("SIRT3 rose by a fifth in the NMN group but stayed flat with placebo.") == {
        ("AGEFACTS:nmn", "increases", "HGNC:14931")}
    assert _of("TFAM fell in those who received metformin.") == {
        ("AGEFACTS:metformin", "decreases", "HGNC:11741")}
    assert _of("SIRT3 was higher in the NMN arm.") == {("AGEFACTS:nmn", "increases", "HGNC:14931")}
    # a study named after a drug is no treated group; an exercise group is read as before
    assert _of("SIRT3 rose in the metformin study.") == set()
    assert _of("SIRT3 rose in the cycling group.") == {
        ("HGNC:14931", "induced_by_exercise", "AGEFACTS:cycling")}


def test_a_relative_clause_with_two_verbs_joined_by_and_in_turn():
    assert ("FPLX:AMPK", "activates", "HGNC:11741") in _of(
        "Central here is AMPK, an energy gauge, which detects a drop in ATP "
        "and in turn stimulates TFAM.")
    assert ("HGNC:14931", "activates", "HGNC:11741") in _of(
        "SIRT3, which binds NRF1 and then activates TFAM, is key.")


def test_regenerating_and_using_up_a_molecule():
    assert _of("NAMPT, a protein that regenerates NAD+, sits in most cells.") == {
        ("HGNC:30092", "increases", "NAD+")}
    assert ("HGNC:270", "decreases", "NAD+") in _of(
        "PARP1 is greedy, using up NAD+ each time it mends DNA.")
    # a tissue regenerated is repair, not a molecule made (session 26: a group lacking X that
    # repairs slowly is the knockout phenotype, X increases regeneration)
    assert _of("Rats without TFAM regenerated damaged muscle slowly.") == {
        ("HGNC:11741", "increases", "regeneration")}


def test_a_level_compared_with_the_young_is_no_failed_rise_in_a_text_about_exercise():
    rows = claims_of("Cycling raised TFAM in young rats. But muscle SIRT3 levels were not higher "
                     "in the aged rats than in the young controls.", lexicon=LEX)
    sirt3 = [r for r in rows if r["subject_id"] == "HGNC:14931"]
    assert [(r["relation"], r["object_id"], r["negated"]) for r in sirt3] == [
        ("associated_with", "MESH:D000375", True)]
    # a rise that failed in the old is read as before
    assert ("HGNC:11741", "not_induced_in_aged", "old") in _of(
        "Cycling raised TFAM in young rats. In the old rats it did not rise.")


def test_a_treated_group_named_as_the_comparison_is_no_cause():
    found = _of("After a year, SIRT3 in the cycling group had fallen by 2%, compared with 7% "
                "in the metformin group.")
    assert not any(s == "AGEFACTS:metformin" for s, _, _ in found)
    assert not any(s == "AGEFACTS:nmn" for s, _, _ in _of(
        "SIRT3 fell by 2%, against 5% in the NMN group."))
