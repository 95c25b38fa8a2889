"""Session 22 leftovers: a count of people followed straight by a verb; the operands of a worked
percentage change restating values said with a unit; singular receptor drug names. All sentences
are made up."""

from __future__ import annotations

import pytest
from quantity_rows import found

from agefacts.extract.entities import find_mentions


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("A panel of 12 judged the soups on taste.", "12", 12.0),
    ("A jury of nine rated each recipe.", "nine", 9.0),
    ("The board of 14 approved the plan on Monday.", "14", 14.0),
    ("Our squad of 30 trained in the hills all May.", "30", 30.0),
    ("An audience of 300 watched.", "300", 300.0),
])
def test_a_collective_of_people_sized_by_of_then_a_verb(text, span, value):
    row = _rows(text)[span]
    assert row[1] == value and row[4] == "people" and row[6] == "count"


def test_a_sample_sized_by_of_then_a_verb_is_a_sample_size():
    assert _rows("A sample of 40 answered the survey twice.")["40"][6] == "sample_size"


def test_a_word_after_the_size_that_is_no_verb_is_still_counted():
    rows = _rows("A group of 12 trained rats ran on wheels.")
    assert rows["12 trained rats"][4] == "animals"
    assert "12" not in rows


def test_a_bare_count_opening_a_clause_with_a_verb_of_judging():
    rows = _rows("Of the 30 tasters, 12 rated it as too salty and 9 preferred the old recipe.")
    assert rows["12"][4] == "people" and rows["12"][6] == "count"
    assert rows["9"][4] == "people" and rows["9"][6] == "count"


def test_a_number_before_a_judging_verb_needs_a_clause_opening():
    assert found("Figure 2 rated") == []
    assert all(r[6] != "count" for r in found("The team of 2024 judged it."))


def test_worked_operands_take_the_unit_of_the_values_they_restate():
    text = "Her squat rose from 120 kg to 150 kg, so the gain is (150 − 120) ÷ 120 × 100 = 25%."
    rows = found(text)
    operands = [r for r in rows if r[0] in ("150", "120")]
    assert len(operands) == 3 and all(r[4] == "kg" for r in operands)
    assert rows[-1][0] == "= 25%" and rows[-1][4] == "percent"


def test_worked_operands_stay_without_a_unit_the_text_never_gave():
    rows = found("The gain is (150 − 120) ÷ 120 × 100 = 25%.")
    assert [r[4] for r in rows if r[0] in ("150", "120")] == [None, None, None]


def test_worked_operands_ignore_a_value_said_far_before():
    text = "She rowed 120 m on day one." + " Then came a long rest." * 40 + \
        " Her score went up by (150 − 120) ÷ 120 × 100 = 25%."
    rows = found(text)
    assert rows[0][:5] == ("120 m", 120.0, None, None, "m")
    assert [r[4] for r in rows if r[0] == "120"] == [None, None]


def _labels(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity.label) for m in find_mentions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("She was put on a mineralocorticoid receptor antagonist.",
     ("mineralocorticoid receptor", "NR3C2")),
    ("He takes an androgen receptor antagonist daily.", ("androgen receptor", "AR")),
    ("An angiotensin receptor blocker was added.", ("angiotensin receptor", "AGTR")),
    ("My aunt takes a GLP-1 receptor agonist.", ("GLP-1 receptor", "GLP1R")),
])
def test_a_singular_receptor_drug_grounds_its_receptor(text, expected):
    assert _labels(text) == [expected]


@pytest.mark.parametrize(("text", "label"), [
    ("Mineralocorticoid receptor antagonists were added.", "Mineralocorticoid Receptor Antagonists"),
    ("GLP-1 receptor agonists cut cravings.", "Glucagon-Like Peptide-1 Receptor Agonists"),
    # the lexicon cannot name this receptor: the singular stays the drug class
    ("She was given a toll-like receptor agonist.", "Toll-Like Receptor Agonists"),
])
def test_the_plural_or_an_unnamed_receptor_stays_the_drug_class(text, label):
    assert [lab for _, lab in _labels(text)] == [label]


def test_the_corticosteroid_receptors_by_their_names():
    assert _labels("The glucocorticoid receptor binds cortisol.") == [("glucocorticoid receptor", "NR3C1")]
