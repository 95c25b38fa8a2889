"""Session 18, second round: the end-to-end gap (names the lexicon did not ground) and the
development leftovers, on made-up sentences read with the project's own entity extractor."""

from __future__ import annotations

from agefacts.extract.claims import extract_claims
from agefacts.extract.entities import extract_mentions, find_mentions
from agefacts.extract.sentences import sentence_rows


def claims(text: str) -> set[tuple[str, str, str]]:
    entities, mentions = extract_mentions("d", text)
    rows = extract_claims("d", text, sentence_rows("d", text), mentions, entities)
    return {(r["subject_id"] or r["subject_text"], r["relation"], r["object_id"] or r["object_text"])
            for r in rows}


def grounded(text: str) -> set[tuple[str, str]]:
    return {(text[m.start : m.end], m.entity.entity_id) for m in find_mentions(text)}


# ---------------------------------------------------------------------------- grounding


def test_an_alias_that_is_an_english_verb_is_a_gene_only_with_support():
    assert ("TWEAK", "HGNC:11927") in grounded("Serum TWEAK levels were higher in the frail group.")
    assert not grounded("TWEAK YOUR BREAKFAST")  # a heading in capitals is no gene


def test_exposures_and_disuse_are_grounded():
    assert ("cold exposure", "agefacts.intervention:cold_exposure") in grounded(
        "Weeks of cold exposure changed the fat of the volunteers.")
    assert ("bed-rest", "MESH:D001510") in grounded("A bed-rest trial in ten men.")
    assert ("disuse", "agefacts.intervention:disuse") in grounded("After disuse, legs shrink.")
    assert ("lifting", "MESH:D055070") in grounded("Ten weeks of lifting made them stronger.")


def test_a_newly_grounded_agent_is_the_claims_subject():
    assert ("agefacts.intervention:cold_exposure", "increases", "HGNC:3678") in claims(
        "Cold exposure raises FGF21 in brown fat.")
    assert ("MESH:D055070", "decreases", "HGNC:6018") in claims(
        "Eight weeks of lifting lowered IL-6 in the older women.")


# ---------------------------------------------------------------------------- leftovers


def test_blocking_a_molecule_with_a_drug_is_the_drug_inhibiting_it():
    got = claims("In old rats, FOXO1 activity was high, and briefly suppressing it with the drug "
                 "metformin reduced muscle loss.")
    assert ("MESH:D008687", "inhibits", "HGNC:3819") in got
    # the clause stays about FOXO1 (suppressing it reduced the loss), not about the drug
    assert ("HGNC:3819", "increases", "MESH:D009133") in got
    assert not any(s == "MESH:D008687" and r == "decreases" for s, r, _ in got)
    got = claims("Blocking SIRT1 using the inhibitor EX 527 lowered PGC-1α in cultured cells.")
    assert ("EX 527", "inhibits", "HGNC:14929") in got
    # "with a drug that ..." names no drug
    assert not any(r == "inhibits" for _, r, _ in claims(
        "They blocked SIRT1 with a drug that also lowers glucose."))


def test_fewer_marker_positive_cells_with_age_is_a_decline_with_age():
    assert ("HGNC:7565", "declines_with_age", "MESH:D000375") in claims(
        "With age, mice carry fewer MYF5-positive cells in their hind legs.")
    assert ("HGNC:1787", "associated_with", "MESH:D000375") in claims(
        "As we age, muscles hold more p16-positive cells.")
    assert not claims("Old mice did not have fewer MYF5-positive cells with age.")
    assert not claims("Old mice don't show fewer MYF5-positive cells with age.")


def test_a_when_clause_naming_an_effort_is_the_exercise():
    assert ("HGNC:14929", "induced_by_exercise", "effort") in claims(
        "When a vigorous effort drains glycogen, SIRT1 is activated.")
    assert ("FPLX:AMPK", "induced_by_exercise", "run") in claims(
        "When a long run burns through sugar stores, AMPK is activated.")
    assert not claims("In the long run, SIRT1 is activated.")
    assert not any(r == "induced_by_exercise" for _, r, _ in claims(
        "A concerted effort showed SIRT1 is activated in old mice."))


def test_a_smaller_response_after_exercise_in_the_old_is_not_a_decline_with_age():
    got = claims("Old muscle made less IL-6 after cycling than young fibres did.")
    assert got == {("HGNC:6018", "not_induced_in_aged", "MESH:D001642")}
    got = claims("AMPK activity after exercise was lower in our older group.")
    assert got == {("FPLX:AMPK", "not_induced_in_aged", "MESH:D015444")}
    # a decline with age said alone stays one
    assert ("HGNC:6018", "declines_with_age", "MESH:D000375") in claims(
        "IL-6 declines with age, but after exercise it rises.")


def test_a_chain_through_which_in_turn_gives_each_link():
    got = claims("IL-6 activates STAT3, which in turn activates SOCS3.")
    assert {("HGNC:6018", "activates", "HGNC:11364"),
            ("HGNC:11364", "activates", "HGNC:19391")} <= got
