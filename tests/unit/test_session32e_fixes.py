"""Session 32 fixes (batches ej, ek: genes and numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


# -- a coined word HGNC names with its function's descriptor ---------------------------------------

def test_antimicrobial_peptide_named_by_its_coined_word():
    assert _genes("**Cathelicidin**, a peptide made by skin cells, rose after the cold swims.") == {"CAMP"}
    assert _genes("After three weeks on the plateau, hepcidin in the blood was down by a third.") == {"HAMP"}


def test_parathyroid_alone_is_no_gene():
    assert _genes("The parathyroid glands sit behind the thyroid.") == set()


# -- a code named with a machine's head noun or after a standard's name ----------------------------

def test_grade_after_a_standard_is_no_gene():
    assert _genes("The gym fitted HEPA H14 filters over the winter.") == set()


def test_unit_number_of_a_plant_is_no_gene():
    assert _genes("See also: TPP-2 conversion to coal delayed again") == set()
    assert _genes("The city will shut the TPP-2 plant in spring.") == set()


def test_gene_named_elsewhere_keeps_its_code():
    assert _genes("IL-6 rose after the ride. The IL-6 plants in the lab grew too.") == {"IL6"}
    assert _genes("Levels of IL6 and CD36 filter out of the cells.") == {"IL6", "CD36"}


# -- numbers ---------------------------------------------------------------------------------------

def test_people_who_had_a_harm_with_two_modifiers():
    text = ("Twelve volunteers left the study, most because they moved away.\n"
            "Three had mild wrist sprains, all of which healed quickly.")
    assert spans(text)[1] == "Three"


def test_a_food_before_a_meal_unit_with_a_rate():
    assert spans("The diet group added three mackerel meals a week.") == ["three mackerel meals a week"]
    assert spans("They ate two vegetable servings a day.") == ["two vegetable servings a day"]
    assert spans("They had two big meals yesterday.") == []


def test_part_of_people_inside_a_bracket():
    text = "The trial took 40 retired miners aged 60 to 75 (mean age 66.1 years, 12 of them women)."
    assert spans(text)[-1] == "12 of them"
    assert spans("The trial took 40 retired miners (12 of them women).")[-1] == "12 of them"
    assert spans("We tested 40 pills (12 of them fake).") == ["40 pills"]


def test_a_stay_counted_in_nights():
    text = "The schedule: one night in the valley hostel at 900 metres, then three nights at the lake."
    got = spans(text)
    assert "one night" in got and "three nights" in got
