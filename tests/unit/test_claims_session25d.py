"""Session 25, end-to-end round 2: comparisons written young group first, denied bluntings with
no old group, and a bare exercise word as the exercise side (made-up sentences, read with the
real entity extractor)."""

from __future__ import annotations

import pytest
from test_claims import triples
from test_claims_session24c import e2e_claims

AGING = "MESH:D000375"


@pytest.mark.parametrize(
    "text",
    [
        "AMPK activity after exercise was lower in the young than in the old.",
        "The rise in SIRT1 after exercise was smaller in young than in old men.",
        "SIRT1 rose after exercise, but the rise was weaker in the young than in the old.",
    ],
)
def test_a_weaker_response_in_the_young_is_no_blunting_in_the_old(text):
    # the old responded more: reading the group after "in" as the old one gave a blunting
    assert not any(r["relation"] == "not_induced_in_aged" for r in e2e_claims(text))


def test_the_same_comparison_old_group_first_is_still_a_blunting():
    rows = e2e_claims("SIRT1 activation after exercise was weaker in the old than in the young.")
    assert ("HGNC:14929", "not_induced_in_aged", "old") in triples(rows)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("SIRT1 levels were lower in younger adults than in older adults.",
         ("HGNC:14929", "associated_with", AGING), ("HGNC:14929", "declines_with_age", AGING)),
        ("Young mice had less SIRT1 than old mice.",
         ("HGNC:14929", "associated_with", AGING), ("HGNC:14929", "declines_with_age", AGING)),
        ("SIRT1 was higher in the young than in the old.",
         ("HGNC:14929", "declines_with_age", AGING), ("HGNC:14929", "associated_with", AGING)),
        # old group first: unchanged
        ("SIRT1 was lower in old than in young mice.",
         ("HGNC:14929", "declines_with_age", AGING), ("HGNC:14929", "associated_with", AGING)),
    ],
)
def test_a_level_compared_young_group_first_reads_the_age_the_right_way(
    text, expected, not_expected
):
    found = triples(e2e_claims(text))
    assert expected in found and not_expected not in found


def test_a_denied_blunting_needs_an_old_group_and_the_young():
    young_only = e2e_claims("AMPK activation after a bout of exercise was about the same in the "
                            "young men.")
    assert not any(r["relation"] == "not_induced_in_aged" for r in young_only)
    old_only = e2e_claims("SIRT1 activation after a bout of exercise was about the same in the "
                          "old men.")
    assert not any(r["relation"] == "not_induced_in_aged" for r in old_only)
    # both groups, or a group word spanning ages: the blunting is denied
    for text in ("SIRT1 activation after a bout of exercise was similar in young and old.",
                 "SIRT1 activation after a bout of exercise did not differ between the age "
                 "groups.",
                 "In older women, SIRT1 activity after a session was almost as high as in the "
                 "young."):
        rows = [r for r in e2e_claims(text) if r["relation"] == "not_induced_in_aged"]
        assert rows and all(r["negated"] for r in rows), text
