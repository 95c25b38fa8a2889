"""Session 25, second round: response nouns with a verdict on the old (made-up sentences)."""

from __future__ import annotations

from test_claims import claims_of, triples


def _weak(rows: list[dict]) -> dict[str, bool]:
    return {r["subject_id"]: r["negated"] for r in rows if r["relation"] == "not_induced_in_aged"}


def test_a_response_noun_as_large_in_the_old_is_a_blunting_denied():
    rows = claims_of("AMPK activation after a bout of exercise was similar in young and old.")
    assert _weak(rows) == {"FPLX:AMPK": True}
    rows = claims_of("In older women who did interval training, AMPK activity after a session "
                     "was almost as high as in the young women.")
    assert _weak(rows) == {"FPLX:AMPK": True}
    # "its" is the molecule the sentence before was about
    rows = claims_of("TFAM rose in young men. Its response to a single session of exercise did "
                     "not differ between the older and younger groups.")
    assert _weak(rows) == {"HGNC:11741": True}


def test_a_response_noun_weaker_in_the_old_is_blunted():
    rows = claims_of("In our older volunteers, AMPK activity after a single session was about "
                     "half of what we saw in the young.")
    assert _weak(rows) == {"FPLX:AMPK": False}
    rows = claims_of("AMPK is a different story: its activation after exercise falls steeply "
                     "with age in mice.")
    assert _weak(rows) == {"FPLX:AMPK": False}


def test_a_response_noun_needs_an_exercise_and_a_verdict():
    # no exercise: a level compared, not a response
    assert not _weak(claims_of("AMPK activity in the liver was similar in young and old."))
    # a verdict denied is no equal response
    assert not _weak(claims_of("AMPK activation after exercise was not similar in young and "
                               "old."))
    # a weak response with no old group to be weak in
    assert not _weak(claims_of("AMPK activity after a session was about half of what we saw "
                               "after a sprint."))


def test_a_weaker_response_with_a_word_before_the_noun():
    rows = claims_of("Our results suggest that old rats mount a weaker acute response to "
                     "exercise in AMPK, PGC-1α and TFAM, while SIRT1 is induced at both ages.")
    assert _weak(rows) == {"FPLX:AMPK": False, "HGNC:9237": False, "HGNC:11741": False}
    rows = claims_of("Old rats showed a weaker TFAM response to a treadmill run than young rats.")
    assert ("HGNC:11741", "not_induced_in_aged", "Old rats") in triples(rows)


def test_a_rise_no_smaller_in_the_old_is_a_blunting_denied():
    rows = claims_of("TFAM rose after exercise in both groups, and the rise was no smaller in "
                     "the old.")
    assert _weak(rows) == {"HGNC:11741": True}
    rows = claims_of("TFAM rose after exercise in both groups, but the rise was smaller in the "
                     "old.")
    assert _weak(rows) == {"HGNC:11741": False}
