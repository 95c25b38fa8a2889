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


def test_a_trained_old_group_against_the_young_stays_an_age_comparison():
    assert ("HGNC:14931", "associated_with", AGING) in _of(
        "Trained old mice had more SIRT3 than young mice.")
