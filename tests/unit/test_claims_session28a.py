"""Session 28, round a: development leftovers (a trained old group compared with sedentary
old animals; ...); made-up sentences of the same shapes, read with the hand-built lexicon of
``test_claims``."""

from __future__ import annotations

import pytest
from test_claims import LEXICON, claims_of, triples

AGING = "MESH:D000375"
LEX = {**LEXICON}


def _of(text: str) -> set[tuple]:
    return triples(claims_of(text, lexicon=LEX))


# ---------------------------------------------------------------- a trained old group


@pytest.mark.parametrize(
    "text",
    [
        "Trained old mice had more SIRT3 than sedentary old mice.",
        "The exercised aged rats had more TFAM than sedentary aged rats.",
    ],
)
def test_a_trained_old_group_against_sedentary_old_is_an_induction(text):
    got = _of(text)
    assert not any(r in ("associated_with", "declines_with_age") and o == AGING
                   for _, r, o in got)
    assert any(r == "induced_by_exercise" for _, r, _ in got)
    # against the young, the ages are compared too
    assert ("HGNC:14931", "associated_with", AGING) in _of(
        "Trained old mice had more SIRT3 than young mice.")


# ---------------------------------------------------------------- a removal lowers what it removes


@pytest.mark.parametrize(
    "text",
    [
        "Exercise clears SIRT3 from the blood.",
        "Exercise helps clear SIRT3 from muscle.",
        "Exercise helps to remove SIRT3.",
        "Exercise purges SIRT3 from the fibres.",
        "Exercise flushes SIRT3 out of muscle.",
    ],
)
def test_a_removal_verb_is_a_decrease_of_what_it_removes(text):
    got = _of(text)
    assert ("AGEFACTS:exercise", "decreases", "HGNC:14931") in got
    assert not any(r in ("induced_by_exercise", "increases") for _, r, _ in got)
    # a gene removed from a tissue by the experimenters stays a knockout
    assert ("HGNC:14931", "required_for", "gain in endurance from wheel running") in _of(
        "In aged mice, removing SIRT3 from muscle abolished the gain in endurance from wheel "
        "running.")


# ---------------------------------------------------------------- a process sped up


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("SIRT3 speeds up the clearance of damaged mitochondria.",
         "clearance of damaged mitochondria"),
        ("SIRT3 accelerates muscle repair.", "muscle repair"),
        ("SIRT3, a kinase that speeds up the translation of RNA into protein, rose.",
         "translation of RNA into protein"),
        ("SIRT3 speeds up autophagy.", "autophagy"),
        ("SIRT3 hastens the breakdown of muscle protein.", "breakdown of muscle protein"),
    ],
)
def test_speeding_up_a_process_increases_it(text, obj):
    assert ("HGNC:14931", "increases", obj) in _of(text)
    # "accelerated" after a verb of showing is an adjective
    assert not any(s == "HGNC:14931" and r == "increases" for s, r, _ in _of(
        "Mice lacking SIRT3 showed accelerated muscle loss."))


# ---------------------------------------------------------------- a drug aimed at a molecule


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("A SIRT3-specific antibody increased lean mass.", "lean mass"),
        ("SIRT3-pathway agents increase lean mass but are costly.", "lean mass"),
        ("SIRT3-targeting drugs enlarged muscles.", "muscles"),
    ],
)
def test_a_drug_aimed_at_a_molecule_acts_as_less_of_it(text, obj):
    got = _of(text)
    assert ("HGNC:14931", "decreases", obj) in got
    # (a hyphenated word that names no drug is no flip)
    assert not _of("SIRT3-specific genes rose in the old.") & {
        ("HGNC:14931", "decreases", "lean mass")}


# ---------------------------------------------------------------- kept out of where it acts


def test_keeping_a_factor_out_of_the_nucleus_inhibits_it():
    got = _of("SIRT3 keeps TFAM out of the nucleus.")
    assert ("HGNC:14931", "inhibits", "HGNC:11741") in got
    assert ("HGNC:14931", "increases", "HGNC:11741") not in got
    # a blocker of the keeper: the keeper lets the factor in
    assert ("HGNC:14931", "activates", "HGNC:11741") in _of(
        "A drug that blocks SIRT3 kept TFAM out of the nucleus.")


# ---------------------------------------------------------------- a tissue makes, it does not act


@pytest.mark.parametrize(
    "text",
    [
        "TFAM is a protein that muscle produces to keep its own size in check.",
        "TFAM and SIRT3 are genes that muscle cells switch on during a fast.",
        "Denervated fibres switch on SIRT3.",
    ],
)
def test_a_tissue_as_written_subject_is_no_agent_of_a_molecule(text):
    got = _of(text)
    assert not any(r in ("increases", "activates") and o in ("HGNC:11741", "HGNC:14931")
                   and not s.startswith("HGNC:") for s, r, o in got)
    # an old tissue still says the molecule is higher with age
    assert ("HGNC:14931", "associated_with", AGING) in _of("Aged muscle switches on SIRT3.")


# ---------------------------------------------------------------- a regulator of a process


@pytest.mark.parametrize(
    "text",
    [
        "SIRT3, the master regulator of mitochondrial biogenesis, rose after training.",
        "This matters because TFAM activates SIRT3, which is the main regulator of "
        "mitochondrial biogenesis.",
        "SIRT3 is the main regulator of mitochondrial biogenesis.",
    ],
)
def test_a_regulator_of_a_process_is_an_unsigned_link(text):
    assert ("HGNC:14931", "other", "mitochondrial biogenesis") in _of(text)


# ---------------------------------------------------------------- "keeps both from"


def test_both_before_from_is_the_object_kept_from_a_loss():
    got = _of("SIRT3 and TFAM: solid data, and training keeps both from dropping with age.")
    assert ("HGNC:14931", "preserved_by_training", "training") in got
    assert ("HGNC:11741", "preserved_by_training", "training") in got


# ---------------------------------------------------------------- a trained group above the young


def test_a_trained_group_above_the_young_keeps_the_molecule():
    got = _of("SIRT3 was lower in the old sedentary group, and in the athletes it was actually "
              "higher than in the young men.")
    assert ("HGNC:14931", "preserved_by_training", "athletes") in got
    assert ("HGNC:14931", "associated_with", AGING) not in got
    # an old group above the young is still a rise with age
    assert ("HGNC:14931", "associated_with", AGING) in _of(
        "SIRT3 was 70% higher in older than in young muscle and was not reduced by training.")
