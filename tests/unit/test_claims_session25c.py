"""Session 25, second round: response nouns with a verdict on the old (made-up sentences)."""

from __future__ import annotations

from test_claims import claims_of, triples


def _weak(rows: list[dict]) -> dict[str, bool]:
    return {r["subject_id"]: r["negated"] for r in rows if r["relation"] == "not_induced_in_aged"}


def test_a_response_noun_as_large_in_the_old_is_a_blunting_denied():
    rows = claims_of("AMPK activation after a round of exercise was comparable in young and old.")
    assert _weak(rows) == {"FPLX:AMPK": True}
    rows = claims_of("In aged men who did interval training, AMPK activity after a workout "
                     "was nearly as high as in the young men.")
    assert _weak(rows) == {"FPLX:AMPK": True}
    # "its" is the molecule the sentence before was about
    rows = claims_of("TFAM rose in young women. Its response to one bout of exercise did "
                     "not vary between the aged and young arms.")
    assert _weak(rows) == {"HGNC:11741": True}


def test_a_response_noun_weaker_in_the_old_is_blunted():
    rows = claims_of("In our aged participants, AMPK activity after one workout was about "
                     "half of what we measured in the young.")
    assert _weak(rows) == {"FPLX:AMPK": False}
    rows = claims_of("AMPK behaves otherwise: its activation after exercise wanes sharply "
                     "with age in rats.")
    assert _weak(rows) == {"FPLX:AMPK": False}


def test_a_response_noun_needs_an_exercise_and_a_verdict():
    # no exercise: a level compared, not a response
    assert not _weak(claims_of("AMPK activity in the kidney was comparable in young and old."))
    # a verdict denied is no equal response
    assert not _weak(claims_of("AMPK activation after exercise was not comparable in young "
                               "and old."))
    # a weak response with no old group to be weak in
    assert not _weak(claims_of("AMPK activity after a workout was about half of what we "
                               "measured after a sprint."))


def test_a_weaker_response_with_a_word_before_the_noun():
    rows = claims_of("These data indicate that aged mice show a weaker early response to "
                     "exercise in AMPK, TFAM and PGC-1α, while SIRT1 is induced at both ages.")
    assert _weak(rows) == {"FPLX:AMPK": False, "HGNC:9237": False, "HGNC:11741": False}
    rows = claims_of("Aged mice showed a weaker TFAM response to a sprint than young mice.")
    assert ("HGNC:11741", "not_induced_in_aged", "Aged mice") in triples(rows)


def test_a_rise_no_smaller_in_the_old_is_a_blunting_denied():
    rows = claims_of("TFAM rose after exercise in both groups, and the rise was no smaller in "
                     "the old.")
    assert _weak(rows) == {"HGNC:11741": True}
    rows = claims_of("TFAM rose after exercise in both groups, but the rise was smaller in the "
                     "old.")
    assert _weak(rows) == {"HGNC:11741": False}
