"""Session 26 fourth claims round (disuse as the agent of a change): made-up sentences.

docs/claims_labelling.md, "Disuse": a disuse state (bed rest, immobilisation, unloading) is an
intervention, and the agent of the change it brings: `increases` / `decreases` (or
`activates` / `inhibits` for "switched on / off"), never `associated_with`.
"""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

DISUSE = {**LEXICON,
          "bed rest": ("AGEFACTS:bed_rest", "intervention", "bed rest"),
          "casting": ("AGEFACTS:disuse", "intervention", "disuse"),
          "unloaded": ("AGEFACTS:disuse", "intervention", "disuse")}


def test_a_disuse_state_in_a_during_or_within_adjunct_is_the_agent():
    for text in ("During bed rest, TFAM and SIRT3 rose within a week.",
                 "TFAM and SIRT3 rose sharply during bed rest in elderly adults."):
        assert triples(claims_of(text, lexicon=DISUSE)) == {
            ("AGEFACTS:bed_rest", "increases", "HGNC:11741"),
            ("AGEFACTS:bed_rest", "increases", "HGNC:14931")}, text
    rows = claims_of("Both TFAM and SIRT3 are switched on within a week of casting.", lexicon=DISUSE)
    assert triples(rows) == {("AGEFACTS:disuse", "activates", "HGNC:11741"),
                             ("AGEFACTS:disuse", "activates", "HGNC:14931")}
    assert triples(claims_of("PGC-1α fell during bed rest.", lexicon=DISUSE)) == {
        ("AGEFACTS:bed_rest", "decreases", "HGNC:9237")}


def test_a_when_clause_naming_disuse_is_the_agent_before_or_after_the_change():
    for text in ("When the calf is unloaded, TFAM and SIRT3 ramp up.",
                 "TFAM rises steeply when the calf is unloaded, as in a cast."):
        rows = claims_of(text, lexicon=DISUSE)
        assert ("AGEFACTS:disuse", "increases", "HGNC:11741") in triples(rows), text
        assert all(r["relation"] != "associated_with" for r in rows), text


def test_a_written_disuse_state_is_the_agent_in_its_own_words():
    rows = claims_of("When a knee is kept still, two proteins, TFAM and SIRT3, are switched on.")
    assert triples(rows) == {("a knee is kept still", "activates", "HGNC:11741"),
                             ("a knee is kept still", "activates", "HGNC:14931")}
    rows = claims_of("TFAM climbed during bed rest.")
    assert triples(rows) == {("bed rest", "increases", "HGNC:11741")}
    # an adjunct that names no disuse (nor any intervention) is no agent
    assert not claims_of("TFAM climbs during the night.")
    assert not claims_of("When the days grow short, TFAM rises.")


def test_a_when_clause_with_its_own_molecule_is_not_the_agent():
    # the drop of SIRT1 is what the clause names: the unloading listed in it acts through that
    rows = claims_of("When SIRT1 signalling drops (fasting, unloaded muscle), FOXO3 rises.",
                     lexicon=DISUSE)
    assert all(r["subject_id"] != "AGEFACTS:disuse" for r in rows)


def test_keeping_a_molecule_in_check_is_still_restraint():
    # "kept still" is no maintenance; "keeps X in check" stays a restraint, not a maintenance
    rows = claims_of("Exercise keeps TFAM in check.")
    assert {r["relation"] for r in rows} <= {"inhibits", "decreases"} and rows
    rows = claims_of("Exercise keeps TFAM under control.")
    assert {r["relation"] for r in rows} <= {"inhibits", "decreases"} and rows
