"""Session 23 leftovers: a capitalised article before a longer name; a receptor named by its
ligand in a drug name; a bare estimate before its confidence interval; a bracketed part over
whole after a group or share; plain-text table cells read with their caption's unit. All
sentences are made up."""

from __future__ import annotations

import pytest
from quantity_rows import found

from agefacts.extract.entities import find_mentions


def _grounded(text: str) -> dict[str, str]:
    return {text[m.start : m.end]: m.entity.label for m in find_mentions(text)}


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("A beta-adrenergic receptor agonist eased the wheezing of the ponies.",
     "beta-adrenergic receptor", "ADRB"),
    ("A beta-catenin inhibitor slowed the growth of the cultured cells.", "beta-catenin", "CTNNB1"),
])
def test_a_capitalised_article_does_not_open_an_alias_before_a_longer_name(text, surface, label):
    got = _grounded(text)
    assert got.get(surface) == label
    assert "A beta" not in got


def test_the_letters_stay_an_alias_where_no_longer_name_follows():
    text = "Amyloid beta, or A beta, piles up in plaques in the brain."
    assert _grounded(text).get("A beta") == "APP"


def test_a_receptor_named_by_its_ligand_is_the_receptor_in_a_singular_drug_name():
    got = _grounded("An aldosterone receptor antagonist was given to the goats.")
    assert got["aldosterone receptor"] == "NR3C2"
    assert not any(label.endswith("Antagonists") for label in got.values())
    # the plural stays the drug class, as for the other receptor drugs
    got = _grounded("Aldosterone receptor antagonists are old drugs.")
    assert got["Aldosterone receptor antagonists"] == "Mineralocorticoid Receptor Antagonists"
    assert "NR3C2" not in got.values()


@pytest.mark.parametrize(("text", "span", "value", "low", "high"), [
    ("Sleep rose (ratio vs. baseline 2.40, 95% CI 1.90–3.05) in the nap group.",
     "2.40, 95% CI 1.90–3.05", 2.40, 1.90, 3.05),
    ("Mood was unrelated to rain (coefficient 0.07; 95% CI -0.11 to 0.26).",
     "0.07; 95% CI -0.11 to 0.26", 0.07, -0.11, 0.26),
])
def test_a_bare_estimate_before_its_interval_is_a_statistic(text, span, value, low, high):
    row = _rows(text)[span]
    assert row[1:4] == (value, low, high) and row[6] == "effect_size/statistic"


def test_an_interval_that_does_not_enclose_the_number_before_it_stays_alone():
    rows = _rows("The dose was 6.5, 95% CI 2.3–2.8 for the other arm.")
    assert "95% CI 2.3–2.8" in rows and rows["95% CI 2.3–2.8"][4] == "confidence_interval"


@pytest.mark.parametrize(("text", "span"), [
    ("The rowers were mostly women (31/45) and keen.", "31/45"),
    ("Close to two in five (14/36) dropped out early.", "14/36"),
])
def test_a_bracketed_part_over_whole_restates_a_group_or_share(text, span):
    row = _rows(text)[span]
    assert row[4] == "fraction" and row[6] == "proportion"


@pytest.mark.parametrize("text", [
    "The notice went up (3/11) on the board.",
    "The choir sang (4/20) twice.",
])
def test_a_bracketed_slash_after_anything_else_is_no_share(text):
    assert not [r for r in found(text) if "/" in r[0]]


TABLE = """Visitors tried the pull-up bar. Each group's best effort (median time, seconds):

  AGE        GIRLS   BOYS
  10–19      21      33
  20–39      26      44
  80+        17      28

The bar is in Room 2.
"""


def test_plain_table_cells_under_group_headers_read_the_captions_unit():
    rows = _rows(TABLE)
    for cell in ("21", "33", "26", "44", "17", "28"):
        assert rows[cell][4] == "seconds", cell


def test_plain_table_cells_without_a_caption_unit_stay_unread():
    rows = _rows(TABLE.replace("(median time, seconds)", "(by group)"))
    assert not {"21", "33", "17"} & set(rows)
