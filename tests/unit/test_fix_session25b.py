"""Session 25, second blind pair (batches cb, cc): numbers and genes failure classes, tested
with made-up sentences."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions
from agefacts.extract.quantities import scan_quantities


def _spans(text: str) -> dict[str, tuple]:
    return {text[q.start : q.end]: (q.value, q.low, q.high, q.unit, q.measure) for q in scan_quantities(text)}


def _ids(text: str) -> dict[str, str]:
    return {text[m.start : m.end]: m.entity.entity_id for m in find_mentions(text)}


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, value", [
    ("Blood was frozen at -20C until the assay.", "-20C", -20.0),
    ("Tissue is kept at −70C in the lab's freezer.", "−70C", -70.0),
    ("The slices were left at 4C overnight.", "4C", 4.0),
])
def test_a_glued_capital_c_after_a_signed_number_or_at_is_celsius(text: str, span: str, value: float) -> None:
    found = _spans(text)
    assert found[span][0] == value and found[span][3] == "°C"


@pytest.mark.parametrize("text", ["She has stage 3C disease.", "Sit in row 12C.", "The 5 c note"])
def test_a_c_after_a_number_is_no_temperature_otherwise(text: str) -> None:
    assert not any(q.unit == "°C" for q in scan_quantities(text))


def test_a_hyphened_percentage_point_is_the_unit() -> None:
    found = _spans("Each extra hour meant a 2.3 percentage-point larger drop in pain.")
    assert found["2.3 percentage-point"][3] == "percentage points"


def test_a_quoted_noun_after_a_period_adverb_is_counted() -> None:
    found = _spans("Volunteers took three daily “breaks” of light stretching.")
    assert found["three daily “breaks”"][:1] == (3.0,)
    assert not any("“sprints”" in s for s in _spans("She ran four good “sprints” then rested."))


@pytest.mark.parametrize("text, span, bounds", [
    ("- Chair squats: Do 8 to 12 slowly.", "8 to 12", (8.0, 12.0)),
    ("Lunges: do 10, then rest.", "10", (10.0, None)),
])
def test_a_number_after_an_imperative_do_is_repetitions(text: str, span: str, bounds: tuple) -> None:
    found = _spans(text)
    got = found[span]
    assert (got[1], got[2]) == bounds or (got[0], None) == bounds
    assert got[3] == "repetitions"


def test_do_before_a_counted_noun_keeps_the_noun() -> None:
    found = _spans("Then do 3 laps of the hall.")
    assert found["3 laps"][3] == "laps"


@pytest.mark.parametrize("text", [
    "On a 0 to 10 effort scale, aim for about 6 or 7 by the last minute.",
    "Rate your effort on a scale from 1 to 10 and aim for 6 or 7.",
])
def test_a_target_on_a_named_effort_scale_is_a_rating(text: str) -> None:
    found = _spans(text)
    assert found["6 or 7"][1:4] == (6.0, 7.0, "points")


def test_aim_for_without_a_scale_is_no_rating() -> None:
    assert not any(q.unit == "points" for q in scan_quantities("Aim for 6 or 7 before noon."))


def test_the_size_of_a_list_with_no_noun_after_it() -> None:
    found = _spans("Readers named 3.1 more items from a list of 20 than before.")
    assert found["20"][0] == 20.0 and found["20"][4] == "count"
    assert _spans("a list of 12 drugs")["12 drugs"][3] == "drugs"


def test_of_them_opening_a_sentence_after_a_fronted_phrase_counts_the_people_before() -> None:
    text = "The trial recruited 80 adults over 70. For six months, 40 of them swam twice a week."
    found = _spans(text)
    assert found["40 of them"][3] == "people"


def test_of_them_after_a_count_of_things_is_not_people() -> None:
    text = "We screened 50 adults and 30 compounds. In the end, 9 of them worked."
    assert not any(text[q.start : q.end].startswith("9") for q in scan_quantities(text))


# --- genes ---------------------------------------------------------------------------------


def test_a_numbered_family_name_before_its_member_symbol_is_that_member() -> None:
    text = "In fat cells, a hormone recruits glucose transporter isoform 4 (GLUT4) from stores."
    found = _ids(text)
    assert found == {"glucose transporter isoform 4": "HGNC:11009", "GLUT4": "HGNC:11009"}
    text = "Sugar uptake needs glucose transporter-4 (GLUT-4) at the membrane."
    assert set(_ids(text).values()) == {"HGNC:11009"}


def test_a_family_name_without_a_member_in_brackets_stays_the_family() -> None:
    assert _ids("Muscle has several glucose transporters.") == {"glucose transporters": "FPLX:SLC2A"}


def test_a_family_name_with_a_number_and_a_symbol_of_another_family_stays() -> None:
    found = _ids("Levels of glucose transporter 2 (SIRT1) were odd.")
    assert found.get("glucose transporter") == "FPLX:SLC2A"


def test_a_numbered_eotaxin_is_its_gene() -> None:
    assert _ids("Blood eotaxin-1 rose with age.") == {"eotaxin-1": "HGNC:10610"}
    assert _ids("Eotaxin levels rose.") == {"Eotaxin": "FPLX:Eotaxin"}


@pytest.mark.parametrize("text", [
    "The messenger FOO9, also called BAR, is a chemokine that draws immune cells.",
    "CXCL12, a chemokine made in bone marrow, rose.",
    "It proved to be a chemokine – a kind of messenger.",
])
def test_a_singular_family_word_after_a_names_a_class(text: str) -> None:
    assert "FPLX:Chemokine" not in _ids(text).values()


def test_the_plural_family_word_stays_the_family() -> None:
    assert _ids("Chemokines draw immune cells.") == {"Chemokines": "FPLX:Chemokine"}
