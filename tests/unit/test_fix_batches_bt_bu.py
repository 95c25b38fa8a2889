"""Session 23, batches bt and bu: number and gene classes (made-up texts only)."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions
from agefacts.extract.quantities import extract_quantities


def _rows(text: str) -> dict[str, dict]:
    return {r["text"]: r for r in extract_quantities("d", text)}


def _texts(text: str) -> list[str]:
    return [r["text"] for r in extract_quantities("d", text)]


def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text)}


# --- arm sizes that divide in the allocation ratio just before them --------------------------

def test_arm_sizes_after_allocation_ratio() -> None:
    rows = _rows("We took 60 adults, a 2:1 allocation, i.e. 40 vs 20.")
    assert rows["40"]["unit"] == rows["20"]["unit"] == "people"
    assert rows["40"]["measure"] == rows["20"]["measure"] == "sample_size"


def test_pair_not_in_the_ratio_is_no_arm_split() -> None:
    rows = _rows("Randomised 2:1 in May; 40 vs 25 on the form.")
    assert "40" not in rows
    assert all(r["unit"] != "people" for r in rows.values())


# --- a worked division or product states its numbers ----------------------------------------

def test_worked_division_states_operands_and_result() -> None:
    texts = _texts("A corrected alpha is 0.05/20 ≈ 0.0025, which few results pass.")
    assert texts == ["0.05", "20", "0.0025"]


def test_worked_division_result_keeps_its_unit() -> None:
    rows = _rows("That is 150/7 = 21 minutes a day.")
    assert {"150", "7"} <= set(rows)
    assert any(r["unit"] == "minutes/day" and r["value"] == 21 for r in rows.values())


def test_slash_whose_arithmetic_fails_is_no_calculation() -> None:
    assert _texts("Her score was 12/14 = 5 in the old key.") == []


# --- a hedge inside a confidence interval ---------------------------------------------------

@pytest.mark.parametrize("text, low, high", [
    ("The estimate had a 95% CI of roughly 2.5 to 7.5, so it is vague.", 2.5, 7.5),
    ("A 95% CI of about -0.2 to 1.4 says little.", -0.2, 1.4),
])
def test_hedged_confidence_interval(text: str, low: float, high: float) -> None:
    (row,) = [r for r in extract_quantities("d", text) if r["unit"] == "confidence_interval"]
    assert (row["low"], row["high"]) == (low, high)


# --- a change of a measured level named as a noun phrase ------------------------------------

@pytest.mark.parametrize("text", [
    "My physio cared more about my resting pulse falling from 80 to 61 than my weight.",
    "Her blood pressure dropping from 150 to 128 was the real win.",
])
def test_change_of_level_inside_a_clause(text: str) -> None:
    rows = extract_quantities("d", text)
    assert len(rows) == 2 and all(r["measure"] == "measurement" for r in rows)


def test_whole_numbers_without_a_level_stay_bare() -> None:
    assert _texts("Our team went from 3 to 5 than ever before.") == []


# --- people per gathering -------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Workshops take 9 per class.", "9 per class"),
    ("We can take up to 10 per team.", "up to 10 per team"),
])
def test_people_per_gathering(text: str, span: str) -> None:
    assert _rows(text)[span]["unit"] == "people"


# --- a part of a whole owned by a named place -----------------------------------------------

@pytest.mark.parametrize("text, part", [
    ("Some 9,200 of the borough's 61,000 residents are over 70.", "Some 9,200"),
    ("About 2,400 of Redhill’s 18,000 households have a carer.", "About 2,400"),
])
def test_part_of_possessed_whole(text: str, part: str) -> None:
    assert part in _texts(text)


# --- the age at which a person started something, subject left out -------------------------

@pytest.mark.parametrize("text, age", [
    ("I'm 66, started doing pilates at 59 after a hip op.", "59"),
    ("I'm 70, began lifting weights at 62 after a fall.", "62"),
])
def test_start_age_with_elided_subject(text: str, age: str) -> None:
    assert _rows(text)[age]["measure"] == "age"


def test_started_a_thing_at_a_number_without_person() -> None:
    assert _texts("We started the test at 55 and raised the load.") == []


# --- genes: lab results named after a blood test; computer words ----------------------------

def test_analyte_after_blood_test_word() -> None:
    assert "CRP" in _genes("The nurse did bloods last week: CRP fine, iron low.")


def test_file_and_computer_acronyms_are_no_genes() -> None:
    assert _genes("Slides are exported as PDF from the office PC; transcripts follow.") == set()
